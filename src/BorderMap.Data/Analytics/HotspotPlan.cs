using BorderMap.Core.Analytics;

namespace BorderMap.Data.Analytics;

/// <summary>
/// Hot spots checked before they run: the request, its budget and, for a bbox, the area the
/// hexagons cover in UTM 42N (without one, the incidents' extent decides once it runs).
/// </summary>
public sealed record HotspotPlan(HotspotRequest Request, AnalyticsBudget Budget, MetricExtent? Area);
