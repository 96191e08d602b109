using System.Text.Json;
using BorderMap.Core.Validation;
using Microsoft.Extensions.Options;

namespace BorderMap.Server.Hosting;

/// <summary>
/// Reads a JSON request body with the checks a hostile or careless client needs: content type,
/// size, emptiness, syntax and the geometry converters' own complaints, each as a clear 4xx.
/// </summary>
internal static class JsonBody
{
    public const long DefaultLimit = 1024 * 1024;

    public static async Task<T> ReadAsync<T>(HttpRequest request, long limit = DefaultLimit, params string[] mediaTypes)
    {
        var body = await ReadBytesAsync(request, limit, mediaTypes);
        var options = Options(request.HttpContext);
        try
        {
            return JsonSerializer.Deserialize<T>(body, options)
                ?? throw new ProblemException(400, Problems.InvalidJson, "the body is JSON null");
        }
        catch (JsonException e)
        {
            throw new InputValidationException(Problems.InvalidJson, ToErrors(ProblemExceptionHandler.JsonErrors(e)), status: 400);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or NotSupportedException or IndexOutOfRangeException)
        {
            // NetTopologySuite's GeoJSON reader reports malformed geometries (open rings, too few
            // points, wrong nesting) with these exception types rather than JsonException.
            var errors = new FieldErrors();
            errors.Add("geometry", $"is not valid GeoJSON: {e.Message}");
            throw new InputValidationException(Problems.InvalidJson, errors, status: 400);
        }
    }

    /// <summary>
    /// The body as a JSON document, after the same checks (type, size, emptiness, syntax), for a
    /// reader in Core such as <see cref="BorderMap.Core.Incidents.IncidentJson"/> to interpret.
    /// </summary>
    public static async Task<JsonDocument> ReadDocumentAsync(HttpRequest request, long limit = DefaultLimit, params string[] mediaTypes)
    {
        var body = await ReadBytesAsync(request, limit, mediaTypes);
        try
        {
            return JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = Options(request.HttpContext).MaxDepth });
        }
        catch (JsonException e)
        {
            throw new InputValidationException(Problems.InvalidJson, ToErrors(ProblemExceptionHandler.JsonErrors(e)), status: 400);
        }
    }

    private static async Task<byte[]> ReadBytesAsync(HttpRequest request, long limit, string[] mediaTypes)
    {
        RequireJsonContentType(request, mediaTypes);
        if (request.ContentLength > limit)
            throw new ProblemException(413, Problems.BodyTooLarge, $"the limit is {limit} bytes");

        var body = await ReadLimitedAsync(request, limit);
        if (body.Length == 0 || body.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
            throw new ProblemException(400, Problems.EmptyBody, "send a JSON document");
        return body;
    }

    public static JsonSerializerOptions Options(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;

    private static void RequireJsonContentType(HttpRequest request, string[] mediaTypes)
    {
        var accepted = mediaTypes.Length == 0 ? ["application/json"] : mediaTypes;
        var given = request.ContentType;
        if (given is null || !Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(given, out var parsed)
            || !accepted.Any(a => parsed.MediaType.Equals(a, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ProblemException(415, Problems.UnsupportedMediaType,
                $"send Content-Type: {string.Join(" or ", accepted)}");
        }
        if (parsed.Charset.HasValue && !parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            throw new ProblemException(415, Problems.UnsupportedMediaType, "JSON must be UTF-8");
    }

    private static async Task<byte[]> ReadLimitedAsync(HttpRequest request, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > limit)
                throw new ProblemException(413, Problems.BodyTooLarge, $"the limit is {limit} bytes");
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static FieldErrors ToErrors(IDictionary<string, string[]> map)
    {
        var errors = new FieldErrors();
        foreach (var (field, messages) in map)
            foreach (var message in messages)
                errors.Add(field, message);
        return errors;
    }
}
