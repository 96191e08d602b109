using System.Globalization;
using System.Text.Json.Serialization;
using BorderMap.Core.Queries;
using BorderMap.Core.Validation;
using BorderMap.Data.Tiles;
using BorderMap.Server.Hosting;
using BorderMap.Server.Hosting.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.Server.Features.Tiles;

/// <summary>
/// /tiles/{layer}/{z}/{x}/{y}.pbf: Mapbox vector tiles built by PostGIS for incidents (with the list
/// filters, clustered where dense), border segments and crossings; /tiles/{layer}.json: TileJSON 3.0.
/// </summary>
internal static class TilesApi
{
    public const string MediaType = "application/vnd.mapbox-vector-tile";

    /// <summary>Incidents change as reports arrive: caches may keep a tile a minute, then revalidate by ETag.</summary>
    private const string CacheControl = "public, max-age=60";

    private static readonly IReadOnlySet<string> NotForTiles = new HashSet<string>(StringComparer.Ordinal) { "bbox", "near", "radiusKm", "limit", "cursor" };

    public static IServiceCollection AddTiles(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TilesOptions>().Bind(configuration.GetSection(TilesOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        return services.AddSingleton<TileStore>().AddSingleton<TileCache>().AddHostedService<IncidentCellRefresher>();
    }

    public static IEndpointRouteBuilder MapTiles(this IEndpointRouteBuilder app)
    {
        var tiles = app.MapGroup("/tiles").WithTags("Vector tiles");
        tiles.MapGet("/{layer}/{z}/{x}/{y}.pbf", Tile).WithName("GetTile")
            .WithSummary("A Mapbox vector tile of one layer: incidents (filtered as the list is), border segments or crossings")
            .WithDescription("The incidents layer takes the list's filters except the area ones (the tile is the area); a tile holding more than "
                + "Tiles:MaxPointsPerTile incidents draws 64 × 64 grid clusters with counts. The ETag answers If-None-Match with 304.")
            .WithQueryParameters(() => IncidentFilterDocs.Filters(bbox: null));
        tiles.MapGet("/{layer}.json", TileJson).WithName("GetTileJson")
            .WithSummary("The TileJSON of a layer; its filters go into the tile URLs")
            .WithQueryParameters(() => IncidentFilterDocs.Filters(bbox: null));
        return app;
    }

    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> Tile(
        string layer, string z, string x, string y, HttpContext context, TileCache cache, CancellationToken ct)
    {
        if (TileLayer.Find(layer) is not { } tileLayer) return UnknownLayer(layer);
        var address = Address(z, x, y);
        var filters = Filters(context.Request, tileLayer);

        var tile = await cache.GetAsync(tileLayer, address, filters, ct);
        context.Response.Headers.ETag = tile.ETag;
        context.Response.Headers.CacheControl = CacheControl;
        if (context.Request.Headers.IfNoneMatch.Any(v => v == tile.ETag || v == "*"))
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return TypedResults.File(tile.Bytes, MediaType);
    }

    private static Results<Ok<TileJson>, ProblemHttpResult> TileJson(string layer, HttpRequest request)
    {
        if (TileLayer.Find(layer) is not { } tileLayer) return UnknownLayer(layer);
        Filters(request, tileLayer);
        var root = $"{RequestOrigin.Of(request)}/tiles/{tileLayer.Id}";
        // The filters of this request go into the tile URLs, so a filtered TileJSON gives filtered tiles.
        return TypedResults.Ok(new TileJson(
            "3.0.0", tileLayer.Title, "BorderMap", [$"{root}/{{z}}/{{x}}/{{y}}.pbf{request.QueryString}"], 0, TileAddress.DataMaxZoom,
            [67.3, 36.4, 75.2, 38.6], [70.5, 37.5, 7],
            [new TileJsonLayer(tileLayer.Id, tileLayer.Title, tileLayer.Fields)]));
    }

    /// <summary>Parses z/x/y; a 400 problem names each coordinate that is not a tile's.</summary>
    private static TileAddress Address(string zText, string xText, string yText)
    {
        var errors = new FieldErrors();
        var z = Coordinate(errors, "z", zText, TileAddress.MaxZoom);
        var last = z is { } zoom ? (1 << zoom) - 1 : int.MaxValue;
        var x = Coordinate(errors, "x", xText, last);
        var y = Coordinate(errors, "y", yText, last);
        if (errors.Any) throw new InputValidationException(Problems.TileOutOfRange, errors, status: 400);
        return new TileAddress(z!.Value, x!.Value, y!.Value);
    }

    private static int? Coordinate(FieldErrors errors, string name, string text, int max)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= max) return value;
        errors.Add(name, max == int.MaxValue ? "must be a whole number" : $"must be a whole number from 0 to {max}");
        return null;
    }

    private static IncidentQuery Filters(HttpRequest request, TileLayer layer)
    {
        var errors = new FieldErrors();
        foreach (var name in request.Query.Keys.Where(k => !layer.Filterable || NotForTiles.Contains(k)))
            errors.Add(name, layer.Filterable ? "does not apply to a tile; the tile is the area" : $"is not a parameter of the {layer.Id} tiles, which take none");
        if (errors.Any) throw new InputValidationException(Problems.InvalidQuery, errors, status: 400);
        return IncidentQueryParser.Parse(QueryParameters.Of(request));
    }

    private static ProblemHttpResult UnknownLayer(string layer) =>
        TypedResults.Problem($"there is no tile layer '{(layer.Length > 40 ? layer[..40] + "…" : layer)}'; the layers are {string.Join(", ", TileLayer.All.Select(l => l.Id))}",
            statusCode: 404, title: Problems.NotFound);
}

internal sealed record TileJson(
    string Tilejson, string Name, string Attribution, IReadOnlyList<string> Tiles, int Minzoom, int Maxzoom,
    double[] Bounds, double[] Center, [property: JsonPropertyName("vector_layers")] IReadOnlyList<TileJsonLayer> VectorLayers);

internal sealed record TileJsonLayer(string Id, string Description, IReadOnlyDictionary<string, string> Fields);
