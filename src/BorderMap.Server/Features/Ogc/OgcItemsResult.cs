using System.Buffers;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using BorderMap.Server.Hosting;
using CommunityToolkit.HighPerformance.Buffers;
using Microsoft.AspNetCore.Http.Metadata;

namespace BorderMap.Server.Features.Ogc;

/// <summary>
/// A GeoJSON FeatureCollection around features the store already wrote (a JSON array in a pooled
/// buffer), or one Feature written whole. The buffer goes back to the pool once the response is written.
/// </summary>
internal sealed class OgcItemsResult : IResult, IStatusCodeHttpResult, IContentTypeHttpResult, IEndpointMetadataProvider
{
    private readonly ArrayPoolBufferWriter<byte> _features;
    private readonly string _contentCrs;
    private readonly Page? _page;

    private sealed record Page(int NumberReturned, long? NumberMatched, IReadOnlyList<OgcLink> Links);

    private OgcItemsResult(ArrayPoolBufferWriter<byte> features, string contentCrs, Page? page)
    {
        _features = features;
        _contentCrs = contentCrs;
        _page = page;
    }

    /// <summary>A page: <paramref name="features"/> holds the JSON array of its features.</summary>
    public static OgcItemsResult Collection(ArrayPoolBufferWriter<byte> features, int numberReturned, long? numberMatched,
        IReadOnlyList<OgcLink> links, string contentCrs) =>
        new(features, contentCrs, new Page(numberReturned, numberMatched, links));

    /// <summary>One item: <paramref name="feature"/> holds the whole Feature object.</summary>
    public static OgcItemsResult Single(ArrayPoolBufferWriter<byte> feature, string contentCrs) => new(feature, contentCrs, null);

    public int? StatusCode => StatusCodes.Status200OK;
    public string ContentType => GeoJsonResult<object>.MediaType;

    public async Task ExecuteAsync(HttpContext context)
    {
        using var features = _features;
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.Headers["Content-Crs"] = $"<{_contentCrs}>";
        var body = response.BodyWriter;
        if (_page is { } page)
        {
            // The envelope's members first; the features array, already JSON, is copied in after them.
            await using (var json = new Utf8JsonWriter(body))
            {
                json.WriteStartObject();
                json.WriteString("type", "FeatureCollection");
                if (page.NumberMatched is { } matched) json.WriteNumber("numberMatched", matched);
                json.WriteNumber("numberReturned", page.NumberReturned);
                json.WriteString("timeStamp", DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
                WriteLinks(json, page.Links);
            }
            body.Write(",\"features\":"u8);
            body.Write(features.WrittenSpan);
            body.Write("}"u8);
        }
        else body.Write(features.WrittenSpan);
        await body.FlushAsync(context.RequestAborted);
    }

    public static void WriteLinks(Utf8JsonWriter json, IReadOnlyList<OgcLink> links)
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
