[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("BorderMap.Cli.Tests")]
