using BorderMap.Core.Gazetteer;
using BorderMap.Core.Incidents;

namespace BorderMap.Core.Tests.Gazetteer;

public sealed class AdminUnitWordsTests
{
    [Theory]
    [InlineData("Panj district", "panj")]
    [InlineData("Darvaz raion", "darvaz")]
    [InlineData("Ishkashimskiy rayon", "ishkashim")]
    [InlineData("Пянджский район", "пяндж")]
    [InlineData("Рушанский район", "рушан")]
    [InlineData("ноҳияи Панҷ", "панҷ")]
    [InlineData("Nohiyai Jaloliddini Balkhi", "jaloliddini balkhi")]
    [InlineData("woluswali-ye Imam Sahib", "imam sahib")]
    [InlineData("ولسوالی امام صاحب", "امام صاحب")]
    [InlineData("District of Khwahan", "khwahan")]
    [InlineData("уезд Рагистан", "рагистан")]
    [InlineData("уезде Хваджа Гхар", "хваджа гхар")]
    [InlineData("округ Имам Сахиб", "имам сахиб")]
    public void A_district_word_is_stripped_in_any_language_and_position(string name, string expected)
    {
        var stripped = AdminUnitWords.Strip(name);
        Assert.Equal(expected, stripped.Name);
        Assert.Equal(AdminUnit.District, stripped.Unit);
    }

    [Theory]
    [InlineData("Kunduz province", "kunduz")]
    [InlineData("Wilayat-e Kunduz", "kunduz")]
    [InlineData("ولایت کندز", "کندز")]
    [InlineData("ولايت كندز", "کندز")]
    [InlineData("Khatlon viloyat", "khatlon")]
    [InlineData("вилояти Хатлон", "хатлон")]
    [InlineData("Хатлонская область", "хатлон")]
    [InlineData("Kulyabskaya oblast'", "kulyab")]
    public void A_province_word_is_stripped_in_any_language_and_position(string name, string expected)
    {
        var stripped = AdminUnitWords.Strip(name);
        Assert.Equal(expected, stripped.Name);
        Assert.Equal(AdminUnit.Province, stripped.Unit);
    }

    [Fact]
    public void A_district_gives_precision_two_and_a_province_precision_three()
    {
        Assert.Equal(GeoPrecision.District, AdminUnitWords.Strip("Panj district").Precision);
        Assert.Equal(GeoPrecision.ProvinceOrBorder, AdminUnitWords.Strip("Kunduz province").Precision);
        Assert.Null(AdminUnitWords.Strip("Panj").Precision);
    }

    [Theory]
    [InlineData("Sher Khan Bandar", "sher khan bandar")]
    [InlineData("Khorog", "khorog")]
    [InlineData("District", "district")]
    [InlineData("Kalininskiy", "kalininskiy")]
    public void Names_without_an_admin_word_are_only_normalised(string name, string expected)
    {
        var stripped = AdminUnitWords.Strip(name);
        Assert.Equal(expected, stripped.Name);
        Assert.Equal(AdminUnit.None, stripped.Unit);
    }

    [Fact]
    public void A_short_name_keeps_what_only_looks_like_an_adjective_ending() =>
        Assert.Equal("sky", AdminUnitWords.Strip("Sky district").Name);

    [Fact]
    public void The_stripped_name_resolves_in_the_index()
    {
        var stripped = AdminUnitWords.Strip("Пянджский район");
        var first = BorderPlaces.Index.Lookup(stripped.Name)[0];
        Assert.Equal("tj.panj", first.PlaceId);
    }
}
