namespace BorderMap.Server.Hosting;

/// <summary>An error with a known HTTP status and a title from <see cref="Problems"/>.</summary>
internal sealed class ProblemException(int status, string title, string? detail = null) : Exception(detail ?? title)
{
    public int Status { get; } = status;
    public string Title { get; } = title;
    public string? Detail { get; } = detail;
}
