using BorderMap.Core.Incidents;
using BorderMap.Core.Queries;

namespace BorderMap.Core.Analytics;

/// <summary>
/// GET /api/v1/analytics/hotspots, parsed: hexagons of <see cref="SizeM"/> metres a side over
/// <see cref="StudyArea"/>, Gi* classed at <see cref="Alpha"/>, with the Benjamini–Hochberg false
/// discovery rate correction when <see cref="Fdr"/>.
/// </summary>
public sealed record HotspotRequest(IncidentQuery Filter, double SizeM, double Alpha, HotspotStudyArea StudyArea = HotspotStudyArea.Observed, bool Fdr = true)
{
    public const double DefaultSizeM = 5_000;
    public const double MinSizeM = 100;
    public const double MaxSizeM = 200_000;
    public const double DefaultAlpha = 0.05;

    /// <summary>The parameters of its own, beside the incident filters (the API document describes each).</summary>
    public static IReadOnlySet<string> Parameters { get; } = AnalyticsParameters.Names("sizeM", "alpha", "studyArea", "fdr", "includePrecision3");
    private static readonly IReadOnlyDictionary<string, double> Alphas = AnalyticsParameters.Options(("0.1", 0.1), ("0.05", 0.05), ("0.01", 0.01));

    public static IReadOnlyDictionary<string, HotspotStudyArea> StudyAreas { get; } =
        AnalyticsParameters.Options(("observed", HotspotStudyArea.Observed), ("grid", HotspotStudyArea.Grid));

    public static HotspotRequest Parse(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> parameters)
    {
        var p = AnalyticsParameters.Read(parameters, Parameters);
        var request = new HotspotRequest(
            p.Filter with { MinPrecision = p.MaxPrecision() },
            p.Number("sizeM", MinSizeM, MaxSizeM, minExclusive: false, "metres") ?? DefaultSizeM,
            p.Choice("alpha", Alphas, DefaultAlpha),
            p.Choice("studyArea", StudyAreas, HotspotStudyArea.Observed),
            p.Flag("fdr", fallback: true));
        p.ThrowIfInvalid();
        return request;
    }

    /// <summary>
    /// The incidents to read: for the observed study area, those of every date and type (they decide
    /// which hexagons are in it; the period and types then select what is counted), else the filters'.
    /// </summary>
    public IncidentQuery ReadFilter => StudyArea == HotspotStudyArea.Observed ? Filter with { From = null, To = null, Types = null } : Filter;

    public string StudyAreaCode => StudyAreas.First(s => s.Value == StudyArea).Key;

    /// <summary>About how many hexagons of this size tile an area of so many square metres.</summary>
    public double HexagonsOver(double areaM2) => areaM2 / (1.5 * Math.Sqrt(3) * SizeM * SizeM);
}
