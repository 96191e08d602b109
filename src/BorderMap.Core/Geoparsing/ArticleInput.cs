using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using BorderMap.Core.Validation;

namespace BorderMap.Core.Geoparsing;

/// <summary>
/// A text as a client sends it to /api/v1/geoparse or /api/v1/reports. Everything is optional here
/// so that <see cref="Validate"/> can name every bad field at once.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ArticleInput
{
    /// <summary>1 MB of UTF-8: longer than any news article, short enough to parse in one request.</summary>
    public const int MaxTextBytes = 1024 * 1024;

    public string? Text { get; init; }
    public string? Published { get; init; }
    public string? Title { get; init; }
    public string? Url { get; init; }

    /// <summary>"en" or "ru"; left out, the text's letters decide.</summary>
    public string? Language { get; init; }

    /// <summary>The article, or <see cref="InputValidationException"/> naming each bad field.</summary>
    public Article Validate(DateOnly today)
    {
        var errors = new FieldErrors();
        string? text = null;
        if (string.IsNullOrWhiteSpace(Text)) errors.Add("text", "is required and must not be blank");
        else if (Encoding.UTF8.GetByteCount(Text) > MaxTextBytes) errors.Add("text", $"is longer than {MaxTextBytes} bytes of UTF-8");
        else if (LooksBinary(Text)) errors.Add("text", "holds control characters: send plain text, not a binary file");
        else text = Text;

        DateOnly? published = null;
        if (string.IsNullOrWhiteSpace(Published)) errors.Add("published", "is required (YYYY-MM-DD): relative dates in the text are resolved against it");
        else if (!DateOnly.TryParseExact(Published.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            errors.Add("published", "must be a calendar date in the form YYYY-MM-DD");
        else if (date > today) errors.Add("published", "is in the future");
        else if (date.Year < 1900) errors.Add("published", "is before 1900");
        else published = date;

        var title = errors.Text("title", Title, 500);
        var url = errors.Text("url", Url, 2000);
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            errors.Add("url", "must be an absolute http or https URL");

        string? language = null;
        if (Language is not null)
        {
            if (Lexicon.For(Language.Trim()) is { } lexicon) language = lexicon.Language;
            else errors.Add("language", "must be \"en\" or \"ru\" (or left out: the text's letters decide)");
        }

        if (errors.Any) throw new InputValidationException("The article is not valid.", errors);
        return new Article(text!, published!.Value, title, url, language);
    }

    // NUL and other C0 controls (but tab, line feed, carriage return) do not occur in text people write.
    private static bool LooksBinary(string text)
    {
        foreach (var c in text)
        {
            if (c < ' ' && c is not ('\t' or '\n' or '\r')) return true;
        }
        return false;
    }
}
