using System.Text.Json;
using BorderMap.Core.Incidents;
using BorderMap.Data.Geodata;
using BorderMap.Data.Incidents;
using NetTopologySuite.IO.Converters;
using Npgsql;

namespace BorderMap.Cli.Commands;

/// <summary>
/// The sample incidents in geodata/samples/incidents.json: real incidents from public sources,
/// in the same shape as a POST /api/v1/incidents body. Loading twice stores each once.
/// </summary>
internal static class SampleData
{
    public const string Author = "sample-data";

    public static async Task<string> LoadAsync(NpgsqlDataSource dataSource, string checkoutRoot, CancellationToken ct)
    {
        var path = Path.Combine(checkoutRoot, "geodata", "samples", "incidents.json");
        if (!File.Exists(path)) return $"none ({path} is missing)";

        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new GeoJsonConverterFactory() } };
        await using var file = File.OpenRead(path);
        var inputs = await JsonSerializer.DeserializeAsync<IncidentInput[]>(file, options, ct) ?? [];

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
        return $"{inputs.Length} in {Path.GetRelativePath(checkoutRoot, path)}, {added} newly loaded";
    }

    private static async Task<bool> AlreadyLoadedAsync(NpgsqlDataSource dataSource, IncidentDraft draft, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(BorderMap.Data.SqlScripts.Load("Incidents.FindSampleIncident"));
        command.Parameters.AddWithValue(Author);
        command.Parameters.AddWithValue(draft.Date);
        command.Parameters.AddWithValue(draft.EventType.Code);
        command.Parameters.AddWithValue(draft.Source ?? "");
        return await command.ExecuteScalarAsync(ct) is not null;
    }
}
