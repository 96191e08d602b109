using System.Xml.Linq;

namespace BorderMap.Core.Tests;

/// <summary>
/// The layers docs/architecture.md draws, read from the .csproj files: a project reference that
/// crosses them fails here, before it becomes a habit.
/// </summary>
public sealed class ProjectLayersTests
{
    /// <summary>Every project under src/ and the projects it may reference.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["BorderMap.Core"] = [],
        ["BorderMap.Cluster"] = [],
        ["BorderMap.Data"] = ["BorderMap.Core"],
        ["BorderMap.Rendering"] = ["BorderMap.Core"],
        ["BorderMap.Server"] = ["BorderMap.Core", "BorderMap.Data", "BorderMap.Rendering", "BorderMap.Cluster"],
        ["BorderMap.Cli"] = ["BorderMap.Core", "BorderMap.Data", "BorderMap.Rendering", "BorderMap.Cluster"],
    };

    private static readonly string[] Hosts = ["BorderMap.Server", "BorderMap.Cli"];

    [Fact]
    public void Every_project_under_src_has_a_place_in_the_layers()
    {
        Assert.Equal(Allowed.Keys.Order(), References().Keys.Order());
    }

    [Fact]
    public void Core_references_no_other_project()
    {
        Assert.Empty(References()["BorderMap.Core"]);
    }

    [Fact]
    public void Rendering_does_not_reference_Data()
    {
        Assert.DoesNotContain("BorderMap.Data", References()["BorderMap.Rendering"]);
    }

    [Fact]
    public void No_host_references_another_host()
    {
        foreach (var host in Hosts)
            Assert.Empty(References()[host].Intersect(Hosts));
    }

    [Fact]
    public void Every_project_reference_follows_the_layers()
    {
        var crossing = References()
            .SelectMany(p => p.Value.Except(Allowed.GetValueOrDefault(p.Key, [])).Select(r => $"{p.Key} -> {r}"))
            .ToList();
        Assert.Empty(crossing);
    }

    [Fact]
    public void A_reference_that_crosses_the_layers_is_found_in_a_project_file()
    {
        var project = XDocument.Parse("""
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup><ProjectReference Include="..\BorderMap.Data\BorderMap.Data.csproj" /></ItemGroup>
            </Project>
            """);
        Assert.Equal(["BorderMap.Data"], ReferencedProjects(project));
    }

    /// <summary>Each src/ project's name and the names of the projects it references.</summary>
    private static Dictionary<string, string[]> References()
    {
        var src = Path.Combine(CheckoutRoot(), "src");
        return Directory.GetDirectories(src)
            .SelectMany(dir => Directory.GetFiles(dir, "*.csproj"))
            .ToDictionary(file => Path.GetFileNameWithoutExtension(file), file => ReferencedProjects(XDocument.Load(file)).ToArray(), StringComparer.Ordinal);
    }

    private static IEnumerable<string> ReferencedProjects(XDocument project) =>
        project.Descendants("ProjectReference")
            .Select(r => (string?)r.Attribute("Include") ?? "")
            .Select(include => Path.GetFileNameWithoutExtension(include.Replace('\\', '/')) ?? "");

    private static string CheckoutRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BorderMap.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("the tests run inside the checkout");
    }
}
