using BorderMap.Core.Access;
using BorderMap.Data;
using BorderMap.Data.Access;
using BorderMap.Server.Tests.Support;
using BorderMap.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BorderMap.Server.Tests.Access;

/// <summary>What the server logs about a request: who, what, how it ended, its id — never the key or the query.</summary>
public sealed class LoggingTests : FreshDatabase
{
    [Fact]
    public async Task A_request_is_logged_with_its_id_and_caller_but_not_its_key_or_query()
    {
        var records = new RecordingLoggerProvider();
        await using var factory = BorderMapApp.Start(ConnectionString,
            new Dictionary<string, string?> { ["Logging:LogLevel:BorderMap"] = "Information" },
            web => web.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(records)));
        string key;
        await using (var dataSource = BorderMapDataSource.Create(ConnectionString))
            key = (await new ApiKeyStore(dataSource).CreateAsync("logged", ApiRole.Reader, "test", CancellationToken.None)).Secret;

        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/incidents?types=battles&bbox=69,37,70,38");
        request.Headers.Authorization = new("Bearer", key);
        request.Headers.Add("X-Request-Id", "log-me-42");
        using var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode);

        var line = records.Entries.Single(e => e.Category.EndsWith("RequestLogging", StringComparison.Ordinal) && e.Message.Contains("/api/v1/incidents"));
        Assert.Contains("key:logged#", line.Message);
        Assert.Contains("200", line.Message);
        Assert.Contains("ClientRequestId:log-me-42", line.Scopes);
        Assert.Contains(response.Headers.GetValues("X-Request-Id").Single(), line.Scopes);
        Assert.All(records.Entries, e =>
        {
            Assert.DoesNotContain(key, e.Message + e.Scopes);
            Assert.DoesNotContain("bbox=69", e.Message + e.Scopes);
        });
    }
}
