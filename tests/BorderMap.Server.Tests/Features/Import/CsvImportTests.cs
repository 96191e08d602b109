using System.Net;
using System.Text;
using BorderMap.Server.Tests.Support;

namespace BorderMap.Server.Tests.Features.Import;

/// <summary>
/// Hostile CSV files (issue 17, finding 5): every row is either imported or listed as rejected with
/// the line it starts on, never dropped in silence. The rows are test fixtures, not real incidents.
/// </summary>
public sealed class CsvImportTests(BorderMapApp app) : IClassFixture<BorderMapApp>
{
    private const string Header = "event_date,event_type,sub_event_type,actor1,actor2,location,latitude,longitude,geo_precision,time_precision,fatalities,source,notes";

    private static string Row(string notes, string location = "Farkhor") => $"2022-05-08,Battles,Armed clash,,,{location},37.49,69.40,2,day,0,test fixture,{notes}";

    [Fact]
    public async Task A_hostile_CSV_loses_no_row_without_saying_so()
    {
        var csv = new StringBuilder();
        var line = 1;
        int Add(string record, string end = "\r\n")
        {
            var start = line;
            csv.Append(record).Append(end);
            line += record.Count(c => c == '\n') + 1;
            return start;
        }
        Add('\uFEFF' + Header);                                                                // after a byte order mark
        Add(Row("\"quoted, with a comma\r\nand a CR LF inside\""));
        // The case: a quoted field of 1.2M characters over 1,200 lines; the rows after it were lost.
        var huge = Add(Row('"' + string.Concat(Enumerable.Repeat(new string('x', 999) + "\n", 1200)) + '"'));
        for (var i = 0; i < 5; i++) Add(Row($"good row {i}"));
        var stray = Add(Row("stray", "Far\"khor"));                                             // a quote inside an unquoted field
        Add(Row("a row ending in LF only"), "\n");
        var extra = Add(Row("one field too many") + ",extra");
        var unclosed = Add(Row("\"a quote that is never closed"));
        Add(Row("swallowed by the quote above"));
        var before = await app.CountRowsAsync("incidents");

        var (status, body) = await app.ImportAsync(csv.ToString(), query: "?mode=partial");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(before + 7, await app.CountRowsAsync("incidents"));
        Assert.Equal(7, (int?)body["imported"]);
        var rejected = body["rejected"]!.AsArray().Select(r => ((int?)r!["line"], (string?)r["reason"])).ToList();
        Assert.Equal([huge, stray, extra, unclosed], rejected.Select(r => r.Item1));
        Assert.Contains("notes", rejected[0].Item2);
        Assert.Contains("quote", rejected[1].Item2);
        Assert.Contains($"lines {unclosed}–{line - 1}", rejected[3].Item2);
        Assert.Equal(1, await app.ScalarAsync<long>("SELECT count(*) FROM incidents WHERE notes = $1", "quoted, with a comma\r\nand a CR LF inside"));
    }

    [Fact]
    public async Task A_quote_never_closed_in_a_large_file_stops_reading_and_says_how_many_lines_were_not_read()
    {
        var csv = new StringBuilder();
        csv.Append(Header).Append('\n').Append(Row("good")).Append('\n');
        csv.Append(Row("\"opens a quote")).Append('\n');
        const int Lines = 1_100_000; // 17.6 MB after the quote: past the 16 MB a record may grow to
        for (var i = 0; i < Lines; i++) csv.Append("0123456789abcdef\n");

        var (status, body) = await app.ImportAsync(csv.ToString(), query: "?mode=partial");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, (int?)body["imported"]);
        Assert.Equal(3, (int?)body["stopped"]!["line"]);
        Assert.Equal(Lines + 1, (int?)body["stopped"]!["unreadLines"]);
        Assert.Equal(3, (int?)Assert.Single(body["rejected"]!.AsArray())!["line"]);
    }

    [Fact]
    public async Task A_file_that_is_not_UTF8_is_refused_whole()
    {
        using var content = new ByteArrayContent([.. Encoding.UTF8.GetBytes(Header + "\n" + Row("caf")), 0xE9, (byte)'\n']);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        using var response = await app.Client.PostAsync("/api/v1/incidents:import?mode=partial", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("UTF-8", (await response.ProblemAsync()).GetProperty("detail").GetString());
    }
}
