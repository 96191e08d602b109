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
        var hotspots = Hotspot.ReadCsv(Path.Combine(BorderMap.Data.Cluster.DatabaseLocator.CheckoutRoot()!, "bench", "hotspots.csv"));
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
    }
}
