using BorderMap.Core.Queries;
using BorderMap.Data.Incidents;
using BorderMap.Data.Migrations;
using BorderMap.Data.Synthetic;
using BorderMap.Testing;

namespace BorderMap.Data.Tests.Synthetic;

public sealed class SyntheticLoaderTests : FreshDatabase
{
    [Fact]
    public async Task Binary_copy_stores_every_generated_incident_readable_through_the_store()
    {
        await using var source = BorderMapDataSource.Create(ConnectionString);
        await Migrator.MigrateAsync(source);
        var hotspots = Hotspot.ReadCsv(Path.Combine(BorderMap.Cluster.DatabaseLocator.CheckoutRoot()!, "bench", "hotspots.csv"));
        var drafts = new SyntheticIncidents(hotspots, 9).Generate(5000).ToList();

        var result = await SyntheticLoader.LoadAsync(source, drafts, drafts.Count, null, CancellationToken.None);
        Assert.Equal(5000, result.Rows);

        var store = new IncidentStore(source);
        var kunduz = hotspots.Single(h => h.Name == "Kunduz");
        var box = new BoundingBox(kunduz.Lon - 0.1, kunduz.Lat - 0.08, kunduz.Lon + 0.1, kunduz.Lat + 0.08);
        var page = await store.ListAsync(new IncidentQuery { Bbox = box, Limit = 1000 }, CancellationToken.None);
        var expected = drafts.Count(d => d.Location.Lon >= box.MinLon && d.Location.Lon <= box.MaxLon && d.Location.Lat >= box.MinLat && d.Location.Lat <= box.MaxLat);
        Assert.True(expected > 20, "the fixture should put incidents around Kunduz");
        Assert.Equal(expected, page.Incidents.Count);
        Assert.All(page.Incidents, i => Assert.True(i.Draft.Synthetic));
        Assert.All(page.Incidents, i => Assert.Equal(SyntheticLoader.Author, i.CreatedBy));
        Assert.All(page.Incidents, i => Assert.Null(i.Border));
    }

    [Fact]
    public async Task With_a_placement_every_row_carries_the_border_context_the_write_path_would_give_it_and_the_gazetteer_version()
    {
        await using var source = BorderMapDataSource.Create(ConnectionString);
        await Migrator.MigrateAsync(source);
        var geodata = BorderMap.Data.Geodata.GeodataFiles.Read(BorderMap.Data.Tests.Geodata.LoadedGeodata.Directory);
        var border = geodata.BuildBorder();
        var hotspots = Hotspot.ReadCsv(Path.Combine(BorderMap.Cluster.DatabaseLocator.CheckoutRoot()!, "bench", "hotspots.csv"));
        var drafts = new SyntheticIncidents(hotspots, 11).Generate(3000).ToList();

        await SyntheticLoader.LoadAsync(source, drafts, drafts.Count, null, CancellationToken.None, new SyntheticPlacement(border, geodata.Version));

        var store = new IncidentStore(source);
        var page = await store.ListAsync(new IncidentQuery { Limit = 1000 }, CancellationToken.None);
        Assert.Equal(1000, page.Incidents.Count);
        Assert.All(page.Incidents, i => Assert.Equal(border.ContextOf(i.Draft.Location), i.Border));
        Assert.Contains(page.Incidents, i => i.Border!.Side == "TJ");
        Assert.Contains(page.Incidents, i => i.Border!.Side == "AF");
        await using var versions = source.CreateCommand("SELECT count(*) FROM incidents WHERE gazetteer_version IS DISTINCT FROM $1");
        versions.Parameters.AddWithValue(geodata.Version);
        Assert.Equal(0L, (long)(await versions.ExecuteScalarAsync())!);
    }
}
