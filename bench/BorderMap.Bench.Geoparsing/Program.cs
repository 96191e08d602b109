using System.Globalization;
using BenchmarkDotNet.Running;
using BorderMap.Bench.Geoparsing;

// dotnet run -c Release --project bench/BorderMap.Bench.Geoparsing                   extraction (BenchmarkDotNet)
// dotnet run -c Release --project bench/BorderMap.Bench.Geoparsing -- http URL [N]    /api/v1/geoparse latency
if (args.Length >= 2 && args[0] == "http")
    return await HttpLatency.RunAsync(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1000, warmup: 100);

BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args);
return 0;
