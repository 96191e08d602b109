using BorderMap.Core.Geoparsing;
using BorderMap.Core.Incidents;

namespace BorderMap.Core.Tests.Geoparsing;

/// <summary>The Russian trigger lexicon. Every sentence here was written for the test.</summary>
public sealed class RussianTriggersTests
{
    // One or more sentences for every trigger, in the words border-service statements and the Russian press use.
    public static TheoryData<string> Sentences() =>
    [
        "Взрывное устройство было обезврежено саперами.",
        "Инженеры разминировали участок и уничтожили два снаряда.",
        "Смертник подорвал себя у ворот комендатуры.",
        "Беспилотник нанес удар по лагерю боевиков.",
        "Вертолет открыл огонь по лодке нарушителей.",
        "Заставу обстреляли из миномётов с афганской стороны.",
        "Артиллерия била по позициям в течение часа.",
        "Ракета упала на окраине кишлака.",
        "На дороге прогремел взрыв.",
        "Автомобиль подорвался на мине.",
        "Неизвестный бросил гранату во двор.",
        "Боевики захватили уездный центр Ишкашим.",
        "Талибы взяли под контроль пограничный пост.",
        "Утром экстремисты захватили позиции правительственных сил в приграничном с Таджикистаном уезде.",
        "Боевики захватили блокпост на окраине города.",
        "Правительственные силы отбили район у боевиков.",
        "Двое рыбаков были похищены на берегу реки.",
        "Жителей кишлака взяли в заложники.",
        "На участке заставы произошла перестрелка с контрабандистами.",
        "Произошло боестолкновение с вооруженной группой.",
        "Нарушители оказали вооруженное сопротивление.",
        "Пограничный наряд попал в засаду.",
        "Пограничники открыли огонь на поражение.",
        "На рынке начались беспорядки.",
        "Жители вышли на митинг у здания администрации.",
        "Один пограничник погиб, двое ранены.",
        "Тело нарушителя передано афганской стороне.",
        "Контрабандист был ликвидирован.",
        "В тайнике обнаружены автоматы и патроны.",
        "В ходе операции изъято 40 кг героина.",
        "Гашиш был изъят у жителя кишлака.",
        "Пограничниками задержаны двое нарушителей границы.",
        "Подозреваемый взят под стражу.",
        "Трое мужчин переправились через Пяндж на лодке.",
        "Группа пыталась пересечь границу ночью.",
        "Зафиксировано нарушение государственной границы.",
        "Пресечена попытка контрабанды наркотиков.",
        "Контрабандисты скрылись в зарослях.",
        // Words no other stem of the sentence gives away.
        "Нарушитель перешел границу у кишлака.",
        "Противник отступил к реке Пяндж.",
    ];

    [Theory]
    [MemberData(nameof(Sentences))]
    [InlineData("Удар из РСЗО пришелся по заставе.")]
    [InlineData("Реактивные установки работали по заставе всю ночь.")]
    [InlineData("У дороги сработало СВУ.")]
    [InlineData("Захвачен пограничный пост.")]
    [InlineData("Пал уездный центр.")]
    [InlineData("Мужчина перешёл границу у кишлака.")]
    [InlineData("Трое мужчин вошли на таджикскую территорию.")]
    public void The_cheap_first_look_never_hides_a_trigger(string sentence)
    {
        var every = RussianTriggers.Triggers.Where(t => t.Pattern.IsMatch(sentence)).Select(t => t.Name).ToList();
        Assert.NotEmpty(every);
        Assert.Equal(every, RussianTriggers.Find(sentence).Select(t => t.Trigger.Name));
    }

    [Theory]
    [InlineData("На участке заставы произошла перестрелка с контрабандистами.", "battles", "armed_clash", null)]
    [InlineData("В ходе операции изъято 40 кг героина.", "strategic_developments", "other", "drug_seizure")]
    [InlineData("Пограничниками задержаны двое нарушителей границы.", "strategic_developments", "arrests", "crossing")]
    [InlineData("Заставу обстреляли из миномётов с афганской стороны.", "explosions_remote_violence", "shelling_artillery_missile_attack", null)]
    [InlineData("Взрывное устройство было обезврежено саперами.", "strategic_developments", "disrupted_weapons_use", "weapon_seizure")]
    [InlineData("Саперы обезвредили противотанковую мину у дороги.", "strategic_developments", "disrupted_weapons_use", "weapon_seizure")]
    [InlineData("Мина взорвалась у дороги.", "explosions_remote_violence", "remote_explosive_landmine_ied", null)]
    public void A_border_statement_sentence_gets_the_type_of_its_first_trigger_and_the_tags_of_all(string sentence, string type, string subType, string? tag)
    {
        var found = RussianTriggers.Find(sentence);
        Assert.NotEmpty(found);
        Assert.Equal(type, found[0].Trigger.Type.Code);
        Assert.Equal(subType, found[0].Trigger.SubEventType.Code);
        if (tag is not null) Assert.Contains(tag, found.SelectMany(t => t.Trigger.Tags));
    }

    [Fact]
    public void Detained_trespassers_are_an_arrest_that_also_names_a_crossing()
    {
        var found = RussianTriggers.Find("Пограничниками задержаны двое нарушителей границы.");
        Assert.Equal(new[] { "arrest", "border crossing" }, found.Select(t => t.Trigger.Name));
    }

    [Theory]
    [InlineData("Пограничники провели совещание в Душанбе.")]
    [InlineData("Погода на границе остается жаркой.")]
    public void A_sentence_without_incident_words_has_no_trigger(string sentence) =>
        Assert.Empty(RussianTriggers.Find(sentence));

    [Fact]
    public void Every_trigger_names_a_real_ACLED_sub_type_and_known_tags()
    {
        Assert.All(RussianTriggers.Triggers, t =>
        {
            Assert.NotNull(t.SubEventType);
            Assert.All(t.Tags, tag => Assert.Contains(tag, BorderTag.All));
        });
    }

    [Fact]
    public void The_Russian_list_has_the_English_trigger_names_in_the_same_order()
    {
        Assert.Equal(EventLexicon.Triggers.Select(t => t.Name), RussianTriggers.Triggers.Select(t => t.Name));
    }

    [Fact]
    public void Each_Russian_trigger_codes_to_the_same_type_family_and_tags_as_its_English_namesake()
    {
        foreach (var (english, russian) in EventLexicon.Triggers.Zip(RussianTriggers.Triggers))
        {
            Assert.Equal(english.Type, russian.Type);
            Assert.Equal(english.SubType, russian.SubType);
            Assert.Equal(english.Family, russian.Family);
            Assert.Equal(english.Tags, russian.Tags);
        }
    }
}
