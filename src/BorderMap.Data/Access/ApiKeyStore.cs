using BorderMap.Core.Access;
using Npgsql;

namespace BorderMap.Data.Access;

public sealed record ApiKeyRecord(long Id, string Name, ApiRole Role, string Prefix, DateTimeOffset CreatedAt, string CreatedBy,
    DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt);

/// <summary>Stores API keys by prefix and hash; the key itself never reaches the database.</summary>
public sealed class ApiKeyStore(NpgsqlDataSource dataSource)
{
    /// <summary>Creates a key and returns it with the secret, which the caller shows once.</summary>
    public async Task<(ApiKeyRecord Record, string Secret)> CreateAsync(string name, ApiRole role, string createdBy, CancellationToken ct)
    {
        var key = ApiKeys.Generate();
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Access.CreateApiKey"));
        command.Parameters.AddWithValue(name);
        command.Parameters.AddWithValue(role.ToString().ToLowerInvariant());
        command.Parameters.AddWithValue(key.Prefix);
        command.Parameters.AddWithValue(key.Hash);
        command.Parameters.AddWithValue(createdBy);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (Read(reader), key.Secret);
    }

    public async Task<IReadOnlyList<ApiKeyRecord>> ListAsync(CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Access.ListApiKeys"));
        await using var reader = await command.ExecuteReaderAsync(ct);
        var keys = new List<ApiKeyRecord>();
        while (await reader.ReadAsync(ct)) keys.Add(Read(reader));
        return keys;
    }

    /// <summary>Revokes by id or prefix; false when no active key has it.</summary>
    public async Task<bool> RevokeAsync(string idOrPrefix, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Access.RevokeApiKey"));
        command.Parameters.AddWithValue(idOrPrefix);
        return await command.ExecuteNonQueryAsync(ct) > 0;
    }

    /// <summary>The active key <paramref name="key"/> names, checked against its stored hash in constant time.</summary>
    public async Task<ApiKeyRecord?> VerifyAsync(string key, CancellationToken ct)
    {
        if (ApiKeys.PrefixOf(key) is not { } prefix) return null;
        await using var command = dataSource.CreateCommand(SqlScripts.Load("Access.FindApiKey"));
        command.Parameters.AddWithValue(prefix);
        ApiKeyRecord? found;
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            if (!await reader.ReadAsync(ct)) return null;
            var hash = reader.GetFieldValue<byte[]>(reader.GetOrdinal("key_hash"));
            found = ApiKeys.Matches(key, hash) ? Read(reader) : null;
        }
        if (found is not null)
        {
            await using var touch = dataSource.CreateCommand(SqlScripts.Load("Access.TouchApiKey"));
            touch.Parameters.AddWithValue(found.Id);
            await touch.ExecuteNonQueryAsync(ct);
        }
        return found;
    }

    private static ApiKeyRecord Read(NpgsqlDataReader r) => new(
        r.GetInt64(r.GetOrdinal("id")), r.GetString(r.GetOrdinal("name")),
        ApiKeys.ParseRole(r.GetString(r.GetOrdinal("role"))) ?? ApiRole.Anonymous, r.GetString(r.GetOrdinal("prefix")),
        r.GetFieldValue<DateTimeOffset>(r.GetOrdinal("created_at")), r.GetString(r.GetOrdinal("created_by")),
        r.IsDBNull(r.GetOrdinal("revoked_at")) ? null : r.GetFieldValue<DateTimeOffset>(r.GetOrdinal("revoked_at")),
        r.IsDBNull(r.GetOrdinal("last_used_at")) ? null : r.GetFieldValue<DateTimeOffset>(r.GetOrdinal("last_used_at")));
}
