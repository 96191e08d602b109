namespace BorderMap.Server.Hosting;

/// <summary>The titles of every problem BorderMap answers with, in one place so they stay consistent.</summary>
internal static class Problems
{
    public const string InvalidBody = "The request body is not valid.";
    public const string InvalidJson = "The request body is not valid JSON.";
    public const string InvalidQuery = "The query parameters are not valid.";
    public const string InvalidHeader = "A request header is not valid.";
    public const string InvalidIncident = "The incident is not valid.";
    public const string UnsupportedMediaType = "The request body has an unsupported content type.";
    public const string BodyTooLarge = "The request body is too large.";
    public const string EmptyBody = "The request body is empty.";
    public const string IncidentNotFound = "No incident has this id.";
    public const string ReportNotFound = "No report has this id.";
    public const string InvalidImport = "The import file is not valid.";
    public const string StaleRevision = "The incident has changed since you read it.";
    public const string RevisionRequired = "An If-Match header with the incident's revision is required.";
    public const string InvalidIfMatch = "The If-Match header is not a revision.";
    public const string NotEditable = "The incident can no longer be edited.";
    public const string DatabaseUnavailable = "The database is unavailable; try again shortly.";
    public const string Busy = "The server is busy with requests like this one; try again shortly.";
    public const string TooManyRequests = "Too many requests.";
    public const string ExportTooLarge = "The export would be too large.";
    public const string AnalysisTooLong = "The analysis took longer than this server allows and was stopped.";
    public const string QueryTimeout = "The query took too long and was cancelled.";
    public const string MalformedRequest = "The request is not valid HTTP.";
    public const string UriTooLong = "The request URL is too long.";
    public const string HeadersTooLarge = "The request headers are too large.";
    public const string RequestTimeout = "The request did not arrive in time.";
    public const string VersionNotSupported = "The HTTP version is not supported.";
    public const string Unexpected = "An unexpected error occurred.";
    public const string NotFound = "Nothing is at this address.";
    public const string OgcCollectionNotFound = "No collection has this id.";
    public const string OgcItemNotFound = "The collection has no item with this id.";
    public const string ExportFormatUnknown = "This export format is not offered.";
    public const string TileOutOfRange = "No tile has these coordinates.";
    public const string InvalidAlertRule = "The alert rule is not valid.";
    public const string AlertRuleNotFound = "No alert rule has this id.";
    public const string AlertNotFound = "No alert has this id.";
    public const string InvalidReprocessRequest = "The reprocessing request is not valid.";
    public const string JobNotFound = "No job has this id.";
}
