using System.Globalization;
using System.Xml.Linq;
using BorderMap.Core.Analytics;

namespace BorderMap.Server.Features.Analytics;

/// <summary>
/// What a heatmap file says about itself, as GDAL metadata (gdalinfo lists it, QGIS shows it in the
/// layer's properties): the request's parameters, the period, the band's unit, and SYNTHETIC when
/// benchmark incidents were summed, so a file passed on cannot be taken for real reporting.
/// </summary>
internal sealed record HeatmapMetadata(Heatmap Heatmap, HeatmapRequest Request, string Query)
{
    /// <summary>Cells no incident's kernel reaches are 0: nodata, drawn transparent, as the PNG draws them.</summary>
    public const string NoData = "0";

    /// <summary>The band's unit: incidents or fatalities (weight), per square metre when scaled.</summary>
    public string Unit => (Heatmap.WeightedByFatalities ? "fatalities" : "incidents")
        + (Heatmap.Kde.Output == KernelOutput.Scaled ? "/m2" : "");

    public IReadOnlyList<(string Name, string Value)> Items()
    {
        var grid = Heatmap.Grid;
        var items = new List<(string, string)>
        {
            ("KERNEL", Heatmap.Kde.Shape.Name()),
            ("RADIUS_M", Invariant(Heatmap.Kde.RadiusM)),
            ("PIXEL_SIZE_M", grid.CellWidth == grid.CellHeight ? Invariant(grid.CellWidth) : $"{Invariant(grid.CellWidth)} x {Invariant(grid.CellHeight)}"),
            ("OUTPUT", Heatmap.Kde.Output == KernelOutput.Scaled
                ? "scaled: density per square metre (the values times the cell area sum to about the incidents)"
                : "raw: kernel-weighted count at the cell centre, K(0) = 1"),
            ("WEIGHT", Heatmap.WeightedByFatalities ? "fatalities" : "none"),
            ("UNITS", Unit),
            ("PERIOD", $"{Day(Request.Filter.From)}/{Day(Request.Filter.To)}"),
            ("INCIDENTS", Heatmap.Incidents.ToString(CultureInfo.InvariantCulture)),
            ("CRS", $"EPSG:{Heatmap.Epsg}"),
            ("REQUEST", Query),
        };
        if (Heatmap.Synthetic) items.Add(("SYNTHETIC", "YES: synthetic (benchmark) incidents were counted; not real reporting"));
        return items;
    }

    /// <summary>GDAL's TIFFTAG 42112 document: dataset items, then the band's unit and description (sample 0).</summary>
    public string ToGdalXml()
    {
        var root = new XElement("GDALMetadata", Items().Select(i => new XElement("Item", new XAttribute("name", i.Name), i.Value)));
        root.Add(new XElement("Item", new XAttribute("name", "UNITTYPE"), new XAttribute("sample", 0), new XAttribute("role", "unittype"), Unit));
        root.Add(new XElement("Item", new XAttribute("name", "DESCRIPTION"), new XAttribute("sample", 0), new XAttribute("role", "description"),
            $"{Heatmap.Kde.Shape.Name()} kernel density, radius {Invariant(Heatmap.Kde.RadiusM)} m"));
        return root.ToString(SaveOptions.DisableFormatting);
    }

    private static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601's open end ("..") where the request set no date.</summary>
    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "..";
}
