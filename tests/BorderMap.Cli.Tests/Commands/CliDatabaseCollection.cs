namespace BorderMap.Cli.Tests.Commands;

/// <summary>The command tests point the CLI at their database through one process-wide variable (BORDERMAP_DB): they run one class at a time.</summary>
[CollectionDefinition(Name)]
public sealed class CliDatabaseCollection
{
    public const string Name = "BORDERMAP_DB";
}
