"""Officials attached to acts on unseen reports (issue 13, session 7).

Hand-written wire sentences, none from the probe set ``tests/data/probe/persons_blind.jsonl``,
each with the exact persons (name, title, state) of one coded event:

- the officials of a meeting carried to the outcome its sides did there ("Beide Seiten
  unterzeichneten …", «Стороны подписали …», "The two sides agreed …");
- who represented a side, in a sentence of its own ("Die vietnamesische Seite vertrat …",
  «Китайскую сторону представлял …», "The Japanese side was represented by …"), and the
  state of an elided side («…, армянскую — заместитель министра …»);
- sectoral ministers' titles (Wirtschaftsminister, министр энергетики, Minister of
  Commerce and Industry) and the assistant minister;
- the body an official comes from ("Staatssekretärin … vom Bundesministerium des Innern");
- names: a family name written first and taken up under the title ("Botschafter Yamada"),
  a surname in capitals closing the name ("Wijaya Dhireni PERERA"), letters that do not
  decompose (ø, ł, đ), transliterated initials ("A.Yu. Rudenko"), a Russian surname the
  NER left in the instrumental.
"""

from __future__ import annotations

import pytest

from codekit import document
from codekit import persons_of as codekit_persons_of
from communique import Extractor
from communique.document import Document
from communique.gazetteer.names import same_person

PUBLISHED = "2023-03-14"
DMFA = "Deputy Minister of Foreign Affairs"
MFA = "Minister of Foreign Affairs"
SEC = "Secretary of State"
Persons = frozenset[tuple[str, str | None, str | None]]


def extract(extractor: Extractor, text: str) -> Document:
    return document(extractor, text, None, PUBLISHED)


def persons_of(extractor: Extractor, text: str, event_type: str) -> Persons:
    return codekit_persons_of(extractor, text, event_type, PUBLISHED)


GERMAN = [
    ("WIEN, 13. März 2023. Österreich und Slowenien haben am Montag in Wien Konsultationen über "
     "Energiefragen abgehalten. Die Ko-Vorsitzenden waren der österreichische "
     "Wirtschaftsminister Martin Kocher und der slowenische Wirtschaftsminister Matjaž Han. "
     "Beide Seiten unterzeichneten eine Absichtserklärung über den Ausbau der Stromnetze.",
     "SUPPORT", {("Martin Kocher", "Minister of Economy", "AUT"),
                 ("Matjaž Han", "Minister of Economy", "SVN")}),
    ("BERN, 13. März 2023. Die Schweiz und Vietnam haben am Montag in Bern politische "
     "Konsultationen abgehalten. Die vietnamesische Seite vertrat der stellvertretende "
     "Außenminister Đỗ Hùng Việt, die Schweizer Delegation wurde von Staatssekretärin Livia "
     "Leu geleitet.",
     "CONSULT", {("Đỗ Hùng Việt", DMFA, "VNM"), ("Livia Leu", SEC, "CHE")}),
    ("PRAG, 13. März 2023. Tschechien und Polen haben am Montag in Prag Gespräche über "
     "Verkehrsprojekte geführt. Die polnische Delegation wurde von Verkehrsminister Andrzej "
     "Adamczyk geleitet, die tschechische — von Verkehrsminister Martin Kupka.",
     "CONSULT", {("Andrzej Adamczyk", "Minister of Transport", "POL"),
                 ("Martin Kupka", "Minister of Transport", "CZE")}),
    ("BERLIN, 13. März 2023. Der japanische Botschafter Shigeo Yamada ist am Montag im "
     "Auswärtigen Amt mit Staatssekretär Thomas Bagger zusammengetroffen. Botschafter Yamada "
     "überbrachte eine Einladung nach Tokio.",
     "AGREE", {("Shigeo Yamada", "Ambassador", "JPN")}),
    ("OSLO, 13. März 2023. Der norwegische Außenminister Espen Barth Eide hat am Montag in Oslo "
     "seinen polnischen Amtskollegen Zbigniew Rau empfangen. Eide und Rau sprachen über die "
     "Lage in der Ukraine. Rau dankte Eide für die norwegische Hilfe.",
     "SUPPORT", {("Espen Barth Eide", MFA, "NOR"), ("Zbigniew Rau", MFA, "POL")}),
    ("KIEW, 13. März 2023. Die Ukraine und Deutschland haben am Montag in Kiew Gespräche über "
     "den Wiederaufbau geführt. Die deutsche Delegation leitete Staatssekretär Jochen Flasbarth "
     "vom Bundesministerium für wirtschaftliche Zusammenarbeit. Die ukrainische Seite vertrat "
     "Wirtschaftsministerin Julija Swyrydenko.",
     "CONSULT", {("Jochen Flasbarth", SEC, "DEU"),
                 ("Yuliya Svyrydenko", "Minister of Economy", "UKR")}),
    ("HANOI, 13. März 2023 (VNA). Der vietnamesische Landwirtschaftsminister Lê Minh Hoan hat am "
     "Montag in Hanoi den australischen Botschafter Andrew Goledzinowski empfangen. Die Seiten "
     "vereinbarten, die Zusammenarbeit beim Reisanbau auszubauen.",
     "AGREE", {("Lê Minh Hoan", "Minister of Agriculture", "VNM"),
               ("Andrew Goledzinowski", "Ambassador", "AUS")}),
    ("TASCHKENT, 13. März 2023. Usbekistan und Deutschland haben am Montag in Taschkent "
     "Gespräche über Migration geführt. Die deutsche Delegation leitete Staatssekretärin "
     "Juliane Seifert vom Bundesministerium des Innern. Die Seiten unterzeichneten eine "
     "Erklärung über Fachkräfteeinwanderung.",
     "SUPPORT", {("Juliane Seifert", SEC, "DEU")}),
    ("WARSCHAU, 13. März 2023. Der polnische Finanzminister Andrzej Domański hat am Montag in "
     "Warschau seinen litauischen Amtskollegen Gintarė Skaistė empfangen. Die beiden Seiten "
     "unterzeichneten ein Abkommen über die Vermeidung der Doppelbesteuerung.",
     "SUPPORT", {("Andrzej Domański", "Minister of Finance", "POL"),
                 ("Gintarė Skaistė", "Minister of Finance", "LTU")}),
    ("WIEN, 13. März 2023. Der österreichische Finanzminister Magnus Brunner hat am Montag in "
     "Wien seinen slowakischen Amtskollegen Michal Horváth empfangen. Die Minister "
     "unterzeichneten ein Abkommen über den Informationsaustausch.",
     "SUPPORT", {("Magnus Brunner", "Minister of Finance", "AUT"),
                 ("Michal Horváth", "Minister of Finance", "SVK")}),
]

ENGLISH = [
    ("RIGA, March 13 – Latvia and Japan held political consultations in Riga on Monday. The "
     "Japanese side was represented by Deputy Minister for Foreign Affairs Takehiro Funakoshi, "
     "while the Latvian delegation was headed by State Secretary Andris Pelšs. The two sides "
     "signed a memorandum on cooperation in cyber security.",
     "SUPPORT", {("Takehiro Funakoshi", DMFA, "JPN"), ("Andris Pelšs", SEC, "LVA")}),
    ("CANBERRA, March 13 – Australian Foreign Minister Penny Wong met Japanese Ambassador Suzuki "
     "Kazuhiro in Canberra on Monday. Ambassador Suzuki conveyed an invitation from Tokyo to "
     "attend the ministerial meeting in May.",
     "CONSULT", {("Penny Wong", MFA, "AUS"), ("Suzuki Kazuhiro", "Ambassador", "JPN")}),
    ("BEIJING, March 13 (Xinhua) -- Chinese Assistant Foreign Minister HUA Chunying met with Sri "
     "Lankan Foreign Secretary Wijaya Dhireni PERERA in Beijing on Monday. The two sides agreed "
     "to strengthen cooperation under the Belt and Road Initiative.",
     "AGREE", {("Hua Chunying", "Assistant Minister of Foreign Affairs", "CHN"),
               ("Wijaya Dhireni Perera", "Foreign Secretary", "LKA")}),
    ("OSLO, March 13 – Norwegian Finance Minister Trygve Slagsvold Vedum held talks with his "
     "Icelandic counterpart Bjarni Benediktsson in Oslo on Monday. Both sides signed an "
     "agreement on the exchange of tax information.",
     "SUPPORT", {("Trygve Slagsvold Vedum", "Minister of Finance", "NOR"),
                 ("Bjarni Benediktsson", "Minister of Finance", "ISL")}),
    ("WARSAW, March 13 – Poland and Lithuania held talks on energy security in Warsaw on Monday. "
     "The Lithuanian delegation was led by Energy Minister Dainius Kreivys and the Polish side "
     "was represented by Climate Minister Anna Moskwa. The two sides agreed to speed up the "
     "synchronisation of their power grids.",
     "AGREE", {("Dainius Kreivys", "Minister of Energy", "LTU"),
               ("Anna Moskwa", "Minister", "POL")}),
    ("NEW DELHI, March 13 – India's Minister of Commerce and Industry Piyush Goyal received "
     "British Business and Trade Secretary Kemi Badenoch in New Delhi on Monday. Goyal welcomed "
     "Britain's decision to resume the free trade negotiations.",
     "SUPPORT", {("Piyush Goyal", "Minister of Trade", "IND")}),
    ("HELSINKI, March 13 – Finnish Foreign Minister Pekka Haavisto met his Estonian counterpart "
     "Urmas Reinsalu in Helsinki on Monday. The ministers signed a joint declaration on Baltic "
     "Sea security, Haavisto's office said.",
     "SUPPORT", {("Pekka Haavisto", MFA, "FIN"), ("Urmas Reinsalu", MFA, "EST")}),
    ("PRAGUE, March 13 – Czech Foreign Minister Jan Lipavský received Georgian Foreign Minister "
     "Ilia Darchiashvili in Prague on Monday. Lipavský said the Czech Republic supports "
     "Georgia's path toward the European Union.",
     "SUPPORT", {("Jan Lipavský", MFA, "CZE")}),
    ("ANKARA, March 13 – Turkish Trade Minister Mehmet Muş met Azerbaijani Minister of Economy "
     "Mikayil Jabbarov in Ankara on Monday. The two sides signed a protocol on the expansion of "
     "bilateral trade.",
     "SUPPORT", {("Mehmet Muş", "Minister of Trade", "TUR"),
                 ("Mikayil Jabbarov", "Minister of Economy", "AZE")}),
    ("HANOI, March 13 – Vietnamese Deputy Foreign Minister Đỗ Hùng Việt received Polish "
     "Ambassador Joanna Skoczek in Hanoi on Monday. Đỗ Hùng Việt and Joanna Skoczek discussed "
     "preparations for the visit of the Polish president.",
     "CONSULT", {("Đỗ Hùng Việt", DMFA, "VNM"), ("Joanna Skoczek", "Ambassador", "POL")}),
]

RUSSIAN = [
    ("МОСКВА, 13 марта. /ТАСС/. В Москве в понедельник прошли российско-индийские консультации "
     "по вопросам Афганистана. Индийскую сторону представлял секретарь МИД Индии Винай Кватра, "
     "российскую — заместитель министра иностранных дел Андрей Руденко.",
     "CONSULT", {("Vinai Kvatra", "Secretary of the Ministry of External Affairs", "IND"),
                 ("Andrey Rudenko", DMFA, "RUS")}),
    ("МИНСК, 13 марта (БелТА). В Минске в понедельник состоялось заседание "
     "белорусско-казахстанской межправительственной комиссии. Сопредседателями выступили "
     "вице-премьер Беларуси Петр Пархомчик и министр торговли и интеграции Казахстана Серик "
     "Жумангарин. По итогам заседания стороны подписали протокол.",
     "SUPPORT", {("Petr Parkhomchik", "Deputy Prime Minister", "BLR"),
                 ("Serik Zhumangarin", "Minister of Trade", "KAZ")}),
    ("АСТАНА, 13 марта. /ТАСС/. Министр энергетики России Николай Шульгинов провел в Астане "
     "переговоры с министром энергетики Казахстана Алмасханом Саткалиевым. Министры подписали "
     "соглашение о поставках газа.",
     "SUPPORT", {("Nikolai Shulginov", "Minister of Energy", "RUS"),
                 ("Almaskhan Satkaliyev", "Minister of Energy", "KAZ")}),
    ("ЕРЕВАН, 13 марта. /ТАСС/. Российскую делегацию на консультациях в Ереване возглавлял "
     "заместитель министра иностранных дел Михаил Галузин, армянскую — заместитель министра "
     "иностранных дел Мнацакан Сафарян. Стороны обсудили ситуацию на Южном Кавказе.",
     "CONSULT", {("Mikhail Galuzin", DMFA, "RUS"), ("Mnatsakan Safaryan", DMFA, "ARM")}),
    ("ПЕКИН, 13 марта. /ТАСС/. В Пекине в понедельник прошли российско-китайские консультации "
     "по вопросам Азии. Китайскую сторону представлял помощник министра иностранных дел КНР Нун "
     "Жун, российскую — директор Второго департамента Азии МИД России Дмитрий Лукьянцев.",
     "CONSULT", {("Nong Rong", "Assistant Minister of Foreign Affairs", "CHN"),
                 ("Dmitry Lukyantsev", "Director of the MFA Department", "RUS")}),
    ("МОСКВА, 13 марта. /ТАСС/. Министр финансов России Антон Силуанов провел переговоры с "
     "министром финансов Египта Мохамедом Маитом. Стороны подписали меморандум о сотрудничестве "
     "в финансовой сфере.",
     "SUPPORT", {("Anton Siluanov", "Minister of Finance", "RUS"),
                 ("Mohamed Mait", "Minister of Finance", "EGY")}),
    ("ТАШКЕНТ, 13 марта. /ТАСС/. Министр здравоохранения России Михаил Мурашко провел в "
     "Ташкенте переговоры с министром здравоохранения Узбекистана Амрилло Иноятовым. Обе стороны "
     "подписали план совместных действий.",
     "SUPPORT", {("Mikhail Murashko", "Minister of Health", "RUS"),
                 ("Amrillo Inoyatov", "Minister of Health", "UZB")}),
    ("БАКУ, 13 марта. /ТАСС/. Заместитель министра иностранных дел России Михаил Галузин провел "
     "в Баку консультации с заместителем министра иностранных дел Азербайджана Фаридом "
     "Шафиевым. Стороны подписали план консультаций на 2024 год.",
     "CONSULT", {("Mikhail Galuzin", DMFA, "RUS"), ("Farid Shafiyev", DMFA, "AZE")}),
    ("МОСКВА, 13 марта. /ТАСС/. Министр сельского хозяйства России Дмитрий Патрушев провел "
     "переговоры с министром сельского хозяйства Сербии Александром Мартиновичем. Стороны "
     "договорились увеличить поставки зерна.",
     "AGREE", {("Dmitry Patrushev", "Minister of Agriculture", "RUS"),
               ("Alexander Martinovich", "Minister of Agriculture", "SRB")}),
    ("МОСКВА, 13 марта. /ТАСС/. Министр транспорта России Роман Старовойт провел переговоры с "
     "министром транспорта Армении Гнелом Саносяном. Стороны подписали соглашение о "
     "международном автомобильном сообщении.",
     "SUPPORT", {("Roman Starovoit", "Minister of Transport", "RUS"),
                 ("Gnel Sanosyan", "Minister of Transport", "ARM")}),
]


@pytest.mark.parametrize(("text", "event_type", "expected"), GERMAN + ENGLISH + RUSSIAN)
def test_persons_of_event(extractor: Extractor, text: str, event_type: str,
                          expected: set[tuple[str, str | None, str | None]]) -> None:
    assert persons_of(extractor, text, event_type) == expected


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Andreas Løvold", "Løvold", True),             # ø does not decompose
    ("Lech Wałęsa", "Lech Walesa", True),           # nor does ł
    ("Đỗ Hùng Việt", "Do Hung Viet", True),         # nor does đ
    ("Andrey Rudenko", "A.Yu. Rudenko", True),      # Ю. transliterated in two letters
    ("Yevgeny Shestakov", "Ye.Ye. Shestakov", True),
    ("Vahan Kerobyan", "Vaan Kerobyan", True),      # Ваан: the h between vowels dropped
    ("Ivan Petrov", "Ilya Petrov", False),
    ("Lech Wałęsa", "Lech Kaczyński", False),
])
def test_name_variants(a: str, b: str, same: bool) -> None:
    assert same_person(a, b) is same
