# Writes snippets.json. Every snippet below was written for the BorderMap test corpus in the style
# of wire reports: none is a real report, and the incidents they describe are invented.
import json

def inc(date, prec, etype, sub, country, gp, at=None, crossing=None, border=None, side=None, f=None, i=None):
    e = {"date": date, "timePrecision": prec, "eventType": etype, "subEventType": sub, "country": country, "geoPrecision": gp}
    if at: e["at"] = at if isinstance(at, list) else [at]
    if crossing: e["crossing"] = crossing
    if border: e["border"] = border
    if side: e["side"] = side
    if f is not None: e["fatalities"] = f
    if i is not None: e["injured"] = i
    return e

B, E, V, S, P = "battles", "explosions_remote_violence", "violence_against_civilians", "strategic_developments", "protests"
S_ = []
def add(id, published, text, *incidents):
    S_.append({"id": id, "published": published, "text": text, "incidents": list(incidents)})

add("w01", "2023-03-14", "DUSHANBE, March 14 — Tajik border guards clashed with a group of drug traffickers near the village of Farkhor on Sunday night, killing two of the smugglers and seizing 38 kilograms of hashish, the State Committee for National Security said on Tuesday.",
    inc("2023-03-12", "day", B, "armed_clash", "TJ", 2, at="Farkhor", f=2))
add("w02", "2022-09-17", "Fighting broke out again on Friday on the disputed Tajik-Kyrgyz border near Isfara, with both sides reporting casualties among border guards.")
add("w03", "2021-07-05", "More than 1,000 Afghan soldiers fled across the border into Tajikistan overnight after Taliban fighters advanced in Badakhshan province, Tajik border guards said.",
    inc("2021-07-04", "day", S, "other", "TJ", 3, border="AF.01", side="TJ"))
add("w04", "2021-07-06", "Taliban fighters captured the Afghan border post at Sher Khan Bandar in Kunduz province on Monday, days after the fall of nearby Imam Sahib district.",
    inc("2021-07-05", "day", B, "non_state_actor_overtakes_territory", "AF", 1, crossing="cr-01", side="AF"))
add("w05", "2022-01-20", "Tajik border guards detained three Afghan nationals who had illegally crossed the Panj river into Shahritus district on Wednesday, the border service said.",
    inc("2022-01-19", "day", S, "arrests", "TJ", 2, at="Nohiyai Shahritus"))
add("w06", "2023-06-02", "A landmine exploded near the Tajik village of Moskva in Hamadoni district on Thursday, wounding a shepherd.",
    inc("2023-06-01", "day", E, "remote_explosive_landmine_ied", "TJ", 2, at="Moskva", i=1))
add("w07", "2021-09-10", "Gunmen on the Afghan bank of the Pyanj fired on a Tajik border outpost near Panj late on Wednesday; no one was hurt, Tajik officials said.",
    inc("2021-09-08", "day", B, "armed_clash", "TJ", 2, at="Panj", f=0))
add("w08", "2022-11-28", "Taliban and Tajik border forces exchanged fire across the river near Ishkashim on Saturday after a dispute over a fishing spot, local sources in Badakhshan said. One Taliban fighter was reported wounded.",
    inc("2022-11-26", "day", B, "armed_clash", "AF", 2, at=["Ashkāsham", "Ishqoshim"], i=1))
add("w09", "2024-02-15", "An explosion at a market in Kunduz city killed four people and injured 15 on Wednesday, a Taliban spokesman said.",
    inc("2024-02-14", "day", E, "remote_explosive_landmine_ied", "AF", 1, at="Kunduz", f=4, i=15))
add("w10", "2023-01-09", "Three Tajik servicemen were killed and two others wounded when their vehicle hit a mine in the Darvoz district of Gorno-Badakhshan on Saturday.",
    inc("2023-01-07", "day", E, "remote_explosive_landmine_ied", "TJ", 2, at="Nohiyai Darvoz", f=3, i=2))
add("w11", "2022-05-20", "Tajik and Afghan officials met in Dushanbe on Thursday to discuss the recent clashes on the border and agreed to set up a joint commission.")
add("w12", "2021-08-16", "Hundreds of Afghan refugees gathered on the Afghan bank of the Panj opposite Tajikistan's Shuroabad district on Sunday, hoping to cross, witnesses said.")
add("w13", "2022-03-03", "On 1 March, Afghan border police seized 120 kg of opium in Darqad district of Takhar province, near the Tajik border.",
    inc("2022-03-01", "day", S, "other", "AF", 2, at="Darqad"))
add("w14", "2024-05-06", "Tajikistan's border guards said on Sunday they had detained a group of five people trying to cross into the country illegally from Afghanistan near the Shohon bridge.",
    inc("2024-05-05", "day", S, "arrests", "TJ", 2, crossing="cr-03", side="TJ"))
add("w15", "2023-10-30", "A Chinese worker was shot dead and another kidnapped by unidentified gunmen at a gold mine in the Darwaz district of Badakhshan province in Afghanistan on Friday.",
    inc("2023-10-27", "day", V, "abduction_forced_disappearance", "AF", 2, at=["Darwāz-e Pā’īn", "Darwāz-e Bālā"], f=1))
add("w16", "2021-10-12", "Russian and Tajik troops held large-scale exercises at the Harb-Maidon range near the Afghan border, practising how to repel an incursion by militants.")
add("w17", "2022-07-25", "In 1993, militants crossing from Afghanistan attacked the 12th outpost of the Russian border troops near Shurobod, killing 25 servicemen.")
add("w18", "2022-12-05", "Two Afghan citizens were killed on the night of 3 December when Tajik border guards opened fire on smugglers trying to cross the Panj river near Khwaja Ghar, Afghan media reported.",
    inc("2022-12-03", "day", B, "armed_clash", "AF", 2, at="Khwājah Ghār", f=2))
add("w19", "2024-01-22", "Tajik border guards seized 25 kilograms of heroin on the bank of the Panj in the Panj district of Khatlon province on 20 January.",
    inc("2024-01-20", "day", S, "other", "TJ", 2, at="Nohiyai Panj"))
add("w20", "2023-04-17", "A Taliban border guard was killed and another was injured in a clash with Tajik border troops in the Darqad area on Saturday evening, the Taliban-run Bakhtar news agency reported.",
    inc("2023-04-15", "day", B, "armed_clash", "AF", 2, at="Darqad", f=1, i=1))
add("w21", "2022-02-08", "Unknown assailants abducted a trader from the Afghan town of Khandud in the Wakhan corridor on 6 February and demanded a ransom, residents said.",
    inc("2022-02-06", "day", V, "abduction_forced_disappearance", "AF", 2, at="Wākhān"))
add("w22", "2023-09-04", "Taliban fighters clashed with National Resistance Front militants in the Kuran wa Munjan district of Badakhshan on Sunday, leaving several dead on both sides.")
add("w23", "2022-08-29", "Dozens of Taliban fighters were reported killed in clashes with resistance forces in Panjshir province last week.")
add("w24", "2024-03-11", "A rocket fired from Afghanistan's Takhar province landed in an empty field in Tajikistan's Farkhor district on Saturday, causing no casualties, the Tajik border service said.",
    inc("2024-03-09", "day", E, "shelling_artillery_missile_attack", "TJ", 2, at="Nohiyai Farkhor", f=0))
add("w25", "2021-07-23", "Tajikistan called up 20,000 military reservists on Thursday to bolster its border with Afghanistan as the Taliban gained ground in the north.")
add("w26", "2022-10-03", "Border guards in Gorno-Badakhshan detained a Tajik citizen near Khorugh on Saturday for trying to smuggle 3 kg of hashish from Afghanistan.",
    inc("2022-10-01", "day", S, "arrests", "TJ", 2, at="Khorugh"))
add("w27", "2023-12-18", "Unidentified drones struck a Taliban checkpoint in Yangi Qala district of Takhar province overnight, killing three fighters, local officials said.",
    inc("2023-12-17", "day", E, "air_drone_strike", "AF", 2, at="Yangī Qal‘ah", f=3))
add("w28", "2022-04-26", "Tajik border troops arrested five Afghan nationals in the Kumsangir district on April 24 as they waded across the Panj with sacks of hashish.",
    inc("2022-04-24", "day", S, "arrests", "TJ", 2, at="Qumsangir District"))
add("w29", "2023-05-22", "Tajik border guards killed two armed smugglers in a shootout near Pyandzh on Sunday morning and seized 40 kg of drugs, the GKNB border troops said.",
    inc("2023-05-21", "day", B, "armed_clash", "TJ", 2, at="Panj", f=2))
add("w30", "2024-06-10", "Analysts say clashes on the Tajik-Afghan border have become more common since the Taliban takeover, with smugglers increasingly well armed.")
add("w31", "2022-09-19", "Hundreds attended the funeral in Kulob on Sunday of a border guard killed in last week's clash near Shurobod.",
    inc("2022-09-12", "week", B, "armed_clash", "TJ", 2, at="Shŭrobod", f=1))
add("w32", "2023-02-27", "On Feb. 25, a grenade was thrown at a Taliban vehicle in the Nusay area of Darwaz, wounding two fighters, according to a local resident.",
    inc("2023-02-25", "day", E, "grenade", "AF", 2, at="Nūsay", i=2))
add("w33", "2022-01-04", "Iranian police seized 200 kilograms of opium near Iran's city of Mashhad on Monday, the provincial police chief said.")
add("w34", "2024-04-29", "A Tajik citizen from Kulob was detained by Russian police in Moscow on Friday on charges of extremism.")
add("w35", "2023-07-03", "Tajik border guards shot dead an armed intruder who crossed the border near Kalai-Khumb on the night of 1 July, the border service said on Monday.",
    inc("2023-07-01", "day", B, "armed_clash", "TJ", 2, at="Qalaikhumb", f=1))
add("w36", "2021-12-20", "Afghan border forces intercepted a group of migrants trying to cross into Tajikistan near Dasht-i-Qala on Saturday and detained eleven people.",
    inc("2021-12-18", "day", S, "arrests", "AF", 2, at="Dasht-e Qal‘ah"))
add("w37", "2022-10-24", "Three people were killed when a mortar shell hit a house in the village of Chah Ab in Takhar on 22 October.",
    inc("2022-10-22", "day", E, "shelling_artillery_missile_attack", "AF", 1, at="Chāh Āb", f=3))
add("w38", "2024-08-12", "The Islamic State's Khorasan branch threatened in a new statement to carry out attacks against Tajikistan and its president.")
add("w39", "2023-03-27", "A bomb exploded in a mosque in Mazar-i-Sharif during Friday prayers, killing 11 worshippers, the Taliban said.",
    inc("2023-03-24", "day", E, "remote_explosive_landmine_ied", "AF", 1, at="Mazār-e Sharīf", f=11))
add("w40", "2022-05-30", "Taliban forces raided a house in Khanabad, Kunduz province, on Saturday and arrested four men accused of links to the Islamic State.",
    inc("2022-05-28", "day", S, "arrests", "AF", 1, at="Khanabad"))
add("w41", "2023-11-06", "A landmine left over from the 1990s civil war exploded in the Rasht valley on Thursday, killing a teenage shepherd.",
    inc("2023-11-02", "day", E, "remote_explosive_landmine_ied", "TJ", 2, at="Rasht", f=1))
add("w42", "2022-03-21", "Foreign ministers of Central Asian states gathered in Termez for a conference on Afghan security, where several delegates called for joint action against drug trafficking and cross-border attacks.")
add("w43", "2024-07-15", "Taliban border guards and Tajik troops traded fire for two hours on Friday near the Kokul crossing in Farkhor district; one Tajik soldier was wounded.",
    inc("2024-07-12", "day", B, "armed_clash", "TJ", 2, crossing="cr-02", side="TJ", i=1))
add("w44", "2023-06-19", "Two Tajik border guards wounded in a firefight with smugglers near Shuroabad on Saturday were flown to a hospital in Dushanbe, the ministry said.",
    inc("2023-06-17", "day", B, "armed_clash", "TJ", 2, at="Shŭrobod", i=2))
add("w45", "2022-12-12", "A suicide bomber attacked a hotel popular with Chinese nationals in Kabul on Monday, killing at least three people.")
add("w46", "2021-06-28", "Clashes between Taliban and government forces erupted overnight in Imam Sahib district, forcing hundreds of families to flee towards the Tajik border, officials in Kunduz said.",
    inc("2021-06-27", "day", B, "armed_clash", "AF", 2, at="Imām Şāḩib"))
add("w47", "2023-10-09", "A Taliban commander was shot dead by unknown gunmen in Rustaq, Takhar province, last Tuesday.",
    inc("2023-10-03", "day", B, "armed_clash", "AF", 1, at="Rustāq", f=1))
add("w48", "2024-09-02", "Tajik customs officers at the Panji Poyon checkpoint found 9 kg of heroin hidden in a lorry arriving from Sherkhan Bandar on 30 August.",
    inc("2024-08-30", "day", S, "other", "TJ", 1, crossing="cr-01", side="TJ"))
add("w49", "2022-06-06", "Gunmen killed two civilians in the Khwahan district of Badakhshan province on Saturday, Afghan media reported.",
    inc("2022-06-04", "day", V, "attack", "AF", 2, at="Deh Khwāhān", f=2))
add("w50", "2021-08-16", "Some 84 Afghan soldiers crossed into Tajikistan's Rushan district on Sunday after fleeing a Taliban advance, Tajik officials said.",
    inc("2021-08-15", "day", S, "other", "TJ", 2, at="Rŭshon"))
add("w51", "2023-01-30", "Police in Bokhtar arrested three members of a banned religious group last week, the interior ministry said.",
    inc("2023-01-23", "week", S, "arrests", "TJ", 1, at="Bokhtar"))
add("w52", "2024-10-21", "A roadside bomb struck a Taliban vehicle in Nahrin district of Baghlan on Sunday, killing two.")
add("w53", "2022-07-11", "Shots were fired from the Afghan side at a Tajik border post in the Hamadoni district in the early hours of July 9, border guards said; there were no casualties.",
    inc("2022-07-09", "day", B, "armed_clash", "TJ", 2, at="Moskva", f=0))
add("w54", "2023-05-08", "Hundreds of farmers protested in Faizabad, the capital of Badakhshan province, on Saturday against the Taliban's poppy eradication campaign.",
    inc("2023-05-06", "day", P, "peaceful_protest", "AF", 1, at="Fayzabad"))
add("w55", "2022-04-04", "A Tajik border guard was killed by a sniper from the Afghan bank near Vanj on April 2.",
    inc("2022-04-02", "day", B, "armed_clash", "TJ", 2, at="Vanj", f=1))
add("w56", "2023-08-21", "Two Afghan men were detained on Thursday after swimming across the Panj into Ishkoshim district with 6 kg of opium, the border service said.",
    inc("2023-08-17", "day", S, "arrests", "TJ", 2, at="Ishqoshim"))
add("w57", "2022-03-14", "Tajikistan's president visited Khorog on Saturday and inspected the new Tem bridge, praising border guards for their work against drug smuggling.")
add("w58", "2024-02-26", "At least five and as many as eight Taliban fighters were killed on February 24 when an improvised explosive device hit their pickup near Dasht-e Archi, Kunduz province.",
    inc("2024-02-24", "day", E, "remote_explosive_landmine_ied", "AF", 2, at="Dasht-e Archī", f=5))
add("w59", "2021-05-10", "Tajik and Kyrgyz border guards clashed again near the Vorukh enclave on Saturday, the third such incident this spring.")
add("w60", "2022-10-17", "Earlier this month, Tajik border guards seized a cache of weapons, including 14 Kalashnikov rifles and 3,000 rounds of ammunition, in Shamsiddin Shohin district, officials said on Monday.",
    inc("2022-10-01", "month", S, "disrupted_weapons_use", "TJ", 2, at="Shŭrobod"))
add("w61", "2023-12-04", "Four people, including two children, were injured on Saturday when a shell fired from across the border hit a house in the Panj district, Tajik officials said.",
    inc("2023-12-02", "day", E, "shelling_artillery_missile_attack", "TJ", 2, at="Nohiyai Panj", i=4))
add("w62", "2022-08-15", "Afghan border police detained nine people trying to cross into Tajikistan near Imam Sahib on Friday. Separately, on Saturday a Taliban patrol came under fire near the Sherkhan Bandar port, leaving one fighter dead.",
    inc("2022-08-12", "day", S, "arrests", "AF", 2, at="Imām Şāḩib"),
    inc("2022-08-13", "day", B, "armed_clash", "AF", 2, crossing="cr-01", side="AF", f=1))
add("w63", "2021-09-06", "The Taliban said they would not allow anyone to use Afghan territory to attack neighbouring countries, including Tajikistan.")
add("w64", "2023-04-03", "Residents of Khorugh blocked the main road on Sunday to protest the killing of a local man by security forces, witnesses said.",
    inc("2023-04-02", "day", P, "peaceful_protest", "TJ", 1, at="Khorugh"))
add("w65", "2022-06-20", "In early June, Tajik border guards intercepted a caravan of smugglers carrying 70 kg of hashish in the Shahritus area, killing one of them.",
    inc("2022-06-01", "month", B, "armed_clash", "TJ", 2, at="Shahritus", f=1))
add("w66", "2021-11-15", "Last week, Afghan border forces found and defused a roadside bomb on the road to Nusay, the provincial police said.",
    inc("2021-11-08", "week", S, "disrupted_weapons_use", "AF", 2, at="Nūsay"))
add("w67", "2023-09-18", "Dozens of Taliban fighters were killed or wounded in clashes with resistance fighters in Warduj district on Friday, the resistance claimed.",
    inc("2023-09-15", "day", B, "armed_clash", "AF", 2, at="Chākarān"))
add("w68", "2022-10-31", "A video posted online on Sunday shows Taliban fighters firing into the air near the Tajik border at Imam Sahib.")
add("w69", "2023-02-06", "Tajik border guards said smugglers could attempt to cross the frozen Panj near Farkhor in the coming weeks.")
add("w70", "2021-12-27", "The border post near Kalaikhumb was attacked by militants in 2008, an episode still cited by officials.")
add("w71", "2024-03-25", "Afghan border police said that on 2024-03-23 they detained 14 people attempting to enter Tajikistan illegally near Ai Khanum in Takhar province.",
    inc("2024-03-23", "day", S, "arrests", "AF", 2, crossing="cr-02", side="AF"))
add("w72", "2022-05-02", "On 30.04.2022 officers of the Tajik border troops detained a citizen of Afghanistan in the Shurobod district who had crossed the border illegally.",
    inc("2022-04-30", "day", S, "arrests", "TJ", 2, at="Shŭrobod"))

doc = {
    "about": "Development corpus for the BorderMap geoparser. Every snippet with an id starting 'w' was WRITTEN FOR THIS TEST CORPUS in the style of wire reports: none is a real report, and the incidents, figures and quotes they describe are invented. They must never be loaded as data. The one real text is the seed article (see 'seed'), quoted with its source.",
    "annotation": "Each expected incident gives the date and time precision, ACLED event type and sub-type, country, geo precision and the expected place: 'at' (gazetteer names, any of which is right; a district means its seat), 'crossing' (a crossings.tsv id, on 'side'), or 'border' (an admin code whose facing border segments hold the incident, or '*' for any segment, on 'side'). Fatalities and injured are given only where the text states them.",
    "seed": {
        "id": "seed",
        "file": "seed-aopnews-2022-05-13.txt",
        "source": "Michael Hughes, 'Putin and Rahmon ...', AOPNEWS, 13 May 2022 (the project's seed article, /work/shared/seed/aopnews-2022-05-13.txt)",
        "published": "2022-05-13",
        "incidents": [inc("2022-05-08", "day", E, "shelling_artillery_missile_attack", "TJ", 3, border="*", side="TJ")],
    },
    "snippets": S_,
}
with open("snippets.json", "w", encoding="utf-8") as f:
    json.dump(doc, f, ensure_ascii=False, indent=1)
print(len(S_), "snippets,", sum(len(s["incidents"]) for s in S_), "incidents,", sum(1 for s in S_ if not s["incidents"]), "without incidents")
