using BorderMap.Core.Incidents;
using BorderMap.Rendering.Layers;
using SkiaSharp;

namespace BorderMap.Rendering.Styles;

/// <summary>
/// Incident markers by ACLED event type. Colours are from the Okabe–Ito palette, chosen to stay
/// distinct for the common kinds of colour blindness; each type also has its own shape so a
/// greyscale print of a brief still tells them apart.
/// </summary>
public static class IncidentStyles
{
    /// <summary>The attribute that holds an incident's event type code.</summary>
    public const string EventTypeAttribute = "event_type";

    public const float DefaultSize = 11f;

    private static readonly SKColor s_outline = new(0x1F, 0x1F, 0x1F);

    private static readonly Dictionary<string, SymbolStyle> s_byCode = new(StringComparer.Ordinal)
    {
        [EventType.Battles.Code] = Marker(0xD55E00, SymbolType.Ellipse),                   // vermillion
        [EventType.ExplosionsRemoteViolence.Code] = Marker(0xE69F00, SymbolType.Triangle), // orange
        [EventType.ViolenceAgainstCivilians.Code] = Marker(0xCC79A7, SymbolType.Rectangle), // reddish purple
        [EventType.Protests.Code] = Marker(0x0072B2, SymbolType.Ellipse),                  // blue
        [EventType.Riots.Code] = Marker(0x009E73, SymbolType.Triangle),                    // bluish green
        [EventType.StrategicDevelopments.Code] = Marker(0x56B4E9, SymbolType.Rectangle),   // sky blue
    };

    /// <summary>Incidents whose type is missing or unknown: grey, so they read as "unclassified".</summary>
    public static SymbolStyle Unclassified { get; } = Marker(0x999999, SymbolType.Ellipse);

    /// <summary>The fill colour for an event type code (Okabe–Ito); grey for an unknown code.</summary>
    public static SKColor ColorFor(string? eventTypeCode) => For(eventTypeCode).Fill ?? SKColors.Gray;

    /// <summary>The marker for an event type code; <see cref="Unclassified"/> for an unknown one.</summary>
    public static SymbolStyle For(string? eventTypeCode) =>
        eventTypeCode is not null && s_byCode.TryGetValue(eventTypeCode, out var style) ? style : Unclassified;

    /// <summary>A theme that styles each incident by its <see cref="EventTypeAttribute"/>.</summary>
    public static ThemeStyle ByEventType(string attribute = EventTypeAttribute) =>
        new(feature => For(feature[attribute] as string));

    /// <summary>Legend rows for the six ACLED types, in ACLED's order, with ACLED's labels.</summary>
    public static IReadOnlyList<Widgets.LegendEntry> LegendEntries() =>
        EventType.All.Select(t => new Widgets.LegendEntry(t.Label, For(t.Code))).ToArray();

    private static SymbolStyle Marker(uint rgb, SymbolType shape) => new()
    {
        SymbolType = shape,
        Size = DefaultSize,
        Fill = new SKColor(rgb | 0xFF000000),
        Outline = s_outline,
        OutlineWidth = 1f,
    };
}
