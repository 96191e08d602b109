using System.ComponentModel;
using BorderMap.Core.Access;
using BorderMap.Data.Access;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BorderMap.Cli.Commands;

internal sealed class KeysCreateCommand : AsyncCommand<KeysCreateCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--role <ROLE>")]
        [Description("reader (GET), editor (ingest, import, edit, retract) or admin (keys, alert rules, reprocess, dashboard).")]
        public string Role { get; init; } = "";

        [CommandOption("--name <NAME>")]
        [Description("Who or what holds the key; recorded on every write made with it.")]
        public string Name { get; init; } = "";

        public override ValidationResult Validate() =>
            ApiKeys.ParseRole(Role) is null ? ValidationResult.Error("--role must be reader, editor or admin")
            : Name.Trim().Length is < 1 or > 100 ? ValidationResult.Error("--name must be 1 to 100 characters")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken ct)
    {
        await using var dataSource = await CliDatabase.OpenMigratedAsync(ct);
        var (record, secret) = await new ApiKeyStore(dataSource).CreateAsync(settings.Name.Trim(), ApiKeys.ParseRole(settings.Role)!.Value,
            $"cli:{Environment.UserName}", ct);
        AnsiConsole.MarkupLineInterpolated($"[green]created {record.Role.ToString().ToLowerInvariant()} key #{record.Id} '{record.Name}' (prefix {record.Prefix}); it is shown only now:[/]");
        Console.WriteLine(secret);
        return 0;
    }
}

internal sealed class KeysListCommand : AsyncCommand
{
    public override async Task<int> ExecuteAsync(CommandContext context, CancellationToken ct)
    {
        await using var dataSource = await CliDatabase.OpenMigratedAsync(ct);
        var table = new Table().AddColumns("id", "name", "role", "prefix", "created", "last used", "revoked");
        foreach (var key in await new ApiKeyStore(dataSource).ListAsync(ct))
        {
            table.AddRow(key.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(key.Name), key.Role.ToString().ToLowerInvariant(), key.Prefix,
                key.CreatedAt.ToString("u"), key.LastUsedAt?.ToString("u") ?? "", key.RevokedAt?.ToString("u") ?? "");
        }
        AnsiConsole.Write(table);
        return 0;
    }
}

internal sealed class KeysRevokeCommand : AsyncCommand<KeysRevokeCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<ID-OR-PREFIX>")]
        public string Key { get; init; } = "";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken ct)
    {
        await using var dataSource = await CliDatabase.OpenMigratedAsync(ct);
        if (await new ApiKeyStore(dataSource).RevokeAsync(settings.Key, ct))
        {
            AnsiConsole.MarkupLineInterpolated($"[green]revoked {settings.Key}[/] (servers stop accepting it within their key cache time, 10 s by default)");
            return 0;
        }
        AnsiConsole.MarkupLineInterpolated($"[red]no active key has id or prefix {settings.Key}[/]");
        return 1;
    }
}
