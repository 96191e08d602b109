using System.Net;
using System.Text;
using BorderMap.Core.Import;
using BorderMap.Server.Tests.Features.Import;
using BorderMap.Server.Tests.Support;

namespace BorderMap.Server.Tests.Features.Exports;

/// <summary>/api/v1/exports/incidents.acled.csv: ACLED's layout, and the ACLED → BorderMap → ACLED round trip (issue 14).</summary>
public sealed class AcledExportTests(BorderMapApp app) : IClassFixture<BorderMapApp>
{
    [Fact]
    public async Task An_ACLED_export_imported_and_exported_again_gives_back_every_column()
    {
        var csv = AcledFixture.Export();
        var (status, _) = await app.ImportAsync(csv);
        Assert.Equal(HttpStatusCode.OK, status);

        var exported = await DownloadAsync("raw=true");

        var original = Read(csv);
        var header = exported[0];
        Assert.Equal(AcledLayout.Columns, header.Take(AcledLayout.Columns.Count));
        Assert.Equal("bordermap_id", header[AcledLayout.Columns.Count]);
        var byId = exported.Skip(1).ToDictionary(r => r[0]);
        foreach (var row in original.Skip(1))
        {
            var back = byId[row[0]];
            for (var c = 0; c < AcledLayout.Columns.Count; c++)
                Assert.True(row[c] == back[c], $"{row[0]} {AcledLayout.Columns[c]}: imported '{row[c]}', exported '{back[c]}'");
        }
    }

    [Fact]
    public async Task BorderMaps_ACLED_export_imported_again_changes_nothing()
    {
        await app.ImportAsync(AcledFixture.Export());
        var exported = await DownloadTextAsync("raw=true");

        var (status, body) = await app.ImportAsync(exported);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, (int?)body["imported"]);
    }

    [Fact]
    public async Task The_ACLED_export_neutralises_formulas_unless_raw_is_asked_for()
    {
        await app.ImportAsync(AcledFixture.Export());

        var cells = (await DownloadAsync("")).SelectMany(r => r).ToList();

        Assert.Contains("'-Test fixture starting with a dash; =1+1 stays text", cells);
        var formulas = cells.Where(c => c.Length > 0 && c[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
            && !double.TryParse(c, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)).ToList();
        Assert.True(formulas.Count == 0, "cells a spreadsheet would run: " + string.Join(" | ", formulas));
        Assert.Contains("-Test fixture starting with a dash; =1+1 stays text", (await DownloadAsync("raw=true")).SelectMany(r => r));
    }

    [Fact]
    public async Task Raw_takes_only_true_or_false()
    {
        using var response = await app.Client.GetAsync("/api/v1/exports/incidents.acled.csv?raw=yes");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ProblemAsync()).GetProperty("errors").TryGetProperty("raw", out _));
    }

    private async Task<string> DownloadTextAsync(string query)
    {
        using var response = await app.Client.GetAsync($"/api/v1/exports/incidents.acled.csv?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<List<string[]>> DownloadAsync(string query) => Read(await DownloadTextAsync(query));

    private static List<string[]> Read(string csv)
    {
        using var reader = CsvHelper.CsvReader.Create(new StringReader(csv), new CsvHelper.CsvReaderOptions { HasHeader = false, Separator = ',' }, false);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.GetString(i) ?? "";
            rows.Add(row);
        }
        return rows;
    }
}
