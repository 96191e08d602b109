namespace BorderMap.Server.Hosting;

/// <summary>An error with a known HTTP status and a title from <see cref="Problems"/>.</summary>
internal sealed class ProblemException(int status, string title, string? detail = null, TimeSpan? retryAfter = null) : Exception(detail ?? title)
{
    /// <summary>For a 503 or 429: how long the client should wait (Retry-After); else the handler's default.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    public int Status { get; } = status;
    public string Title { get; } = title;
    public string? Detail { get; } = detail;
}
