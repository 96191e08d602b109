namespace BorderMap.Bench.Load;

/// <summary>One connection's latencies (ms) and errors per kind of request; merged when the run ends.</summary>
internal sealed class LatencyLog
{
    private readonly Dictionary<string, List<double>> _latencies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _errors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _errorKinds = new(StringComparer.Ordinal);

    public void Add(string kind, double milliseconds, string? error)
    {
        if (!_latencies.TryGetValue(kind, out var list)) _latencies[kind] = list = [];
        list.Add(milliseconds);
        if (error is null) return;
        _errors[kind] = _errors.GetValueOrDefault(kind) + 1;
        var key = $"{kind} {error}";
        _errorKinds[key] = _errorKinds.GetValueOrDefault(key) + 1;
    }

    public static LatencyLog Merge(IEnumerable<LatencyLog> logs)
    {
        var merged = new LatencyLog();
        foreach (var log in logs)
        {
            foreach (var (kind, list) in log._latencies)
            {
                if (!merged._latencies.TryGetValue(kind, out var all)) merged._latencies[kind] = all = [];
                all.AddRange(list);
            }
            foreach (var (kind, n) in log._errors) merged._errors[kind] = merged._errors.GetValueOrDefault(kind) + n;
            foreach (var (kind, n) in log._errorKinds) merged._errorKinds[kind] = merged._errorKinds.GetValueOrDefault(kind) + n;
        }
        return merged;
    }

    public IEnumerable<(string Kind, Row Row)> Rows() =>
        _latencies.OrderByDescending(e => e.Value.Count).Select(e => (e.Key, Row.Of(e.Value, _errors.GetValueOrDefault(e.Key))));

    public Row Total() => Row.Of(_latencies.Values.SelectMany(l => l).ToList(), _errors.Values.Sum());

    public IEnumerable<(string Error, int Count)> ErrorKinds() => _errorKinds.OrderByDescending(e => e.Value).Select(e => (e.Key, e.Value));

    internal sealed record Row(int Count, int Errors, double P50, double P99, double Max)
    {
        public static Row Of(List<double> latencies, int errors)
        {
            if (latencies.Count == 0) return new Row(0, errors, double.NaN, double.NaN, double.NaN);
            var sorted = latencies.Order().ToArray();
            double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
            return new Row(sorted.Length, errors, At(0.50), At(0.99), sorted[^1]);
        }
    }
}
