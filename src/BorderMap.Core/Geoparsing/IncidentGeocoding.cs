using BorderMap.Core.Incidents;
using BorderMap.Core.Validation;
using NetTopologySuite.Geometries;

namespace BorderMap.Core.Geoparsing;

/// <summary>
/// Completes a structured incident that names a place but gives no coordinates: the place is looked
/// up the way the geoparser looks up toponyms in text (any spelling, "X district", "X province" on
/// the border facing it), restricted to the country the client gave.
/// </summary>
public static class IncidentGeocoding
{
    /// <summary>The input with geometry, precision, country and admin names filled from the gazetteer; or a 422 naming placeName.</summary>
    public static IncidentInput Complete(IncidentInput input, IncidentExtractor extractor)
    {
        if (!input.NeedsGeocoding) return input;
        var name = input.PlaceName!.Trim();
        var place = name.Length <= IncidentInput.MaxNameLength ? extractor.Geocode(name, Countries.Normalise(input.Country)) : null;
        if (place is null)
        {
            var errors = new FieldErrors();
            errors.Add("placeName", $"'{(name.Length > 60 ? name[..60] + "…" : name)}' is not a place near the border in the gazetteer{(input.Country is null ? "" : $" of {input.Country}")}; send geometry as a GeoJSON Point");
            throw new InputValidationException("The incident is not valid.", errors);
        }
        return input with
        {
            Geometry = new Point(place.Location.Lon, place.Location.Lat),
            GeoPrecision = input.GeoPrecision ?? (int)place.Precision,
            Country = input.Country ?? place.Country,
            Admin1 = input.Admin1 ?? place.Admin1,
            Admin2 = input.Admin2 ?? place.Admin2,
        };
    }
}
