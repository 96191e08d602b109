using BorderMap.Core.Border;
using BorderMap.Core.Geodata;
using BorderMap.Data.Alerts;
using BorderMap.Data.Analytics;
using BorderMap.Data.Incidents;
using BorderMap.Data.Reprocessing;
using BorderMap.Server.Features.Alerts;
using BorderMap.Server.Features.Reprocess;
using BorderMap.Server.Hosting;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BorderMap.Server.Jobs;

/// <summary>
/// Hangfire over PostgreSQL in the BorderMap database (schema <c>hangfire</c>), the job classes,
/// and, for the worker role, the job server. Recurring jobs are registered at start-up under
/// stable ids; the dashboard is served at /hangfire to admin keys only (see AccessRules).
/// </summary>
internal static class JobsSetup
{
    public const string Schema = "hangfire";

    public static ServerRole AddBorderMapJobs(this WebApplicationBuilder builder)
    {
        var role = ServerRoles.Parse(builder.Configuration);
        var services = builder.Services;
        services.AddOptions<JobsOptions>().Bind(builder.Configuration.GetSection(JobsOptions.Section)).ValidateDataAnnotations()
            .Validate(o => o.QueuePollInterval > TimeSpan.Zero && o.SchedulePollingInterval > TimeSpan.Zero && o.InvisibilityTimeout >= TimeSpan.FromSeconds(1),
                "Jobs: the poll intervals must be positive and InvisibilityTimeout at least a second")
            .ValidateOnStart();
        services.AddOptions<AlertsOptions>().Bind(builder.Configuration.GetSection(AlertsOptions.Section)).ValidateDataAnnotations()
            .Validate(o => o.Webhooks.Timeout > TimeSpan.Zero && o.Webhooks.BackoffBase > TimeSpan.Zero && o.Webhooks.BackoffMax >= o.Webhooks.BackoffBase,
                "Alerts:Webhooks: Timeout and BackoffBase must be positive and BackoffMax at least BackoffBase")
            .ValidateOnStart();

        // Registered before AddHangfire so this storage and this activator, not the static
        // JobStorage.Current and JobActivator.Current, are the ones every client and server of this
        // host uses (tests run several hosts in one process).
        services.AddSingleton<JobStorage>(provider => new PostgreSqlStorage(
            new DataSourceConnections(provider.GetRequiredService<MaintenanceDataSource>().DataSource), StorageOptions(provider.GetRequiredService<IOptions<JobsOptions>>().Value)));
        services.AddSingleton<JobActivator>(provider => new Hangfire.AspNetCore.AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((provider, config) => config
            .UseLogProvider(new HostLogProvider(provider.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        if (role.RunsJobs())
        {
            services.AddHangfireServer((provider, server) =>
            {
                var jobs = provider.GetRequiredService<IOptions<JobsOptions>>().Value;
                server.WorkerCount = jobs.WorkerCount;
                server.Queues = JobQueues.All;
                server.SchedulePollingInterval = jobs.SchedulePollingInterval;
                server.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            });
        }

        // Jobs run longer than any request may: they use the data source without the request statement_timeout.
        services.AddSingleton(provider => new AlertCheck(provider.GetRequiredService<MaintenanceDataSource>().DataSource, CheckOptions(provider.GetRequiredService<IOptions<AlertsOptions>>().Value)));
        services.AddSingleton<AlertRuleStore>().AddSingleton<AlertStore>().AddSingleton<AlertDeliveryStore>()
            .AddSingleton<ReprocessRunStore>().AddSingleton<Aggregates>().AddSingleton<WebhookAddressPolicy>()
            .AddSingleton<IIncidentRelocation, KeepLocations>();
        services.AddSingleton(provider => new Reprocessor(provider.GetRequiredService<MaintenanceDataSource>().DataSource, provider.GetRequiredService<ReprocessRunStore>(),
            provider.GetRequiredService<IncidentStore>(), provider.GetRequiredService<BorderModel>(), provider.GetRequiredService<GeodataSet>().Version,
            provider.GetRequiredService<IIncidentRelocation>()));
        services.AddTransient<WebhookSender>().AddTransient<AlertDispatcher>().AddTransient<ReprocessLauncher>()
            .AddTransient<CheckAlerts>().AddTransient<DeliverAlert>().AddTransient<RefreshAggregates>()
            .AddTransient<ReprocessIncidents>().AddTransient<ReprocessStaleIncidents>()
            .AddTransient<ExtractReport>().AddTransient<ExtractWaitingReports>();
        WebhookSender.Register(services);
        return role;
    }

    /// <summary>Logs the effective settings, registers the recurring jobs and maps the dashboard.</summary>
    public static void UseBorderMapJobs(this WebApplication app, ServerRole role)
    {
        var jobs = app.Services.GetRequiredService<IOptions<JobsOptions>>().Value;
        var alerts = app.Services.GetRequiredService<IOptions<AlertsOptions>>().Value;
        var storage = StorageOptions(jobs);
        app.Logger.LogInformation(
            "Hangfire: role {Role}; storage schema {Schema}, sliding invisibility timeout {Sliding}, invisibility timeout {Invisibility}, queue poll {QueuePoll}; " +
            "server {Server} with {Workers} workers on queues {Queues}, schedule poll {SchedulePoll}; crons: alerts '{AlertsCron}', aggregates '{AggregatesCron}', reprocess '{ReprocessCron}', waiting reports '{WaitingCron}'; " +
            "alert lookback {Lookback} days, webhook timeout {Timeout}, {Attempts} attempts, backoff {Base}..{Max}, private addresses allowed: [{Allowed}]",
            role.ToString().ToLowerInvariant(), storage.SchemaName, storage.UseSlidingInvisibilityTimeout, storage.InvisibilityTimeout, storage.QueuePollInterval,
            role.RunsJobs() ? "on" : "off", jobs.WorkerCount, string.Join(",", JobQueues.All), jobs.SchedulePollingInterval,
            alerts.CheckCron, jobs.AggregatesCron, jobs.ReprocessCron, jobs.WaitingReportsCron, alerts.LookbackDays, alerts.Webhooks.Timeout, alerts.Webhooks.MaxAttempts,
            alerts.Webhooks.BackoffBase, alerts.Webhooks.BackoffMax, string.Join(", ", alerts.Webhooks.AllowedPrivateAddresses));

        var recurring = app.Services.GetRequiredService<IRecurringJobManager>();
        recurring.AddOrUpdate<CheckAlerts>(RecurringJobIds.CheckAlerts, job => job.RunAsync(CancellationToken.None), alerts.CheckCron);
        recurring.AddOrUpdate<RefreshAggregates>(RecurringJobIds.RefreshAggregates, job => job.RunAsync(CancellationToken.None), jobs.AggregatesCron);
        recurring.AddOrUpdate<ReprocessStaleIncidents>(RecurringJobIds.ReprocessStale, job => job.RunAsync(CancellationToken.None), jobs.ReprocessCron);
        recurring.AddOrUpdate<ExtractWaitingReports>(RecurringJobIds.ExtractWaitingReports, job => job.RunAsync(CancellationToken.None), jobs.WaitingReportsCron);

        if (role.ServesApi())
            app.UseHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [new AdminDashboardAuthorization()], DisplayStorageConnectionString = false });
    }

    /// <summary>When the gazetteer changed at start-up, incidents placed with the old one are reprocessed.</summary>
    public static async Task ReprocessAfterGeodataChangeAsync(this WebApplication app)
    {
        var run = await app.Services.GetRequiredService<ReprocessLauncher>().StartWholeRunIfNeededAsync(ReprocessReasons.GazetteerChanged, app.Lifetime.ApplicationStopping);
        if (run is not null) app.Logger.LogInformation("Gazetteer changed: reprocess run {RunId} enqueued", run.Id);
    }

    private static PostgreSqlStorageOptions StorageOptions(JobsOptions jobs) => new()
    {
        SchemaName = Schema,
        PrepareSchemaIfNecessary = true,
        UseSlidingInvisibilityTimeout = true,
        InvisibilityTimeout = jobs.InvisibilityTimeout,
        QueuePollInterval = jobs.QueuePollInterval,
    };

    private static AlertCheckOptions CheckOptions(AlertsOptions alerts) =>
        new(alerts.Overlap, alerts.LookbackDays == 0 ? null : alerts.LookbackDays);

    /// <summary>Hangfire takes its connections from the process's one data source.</summary>
    private sealed class DataSourceConnections(NpgsqlDataSource dataSource) : IConnectionFactory
    {
        public NpgsqlConnection GetOrCreateConnection() => dataSource.CreateConnection();
    }
}
