using BorderMap.Cli.Commands;
using Spectre.Console.Cli;

BorderMap.Core.Geoparsing.RegexTimeLimit.Install();
var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("bordermap");
    config.AddCommand<UpCommand>("up").WithDescription("Start the private PostGIS, migrate, load the sample data and serve BorderMap on http://127.0.0.1:5080.");
    config.AddCommand<LayoutCommand>("layout").WithDescription("Run several nodes here: primary + streaming replica, two --role api, one --role worker, HAProxy on http://127.0.0.1:5090.");
    config.AddCommand<DownCommand>("down").WithDescription("Stop the private PostgreSQL cluster of this checkout.");
    config.AddCommand<MigrateCommand>("migrate").WithDescription("Apply pending database migrations.");
    config.AddCommand<SeedCommand>("seed").WithDescription("Bulk-load deterministic synthetic incidents (benchmarks only; they are labelled synthetic).");
    config.AddCommand<EvalCommand>("eval").WithDescription("Score the geoparser on the real-reporting development set (bench/geoparse/devset): detection, place, side, date, type by language.");
    config.AddCommand<SamplesCommand>("samples").WithDescription("Compile the development set's real border incidents into geodata/samples/real-incidents.json (--check: is it current?).");
    config.AddCommand<GazetteerCommand>("gazetteer").WithDescription("Look a name up in the checkout's gazetteer as the geoparser does (any spelling or script, declined Russian forms).");
    config.AddCommand<ImportCommand>("import").WithDescription("Import ACLED's CSV (keyed by event_id_cnty: a re-import changes nothing), ACLED's deleted-events CSV or GeoJSON, as POST /api/v1/incidents:import does.");
    config.AddCommand<ExportCommand>("export").WithDescription("Export incidents (with the list filters) to GeoPackage, GeoJSON, zipped Shapefile, KML, CSV or ACLED's CSV layout (acled.csv).");
    config.AddBranch("bench", bench =>
    {
        bench.SetDescription("Benchmarks, run by hand; results go to bench/RESULTS.md.");
        bench.AddCommand<BenchListCommand>("list").WithDescription("Time the incident list query (one hotspot bbox + one month + one type, limit 100).");
        bench.AddCommand<BenchGeodataCommand>("geodata").WithDescription("Time gazetteer search and border context.");
    });
    config.AddBranch("keys", keys =>
    {
        keys.SetDescription("API keys: create (shown once), list, revoke.");
        keys.AddCommand<KeysCreateCommand>("create").WithDescription("Create a key: --role reader|editor|admin --name NAME.");
        keys.AddCommand<KeysListCommand>("list").WithDescription("List keys (never their secrets).");
        keys.AddCommand<KeysRevokeCommand>("revoke").WithDescription("Revoke a key by id or prefix.");
    });
    config.AddCommand<RenderCommand>("render").WithDescription("Render a heatmap map or a timeline chart to PNG (render heatmap|timeline --out FILE.png).");
    config.AddCommand<TestCommand>("test").WithDescription("Install what the tests need, run every test and print 'N passed, N failed'.");
    config.PropagateExceptions();
});

try
{
    return await app.RunAsync(args);
}
catch (Exception e) when (e is BorderMap.Cluster.ClusterException or CommandAppException or InvalidOperationException or Npgsql.NpgsqlException)
{
    Spectre.Console.AnsiConsole.MarkupLineInterpolated($"[red]bordermap: {e.Message}[/]");
    return 1;
}
