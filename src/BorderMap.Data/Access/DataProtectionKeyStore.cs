using Npgsql;

namespace BorderMap.Data.Access;

/// <summary>
/// The Data Protection key ring in PostgreSQL (migration V0015), so every API and worker process on
/// one database encrypts and decrypts with the same keys. Synchronous, as ASP.NET Core's
/// IXmlRepository asks: the key ring is read once and then cached by the framework.
/// </summary>
public sealed class DataProtectionKeyStore(NpgsqlDataSource dataSource)
{
    public IReadOnlyList<string> All()
    {
        using var command = dataSource.CreateCommand(SqlScripts.Load("Access.DataProtectionKeys"));
        using var reader = command.ExecuteReader();
        var keys = new List<string>();
        while (reader.Read()) keys.Add(reader.GetString(0));
        return keys;
    }

    public void Store(string friendlyName, string xml)
    {
        using var command = dataSource.CreateCommand(SqlScripts.Load("Access.StoreDataProtectionKey"));
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = friendlyName });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = xml });
        command.ExecuteNonQuery();
    }
}
