using System.Diagnostics;
using System.Text.RegularExpressions;

namespace BorderMap.Server.Tests.Support;

/// <summary>What GDAL's ogrinfo (a real GIS client, Debian gdal-bin) reports about one layer.</summary>
public sealed record OgrLayer(string Name, long FeatureCount, string GeometryType, string Srs, IReadOnlyDictionary<string, string> FieldTypes);

public static partial class Ogrinfo
{
    /// <summary>The summary (<c>ogrinfo -so</c>) of one layer of a file or service.</summary>
    public static async Task<OgrLayer> LayerAsync(string source, string layer, params string[] options)
    {
        var output = await RunAsync(["-ro", "-so", .. options, source, layer]);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in FieldLine().Matches(output))
            fields[m.Groups[1].Value] = m.Groups[2].Value;
        return new OgrLayer(
            layer,
            long.Parse(Required(FeatureCount(), output, "Feature Count"), System.Globalization.CultureInfo.InvariantCulture),
            Required(GeometryLine(), output, "Geometry"),
            output,
            fields);
    }

    /// <summary>Every feature of a layer as ogrinfo prints it (it pages through a service as QGIS would).</summary>
    public static Task<string> FeaturesAsync(string source, string layer, params string[] options) =>
        RunAsync(["-ro", "-q", .. options, source, layer]);

    public static async Task<string> RunAsync(IReadOnlyList<string> arguments) => (await RunLoggedAsync(arguments)).Output;

    /// <summary>ogrinfo's output and its log (stderr: with <c>--debug on</c>, every URL GDAL requests).</summary>
    public static async Task<(string Output, string Log)> RunLoggedAsync(IReadOnlyList<string> arguments)
    {
        var info = new ProcessStartInfo("ogrinfo")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        info.Environment["NO_PROXY"] = "127.0.0.1,localhost";
        using var process = Process.Start(info) ?? throw new InvalidOperationException("ogrinfo did not start; install gdal-bin");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"ogrinfo {string.Join(' ', arguments)} exited {process.ExitCode}: {await stderr}");
        return (await stdout, await stderr);
    }

    public static long FeatureCountOf(string output) =>
        long.Parse(Required(FeatureCount(), output, "Feature Count"), System.Globalization.CultureInfo.InvariantCulture);

    private static string Required(Regex pattern, string output, string what)
    {
        var m = pattern.Match(output);
        Assert.True(m.Success, $"ogrinfo reported no {what}:\n{output}");
        return m.Groups[1].Value.Trim();
    }

    [GeneratedRegex(@"^Feature Count: (\d+)", RegexOptions.Multiline)]
    private static partial Regex FeatureCount();

    [GeneratedRegex(@"^Geometry: (.+)$", RegexOptions.Multiline)]
    private static partial Regex GeometryLine();

    // "name: Type (width.precision)", the type with its subtype where there is one: Integer(Boolean), Real(Float32)
    [GeneratedRegex(@"^(\w+): (\w+(?:\(\w+\))?) \(", RegexOptions.Multiline)]
    private static partial Regex FieldLine();
}
