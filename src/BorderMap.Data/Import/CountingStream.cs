namespace BorderMap.Data.Import;

/// <summary>
/// A read-only pass-through that counts the bytes and line feeds read from its input: the progress
/// of an import, and how many lines were never read when reading had to stop early.
/// </summary>
internal sealed class CountingStream(Stream inner) : Stream
{
    public long BytesRead { get; private set; }
    public long LineFeeds { get; private set; }
    public bool EndsWithLineFeed { get; private set; } = true;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Count(buffer.AsSpan(offset, inner.Read(buffer, offset, count)));

    public override int Read(Span<byte> buffer) => Count(buffer[..inner.Read(buffer)]);

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default)
    {
        var read = await inner.ReadAsync(buffer, ct);
        return Count(buffer.Span[..read]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) =>
        ReadAsync(buffer.AsMemory(offset, count), ct).AsTask();

    /// <summary>Reads the rest of the input, counting its lines.</summary>
    public async Task DrainAsync(CancellationToken ct)
    {
        var buffer = new byte[1 << 16];
        while (await ReadAsync(buffer, ct) > 0) { }
    }

    /// <summary>The lines of everything read so far (a last line without a line feed counts).</summary>
    public long Lines => LineFeeds + (EndsWithLineFeed ? 0 : 1);

    private int Count(ReadOnlySpan<byte> read)
    {
        if (read.Length == 0) return 0;
        BytesRead += read.Length;
        LineFeeds += read.Count((byte)'\n');
        EndsWithLineFeed = read[^1] == '\n';
        return read.Length;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
