using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using BorderMap.Core.Access;
using BorderMap.Data;
using BorderMap.Data.Access;
using BorderMap.Data.Migrations;
using BorderMap.Server.Tests.Features.Jobs;
using BorderMap.Testing;
using Npgsql;

namespace BorderMap.Server.Tests.Faults;

/// <summary>
/// The real server binary killed with SIGKILL while a batch import streams in: the batch is one
/// transaction, so the database holds all of it or none of it — here none, since the upload never ends.
/// </summary>
public sealed partial class ImportCrashTests : FreshDatabase
{
    private const string Marker = "crash-test batch";

    [Fact]
    public async Task Killing_the_server_mid_import_leaves_none_of_the_batch()
    {
        string key;
        await using (var dataSource = BorderMapDataSource.Create(ConnectionString))
        {
            await Migrator.MigrateAsync(dataSource);
            key = (await new ApiKeyStore(dataSource).CreateAsync("importer", ApiRole.Editor, "test", CancellationToken.None)).Secret;
        }

        await using var server = WorkerProcess.Start(ConnectionString, new Dictionary<string, string?> { ["role"] = "api" });
        var url = await Eventually.WaitAsync(() => Task.FromResult(ServingOn().Match(server.Output)), m => m.Success, "the server to listen", limitSeconds: 90);
        using var http = new HttpClient { BaseAddress = new Uri(url.Groups[1].Value), Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Authorization = new("Bearer", key);

        var upload = new SlowCsv(rowsBeforePause: 2_000);
        using var content = new StreamContent(upload);
        content.Headers.ContentType = new("text/csv");
        var request = http.PostAsync("/api/v1/incidents:import", content);

        // Once the server holds rows of the open transaction, it dies without warning.
        await Eventually.WaitAsync(() => Task.FromResult(upload.RowsSent), n => n >= 2_000, "half the batch to be sent", limitSeconds: 60);
        await using (var watcher = new NpgsqlConnection(ConnectionString))
        {
            await watcher.OpenAsync();
            // the server's import transaction is open and has written rows (it holds a transaction id)
            await Eventually.WaitAsync(async () =>
            {
                await using var open = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()", watcher);
                return (long)(await open.ExecuteScalarAsync())!;
            }, n => n > 0, "the import transaction to hold written rows", limitSeconds: 60);
        }
        await server.KillAsync();
        upload.Release(); // let the client notice the dead connection instead of waiting on its body
        await Assert.ThrowsAnyAsync<Exception>(() => request);

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        // the killed backend's transaction is rolled back by PostgreSQL when its connection drops
        var stored = await Eventually.WaitAsync(async () =>
        {
            await using var count = new NpgsqlCommand("SELECT count(*) FROM incidents WHERE source = $1", connection) { Parameters = { new() { Value = Marker } } };
            await using var open = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL", connection);
            return ((long)(await count.ExecuteScalarAsync())!, (long)(await open.ExecuteScalarAsync())!);
        }, r => r.Item2 == 0, "the dead server's transaction to end", limitSeconds: 60);
        Assert.Equal(0, stored.Item1);
    }

    [GeneratedRegex(@"serving on (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ServingOn();

    /// <summary>A CSV body that sends its first rows, then waits forever (until released): the import is mid-flight.</summary>
    private sealed class SlowCsv(int rowsBeforePause) : Stream
    {
        private readonly SemaphoreSlim _release = new(0);
        private byte[] _pending = Encoding.UTF8.GetBytes("event_date,event_type,sub_event_type,actor1,actor2,location,latitude,longitude,geo_precision,time_precision,fatalities,source,notes\n");
        private int _offset;
        private int _rows;

        public int RowsSent => Volatile.Read(ref _rows);
        public void Release() => _release.Release();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default)
        {
            if (_offset == _pending.Length)
            {
                if (_rows >= rowsBeforePause) await _release.WaitAsync(ct);
                if (_rows >= rowsBeforePause) return 0;
                var n = Interlocked.Increment(ref _rows);
                _pending = Encoding.UTF8.GetBytes(FormattableString.Invariant(
                    $"2023-03-{1 + n % 28:00},Battles,Armed clash,Test fixture,,test fixture place,{37.2 + n % 50 * 0.001},{69.3 + n % 40 * 0.001},1,1,0,{Marker},row {n}\n"));
                _offset = 0;
            }
            var count = Math.Min(buffer.Length, _pending.Length - _offset);
            _pending.AsMemory(_offset, count).CopyTo(buffer);
            _offset += count;
            return count;
        }

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
