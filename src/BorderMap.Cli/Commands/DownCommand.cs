using BorderMap.Cluster;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BorderMap.Cli.Commands;

internal sealed class DownCommand : AsyncCommand
{
    public override async Task<int> ExecuteAsync(CommandContext context, CancellationToken ct)
    {
        var cluster = await PrivateCluster.ForCheckoutAsync(CliDatabase.CheckoutRoot());
        // The layout's replica (bordermap layout) first: it would only retry the primary it streams from.
        var replica = await PrivateCluster.AtAsync(cluster.ReplicaLayout);
        if (await replica.StopAsync(ct))
            AnsiConsole.MarkupLineInterpolated($"[green]stopped the replica in {replica.Layout.DataDirectory}[/]");
        var stopped = await cluster.StopAsync(ct);
        if (stopped)
            AnsiConsole.MarkupLineInterpolated($"[green]stopped the private PostgreSQL cluster in {cluster.Layout.DataDirectory}[/]");
        else
            AnsiConsole.MarkupLineInterpolated($"[grey]the private PostgreSQL cluster in {cluster.Layout.DataDirectory} was not running[/]");
        return 0;
    }
}
