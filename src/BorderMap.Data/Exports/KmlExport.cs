using System.Globalization;
using System.Xml;
using BorderMap.Core.Incidents;

namespace BorderMap.Data.Exports;

/// <summary>
/// Writes incidents as KML 2.2: one Placemark per incident with a TimeStamp (so Google Earth's and
/// QGIS's time sliders work), a style per event type, and every attribute as typed ExtendedData: a
/// Schema declares each column with KML's type (int, double, bool; days and instants stay ISO 8601
/// strings, KML has no date type), so GDAL and QGIS keep every column, always-empty ones included.
/// .NET's XmlWriter does the encoding; no KML library for .NET is kept up, and the format is small.
/// </summary>
internal static class KmlExport
{
    private const string Namespace = "http://www.opengis.net/kml/2.2";
    private const string SchemaId = "incident";

    /// <summary>KML colours are aabbggrr; one per event type, as the rendered maps use.</summary>
    private static readonly Dictionary<string, string> Colours = new(StringComparer.Ordinal)
    {
        [EventType.Battles.Code] = "ff2b39d6",
        [EventType.ExplosionsRemoteViolence.Code] = "ff0e7fff",
        [EventType.ViolenceAgainstCivilians.Code] = "ffb9409b",
        [EventType.Protests.Code] = "ffb47d1f",
        [EventType.Riots.Code] = "ff2ca02c",
        [EventType.StrategicDevelopments.Code] = "ff7f7f7f",
    };

    public static async Task WriteAsync(Stream output, IAsyncEnumerable<IncidentExportRow> incidents, CancellationToken ct)
    {
        var settings = new XmlWriterSettings { Async = true, Indent = false, Encoding = new System.Text.UTF8Encoding(false) };
        await using var xml = XmlWriter.Create(output, settings);
        await xml.WriteStartDocumentAsync();
        xml.WriteStartElement("kml", Namespace);
        xml.WriteStartElement("Document");
        xml.WriteElementString("name", "BorderMap incidents");
        foreach (var type in EventType.All)
        {
            xml.WriteStartElement("Style");
            xml.WriteAttributeString("id", type.Code);
            xml.WriteStartElement("IconStyle");
            xml.WriteElementString("color", Colours[type.Code]);
            xml.WriteStartElement("Icon");
            xml.WriteElementString("href", "http://maps.google.com/mapfiles/kml/shapes/placemark_circle.png");
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteStartElement("Schema");
        xml.WriteAttributeString("name", SchemaId);
        xml.WriteAttributeString("id", SchemaId);
        foreach (var field in ExportFields.All)
        {
            xml.WriteStartElement("SimpleField");
            xml.WriteAttributeString("type", KmlType(field.Type));
            xml.WriteAttributeString("name", field.Name);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();

        var count = 0;
        await foreach (var row in incidents.WithCancellation(ct))
        {
            xml.WriteStartElement("Placemark");
            xml.WriteAttributeString("id", string.Create(CultureInfo.InvariantCulture, $"incident-{row.Id}"));
            xml.WriteElementString("name", $"{EventType.Find(row.EventType)?.Label ?? row.EventType} {row.Date:yyyy-MM-dd}");
            xml.WriteStartElement("TimeStamp");
            xml.WriteElementString("when", row.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            xml.WriteEndElement();
            xml.WriteElementString("styleUrl", "#" + row.EventType);
            xml.WriteStartElement("ExtendedData");
            xml.WriteStartElement("SchemaData");
            xml.WriteAttributeString("schemaUrl", "#" + SchemaId);
            var values = row.Values();
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] is null) continue;
                xml.WriteStartElement("SimpleData");
                xml.WriteAttributeString("name", ExportFields.All[i].Name);
                xml.WriteString(values[i] is bool b ? (b ? "1" : "0") : ExportText.Format(values[i]));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteStartElement("Point");
            xml.WriteElementString("coordinates", string.Create(CultureInfo.InvariantCulture, $"{row.Lon:R},{row.Lat:R}"));
            xml.WriteEndElement();
            xml.WriteEndElement();
            if (++count % 1000 == 0) await xml.FlushAsync();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    private static string KmlType(ExportFieldType type) => type switch
    {
        ExportFieldType.Integer or ExportFieldType.Integer64 => "int",
        ExportFieldType.Real => "double",
        ExportFieldType.Boolean => "bool",
        _ => "string",
    };
}
