"""Officials named in another sentence than the act (issue 13, probe persons_across).

Hand-written wire sentences in Russian, German and English, each with the exact persons
(name, title, state) and codes of one coded event: a delegation named without its state
("Делегацию возглавлял заместитель министра …", "Angeführt wurde die Delegation von …",
"The delegation was led by …") takes the one state whose delegation the text named before,
never one of two; an outcome told after the sentences that list the heads of delegation
("Стороны договорились …", «По итогам консультаций подписан …», "Beide Regierungen
unterzeichneten …", "Die Ministerinnen und Minister vereinbarten …") carries them; a
surname in a headline before the full name is that person; sectoral ministers (industry,
oil, labour) name their office so that the state beside the title is theirs.
"""

from __future__ import annotations

import pytest

from communique import Extractor
from communique.document import RawDocument

PUBLISHED = "2023-03-14"
DMFA = "Deputy Minister of Foreign Affairs"
MFA = "Minister of Foreign Affairs"
Persons = frozenset[tuple[str, str | None, str | None]]


def coded(extractor: Extractor, text: str, event_type: str) -> tuple[Persons, frozenset[str]]:
    """The persons (name, role, state) and codes of the first event of ``event_type``."""
    doc = next(iter(extractor.run([RawDocument(text, doc_id="case", published=PUBLISHED)])))
    event = next(e for e in doc.events if e.event_type == event_type)
    sides = (*event.actors, *event.recipients)
    return (frozenset((a.name, a.role, a.country) for a in sides if a.kind == "person"),
            frozenset(a.country or a.igo or "" for a in sides))


RUSSIAN = [
    # a delegation named without its state: the one named before
    ("МОСКВА, 14 марта. /ТАСС/. В Москве во вторник состоялась встреча заместителя министра "
     "иностранных дел России Михаила Галузина с делегацией Таджикистана. Делегацию возглавлял "
     "заместитель министра Фарход Салим.", "CONSULT",
     {("Farkhod Salim", "Deputy Minister", "TJK"), ("Mikhail Galuzin", DMFA, "RUS")},
     {"RUS", "TJK"}),
    ("МИНСК, 14 марта (БЕЛТА) – Министр иностранных дел Беларуси Сергей Алейник во вторник "
     "принял делегацию Монголии. Делегацию возглавила заместитель министра Баттсэцэг Батмунх.",
     "CONSULT", {("Battsetseg Batmunkh", "Deputy Minister", "MNG"),
                 ("Sergei Aleinik", MFA, "BLR")}, {"BLR", "MNG"}),
    # two states' delegations before it: no guess (Rudenko is Russia's by the officials table)
    ("МОСКВА, 14 марта. /ТАСС/. Российская и китайская делегации провели во вторник "
     "консультации в Москве. Делегацию возглавил заместитель министра Андрей Руденко.",
     "CONSULT", {("Andrey Rudenko", "Deputy Minister", "RUS")}, {"CHN", "RUS"}),
    # the outcome told after the heads of delegation and a quote carries them
    ("МОСКВА, 14 марта. /ТАСС/. Российско-иранские консультации прошли во вторник в Москве. "
     "Российскую делегацию возглавил заместитель министра иностранных дел Сергей Рябков. "
     "С иранской стороны в консультациях участвовал заместитель министра иностранных дел Ирана "
     "Казем Гарибабади. «Мы удовлетворены итогами», — сказал Рябков журналистам. Стороны "
     "договорились провести следующий раунд консультаций в Тегеране.", "AGREE",
     {("Kazem Garibabadi", DMFA, "IRN"), ("Sergei Ryabkov", DMFA, "RUS")}, {"IRN", "RUS"}),
    # «По итогам консультаций подписан …»: the meeting's officials signed
    ("МИНСК, 14 марта (БЕЛТА) – Белорусско-вьетнамские политические консультации прошли во "
     "вторник в Минске. Делегацию Вьетнама возглавил заместитель министра иностранных дел "
     "Нгуен Минь Ханг. С белорусской стороны в консультациях участвовал заместитель министра "
     "иностранных дел Евгений Шестаков. По итогам консультаций подписан план сотрудничества "
     "между министерствами иностранных дел.", "SUPPORT",
     {("Nguyen Minh Hang", DMFA, "VNM"), ("Yevgeny Shestakov", DMFA, "BLR")}, {"BLR", "VNM"}),
    ("МОСКВА, 14 марта. /ТАСС/. Российско-японские консультации прошли во вторник в Москве. "
     "Российскую делегацию возглавил Михаил Галузин, японскую – Такэси Осуга. По итогам "
     "переговоров стороны подписали меморандум.", "SUPPORT",
     {("Mikhail Galuzin", DMFA, "RUS"), ("Takeshi Osuga", None, "JPN")}, {"JPN", "RUS"}),
    # sectoral ministers
    ("МОСКВА, 14 марта. /ТАСС/. Министр промышленности и торговли России Антон Алиханов во "
     "вторник провел в Москве переговоры с министром промышленности Узбекистана Лазизом "
     "Кудратовым.", "CONSULT",
     {("Anton Alikhanov", "Minister of Trade", "RUS"),
      ("Laziz Kudratov", "Minister of Industry", "UZB")}, {"RUS", "UZB"}),
    ("ТЕГЕРАН, 14 марта. /ТАСС/. Министр энергетики России Николай Шульгинов во вторник "
     "встретился в Тегеране с министром нефти Ирана Джавадом Оуджи.", "CONSULT",
     {("Javad Ouji", "Minister of Oil", "IRN"),
      ("Nikolai Shulginov", "Minister of Energy", "RUS")}, {"IRN", "RUS"}),
    ("МОСКВА, 14 марта. /ТАСС/. Министр труда России Антон Котяков во вторник провел в Москве "
     "переговоры с министром труда Таджикистана Шахло Ахмадзода.", "CONSULT",
     {("Anton Kotyakov", "Minister of Labour", "RUS"),
      ("Shakhlo Akhmadzoda", "Minister of Labour", "TJK")}, {"RUS", "TJK"}),
    ("МИНСК, 28 ноября (БЕЛТА) – Министр промышленности Беларуси Александр Ефимов в четверг "
     "встретился с делегацией Вьетнама.", "CONSULT",
     {("Alexander Yefimov", "Minister of Industry", "BLR")}, {"BLR", "VNM"}),
    # «С <adj> стороны … участвовал / переговоры вел»: the side's state, not the dateline's
    ("МОСКВА, 14 марта. /ТАСС/. Российско-монгольские консультации прошли во вторник в Москве. "
     "С монгольской стороны в консультациях участвовал заместитель министра Батмунх "
     "Баттсэцэг.", "CONSULT", {("Batmunkh Battsetseg", "Deputy Minister", "MNG")},
     {"MNG", "RUS"}),
    ("МОСКВА, 14 марта. /ТАСС/. Российско-китайские консультации прошли во вторник в Пекине. "
     "С китайской стороны переговоры вел помощник министра Нун Жун.", "CONSULT",
     {("Nong Rong", "Assistant Minister", "CHN")}, {"CHN", "RUS"}),
]

GERMAN = [
    ("BERLIN, 14. März (dpa) - Bundesaußenministerin Annalena Baerbock hat am Dienstag in "
     "Berlin eine Delegation aus Kasachstan empfangen. Angeführt wurde die Delegation von "
     "Vizeaußenminister Roman Wassilenko.", "CONSULT",
     {("Annalena Baerbock", MFA, "DEU"), ("Roman Vasilenko", DMFA, "KAZ")}, {"DEU", "KAZ"}),
    ("MINSK, 14. März (BelTA) – Präsident Alexander Lukaschenko hat am Dienstag eine "
     "vietnamesische Regierungsdelegation empfangen. Geleitet wurde die Delegation von "
     "Vizepremier Tran Luu Quang.", "CONSULT",
     {("Alexander Lukashenko", "President", "BLR"),
      ("Tran Luu Quang", "Deputy Prime Minister", "VNM")}, {"BLR", "VNM"}),
    ("MINSK, 10. Juli (BelTA) – Präsident Alexander Lukaschenko hat am Mittwoch eine "
     "chinesische Regierungsdelegation empfangen. Angeführt wurde die Delegation von "
     "Vizepremier Zhang Guoqing.", "CONSULT",
     {("Alexander Lukashenko", "President", "BLR"),
      ("Zhang Guoqing", "Deputy Prime Minister", "CHN")}, {"BLR", "CHN"}),
    # two delegations, joined with their articles: no guess
    ("BERLIN, 14. März (dpa) - Eine russische und eine chinesische Delegation sind am Dienstag "
     "in Genf zusammengekommen. Die Delegation wurde von Vizeaußenminister Sergej Rjabkow "
     "geleitet.", "CONSULT", {("Sergei Ryabkov", DMFA, "RUS")}, {"CHN", "RUS"}),
    # outcomes after the list of who sat at the table
    ("BERLIN, 14. März (dpa) - In Berlin haben am Dienstag deutsch-französische Konsultationen "
     "der Außen- und Verteidigungsminister stattgefunden. Für Deutschland nahmen "
     "Außenministerin Annalena Baerbock und Verteidigungsminister Boris Pistorius teil, für "
     "Frankreich Außenminister Stéphane Séjourné. Die Ministerinnen und Minister vereinbarten "
     "eine engere Zusammenarbeit bei der Rüstung.", "AGREE",
     {("Annalena Baerbock", MFA, "DEU"), ("Boris Pistorius", "Minister of Defence", "DEU"),
      ("Stéphane Séjourné", MFA, "FRA")}, {"DEU", "FRA"}),
    ("MINSK, 14. März (BelTA) – In Minsk haben am Dienstag belarussisch-chinesische "
     "Konsultationen stattgefunden. Die chinesische Delegation wurde von Vizeaußenminister Sun "
     "Weidong angeführt, die belarussische von Vizeaußenminister Jewgeni Schestakow. Beide "
     "Delegationen unterzeichneten einen Plan der Zusammenarbeit.", "SUPPORT",
     {("Sun Weidong", DMFA, "CHN"), ("Yevgeni Shestakov", DMFA, "BLR")}, {"BLR", "CHN"}),
    # a headline's surname is the full name given after it
    ("BERLIN, 14. März (dpa) - Staatsminister Lindner trifft armenischen Vizeaußenminister. "
     "Staatsminister Tobias Lindner hat am Dienstag im Auswärtigen Amt den stellvertretenden "
     "Außenminister Armeniens, Mnatsakan Safaryan, empfangen.", "CONSULT",
     {("Tobias Lindner", "Minister of State", None), ("Mnatsakan Safaryan", DMFA, "ARM")},
     {"", "ARM", "DEU"}),
    # sectoral ministers
    ("MINSK, 14. März (BelTA) – Der belarussische Industrieminister Alexander Jefimow ist am "
     "Dienstag in Minsk mit dem usbekischen Investitionsminister Laziz Kudratow "
     "zusammengetroffen.", "CONSULT",
     {("Alexander Yefimov", "Minister of Industry", "BLR"),
      ("Laziz Kudratov", "Minister of Investment", "UZB")}, {"BLR", "UZB"}),
    ("TEHERAN, 14. März (dpa) - Der russische Energieminister Nikolai Schulginow hat am "
     "Dienstag in Teheran den iranischen Ölminister Dschawad Owdschi getroffen.", "CONSULT",
     {("Dschawad Owdschi", "Minister of Oil", "IRN"),
      ("Nikolai Shulginov", "Minister of Energy", "RUS")}, {"IRN", "RUS"}),
    ("MINSK, 17. Mai (BelTA) – Der Industrieminister von Belarus Alexander Jefimow hat am "
     "Freitag in Minsk den usbekischen Investitionsminister Laziz Kudratow empfangen.",
     "CONSULT", {("Alexander Yefimov", "Minister of Industry", "BLR"),
                 ("Laziz Kudratov", "Minister of Investment", "UZB")}, {"BLR", "UZB"}),
    # a long list of who took part
    ("BERLIN, 14. März (dpa) - Deutschland und Japan haben am Dienstag in Tokio Konsultationen "
     "abgehalten. An den Gesprächen nahmen auf deutscher Seite Außenministerin Annalena "
     "Baerbock, Verteidigungsminister Boris Pistorius und Wirtschaftsminister Robert Habeck "
     "teil.", "CONSULT",
     {("Annalena Baerbock", MFA, "DEU"), ("Boris Pistorius", "Minister of Defence", "DEU"),
      ("Robert Habeck", "Minister of Economy", "DEU")}, {"DEU", "JPN"}),
    # an outcome before a later mention of the heads is still theirs
    ("ASTANA, 14. März (Kazinform) – Präsident Kassym-Schomart Tokajew hat am Dienstag ein "
     "Telefongespräch mit dem Präsidenten Usbekistans, Schawkat Mirsijojew, geführt. Die Seiten "
     "vereinbarten, die Arbeiten am Industriezentrum zu beschleunigen. Tokajew gratulierte "
     "Mirsijojew zum Unabhängigkeitstag.", "AGREE",
     {("Kassym-Jomart Tokayev", "President", "KAZ"),
      ("Shavkat Mirziyoyev", "President", "UZB")}, {"KAZ", "UZB"}),
]

ENGLISH = [
    ("ASTANA, March 14 (Kazinform) - Kazakh Foreign Minister Murat Nurtleu received a "
     "delegation of Vietnam on Tuesday. The delegation was led by Deputy Foreign Minister "
     "Nguyen Minh Hang.", "CONSULT",
     {("Murat Nurtleu", MFA, "KAZ"), ("Nguyen Minh Hang", DMFA, "VNM")}, {"KAZ", "VNM"}),
    ("MINSK, March 14 (BelTA) - President Alexander Lukashenko received a Chinese government "
     "delegation on Tuesday. The delegation was headed by Vice Premier Zhang Guoqing.",
     "CONSULT", {("Alexander Lukashenko", "President", "BLR"),
                 ("Zhang Guoqing", "Deputy Prime Minister", "CHN")}, {"BLR", "CHN"}),
    ("NEW DELHI, March 14 - Russian and Chinese delegations held talks in New Delhi on "
     "Tuesday. The delegation was headed by Deputy Minister Andrei Rudenko.", "CONSULT",
     {("Andrey Rudenko", "Deputy Minister", "RUS")}, {"CHN", "RUS"}),
    ("LONDON, March 14 - The UK-Kazakhstan Strategic Dialogue took place in London on "
     "Tuesday. The UK delegation was headed by Foreign Secretary David Cameron. The Kazakh "
     "delegation was led by Foreign Minister Murat Nurtleu. The two sides signed a memorandum "
     "on critical minerals.", "SUPPORT",
     {("David Cameron", "Foreign Secretary", "GBR"), ("Murat Nurtleu", MFA, "KAZ")},
     {"GBR", "KAZ"}),
    ("GENEVA, March 14 - Russia and the United States held consultations in Geneva on "
     "Tuesday. The Russian delegation was headed by Deputy Foreign Minister Sergei Ryabkov. The "
     "US delegation was led by Under Secretary Bonnie Jenkins. Both delegations agreed to "
     "continue the dialogue.", "AGREE",
     {("Bonnie Jenkins", "Under Secretary", "USA"), ("Sergei Ryabkov", DMFA, "RUS")},
     {"RUS", "USA"}),
    ("TEHRAN, March 14 - Russian Energy Minister Nikolai Shulginov met Iranian Oil Minister "
     "Javad Owji in Tehran on Tuesday.", "CONSULT",
     {("Javad Owji", "Minister of Oil", "IRN"),
      ("Nikolai Shulginov", "Minister of Energy", "RUS")}, {"IRN", "RUS"}),
    ("WASHINGTON, March 14 - US Labor Secretary Julie Su met Mexican Labor Minister Marath "
     "Bolaños in Washington on Tuesday.", "CONSULT",
     {("Julie Su", "Secretary", "USA"), ("Marath Bolaños", "Minister of Labour", "MEX")},
     {"MEX", "USA"}),
    ("MINSK, March 14 (BelTA) - Belarusian Industry Minister Alexander Yefimov met Uzbek "
     "Investment Minister Laziz Kudratov in Minsk on Tuesday.", "CONSULT",
     {("Alexander Yefimov", "Minister of Industry", "BLR"),
      ("Laziz Kudratov", "Minister of Investment", "UZB")}, {"BLR", "UZB"}),
    ("MOSCOW, March 14 - Russian Foreign Minister Sergey Lavrov received a delegation of "
     "Laos on Tuesday. The delegation was headed by Deputy Minister Phonsavanh Sitthavong.",
     "CONSULT", {("Sergey Lavrov", MFA, "RUS"),
                 ("Phonsavanh Sitthavong", "Deputy Minister", "LAO")}, {"LAO", "RUS"}),
    ("BAKU, March 14 - Azerbaijan and Kazakhstan held political consultations in Baku on "
     "Tuesday. The Azerbaijani delegation was headed by Deputy Foreign Minister Elnur "
     "Mammadov. The Kazakh side was represented by Deputy Foreign Minister Akan Rakhmetullin. "
     "The two delegations signed a plan of consultations.", "SUPPORT",
     {("Elnur Mammadov", DMFA, "AZE"), ("Akan Rakhmetullin", DMFA, "KAZ")}, {"AZE", "KAZ"}),
    # a surname in capitals after a single given name; a state's name for its side
    ("SEOUL, March 14 - First Vice Minister of Foreign Affairs of the Republic of Korea KIM "
     "Hong-kyun met Deputy Minister of Foreign Affairs of Uzbekistan Bakhromjon ALOYEV in Seoul "
     "on Tuesday.", "CONSULT",
     {("Bakhromjon Aloyev", DMFA, "UZB"), ("Kim Hong-kyun", DMFA, "KOR")}, {"KOR", "UZB"}),
    ("HANOI, March 14 - Vice Minister of Foreign Affairs of Viet Nam Nguyen Minh VU met "
     "Ambassador of Japan to Viet Nam ITO Naoki in Hanoi on Tuesday.", "CONSULT",
     {("Ito Naoki", "Ambassador", "JPN"), ("Nguyen Minh Vu", DMFA, "VNM")}, {"JPN", "VNM"}),
    ("LONDON, March 14 - The UK-Kazakhstan Strategic Dialogue took place in London on "
     "Tuesday. The UK delegation was headed by Foreign Secretary David Cameron. Kazakhstan was "
     "represented by Deputy Foreign Minister Roman Vassilenko.", "CONSULT",
     {("David Cameron", "Foreign Secretary", "GBR"), ("Roman Vassilenko", DMFA, "KAZ")},
     {"GBR", "KAZ"}),
    ("ASTANA, March 14 - Kazakhstan and Uzbekistan held consultations in Astana on Tuesday. "
     "Uzbekistan was represented by Deputy Foreign Minister Bakhromjon Aloyev.", "CONSULT",
     {("Bakhromjon Aloyev", DMFA, "UZB")}, {"KAZ", "UZB"}),
]


@pytest.mark.parametrize(("text", "event_type", "persons", "codes"),
                         RUSSIAN + GERMAN + ENGLISH)
def test_persons_across_sentences(extractor: Extractor, text: str, event_type: str,
                                  persons: set[tuple[str, str | None, str | None]],
                                  codes: set[str]) -> None:
    assert coded(extractor, text, event_type) == (frozenset(persons), frozenset(codes))
