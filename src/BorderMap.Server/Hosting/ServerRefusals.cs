using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace BorderMap.Server.Hosting;

/// <summary>
/// Gives the refusals Kestrel makes itself — 400 for a malformed request line or header, 414 for a
/// request line over its limit, 431 for headers over theirs, 505 for an HTTP version it does not
/// speak — a problem+json body like every other
/// refusal of BorderMap's. Kestrel answers these before any middleware runs and offers no hook for
/// their body (aspnet/KestrelHttpServer#2947), so this connection middleware watches what Kestrel
/// writes: a whole header block of a 4xx with <c>Content-Length: 0</c> and <c>Connection: close</c>
/// in one write is Kestrel's own (the application's refusals always carry a body and keep the
/// connection), and it is rewritten with the body before it reaches the socket. Anything else
/// passes untouched. Plain HTTP only: behind TLS the bytes are encrypted and pass as they are.
/// </summary>
internal static class ServerRefusals
{
    public static void AddProblemBodies(this KestrelServerOptions kestrel) =>
        kestrel.ConfigureEndpointDefaults(listen => listen.Use(next => async connection =>
        {
            var transport = connection.Transport;
            connection.Transport = new Duplex(transport.Input, new RefusalWriter(transport.Output));
            try
            {
                await next(connection);
            }
            finally
            {
                connection.Transport = transport;
            }
        }));

    /// <summary>The problem+json body for one of Kestrel's own refusals.</summary>
    public static byte[] Body(int status) => JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
    {
        ["type"] = status switch
        {
            414 => "https://tools.ietf.org/html/rfc9110#section-15.5.15",
            431 => "https://tools.ietf.org/html/rfc6585#section-5",
            408 => "https://tools.ietf.org/html/rfc9110#section-15.5.9",
            505 => "https://tools.ietf.org/html/rfc9110#section-15.6.6",
            _ => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        },
        ["title"] = status switch
        {
            414 => Problems.UriTooLong,
            431 => Problems.HeadersTooLarge,
            408 => Problems.RequestTimeout,
            505 => Problems.VersionNotSupported,
            _ => Problems.MalformedRequest,
        },
        ["status"] = status,
        ["detail"] = status switch
        {
            414 => "the request line is longer than the web server reads (8 KB): send a shorter URL, or POST the parameters",
            431 => "the request headers are larger than the web server reads (32 KB, 100 headers)",
            408 => "the request did not arrive in time",
            505 => "send HTTP/1.1 or HTTP/2",
            _ => "the web server could not read this request: its request line or a header is not valid HTTP/1.1",
        },
    });

    private sealed class Duplex(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;

        public PipeWriter Output { get; } = output;
    }

    /// <summary>Forwards every write; swaps a Kestrel refusal's empty header block for one with a body.</summary>
    private sealed class RefusalWriter(PipeWriter inner) : PipeWriter
    {
        private const int MaxRefusalBytes = 1024;
        private static readonly byte[] Start = "HTTP/1.1 "u8.ToArray();
        private static readonly byte[] End = "\r\n\r\n"u8.ToArray();
        private static readonly byte[] NoBody = "\r\nContent-Length: 0\r\n"u8.ToArray();
        private static readonly byte[] Closing = "\r\nConnection: close\r\n"u8.ToArray();

        private Memory<byte> _lent;

        public override Memory<byte> GetMemory(int sizeHint = 0) => _lent = inner.GetMemory(sizeHint);

        public override Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

        public override void Advance(int bytes)
        {
            var written = _lent.Span[..Math.Min(bytes, _lent.Length)];
            if (bytes > MaxRefusalBytes || written.Length != bytes || !IsRefusal(written))
            {
                inner.Advance(bytes);
                return;
            }
            // The refusal's bytes are not committed yet: the rewritten block takes their place.
            var rewritten = Rewrite(written);
            rewritten.CopyTo(inner.GetSpan(rewritten.Length));
            inner.Advance(rewritten.Length);
        }

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => inner.FlushAsync(cancellationToken);

        public override void CancelPendingFlush() => inner.CancelPendingFlush();

        public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

        public override long UnflushedBytes => inner.UnflushedBytes;

        public override void Complete(Exception? exception = null) => inner.Complete(exception);

        public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);

        private static bool IsRefusal(ReadOnlySpan<byte> block) =>
            block.Length > 13 && block.StartsWith(Start) && (block[9] == (byte)'4' || block[9..12].SequenceEqual("505"u8))
            && block.EndsWith(End) && block.IndexOf(NoBody) > 0 && block.IndexOf(Closing) > 0;

        private static byte[] Rewrite(ReadOnlySpan<byte> block)
        {
            var text = Encoding.ASCII.GetString(block);
            var status = int.Parse(text.AsSpan(9, 3), CultureInfo.InvariantCulture);
            var body = Body(status);
            var headers = text[..^2].Replace("\r\nContent-Length: 0\r\n", "\r\n", StringComparison.Ordinal);
            var rewritten = new ArrayBufferWriter<byte>(block.Length + body.Length + 64);
            rewritten.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture,
                $"{headers}Content-Type: application/problem+json\r\nContent-Length: {body.Length}\r\n\r\n")));
            rewritten.Write(body);
            return rewritten.WrittenSpan.ToArray();
        }
    }
}
