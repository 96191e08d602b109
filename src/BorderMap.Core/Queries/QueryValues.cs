using System.Globalization;
using BorderMap.Core.Incidents;
using BorderMap.Core.Validation;

namespace BorderMap.Core.Queries;

/// <summary>
/// Reads a query string parameter by parameter, collecting every problem; <see cref="ThrowIfInvalid"/>
/// then refuses the request naming each bad or unknown parameter. For endpoints whose parameters
/// are not the incident filters (those have <see cref="IncidentQueryParser"/>).
/// </summary>
public sealed class QueryValues
{
    private readonly Dictionary<string, IReadOnlyList<string>> _values;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public QueryValues(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> parameters) =>
        _values = parameters.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    public FieldErrors Errors { get; } = new();

    public string? Text(string name, int maxLength, bool required = false)
    {
        var raw = Raw(name);
        if (raw is null)
        {
            if (required) Errors.Add(name, "is required");
            return null;
        }
        return Errors.Text(name, raw, maxLength, required);
    }

    public double? Number(string name, double min, double max, bool required = false)
    {
        var raw = Raw(name);
        if (raw is null)
        {
            if (required) Errors.Add(name, "is required");
            return null;
        }
        if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= min && value <= max)
            return value;
        Errors.Add(name, string.Create(CultureInfo.InvariantCulture, $"must be a number from {min} to {max}"));
        return null;
    }

    public int Int(string name, int min, int max, int fallback)
    {
        var raw = Raw(name);
        if (raw is null) return fallback;
        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        Errors.Add(name, $"must be a whole number from {min} to {max}");
        return fallback;
    }

    /// <summary>"lon,lat" in range and finite.</summary>
    public GeoPoint? Point(string name)
    {
        var raw = Raw(name);
        if (raw is null) return null;
        var parts = raw.Split(',');
        if (parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            && GeoPoint.IsValidLongitude(lon) && GeoPoint.IsValidLatitude(lat))
            return new GeoPoint(lon, lat);
        Errors.Add(name, "must be lon,lat with lon in [-180, 180] and lat in [-90, 90]");
        return null;
    }

    public string? Country(string name)
    {
        var raw = Raw(name);
        if (raw is null) return null;
        var code = Countries.Normalise(raw);
        if (code is null) Errors.Add(name, $"must be one of {string.Join(", ", Countries.Region)}");
        return code;
    }

    /// <summary>Refuses unknown and repeated parameters and everything reported so far.</summary>
    public void ThrowIfInvalid(string title = "The query parameters are not valid.")
    {
        foreach (var (name, values) in _values)
        {
            if (!_read.Contains(name)) Errors.Add(name, $"is not a known parameter; known: {string.Join(", ", _read.Order(StringComparer.Ordinal))}");
            else if (values.Count > 1) Errors.Add(name, "is given more than once");
        }
        if (Errors.Any) throw new InputValidationException(title, Errors, status: 400);
    }

    private string? Raw(string name)
    {
        _read.Add(name);
        return _values.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;
    }
}
