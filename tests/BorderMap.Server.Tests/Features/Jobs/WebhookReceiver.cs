using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BorderMap.Server.Tests.Features.Jobs;

public sealed record ReceivedWebhook(string? Signature, string? Timestamp, string? Delivery, byte[] Body, int AnsweredWith);

/// <summary>A real HTTP receiver on 127.0.0.1 (a small Kestrel app) that records every webhook and answers with the statuses it is told to.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _answers = new();

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    /// <summary>How long the receiver takes to answer, so that concurrent workers overlap.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    private WebhookReceiver(WebApplication app) => _app = app;

    public string Url => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/hook";

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            if (receiver.Delay > TimeSpan.Zero) await Task.Delay(receiver.Delay);
            var status = receiver._answers.TryDequeue(out var s) ? s : 200;
            receiver.Received.Enqueue(new ReceivedWebhook(request.Headers["X-BorderMap-Signature"], request.Headers["X-BorderMap-Timestamp"],
                request.Headers["X-BorderMap-Delivery"], body.ToArray(), status));
            return Results.StatusCode(status);
        });
        await app.StartAsync();
        return receiver;
    }

    /// <summary>The next requests are answered with these statuses, then 200 again.</summary>
    public void AnswerNext(params int[] statuses)
    {
        foreach (var status in statuses) _answers.Enqueue(status);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
