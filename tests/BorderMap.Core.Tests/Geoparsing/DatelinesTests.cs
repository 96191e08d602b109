using BorderMap.Core.Gazetteer;
using BorderMap.Core.Geoparsing;

namespace BorderMap.Core.Tests.Geoparsing;

/// <summary>Datelines name the newsroom, not the incident. Every line here was written for the test.</summary>
public sealed class DatelinesTests
{
    private static bool IsDateline(string sentence, string toponym)
    {
        var start = sentence.IndexOf(toponym, StringComparison.Ordinal);
        Assert.True(start >= 0, $"{toponym} is not in the sentence");
        return Datelines.IsDateline(sentence, new ToponymMention(start, start + toponym.Length, toponym, AdminUnit.None, [], 0, 0));
    }

    [Theory]
    [InlineData("KUNDUZ CITY (Pajhwok): Police said two men were detained.", "KUNDUZ")]
    [InlineData("FAIZABAD, Afghanistan (Xinhua) -- A roadside bomb killed two people.", "FAIZABAD")]
    [InlineData("KULOB, Tajikistan -- Border guards clashed with smugglers.", "KULOB")]
    [InlineData("ДУШАНБЕ, 5 фев — Sputnik. Пограничники задержали трех нарушителей.", "ДУШАНБЕ")]
    [InlineData("Khorog (Asia-Plus) — Guards detained two men.", "Khorog")]
    public void A_toponym_opening_the_text_before_a_dateline_punctuation_is_a_dateline(string sentence, string toponym) =>
        Assert.True(IsDateline(sentence, toponym));

    [Theory]
    [InlineData("Kunduz police said two men were detained.", "Kunduz")]
    [InlineData("Kunduz, a northern province, saw heavy fighting.", "Kunduz")]
    [InlineData("Guards in KULOB, Tajikistan -- said nothing.", "KULOB")]
    [InlineData("Хорог, Шугнан и Ишкашим остались без света.", "Хорог")]
    public void A_toponym_in_running_text_is_not_a_dateline(string sentence, string toponym) =>
        Assert.False(IsDateline(sentence, toponym));
}
