using BorderMap.Core.Border;
using BorderMap.Core.Gazetteer;
using BorderMap.Core.Geodata;
using BorderMap.Core.Incidents;
using BorderMap.Data.Incidents;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace BorderMap.Data.Geodata;

/// <summary>
/// Puts the geodata into its tables when the files' hash differs from the current version: all
/// tables replaced in one transaction, under an advisory lock so concurrent starts load once.
/// </summary>
public static class GeodataLoader
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    /// <summary>Loads <paramref name="data"/> unless its version is already current; returns true when it loaded.</summary>
    public static async Task<bool> EnsureLoadedAsync(NpgsqlDataSource dataSource, GeodataSet data, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await AdvisoryLocks.HoldForTransactionAsync(connection, tx, AdvisoryLock.Geodata, ct);
        if (await CurrentVersionAsync(connection, ct) == data.Version)
            return false;

        await ExecuteAsync(connection, tx, SqlScripts.Load("Geodata.ClearGeodata"), ct);
        await CopyPlacesAsync(connection, data, ct);
        await CopyNamesAsync(connection, data, ct);
        await InsertAdminAreasAsync(connection, tx, data, ct);
        await InsertBorderAsync(connection, tx, data, ct);
        await using (var record = new NpgsqlCommand(SqlScripts.Load("Geodata.RecordVersion"), connection, tx))
        {
            record.Parameters.AddWithValue(data.Version);
            record.Parameters.Add(new NpgsqlParameter { Value = Counts(data), NpgsqlDbType = NpgsqlDbType.Jsonb });
            await record.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
        return true;
    }

    public static async Task<string?> CurrentVersionAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT version FROM geodata_versions WHERE is_current", connection);
        return await command.ExecuteScalarAsync(ct) as string;
    }

    private static async Task CopyPlacesAsync(NpgsqlConnection connection, GeodataSet data, CancellationToken ct)
    {
        await using var writer = await connection.BeginBinaryImportAsync(SqlScripts.Load("Geodata.CopyPlaces"), ct);
        foreach (var p in data.Places)
        {
            await writer.StartRowAsync(ct);
            await writer.WriteAsync(p.Id, NpgsqlDbType.Bigint, ct);
            await writer.WriteAsync(p.Name, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(p.AsciiName, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(p.FeatureClass.ToString(), NpgsqlDbType.Text, ct);
            await writer.WriteAsync(p.FeatureCode, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(p.Country, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(p.Admin1Code, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(p.Admin1Name, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(p.Admin2Code, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(p.Admin2Name, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(p.Population, NpgsqlDbType.Bigint, ct);
            await writer.WriteAsync(data.BorderDistances.GetValueOrDefault(p.IndexId), NpgsqlDbType.Double, ct);
            await writer.WriteAsync(Point(p.Location), NpgsqlDbType.Geometry, ct);
        }
        await writer.CompleteAsync(ct);
    }

    private static async Task CopyNamesAsync(NpgsqlConnection connection, GeodataSet data, CancellationToken ct)
    {
        var placeIds = data.Places.ToDictionary(p => p.IndexId, p => p.Id, StringComparer.Ordinal);
        var rows = data.Names
            .Where(n => placeIds.ContainsKey(n.IndexId))
            .Select(n => (PlaceId: placeIds[n.IndexId], Name: n.Name.Trim(), n.Kind, n.Script, n.Source))
            .Where(n => n.Name.Length > 0)
            .DistinctBy(n => (n.PlaceId, n.Name, n.Kind));

        await using var writer = await connection.BeginBinaryImportAsync(SqlScripts.Load("Geodata.CopyPlaceNames"), ct);
        foreach (var n in rows)
        {
            var forms = NameForms.Of(n.Name);
            await writer.StartRowAsync(ct);
            await writer.WriteAsync(n.PlaceId, NpgsqlDbType.Bigint, ct);
            await writer.WriteAsync(n.Name, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(forms.Normalized, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(forms.Key, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(n.Script, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(n.Kind.ToString().ToLowerInvariant(), NpgsqlDbType.Text, ct);
            await writer.WriteAsync(n.Source, NpgsqlDbType.Text, ct);
        }
        await writer.CompleteAsync(ct);
    }

    private static async Task InsertAdminAreasAsync(NpgsqlConnection connection, NpgsqlTransaction tx, GeodataSet data, CancellationToken ct)
    {
        var sql = SqlScripts.Load("Geodata.InsertAdminArea");
        foreach (var a in data.AdminAreas)
        {
            await using var command = new NpgsqlCommand(sql, connection, tx);
            var p = command.Parameters;
            p.AddWithValue(a.Code);
            p.AddWithValue((short)a.Level);
            p.AddWithValue(a.Country);
            p.AddWithValue(a.Admin1Code);
            p.AddWithValue(a.Name);
            p.AddWithValue(a.AlternateNames.ToArray());
            p.Add(IncidentRows.Nullable(a.SeatPlaceId, NpgsqlDbType.Bigint));
            p.Add(IncidentRows.Nullable(a.SeatName, NpgsqlDbType.Text));
            p.Add(IncidentRows.Nullable(data.BorderDistances.GetValueOrDefault(a.IndexId), NpgsqlDbType.Double));
            p.Add(IncidentRows.Nullable(a.PointSource, NpgsqlDbType.Text));
            p.Add(IncidentRows.Nullable(a.Seat is { } seat ? Point(seat) : null, NpgsqlDbType.Geometry));
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static async Task InsertBorderAsync(NpgsqlConnection connection, NpgsqlTransaction tx, GeodataSet data, CancellationToken ct)
    {
        await using (var line = new NpgsqlCommand(SqlScripts.Load("Geodata.InsertBorderLine"), connection, tx))
        {
            line.Parameters.AddWithValue("tj-af");
            line.Parameters.AddWithValue("Tajikistan–Afghanistan border");
            line.Parameters.AddWithValue(Geodesic.LengthM(data.BorderLine));
            line.Parameters.AddWithValue(WithSrid(data.BorderLine));
            await line.ExecuteNonQueryAsync(ct);
        }
        foreach (var s in data.Segments)
        {
            await using var command = new NpgsqlCommand(SqlScripts.Load("Geodata.InsertBorderSegment"), connection, tx);
            command.Parameters.AddWithValue(s.Id);
            command.Parameters.AddWithValue(s.Ordinal);
            command.Parameters.AddWithValue(s.Name);
            foreach (var text in new[] { s.TjAdmin2Code, s.TjAdmin2Name, s.AfAdmin2Code, s.AfAdmin2Name })
                command.Parameters.Add(IncidentRows.Nullable(text, NpgsqlDbType.Text));
            command.Parameters.AddWithValue(s.FromM);
            command.Parameters.AddWithValue(s.ToM);
            command.Parameters.AddWithValue(s.LengthM);
            command.Parameters.AddWithValue(WithSrid(s.Geometry));
            await command.ExecuteNonQueryAsync(ct);
        }
        foreach (var c in data.Crossings)
        {
            await using var command = new NpgsqlCommand(SqlScripts.Load("Geodata.InsertCrossing"), connection, tx);
            command.Parameters.AddWithValue(c.Id);
            command.Parameters.AddWithValue(c.Name);
            command.Parameters.AddWithValue(c.Kind);
            foreach (var text in new[] { c.TjSide, c.AfSide, c.SegmentId })
                command.Parameters.Add(IncidentRows.Nullable(text, NpgsqlDbType.Text));
            command.Parameters.AddWithValue(c.SnapDistanceM);
            command.Parameters.Add(IncidentRows.Nullable(c.Note, NpgsqlDbType.Text));
            command.Parameters.AddWithValue(c.Citation);
            command.Parameters.AddWithValue(Point(c.Source));
            command.Parameters.AddWithValue(Point(c.OnBorder));
            await command.ExecuteNonQueryAsync(ct);
        }
        foreach (var country in data.Countries)
        {
            await using var command = new NpgsqlCommand(SqlScripts.Load("Geodata.InsertCountry"), connection, tx);
            command.Parameters.AddWithValue(country.Code);
            command.Parameters.AddWithValue(country.Name);
            command.Parameters.AddWithValue(country.Role);
            command.Parameters.AddWithValue(country.Source);
            command.Parameters.AddWithValue(WithSrid(country.Geometry));
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static string Counts(GeodataSet data) => System.Text.Json.JsonSerializer.Serialize(new
    {
        places = data.Places.Count, names = data.Names.Count, adminAreas = data.AdminAreas.Count,
        segments = data.Segments.Count, crossings = data.Crossings.Count, countries = data.Countries.Count,
    });

    private static Point Point(GeoPoint p) => Wgs84.CreatePoint(new Coordinate(p.Lon, p.Lat));

    private static Geometry WithSrid(Geometry geometry)
    {
        var copy = geometry.Copy();
        copy.SRID = 4326;
        return copy;
    }
}
