using BorderMap.Core.Geodata;
using BorderMap.Core.Geoparsing;
using BorderMap.Data.Incidents;
using BorderMap.Data.Reports;
using BorderMap.Server.Features.Geoparse;
using BorderMap.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.Server.Features.Reports;

/// <summary>/api/v1/reports: submit a text (stored verbatim, then extracted by an <c>ExtractReport</c> job) and follow what became of it.</summary>
internal static class ReportsApi
{
    public static IServiceCollection AddReports(this IServiceCollection services) =>
        services.AddSingleton<ReportStore>()
            .AddSingleton(provider => new ReportProcessor(provider.GetRequiredService<MaintenanceDataSource>().DataSource,
                provider.GetRequiredService<ReportStore>(), provider.GetRequiredService<IncidentStore>(),
                provider.GetRequiredService<IncidentExtractor>(), provider.GetRequiredService<GeodataSet>()))
            .AddSingleton<IReportExtractionQueue, HangfireReportExtractionQueue>();

    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/reports").WithTags("Reports");
        group.MapPost("/", Submit).WithName("SubmitReport").Accepts<ArticleInput>("application/json")
            .WithSummary("Submit a report: stored verbatim, its incidents extracted by a background job")
            .WithDescription("The same text and address submitted again answers with the report already stored.");
        group.MapGet("/{id:long}", Get).WithName("GetReport").WithSummary("A report, its extraction state and the incidents found in it");
        return app;
    }

    private static async Task<Accepted<ReportReceipt>> Submit(
        HttpRequest request, ReportStore reports, IReportExtractionQueue queue, TimeProvider clock, CancellationToken ct)
    {
        var article = await GeoparseApi.ReadArticleAsync(request, clock);
        var submission = await reports.SubmitAsync(article, Revisions.Author(request.HttpContext), ct);
        if (submission.Created) await queue.EnqueueAsync(submission.Id, ct);

        var status = (await reports.GetAsync(submission.Id, ct))?.Status ?? submission.Status;
        var location = $"/api/v1/reports/{submission.Id}";
        return TypedResults.Accepted(location, new ReportReceipt(submission.Id, status.ToString().ToLowerInvariant(), !submission.Created, location));
    }

    private static async Task<Results<Ok<ReportView>, ProblemHttpResult>> Get(long id, ReportStore reports, CancellationToken ct)
    {
        if (await reports.GetAsync(id, ct) is not { } report)
            return TypedResults.Problem($"report {id} does not exist", statusCode: 404, title: Problems.ReportNotFound);
        return TypedResults.Ok(ReportView.From(report, await reports.IncidentsAsync(id, ct)));
    }
}
