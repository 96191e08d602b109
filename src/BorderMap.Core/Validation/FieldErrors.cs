namespace BorderMap.Core.Validation;

/// <summary>
/// Collects field-level problems while parsing input, keyed by the field name the client used,
/// so a response can say exactly which field was wrong and why (RFC 9457 <c>errors</c> map).
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
            _errors[field] = list = [];
        list.Add(message);
    }

    public bool Has(string field) => _errors.ContainsKey(field);

    public IDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>
    /// Text checks shared by every free-text field: PostgreSQL rejects NUL, and lengths are capped.
    /// A <paramref name="singleLine"/> field (a name, a URL) holds no line break or other control
    /// character but a tab: a CR LF in a source URL would split the lines of every CSV, KML or log it reaches.
    /// </summary>
    public string? Text(string field, string? value, int maxLength, bool required = false, bool singleLine = false)
    {
        if (value is null || value.Length == 0)
        {
            if (required) Add(field, "is required");
            return null;
        }
        if (value.Length > maxLength)
        {
            Add(field, $"is longer than {maxLength} characters");
            return null;
        }
        if (value.Contains('\0'))
        {
            Add(field, "contains a NUL character");
            return null;
        }
        if (singleLine && value.Any(c => c < ' ' && c != '\t'))
        {
            Add(field, "is a single line: it must not hold a line break (CR, LF) or another control character");
            return null;
        }
        var trimmed = value.Trim();
        if (trimmed.Length == 0 && required) Add(field, "is required");
        return trimmed.Length == 0 ? null : trimmed;
    }
}

/// <summary>Thrown when parsed input is invalid; carries the field errors for a 422/400 problem response.</summary>
public sealed class InputValidationException(string title, FieldErrors errors, int status = 422) : Exception(title)
{
    public FieldErrors Errors { get; } = errors;
    public int Status { get; } = status;
}
