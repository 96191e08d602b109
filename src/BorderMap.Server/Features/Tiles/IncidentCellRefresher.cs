using BorderMap.Data.Tiles.Cells;
using BorderMap.Server.Hosting;
using Microsoft.Extensions.Options;

namespace BorderMap.Server.Features.Tiles;

/// <summary>
/// Brings the incident cells (<see cref="IncidentCells"/>) up to date every few seconds, so the
/// tiles around a change are built from the points only briefly. Several servers may run it; one
/// refreshes at a time and the others skip.
/// </summary>
internal sealed class IncidentCellRefresher(MaintenanceDataSource database, IOptions<TilesOptions> options, ILogger<IncidentCellRefresher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CellRefreshInterval);
        do
        {
            try
            {
                if (await IncidentCells.RefreshAsync(database.DataSource, stoppingToken) is { StaleCells: > 0 } refresh)
                    logger.LogInformation("Recounted {StaleCells} tile cells{All} in {Milliseconds:F0} ms",
                        refresh.StaleCells, refresh.RecountedAll ? " (all cells)" : "", refresh.Elapsed.TotalMilliseconds);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Tiles stay exact without a refresh (stale cells are built from the points); try again next tick.
                logger.LogError(e, "Refreshing the tile cells failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
