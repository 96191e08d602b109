using BorderMap.Server.Features.Alerts;
using BorderMap.Server.Features.Analytics;
using BorderMap.Server.Features.Border;
using BorderMap.Server.Features.Docs;
using BorderMap.Server.Features.Exports;
using BorderMap.Server.Features.Gazetteer;
using BorderMap.Server.Features.Geoparse;
using BorderMap.Server.Features.Health;
using BorderMap.Server.Features.Import;
using BorderMap.Server.Features.Incidents;
using BorderMap.Server.Features.Jobs;
using BorderMap.Server.Features.Maps;
using BorderMap.Server.Features.Ogc;
using BorderMap.Server.Features.Qgis;
using BorderMap.Server.Features.Reports;
using BorderMap.Server.Features.Reprocess;
using BorderMap.Server.Features.Tiles;
using BorderMap.Server.Features.Viewer;
using BorderMap.Server.Hosting;
using BorderMap.Server.Hosting.Access;
using BorderMap.Server.Hosting.Limits;
using BorderMap.Server.Hosting.OpenApi;
using BorderMap.Server.Hosting.Replicas;
using BorderMap.Server.Jobs;

BorderMap.Core.Geoparsing.RegexTimeLimit.Install();
var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders().AddJsonConsole(json => json.IncludeScopes = true);
await builder.AddBorderMapDatabaseAsync();
builder.AddBorderMapGeodata();
builder.Services.AddBorderMapJson();
builder.Services.AddBorderMapCompression();
builder.Services.AddBorderMapProblems();
builder.Services.AddBorderMapAccess(builder.Configuration);
builder.Services.AddBorderMapLimits(builder.Configuration);
builder.Services.AddBorderMapDataProtection(builder.Configuration);
builder.Services.AddOpenApi();
builder.Services.AddIncidents();
builder.Services.AddBorderLayers();
builder.Services.AddAnalytics();
builder.Services.AddMaps();
builder.Services.AddOgc();
builder.Services.AddExports();
builder.Services.AddTiles(builder.Configuration);
var role = builder.AddBorderMapJobs();
builder.Services.AddGeoparsing();
builder.Services.AddReports();
builder.Services.AddImport();
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.Limits.MaxRequestBodySize = JsonBody.DefaultLimit;
    kestrel.AddProblemBodies();
});

var app = builder.Build();
await app.MigrateDatabaseAsync();
await app.ProtectStoredSecretsAsync();
if (await app.LoadGeodataAsync()) await app.ReprocessAfterGeodataChangeAsync();

app.UseMiddleware<RequestLogging>();
app.UseResponseCompression();
app.UseBorderMapProblems();
app.UseBorderMapAccess();
app.UseBorderMapReplicas();
app.UseBorderMapJobs(role);
// Every route answers the problems of ProblemAnswers; /openapi/v1.json lists them.
var api = app.MapGroup("").WithProblemAnswers();
api.MapHealth();
if (role.ServesApi())
{
    app.MapOpenApi("/openapi/{documentName}.json");
    app.MapApiReference();
    api.MapIncidents();
    api.MapGazetteer();
    api.MapBorder();
    api.MapAnalytics();
    api.MapMaps();
    api.MapOgc();
    api.MapExports();
    api.MapTiles();
    api.MapQgis();
    api.MapAlertRules();
    api.MapAlerts();
    api.MapReprocess();
    api.MapJobs();
    api.MapGeoparse();
    api.MapReports();
    api.MapImport();
    app.MapViewer();
}

app.Lifetime.ApplicationStarted.Register(() =>
    Console.WriteLine($"BorderMap is serving on {string.Join(", ", app.Urls)}"));
await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
