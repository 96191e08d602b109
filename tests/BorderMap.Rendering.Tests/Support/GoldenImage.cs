using SkiaSharp;

namespace BorderMap.Rendering.Tests.Support;

/// <summary>
/// Compares a rendered PNG with a committed golden image, with a per-channel tolerance and a
/// maximum fraction of differing pixels, as Mapsui's MapRegressionTests do: anti-aliasing may
/// shift by a shade between Skia builds, but a moved layer or a wrong colour must fail.
/// Set BORDERMAP_UPDATE_GOLDEN=1 to rewrite the goldens from the current renders.
/// </summary>
internal static class GoldenImage
{
    public const string UpdateVariable = "BORDERMAP_UPDATE_GOLDEN";

    public static void AssertMatches(byte[] actualPng, string name, int channelTolerance = 16, double maxDifferingFraction = 0.002)
    {
        var goldenPath = Path.Combine(GoldenDirectory(), name + ".png");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllBytes(goldenPath, actualPng);
            return;
        }

        if (!File.Exists(goldenPath))
        {
            var written = WriteFailure(name, actualPng, null);
            Assert.Fail($"no golden image {goldenPath}; the render is at {written}. If it looks right, run the tests with {UpdateVariable}=1 and commit it.");
        }

        using var expected = SKBitmap.Decode(goldenPath) ?? throw new InvalidOperationException($"golden image {goldenPath} is not a readable PNG");
        using var actual = SKBitmap.Decode(actualPng) ?? throw new InvalidOperationException($"render of '{name}' is not a readable PNG");
        if (expected.Width != actual.Width || expected.Height != actual.Height)
        {
            var written = WriteFailure(name, actualPng, null);
            Assert.Fail($"'{name}' is {actual.Width}×{actual.Height} but its golden is {expected.Width}×{expected.Height}; render written to {written}");
        }

        var (differing, diff) = Compare(expected, actual, channelTolerance);
        using (diff)
        {
            var fraction = differing / (double)(expected.Width * expected.Height);
            if (fraction > maxDifferingFraction)
            {
                var written = WriteFailure(name, actualPng, diff);
                Assert.Fail($"'{name}' differs from its golden in {differing} pixels ({fraction:P3}, allowed {maxDifferingFraction:P3}); actual and diff images written to {written}");
            }
        }
    }

    /// <summary>Counts pixels with any channel off by more than the tolerance; the diff marks them red on a faded copy.</summary>
    private static (int Differing, SKBitmap Diff) Compare(SKBitmap expected, SKBitmap actual, int tolerance)
    {
        var diff = new SKBitmap(expected.Width, expected.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var differing = 0;
        for (var y = 0; y < expected.Height; y++)
        {
            for (var x = 0; x < expected.Width; x++)
            {
                var e = expected.GetPixel(x, y);
                var a = actual.GetPixel(x, y);
                var off = Math.Abs(e.Red - a.Red) > tolerance || Math.Abs(e.Green - a.Green) > tolerance
                    || Math.Abs(e.Blue - a.Blue) > tolerance || Math.Abs(e.Alpha - a.Alpha) > tolerance;
                if (off) differing++;
                var grey = (byte)(200 + (e.Red + e.Green + e.Blue) / 3 * 55 / 255);
                diff.SetPixel(x, y, off ? new SKColor(0xFF, 0x00, 0x00) : new SKColor(grey, grey, grey));
            }
        }

        return (differing, diff);
    }

    private static string WriteFailure(string name, byte[] actualPng, SKBitmap? diff)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "golden-failures");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, name + ".actual.png"), actualPng);
        if (diff is not null)
        {
            using var image = SKImage.FromBitmap(diff);
            using var data = image.Encode(SKEncodedImageFormat.Png, 100);
            using var file = File.Create(Path.Combine(folder, name + ".diff.png"));
            data.SaveTo(file);
        }

        return folder;
    }

    /// <summary>The source folder's Golden/ (not the build output's), so updates land where git sees them.</summary>
    private static string GoldenDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BorderMap.Rendering.Tests.csproj")))
                return Path.Combine(dir.FullName, "Golden");
        }

        throw new InvalidOperationException($"cannot find the test project folder above {AppContext.BaseDirectory}");
    }
}
