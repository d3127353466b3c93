"""Mentions that are not acts, third round (issue 12, branch precise3; probe
tests/data/probe/precise3.jsonl):

- a non-state body whose name is a state's, in quotes after its noun («партия «Армения»»,
  'the association "Ukraine Forward"'), acts for no state;
- a non-state subject after a short sentence adverb set off by a comma ("Meanwhile,
  companies …", «Кроме того, компании …»), or named by an apposition right before the verb
  ("Open Baltic, a network of environmental groups, welcomed …");
- civic groups, the opposition (de, en, ru) are no state's voice;
- an endorsement of "any" initiative ("begrüßt jede Initiative", «приветствует любые шаги»)
  is a policy, not an act on one thing done (gate ``generic``);
- a course held "for more than a decade", "seit mehr als einem Jahrzehnt", «на протяжении
  многих лет» is a habit (gate ``generic``); "erstmals seit …", «впервые за долгие годы» are
  not;
- a charge's participle qualifying a noun ("diplomats accused of spying", «дипломата,
  обвиняемого в шпионаже») names a charge, not an accusation (gate ``justice``);
- «поддерживать диалог» is to maintain a dialogue, no SUPPORT;
- what a state "should" do («следует», "sollte", "müsste") is recommended, not done (gate
  ``normative``; not for meetings and plans, which it may schedule);
- a sentence opened by an inverted "Had" / "Hätte" / "Wäre" is a counterfactual; what is
  "rarely" done ("selten", «редко») a habit; protesters act for no state; «ли» asks whether;
- a guest's arrival for a visit and the talks held during it up to three days later are one
  CONSULT (``drafts.fold_visit_arrivals``): one act told twice.

Hand-written sentences, none from an evaluation set, each with the exact events (type,
actor codes, recipient codes).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Sided = tuple[str, str, str]     # the conftest fixture ``sided``: type, actors, recipients


# a meeting told first, whose sides a mention after it would otherwise take
GHANA_TOGO_EN = "The foreign ministers of Ghana and Togo met in Accra on Monday. "
GHANA_TOGO_DE = "Die Außenminister Ghanas und Togos trafen sich am Montag in Accra. "
ARMENIA_GEORGIA_RU = ("Министры иностранных дел Армении и Грузии провели в понедельник "
                      "переговоры в Тбилиси. ")

CASES = [
    # a body's name in quotes after its noun is its own name, even a state's
    ("Оппозиционная партия «Молдова» обвинила Россию во вмешательстве в выборы.", []),
    ("Молдова обвинила Россию во вмешательстве в выборы.", [("ACCUSE", "MDA", "RUS")]),
    ('The association "Ukraine Forward" accused Hungary of blocking aid.', []),
    ("Ukraine accused Hungary of blocking aid.", [("ACCUSE", "UKR", "HUN")]),
    # a non-state subject after a sentence adverb set off by a comma; governments stay
    ("Президент Казахстана провел в понедельник переговоры с президентом Туркменистана в "
     "Ашхабаде. Кроме того, компании двух стран договорились о поставках газа.",
     [("CONSULT", "KAZ", "TKM")]),
    ("Президент Казахстана провел в понедельник переговоры с президентом Туркменистана в "
     "Ашхабаде. Кроме того, правительства двух стран договорились о поставках газа.",
     [("AGREE", "KAZ+TKM", ""), ("CONSULT", "KAZ", "TKM")]),
    ("The Kazakh president held talks with the Turkmen president in Ashgabat on Monday. "
     "Meanwhile, companies from both countries agreed on gas supplies.",
     [("CONSULT", "KAZ", "TKM")]),
    ("The Kazakh president held talks with the Turkmen president in Ashgabat on Monday. "
     "Meanwhile, the two governments agreed on gas supplies.",
     [("AGREE", "KAZ+TKM", ""), ("CONSULT", "KAZ", "TKM")]),
    # an apposition right before the verb says what the subject is: it takes no sides of
    # the meeting told before
    ("The prime ministers of Estonia and Latvia met in Riga on Monday. Open Baltic, a "
     "network of environmental groups, welcomed the meeting.", [("CONSULT", "EST", "LVA")]),
    ("Die Regierungschefs Estlands und Lettlands trafen sich am Montag in Riga. Das Netzwerk "
     "Ostsee, ein Bündnis von Nichtregierungsorganisationen, begrüßte das Treffen.",
     [("CONSULT", "EST", "LVA")]),
    ("Lithuania, a neighbour of both, welcomed the agreement between Estonia and Latvia.",
     [("SUPPORT", "LTU", "EST+LVA")]),
    ("Litauen, ein Nachbar beider Staaten, begrüßte das Abkommen zwischen Estland und "
     "Lettland.", [("SUPPORT", "LTU", "EST+LVA")]),
    # civic groups and the opposition speak in domestic politics, not for the state
    ("The Philippine president met the Japanese prime minister in Tokyo on Saturday. Civic "
     "groups in Manila have criticised the government's approach to Japan.",
     [("CONSULT", "PHL", "JPN")]),
    ("The Philippine president met the Japanese prime minister in Tokyo on Saturday. The "
     "opposition criticised the government's approach to Japan.", [("CONSULT", "PHL", "JPN")]),
    ("The Philippine president met the Japanese prime minister in Tokyo on Saturday. The "
     "Philippines criticised Japan's approach to the dispute.",
     [("ACCUSE", "PHL", "JPN"), ("CONSULT", "PHL", "JPN")]),
    ("Der ungarische Außenminister traf am Montag in Moskau seinen russischen Kollegen. Die "
     "Opposition warf Außenminister Péter Szijjártó Unterwürfigkeit vor.",
     [("CONSULT", "HUN", "RUS")]),
    ("Министр иностранных дел Венгрии провел в понедельник переговоры в Москве с российским "
     "коллегой. Оппозиция обвинила правительство в излишней близости к России.",
     [("CONSULT", "HUN", "RUS")]),
    # an endorsement of any step to come is a policy; of one step taken, an act
    ("Die Bundesregierung begrüßt grundsätzlich jede Initiative Serbiens zur Entspannung "
     "der Lage.", []),
    ("Die Bundesregierung begrüßte die Initiative Serbiens zur Entspannung der Lage.",
     [("SUPPORT", "DEU", "SRB")]),
    ("Japan welcomes any step toward dialogue between South Korea and North Korea.", []),
    ("Japan welcomed the step taken by South Korea.", [("SUPPORT", "JPN", "KOR")]),
    ("Россия приветствует любые шаги Сербии, направленные на нормализацию.", []),
    ("Россия приветствовала шаги Сербии, направленные на нормализацию.",
     [("SUPPORT", "RUS", "SRB")]),
    # a course of more than a decade is a habit; the first act in years is an act
    ("Sweden has supported Moldova's EU membership bid for more than a decade.", []),
    ("Sweden supported Moldova's EU membership bid on Monday.",
     [("SUPPORT", "SWE", "EU+MDA")]),
    ("Österreich unterstützt seit mehr als einem Jahrzehnt die Annäherung Serbiens an die "
     "EU.", []),
    ("Polen und Litauen hielten erstmals seit mehr als zehn Jahren Regierungskonsultationen "
     "ab.", [("CONSULT", "LTU+POL", "")]),
    ("Россия на протяжении многих лет поддерживает Сербию в вопросе Косово.", []),
    ("Президенты Армении и Турции впервые за долгие годы провели переговоры.",
     [("CONSULT", "ARM+TUR", "")]),
    # a charge's participle after a noun names the charge; the finite verb accuses
    ("Poland expelled two Belarusian diplomats accused of spying for Minsk.",
     [("SANCTION", "POL", "BLR")]),
    ("Poland accused two Belarusian diplomats of spying for Minsk.",
     [("ACCUSE", "POL", "BLR")]),
    ("Литва выслала белорусского дипломата, обвиняемого в шпионаже.",
     [("SANCTION", "LTU", "BLR")]),
    ("Литва обвинила белорусского дипломата в шпионаже.", [("ACCUSE", "LTU", "BLR")]),
    # «поддерживать диалог» maintains a dialogue; supporting an initiative is SUPPORT
    ("Вьетнам и Лаос поддерживают тесный политический диалог.", []),
    ("Вьетнам поддержал инициативу Лаоса.", [("SUPPORT", "VNM", "LAO")]),
    # what a state should do is recommended, not done; a meeting that should take place is
    # scheduled; a sentence-initial "Sollte" opens a condition whose main clause is the act
    (GHANA_TOGO_EN + "Critics say Ghana should condemn Togo's border closures.",
     [("CONSULT", "TGO", "GHA")]),
    (GHANA_TOGO_EN + "Ghana condemned Togo's border closures.",
     [("ACCUSE", "GHA", "TGO"), ("CONSULT", "TGO", "GHA")]),
    (GHANA_TOGO_EN + "The next round of talks should take place in Lomé in May.",
     [("AGREE", "GHA+TGO", ""), ("CONSULT", "TGO", "GHA")]),
    (GHANA_TOGO_DE + "Ghana sollte Sanktionen gegen Togo verhängen.", [("CONSULT", "TGO", "GHA")]),
    (GHANA_TOGO_DE + "Sollte Togo die Grenze nicht öffnen, werde Ghana Zölle verhängen, "
     "drohte der Minister.",
     [("CONSULT", "TGO", "GHA"), ("THREATEN", "GHA", "TGO")]),
    (ARMENIA_GEORGIA_RU + "По оценке критиков, Армении следует осудить действия Грузии.",
     [("CONSULT", "ARM", "GEO")]),
    (ARMENIA_GEORGIA_RU + "Армения осудила действия Грузии.",
     [("ACCUSE", "ARM", "GEO"), ("CONSULT", "ARM", "GEO")]),
    (ARMENIA_GEORGIA_RU + "Следующая встреча министров должна состояться в Ереване в мае.",
     [("AGREE", "ARM+GEO", ""), ("CONSULT", "ARM", "GEO")]),
    # a sentence opened by an inverted "had" / "Hätte" is a counterfactual
    (GHANA_TOGO_EN + "Had Ghana closed the border, Togo would have retaliated.",
     [("CONSULT", "TGO", "GHA")]),
    ("Ghana had closed the border with Togo on Monday.", [("SANCTION", "GHA", "TGO")]),
    (GHANA_TOGO_DE + "Hätte Ghana Zölle gegen Togo verhängt, hätte Togo reagiert.",
     [("CONSULT", "TGO", "GHA")]),
    (GHANA_TOGO_DE + "Ghana hatte Zölle gegen Togo verhängt.",
     [("CONSULT", "TGO", "GHA"), ("SANCTION", "GHA", "TGO")]),
    # what is rarely done is a habit
    (GHANA_TOGO_EN + "Ghana rarely criticises Togo in public.", [("CONSULT", "TGO", "GHA")]),
    (GHANA_TOGO_DE + "Ghana kritisiert Togo nur selten öffentlich.", [("CONSULT", "TGO", "GHA")]),
    (ARMENIA_GEORGIA_RU + "Армения редко критикует Грузию публично.", [("CONSULT", "ARM", "GEO")]),
    # protesters' demands are theirs, not their state's
    (GHANA_TOGO_EN + "Protesters in Accra demanded that Togo reopen the border.",
     [("CONSULT", "TGO", "GHA")]),
    (GHANA_TOGO_DE + "Demonstranten forderten Togo auf, die Grenze zu öffnen.",
     [("CONSULT", "TGO", "GHA")]),
    (ARMENIA_GEORGIA_RU + "Митингующие в Ереване потребовали от Грузии открыть границу.",
     [("CONSULT", "ARM", "GEO")]),
    # «ли» asks whether: no undertaking
    (ARMENIA_GEORGIA_RU + "Будет ли Армения поддерживать Грузию, пока неясно.",
     [("CONSULT", "ARM", "GEO")]),
    (ARMENIA_GEORGIA_RU + "Армения будет поддерживать Грузию.",
     [("AGREE", "ARM", "GEO"), ("CONSULT", "ARM", "GEO")]),
    # a guest's arrival and the talks of the same visit a day later are one visit; talks
    # before the arrival are another meeting
    ("Kenyan President William Ruto arrived in Seoul on Sunday for a three-day state visit. "
     "On Monday, Ruto held talks with President Yoon Suk Yeol.", [("CONSULT", "KEN", "KOR")]),
    ("Президент Монголии прибыл в понедельник с официальным визитом в Китай. Во вторник он "
     "провел переговоры с Си Цзиньпином.", [("CONSULT", "MNG", "CHN")]),
    ("Президент Монголии прибыл в понедельник с официальным визитом в Китай. 1 мая он провел "
     "переговоры с Си Цзиньпином.", [("CONSULT", "MNG", "CHN"), ("CONSULT", "MNG", "CHN")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_mentions_not_acts(sided: Callable[[str], list[Sided]], text: str,
                           expected: list[Sided]) -> None:
    assert sided(text) == expected
