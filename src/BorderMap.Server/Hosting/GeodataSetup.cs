using BorderMap.Core.Border;
using BorderMap.Core.Gazetteer;
using BorderMap.Core.Geodata;
using BorderMap.Data.Geodata;
using Npgsql;

namespace BorderMap.Server.Hosting;

internal static class GeodataSetup
{
    /// <summary>
    /// Reads geodata/ once (configured with <c>Geodata:Directory</c>, else beside the binaries or in
    /// the checkout) and shares the gazetteer and the border model with every request.
    /// </summary>
    public static void AddBorderMapGeodata(this WebApplicationBuilder builder)
    {
        var directory = GeodataFiles.Locate(builder.Configuration["Geodata:Directory"])
            ?? throw new InvalidOperationException("the geodata folder was not found; set Geodata:Directory to the folder holding places.tsv");
        var data = GeodataFiles.Read(directory);
        builder.Services.AddSingleton(data);
        builder.Services.AddSingleton(data.BuildGazetteer());
        builder.Services.AddSingleton(data.BuildBorder());
    }

    /// <summary>Puts the geodata into PostGIS when its version changed; true when it loaded a new version.</summary>
    public static async Task<bool> LoadGeodataAsync(this WebApplication app)
    {
        var data = app.Services.GetRequiredService<GeodataSet>();
        if (!await GeodataLoader.EnsureLoadedAsync(app.Services.GetRequiredService<MaintenanceDataSource>().DataSource, data, app.Lifetime.ApplicationStopping))
            return false;
        app.Logger.LogInformation("Loaded geodata version {Version}", data.Version);
        return true;
    }
}
