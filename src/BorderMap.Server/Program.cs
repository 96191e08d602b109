using BorderMap.Server.Features.Border;
using BorderMap.Server.Features.Alerts;
using BorderMap.Server.Features.Docs;
using BorderMap.Server.Features.Gazetteer;
using BorderMap.Server.Features.Health;
using BorderMap.Server.Features.Incidents;
using BorderMap.Server.Features.Jobs;
using BorderMap.Server.Features.Reprocess;
using BorderMap.Server.Hosting;
using BorderMap.Server.Jobs;

var builder = WebApplication.CreateBuilder(args);
await builder.AddBorderMapDatabaseAsync();
builder.AddBorderMapGeodata();
builder.Services.AddBorderMapJson();
builder.Services.AddBorderMapProblems();
builder.Services.AddOpenApi();
builder.Services.AddIncidents();
builder.Services.AddBorderLayers();
var role = builder.AddBorderMapJobs();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = JsonBody.DefaultLimit);

var app = builder.Build();
await app.MigrateDatabaseAsync();
if (await app.LoadGeodataAsync()) await app.ReprocessAfterGeodataChangeAsync();

app.UseBorderMapProblems();
app.UseBorderMapJobs(role);
app.MapHealth();
if (role.ServesApi())
{
    app.MapOpenApi("/openapi/{documentName}.json");
    app.MapApiReference();
    app.MapIncidents();
    app.MapGazetteer();
    app.MapBorder();
    app.MapAlertRules();
    app.MapAlerts();
    app.MapReprocess();
    app.MapJobs();
}

app.Lifetime.ApplicationStarted.Register(() =>
    Console.WriteLine($"BorderMap is serving on {string.Join(", ", app.Urls)}"));
await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
