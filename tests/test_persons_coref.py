"""Who took part (issue 13): officials across sentences, titles and scripts.

Hand-written wire sentences in German, English and Russian, each with the exact persons
(name, title, state) of one coded event: a title with its name, an apposition, "headed
by" / "unter Leitung von" / "во главе с" and "X led the French delegation", co-chairs,
a later surname-only mention, a title naming its state that refers back to the official
named before ("Der Botschafter Norwegens", "Председатель КНР"), a quoted official in the
sentences after the meeting, surnames in capitals ("SHI Jun") and names across scripts.
"""

from __future__ import annotations

import pytest

from communique import Extractor
from communique.document import Document, RawDocument
from communique.gazetteer.names import canonical_person_name, same_person

PUBLISHED = "2023-03-14"
DMFA = "Deputy Minister of Foreign Affairs"
MFA = "Minister of Foreign Affairs"
Persons = frozenset[tuple[str, str | None, str | None]]


def extract(extractor: Extractor, text: str) -> Document:
    return next(iter(extractor.run([RawDocument(text, doc_id="case", published=PUBLISHED)])))


def persons_of(extractor: Extractor, text: str, event_type: str) -> Persons:
    """The persons of the first coded event of ``event_type``: (name, role, state)."""
    doc = extract(extractor, text)
    event = next(e for e in doc.events if e.event_type == event_type)
    return frozenset((a.name, a.role, a.country) for a in (*event.actors, *event.recipients)
                     if a.kind == "person")


GERMAN = [
    ("MINSK, 13. März (BelTA) – In Minsk haben am Montag belarussisch-russische Konsultationen "
     "zur internationalen Sicherheit stattgefunden. Die russische Delegation stand unter "
     "Leitung von Vizeaußenminister Sergej Rjabkow, die belarussische Delegation leitete der "
     "stellvertretende Außenminister Andrej Dapkjunas.",
     "CONSULT", {("Sergei Ryabkov", DMFA, "RUS"), ("Andrei Dapkiunas", DMFA, "BLR")}),
    ("Sergej Alejnik, stellvertretender Außenminister von Belarus, traf sich am Montag in Minsk "
     "mit dem vietnamesischen Vizeaußenminister Nguyễn Minh Vũ.",
     "CONSULT", {("Sergei Aleinik", DMFA, "BLR"), ("Nguyễn Minh Vũ", DMFA, "VNM")}),
    ("Russland und China haben am Montag in Moskau Konsultationen zur Informationssicherheit "
     "abgehalten. Die Gespräche dauerten sechs Stunden. „Wir sind mit den Ergebnissen "
     "zufrieden“, sagte der Sonderbeauftragte des chinesischen Außenministeriums Wang Lei.",
     "CONSULT", {("Wang Lei", "Special Representative of the Ministry of Foreign Affairs",
                  "CHN")}),
    ("Der russische Außenminister Sergej Lawrow ist am Montag in Ankara mit seinem türkischen "
     "Amtskollegen Hakan Fidan zusammengetroffen. Lawrow sagte, beide Seiten hätten sich auf "
     "einen Fahrplan geeinigt.",
     "AGREE", {("Sergey Lavrov", MFA, "RUS"), ("Hakan Fidan", MFA, "TUR")}),
    ("Deutschland und China haben am Dienstag in Berlin Regierungskonsultationen abgehalten. "
     "Die Ko-Vorsitzenden waren Bundeskanzler Olaf Scholz und der chinesische "
     "Ministerpräsident Li Qiang.",
     "CONSULT", {("Olaf Scholz", "Chancellor", "DEU"), ("Li Qiang", "Prime Minister", "CHN")}),
    ("Der chinesische Vizeaußenminister SHI Jun traf am Montag in Peking den pakistanischen "
     "Botschafter Khalil Hashmi.",
     "CONSULT", {("Shi Jun", DMFA, "CHN"), ("Khalil Hashmi", "Ambassador", "PAK")}),
    ("Frankreich und Indien haben am Dienstag in Paris ihren strategischen Dialog fortgesetzt. "
     "Emmanuel Bonne leitete die französische Delegation, die indische Delegation wurde von "
     "Ajit Doval geleitet.",
     "CONSULT", {("Emmanuel Bonne", None, "FRA"),
                 ("Ajit Doval", "National Security Adviser", "IND")}),
    ("Der US-Außenminister Antony Blinken ist am Montag in Kiew mit dem ukrainischen "
     "Außenminister Dmytro Kuleba zusammengetroffen. Blinken sicherte der Ukraine weitere "
     "Unterstützung zu.",
     "AGREE", {("Antony Blinken", "Secretary of State", "USA")}),
    ("Der stellvertretende Außenminister Russlands Alexander Gruschko hat am Freitag in Moskau "
     "mit dem Botschafter Norwegens Robert Kvile gesprochen. Der Botschafter Norwegens "
     "protestierte gegen die Ausweisung zweier Diplomaten.",
     "ACCUSE", {("Robert Kvile", "Ambassador", "NOR"), ("Alexander Grushko", DMFA, "RUS")}),
    ("Russland und Iran haben am Mittwoch in Moskau Konsultationen zur regionalen Sicherheit "
     "abgehalten. Die Gespräche dauerten mehrere Stunden. „Wir werden unsere Zusammenarbeit "
     "ausbauen“, sagte der iranische Vizeaußenminister Ali Bagheri nach dem Treffen.",
     "CONSULT", {("Ali Bagheri", DMFA, "IRN")}),
]

GERMAN += [
    ("Der Staatssekretär im Auswärtigen Amt, Thomas Bagger, führte am Dienstag in Warschau "
     "Gespräche mit dem polnischen Vizeaußenminister Paweł Jabłoński.",
     "CONSULT", {("Thomas Bagger", "Secretary of State of the Federal Foreign Office", "DEU"),
                 ("Paweł Jabłoński", DMFA, "POL")}),
]

# German wire styles (dpa, BelTA, RIA, Xinhua, Auswärtiges Amt): compound and hyphenated
# titles, genitive and dative forms, "Russlands"/"der Russischen Föderation"/"aus Usbekistan",
# a party in brackets, "Amtskollege", a title serving a title ("Berater des Präsidenten").
GERMAN += [
    ("BERLIN (dpa) - Bundesaußenministerin Annalena Baerbock ist am Montag in Berlin mit dem "
     "russischen Vize-Außenminister Sergej Rjabkow zusammengetroffen.",
     "CONSULT", {("Annalena Baerbock", MFA, "DEU"), ("Sergei Ryabkov", DMFA, "RUS")}),
    ("Außenministerin Baerbock (Grüne) hat am Dienstag in Kiew den ukrainischen Außenminister "
     "Dmytro Kuleba getroffen. Baerbock sicherte der Ukraine weitere Unterstützung zu.",
     "CONSULT", {("Annalena Baerbock", MFA, "DEU"), ("Dmytro Kuleba", MFA, "UKR")}),
    ("Russlands Vize-Außenminister Sergej Rjabkow hat am Donnerstag in Genf mit der "
     "US-Unterstaatssekretärin Bonnie Jenkins Konsultationen abgehalten. Rjabkow sagte, die "
     "Gespräche seien nützlich gewesen.",
     "CONSULT", {("Sergei Ryabkov", DMFA, "RUS"), ("Bonnie Jenkins", "Under Secretary", "USA")}),
    ("MINSK (BelTA) - Der Vizeaußenminister der Russischen Föderation, Alexander Gruschko, hat am "
     "Montag in Minsk mit dem belarussischen Außenminister Sergej Alejnik Gespräche geführt.",
     "CONSULT", {("Alexander Grushko", DMFA, "RUS"), ("Sergei Aleinik", MFA, "BLR")}),
    ("MOSKAU (RIA Nowosti) - Der stellvertretende Leiter der Präsidialverwaltung Russlands, "
     "Dmitri Kosak, hat am Freitag in Paris Gespräche mit dem diplomatischen Berater des "
     "französischen Präsidenten, Emmanuel Bonne, geführt.",
     "CONSULT", {("Dmitri Kosak", "Deputy Head of the Presidential Administration", "RUS"),
                 ("Emmanuel Bonne", "Adviser of the President", "FRA")}),
    ("PEKING (Xinhua) - Chinas Sonderbeauftragter für eurasische Angelegenheiten Li Hui ist am "
     "Mittwoch in Moskau mit dem russischen Außenminister Sergej Lawrow zusammengetroffen.",
     "CONSULT", {("Li Hui", "Special Representative", "CHN"), ("Sergey Lavrov", MFA, "RUS")}),
    ("Chinas Sonderbeauftragter für Eurasien, Li Hui, ist am Freitag in Kiew mit dem "
     "ukrainischen Präsidenten Wolodymyr Selenskyj zusammengetroffen.",
     "CONSULT", {("Li Hui", "Special Representative", "CHN"),
                 ("Volodymyr Zelensky", "President", "UKR")}),
    ("Der Generalsekretär der OVKS, Imangali Tasmagambetow, ist am Montag in Minsk mit dem "
     "belarussischen Präsidenten Alexander Lukaschenko zusammengetroffen.",
     "CONSULT", {("Imangali Tasmagambetov",
                  "Secretary-General of the Collective Security Treaty Organization", None),
                 ("Alexander Lukashenko", "President", "BLR")}),
    ("UN-Generalsekretär António Guterres hat am Dienstag in New York den iranischen "
     "Außenminister Abbas Araghchi empfangen.",
     "CONSULT", {("António Guterres", "Secretary-General", None),
                 ("Abbas Araghchi", MFA, "IRN")}),
    ("Kremlsprecher Dmitri Peskow hat am Dienstag die neuen Sanktionen der Europäischen Union "
     "verurteilt.",
     "ACCUSE", {("Dmitry Peskov", "Press Secretary of the President", "RUS")}),
    ("Der russische Sicherheitsratssekretär Sergej Schoigu ist am Montag in Peking mit Chinas "
     "Außenminister Wang Yi zusammengetroffen.",
     "CONSULT", {("Sergei Shoigu", "Secretary of the Security Council", "RUS"),
                 ("Wang Yi", MFA, "CHN")}),
    ("Der Leiter der Abteilung Europa im russischen Außenministerium, Wladislaw Maslennikow, "
     "traf am Dienstag in Moskau mit dem belarussischen Botschafter Dmitri Krutoi zusammen.",
     "CONSULT", {("Vladislav Maslennikov", "Head of the MFA Department", "RUS"),
                 ("Dmitri Krutoi", "Ambassador", "BLR")}),
    ("Der Stellvertreter des Außenministers der Russischen Föderation, Sergej Werschinin, führte "
     "am Montag in Genf Konsultationen mit dem UN-Sondergesandten für Syrien, Geir Pedersen.",
     "CONSULT", {("Sergey Vershinin", DMFA, "RUS"), ("Geir Pedersen", "Special Envoy", None)}),
    ("Der stellvertretende belarussische Außenminister Jewgeni Schestakow traf am Freitag in "
     "Minsk mit dem Botschafter Chinas in Belarus, Xie Xiaoyong, zusammen.",
     "CONSULT", {("Yevgeni Shestakov", DMFA, "BLR"), ("Xie Xiaoyong", "Ambassador", "CHN")}),
    ("Die Ko-Vorsitzenden der Regierungskommission, der belarussische Vizepremier Viktor "
     "Karankewitsch und der russische Vizepremier Alexej Owertschuk, trafen sich am Montag in "
     "Minsk.",
     "CONSULT", {("Viktor Karankevich", "Deputy Prime Minister", "BLR"),
                 ("Alexei Overchuk", "Deputy Prime Minister", "RUS")}),
    ("Belarus' Außenminister Maxim Ryschenkow hat am Montag in Minsk den russischen "
     "Außenminister Sergej Lawrow empfangen.",
     "CONSULT", {("Maxim Ryzhenkov", MFA, "BLR"), ("Sergey Lavrov", MFA, "RUS")}),
    ("Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, hat am Mittwoch die "
     "Ausweisung russischer Diplomaten aus Deutschland verurteilt.",
     "ACCUSE", {("Maria Zakharova", "Spokesperson of the Ministry of Foreign Affairs", "RUS")}),
    ("Der Leiter der russischen Delegation, Vizeaußenminister Sergej Rjabkow, traf am Dienstag "
     "in Genf die US-Delegation unter Leitung von Unterstaatssekretärin Bonnie Jenkins.",
     "CONSULT", {("Sergei Ryabkov", "Head of the Delegation and " + DMFA, "RUS"),
                 ("Bonnie Jenkins", "Under Secretary", "USA")}),
    ("Der Erste stellvertretende Außenminister Russlands, Wladimir Titow, hat am Freitag in "
     "Moskau den Botschafter Serbiens, Momčilo Babić, empfangen.",
     "CONSULT", {("Vladimir Titov", "First " + DMFA, "RUS"),
                 ("Momčilo Babić", "Ambassador", "SRB")}),
    ("Der russische Vizeaußenminister Pjotr Sokolow hat am Montag in Taschkent mit seinem "
     "Amtskollegen aus Usbekistan, Farhod Arziev, Konsultationen abgehalten.",
     "CONSULT", {("Pyotr Sokolov", DMFA, "RUS"), ("Farhod Arziev", DMFA, "UZB")}),
    ("Der belarussische Vizeaußenminister Igor Sekreta traf am Dienstag in Minsk seinen "
     "kasachischen Amtskollegen Roman Wassilenko.",
     "CONSULT", {("Igor Sekreta", DMFA, "BLR"), ("Roman Vasilenko", DMFA, "KAZ")}),
    ("Dem belarussischen Botschafter Oleg Tkatschow wurde am Dienstag im Auswärtigen Amt eine "
     "Protestnote übergeben.",
     "ACCUSE", {("Oleg Tkachov", "Ambassador", "BLR")}),
    ("Nach Angaben des russischen Vizeaußenministers Sergej Werschinin haben Russland und die "
     "Türkei am Montag in Moskau Konsultationen zu Syrien abgehalten.",
     "CONSULT", {("Sergey Vershinin", DMFA, "RUS")}),
    ("Die Ko-Vorsitzende der Regierungskommission, die kasachische Vizepremierministerin Tamara "
     "Duissenowa, traf am Montag in Moskau den russischen Vizepremier Alexej Owertschuk.",
     "CONSULT", {("Tamara Duisenova", "Deputy Prime Minister", "KAZ"),
                 ("Alexei Overchuk", "Deputy Prime Minister", "RUS")}),
    # a name in the genitive before a title names whom the official serves, not a participant
    ("Lukaschenkos Sprecherin Natalja Eismont hat am Montag die Sanktionen der EU verurteilt.",
     "ACCUSE", {("Natalya Eismont", "Spokesperson", "BLR")}),
    ("Lawrows Stellvertreter Sergej Rjabkow hat am Dienstag in Moskau den US-Botschafter "
     "einbestellt.",
     "ACCUSE", {("Sergei Ryabkov", "Deputy", "RUS")}),
    ("Selenskyjs Berater Mychajlo Podoljak hat am Montag Russland scharf kritisiert.",
     "ACCUSE", {("Mykhailo Podolyak", "Adviser", "UKR")}),
]

ENGLISH = [
    ("Russia and China held consultations on international information security in Moscow on "
     "Monday. The Russian delegation was headed by Andrei Krutskikh, special representative of "
     "the Russian President. \"We are satisfied with the results,\" said Wang Lei, the Chinese "
     "Foreign Ministry's coordinator for cyber affairs.",
     "CONSULT", {("Andrei Krutskikh", "Special Representative", "RUS"),
                 ("Wang Lei", None, "CHN")}),
    ("Sergei Aleinik, deputy foreign minister of Belarus, met with Vietnamese Deputy Foreign "
     "Minister Nguyen Minh Vu in Minsk on Monday.",
     "CONSULT", {("Sergei Aleinik", DMFA, "BLR"), ("Nguyen Minh Vu", DMFA, "VNM")}),
    ("Chinese Vice Foreign Minister SHI Jun met with Pakistan's ambassador Khalil Hashmi in "
     "Beijing on Monday.",
     "CONSULT", {("Shi Jun", DMFA, "CHN"), ("Khalil Hashmi", "Ambassador", "PAK")}),
    ("India and France held their annual strategic dialogue in Paris on Tuesday. Emmanuel Bonne "
     "led the French delegation, while the Indian delegation was led by Ajit Doval.",
     "CONSULT", {("Emmanuel Bonne", None, "FRA"),
                 ("Ajit Doval", "National Security Adviser", "IND")}),
    ("Germany and Japan held security consultations in Tokyo on Thursday. The talks were "
     "co-chaired by German State Secretary Thomas Bagger and Japanese Vice Foreign Minister "
     "Takeo Mori.",
     "CONSULT", {("Thomas Bagger", "Secretary of State", "DEU"), ("Takeo Mori", DMFA, "JPN")}),
    ("Russian Foreign Minister Sergei Lavrov met his Turkish counterpart Hakan Fidan in Ankara "
     "on Monday. Lavrov said the two sides had agreed on a roadmap.",
     "AGREE", {("Sergey Lavrov", MFA, "RUS")}),
    ("US Secretary of State Antony Blinken met Ukrainian Foreign Minister Dmytro Kuleba in Kyiv "
     "on Monday. \"We will stand with Ukraine,\" Blinken said after the talks.",
     "CONSULT", {("Antony Blinken", "Secretary of State", "USA"), ("Dmytro Kuleba", MFA, "UKR")}),
    ("Lukashenko's press secretary Natalya Eismont on Monday condemned the new EU sanctions.",
     "ACCUSE", {("Natalya Eismont", "Spokesperson", "BLR")}),
    ("Russian Deputy Foreign Minister Alexander Grushko met Norwegian Ambassador Robert Kvile in "
     "Moscow on Friday. The Ambassador of Norway protested against the expulsion of two "
     "diplomats.",
     "ACCUSE", {("Robert Kvile", "Ambassador", "NOR"), ("Alexander Grushko", DMFA, "RUS")}),
    ("Russia and Iran held consultations on regional security in Moscow on Wednesday. The talks "
     "lasted several hours. \"We will expand our cooperation,\" Iranian Deputy Foreign Minister "
     "Ali Bagheri said after the meeting.",
     "CONSULT", {("Ali Bagheri", DMFA, "IRN")}),
    ("French President Emmanuel Macron met Chinese President Xi Jinping in Beijing on Thursday. "
     "The two presidents discussed the war in Ukraine. \"China is ready to work with France,\" "
     "said President Xi.",
     "CONSULT", {("Emmanuel Macron", "President", "FRA"), ("Xi Jinping", "President", "CHN")}),
]

RUSSIAN = [
    ("Заместитель министра иностранных дел Российской Федерации С.А.Рябков провел консультации "
     "с заместителем государственного секретаря США по контролю над вооружениями Бонни "
     "Дженкинс.",
     "CONSULT", {("Sergei Ryabkov", DMFA, "RUS"),
                 ("Bonnie Jenkins", "Deputy Secretary of State", "USA")}),
    ("Россия и Иран провели в среду в Москве консультации по региональной безопасности. "
     "Переговоры продолжались несколько часов. \"Мы будем расширять сотрудничество\", - заявил "
     "после встречи заместитель министра иностранных дел Ирана Али Багери.",
     "CONSULT", {("Ali Bageri", DMFA, "IRN")}),
    ("Президент Казахстана Касым-Жомарт Токаев в понедельник провел переговоры в Москве с "
     "президентом России Владимиром Путиным. Президент Казахстана высоко оценил сотрудничество "
     "с Россией.",
     "SUPPORT", {("Kassym-Jomart Tokayev", "President", "KAZ")}),
    ("Россия и Индия провели в понедельник в Москве консультации по вопросам безопасности. "
     "Делегацию Индии во главе с Аджитом Довалом принял секретарь Совета безопасности России "
     "Николай Патрушев.",
     "CONSULT", {("Nikolai Patrushev", "Secretary of the Security Council", "RUS"),
                 ("Ajit Doval", "National Security Adviser", "IND")}),
    ("Министр иностранных дел России Сергей Лавров в понедельник провел в Анкаре переговоры с "
     "министром иностранных дел Турции Хаканом Фиданом. Лавров заявил, что стороны "
     "договорились о дорожной карте.",
     "AGREE", {("Sergey Lavrov", MFA, "RUS"), ("Hakan Fidan", MFA, "TUR")}),
    ("Россия и Белоруссия провели в среду в Минске консультации по стратегической стабильности. "
     "Российскую делегацию возглавлял заместитель министра иностранных дел России Сергей "
     "Рябков, белорусскую делегацию возглавил заместитель министра иностранных дел Белоруссии "
     "Юрий Амбразевич.",
     "CONSULT", {("Sergei Ryabkov", DMFA, "RUS"), ("Yuri Ambrazevich", DMFA, "BLR")}),
    ("Заместитель министра иностранных дел России Александр Грушко в пятницу принял в Москве "
     "посла Норвегии Роберта Квиле. Посол Норвегии выразил протест в связи с высылкой двух "
     "дипломатов.",
     "ACCUSE", {("Robert Kvile", "Ambassador", "NOR"), ("Alexander Grushko", DMFA, "RUS")}),
    ("Государственный секретарь США Энтони Блинкен в понедельник встретился в Киеве с министром "
     "иностранных дел Украины Дмитрием Кулебой. \"Мы будем поддерживать Украину\", - заявил "
     "Блинкен после переговоров.",
     "CONSULT", {("Antony Blinken", "Secretary of State", "USA"), ("Dmytro Kuleba", MFA, "UKR")}),
    ("Министр иностранных дел России Сергей Лавров в среду провел в Москве переговоры с "
     "министром иностранных дел Ирана Хосейном Амир Абдоллахианом. Стороны обсудили ядерную "
     "сделку. \"Мы будем развивать сотрудничество\", - заявил Лавров.",
     "CONSULT", {("Hossein Amir-Abdollahian", MFA, "IRN"), ("Sergey Lavrov", MFA, "RUS")}),
    ("Россия и Сербия провели в Белграде консультации по вопросам разоружения. Российскую "
     "делегацию возглавлял Константин Воронцов, сербскую - Иван Мркич.",
     "CONSULT", {("Konstantin Vorontsov", None, "RUS"), ("Ivan Mrkich", None, "SRB")}),
    ("Президент Франции Эммануэль Макрон в четверг провел переговоры в Пекине с председателем "
     "КНР Си Цзиньпином. Председатель КНР заявил о готовности к сотрудничеству с Францией.",
     "AGREE", {("Xi Jinping", "Chair", "CHN")}),
]


@pytest.mark.parametrize(("text", "event_type", "expected"), GERMAN + ENGLISH + RUSSIAN)
def test_persons_of_event(extractor: Extractor, text: str, event_type: str,
                          expected: set[tuple[str, str | None, str | None]]) -> None:
    assert persons_of(extractor, text, event_type) == expected


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("Der kasachische Präsident Kassym-Schomart Tokajew hat am Montag in Moskau den russischen "
     "Präsidenten Wladimir Putin getroffen. Der Präsident Kasachstans lobte die Zusammenarbeit.",
     "Präsident Kasachstans", "Kassym-Jomart Tokayev"),
    ("The United States and Azerbaijan held talks in Baku on Monday. Azerbaijani President "
     "Ilham Aliyev received James O'Brien, head of the US State Department's Office of "
     "Sanctions Coordination. O'Brien said the United States supports a peace deal.",
     "O'Brien", "James O'Brien"),
    ("Президент Франции Эммануэль Макрон в четверг провел переговоры в Пекине с председателем "
     "КНР Си Цзиньпином. Председатель КНР заявил о готовности к сотрудничеству.",
     "Председатель КНР", "Xi Jinping"),
])
def test_later_mention_names_the_person(extractor: Extractor, text: str, surface: str,
                                        name: str) -> None:
    """A later title or surname is linked to the person named first, not to a namesake."""
    doc = extract(extractor, text)
    later = [m for m in doc.mentions if m.text == surface and m.actor is not None]
    assert [m.actor.name for m in later if m.actor] == [name]


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Aleksandr Grushko", "Alexander Gruschko", True),
    ("Nguyễn Minh Vũ", "Nguyen Minh Vu", True),
    ("James O'Brien", "O'Brien", True),
    ("Robert O'Brien", "James O'Brien", False),
    ("Ali Bageri", "Ali Bagheri", True),
    ("Shi Jun", "SHI Jun", True),
    ("Ван Лэй", "Wang Lei", True),
    ("Нгуен Минь Ву", "Nguyen Minh Vu", True),
    ("Bui Tkhan Son", "Bui Thanh Son", True),
    ("Wang Lei", "Wang Yi", False),
    ("Bonni Dzhenkins", "Bonnie Jenkins", True),
    ("Dscheihun Bairamow", "Jeyhun Bayramov", True),
])
def test_names_across_scripts_and_spellings(a: str, b: str, same: bool) -> None:
    assert same_person(a, b) is same


@pytest.mark.parametrize(("surface", "language", "name"), [
    ("SHI Jun", "en", "Shi Jun"),
    ("KIM Jong-un", "de", "Kim Jong-un"),
    ("NATO", "en", "NATO"),
    ("Сергей Рябков", "ru", "Sergei Ryabkov"),
    ("Nguyễn Minh Vũ", "de", "Nguyễn Minh Vũ"),
    ("Juri Ambrasewitsch", "de", "Yuri Ambrasevich"),
    ("Alexander Lukaschenko", "de", "Alexander Lukashenko"),
    ("Sergej Schtschukin", "de", "Sergei Shchukin"),
    ("Sadyr Dschaparow", "de", "Sadyr Japarov"),
])
def test_canonical_display_name(surface: str, language: str, name: str) -> None:
    """Capitals surnames are written as the other words; diacritics stay for display."""
    assert canonical_person_name(surface, language) == name


@pytest.mark.parametrize(("publisher", "country"), [
    ("Министерство иностранных дел Российской Федерации", "RUS"),
    ("Reuters", None),
])
def test_title_without_state_in_a_ministry_release(extractor: Extractor, publisher: str,
                                                   country: str | None) -> None:
    """A ministry's release names its own officials by title alone; a news agency's does
    not say whose they are, so the title stays without a state."""
    text = ("Заместитель министра иностранных дел Иван Петров в понедельник принял в Москве "
            "посла Индии Виная Кумара.")
    raw = RawDocument(text, doc_id="case", published=PUBLISHED, source_name=publisher)
    doc = next(iter(extractor.run([raw])))
    official = next(m.actor for m in doc.mentions if m.actor and m.actor.name == "Ivan Petrov")
    assert (official.role, official.country) == (DMFA, country)
