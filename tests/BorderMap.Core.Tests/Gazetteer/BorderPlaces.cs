using BorderMap.Core.Gazetteer;

namespace BorderMap.Core.Tests.Gazetteer;

/// <summary>The fixture files in Fixtures/, read from the source tree.</summary>
internal static class BorderPlaces
{
    private static readonly Lazy<NameIndex> s_index = new(() => new NameIndex(Names()));

    /// <summary>One index over border-places.tsv, shared because it is immutable.</summary>
    public static NameIndex Index => s_index.Value;

    public static IEnumerable<PlaceName> Names() =>
        Rows("border-places.tsv").Select(columns => new PlaceName(columns[0], columns[2], ParseKind(columns[1])));

    public static IEnumerable<string[]> Rows(string fixture)
    {
        var path = Path.Combine(FixtureDirectory(), fixture);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            yield return line.Split('\t');
        }
    }

    private static NameKind ParseKind(string kind) => kind switch
    {
        "official" => NameKind.Official,
        "alternate" => NameKind.Alternate,
        "transliterated" => NameKind.Transliterated,
        "historic" => NameKind.Historic,
        _ => throw new InvalidDataException($"Unknown name kind '{kind}' in border-places.tsv."),
    };

    // Fixtures stay beside the tests that read them; the test binary finds them by walking up
    // from its output directory to the repository.
    private static string FixtureDirectory()
    {
        var relative = Path.Combine("tests", "BorderMap.Core.Tests", "Gazetteer", "Fixtures");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No {relative} above {AppContext.BaseDirectory}.");
    }
}
