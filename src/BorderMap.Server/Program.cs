using BorderMap.Server.Features.Border;
using BorderMap.Server.Features.Docs;
using BorderMap.Server.Features.Gazetteer;
using BorderMap.Server.Features.Geoparse;
using BorderMap.Server.Features.Health;
using BorderMap.Server.Features.Import;
using BorderMap.Server.Features.Incidents;
using BorderMap.Server.Features.Reports;
using BorderMap.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
await builder.AddBorderMapDatabaseAsync();
builder.AddBorderMapGeodata();
builder.Services.AddBorderMapJson();
builder.Services.AddBorderMapProblems();
builder.Services.AddOpenApi();
builder.Services.AddIncidents();
builder.Services.AddBorderLayers();
builder.Services.AddGeoparsing();
builder.Services.AddReports();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = JsonBody.DefaultLimit);

var app = builder.Build();
await app.MigrateDatabaseAsync();
await app.LoadGeodataAsync();

app.UseBorderMapProblems();
app.MapOpenApi("/openapi/{documentName}.json");
app.MapApiReference();
app.MapHealth();
app.MapIncidents();
app.MapGazetteer();
app.MapBorder();
app.MapGeoparse();
app.MapReports();
app.MapImport();

app.Lifetime.ApplicationStarted.Register(() =>
    Console.WriteLine($"BorderMap is serving on {string.Join(", ", app.Urls)}"));
await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
