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

from codekit import document
from codekit import persons_of as codekit_persons_of
from communique import Extractor
from communique.document import Document, RawDocument
from communique.gazetteer.names import canonical_person_name, is_family_name, same_person

PUBLISHED = "2023-03-14"
DMFA = "Deputy Minister of Foreign Affairs"
MFA = "Minister of Foreign Affairs"
Persons = frozenset[tuple[str, str | None, str | None]]


def extract(extractor: Extractor, text: str) -> Document:
    return document(extractor, text, None, PUBLISHED)


def persons_of(extractor: Extractor, text: str, event_type: str) -> Persons:
    return codekit_persons_of(extractor, text, event_type, PUBLISHED)


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
     "AGREE", {("Sergey Lavrov", MFA, "RUS"), ("Hakan Fidan", MFA, "TUR")}),
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


# The document's entity layer (issue 13, fourth round): a later mention by the family name
# that a state writes first ("Shi" of "SHI Jun", «Ма» of «Ма Чжаосюй», "Lee", "Sun"),
# co-chairs, a surname set off by a comma before its title ("Rudenko, Russia's deputy
# foreign minister"), and names across scripts, each with the exact persons of one event.
DM = "Deputy Minister"
SR = "Special Representative"
ENTITY_LAYER = [
    ("South Korean Deputy Foreign Minister Lee Do-hoon met US Under Secretary Bonnie Jenkins "
     "in Seoul on Monday. Lee and Jenkins agreed to hold the next round of talks in "
     "Washington.",
     "AGREE", {("Lee Do-hoon", DMFA, "KOR"), ("Bonnie Jenkins", "Under Secretary", "USA")}),
    ("Chinese Vice Foreign Minister SHI Jun met Pakistani Ambassador Khalil Hashmi in Beijing "
     "on Monday. Shi praised Pakistan's commitment to the partnership.",
     "SUPPORT", {("Shi Jun", DMFA, "CHN")}),
    ("Cambodian Deputy Prime Minister Sun Chanthol met Thai Foreign Minister Don Pramudwinai in "
     "Phnom Penh on Friday. Sun thanked Thailand for its support.",
     "SUPPORT", {("Sun Chanthol", "Deputy Prime Minister", "KHM")}),
    ("State Councilor Wang Yi met US Secretary of State Antony Blinken in Munich on Saturday. "
     "Wang urged Washington to respect China's sovereignty.",
     "REQUEST", {("Wang Yi", MFA, "CHN")}),
    ("Chinese Vice Foreign Minister Sun Weidong held consultations with Russian Deputy Foreign "
     "Minister Andrei Rudenko in Moscow on Friday. Sun thanked Russia for its support.",
     "SUPPORT", {("Sun Weidong", DMFA, "CHN")}),
    ("North Korean Vice Foreign Minister Choe Son-hui met Russian Deputy Foreign Minister "
     "Andrei Rudenko in Pyongyang on Tuesday. Choe praised Russia's position.",
     "SUPPORT", {("Choe Son-hui", DMFA, "PRK")}),
    ("Kazakhstan and China held talks in Beijing on Wednesday. The talks were co-chaired by "
     "Kazakh Deputy Foreign Minister Roman Vassilenko and Chinese Vice Foreign Minister Sun "
     "Weidong.",
     "CONSULT", {("Roman Vassilenko", DMFA, "KAZ"), ("Sun Weidong", DMFA, "CHN")}),
    ("The Deputy Minister Andrei Rudenko held consultations with the Chinese ambassador in "
     "Moscow on Friday. Rudenko, Russia's deputy foreign minister, said the talks were useful.",
     "CONSULT", {("Andrey Rudenko", DM, "RUS")}),
    ("Vietnamese Deputy Foreign Minister Nguyen Minh Vu held talks with Belarusian Deputy "
     "Foreign Minister Yuri Ambrazevich in Hanoi on Monday. Vu praised Belarus's support for "
     "Vietnam.",
     "SUPPORT", {("Nguyen Minh Vu", DMFA, "VNM")}),
    ("Japanese Foreign Minister Yoko Kamikawa met her Chinese counterpart Wang Yi in Beijing on "
     "Saturday. Kamikawa and Wang agreed to resume the high-level economic dialogue.",
     "AGREE", {("Yoko Kamikawa", MFA, "JPN"), ("Wang Yi", MFA, "CHN")}),
    ("Der südkoreanische Vizeaußenminister Lee Do-hoon hat am Montag in Seoul die "
     "US-Unterstaatssekretärin Bonnie Jenkins getroffen. Lee und Jenkins vereinbarten, die "
     "nächste Gesprächsrunde in Washington abzuhalten.",
     "AGREE", {("Lee Do-hoon", DMFA, "KOR"), ("Bonnie Jenkins", "Under Secretary", "USA")}),
    ("Der chinesische Vizeaußenminister SHI Jun hat am Montag in Peking den pakistanischen "
     "Botschafter Khalil Hashmi getroffen. Shi lobte das Engagement Pakistans für die "
     "Partnerschaft.",
     "SUPPORT", {("Shi Jun", DMFA, "CHN")}),
    ("Der kambodschanische Vizepremier Sun Chanthol hat am Freitag in Phnom Penh den "
     "thailändischen Außenminister Don Pramudwinai empfangen. Sun dankte Thailand für die "
     "Unterstützung.",
     "SUPPORT", {("Sun Chanthol", "Deputy Prime Minister", "KHM")}),
    ("Der chinesische Staatsrat Wang Yi hat am Samstag in München US-Außenminister Antony "
     "Blinken getroffen. Wang forderte Washington auf, die Souveränität Chinas zu achten.",
     "REQUEST", {("Wang Yi", MFA, "CHN")}),
    ("Der chinesische Vizeaußenminister Sun Weidong hat am Freitag in Moskau Konsultationen mit "
     "dem russischen Vizeaußenminister Andrej Rudenko abgehalten. Sun dankte Russland für die "
     "Unterstützung.",
     "SUPPORT", {("Sun Weidong", DMFA, "CHN")}),
    ("Die nordkoreanische Vizeaußenministerin Choe Son-hui hat am Dienstag in Pjöngjang den "
     "russischen Vizeaußenminister Andrej Rudenko empfangen. Choe lobte die Haltung Russlands.",
     "SUPPORT", {("Choe Son-hui", DMFA, "PRK")}),
    ("Kasachstan und China haben am Mittwoch in Peking Gespräche geführt. Die Ko-Vorsitzenden "
     "waren der kasachische Vizeaußenminister Roman Wassilenko und der chinesische "
     "Vizeaußenminister Sun Weidong.",
     "CONSULT", {("Roman Vasilenko", DMFA, "KAZ"), ("Sun Weidong", DMFA, "CHN")}),
    ("Der Vizeminister Andrej Rudenko hat am Freitag in Moskau Konsultationen mit dem "
     "chinesischen Botschafter abgehalten. Rudenko, stellvertretender Außenminister Russlands, "
     "nannte die Gespräche nützlich.",
     "CONSULT", {("Andrey Rudenko", DM, "RUS")}),
    ("Der Sonderbeauftragte Li Hui hat am Dienstag in Kiew den ukrainischen Außenminister "
     "Dmytro Kuleba getroffen. Li, Sonderbeauftragter der chinesischen Regierung für eurasische "
     "Angelegenheiten, sprach über eine politische Lösung.",
     "CONSULT", {("Li Hui", SR, "CHN"), ("Dmytro Kuleba", MFA, "UKR")}),
    ("Die japanische Außenministerin Yoko Kamikawa hat am Samstag in Peking ihren chinesischen "
     "Amtskollegen Wang Yi getroffen. Kamikawa und Wang vereinbarten, den Wirtschaftsdialog "
     "wieder aufzunehmen.",
     "AGREE", {("Yoko Kamikawa", MFA, "JPN"), ("Wang Yi", MFA, "CHN")}),
    ("Заместитель министра иностранных дел КНР Ма Чжаосюй встретился в понедельник в Пекине с "
     "послом Пакистана Халилем Хашми. Ма высоко оценил приверженность Пакистана партнерству.",
     "SUPPORT", {("Ma Zhaoxu", DMFA, "CHN")}),
    ("Замминистра иностранных дел Китая Сунь Вэйдун провел в пятницу в Москве консультации с "
     "заместителем министра иностранных дел России Андреем Руденко. Сунь поблагодарил Россию "
     "за поддержку.",
     "SUPPORT", {("Sun Weidong", DMFA, "CHN")}),
    ("Казахстан и Китай провели в среду в Пекине переговоры. Сопредседателями стали заместитель "
     "министра иностранных дел Казахстана Роман Василенко и заместитель министра иностранных "
     "дел КНР Сунь Вэйдун.",
     "CONSULT", {("Roman Vasilenko", DMFA, "KAZ"), ("Sun Weidong", DMFA, "CHN")}),
    ("Заместитель министра Андрей Руденко провел в пятницу в Москве консультации с послом "
     "Китая. Руденко, заместитель министра иностранных дел России, назвал переговоры "
     "полезными.",
     "CONSULT", {("Andrey Rudenko", DM, "RUS")}),
    ("Министр иностранных дел России Сергей Лавров провел в среду в Москве переговоры с "
     "заместителем госсекретаря США Бонни Дженкинс.",
     "CONSULT", {("Sergey Lavrov", MFA, "RUS"),
                 ("Bonnie Jenkins", "Deputy Secretary of State", "USA")}),
    ("Председатель КНР Си Цзиньпин провел в среду в Пекине переговоры с президентом Казахстана "
     "Касым-Жомартом Токаевым.",
     "CONSULT", {("Xi Jinping", "Chair", "CHN"), ("Kassym-Jomart Tokayev", "President", "KAZ")}),
    ("Министр иностранных дел Вьетнама Буй Тхань Шон провел в Ханое переговоры с министром "
     "иностранных дел России Сергеем Лавровым.",
     "CONSULT", {("Bui Thanh Son", MFA, "VNM"), ("Sergey Lavrov", MFA, "RUS")}),
    ("Министр иностранных дел Японии Ёко Камикава провела в субботу в Пекине переговоры с "
     "министром иностранных дел КНР Ван И.",
     "CONSULT", {("Yoko Kamikawa", MFA, "JPN"), ("Wang Yi", MFA, "CHN")}),
    ("Премьер-министр Вьетнама Нгуен Суан Фук провел в Ханое переговоры с председателем "
     "правительства России Михаилом Мишустиным.",
     "CONSULT", {("Nguyen Xuan Phuc", "Prime Minister", "VNM"),
                 ("Mikhail Mishustin", "Prime Minister", "RUS")}),
    ("Глава МИД Китая Ван И провел в субботу в Мюнхене переговоры с госсекретарем США Энтони "
     "Блинкеном. Ван призвал Вашингтон уважать суверенитет Китая.",
     "REQUEST", {("Wang Yi", MFA, "CHN")}),
]

# Titles that name no state (issue 13, fourth round): the state of the delegation a listed
# official belongs to ("The Belarusian delegation included …", "Der … Delegation gehörten
# … an", «В состав … делегации вошли …») or of another mention of the same person, before
# or after ("Makarov, Belarus's deputy foreign minister"); a title no mention places stays
# without a state ("Special Envoy Asif Durrani"), and a title naming its own state passes
# none on to the next one listed.
TITLES_WITHOUT_STATE = [
    ("Belarus and Vietnam held political consultations in Minsk on Monday. The Belarusian "
     "delegation included Deputy Foreign Minister Sergei Aleinik and Ambassador Vladimir "
     "Baraban.",
     "CONSULT", {("Sergei Aleinik", DMFA, "BLR"), ("Vladimir Baraban", "Ambassador", "BLR")}),
    ("India and Japan held their maritime dialogue in New Delhi on Tuesday. The Japanese "
     "delegation included Deputy Minister Takeshi Akahori, Director General Kenji Kanasugi and "
     "Ambassador Hiroshi Suzuki.",
     "CONSULT", {("Takeshi Akahori", DM, "JPN"), ("Kenji Kanasugi", "Director-General", "JPN"),
                 ("Hiroshi Suzuki", "Ambassador", "JPN")}),
    ("Russia and Iran held consultations in Tehran on Wednesday. The Russian delegation "
     "included Deputy Foreign Minister Sergei Ryabkov and Ambassador Alexei Dedov.",
     "CONSULT", {("Sergei Ryabkov", DMFA, "RUS"), ("Alexei Dedov", "Ambassador", "RUS")}),
    ("Armenia and France held consultations in Paris on Monday. The Armenian delegation "
     "comprised Deputy Foreign Minister Mnatsakan Safaryan and Ambassador Arman Khachatryan.",
     "CONSULT", {("Mnatsakan Safaryan", DMFA, "ARM"),
                 ("Arman Khachatryan", "Ambassador", "ARM")}),
    ("Deputy Minister Vitaly Makarov met the Vietnamese ambassador in Minsk on Monday. Makarov, "
     "Belarus's deputy foreign minister, discussed trade with the ambassador.",
     "CONSULT", {("Vitaly Makarov", DM, "BLR")}),
    ("The Deputy Minister Andrei Rudenko held consultations with the Chinese ambassador in "
     "Moscow on Friday. Rudenko, Russia's deputy foreign minister, said the talks were useful.",
     "CONSULT", {("Andrey Rudenko", DM, "RUS")}),
    ("Chinese Foreign Minister Wang Yi met Pakistani Ambassador Khalil Hashmi and Special Envoy "
     "Asif Durrani in Beijing on Monday.",
     "CONSULT", {("Wang Yi", MFA, "CHN"), ("Khalil Hashmi", "Ambassador", "PAK"),
                 ("Asif Durrani", "Special Envoy", None)}),
    ("Kazakhstan and China held talks in Beijing on Wednesday. The talks were co-chaired by "
     "Kazakh Deputy Foreign Minister Roman Vassilenko and Chinese Assistant Foreign Minister "
     "Hua Chunying.",
     "CONSULT", {("Roman Vassilenko", DMFA, "KAZ"),
                 ("Hua Chunying", "Assistant Minister of Foreign Affairs", "CHN")}),
    ("Ambassador Robert Kvile met Russian Deputy Foreign Minister Alexander Grushko in Moscow "
     "on Friday. Kvile, Norway's ambassador to Russia, protested against the expulsion of two "
     "diplomats.",
     "CONSULT", {("Robert Kvile", "Ambassador", "NOR"), ("Alexander Grushko", DMFA, "RUS")}),
    ("Deputy Minister Mnatsakan Safaryan received the French ambassador in Yerevan on Monday. "
     "Safaryan, Armenia's deputy foreign minister, spoke about the situation in the region.",
     "CONSULT", {("Mnatsakan Safaryan", DM, "ARM")}),
    ("Belarus und Vietnam haben am Montag in Minsk politische Konsultationen abgehalten. Der "
     "belarussischen Delegation gehörten Vizeaußenminister Sergej Alejnik und Botschafter "
     "Wladimir Baraban an.",
     "CONSULT", {("Sergei Aleinik", DMFA, "BLR"), ("Vladimir Baraban", "Ambassador", "BLR")}),
    ("Indien und Japan haben am Dienstag in Neu-Delhi ihren maritimen Dialog abgehalten. Der "
     "japanischen Delegation gehörten Vizeminister Takeshi Akahori, Generaldirektor Kenji "
     "Kanasugi und Botschafter Hiroshi Suzuki an.",
     "CONSULT", {("Takeshi Akahori", DM, "JPN"), ("Kenji Kanasugi", "Director-General", "JPN"),
                 ("Hiroshi Suzuki", "Ambassador", "JPN")}),
    ("Russland und Iran haben am Mittwoch in Teheran Konsultationen abgehalten. Der russischen "
     "Delegation gehörten Vizeaußenminister Sergej Rjabkow und Botschafter Alexej Dedow an.",
     "CONSULT", {("Sergei Ryabkov", DMFA, "RUS"), ("Alexei Dedov", "Ambassador", "RUS")}),
    ("Armenien und Frankreich haben am Montag in Paris Konsultationen abgehalten. Der "
     "armenischen Delegation gehörten Vizeaußenminister Mnazakan Safarjan und Botschafter "
     "Arman Chatschatrjan an.",
     "CONSULT", {("Mnazakan Safaryan", DMFA, "ARM"),
                 ("Arman Khachatryan", "Ambassador", "ARM")}),
    ("Der Vizeminister Andrej Rudenko hat am Freitag in Moskau Konsultationen mit dem "
     "chinesischen Botschafter abgehalten. Rudenko, stellvertretender Außenminister Russlands, "
     "nannte die Gespräche nützlich.",
     "CONSULT", {("Andrey Rudenko", DM, "RUS")}),
    ("Der Sonderbeauftragte Li Hui hat am Dienstag in Kiew den ukrainischen Außenminister "
     "Dmytro Kuleba getroffen. Li, Sonderbeauftragter der chinesischen Regierung für eurasische "
     "Angelegenheiten, sprach über eine politische Lösung.",
     "CONSULT", {("Li Hui", SR, "CHN"), ("Dmytro Kuleba", MFA, "UKR")}),
    ("Der chinesische Außenminister Wang Yi hat am Montag in Peking den pakistanischen "
     "Botschafter Khalil Hashmi und den Sonderbeauftragten Asif Durrani empfangen.",
     "CONSULT", {("Wang Yi", MFA, "CHN"), ("Khalil Hashmi", "Ambassador", "PAK"),
                 ("Asif Durrani", SR, None)}),
    ("Kasachstan und China haben am Mittwoch in Peking Gespräche geführt. Die Ko-Vorsitzenden "
     "waren der kasachische Vizeaußenminister Roman Wassilenko und der chinesische "
     "Vizeaußenminister Sun Weidong.",
     "CONSULT", {("Roman Vasilenko", DMFA, "KAZ"), ("Sun Weidong", DMFA, "CHN")}),
    ("Botschafter Robert Kvile hat am Freitag in Moskau den russischen Vizeaußenminister "
     "Alexander Gruschko getroffen. Kvile, Norwegens Botschafter in Russland, protestierte "
     "gegen die Ausweisung zweier Diplomaten.",
     "CONSULT", {("Robert Kvile", "Ambassador", "NOR"), ("Alexander Grushko", DMFA, "RUS")}),
    ("Vizeminister Mnazakan Safarjan hat am Montag in Eriwan den französischen Botschafter "
     "empfangen. Safarjan, stellvertretender Außenminister Armeniens, sprach über die Lage in "
     "der Region.",
     "CONSULT", {("Mnazakan Safaryan", DM, "ARM")}),
    ("Белоруссия и Вьетнам провели в понедельник в Минске политические консультации. В состав "
     "белорусской делегации вошли заместитель министра иностранных дел Сергей Алейник и посол "
     "Владимир Барабан.",
     "CONSULT", {("Sergei Aleinik", DMFA, "BLR"), ("Vladimir Baraban", "Ambassador", "BLR")}),
    ("Индия и Япония провели во вторник в Нью-Дели морской диалог. В состав японской делегации "
     "вошли заместитель министра Такэси Акахори, генеральный директор Кэндзи Канасуги и посол "
     "Хироси Судзуки.",
     "CONSULT", {("Takeshi Akahori", DM, "JPN"), ("Kenji Kanasugi", "Director-General", "JPN"),
                 ("Hiroshi Suzuki", "Ambassador", "JPN")}),
    ("Россия и Иран провели в среду в Тегеране консультации. В состав российской делегации "
     "вошли заместитель министра иностранных дел Сергей Рябков и посол Алексей Дедов.",
     "CONSULT", {("Sergei Ryabkov", DMFA, "RUS"), ("Alexei Dedov", "Ambassador", "RUS")}),
    ("Армения и Франция провели в понедельник в Париже консультации. В состав армянской "
     "делегации входили заместитель министра иностранных дел Мнацакан Сафарян и посол Арман "
     "Хачатрян.",
     "CONSULT", {("Mnatsakan Safaryan", DMFA, "ARM"),
                 ("Arman Khachatryan", "Ambassador", "ARM")}),
    ("Заместитель министра Виталий Макаров принял в понедельник в Минске посла Вьетнама. "
     "Макаров, замглавы МИД Белоруссии, обсудил с послом торговлю.",
     "CONSULT", {("Vitaly Makarov", DM, "BLR")}),
    ("Заместитель министра Андрей Руденко провел в пятницу в Москве консультации с послом "
     "Китая. Руденко, заместитель министра иностранных дел России, назвал переговоры "
     "полезными.",
     "CONSULT", {("Andrey Rudenko", DM, "RUS")}),
    ("Министр иностранных дел КНР Ван И принял в понедельник в Пекине посла Пакистана Халиля "
     "Хашми и спецпредставителя Асифа Саида Дуррани.",
     "CONSULT", {("Wang Yi", MFA, "CHN"), ("Khalil Khashmi", "Ambassador", "PAK"),
                 ("Asif Said Durrani", SR, None)}),
    ("Казахстан и Китай провели в среду в Пекине переговоры. Сопредседателями стали заместитель "
     "министра иностранных дел Казахстана Роман Василенко и заместитель министра иностранных "
     "дел КНР Сунь Вэйдун.",
     "CONSULT", {("Roman Vasilenko", DMFA, "KAZ"), ("Sun Weidong", DMFA, "CHN")}),
    ("Посол Роберт Квиле встретился в пятницу в Москве с заместителем министра иностранных дел "
     "России Александром Грушко. Квиле, посол Норвегии в России, выразил протест против высылки "
     "двух дипломатов.",
     "CONSULT", {("Robert Kvile", "Ambassador", "NOR"), ("Alexander Grushko", DMFA, "RUS")}),
    ("Заместитель министра Мнацакан Сафарян принял в понедельник в Ереване посла Франции. "
     "Сафарян, заместитель министра иностранных дел Армении, рассказал о положении в регионе.",
     "CONSULT", {("Mnatsakan Safaryan", DM, "ARM")}),
]


# An Arabic article joined to the name ("al-Shaibani", "аш-Шейбани") is part of it, and no
# evidence that two names agree: the minister is not Bashar al-Assad, and not "Ali" alone.
# A Russian ministry's release: a title's long rest runs on to the name (six words), and a
# Chinese name declined in Russian is read back to pinyin.
ARTICLES = [
    ("Syrian Foreign Minister Asaad al-Shaibani met Turkish Foreign Minister Hakan Fidan in "
     "Ankara on Monday.",
     "CONSULT", {("Asaad al-Shaibani", MFA, "SYR"), ("Hakan Fidan", MFA, "TUR")}),
    ("Sudanese Foreign Minister Ali al-Sadiq met Egyptian Foreign Minister Sameh Shoukry in "
     "Cairo on Monday.",
     "CONSULT", {("Ali al-Sadiq", MFA, "SDN"), ("Sameh Shoukry", MFA, "EGY")}),
    ("Der syrische Außenminister Asaad al-Schaibani hat am Montag in Ankara den türkischen "
     "Außenminister Hakan Fidan getroffen.",
     "CONSULT", {("Asaad al-Schaibani", MFA, "SYR"), ("Hakan Fidan", MFA, "TUR")}),
    ("Der sudanesische Außenminister Ali al-Sadiq hat am Montag in Kairo den ägyptischen "
     "Außenminister Sameh Schukri getroffen.",
     "CONSULT", {("Ali al-Sadiq", MFA, "SDN"), ("Sameh Schukri", MFA, "EGY")}),
    ("Министр иностранных дел Сирии Асаад аш-Шейбани провел в понедельник в Анкаре переговоры "
     "с министром иностранных дел Турции Хаканом Фиданом.",
     "CONSULT", {("Asaad ash-Sheibani", MFA, "SYR"), ("Hakan Fidan", MFA, "TUR")}),
    ("16 ноября в Женеве состоялись консультации заместителя Министра иностранных дел "
     "Российской Федерации С.А.Рябкова с заместителем Государственного секретаря США по "
     "контролю над вооружениями и международной безопасности Б.Дженкинс. Стороны обсудили "
     "вопросы стратегической стабильности.",
     "CONSULT", {("Sergei Ryabkov", DMFA, "RUS"),
                 ("B. Jenkins", "Deputy Secretary of State", "USA")}),
    ("21 марта в Москве состоялась беседа заместителя Министра иностранных дел Российской "
     "Федерации А.Ю.Руденко с Послом Китайской Народной Республики в России Чжан "
     "Ханьхуэем. Обсуждались актуальные вопросы двусторонних отношений.",
     "CONSULT", {("Andrey Rudenko", DMFA, "RUS"), ("Zhang Hanhui", "Ambassador", "CHN")}),
    ("Министр иностранных дел Судана Али ас-Садик встретился в понедельник в Каире с "
     "министром иностранных дел Египта.",
     "CONSULT", {("Ali as-Sadik", MFA, "SDN")}),
]


@pytest.mark.parametrize(("text", "event_type", "expected"),
                         ENTITY_LAYER + TITLES_WITHOUT_STATE + ARTICLES)
def test_persons_of_the_document_layer(extractor: Extractor, text: str, event_type: str,
                                       expected: set[tuple[str, str | None, str | None]]
                                       ) -> None:
    assert persons_of(extractor, text, event_type) == expected


@pytest.mark.parametrize(("surface", "language", "country", "name"), [
    # Russian: the Palladius system, the Vietnamese transcription, Polivanov, English names
    ("Си Цзиньпин", "ru", "CHN", "Xi Jinping"),
    ("Ма Чжаосюй", "ru", "CHN", "Ma Zhaoxu"),
    ("Ван Лэй", "ru", "CHN", "Wang Lei"),
    ("Хуа Чуньин", "ru", "CHN", "Hua Chunying"),
    ("Ян Цзечи", "ru", "CHN", "Yang Jiechi"),
    ("Ли Хуэй", "ru", "CHN", "Li Hui"),
    ("Чжан Ханьхуэем", "ru", "CHN", "Zhang Hanhui"),
    ("Чжан Цзюнем", "ru", "CHN", "Zhang Jun"),
    ("Нгуен Суан Фук", "ru", "VNM", "Nguyen Xuan Phuc"),
    ("Буй Тхань Шон", "ru", "VNM", "Bui Thanh Son"),
    ("Зыонг Ван Чыонг", "ru", "VNM", "Duong Van Truong"),
    ("Такэси Акахори", "ru", "JPN", "Takeshi Akahori"),
    ("Фумио Кисида", "ru", "JPN", "Fumio Kishida"),
    ("Бонни Дженкинс", "ru", "USA", "Bonnie Jenkins"),
    ("Энтони Блинкен", "ru", "USA", "Antony Blinken"),
    ("Сергей Рябков", "ru", "RUS", "Sergei Ryabkov"),
    # German: transliterations from Cyrillic respelt, capitals, diacritics kept
    ("Wladimir Baraban", "de", "BLR", "Vladimir Baraban"),
    ("Sergej Lawrow", "de", "RUS", "Sergei Lavrov"),
    ("Andrej Rudenko", "de", "RUS", "Andrei Rudenko"),
    ("Roman Wassilenko", "de", "KAZ", "Roman Vasilenko"),
    ("Alexej Dedow", "de", "RUS", "Alexei Dedov"),
    ("SHI Jun", "de", "CHN", "Shi Jun"),
    ("Nguyễn Minh Vũ", "de", "VNM", "Nguyễn Minh Vũ"),
    ("Sun Weidong", "de", "CHN", "Sun Weidong"),
    ("Juri Ambrasewitsch", "de", "BLR", "Yuri Ambrasevich"),
    ("Dmitri Peskow", "de", "RUS", "Dmitri Peskov"),
    # English: capitals surnames, names kept as written
    ("SHI Jun", "en", "CHN", "Shi Jun"),
    ("LEE Do-hoon", "en", "KOR", "Lee Do-hoon"),
    ("NGUYEN Minh Vu", "en", "VNM", "Nguyen Minh Vu"),
    ("CHOE Son-hui", "en", "PRK", "Choe Son-hui"),
    ("Aleksandr Grushko", "en", "RUS", "Aleksandr Grushko"),
    ("Nguyễn Minh Vũ", "en", "VNM", "Nguyễn Minh Vũ"),
    ("Mnatsakan Safaryan", "en", "ARM", "Mnatsakan Safaryan"),
    ("Kenji Kanasugi", "en", "JPN", "Kenji Kanasugi"),
    ("Roman Vassilenko", "en", "KAZ", "Roman Vassilenko"),
    ("Hua Chunying", "en", "CHN", "Hua Chunying"),
])
def test_name_in_its_states_spelling(surface: str, language: str, country: str,
                                     name: str) -> None:
    """One canonical display name per person: foreign names in Cyrillic by their state's
    scheme reversed, German transliterations respelt, capitals surnames normalised."""
    assert canonical_person_name(surface, language, country) == name


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Lee Jongmoon", "Lee Jong-moon", True),
    ("Kassymjomart Tokayev", "Kassym-Jomart Tokayev", True),
    ("Choe Sonhui", "Choe Son-hui", True),
    ("Lee Jae-myung", "Lee Do-hoon", False),
    ("James O'Braien", "James O'Brien", True),
    ("Hua Chunying", "Хуа Чуньин", True),
    ("Nguyen Xuan Phuc", "Нгуен Суан Фук", True),
    ("Yoko Kamikawa", "Ёко Камикава", True),
    ("Aleksandr Grushko", "Alexander Grushko", True),
    ("Sergej Lawrow", "Lavrov", True),
    ("Wang Yi", "Wang Lei", False),
    ("Asaad al-Shaibani", "Bashar al-Assad", False),
    ("Omar al-Bashir", "Omar Hassan al-Bashir", True),
    ("Ursula von der Leyen", "von der Leyen", True),
    ("Wang Yi", "Wang Yi", True),
    # Slavic marks spelt out match Cyrillic, folded they match the wires' spelling
    ("Ivica Dačić", "Ивица Дачич", True),
    ("Nikola Selaković", "Никола Селакович", True),
    ("Đorđe Popović", "Джордже Попович", True),
    ("Ivica Dačić", "Ivica Dacic", True),
    ("Ivica Dačić", "Ivica Đurić", False),
])
def test_spellings_of_one_person(a: str, b: str, same: bool) -> None:
    assert same_person(a, b) is same


@pytest.mark.parametrize(("bare", "full", "country", "family"), [
    ("Shi", "Shi Jun", "CHN", True),
    ("Lee", "Lee Do-hoon", "KOR", True),
    ("Sun", "Sun Chanthol", "KHM", True),
    ("Ма", "Ма Чжаосюй", "CHN", True),
    ("Jun", "Shi Jun", "CHN", False),
    ("Abbas", "Abbas Araghchi", "IRN", False),
    ("Emmanuel", "Emmanuel Macron", "FRA", False),
])
def test_family_name_written_first(bare: str, full: str, country: str, family: bool) -> None:
    assert is_family_name(bare, full, country) is family
