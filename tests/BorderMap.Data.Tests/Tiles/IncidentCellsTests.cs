using BorderMap.Core.Incidents;
using BorderMap.Core.Queries;
using BorderMap.Data.Incidents;
using BorderMap.Data.Migrations;
using BorderMap.Data.Synthetic;
using BorderMap.Data.Tiles;
using BorderMap.Data.Tiles.Cells;
using BorderMap.Testing;
using Npgsql;

namespace BorderMap.Data.Tests.Tiles;

/// <summary>
/// The cell table must give the very tile the points give (same bytes), for every clustered zoom and
/// filter it answers, and stay so through every kind of write; until a refresh it must decline the
/// tiles a write touched, so no tile is ever built from stale cells.
/// </summary>
public sealed class IncidentCellsTests : FreshDatabase
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>The most points a tile draws one by one when the cells are compared with the points: none, so every tile clusters.</summary>
    private const int Clustered = 0;
    private static readonly IReadOnlyList<Hotspot> Hotspots =
        Hotspot.ReadCsv(Path.Combine(BorderMap.Cluster.DatabaseLocator.CheckoutRoot()!, "bench", "hotspots.csv"));
    private static readonly Hotspot Kunduz = Hotspots.Single(h => h.Name == "Kunduz");

    private static readonly IncidentQuery[] FilterCombinations =
    [
        new(),
        new() { Types = ["battles"] },
        new() { Types = ["battles", "explosions_remote_violence"], MinPrecision = GeoPrecision.District },
        new() { Country = "AF" },
        new() { Country = "TJ", MinPrecision = GeoPrecision.Place },
        new() { IncludeRetracted = true },
        new() { IncludeRetracted = true, Types = ["strategic_developments"], Country = "AF", MinPrecision = GeoPrecision.District },
    ];

    private NpgsqlDataSource _source = null!;
    private TileStore _tiles = null!;
    private IncidentStore _incidents = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _source = BorderMapDataSource.Create(ConnectionString);
        await Migrator.MigrateAsync(_source);
        _tiles = new TileStore(_source);
        _incidents = new IncidentStore(_source);
        await SyntheticLoader.LoadAsync(_source, new SyntheticIncidents(Hotspots, 11).Generate(20_000), 20_000, null, None);
        // What the synthetic rows never have: no fatality figure, no country, retracted.
        for (var i = 0; i < 30; i++)
        {
            var written = await _incidents.InsertAsync(Draft(Near(Kunduz, i), EventType.Battles, fatalities: i % 3 == 0 ? null : i,
                country: i % 4 == 0 ? null : "AF"), null, null, "test", None);
            if (i % 5 == 0) await _incidents.RetractAsync(written.Id, null, "test", None);
        }
    }

    public override async Task DisposeAsync()
    {
        await _source.DisposeAsync();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task Every_clustered_zoom_and_filter_gives_the_tile_the_points_give()
    {
        var first = await IncidentCells.RefreshAsync(_source, None);
        Assert.True(first is { RecountedAll: true }, "20,000 new incidents mark more cells than a cell-by-cell recount is worth");

        var nonEmpty = 0;
        foreach (var hotspot in Hotspots.Where((_, i) => i % 13 == 0).Append(Kunduz))
        for (var z = 0; z <= IncidentCells.LastZoom; z++)
        foreach (var filters in FilterCombinations)
            if (await AssertCellsGiveThePointsTileAsync(TileAt(hotspot.Lon, hotspot.Lat, z), filters) > 0) nonEmpty++;
        Assert.True(nonEmpty > 100, $"only {nonEmpty} of the compared tiles held anything");
    }

    [Fact]
    public async Task Dates_and_point_zooms_are_not_answered_from_the_cells()
    {
        await IncidentCells.RefreshAsync(_source, None);
        var tile = TileAt(Kunduz.Lon, Kunduz.Lat, 8);
        Assert.Null(await _tiles.IncidentTileFromCellsAsync(tile, new IncidentQuery { From = new DateOnly(2020, 1, 1) }, Clustered, None));
        Assert.Null(await _tiles.IncidentTileFromCellsAsync(tile, new IncidentQuery { To = new DateOnly(2020, 1, 1) }, Clustered, None));
        Assert.Null(await _tiles.IncidentTileFromCellsAsync(TileAt(Kunduz.Lon, Kunduz.Lat, IncidentCells.LastZoom + 1), new IncidentQuery(), Clustered, None));

        var dated = new IncidentQuery { From = new DateOnly(2020, 1, 1), To = new DateOnly(2020, 12, 31) };
        Assert.Equal(await _tiles.IncidentTileFromPointsAsync(tile, dated, Clustered, None), await _tiles.TileAsync(TileLayer.Incidents, tile, dated, Clustered, None));
    }

    [Fact]
    public async Task A_tile_draws_each_incident_while_it_holds_at_most_the_limit_at_every_zoom()
    {
        await IncidentCells.RefreshAsync(_source, None);
        for (var z = 0; z <= IncidentCells.LastZoom; z++)
        {
            var tile = TileAt(Kunduz.Lon, Kunduz.Lat, z);
            var held = await ActiveInTileAsync(tile);
            Assert.True(held > 1, $"tile {tile} holds {held} incidents");

            var points = await _tiles.TileAsync(TileLayer.Incidents, tile, new IncidentQuery(), held, None);
            Assert.True(HasKey(points, "event_type") && !HasKey(points, "count"), $"tile {tile} with {held} incidents and a limit of {held} is not drawn point by point");
            Assert.Null(await _tiles.IncidentTileFromCellsAsync(tile, new IncidentQuery(), held, None));

            var clusters = await _tiles.TileAsync(TileLayer.Incidents, tile, new IncidentQuery(), held - 1, None);
            Assert.True(HasKey(clusters, "count") && !HasKey(clusters, "day"), // a cluster names its most frequent event_type too
                 $"tile {tile} with {held} incidents and a limit of {held - 1} is not clustered");
            Assert.Equal(clusters, await _tiles.IncidentTileFromCellsAsync(tile, new IncidentQuery(), held - 1, None));
        }
    }

    [Fact]
    public async Task Insert_relocation_retraction_edit_merge_and_bulk_load_keep_the_cells_exact()
    {
        await IncidentCells.RefreshAsync(_source, None);
        var kunduz8 = TileAt(Kunduz.Lon, Kunduz.Lat, 8);
        var elsewhere = Hotspots.First(h => TileAt(h.Lon, h.Lat, 8) != kunduz8);
        var elsewhere8 = TileAt(elsewhere.Lon, elsewhere.Lat, 8);

        var inserted = await _incidents.InsertAsync(Draft(Near(Kunduz, 1), EventType.ViolenceAgainstCivilians, 4, "AF"), null, null, "test", None);
        await AssertWriteKeptTheCellsExactAsync([kunduz8], cellsRecountedAtMost: 1);

        // Relocation: out of one tile, into another.
        var moved = await _incidents.UpdateAsync(inserted.Id, inserted.Revision,
            inserted.Draft with { Location = new GeoPoint(elsewhere.Lon + 0.01, elsewhere.Lat) }, null, null, "test", None);
        var relocated = Assert.IsType<IncidentWrite.Written>(moved).Incident;
        await AssertWriteKeptTheCellsExactAsync([kunduz8, elsewhere8], cellsRecountedAtMost: 2);

        // An edit of what a cell holds (fatalities, precision, type), then one of what it does not (notes).
        var edited = Assert.IsType<IncidentWrite.Written>(await _incidents.UpdateAsync(relocated.Id, relocated.Revision,
            relocated.Draft with { Fatalities = 9, GeoPrecision = GeoPrecision.ProvinceOrBorder, EventType = EventType.Battles }, null, null, "test", None)).Incident;
        await AssertWriteKeptTheCellsExactAsync([elsewhere8], cellsRecountedAtMost: 1);
        await _incidents.UpdateAsync(edited.Id, edited.Revision, edited.Draft with { Notes = "checked against a second source" }, null, null, "test", None);
        Assert.Equal(0L, await StaleMarksAsync());

        await _incidents.RetractAsync(edited.Id, null, "test", None);
        await AssertWriteKeptTheCellsExactAsync([elsewhere8], cellsRecountedAtMost: 1);

        await ExecuteAsync($"UPDATE incidents SET status = 'merged' WHERE id = (SELECT min(id) FROM incidents WHERE status = 'active' AND geom && ST_Transform(ST_TileEnvelope({kunduz8.Z}, {kunduz8.X}, {kunduz8.Y}), 4326))");
        await AssertWriteKeptTheCellsExactAsync([kunduz8], cellsRecountedAtMost: 1);

        await ExecuteAsync($"DELETE FROM incidents WHERE id = (SELECT max(id) FROM incidents WHERE status = 'active' AND geom && ST_Transform(ST_TileEnvelope({elsewhere8.Z}, {elsewhere8.X}, {elsewhere8.Y}), 4326))");
        await AssertWriteKeptTheCellsExactAsync([elsewhere8], cellsRecountedAtMost: 1);

        await SyntheticLoader.LoadAsync(_source, new SyntheticIncidents(Hotspots, 12).Generate(3000), 3000, null, None);
        await AssertWriteKeptTheCellsExactAsync([kunduz8, elsewhere8], cellsRecountedAtMost: int.MaxValue);
        foreach (var hotspot in Hotspots)
        foreach (var z in new[] { 3, 6, 9 })
            await AssertCellsGiveThePointsTileAsync(TileAt(hotspot.Lon, hotspot.Lat, z), new IncidentQuery());
    }

    [Fact]
    public async Task A_write_that_commits_during_a_refresh_stays_marked_until_the_next()
    {
        await IncidentCells.RefreshAsync(_source, None);
        var tile = TileAt(Kunduz.Lon, Kunduz.Lat, 7);
        var before = await _tiles.IncidentTileFromPointsAsync(tile, new IncidentQuery(), Clustered, None);

        await using (var writer = await _source.OpenConnectionAsync())
        {
            await using var tx = await writer.BeginTransactionAsync();
            await using (var insert = new NpgsqlCommand(
                "INSERT INTO incidents (occurred_on, event_type, geom, country, geo_precision, created_by, updated_by) " +
                $"VALUES ('2021-03-04', 'battles', ST_SetSRID(ST_MakePoint({Kunduz.Lon}, {Kunduz.Lat}), 4326), 'AF', 1, 'test', 'test')", writer, tx))
                await insert.ExecuteNonQueryAsync();
            // The refresh's snapshot sees neither the row nor its mark: it must leave the mark alone.
            var during = await IncidentCells.RefreshAsync(_source, None);
            Assert.Equal(0L, during!.StaleCells);
            await tx.CommitAsync();
        }

        Assert.Null(await _tiles.IncidentTileFromCellsAsync(tile, new IncidentQuery(), Clustered, None));
        var after = await _tiles.TileAsync(TileLayer.Incidents, tile, new IncidentQuery(), Clustered, None);
        Assert.NotEqual(before, after);
        await IncidentCells.RefreshAsync(_source, None);
        Assert.Equal(after, await _tiles.IncidentTileFromCellsAsync(tile, new IncidentQuery(), Clustered, None));
    }

    /// <summary>After a write: the touched tiles changed, decline the cells until a refresh, which recounts no more cells than the write touched; then every filter agrees again.</summary>
    private async Task AssertWriteKeptTheCellsExactAsync(TileAddress[] touched, int cellsRecountedAtMost)
    {
        foreach (var tile in touched)
        {
            Assert.Null(await _tiles.IncidentTileFromCellsAsync(tile, new IncidentQuery(), Clustered, None));
            // The server's path falls back to the points meanwhile.
            Assert.Equal(await _tiles.IncidentTileFromPointsAsync(tile, new IncidentQuery(), Clustered, None), await _tiles.TileAsync(TileLayer.Incidents, tile, new IncidentQuery(), Clustered, None));
        }
        var refresh = await IncidentCells.RefreshAsync(_source, None);
        Assert.InRange(refresh!.StaleCells, 1, cellsRecountedAtMost);
        Assert.Equal(0L, await StaleMarksAsync());
        foreach (var tile in touched)
        for (var z = 0; z <= tile.Z; z++)
        foreach (var filters in FilterCombinations)
            await AssertCellsGiveThePointsTileAsync(new TileAddress(z, tile.X >> (tile.Z - z), tile.Y >> (tile.Z - z)), filters);
    }

    private async Task<int> AssertCellsGiveThePointsTileAsync(TileAddress tile, IncidentQuery filters)
    {
        var fromPoints = await _tiles.IncidentTileFromPointsAsync(tile, filters, Clustered, None);
        var fromCells = await _tiles.IncidentTileFromCellsAsync(tile, filters, Clustered, None);
        if (fromCells is null) Assert.Fail($"tile {tile} with filters '{filters.FilterFingerprint()}' was not answered from the cells");
        Assert.True(fromPoints.AsSpan().SequenceEqual(fromCells),
            $"tile {tile} with filters '{filters.FilterFingerprint()}': {fromPoints.Length} bytes from the points, {fromCells.Length} from the cells");
        return fromPoints.Length;
    }

    /// <summary>Whether a tile names this attribute (a vector tile keeps each layer's keys as plain strings).</summary>
    private static bool HasKey(byte[] tile, string key) => System.Text.Encoding.UTF8.GetString(tile).Contains(key, StringComparison.Ordinal);

    private async Task<int> ActiveInTileAsync(TileAddress tile)
    {
        await using var command = _source.CreateCommand(
            $"SELECT count(*)::int FROM incidents WHERE status = 'active' AND geom && ST_Transform(ST_TileEnvelope({tile.Z}, {tile.X}, {tile.Y}), 4326)");
        return (int)(await command.ExecuteScalarAsync())!;
    }

    private async Task<long> StaleMarksAsync()
    {
        await using var command = _source.CreateCommand("SELECT count(*) FROM incident_cells_stale");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var command = _source.CreateCommand(sql);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private static TileAddress TileAt(double lon, double lat, int z)
    {
        var n = 1 << z;
        var y = (1 - Math.Log(Math.Tan(lat * Math.PI / 180) + 1 / Math.Cos(lat * Math.PI / 180)) / Math.PI) / 2 * n;
        return new TileAddress(z, (int)Math.Floor((lon + 180) / 360 * n), (int)Math.Floor(y));
    }

    private static GeoPoint Near(Hotspot hotspot, int i) => new(hotspot.Lon + (i % 7 - 3) * 0.004, hotspot.Lat + (i % 5 - 2) * 0.003);

    private static IncidentDraft Draft(GeoPoint location, EventType type, int? fatalities, string? country) => new()
    {
        Date = new DateOnly(2019, 6, 1).AddDays((int)(location.Lon * 1000) % 200),
        EventType = type,
        Fatalities = fatalities,
        Location = location,
        Country = country,
        GeoPrecision = GeoPrecision.District,
    };
}
