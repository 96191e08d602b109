using System.Text.Json;
using BorderMap.Core.Geodata;
using BorderMap.Core.Geoparsing;
using BorderMap.Data.Incidents;
using Npgsql;

namespace BorderMap.Data.Reports;

/// <summary>
/// Runs the geoparser over one stored report and stores what it finds, in one transaction: the
/// incidents, their sources and the report's status commit together or not at all, so a worker
/// killed half-way leaves the report waiting for the retry with nothing of it written. Reentrant: a
/// report being extracted elsewhere or done is left alone, and an incident that repeats an active
/// one (same type, a day, 10 km) becomes a second source of that incident instead of a copy.
/// </summary>
public sealed class ReportProcessor(NpgsqlDataSource dataSource, ReportStore reports, IncidentStore incidents, IncidentExtractor extractor, GeodataSet geodata)
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    public async Task ProcessAsync(long reportId, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (!await reports.ClaimAsync(reportId, connection, ct)) return;
        var report = await reports.GetAsync(reportId, ct)
            ?? throw new InvalidOperationException($"report {reportId} was claimed but cannot be read");
        try
        {
            var article = report.ToArticle();
            var result = extractor.Extract(article);
            foreach (var found in result.Incidents)
            {
                var draft = found.ToDraft(article, report.Title ?? HostOf(report.Url));
                var evidence = JsonSerializer.Serialize(found.Evidence, s_json);
                if (await reports.FindSameIncidentAsync(draft, connection, ct) is { } same)
                {
                    await reports.AddSourceAsync(same, reportId, evidence, merged: true, connection, ct);
                    continue;
                }
                var stored = await incidents.InsertAsync(draft, found.Border, geodata.Version, $"report:{reportId}", connection, ct);
                await reports.AddSourceAsync(stored.Id, reportId, evidence, merged: false, connection, ct);
            }
            await reports.FinishAsync(reportId, ReportStatus.Done, JsonSerializer.Serialize(result.Skipped, s_json), null, geodata.Version, connection, ct);
            await transaction.CommitAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            await reports.FinishAsync(reportId, ReportStatus.Failed, "[]", $"extracting report {reportId} failed: {e.Message}", geodata.Version, null, CancellationToken.None);
            throw;
        }
    }

    private static string? HostOf(string? url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : null;
}
