namespace BorderMap.Server.Hosting;

/// <summary>Registers problem+json for every error: <see cref="ProblemExceptionHandler"/> for exceptions, status code pages for routing misses.</summary>
internal static class ProblemResponses
{
    public static IServiceCollection AddBorderMapProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["requestId"] = context.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        return services;
    }

    public static WebApplication UseBorderMapProblems(this WebApplication app)
    {
        app.UseExceptionHandler();
        // Routing misses (404, 405) get the same problem+json body as every other error.
        app.UseStatusCodePages();
        return app;
    }
}
