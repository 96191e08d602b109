using BorderMap.Core.Incidents;
using BorderMap.Core.Queries;
using BorderMap.Data.Analytics;
using BorderMap.Data.Incidents;
using BorderMap.Data.Migrations;
using BorderMap.Data.Synthetic;
using BorderMap.Testing;
using Npgsql;

namespace BorderMap.Data.Tests.Analytics;

/// <summary>
/// The heatmap reads UTM 42N coordinates stored beside each incident (V0010) through the list's own
/// filter function: its points must be exactly the list's incidents inside the projection's domain,
/// at exactly the positions PostGIS's ST_Transform gives their current lon/lat.
/// </summary>
public sealed class HeatmapPointsTests : FreshDatabase
{
    private static readonly DateOnly Middle = new(2024, 7, 1);

    private async Task<NpgsqlDataSource> LoadAsync()
    {
        var source = BorderMapDataSource.Create(ConnectionString);
        await Migrator.MigrateAsync(source);
        var hotspots = Hotspot.ReadCsv(Path.Combine(BorderMap.Cluster.DatabaseLocator.CheckoutRoot()!, "bench", "hotspots.csv"));
        await SyntheticLoader.LoadAsync(source, new SyntheticIncidents(hotspots, 3).Generate(900), 900, null, CancellationToken.None);
        // Variety the synthetic rows lack, written the way edits write them: plain UPDATEs of the row.
        await using var edit = source.CreateCommand("""
            UPDATE incidents SET occurred_on = date '2024-01-01' + (id * 7 % 366)::int,
                                 country = CASE WHEN id % 2 = 0 THEN 'TJ' ELSE 'AF' END;
            UPDATE incidents SET status = 'retracted' WHERE id % 17 = 0;
            UPDATE incidents SET geo_precision = 3 WHERE id % 5 = 0;
            UPDATE incidents SET geom = ST_Translate(geom, 0.05, -0.03) WHERE id % 7 = 0;
            UPDATE incidents SET geom = ST_SetSRID(ST_MakePoint(10.5, 45.2), 4326) WHERE id % 23 = 0;
            """);
        await edit.ExecuteNonQueryAsync();
        return source;
    }

    public static TheoryData<string> Filters => new() { "none", "period", "type", "country and precision", "retracted too", "near", "bbox" };

    private static IncidentQuery Filter(string name) => name switch
    {
        "none" => new IncidentQuery(),
        "period" => new IncidentQuery { From = Middle, To = Middle.AddDays(90) },
        "type" => new IncidentQuery { Types = [EventType.Battles.Code], From = Middle },
        "country and precision" => new IncidentQuery { Country = "TJ", MinPrecision = GeoPrecision.District },
        "retracted too" => new IncidentQuery { IncludeRetracted = true, To = Middle },
        "near" => new IncidentQuery { Near = new NearFilter(new GeoPoint(68.86, 36.73), 40_000) },
        "bbox" => new IncidentQuery { Bbox = new BoundingBox(68.5, 36.4, 69.5, 37.2), MinPrecision = GeoPrecision.Place },
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task The_heatmap_reads_exactly_the_listed_incidents_at_their_transformed_positions(string filter)
    {
        await using var source = await LoadAsync();
        var query = Filter(filter);

        var listed = await new IncidentStore(source).ListAsync(query with { Limit = 100_000 }, CancellationToken.None);
        var expected = await TransformedAsync(source, listed.Incidents.Select(i => i.Id).ToArray());
        var actual = new List<(double X, double Y, double W)>();
        await foreach (var chunk in new AnalyticsStore(source).HeatmapPointsAsync(query, weightByFatalities: false, within: null, chunkSize: 100, CancellationToken.None))
        {
            for (var i = 0; i < chunk.Count; i++) actual.Add((chunk.X[i], chunk.Y[i], chunk.Weight[i]));
        }

        Assert.True(expected.Count > 10, $"the fixture should give '{filter}' some incidents, got {expected.Count}");
        Assert.True(listed.Incidents.Count > expected.Count || filter is "near" or "bbox", "some listed incidents should lie outside UTM 42N's domain");
        Assert.Equal(expected.Select(p => (p.X, p.Y, 1.0)).Order(), actual.Order());
    }

    [Fact]
    public async Task Weighted_points_carry_their_fatalities_and_those_without_any_are_left_out()
    {
        await using var source = await LoadAsync();
        var query = new IncidentQuery { From = Middle };

        var listed = await new IncidentStore(source).ListAsync(query with { Limit = 100_000 }, CancellationToken.None);
        var expected = (await TransformedAsync(source, listed.Incidents.Select(i => i.Id).ToArray())).Where(p => p.Fatalities > 0).ToList();
        var actual = new List<(double X, double Y, double W)>();
        await foreach (var chunk in new AnalyticsStore(source).HeatmapPointsAsync(query, weightByFatalities: true, within: null, chunkSize: 64, CancellationToken.None))
        {
            for (var i = 0; i < chunk.Count; i++) actual.Add((chunk.X[i], chunk.Y[i], chunk.Weight[i]));
        }

        Assert.True(expected.Count > 10);
        Assert.Equal(expected.Select(p => (p.X, p.Y, (double)p.Fatalities)).Order(), actual.Order());
    }

    [Fact]
    public async Task An_incident_moved_outside_the_domain_and_back_keeps_its_stored_position_in_step()
    {
        await using var source = await LoadAsync();
        await using var move = source.CreateCommand("""
            UPDATE incidents SET geom = ST_SetSRID(ST_MakePoint(-70, -30), 4326) WHERE id = 2;
            SELECT utm42n_x IS NULL AND utm42n_y IS NULL FROM incidents WHERE id = 2;
            """);
        Assert.Equal(true, await move.ExecuteScalarAsync());

        await using var back = source.CreateCommand("""
            UPDATE incidents SET geom = ST_SetSRID(ST_MakePoint(69.1, 37.05), 4326) WHERE id = 2;
            SELECT utm42n_x = ST_X(ST_Transform(geom, 32642)) AND utm42n_y = ST_Y(ST_Transform(geom, 32642)) FROM incidents WHERE id = 2;
            """);
        Assert.Equal(true, await back.ExecuteScalarAsync());
    }

    /// <summary>The test's own projection of the incidents' current points, for those inside the domain.</summary>
    private static async Task<List<(double X, double Y, int Fatalities)>> TransformedAsync(NpgsqlDataSource source, long[] ids)
    {
        await using var command = source.CreateCommand("""
            SELECT ST_X(ST_Transform(geom, 32642)), ST_Y(ST_Transform(geom, 32642)), coalesce(fatalities, 0)
            FROM incidents
            WHERE id = ANY($1) AND ST_X(geom) BETWEEN 51 AND 87 AND ST_Y(geom) BETWEEN 0 AND 84
            """);
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = ids });
        var points = new List<(double, double, int)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) points.Add((reader.GetDouble(0), reader.GetDouble(1), reader.GetInt32(2)));
        return points;
    }
}
