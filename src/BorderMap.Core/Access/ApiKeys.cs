using System.Security.Cryptography;
using System.Text;

namespace BorderMap.Core.Access;

/// <summary>What a caller may do; each role includes the ones below it.</summary>
public enum ApiRole
{
    Anonymous = 0,
    Reader = 1,
    Editor = 2,
    Admin = 3,
}

/// <summary>A new key: <see cref="Secret"/> is shown once and never stored.</summary>
public sealed record NewApiKey(string Prefix, string Secret, byte[] Hash);

/// <summary>
/// API keys read "bm_&lt;prefix&gt;_&lt;secret&gt;". The prefix (10 hex characters) finds the stored
/// row; the SHA-256 of the whole key is compared in constant time. The 32-byte secret makes
/// guessing hopeless, so a fast hash is enough (unlike passwords, keys are not chosen by people).
/// </summary>
public static class ApiKeys
{
    private const string Scheme = "bm";

    public static NewApiKey Generate()
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));
        var secret = $"{Scheme}_{prefix}_{Base64Url(RandomNumberGenerator.GetBytes(32))}";
        return new NewApiKey(prefix, secret, Hash(secret));
    }

    /// <summary>The prefix of a well-formed key, or null: malformed keys never reach the database.</summary>
    public static string? PrefixOf(string key)
    {
        if (key.Length is < 20 or > 100) return null;
        var parts = key.Split('_', 3);
        if (parts.Length != 3 || parts[0] != Scheme || parts[1].Length != 10 || !parts[1].All(char.IsAsciiHexDigitLower)) return null;
        return parts[2].All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? parts[1] : null;
    }

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    public static bool Matches(string key, byte[] storedHash) => CryptographicOperations.FixedTimeEquals(Hash(key), storedHash);

    public static ApiRole? ParseRole(string? role) => role?.Trim().ToLowerInvariant() switch
    {
        "reader" => ApiRole.Reader,
        "editor" => ApiRole.Editor,
        "admin" => ApiRole.Admin,
        _ => null,
    };

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '-');
}
