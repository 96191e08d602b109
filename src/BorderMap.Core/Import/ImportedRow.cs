using BorderMap.Core.Incidents;

namespace BorderMap.Core.Import;

/// <summary>
/// A row of an import file read: the incident input the API validates and, for ACLED rows, ACLED's
/// key (event_id_cnty) and ACLED's other columns as written (stored in <c>incidents.acled</c>).
/// </summary>
public sealed record ImportedRow(IncidentInput Input, string? AcledEventId = null, IReadOnlyDictionary<string, string>? Acled = null);

/// <summary>One row of an import file: the line it starts on, and the row read (or why it cannot be).</summary>
public sealed record ImportLine(int Line, ImportedRow? Row, string? Error);
