using BitMiracle.LibTiff.Classic;
using BorderMap.Core.Analytics;

namespace BorderMap.Server.Features.Analytics;

/// <summary>
/// A heatmap as a single-band Float32 GeoTIFF in EPSG:32642, the layout QGIS writes its heatmaps in:
/// row 0 is the north edge, the tie point is the grid's top-left corner, and the GeoKeys name the
/// projected CRS by its EPSG code, so QGIS and GDAL place it without a sidecar file. GDAL's own
/// tags carry the rest: nodata 0 (no incident within the radius, so QGIS draws those cells
/// transparent instead of a dark rectangle) and, as GDAL metadata, the band's unit and the
/// request's parameters (<see cref="HeatmapMetadata"/>), SYNTHETIC among them when benchmark rows were summed.
/// </summary>
internal static class HeatmapGeoTiff
{
    public const string MediaType = "image/tiff; application=geotiff";

    private const TiffTag ModelPixelScale = (TiffTag)33550;
    private const TiffTag ModelTiepoint = (TiffTag)33922;
    private const TiffTag GeoKeyDirectory = (TiffTag)34735;
    private const TiffTag GdalMetadata = (TiffTag)42112;
    private const TiffTag GdalNoData = (TiffTag)42113;

    private static readonly Tiff.TiffExtendProc? s_parentExtender = Tiff.SetTagExtender(RegisterGeoTiffTags);

    public static byte[] Encode(Heatmap heatmap, HeatmapMetadata metadata)
    {
        _ = s_parentExtender; // the static initialiser registers the GeoTIFF tags before the first write
        var grid = heatmap.Grid;
        using var buffer = new MemoryStream();
        using (var tiff = Tiff.ClientOpen("heatmap.tif", "w", buffer, new TiffStream())
            ?? throw new InvalidOperationException("LibTiff could not open a TIFF writer"))
        {
            tiff.SetField(TiffTag.IMAGEWIDTH, grid.Columns);
            tiff.SetField(TiffTag.IMAGELENGTH, grid.Rows);
            tiff.SetField(TiffTag.SAMPLESPERPIXEL, 1);
            tiff.SetField(TiffTag.BITSPERSAMPLE, 32);
            tiff.SetField(TiffTag.SAMPLEFORMAT, SampleFormat.IEEEFP);
            tiff.SetField(TiffTag.PHOTOMETRIC, Photometric.MINISBLACK);
            tiff.SetField(TiffTag.PLANARCONFIG, PlanarConfig.CONTIG);
            tiff.SetField(TiffTag.COMPRESSION, Compression.DEFLATE);
            tiff.SetField(TiffTag.PREDICTOR, Predictor.FLOATINGPOINT);
            tiff.SetField(TiffTag.ROWSPERSTRIP, Math.Max(1, 8192 / grid.Columns));
            tiff.SetField(ModelPixelScale, 3, new[] { grid.CellWidth, grid.CellHeight, 0.0 });
            tiff.SetField(ModelTiepoint, 6, new[] { 0.0, 0.0, 0.0, grid.MinX, grid.MaxY, 0.0 });
            tiff.SetField(GeoKeyDirectory, GeoKeys.Length, GeoKeys);
            tiff.SetField(GdalNoData, HeatmapMetadata.NoData);
            tiff.SetField(GdalMetadata, metadata.ToGdalXml());

            var row = new byte[grid.Columns * sizeof(float)];
            var floats = new float[grid.Columns];
            for (var r = 0; r < grid.Rows; r++)
            {
                for (var c = 0; c < grid.Columns; c++) floats[c] = (float)heatmap.Values[r * grid.Columns + c];
                Buffer.BlockCopy(floats, 0, row, 0, row.Length);
                if (!tiff.WriteScanline(row, r))
                    throw new InvalidOperationException($"LibTiff could not write row {r} of the heatmap");
            }
        }
        return buffer.ToArray();
    }

    /// <summary>GeoKey directory (GeoTIFF 1.0, §2.4): header, then (key, location, count, value), keys ascending.</summary>
    private static readonly short[] GeoKeys =
    [
        1, 1, 0, 4,
        1024, 0, 1, 1,       // GTModelTypeGeoKey = ModelTypeProjected
        1025, 0, 1, 1,       // GTRasterTypeGeoKey = RasterPixelIsArea: the tie point is a cell's corner
        3072, 0, 1, (short)Heatmap.Epsg, // ProjectedCSTypeGeoKey = EPSG:32642, WGS 84 / UTM zone 42N
        3076, 0, 1, 9001,    // ProjLinearUnitsGeoKey = metre
    ];

    private static void RegisterGeoTiffTags(Tiff tiff)
    {
        TiffFieldInfo[] tags =
        [
            new(ModelPixelScale, -1, -1, TiffType.DOUBLE, FieldBit.Custom, false, true, "ModelPixelScaleTag"),
            new(ModelTiepoint, -1, -1, TiffType.DOUBLE, FieldBit.Custom, false, true, "ModelTiepointTag"),
            new(GeoKeyDirectory, -1, -1, TiffType.SHORT, FieldBit.Custom, false, true, "GeoKeyDirectoryTag"),
            new(GdalMetadata, -1, -1, TiffType.ASCII, FieldBit.Custom, true, false, "GDALMetadata"),
            new(GdalNoData, -1, -1, TiffType.ASCII, FieldBit.Custom, true, false, "GDALNoDataValue"),
        ];
        tiff.MergeFieldInfo(tags, tags.Length);
        s_parentExtender?.Invoke(tiff);
    }
}
