using BorderMap.Core.Gazetteer;
using BorderMap.Data.Geodata;

namespace BorderMap.Data.Tests.Geodata;

/// <summary>The geodata as PostGIS sees it: each claim of geodata/README.md checked against the database.</summary>
public sealed class GeodataTableTests(LoadedGeodata geodata) : IClassFixture<LoadedGeodata>
{
    [Fact]
    public async Task Loading_records_the_version_and_loading_the_same_files_again_changes_nothing()
    {
        Assert.True(geodata.LoadedOnFirstCall);
        Assert.Equal(geodata.Data.Version, await geodata.ScalarAsync<string>("SELECT version FROM geodata_versions WHERE is_current"));
        Assert.False(await GeodataLoader.EnsureLoadedAsync(geodata.Source, geodata.Data));
        Assert.Equal((long)geodata.Data.Places.Count, await geodata.ScalarAsync<long>("SELECT count(*) FROM places"));
        Assert.Equal(GeodataFiles.Hash(LoadedGeodata.Directory), geodata.Data.Version);
    }

    [Fact]
    public async Task A_new_version_replaces_every_table_in_one_go()
    {
        var names = await geodata.ScalarAsync<long>("SELECT count(*) FROM place_names");
        var changed = geodata.Data with { Version = "test-" + Guid.NewGuid().ToString("N") };
        Assert.True(await GeodataLoader.EnsureLoadedAsync(geodata.Source, changed));
        Assert.Equal(changed.Version, await geodata.ScalarAsync<string>("SELECT version FROM geodata_versions WHERE is_current"));
        Assert.Equal(names, await geodata.ScalarAsync<long>("SELECT count(*) FROM place_names"));
        Assert.Equal(1L, await geodata.ScalarAsync<long>("SELECT count(*) FROM geodata_versions WHERE is_current"));
        Assert.True(await GeodataLoader.EnsureLoadedAsync(geodata.Source, geodata.Data));
    }

    [Fact]
    public async Task Every_border_place_lies_in_its_own_country_or_within_a_kilometre_of_the_border()
    {
        // The border places are the TJ and AF places within 150 km of the line (the gazetteer also
        // holds far places of four countries and the world's capitals, outside the basemap's polygons).
        const string borderPlaces = "p.country IN ('TJ', 'AF') AND p.border_distance_m <= 150000";
        var strays = await geodata.ScalarAsync<long>($$"""
            SELECT count(*) FROM places p JOIN countries c ON c.code = p.country
            WHERE {{borderPlaces}} AND NOT ST_Covers(c.geom, p.geom)
              AND ST_Distance(p.geom::geography, (SELECT geom FROM border_line)::geography) > 1000
            """);
        Assert.Equal(0, strays);
        var expected = geodata.Data.Places.LongCount(p => p.Country is "TJ" or "AF" && geodata.Data.BorderDistances[p.IndexId] <= 150_000);
        // 128 cities500 places, and the border villages GeoNames lacks (geodata/villages.tsv), all near the line.
        var villages = geodata.Data.Places.LongCount(p => p.Id >= Place.FirstOwnId);
        Assert.Equal(128L + villages, expected);
        Assert.Equal(expected, await geodata.ScalarAsync<long>($"SELECT count(*) FROM places p JOIN countries c ON c.code = p.country WHERE {borderPlaces}"));
    }

    [Fact]
    public async Task Every_place_states_its_distance_to_the_border_as_postgis_geography_measures_it()
    {
        // Near places and capitals on the far side of the world alike (the build measures far
        // places on the ellipsoid, not in a local plane): within 0.1 % or 20 m of PostGIS.
        Assert.True(geodata.Data.Places.Count > 900, $"{geodata.Data.Places.Count} places");
        var worst = await geodata.ScalarAsync<double>("""
            SELECT max(abs(p.border_distance_m - ST_Distance(p.geom::geography, l.geom::geography))
                       / greatest(20, 0.001 * p.border_distance_m))
            FROM places p, border_line l
            """);
        Assert.True(worst <= 1, $"a place's border_distance_m is {worst:F2} times the tolerance away from PostGIS");
    }

    [Fact]
    public async Task Where_the_two_polygons_meet_the_line_follows_the_boundary_postgis_computes_from_them()
    {
        // Tolerance 20 m, the build's snapping tolerance (geodata/README.md): PostGIS takes the part
        // of Tajikistan's boundary within 20 m of Afghan land; our line's part within 20 m of both
        // countries must be as long within 1 %. Elsewhere the polygons are apart (the river is cut
        // out of both) and no shared boundary exists: the next test covers those stretches.
        var postgis = await geodata.ScalarAsync<double>("""
            SELECT ST_Length(ST_Intersection(ST_Boundary(tj.geom), ST_Buffer(af.geom::geography, 20)::geometry)::geography)
            FROM countries tj, countries af WHERE tj.code = 'TJ' AND af.code = 'AF'
            """);
        var ours = await geodata.ScalarAsync<double>("""
            SELECT ST_Length(ST_Intersection(l.geom, ST_Intersection(ST_Buffer(tj.geom::geography, 20)::geometry,
                                                                     ST_Buffer(af.geom::geography, 20)::geometry))::geography)
            FROM border_line l, countries tj, countries af WHERE tj.code = 'TJ' AND af.code = 'AF'
            """);
        Assert.InRange(ours / postgis, 0.99, 1.01);
        Assert.True(postgis > 1_000_000, $"the shared edge should be most of the border, is {postgis / 1000:F0} km");
    }

    [Fact]
    public async Task Across_river_gaps_every_vertex_of_the_line_stays_between_the_banks()
    {
        // The widest gap the build met is 3,152 m; a midpoint is at most half of that from each bank.
        // Measured in UTM 42N on subdivided polygons (geography against the whole polygons takes
        // minutes); the projection's scale error here is under 0.6 %, inside the 50 m margin.
        var worst = await geodata.ScalarAsync<double>("""
            WITH parts AS MATERIALIZED (SELECT code, ST_Subdivide(ST_Transform(geom, 32642), 128) AS g FROM countries WHERE code IN ('TJ', 'AF')),
                 v AS MATERIALIZED (SELECT ST_Transform(d.geom, 32642) AS p FROM border_line l, LATERAL ST_DumpPoints(l.geom) d)
            SELECT max(greatest(
                coalesce((SELECT min(ST_Distance(v.p, g)) FROM parts WHERE code = 'TJ' AND ST_DWithin(v.p, g, 5000)), 1e9),
                coalesce((SELECT min(ST_Distance(v.p, g)) FROM parts WHERE code = 'AF' AND ST_DWithin(v.p, g, 5000)), 1e9)))
            FROM v
            """);
        Assert.True(worst <= 1_650, $"a vertex lies {worst:F0} m from one of the countries");
    }

    [Fact]
    public async Task The_line_length_agrees_between_the_border_model_and_postgis_geography()
    {
        var postgis = await geodata.ScalarAsync<double>("SELECT ST_Length(geom::geography) FROM border_line");
        Assert.Equal(postgis, geodata.Data.BuildBorder().LengthM, 0.5);
        Assert.InRange(postgis, 1_500_000, 1_600_000);
    }

    [Fact]
    public async Task Segments_cover_the_whole_line_without_gap_or_overlap()
    {
        Assert.Equal(0L, await geodata.ScalarAsync<long>("""
            SELECT count(*) FROM border_segments a JOIN border_segments b ON b.ordinal = a.ordinal + 1
            WHERE NOT ST_Equals(ST_EndPoint(a.geom), ST_StartPoint(b.geom))
            """));
        Assert.Equal(0L, await geodata.ScalarAsync<long>("""
            SELECT count(*) FROM border_segments a JOIN border_segments b ON a.ordinal < b.ordinal
            WHERE ST_Length(ST_Intersection(a.geom, b.geom)) > 0
            """));
        var ratio = await geodata.ScalarAsync<double>("""
            SELECT sum(ST_Length(s.geom::geography)) / (SELECT ST_Length(geom::geography) FROM border_line) FROM border_segments s
            """);
        Assert.Equal(1.0, ratio, 5);
        Assert.Equal(0L, await geodata.ScalarAsync<long>("""
            SELECT count(*) FROM border_line l
            WHERE NOT ST_Equals(ST_StartPoint(l.geom), (SELECT ST_StartPoint(geom) FROM border_segments ORDER BY ordinal LIMIT 1))
               OR NOT ST_Equals(ST_EndPoint(l.geom), (SELECT ST_EndPoint(geom) FROM border_segments ORDER BY ordinal DESC LIMIT 1))
            """));
    }

    [Fact]
    public async Task Every_crossing_is_within_500_m_of_the_line_and_names_a_source()
    {
        Assert.True(await geodata.ScalarAsync<long>("SELECT count(*) FROM crossings") >= 5);
        Assert.Equal(0L, await geodata.ScalarAsync<long>("""
            SELECT count(*) FROM crossings c, border_line l
            WHERE ST_Distance(c.geom::geography, l.geom::geography) > 500 OR c.source !~ '^https?://'
            """));
    }

    [Fact]
    public async Task Names_carry_their_normalised_form_and_match_key_for_the_trigram_index()
    {
        Assert.Equal(0L, await geodata.ScalarAsync<long>("SELECT count(*) FROM place_names WHERE match_key = '' OR normalized = ''"));
        var khorugh = await geodata.ScalarAsync<long>("""
            SELECT place_id FROM place_names WHERE match_key % (SELECT match_key FROM place_names WHERE name = 'Хорог' LIMIT 1)
            ORDER BY similarity(match_key, (SELECT match_key FROM place_names WHERE name = 'Хорог' LIMIT 1)) DESC LIMIT 1
            """);
        Assert.Equal(1221328L, khorugh);
    }
}
