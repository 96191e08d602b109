namespace BorderMap.Data.Import;

public enum ImportMode
{
    /// <summary>All or nothing: one bad row and nothing is stored.</summary>
    All,
    /// <summary>The good rows are stored; the bad ones are listed.</summary>
    Partial,
}

public enum ImportFormat
{
    /// <summary>ACLED's columns (or a subset), or ACLED's deleted-events file (event_id_cnty, deleted_timestamp).</summary>
    Csv,
    /// <summary>A FeatureCollection of Points with the API's properties, or ACLED's columns as properties.</summary>
    GeoJson,
}

/// <param name="Synthetic">Flag every incident written as synthetic (benchmark rows, labelled so everywhere).</param>
/// <param name="Encoding">What a CSV's bytes are in (UTF-8 unless its Content-Type declared ISO-8859-1); GeoJSON is always UTF-8.</param>
public sealed record ImportOptions(ImportFormat Format, ImportMode Mode, string Author, bool Synthetic = false, System.Text.Encoding? Encoding = null);

/// <summary>A row the import refused, by the line of the file it starts on.</summary>
public sealed record RejectedRow(int Line, string Reason);

/// <summary>
/// What an import did. <see cref="Imported"/> counts the rows that changed the table (inserted or
/// updated); an ACLED row already imported the same way is <see cref="Unchanged"/>, one whose incident
/// was retracted or merged here is <see cref="Inactive"/>; ACLED's deleted-events file counts
/// <see cref="Retracted"/> incidents and <see cref="Unknown"/> events never imported here.
/// </summary>
public sealed record ImportResult(
    string Mode,
    bool Committed,
    int Imported,
    int Inserted,
    int Updated,
    int Unchanged,
    int Inactive,
    int Retracted,
    int Unknown,
    int RejectedCount,
    IReadOnlyList<RejectedRow> Rejected,
    ReadingStopped? Stopped);

/// <summary>The file cannot be read at all (no header, not UTF-8, broken JSON): nothing was stored.</summary>
public sealed class ImportFileException(string message) : Exception(message);
