using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using BorderMap.Core.Alerts;
using BorderMap.Data.Alerts;
using BorderMap.Server.Jobs;
using Microsoft.Extensions.Options;

namespace BorderMap.Server.Features.Alerts;

/// <summary>The JSON body a webhook receives for one alert.</summary>
internal sealed record AlertWebhookBody(
    long AlertId, long RuleId, string RuleName, string Severity, string WindowStart, string WindowEnd,
    int IncidentCount, int Fatalities, IReadOnlyList<long> IncidentIds, double? BaselineAverage, DateTimeOffset CreatedAt, int Attempt, string Alert);

/// <summary>
/// Posts one alert to its webhook, signed, without following redirects, through a connection that
/// refuses internal addresses; reports what happened instead of throwing.
/// </summary>
internal sealed class WebhookSender(IHttpClientFactory clients, TimeProvider clock)
{
    public const string ClientName = "webhooks";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Register(IServiceCollection services) =>
        services.AddHttpClient(ClientName, (provider, client) =>
            {
                client.Timeout = provider.GetRequiredService<IOptions<AlertsOptions>>().Value.Webhooks.Timeout;
                client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("BorderMap-Webhook", "1"));
            })
            // HttpClientFactory's own request lines carry the whole URL, query string included;
            // DeliverAlert logs each attempt's outcome without it.
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(provider =>
            {
                var policy = provider.GetRequiredService<WebhookAddressPolicy>();
                return new SocketsHttpHandler
                {
                    AllowAutoRedirect = false,
                    UseProxy = false,
                    UseCookies = false,
                    ConnectCallback = (context, ct) => ConnectAsync(policy, context, ct),
                };
            });

    public async Task<DeliveryOutcome> PostAsync(ClaimedDelivery claim, CancellationToken ct)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new AlertWebhookBody(
            claim.AlertId, claim.RuleId, claim.RuleName, claim.Severity,
            claim.Window.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), claim.Window.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            claim.IncidentCount, claim.Fatalities, claim.IncidentIds, claim.BaselineAverage, claim.CreatedAt, claim.Attempt,
            $"/api/v1/alerts/{claim.AlertId}"), Json);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();

        using var request = new HttpRequestMessage(HttpMethod.Post, claim.WebhookUrl) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Compute(claim.WebhookSecret, timestamp, body));
        // The alert id names the rule and window: a receiver that sees it twice has seen the same alert.
        request.Headers.Add(WebhookSignature.DeliveryHeader, claim.AlertId.ToString(CultureInfo.InvariantCulture));

        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode
                ? new DeliveryOutcome.Delivered(status)
                : new DeliveryOutcome.Failed(status, status is >= 300 and < 400 ? $"HTTP {status}: redirects are not followed" : $"HTTP {status}");
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return new DeliveryOutcome.Failed(null, "timed out");
        }
        catch (HttpRequestException e)
        {
            return new DeliveryOutcome.Failed(null, e.InnerException?.Message ?? e.Message);
        }
    }

    private static async ValueTask<Stream> ConnectAsync(WebhookAddressPolicy policy, SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var addresses = await System.Net.Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, ct);
        var allowed = addresses.Where(policy.Allows).ToArray();
        if (allowed.Length == 0)
            throw new HttpRequestException($"webhook host {context.DnsEndPoint.Host} resolves only to addresses webhooks may not reach ({string.Join(", ", addresses.Select(a => a.ToString()))})");

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
