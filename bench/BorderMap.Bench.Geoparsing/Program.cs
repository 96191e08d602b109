using System.Globalization;
using BenchmarkDotNet.Running;
using BorderMap.Bench.Geoparsing;

// dotnet run -c Release --project bench/BorderMap.Bench.Geoparsing                   extraction (BenchmarkDotNet)
// dotnet run -c Release --project bench/BorderMap.Bench.Geoparsing -- http URL [N]    /api/v1/geoparse latency
// dotnet run -c Release --project bench/BorderMap.Bench.Geoparsing -- slowest          the slowest dev-set sentences (where to look first)
if (args.Length >= 1 && args[0] == "slowest")
{
    SlowestSentences.Run();
    return 0;
}
// dotnet run -c Release --project bench/BorderMap.Bench.Geoparsing -- loop en 20       extract for N seconds (to run under a profiler)
if (args.Length >= 3 && args[0] == "loop")
{
    SlowestSentences.Loop(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
    return 0;
}
if (args.Length >= 2 && args[0] == "http")
    return await HttpLatency.RunAsync(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1000, warmup: 100);

BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args);
return 0;
