using System.Globalization;
using BorderMap.Core.Validation;

namespace BorderMap.Core.Analytics;

/// <summary>
/// What one heatmap or hot-spot analysis may cost, in the units its work grows by: a heatmap stamps
/// every incident's kernel onto the cells its disc reaches (incidents × kernel cells), Gi* sums
/// every hexagon's neighbourhood of seven (hexagons × 7). The parameters each stay within their own
/// range and can still multiply into minutes of both cores (issue 17: a 200 km kernel on a
/// 4,096 × 4,096 grid over 100,000 incidents took 380 s); a request over its budget is refused
/// (422) naming the parameters that set its cost.
/// </summary>
public sealed record AnalyticsBudget(double MaxKernelCells, double MaxHexagonPairs)
{
    public const string Refused = "The analysis would cost more than this server allows.";

    /// <summary>A hexagon and its six neighbours: the terms of one Gi* sum.</summary>
    public const int Neighbourhood = 7;

    /// <summary>No limit: the command line computes what its user asks for.</summary>
    public static AnalyticsBudget Unlimited { get; } = new(double.PositiveInfinity, double.PositiveInfinity);

    public bool IsUnlimited => double.IsPositiveInfinity(MaxKernelCells) && double.IsPositiveInfinity(MaxHexagonPairs);

    /// <summary>
    /// The cells one incident's kernel reaches on <paramref name="grid"/>: its disc's area in cells,
    /// at least one and never more than the grid holds.
    /// </summary>
    public static double KernelCells(KdeGrid grid, double radiusM) =>
        Math.Clamp(Math.PI * radiusM * radiusM / (grid.CellWidth * grid.CellHeight), 1, (double)grid.Columns * grid.Rows);

    /// <summary>Refuses a heatmap of <paramref name="incidents"/> incidents (PostgreSQL's estimate when <paramref name="estimated"/>) on this grid.</summary>
    public void CheckHeatmap(HeatmapRequest request, KdeGrid grid, double incidents, bool estimated)
    {
        var cells = KernelCells(grid, request.Kde.RadiusM);
        var cost = incidents * cells;
        if (cost <= MaxKernelCells) return;
        var message = string.Format(CultureInfo.InvariantCulture,
            "{0}{1:N0} incidents × {2:N0} cells each kernel reaches on a {3}×{4} grid = {5:G3} kernel cells, over the budget of {6:G3} (Limits:Analytics:MaxKernelCells): use a smaller radius, a coarser grid, a smaller bbox or narrower filters",
            estimated ? "about " : "", incidents, cells, grid.Columns, grid.Rows, cost, MaxKernelCells);
        throw Refusal(request.CostParameters, message);
    }

    /// <summary>Refuses Gi* over about <paramref name="hexagons"/> hexagons.</summary>
    public void CheckHotspots(HotspotRequest request, double hexagons)
    {
        var cost = hexagons * Neighbourhood;
        if (cost <= MaxHexagonPairs) return;
        var message = string.Format(CultureInfo.InvariantCulture,
            "about {0:N0} hexagons of {1:N0} m over this area × {2} in each neighbourhood = {3:N0}, over the budget of {4:N0} (Limits:Analytics:MaxHexagonPairs, {5:N0} hexagons): use larger hexagons or a smaller bbox",
            hexagons, request.SizeM, Neighbourhood, cost, MaxHexagonPairs, Math.Floor(MaxHexagonPairs / Neighbourhood));
        throw Refusal(request.Filter.Bbox is null ? ["sizeM"] : ["sizeM", "bbox"], message);
    }

    private static InputValidationException Refusal(IEnumerable<string> parameters, string message)
    {
        var errors = new FieldErrors();
        foreach (var parameter in parameters) errors.Add(parameter, message);
        return new InputValidationException(Refused, errors, status: 422);
    }
}
