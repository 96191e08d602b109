using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using BorderMap.Server.Tests.Support;

namespace BorderMap.Server.Tests.Hosting;

/// <summary>
/// Refusals the web server makes before BorderMap's code runs (issue 17): each comes as
/// problem+json like every other refusal, over a raw socket as a hostile client sends them and
/// through HttpClient as a careless one does; the connection after them still serves.
/// </summary>
public sealed class ServerRefusalTests(BorderMapApp app) : IClassFixture<BorderMapApp>
{
    public static TheoryData<string, string, int> RawRequests => new()
    {
        { "a request line with spaces in the target", "GET /api/v1/incidents a b HTTP/1.1\r\nHost: x\r\n\r\n", 400 },
        { "a header without a colon", "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nNot a header\r\n\r\n", 400 },
        { "a NUL in the request target", "GET /api/v1/\0incidents HTTP/1.1\r\nHost: x\r\n\r\n", 400 },
        { "an unknown HTTP version", "GET / HTTP/9.9\r\nHost: x\r\n\r\n", 505 },
        { "a request line over 8 KB", $"GET /api/v1/incidents?q={new string('a', 9000)} HTTP/1.1\r\nHost: x\r\n\r\n", 414 },
        { "headers over 32 KB", $"GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Big: {new string('b', 33000)}\r\n\r\n", 431 },
    };

    [Theory]
    [MemberData(nameof(RawRequests))]
    public async Task A_request_the_web_server_refuses_is_answered_with_problem_json(string name, string request, int status)
    {
        var (head, body) = await SendRawAsync(request);

        Assert.True(head.StartsWith($"HTTP/1.1 {status} ", StringComparison.Ordinal), $"{name}: {head}");
        Assert.Contains("\r\nContent-Type: application/problem+json\r\n", head);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("title").GetString()), name);
    }

    [Fact]
    public async Task HttpClient_sending_a_long_url_and_large_headers_reads_problems_and_the_server_still_serves()
    {
        using var longUrl = await app.Client.GetAsync("/api/v1/incidents?q=" + new string('a', 9000));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, longUrl.StatusCode);
        Assert.Equal(414, (await longUrl.ProblemAsync()).GetProperty("status").GetInt32());

        using var big = new HttpRequestMessage(HttpMethod.Get, "/api/v1/health");
        big.Headers.TryAddWithoutValidation("X-Big", new string('b', 33000));
        using var tooLarge = await app.Client.SendAsync(big);
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, tooLarge.StatusCode);
        Assert.Equal(431, (await tooLarge.ProblemAsync()).GetProperty("status").GetInt32());

        using var fine = await app.Client.GetAsync("/api/v1/incidents?limit=1");
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
    }

    [Fact]
    public async Task The_applications_own_answers_pass_untouched()
    {
        // HTTP/1.0: the body comes whole, not chunked, and the server closes after it.
        var (head, body) = await SendRawAsync("GET /nothing/here HTTP/1.0\r\nHost: x\r\n\r\n");

        // Anonymous callers reach only the public layers: the application refuses, with its own body and request id.
        Assert.True(head.StartsWith("HTTP/1.1 401 ", StringComparison.Ordinal), head + body);
        Assert.Contains("\r\nX-Request-Id: ", head);
        Assert.Equal(401, JsonDocument.Parse(body).RootElement.GetProperty("status").GetInt32());
    }

    /// <summary>Sends bytes as they are and reads the answer until the server closes the connection.</summary>
    private async Task<(string Head, string Body)> SendRawAsync(string request)
    {
        var address = app.Client.BaseAddress!;
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request));
        using var answer = new MemoryStream();
        var buffer = new byte[8192];
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        int read;
        try
        {
            while ((read = await stream.ReadAsync(buffer, patience.Token)) > 0) answer.Write(buffer, 0, read);
        }
        catch (IOException)
        {
            // the server may reset the connection after its answer
        }
        var text = Encoding.UTF8.GetString(answer.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(split > 0, $"no answer: '{text}'");
        return (text[..(split + 2)], text[(split + 4)..]);
    }
}
