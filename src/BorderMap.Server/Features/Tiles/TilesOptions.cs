using System.ComponentModel.DataAnnotations;

namespace BorderMap.Server.Features.Tiles;

/// <summary>Vector tiles (section <c>Tiles</c>).</summary>
internal sealed class TilesOptions
{
    public const string Section = "Tiles";

    /// <summary>Keep built incident tiles in memory (off only to measure building them).</summary>
    public bool MemoryCache { get; set; } = true;

    /// <summary>A tile holding at most this many incidents draws each one, at any zoom; one holding more draws clusters.</summary>
    [Range(0, 50_000)]
    public int MaxPointsPerTile { get; set; } = Data.Tiles.TileLayer.MaxPointsPerTile;

    /// <summary>How often the cells behind clustered tiles are brought up to date after incidents changed.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan CellRefreshInterval { get; set; } = TimeSpan.FromSeconds(2);
}
