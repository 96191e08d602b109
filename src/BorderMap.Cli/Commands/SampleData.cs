using System.Text.Json;
using BorderMap.Cli.Samples;
using BorderMap.Core.Incidents;
using BorderMap.Data.Geodata;
using BorderMap.Data.Incidents;
using Npgsql;

namespace BorderMap.Cli.Commands;

/// <summary>
/// The sample incidents in geodata/samples/*.json: real incidents from public sources (the seed
/// article's, and real-incidents.json compiled from the geoparser's development set), in the shape
/// of POST /api/v1/incidents bodies. Loading twice stores each once.
/// </summary>
internal static class SampleData
{
    public const string Author = "sample-data";

    public static async Task<string> LoadAsync(NpgsqlDataSource dataSource, string checkoutRoot, CancellationToken ct)
    {
        var folder = Path.Combine(checkoutRoot, "geodata", "samples");
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList() : [];
        if (files.Count == 0) return $"none (no *.json in {Path.GetRelativePath(checkoutRoot, folder)})";

        var inputs = new List<IncidentInput>();
        foreach (var path in files)
        {
            await using var file = File.OpenRead(path);
            inputs.AddRange(await JsonSerializer.DeserializeAsync<IncidentInput[]>(file, RealIncidentsFile.Json, ct) ?? []);
        }

        var geodata = GeodataFiles.Read(Path.Combine(checkoutRoot, "geodata"));
        await GeodataLoader.EnsureLoadedAsync(dataSource, geodata, ct);
        var border = geodata.BuildBorder();
        var store = new IncidentStore(dataSource);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var added = 0;
        foreach (var input in inputs)
        {
            var draft = input.Validate(today);
            if (await AlreadyLoadedAsync(dataSource, draft, ct)) continue;
            await store.InsertAsync(draft, border.ContextOf(draft.Location), geodata.Version, Author, ct);
            added++;
        }
        return $"{inputs.Count} in {Path.GetRelativePath(checkoutRoot, folder)}, {added} newly loaded";
    }

    private static async Task<bool> AlreadyLoadedAsync(NpgsqlDataSource dataSource, IncidentDraft draft, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(BorderMap.Data.SqlScripts.Load("Incidents.FindSampleIncident"));
        command.Parameters.AddWithValue(Author);
        command.Parameters.AddWithValue(draft.Date);
        command.Parameters.AddWithValue(draft.EventType.Code);
        command.Parameters.AddWithValue(draft.Source ?? "");
        command.Parameters.AddWithValue(draft.PlaceName ?? "");
        return await command.ExecuteScalarAsync(ct) is not null;
    }
}
