using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace BorderMap.Core.Queries;

/// <summary>
/// The keyset position after the last incident of a page, in list order (date, id) descending.
/// Opaque to clients: base64url of the position and a short hash of the filters it belongs to.
/// </summary>
public sealed record IncidentCursor(DateOnly Date, long Id)
{
    private const string Version = "c1";

    public string Encode(string filterFingerprint) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(
        string.Create(CultureInfo.InvariantCulture, $"{Version}|{Date:yyyy-MM-dd}|{Id}|{Hash(filterFingerprint)}")));

    /// <summary>Decodes a cursor; null with a reason when it is malformed or was made for other filters.</summary>
    public static IncidentCursor? TryDecode(string token, string filterFingerprint, out string? error)
    {
        error = "is not a cursor this server issued";
        if (token.Length > 200) return null;
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(token);
        }
        catch (FormatException)
        {
            return null;
        }
        var parts = Encoding.UTF8.GetString(bytes).Split('|');
        if (parts.Length != 4 || parts[0] != Version) return null;
        if (!DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return null;
        if (!long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return null;
        if (parts[3] != Hash(filterFingerprint))
        {
            error = "belongs to a listing with other filters; start again without a cursor";
            return null;
        }
        error = null;
        return new IncidentCursor(date, id);
    }

    private static string Hash(string fingerprint) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint)))[..16];
}
