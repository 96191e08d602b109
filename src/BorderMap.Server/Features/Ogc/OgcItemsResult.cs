using System.Globalization;
using System.Reflection;
using System.Text.Json;
using BorderMap.Data.Ogc;
using BorderMap.Server.Hosting;
using Microsoft.AspNetCore.Http.Metadata;

namespace BorderMap.Server.Features.Ogc;

/// <summary>
/// A GeoJSON FeatureCollection (or one Feature) whose geometries and properties PostGIS already
/// encoded: the rows are copied into the response as raw JSON, never parsed again.
/// </summary>
internal sealed class OgcItemsResult(
    IReadOnlyList<OgcFeatureRow> features, bool numericIds, string contentCrs, IReadOnlyList<OgcLink> links,
    long? numberMatched, bool single) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult, IEndpointMetadataProvider
{
    public int? StatusCode => StatusCodes.Status200OK;
    public string ContentType => GeoJsonResult<object>.MediaType;

    public async Task ExecuteAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = ContentType;
        context.Response.Headers["Content-Crs"] = $"<{contentCrs}>";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        if (single)
        {
            WriteFeature(json, features[0]);
            WriteLinks(json);
            json.WriteEndObject();
        }
        else
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            if (numberMatched is { } matched) json.WriteNumber("numberMatched", matched);
            json.WriteNumber("numberReturned", features.Count);
            json.WriteString("timeStamp", DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
            WriteLinks(json);
            json.WriteStartArray("features");
            foreach (var feature in features)
            {
                WriteFeature(json, feature);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        await json.FlushAsync(context.RequestAborted);
    }

    /// <summary>Writes a feature's members and leaves its object open for more.</summary>
    private void WriteFeature(Utf8JsonWriter json, OgcFeatureRow feature)
    {
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        if (numericIds) json.WriteNumber("id", long.Parse(feature.Id, CultureInfo.InvariantCulture));
        else json.WriteString("id", feature.Id);
        json.WritePropertyName("geometry");
        json.WriteRawValue(feature.GeometryJson, skipInputValidation: true);
        json.WritePropertyName("properties");
        json.WriteRawValue(feature.PropertiesJson, skipInputValidation: true);
    }

    private void WriteLinks(Utf8JsonWriter json)
    {
        json.WriteStartArray("links");
        foreach (var link in links)
        {
            json.WriteStartObject();
            json.WriteString("href", link.Href);
            json.WriteString("rel", link.Rel);
            json.WriteString("type", link.Type);
            if (link.Title is not null) json.WriteString("title", link.Title);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(object), [GeoJsonResult<object>.MediaType]));
}
