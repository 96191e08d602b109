using BorderMap.Cli.Evaluation;
using BorderMap.Core.Border;
using BorderMap.Core.Incidents;

namespace BorderMap.Cli.Samples;

/// <summary>One article's account of an incident: a gold incident of the development set with the article that reports it.</summary>
internal sealed record Account(DevArticle Article, GoldIncident Incident)
{
    public GeoPoint Location => new(Incident.Lon, Incident.Lat);

    /// <summary>
    /// The days the incident may have happened on, as the account dates it: the day itself; a
    /// week or month around the date; with no date of its own, the week before publication.
    /// </summary>
    public (int From, int To) Days
    {
        get
        {
            var day = Incident.Date.DayNumber;
            return Incident.DatePrecision switch
            {
                "day" => (day, day),
                "week" => (day - 6, day + 6),
                "month" => (day - 30, day + 30),
                _ => (day - 7, day),
            };
        }
    }

    /// <summary>How exactly the account dates the incident: 0 (the day) to 3 (not at all).</summary>
    public int DateRank => Incident.DatePrecision switch { "day" => 0, "week" => 1, "month" => 2, _ => 3 };
}

/// <summary>
/// Groups the development set's gold border incidents into events: articles that report the same
/// incident (same side, same ACLED type, overlapping dates, places that agree) become one event
/// with several accounts. Complete linkage (every pair of accounts must agree), so two clashes in
/// the same province a week apart are never chained into one. Pure: no I/O.
/// </summary>
internal static class RealIncidents
{
    /// <summary>Accounts that date the day may still differ by one (a night, a time zone, a late report).</summary>
    private const int DayTolerance = 1;

    /// <summary>Two district- or place-level accounts of one incident lie within this distance…</summary>
    private const double SamePlaceM = 30_000;

    /// <summary>…and a province-level account ("in Badakhshan", "on the border") within this of the other.</summary>
    private const double SameProvinceM = 150_000;

    public static IReadOnlyList<IReadOnlyList<Account>> Group(IEnumerable<DevArticle> articles)
    {
        var accounts = articles
            .SelectMany(a => a.Incidents.Where(i => i.OnBorder).Select(i => new Account(a, i)))
            .OrderBy(a => a.Incident.Date).ThenBy(a => a.DateRank).ThenBy(a => a.Article.Id, StringComparer.Ordinal)
            .ToList();
        var events = new List<List<Account>>();
        foreach (var account in accounts)
        {
            var same = events.FirstOrDefault(e => e.All(other => SameIncident(account, other)));
            if (same is null) events.Add([account]);
            else same.Add(account);
        }
        return events;
    }

    /// <summary>True when two accounts can describe one incident.</summary>
    public static bool SameIncident(Account a, Account b)
    {
        if (a.Article.Id == b.Article.Id) return false; // an article lists each incident once
        if (a.Incident.Side != b.Incident.Side || a.Incident.EventType != b.Incident.EventType) return false;

        var (aFrom, aTo) = a.Days;
        var (bFrom, bTo) = b.Days;
        if (aFrom > bTo + DayTolerance || bFrom > aTo + DayTolerance) return false;

        var reach = a.Incident.GeoPrecision == 3 || b.Incident.GeoPrecision == 3 ? SameProvinceM : SamePlaceM;
        return Geodesic.DistanceM(a.Location, b.Location) <= reach;
    }
}
