using BorderMap.Core.Border;
using BorderMap.Core.Gazetteer;
using BorderMap.Core.Geodata;
using BorderMap.Data.Geodata;

namespace BorderMap.Core.Tests.Geoparsing;

/// <summary>The committed geodata/ folder, read once through the same reader the server uses.</summary>
internal static class Geodata
{
    private static readonly Lazy<GeodataSet> s_set = new(() => GeodataFiles.Read(Find("geodata")));
    private static readonly Lazy<PlaceGazetteer> s_gazetteer = new(() => s_set.Value.BuildGazetteer());
    private static readonly Lazy<BorderModel> s_border = new(() => s_set.Value.BuildBorder());

    public static PlaceGazetteer Gazetteer => s_gazetteer.Value;
    public static BorderModel Border => s_border.Value;

    /// <summary>A folder of the repository, found by walking up from the test binaries.</summary>
    public static string Find(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "BorderMap.sln"))) return candidate;
        }
        throw new DirectoryNotFoundException($"No {relative} above {AppContext.BaseDirectory}.");
    }
}
