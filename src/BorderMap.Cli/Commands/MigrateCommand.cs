using Spectre.Console;
using Spectre.Console.Cli;

namespace BorderMap.Cli.Commands;

internal sealed class MigrateCommand : AsyncCommand
{
    public override async Task<int> ExecuteAsync(CommandContext context, CancellationToken ct)
    {
        await using var dataSource = await CliDatabase.OpenMigratedAsync(ct);
        AnsiConsole.MarkupLine("[green]database is migrated[/]");
        return 0;
    }
}
