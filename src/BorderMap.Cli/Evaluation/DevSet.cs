using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BorderMap.Cli.Evaluation;

/// <summary>One article of the real-reporting development set (bench/geoparse/devset/README.md): facts only, the text lives outside git.</summary>
internal sealed record DevArticle(
    string Id,
    string Url,
    string Outlet,
    string Language,
    DateOnly Published,
    string Title,
    string TextSha256,
    string Kind,
    IReadOnlyList<GoldIncident> Incidents)
{
    /// <summary>
    /// Which part the article belongs to: a third of the ids (by hash, so adding articles never
    /// moves an old one) is the test part, scored once a session; the rest is for tuning.
    /// </summary>
    public DevPart Part => SHA256.HashData(Encoding.UTF8.GetBytes(Id))[0] % 3 == 0 ? DevPart.Test : DevPart.Tune;
}

internal enum DevPart
{
    Tune,
    Test,
}

/// <summary>A gold incident as annotated from the article's text (actors as the text names them, where annotated).</summary>
internal sealed record GoldIncident(
    DateOnly Date,
    string DatePrecision,
    string EventType,
    string? SubEventType,
    string PlaceAsPrinted,
    double Lat,
    double Lon,
    string PositionSource,
    int GeoPrecision,
    string Side,
    int? Fatalities,
    bool OnBorder,
    IReadOnlyList<string>? Actors = null);

internal static class DevSet
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Where a checkout keeps the development set's gold facts.</summary>
    public static string FolderIn(string checkoutRoot) => Path.Combine(checkoutRoot, "bench", "geoparse", "devset");

    /// <summary>Every article of every *.json file in the folder, ordered by id; duplicate ids are an error.</summary>
    public static IReadOnlyList<DevArticle> Load(string folder)
    {
        var articles = new List<DevArticle>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                articles.AddRange(JsonSerializer.Deserialize<List<DevArticle>>(File.ReadAllText(file), s_json) ?? []);
            }
            catch (JsonException e)
            {
                throw new InvalidOperationException($"{Path.GetFileName(file)}: {e.Message}", e);
            }
        }
        var duplicate = articles.GroupBy(a => a.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidOperationException($"article id {duplicate.Key} appears {duplicate.Count()} times in {folder}");
        return articles.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>The article's text from the cache, or null when it is missing or no longer has the recorded hash.</summary>
    public static string? ReadText(string textFolder, DevArticle article)
    {
        var path = Path.Combine(textFolder, article.TextSha256 + ".txt");
        if (!File.Exists(path)) return null;
        var bytes = File.ReadAllBytes(path);
        return Convert.ToHexStringLower(SHA256.HashData(bytes)) == article.TextSha256 ? Encoding.UTF8.GetString(bytes) : null;
    }
}
