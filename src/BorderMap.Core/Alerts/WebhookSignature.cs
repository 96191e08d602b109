using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace BorderMap.Core.Alerts;

/// <summary>
/// Signs webhook bodies: <c>X-BorderMap-Signature: sha256=&lt;hex HMAC-SHA256 of "timestamp.body"&gt;</c>
/// with the rule's secret, and <c>X-BorderMap-Timestamp</c> in Unix seconds. Binding the timestamp
/// lets a receiver refuse replays older than its tolerance.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-BorderMap-Signature";
    public const string TimestampHeader = "X-BorderMap-Timestamp";
    public const string DeliveryHeader = "X-BorderMap-Delivery";

    public static string Compute(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }

    /// <summary>Constant-time check of a received signature header.</summary>
    public static bool Verify(string secret, long timestamp, ReadOnlySpan<byte> body, string? header) =>
        header is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Compute(secret, timestamp, body)), Encoding.ASCII.GetBytes(header));
}

/// <summary>Exponential backoff between webhook attempts: base, 2·base, 4·base … capped.</summary>
public sealed record DeliveryBackoff(TimeSpan Base, TimeSpan Max, int MaxAttempts)
{
    /// <summary>The wait after failed attempt number <paramref name="attempt"/> (1-based).</summary>
    public TimeSpan After(int attempt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        var ticks = Base.Ticks * Math.Pow(2, Math.Min(attempt - 1, 30));
        return ticks >= Max.Ticks ? Max : TimeSpan.FromTicks((long)ticks);
    }

    public bool GivesUpAfter(int attempt) => attempt >= MaxAttempts;
}
