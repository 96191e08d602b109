namespace BorderMap.Server.Features.Health;

internal sealed record Readiness(string Status, int SchemaVersion, int ExpectedSchemaVersion, bool JobStorage, IReadOnlyList<DatabaseStatus> Databases);
