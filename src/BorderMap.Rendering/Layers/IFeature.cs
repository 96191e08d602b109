using NetTopologySuite.Geometries;

namespace BorderMap.Rendering.Layers;

/// <summary>A thing on the map with attributes that styles read (event type, name, fatalities…).</summary>
public interface IFeature
{
    /// <summary>The feature's bounds in the coordinate system of the layer that holds it.</summary>
    Envelope Extent { get; }

    IReadOnlyDictionary<string, object?> Attributes { get; }

    /// <summary>An attribute's value, or null when the feature does not have it.</summary>
    object? this[string name] { get; }
}
