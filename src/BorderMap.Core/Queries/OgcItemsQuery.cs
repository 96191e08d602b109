using BorderMap.Core.Incidents;
using BorderMap.Core.Queries.Filtering;

namespace BorderMap.Core.Queries;

/// <summary>A bbox in the axis order x, y of <see cref="Srid"/> (lon/lat for geographic CRSs, whatever order the client used).</summary>
public sealed record OgcBbox(double MinX, double MinY, double MaxX, double MaxY, int Srid);

/// <summary>
/// One request for a page of an OGC collection's items, parsed and checked before any SQL runs.
/// Pages are keyset pages in id order: rows inserted while a client pages never shift a page.
/// </summary>
public sealed record OgcItemsQuery
{
    public const int DefaultLimit = 1000;
    public const int MaxLimit = 10000;

    public OgcBbox? Bbox { get; init; }
    public OgcDatetime? Datetime { get; init; }
    public int Limit { get; init; } = DefaultLimit;
    public OgcCrs Crs { get; init; } = OgcCrs.Crs84;
    public string? EventType { get; init; }
    public string? Country { get; init; }
    public GeoPrecision? GeoPrecision { get; init; }

    /// <summary>The CQL2 filter (OGC API – Features Part 3), parsed and checked against the collection's queryables.</summary>
    public CqlExpression? Filter { get; init; }

    /// <summary>The id of the last item of the previous page, as text; items with greater ids follow.</summary>
    public string? After { get; init; }

    /// <summary>The filters (not the page size, CRS or position) a cursor is tied to.</summary>
    public string FilterFingerprint() => string.Join('|',
        Bbox is { } b ? FormattableString.Invariant($"{b.MinX},{b.MinY},{b.MaxX},{b.MaxY},{b.Srid}") : "",
        Datetime?.FromDay?.ToString("O") ?? "",
        Datetime?.ToDay?.ToString("O") ?? "",
        EventType ?? "", Country ?? "",
        GeoPrecision is { } p ? ((int)p).ToString(System.Globalization.CultureInfo.InvariantCulture) : "",
        Filter is { } f ? CqlText.Format(f) : "");
}
