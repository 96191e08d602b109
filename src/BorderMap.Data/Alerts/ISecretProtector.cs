namespace BorderMap.Data.Alerts;

/// <summary>
/// Encrypts a secret before it is stored and decrypts it where it is used (the server's ASP.NET
/// Core Data Protection), so the database never holds a webhook secret in plain text.
/// </summary>
public interface ISecretProtector
{
    string Protect(string secret);

    string Unprotect(string protectedSecret);
}
