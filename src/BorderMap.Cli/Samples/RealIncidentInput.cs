using System.Globalization;
using BorderMap.Core.Incidents;
using NetTopologySuite.Geometries;

namespace BorderMap.Cli.Samples;

/// <summary>
/// Turns the accounts of one event into the body of a POST /api/v1/incidents: the most specific
/// place, the best-dated day, ACLED's lowest fatality figure, the earliest article as the source and
/// every other account (and where accounts disagree) in the notes. Pure: no I/O.
/// </summary>
internal static class RealIncidentInput
{
    public const string Provenance =
        "Real incident compiled by BorderMap from public reporting (the geoparser's real-reporting development set; facts only, no article text).";

    private static readonly GeometryFactory s_wgs84 = new(new PrecisionModel(), 4326);

    public static IncidentInput From(IReadOnlyList<Account> accounts)
    {
        if (accounts.Count == 0) throw new ArgumentException("an event has at least one account", nameof(accounts));
        var byPublication = accounts.OrderBy(a => a.Article.Published).ThenBy(a => a.Article.Id, StringComparer.Ordinal).ToList();
        var primary = byPublication[0];
        var place = accounts.OrderBy(a => a.Incident.GeoPrecision).ThenBy(a => a.DateRank).ThenBy(a => byPublication.IndexOf(a)).First();
        var dated = DateOf(accounts, byPublication);
        var fatalities = accounts.Select(a => a.Incident.Fatalities).Where(f => f is not null).Min();
        var subType = accounts.GroupBy(a => a.Incident.SubEventType)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(a => byPublication.IndexOf(a))).First().Key;

        return new IncidentInput
        {
            Date = dated.Incident.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            TimePrecision = dated.Incident.DatePrecision is "day" or "week" or "month" ? dated.Incident.DatePrecision : "week",
            EventType = place.Incident.EventType,
            SubEventType = subType,
            Actors = accounts.Select(a => a.Incident.Actors).FirstOrDefault(a => a is { Count: > 0 }),
            Fatalities = fatalities,
            Geometry = s_wgs84.CreatePoint(new Coordinate(place.Incident.Lon, place.Incident.Lat)),
            PlaceName = Clip(place.Incident.PlaceAsPrinted, IncidentInput.MaxNameLength),
            Country = place.Incident.Side,
            GeoPrecision = place.Incident.GeoPrecision,
            Source = Clip(Citation(primary), 500),
            SourceUrl = primary.Article.Url,
            Published = new DateTimeOffset(primary.Article.Published.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            Notes = Clip(Notes(accounts, byPublication, place), IncidentInput.MaxNotesLength),
        };
    }

    /// <summary>"Outlet, 2017-12-04: Title": the citation a reader can find the article by.</summary>
    public static string Citation(Account account) =>
        $"{account.Article.Outlet}, {account.Article.Published:yyyy-MM-dd}: {Title(account)}";

    /// <summary>
    /// The account whose date stands: the best-dated accounts vote on the day; a tie goes to the
    /// earliest published, which is closest to the event.
    /// </summary>
    private static Account DateOf(IReadOnlyList<Account> accounts, List<Account> byPublication)
    {
        var best = accounts.Min(a => a.DateRank);
        return accounts.Where(a => a.DateRank == best)
            .GroupBy(a => a.Incident.Date)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(a => byPublication.IndexOf(a)))
            .First().OrderBy(a => byPublication.IndexOf(a)).First();
    }

    private static string Notes(IReadOnlyList<Account> accounts, List<Account> byPublication, Account place)
    {
        var notes = new List<string> { Provenance };
        notes.Add($"Place as printed: {place.Incident.PlaceAsPrinted} (position: {place.Incident.PositionSource}).");
        if (byPublication.Count > 1)
            notes.Add("Also reported by: " + string.Join("; ", byPublication.Skip(1).Select(a => $"{Citation(a)} <{a.Article.Url}>")) + ".");

        var dates = Distinct(accounts, a => $"{a.Incident.Date:yyyy-MM-dd} ({a.Incident.DatePrecision})");
        if (accounts.Select(a => a.Incident.Date).Distinct().Count() > 1) notes.Add($"Accounts differ on the date: {dates}.");
        if (accounts.Select(a => a.Incident.Fatalities).Where(f => f is not null).Distinct().Count() > 1)
            notes.Add($"Accounts differ on fatalities (the lowest is kept, as ACLED does): {Distinct(accounts.Where(a => a.Incident.Fatalities is not null), a => a.Incident.Fatalities!.Value.ToString(CultureInfo.InvariantCulture))}.");
        if (accounts.Select(a => a.Incident.SubEventType).Distinct().Count() > 1)
            notes.Add($"Accounts differ on the sub-event type: {Distinct(accounts, a => a.Incident.SubEventType ?? "none")}.");
        return string.Join(" ", notes);
    }

    /// <summary>"4 (Asia-Plus), 5 (Reuters, TASS)": each value with the outlets that give it.</summary>
    private static string Distinct(IEnumerable<Account> accounts, Func<Account, string> value) =>
        string.Join(", ", accounts.GroupBy(value).Select(g => $"{g.Key} ({string.Join(", ", g.Select(a => a.Article.Outlet).Distinct())})"));

    private static string Title(Account account)
    {
        const string noHeadline = "[no headline in stored text] ";
        var title = account.Article.Title;
        return title.StartsWith(noHeadline, StringComparison.Ordinal) ? title[noHeadline.Length..] : title;
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
