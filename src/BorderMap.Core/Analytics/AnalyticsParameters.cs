using System.Globalization;
using BorderMap.Core.Incidents;
using BorderMap.Core.Queries;
using BorderMap.Core.Validation;

namespace BorderMap.Core.Analytics;

/// <summary>
/// Reads an analytics request's query string: the incident-list filters through
/// <see cref="IncidentQueryParser"/>, plus the endpoint's own parameters, with every problem
/// collected so one answer names all the bad fields.
/// </summary>
internal sealed class AnalyticsParameters
{
    private static readonly string[] ListOnly = ["limit", "cursor"];
    private readonly Dictionary<string, string> _own = new(StringComparer.Ordinal);

    private AnalyticsParameters(IncidentQuery filter, FieldErrors errors)
    {
        Filter = filter;
        Errors = errors;
    }

    public IncidentQuery Filter { get; }

    public FieldErrors Errors { get; }

    public static AnalyticsParameters Read(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> parameters, IReadOnlySet<string> own)
    {
        var given = parameters.ToList();
        var errors = new FieldErrors();
        var filter = new IncidentQuery();
        try
        {
            filter = IncidentQueryParser.Parse(given, own);
        }
        catch (InputValidationException e)
        {
            foreach (var (field, messages) in e.Errors.ToDictionary())
                foreach (var message in messages)
                    errors.Add(field, message);
        }

        var result = new AnalyticsParameters(filter, errors);
        foreach (var (name, values) in given)
        {
            if (ListOnly.Contains(name)) errors.Add(name, "pages an incident list; analytics use every matching incident");
            if (!own.Contains(name)) continue;
            if (values.Count != 1) errors.Add(name, "is given more than once");
            else if (values[0].Length > 200) errors.Add(name, "is longer than 200 characters");
            else result._own[name] = values[0].Trim();
        }
        return result;
    }

    public bool Has(string name) => _own.ContainsKey(name);

    public double? Number(string name, double min, double max, bool minExclusive, string unit)
    {
        if (!_own.TryGetValue(name, out var text)) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            && (minExclusive ? value > min : value >= min) && value <= max)
            return value;
        Errors.Add(name, FormattableString.Invariant($"must be a number {(minExclusive ? "greater than" : "from")} {min} {(minExclusive ? "and at most" : "to")} {max} {unit}"));
        return null;
    }

    public int? Whole(string name, int min, int max)
    {
        if (!_own.TryGetValue(name, out var text)) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        Errors.Add(name, FormattableString.Invariant($"must be a whole number from {min} to {max}"));
        return null;
    }

    public bool Flag(string name, bool fallback = false)
    {
        if (!_own.TryGetValue(name, out var text)) return fallback;
        if (bool.TryParse(text, out var value)) return value;
        Errors.Add(name, "must be true or false");
        return false;
    }

    /// <summary>
    /// The least precise incidents kept: district (2) unless <c>includePrecision3=true</c>, or what
    /// <c>minPrecision</c> asks when that is stricter. Precision 3 points sit on the border segment
    /// facing a province: a heatmap or hexagon count of them marks a hotspot on the river where
    /// nothing may have happened, so they are left out unless asked for.
    /// </summary>
    public GeoPrecision MaxPrecision()
    {
        var max = Flag("includePrecision3") ? GeoPrecision.ProvinceOrBorder : GeoPrecision.District;
        return Filter.MinPrecision is { } asked && asked < max ? asked : max;
    }

    /// <summary>One of a fixed set of names (case-insensitive), or the default when absent.</summary>
    public T Choice<T>(string name, IReadOnlyDictionary<string, T> choices, T fallback)
    {
        if (!_own.TryGetValue(name, out var text)) return fallback;
        if (choices.TryGetValue(text, out var value)) return value;
        Errors.Add(name, $"'{(text.Length > 40 ? text[..40] + "…" : text)}' is not one of {string.Join(", ", choices.Keys)}");
        return fallback;
    }

    public void ThrowIfInvalid()
    {
        if (Errors.Any) throw new InputValidationException("The query parameters are not valid.", Errors, status: 400);
    }

    public static IReadOnlySet<string> Names(params string[] names) => new HashSet<string>(names, StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, T> Options<T>(params (string Name, T Value)[] options) =>
        options.ToDictionary(o => o.Name, o => o.Value, StringComparer.OrdinalIgnoreCase);
}
