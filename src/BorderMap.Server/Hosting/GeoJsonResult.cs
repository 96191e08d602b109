using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;

namespace BorderMap.Server.Hosting;

/// <summary>A typed result written as <c>application/geo+json</c> (RFC 7946), optionally with an ETag.</summary>
internal sealed class GeoJsonResult<T>(int statusCode, T value, string? etag = null, string? location = null)
    : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>, IContentTypeHttpResult, IEndpointMetadataProvider
{
    public const string MediaType = "application/geo+json";

    public int? StatusCode => statusCode;
    public T? Value => value;
    object? IValueHttpResult.Value => value;
    public string ContentType => MediaType;

    public async Task ExecuteAsync(HttpContext context)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = MediaType;
        if (etag is not null) context.Response.Headers.ETag = etag;
        if (location is not null) context.Response.Headers.Location = location;
        await JsonSerializer.SerializeAsync(context.Response.Body, value, JsonBody.Options(context), context.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), [MediaType]));
}

internal static class GeoJson
{
    public static GeoJsonResult<T> Ok<T>(T value, string? etag = null) => new(StatusCodes.Status200OK, value, etag);

    public static GeoJsonResult<T> Created<T>(string location, T value, string? etag = null) =>
        new(StatusCodes.Status201Created, value, etag, location);
}
