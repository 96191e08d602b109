using BorderMap.Core.Import;

namespace BorderMap.Core.Tests.Import;

/// <summary>ACLED's columns onto BorderMap's incident input. The rows are test fixtures, not real events.</summary>
public sealed class AcledColumnsTests
{
    /// <summary>A row keyed TJK1 of type Battles with the given columns.</summary>
    private static (ImportedRow? Row, string? Error) Parse((string Column, string Value)[] row)
    {
        var (columns, error) = AcledColumns.FromHeader([AcledLayout.EventId, "event_type", .. row.Select(r => r.Column)]);
        Assert.Null(error);
        return columns!.Read(["TJK1", "Battles", .. row.Select(r => r.Value)]);
    }

    private static ImportedRow Read(params (string Column, string Value)[] row)
    {
        var (read, error) = Parse(row);
        Assert.True(error is null, error);
        return read!;
    }

    private static string? ErrorOf(params (string Column, string Value)[] row) => Parse(row).Error;

    [Theory]
    [InlineData("2022-05-08")]
    [InlineData("08 May 2022")]
    [InlineData("8 May 2022")]
    [InlineData("08-May-22")]
    public void ACLEDs_date_forms_are_read(string date) =>
        Assert.Equal("2022-05-08", Read(("event_date", date)).Input.Date);

    [Fact]
    public void A_year_that_is_not_the_event_dates_is_a_row_error() =>
        Assert.Contains("year 2021", ErrorOf(("event_date", "08 May 2022"), ("year", "2021")));

    [Theory]
    [InlineData("762", "", "TJ")]
    [InlineData("4", "Afghanistan", "AF")]
    [InlineData("", "Tajikistan", "TJ")]
    [InlineData("364", "Iran", null)]
    public void ACLEDs_numeric_iso_or_country_name_gives_the_alpha2_code(string iso, string country, string? expected) =>
        Assert.Equal(expected, Read(("event_date", "2022-05-08"), ("iso", iso), ("country", country)).Input.Country);

    [Fact]
    public void Columns_BorderMap_has_no_field_for_are_kept_as_written_and_bordermaps_own_are_not()
    {
        var row = Read(("event_date", "2022-05-08"), ("source_scale", "National"), ("admin3", ""), ("bordermap_id", "7"));
        Assert.Equal("National", row.Acled!["source_scale"]);
        Assert.Equal("", row.Acled["admin3"]);
        Assert.False(row.Acled.ContainsKey("bordermap_id"));
    }

    [Fact]
    public void A_spelling_BorderMap_would_write_differently_is_kept_and_one_it_would_write_alike_is_not()
    {
        var row = Read(("event_date", "08 May 2022"), ("latitude", "37.4900"), ("longitude", "69.4"));
        Assert.Equal("08 May 2022", row.Acled!["event_date"]);
        Assert.Equal("37.4900", row.Acled["latitude"]);
        Assert.False(row.Acled.ContainsKey("longitude"));
    }

    [Fact]
    public void The_same_actor_on_both_sides_keeps_both_columns()
    {
        var row = Read(("event_date", "2022-05-08"), ("actor1", "Taliban"), ("actor2", "Taliban"));
        Assert.Equal(["Taliban", "Taliban"], new[] { row.Acled!["actor1"], row.Acled["actor2"] });
    }

    [Fact]
    public void A_header_naming_a_column_twice_is_refused() =>
        Assert.Contains("twice", AcledColumns.FromHeader(["event_date", "event_type", "notes", "NOTES"]).Error);

    [Fact]
    public void An_empty_event_id_is_a_row_error()
    {
        var (columns, _) = AcledColumns.FromHeader([AcledLayout.EventId, "event_date", "event_type"]);
        Assert.Contains(AcledLayout.EventId, columns!.Read(["", "2022-05-08", "Battles"]).Error);
    }
}
