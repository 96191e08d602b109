using BorderMap.Server.Tests.Support;
using Microsoft.Playwright;

namespace BorderMap.Server.Tests.Viewer;

/// <summary>
/// The real server with a few incidents on the Panj near Shahritus/Dashti Qala, and Debian's Chromium
/// driven by Playwright (headless; WebGL through SwiftShader).
/// </summary>
public sealed class ViewerApp : BorderMapApp
{
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>The export cap the tests run with: more than the four incidents <see cref="Near"/>, fewer than all.</summary>
    public const int ExportMaxRows = 5;

    /// <summary>The most incidents a tile draws one by one in the tests: fewer than the fixture's, so the tests see clusters too.</summary>
    public const int MaxPointsPerTile = 3;

    /// <summary>
    /// Every page of every test comes from 127.0.0.1 without a key: one rate-limit budget for all of
    /// them. Exports are capped low so that a view can select more incidents than one export holds,
    /// and tiles draw points only up to <see cref="MaxPointsPerTile"/>.
    /// </summary>
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Access:AnonymousPerMinute"] = "100000",
        ["Limits:ExportMaxRows"] = ExportMaxRows.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Tiles:MaxPointsPerTile"] = MaxPointsPerTile.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The incidents the tests look at: two in 2022, two in 2023, all within 0.3° of each other.</summary>
    public static readonly (double Lon, double Lat, string Date, string Type, string Country)[] Near =
    [
        (69.30, 37.20, "2022-05-08", "battles", "AF"),
        (69.45, 37.25, "2022-09-14", "explosions_remote_violence", "TJ"),
        (69.55, 37.18, "2023-04-02", "battles", "TJ"),
        (69.38, 37.28, "2023-08-20", "violence_against_civilians", "TJ"),
    ];

    /// <summary>More along the Pamir stretch, far enough east to stay out of the tests' views: they fill the screenshot.</summary>
    private static readonly (double Lon, double Lat, string Date, string Type, string Country)[] Far =
    [
        (71.55, 37.50, "2023-01-15", "battles", "TJ"),
        (71.56, 37.52, "2023-02-03", "strategic_developments", "TJ"),
        (71.60, 37.10, "2023-02-20", "explosions_remote_violence", "AF"),
        (71.52, 36.75, "2023-03-12", "violence_against_civilians", "AF"),
        (71.58, 37.48, "2023-05-01", "riots", "TJ"),
        (71.90, 36.72, "2023-06-11", "battles", "AF"),
        (72.20, 36.95, "2023-07-04", "protests", "TJ"),
    ];

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress => Client.BaseAddress!;

    public string ArtefactFolder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "viewer-screenshots")).FullName;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        foreach (var (lon, lat, date, type, country) in Near.Concat(Far))
            await Client.PostIncidentAsync(Api.Incident(lon, lat, date, type, country));

        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium (./bordermap test installs the test prerequisites)");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
            ],
        });
    }

    /// <summary>A fresh page (its own context) the size of a laptop screen (or of <paramref name="width"/> × <paramref name="height"/>), failing the test on any script error.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        // generous waits: SwiftShader draws on the CPU, and the machine may be busy with other tests
        context.SetDefaultTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(30_000);
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => Errors.Add(error);
        return page;
    }

    /// <summary>Uncaught errors of the pages' scripts; each test asserts there were none.</summary>
    public List<string> Errors { get; } = [];

    public override async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
    }
}
