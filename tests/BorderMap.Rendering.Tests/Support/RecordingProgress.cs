namespace BorderMap.Rendering.Tests.Support;

/// <summary>A synchronous IProgress (Progress&lt;T&gt; posts to a context and would race the assertions).</summary>
internal sealed class RecordingProgress : IProgress<double>
{
    public List<double> Reports { get; } = [];

    public void Report(double value) => Reports.Add(value);
}
