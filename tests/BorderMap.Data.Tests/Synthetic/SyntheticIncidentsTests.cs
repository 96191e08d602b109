using BorderMap.Core.Incidents;
using BorderMap.Data.Synthetic;

namespace BorderMap.Data.Tests.Synthetic;

public sealed class SyntheticIncidentsTests
{
    private static IReadOnlyList<Hotspot> Hotspots() =>
        Hotspot.ReadCsv(Path.Combine(BorderMap.Cluster.DatabaseLocator.CheckoutRoot()!, "bench", "hotspots.csv"));

    [Fact]
    public void The_same_seed_gives_the_same_incidents_and_another_seed_other_ones()
    {
        var a = new SyntheticIncidents(Hotspots(), 1).Generate(500).ToList();
        var b = new SyntheticIncidents(Hotspots(), 1).Generate(500).ToList();
        var c = new SyntheticIncidents(Hotspots(), 2).Generate(500).ToList();
        Assert.Equal(a.Select(d => (d.Location, d.Date, d.EventType.Code)), b.Select(d => (d.Location, d.Date, d.EventType.Code)));
        Assert.NotEqual(a.Select(d => d.Location), c.Select(d => d.Location));
    }

    [Fact]
    public void Incidents_cluster_within_a_few_sigma_of_a_real_hotspot_and_are_labelled_synthetic()
    {
        var hotspots = Hotspots();
        Assert.Equal(40, hotspots.Count);
        foreach (var d in new SyntheticIncidents(hotspots, 3).Generate(2000))
        {
            Assert.True(d.Synthetic);
            Assert.Contains("SYNTHETIC", d.Source);
            var nearestKm = hotspots.Min(h => Math.Sqrt(
                Math.Pow((h.Lat - d.Location.Lat) * 110.574, 2) +
                Math.Pow((h.Lon - d.Location.Lon) * 111.320 * Math.Cos(h.Lat * Math.PI / 180), 2)));
            Assert.True(nearestKm < 6 * 3, $"{d.Location} is {nearestKm:F1} km from every hotspot");
            Assert.InRange(d.Date, new DateOnly(2015, 1, 1), new DateOnly(2025, 12, 31));
        }
    }

    [Fact]
    public void Event_types_follow_the_peer_harness_shares()
    {
        var drafts = new SyntheticIncidents(Hotspots(), 4).Generate(20_000).ToList();
        double Share(Func<IncidentDraft, bool> p) => drafts.Count(p) / (double)drafts.Count;
        Assert.InRange(Share(d => d.EventType == EventType.Battles), 0.16, 0.20);
        Assert.InRange(Share(d => d.Tags.Contains(BorderTag.Smuggling)), 0.22, 0.26);
        Assert.InRange(Share(d => d.SubEventType?.Code == "arrests"), 0.14, 0.18);
    }
}
