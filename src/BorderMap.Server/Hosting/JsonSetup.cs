using System.Text.Json.Serialization;
using NetTopologySuite.IO.Converters;

namespace BorderMap.Server.Hosting;

internal static class JsonSetup
{
    /// <summary>camelCase, strict numbers (no "3" for 3), and NetTopologySuite's GeoJSON converters for geometries.</summary>
    public static IServiceCollection AddBorderMapJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options =>
        {
            var json = options.SerializerOptions;
            json.NumberHandling = JsonNumberHandling.Strict;
            json.Converters.Add(new GeoJsonConverterFactory());
            json.MaxDepth = 32;
        });
}
