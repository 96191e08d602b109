using NetTopologySuite.Geometries;

namespace BorderMap.Rendering.Layers;

/// <summary>
/// A feature with an NTS geometry. Features are made in EPSG:4326 (lon/lat, as stored in PostGIS);
/// <see cref="MemoryLayer"/> makes the projected EPSG:3857 copy that renderers see.
/// </summary>
public sealed class GeometryFeature : IFeature
{
    private static readonly IReadOnlyDictionary<string, object?> s_noAttributes = new Dictionary<string, object?>();

    public GeometryFeature(Geometry geometry, IReadOnlyDictionary<string, object?>? attributes = null)
    {
        Geometry = geometry ?? throw new ArgumentNullException(nameof(geometry));
        Attributes = attributes ?? s_noAttributes;
    }

    public Geometry Geometry { get; }

    public Envelope Extent => Geometry.EnvelopeInternal;

    public IReadOnlyDictionary<string, object?> Attributes { get; }

    public object? this[string name] => Attributes.TryGetValue(name, out var value) ? value : null;
}
