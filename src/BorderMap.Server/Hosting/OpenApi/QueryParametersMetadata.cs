namespace BorderMap.Server.Hosting.OpenApi;

/// <summary>Marks a route that reads query parameters, so <see cref="ProblemAnswers"/> declares its 400.</summary>
internal sealed record QueryParametersMetadata;
