using BorderMap.Core.Analytics;

namespace BorderMap.Data.Analytics;

/// <summary>
/// A heatmap checked before it runs: its request, the budget it must stay within, and, for a bbox,
/// the area in UTM 42N and the grid over it (without one, QGIS's layout waits for the points).
/// </summary>
public sealed record HeatmapPlan(HeatmapRequest Request, AnalyticsBudget Budget, KdeGrid? Grid);
