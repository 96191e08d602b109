using BorderMap.Core.Incidents;
using BorderMap.Core.Queries;
using BorderMap.Data.Incidents;
using BorderMap.Data.Migrations;
using BorderMap.Data.Synthetic;
using BorderMap.Data.Tiles;
using BorderMap.Data.Tiles.Cells;
using BorderMap.Testing;
using Npgsql;

namespace BorderMap.Data.Tests.Synthetic;

/// <summary>
/// A load that at least doubles the table drops the secondary indexes, skips the per-row stale
/// marks, recounts the cells once and builds the indexes again after its commit: none of that may
/// change what the database holds or answers.
/// </summary>
public sealed class SyntheticBulkLoadTests : FreshDatabase
{
    private const int BulkRows = 60_000;
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly IReadOnlyList<Hotspot> Hotspots =
        Hotspot.ReadCsv(Path.Combine(BorderMap.Cluster.DatabaseLocator.CheckoutRoot()!, "bench", "hotspots.csv"));

    private NpgsqlDataSource _source = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _source = BorderMapDataSource.Create(ConnectionString);
        await Migrator.MigrateAsync(_source);
    }

    public override async Task DisposeAsync()
    {
        await _source.DisposeAsync();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task A_load_that_at_least_doubles_the_table_rebuilds_the_same_indexes()
    {
        var before = await IndexDefinitionsAsync();

        var result = await SyntheticLoader.LoadAsync(_source, new SyntheticIncidents(Hotspots, 5).Generate(BulkRows), BulkRows, null, None);

        Assert.True(result.RebuiltIndexes);
        Assert.Equal(BulkRows, result.Rows);
        Assert.Equal(before, await IndexDefinitionsAsync());
        Assert.Contains(before, d => d.Contains("gist (occurred_on, geom) WITH (buffering='on')", StringComparison.Ordinal));
        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM incidents_pending_indexes"));
    }

    [Fact]
    public async Task A_bulk_load_leaves_the_cells_a_fresh_recount_gives_with_no_marks_and_the_trigger_back_on()
    {
        // Cells and marks from earlier writes: counted ones, and one not refreshed yet.
        await SyntheticLoader.LoadAsync(_source, new SyntheticIncidents(Hotspots, 6).Generate(2000), 2000, null, None);
        await IncidentCells.RefreshAsync(_source, None);
        var store = new IncidentStore(_source);
        var written = await store.InsertAsync(new IncidentDraft
        {
            Date = new DateOnly(2023, 5, 8), EventType = EventType.Battles, Fatalities = 3, Location = new GeoPoint(68.86, 37.12),
            Country = "AF", GeoPrecision = GeoPrecision.Place,
        }, null, null, "test", None);
        await store.RetractAsync(written.Id, null, "test", None);
        Assert.True(await ScalarAsync<long>("SELECT count(*) FROM incident_cells_stale") > 0);

        var result = await SyntheticLoader.LoadAsync(_source, new SyntheticIncidents(Hotspots, 7).Generate(BulkRows), BulkRows, null, None);
        Assert.True(result.RebuiltIndexes);

        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM incident_cells_stale"));
        var loaded = await CellsAsync();
        Assert.True(loaded.Count > 1000, $"only {loaded.Count} cell rows after the load");

        // A recount from nothing: every occupied cell marked, the table emptied, one refresh.
        await ExecuteAsync("""
            DELETE FROM incident_cells;
            INSERT INTO incident_cells_stale (cx, cy)
            SELECT DISTINCT mercator_x(geom) >> 19, mercator_y(geom) >> 19 FROM incidents WHERE status <> 'merged' AND mercator_y(geom) IS NOT NULL;
            """);
        Assert.True(await IncidentCells.RefreshAsync(_source, None) is { RecountedAll: true });
        Assert.Equal(await CellsAsync(), loaded);

        // The stale-mark trigger is enabled again: the next insert marks its cell.
        await store.InsertAsync(new IncidentDraft
        {
            Date = new DateOnly(2023, 5, 9), EventType = EventType.Battles, Location = new GeoPoint(69.0, 37.2), Country = "AF", GeoPrecision = GeoPrecision.Place,
        }, null, null, "test", None);
        Assert.Equal(1L, await ScalarAsync<long>("SELECT count(*) FROM incident_cells_stale"));
    }

    [Fact]
    public async Task A_refresh_that_starts_during_a_bulk_load_is_held_out_until_the_load_commits()
    {
        var during = new List<CellRefresh?>();
        await SyntheticLoader.LoadAsync(_source, RefreshingMidway(new SyntheticIncidents(Hotspots, 10).Generate(BulkRows), during), BulkRows, null, None);

        // Had it run, it would have counted cells without the load's rows, or waited on the load's lock on incidents.
        Assert.Equal([null], during);
        Assert.True(await IncidentCells.RefreshAsync(_source, None) is { StaleCells: 0 });
    }

    /// <summary>The drafts, with a refresh attempted halfway through, while the load's COPY is consuming them.</summary>
    private IEnumerable<IncidentDraft> RefreshingMidway(IEnumerable<IncidentDraft> drafts, List<CellRefresh?> refreshes)
    {
        var i = 0;
        foreach (var draft in drafts)
        {
            if (i++ == BulkRows / 2) refreshes.Add(Task.Run(() => IncidentCells.RefreshAsync(_source, None)).GetAwaiter().GetResult());
            yield return draft;
        }
    }

    [Fact]
    public async Task Until_the_indexes_are_built_queries_answer_the_same_and_an_interrupted_build_is_finished_by_the_next_load()
    {
        var definitions = await IndexDefinitionsAsync();
        var kunduz = Hotspots.Single(h => h.Name == "Kunduz");
        var queries = new IncidentQuery[]
        {
            new() { Bbox = new BoundingBox(kunduz.Lon - 0.1, kunduz.Lat - 0.08, kunduz.Lon + 0.1, kunduz.Lat + 0.08), Limit = 1000 },
            new() { Bbox = new BoundingBox(kunduz.Lon - 0.1, kunduz.Lat - 0.08, kunduz.Lon + 0.1, kunduz.Lat + 0.08), From = new DateOnly(2020, 1, 1), To = new DateOnly(2021, 6, 30), Types = ["battles"], Limit = 100 },
            new() { Near = new NearFilter(new GeoPoint(kunduz.Lon, kunduz.Lat), 5_000), Limit = 1000 },
            new() { From = new DateOnly(2022, 3, 1), To = new DateOnly(2022, 3, 31), Limit = 1000 },
        };
        var tile = new TileAddress(8, 176, 99); // holds Kunduz

        // The load's transaction alone, as when the process stops right after its commit.
        var committed = await SyntheticLoader.CommitRowsAsync(_source, new SyntheticIncidents(Hotspots, 8).Generate(BulkRows), BulkRows, null, None);
        Assert.True(committed.RebuiltIndexes);
        Assert.Equal((long)definitions.Count - 1, await ScalarAsync<long>("SELECT count(*) FROM incidents_pending_indexes"));
        Assert.Equal(["CREATE UNIQUE INDEX incidents_pkey ON public.incidents USING btree (id)"], await IndexDefinitionsAsync());

        var store = new IncidentStore(_source);
        var tiles = new TileStore(_source);
        var meanwhile = new List<long[]>();
        foreach (var query in queries)
            meanwhile.Add([.. (await store.ListAsync(query, None)).Incidents.Select(i => i.Id)]);
        var tileMeanwhile = await tiles.TileAsync(TileLayer.Incidents, tile, new IncidentQuery(), TileLayer.MaxPointsPerTile, None);
        Assert.Contains(meanwhile, ids => ids.Length > 20);
        Assert.NotEmpty(tileMeanwhile);

        // The next load, however small (here: empty), builds what is pending before anything else.
        await SyntheticLoader.LoadAsync(_source, [], 0, null, None);
        Assert.Equal(definitions, await IndexDefinitionsAsync());
        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM incidents_pending_indexes"));

        for (var q = 0; q < queries.Length; q++)
            Assert.Equal(meanwhile[q], (await store.ListAsync(queries[q], None)).Incidents.Select(i => i.Id).ToArray());
        Assert.Equal(tileMeanwhile, await tiles.TileAsync(TileLayer.Incidents, tile, new IncidentQuery(), TileLayer.MaxPointsPerTile, None));
    }

    [Fact]
    public async Task Migrating_finishes_the_indexes_an_interrupted_load_left_pending()
    {
        var definitions = await IndexDefinitionsAsync();
        await SyntheticLoader.CommitRowsAsync(_source, new SyntheticIncidents(Hotspots, 9).Generate(BulkRows), BulkRows, null, None);
        Assert.NotEqual(0L, await ScalarAsync<long>("SELECT count(*) FROM incidents_pending_indexes"));

        Assert.Empty(await Migrator.MigrateAsync(_source)); // as a server or `bordermap migrate` starts

        Assert.Equal(definitions, await IndexDefinitionsAsync());
        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM incidents_pending_indexes"));
    }

    private Task<List<string>> IndexDefinitionsAsync() =>
        TextsAsync("SELECT indexdef FROM pg_indexes WHERE tablename = 'incidents' ORDER BY indexname");

    private Task<List<string>> CellsAsync() =>
        TextsAsync("SELECT c::text FROM incident_cells c ORDER BY level, cx, cy, retracted, event_type, country, geo_precision");

    private async Task<List<string>> TextsAsync(string sql)
    {
        await using var command = _source.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var texts = new List<string>();
        while (await reader.ReadAsync()) texts.Add(reader.GetString(0));
        return texts;
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = _source.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var command = _source.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
