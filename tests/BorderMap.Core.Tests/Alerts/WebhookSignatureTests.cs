using System.Security.Cryptography;
using System.Text;
using BorderMap.Core.Alerts;

namespace BorderMap.Core.Tests.Alerts;

public sealed class WebhookSignatureTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"alertId":1}""");

    [Fact]
    public void The_signature_is_the_hex_HMAC_SHA256_of_timestamp_dot_body()
    {
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes("s3cret"), Encoding.UTF8.GetBytes("""1700000000.{"alertId":1}""")));
        Assert.Equal("sha256=" + expected, WebhookSignature.Compute("s3cret", 1700000000, Body));
    }

    [Fact]
    public void A_signature_does_not_verify_with_another_secret_timestamp_or_body()
    {
        var signature = WebhookSignature.Compute("s3cret", 1700000000, Body);
        Assert.True(WebhookSignature.Verify("s3cret", 1700000000, Body, signature));
        Assert.False(WebhookSignature.Verify("other", 1700000000, Body, signature));
        Assert.False(WebhookSignature.Verify("s3cret", 1700000001, Body, signature));
        Assert.False(WebhookSignature.Verify("s3cret", 1700000000, Encoding.UTF8.GetBytes("""{"alertId":2}"""), signature));
        Assert.False(WebhookSignature.Verify("s3cret", 1700000000, Body, null));
    }

    [Fact]
    public void Backoff_doubles_from_its_base_up_to_its_cap_and_gives_up_at_the_last_attempt()
    {
        var backoff = new DeliveryBackoff(TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(5), 4);
        Assert.Equal([30, 60, 120, 240, 300, 300], Enumerable.Range(1, 6).Select(a => backoff.After(a).TotalSeconds));
        Assert.False(backoff.GivesUpAfter(3));
        Assert.True(backoff.GivesUpAfter(4));
    }
}
