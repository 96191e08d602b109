using BorderMap.Core.Incidents;

namespace BorderMap.Data.Synthetic;

/// <summary>
/// Deterministic synthetic incidents for benchmarks and load tests: a hotspot drawn by weight,
/// Gaussian jitter of σ = 3 km around it, a day uniform over 2015–2025, event types in the shares
/// of the peer harness. Every one is flagged synthetic and says so in its source.
/// </summary>
public sealed class SyntheticIncidents(IReadOnlyList<Hotspot> hotspots, int seed)
{
    public const string SourceLabel = "SYNTHETIC (benchmark data, not a real incident)";
    private const double SigmaKm = 3;
    private static readonly DateOnly First = new(2015, 1, 1);
    private static readonly int Days = new DateOnly(2025, 12, 31).DayNumber - First.DayNumber + 1;

    // (share, type, sub-type, tag) in the peer harness's order: clash, shelling, seizure, crossing, arrest, explosion, other
    private static readonly (double Share, EventType Type, string SubType, string? Tag)[] Mix =
    [
        (0.18, EventType.Battles, "armed_clash", null),
        (0.10, EventType.ExplosionsRemoteViolence, "shelling_artillery_missile_attack", BorderTag.CrossBorderFire),
        (0.24, EventType.StrategicDevelopments, "other", BorderTag.Smuggling),
        (0.14, EventType.StrategicDevelopments, "other", BorderTag.Crossing),
        (0.16, EventType.StrategicDevelopments, "arrests", BorderTag.Detention),
        (0.06, EventType.ExplosionsRemoteViolence, "remote_explosive_landmine_ied", null),
        (0.12, EventType.ViolenceAgainstCivilians, "attack", null),
    ];

    public IEnumerable<IncidentDraft> Generate(int count)
    {
        var random = new Random(seed);
        var cumulative = new double[hotspots.Count];
        var total = hotspots.Sum(h => h.Weight);
        var running = 0.0;
        for (var i = 0; i < hotspots.Count; i++)
            cumulative[i] = (running += hotspots[i].Weight) / total;

        for (var n = 0; n < count; n++)
        {
            var hotspot = hotspots[Math.Min(hotspots.Count - 1, LowerBound(cumulative, random.NextDouble()))];
            // Box–Muller: two uniforms give two independent standard normals.
            var u1 = 1.0 - random.NextDouble();
            var u2 = random.NextDouble();
            var radius = Math.Sqrt(-2.0 * Math.Log(u1));
            var dLatKm = radius * Math.Cos(2 * Math.PI * u2) * SigmaKm;
            var dLonKm = radius * Math.Sin(2 * Math.PI * u2) * SigmaKm;
            var lat = Math.Clamp(hotspot.Lat + dLatKm / 110.574, -90, 90);
            var lon = Math.Clamp(hotspot.Lon + dLonKm / (111.320 * Math.Cos(hotspot.Lat * Math.PI / 180)), -180, 180);

            var mix = Mix[^1];
            var draw = random.NextDouble();
            foreach (var m in Mix)
            {
                if (draw < m.Share) { mix = m; break; }
                draw -= m.Share;
            }
            var violent = mix.Type != EventType.StrategicDevelopments;
            var precisionDraw = random.NextDouble();
            var fatalities = violent ? (int)Math.Floor(-Math.Log(1.0 - random.NextDouble()) * 1.5) : 0;

            yield return new IncidentDraft
            {
                Date = DateOnly.FromDayNumber(First.DayNumber + random.Next(Days)),
                EventType = mix.Type,
                SubEventType = mix.Type.FindSubType(mix.SubType),
                Tags = mix.Tag is null ? [] : [mix.Tag],
                Fatalities = fatalities,
                Location = new GeoPoint(lon, lat),
                PlaceName = $"near {hotspot.Name} (synthetic)",
                Country = hotspot.Country,
                GeoPrecision = precisionDraw < 0.6 ? GeoPrecision.Place : precisionDraw < 0.9 ? GeoPrecision.District : GeoPrecision.ProvinceOrBorder,
                Source = SourceLabel,
                Synthetic = true,
            };
        }
    }

    private static int LowerBound(double[] cumulative, double value)
    {
        var index = Array.BinarySearch(cumulative, value);
        return index >= 0 ? index : ~index;
    }
}
