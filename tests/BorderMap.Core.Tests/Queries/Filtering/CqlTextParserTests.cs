using BorderMap.Core.Queries.Filtering;

namespace BorderMap.Core.Tests.Queries.Filtering;

public sealed class CqlTextParserTests
{
    private static readonly Dictionary<string, QueryableProperty> Queryables = new[]
    {
        new QueryableProperty("event_type", CqlType.String, "type", ["battles", "riots"]),
        new QueryableProperty("fatalities", CqlType.Integer, "deaths"),
        new QueryableProperty("date", CqlType.Date, "day"),
        new QueryableProperty("geometry", CqlType.Geometry, "where"),
    }.ToDictionary(q => q.Name);

    [Theory]
    [InlineData("event_type = 'battles' and not fatalities > 2", "(event_type = 'battles') AND (NOT (fatalities > 2))")]
    [InlineData("a_or_b", null)]
    [InlineData("fatalities between 1 and 3 or event_type in ('riots')", "(fatalities BETWEEN 1 AND 3) OR (event_type IN ('riots'))")]
    [InlineData("T_DURING(date, INTERVAL('2020-01-01', '..'))", "T_DURING(date, INTERVAL('2020-01-01', '..'))")]
    [InlineData("S_INTERSECTS(geometry, BBOX(70, 37, 71, 38))", "S_INTERSECTS(geometry, POLYGON ((70 37, 70 38, 71 38, 71 37, 70 37)))")]
    public void Text_parses_to_one_canonical_form_that_parses_back_to_the_same_tree(string filter, string? canonical)
    {
        if (canonical is null)
        {
            Assert.Throws<CqlSyntaxException>(() => CqlTextParser.Parse(filter, Queryables));
            return;
        }
        var parsed = CqlTextParser.Parse(filter, Queryables);
        Assert.Equal(canonical, CqlText.Format(parsed));
        Assert.Equal(canonical, CqlText.Format(CqlTextParser.Parse(canonical, Queryables)));
    }

    [Fact]
    public void And_binds_tighter_than_or()
    {
        var parsed = CqlTextParser.Parse("fatalities = 1 OR fatalities = 2 AND event_type = 'riots'", Queryables);
        var or = Assert.IsType<CqlOr>(parsed);
        Assert.IsType<CqlAnd>(or.Operands[1]);
    }

    [Fact]
    public void Json_and_text_encodings_of_a_filter_give_the_same_tree()
    {
        var text = CqlTextParser.Parse("event_type = 'riots' AND date < DATE('2021-01-01')", Queryables);
        var json = CqlJsonParser.Parse("""{"op":"and","args":[{"op":"=","args":[{"property":"event_type"},"riots"]},{"op":"<","args":[{"property":"date"},{"date":"2021-01-01"}]}]}""", Queryables);
        Assert.Equal(CqlText.Format(text), CqlText.Format(json));
    }

    [Fact]
    public void A_syntax_error_names_its_character()
    {
        var error = Assert.Throws<CqlSyntaxException>(() => CqlTextParser.Parse("fatalities >", Queryables));
        Assert.Equal(13, error.Position);
    }
}
