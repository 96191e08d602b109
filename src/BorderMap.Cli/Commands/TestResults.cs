using System.Xml.Linq;

namespace BorderMap.Cli.Commands;

/// <summary>Totals read from the TRX files <c>dotnet test</c> writes, so CI gets one readable line.</summary>
internal sealed record TestResults(int Passed, int Failed, int Skipped)
{
    public int Total => Passed + Failed + Skipped;

    public string Summary() => Skipped > 0
        ? $"{Passed} passed, {Failed} failed, {Skipped} skipped"
        : $"{Passed} passed, {Failed} failed";

    public static TestResults FromTrxFiles(IEnumerable<string> paths)
    {
        int passed = 0, failed = 0, skipped = 0;
        foreach (var path in paths)
        {
            var document = XDocument.Load(path);
            // Count outcomes of the individual results: counters in the summary lump skipped into "notExecuted".
            foreach (var result in document.Descendants().Where(e => e.Name.LocalName == "UnitTestResult"))
            {
                switch ((string?)result.Attribute("outcome"))
                {
                    case "Passed": passed++; break;
                    case "NotExecuted": skipped++; break;
                    default: failed++; break;
                }
            }
        }
        return new TestResults(passed, failed, skipped);
    }
}
