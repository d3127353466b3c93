"""Sides named in another sentence (issue 13): IGO members carried to the outcomes of
their meeting, pronouns across sentences and paragraphs, bodies named without their state,
periphrastic titles, and "the sides" as the subject of an outcome.

Hand-written wire sentences in German, English and Russian, each with the exact actor and
recipient codes and persons (name, title, state) of one coded event.
"""

from __future__ import annotations

import pytest

from communique import Extractor
from communique.document import RawDocument

PUBLISHED = "2023-03-14"
MFA = "Minister of Foreign Affairs"
Coded = tuple[str, str, frozenset[tuple[str, str | None, str | None]]]


def coded(extractor: Extractor, text: str, event_type: str, index: int) -> Coded:
    """Actor codes, recipient codes and persons of the ``index``-th event of ``event_type``."""
    doc = next(iter(extractor.run([RawDocument(text, doc_id="case", published=PUBLISHED)])))
    event = [e for e in doc.events if e.event_type == event_type][index]
    return ("+".join(sorted({a.code for a in event.actors if a.code})),
            "+".join(sorted({a.code for a in event.recipients if a.code})),
            frozenset((a.name, a.role, a.country) for a in (*event.actors, *event.recipients)
                      if a.kind == "person"))


# An outcome that names only the IGO (or "the participants") is the act of the IGO and the
# states the report names at its meeting (spec: an IGO meeting's participants).
MEMBERS = [
    ("The foreign ministers of ASEAN met in Jakarta on Monday with the participation of "
     "Indonesia, Malaysia and Thailand. ASEAN adopted a joint statement on maritime security.",
     "SUPPORT", 0, ("ASEAN+IDN+MYS+THA", "", frozenset())),
    ("ASEAN foreign ministers met in Jakarta on Monday. The meeting was attended by the "
     "foreign ministers of Indonesia, Malaysia and Thailand. The participants adopted a joint "
     "communique.",
     "SUPPORT", 0, ("ASEAN+IDN+MYS+THA", "", frozenset())),
    ("Die Außenminister der OVKS trafen sich am Montag in Minsk unter Teilnahme von Russland, "
     "Belarus, Kasachstan und Armenien. Die OVKS verabschiedete eine gemeinsame Erklärung.",
     "SUPPORT", 0, ("ARM+BLR+CSTO+KAZ+RUS", "", frozenset())),
    ("Die Außenminister der OVKS kamen am Montag in Minsk zusammen. Teilnehmer waren die "
     "Außenminister Russlands, Kasachstans und Armeniens. Die OVKS verabschiedete eine "
     "gemeinsame Erklärung.",
     "SUPPORT", 0, ("ARM+CSTO+KAZ+RUS", "", frozenset())),
    ("В понедельник в Минске состоялось заседание Совета министров иностранных дел ОДКБ с "
     "участием России, Белоруссии, Казахстана и Армении. ОДКБ приняла совместное заявление.",
     "SUPPORT", 0, ("ARM+BLR+CSTO+KAZ+RUS", "", frozenset())),
    ("В понедельник в Минске состоялось заседание СМИД ОДКБ. В заседании приняли участие "
     "министры иностранных дел России, Казахстана и Армении. Участники приняли совместное "
     "заявление.",
     "SUPPORT", 0, ("ARM+CSTO+KAZ+RUS", "", frozenset())),
    # states named only through their officials at the meeting
    ("Russian Foreign Minister Sergei Lavrov and Chinese Foreign Minister Wang Yi met ASEAN "
     "foreign ministers in Jakarta on Monday. ASEAN adopted a joint statement on the South "
     "China Sea.",
     "SUPPORT", 0, ("ASEAN+CHN+RUS", "", frozenset())),
    ("Der russische Außenminister Sergej Lawrow und der kasachische Außenminister Murat Nurtleu "
     "trafen sich am Montag in Minsk mit dem Generalsekretär der OVKS. Die OVKS verabschiedete "
     "eine gemeinsame Erklärung.",
     "SUPPORT", 0, ("CSTO+KAZ+RUS", "", frozenset())),
    ("Министр иностранных дел России Сергей Лавров и министр иностранных дел Казахстана Мурат "
     "Нуртлеу в понедельник встретились в Минске с генеральным секретарем ОДКБ. ОДКБ приняла "
     "совместное заявление.",
     "SUPPORT", 0, ("CSTO+KAZ+RUS", "", frozenset())),
]


@pytest.mark.parametrize(("text", "event_type", "index", "expected"), MEMBERS)
def test_igo_members_carried_to_outcomes(extractor: Extractor, text: str, event_type: str,
                                         index: int, expected: Coded) -> None:
    assert coded(extractor, text, event_type, index) == expected


LAVROV = ("Sergey Lavrov", MFA, "RUS")
FIDAN = ("Hakan Fidan", MFA, "TUR")
ZAKHAROVA = ("Maria Zakharova", "Spokesperson of the Ministry of Foreign Affairs", "RUS")

# A subject pronoun is the latest person of its gender named as a subject before, across
# sentences and paragraphs, never across a dateline or a headline.
PRONOUNS = [
    # a pronoun after its verb, the city after a preposition of source; the sentence between
    # that opens with the same pronoun is passed over on the way to the person it names
    ("Moskau, 12. Juni - Russland weigert sich, an der Ukraine-Konferenz in Antalya "
     "teilzunehmen. Moskau werde sich an einem solchen Treffen nicht beteiligen, sagte "
     "Außenamtssprecherin Maria Sacharowa am Mittwoch. Sie warf der Türkei vor, ihre "
     "Vermittlerrolle aufgegeben zu haben. Zugleich verlangte sie von Ankara, die Einladung an "
     "Kiew zurückzunehmen.",
     "REQUEST", 0, ("RUS", "TUR", frozenset({("Maria Zakharova", "Spokesperson of the Ministry "
                                             "of Foreign Affairs", "RUS")}))),
    ("Russian Foreign Minister Sergei Lavrov arrived in Ankara on Monday.\nThe visit is his "
     "first since 2022.\nHe met Turkish Foreign Minister Hakan Fidan on Tuesday.",
     "CONSULT", 0, ("RUS", "TUR", frozenset({LAVROV, FIDAN}))),
    ("Russian Foreign Ministry spokeswoman Maria Zakharova spoke on Monday. Russian Foreign "
     "Minister Sergei Lavrov was in Minsk on Sunday. She condemned the new sanctions of the "
     "European Union.",
     "ACCUSE", 0, ("RUS", "EU", frozenset({("Maria Zakharova", "Spokesperson", "RUS")}))),
    ("Der russische Außenminister Sergej Lawrow ist am Montag in Ankara eingetroffen.\nEs ist "
     "sein erster Besuch seit 2022.\nEr traf am Dienstag den türkischen Außenminister Hakan "
     "Fidan.",
     "CONSULT", 0, ("RUS", "TUR", frozenset({LAVROV, FIDAN}))),
    ("Der russische Außenminister Sergej Lawrow ist am Montag in Ankara eingetroffen.\n\nEs "
     "ist sein erster Besuch seit 2022.\n\nAm Dienstag traf er den türkischen Außenminister "
     "Hakan Fidan.",     # the arrival and the talks of the next day: one visit (precise3)
     "CONSULT", 0, ("RUS", "TUR", frozenset({LAVROV, FIDAN}))),
    ("Bundesaußenministerin Annalena Baerbock ist am Montag in Kiew eingetroffen. Am Dienstag "
     "traf sie den ukrainischen Außenminister Dmytro Kuleba.",
     "CONSULT", 0, ("DEU", "UKR", frozenset({("Annalena Baerbock", MFA, "DEU"),
                                             ("Dmytro Kuleba", MFA, "UKR")}))),
    ("Bundesaußenministerin Annalena Baerbock ist am Montag nach Kiew gereist. Es ist ihr "
     "fünfter Besuch. Sie traf den ukrainischen Außenminister Dmytro Kuleba.",
     "CONSULT", 0, ("DEU", "UKR", frozenset({("Annalena Baerbock", MFA, "DEU"),
                                             ("Dmytro Kuleba", MFA, "UKR")}))),
    ("Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, äußerte sich am Montag "
     "zu Lawrow. Der russische Außenminister Sergej Lawrow war am Sonntag in Minsk. Sie "
     "verurteilte die neuen Sanktionen der Europäischen Union.",
     "ACCUSE", 0, ("RUS", "EU", frozenset({ZAKHAROVA}))),
    ("Официальный представитель МИД России Мария Захарова выступила в понедельник на брифинге. "
     "Брифинг продолжался два часа. Она осудила новые санкции Евросоюза.",
     "ACCUSE", 0, ("RUS", "EU", frozenset({ZAKHAROVA}))),
    ("Министр иностранных дел России Сергей Лавров в понедельник прибыл в Анкару.\nЭто его "
     "первый визит с 2022 года.\nОн провел во вторник переговоры с министром иностранных дел "
     "Турции Хаканом Фиданом.",
     "CONSULT", 0, ("RUS", "TUR", frozenset({LAVROV, FIDAN}))),
]

# Nothing is carried across a change of story: Lavrov does not meet Fidan.
STORY_BREAKS = [
    "Russian Foreign Minister Sergei Lavrov arrived in Ankara on Monday.\nTURKEY PLEDGES "
    "NEUTRALITY\nHe met Turkish Foreign Minister Hakan Fidan on Tuesday.",
    "Russian Foreign Minister Sergei Lavrov arrived in Ankara on Monday.\nANKARA, March 14 "
    "(Reuters) - He met Turkish Foreign Minister Hakan Fidan on Tuesday.",
    "Der russische Außenminister Sergej Lawrow ist am Montag in Ankara eingetroffen.\nTürkei "
    "bleibt neutral\nEr traf am Dienstag den türkischen Außenminister Hakan Fidan.",
    "Министр иностранных дел России Сергей Лавров в понедельник прибыл в Анкару.\nТурция "
    "сохраняет нейтралитет\nОн провел во вторник переговоры с министром иностранных дел "
    "Турции Хаканом Фиданом.",
]

# A body named without its state is the latest body of its kind; a periphrastic title gives
# the role and the state (a person only where one is named).
AGENCIES_AND_TITLES = [
    ("Das russische Außenministerium hat am Montag den deutschen Botschafter einbestellt. Am "
     "Dienstag verurteilte das Ministerium die neuen Sanktionen der Europäischen Union.",
     "ACCUSE", 1, ("RUS", "EU", frozenset())),
    ("The Russian Foreign Ministry summoned the German ambassador on Monday. On Tuesday the "
     "ministry condemned the new sanctions of the European Union.",
     "ACCUSE", 1, ("RUS", "EU", frozenset())),
    ("МИД России в понедельник вызвал посла Германии. Во вторник ведомство осудило новые "
     "санкции Евросоюза.",
     "ACCUSE", 1, ("RUS", "EU", frozenset())),
    ("МИД Белоруссии в понедельник вызвал посла Литвы. Во вторник МИД осудил новые санкции "
     "Евросоюза.",
     "ACCUSE", 1, ("BLR", "EU", frozenset())),
    ("Der Chef der belarussischen Diplomatie, Iwan Petrow, traf am Montag in Peking den "
     "chinesischen Außenminister Wang Yi.",
     "CONSULT", 0, ("BLR", "CHN", frozenset({("Ivan Petrov", MFA, "BLR"),
                                             ("Wang Yi", MFA, "CHN")}))),
    ("Der Chef der belarussischen Diplomatie traf am Montag in Minsk den chinesischen "
     "Botschafter Xie Xiaoyong.",
     "CONSULT", 0, ("CHN", "BLR", frozenset({("Xie Xiaoyong", "Ambassador", "CHN")}))),
    ("Der Kremlchef empfing am Montag in Moskau den chinesischen Präsidenten Xi Jinping.",
     "CONSULT", 0, ("CHN", "RUS", frozenset({("Xi Jinping", "President", "CHN")}))),
    ("The head of Belarusian diplomacy Ivan Petrov met Chinese Foreign Minister Wang Yi in "
     "Beijing on Monday.",
     "CONSULT", 0, ("BLR", "CHN", frozenset({("Ivan Petrov", MFA, "BLR"),
                                             ("Wang Yi", MFA, "CHN")}))),
    ("The Kremlin chief received Chinese President Xi Jinping in Moscow on Monday.",
     "CONSULT", 0, ("CHN", "RUS", frozenset({("Xi Jinping", "President", "CHN")}))),
    ("Глава белорусской дипломатии Иван Петров в понедельник провел переговоры с министром "
     "иностранных дел Китая Ван И.",
     "CONSULT", 0, ("BLR+CHN", "", frozenset({("Ivan Petrov", MFA, "BLR"),
                                              ("Wang Yi", MFA, "CHN")}))),
    ("Глава Кремля в понедельник принял в Москве председателя КНР Си Цзиньпина.",
     "CONSULT", 0, ("CHN", "RUS", frozenset({("Xi Jinping", "Chair", "CHN")}))),
]

# "The sides" as the subject of an outcome are the meeting's sides; a state named after the
# verb is what they agreed on.
SIDES = [
    ("Der russische Außenminister Sergej Lawrow traf am Montag in Ankara seinen türkischen "
     "Amtskollegen Hakan Fidan. Beide Seiten vereinbarten, die Zusammenarbeit mit der Ukraine "
     "auszubauen.",
     "AGREE", 0, ("RUS+TUR", "", frozenset({LAVROV, FIDAN}))),
    ("Russland und die Türkei haben am Montag in Ankara Konsultationen abgehalten. Die Seiten "
     "unterzeichneten ein Memorandum über die Zusammenarbeit.",
     "SUPPORT", 0, ("RUS+TUR", "", frozenset())),
    ("Russian Foreign Minister Sergei Lavrov met Turkish Foreign Minister Hakan Fidan in Ankara "
     "on Monday. The sides signed a memorandum on consular cooperation.",
     "SUPPORT", 0, ("RUS+TUR", "", frozenset({LAVROV, FIDAN}))),
    ("Russia and Turkey held consultations in Ankara on Monday. The two sides agreed to "
     "continue the dialogue on Syria.",
     "AGREE", 0, ("RUS+TUR", "", frozenset())),
    ("Россия и Турция провели в понедельник в Анкаре консультации. Стороны договорились "
     "продолжить диалог по Сирии.",
     "AGREE", 0, ("RUS+TUR", "", frozenset())),
    ("Лавров в понедельник провел в Анкаре переговоры с Фиданом. Стороны подписали меморандум "
     "о сотрудничестве.",
     "SUPPORT", 0, ("RUS+TUR", "", frozenset({LAVROV, FIDAN}))),
    # a mediator is no side of what the sides agreed
    ("Азербайджан обвинил Армению в провокации. Позднее при посредничестве России стороны "
     "договорились о прекращении огня.",
     "AGREE", 0, ("ARM+AZE", "", frozenset())),
    ("Aserbaidschan warf Armenien eine Provokation vor. Später einigten sich beide Seiten unter "
     "Vermittlung Russlands auf eine Waffenruhe.",
     "AGREE", 0, ("ARM+AZE", "", frozenset())),
    # a plural role noun with its own states is no reference back
    ("Президент Азербайджана Ильхам Алиев в понедельник принял в Баку помощника госсекретаря "
     "США Джеймса О'Брайена. В ходе встречи стороны обсудили мирный процесс между Азербайджаном "
     "и Арменией. Министры иностранных дел Азербайджана и Армении встретятся в Вашингтоне в "
     "ближайшие недели.",
     "AGREE", 0, ("ARM+AZE", "", frozenset())),
    ("Azerbaijani President Ilham Aliyev received US Assistant Secretary of State James O'Brien "
     "in Baku on Monday. The sides discussed the peace process between Azerbaijan and Armenia. "
     "The foreign ministers of Azerbaijan and Armenia will meet in Washington in the coming "
     "weeks.",
     "AGREE", 0, ("ARM+AZE", "", frozenset())),
    ("Der aserbaidschanische Präsident Ilham Alijew hat am Montag in Baku den US-Diplomaten "
     "James O'Brien empfangen. Die Seiten erörterten den Friedensprozess zwischen Aserbaidschan "
     "und Armenien. Die Außenminister Aserbaidschans und Armeniens werden sich in den kommenden "
     "Wochen in Washington treffen.",
     "AGREE", 0, ("ARM+AZE", "", frozenset())),
]

# Who mediated is no side of the act the sides carried out (the mediation itself is theirs).
MEDIATORS = [
    ("Russia and the United States carried out a prisoner exchange at Abu Dhabi airport on "
     "Thursday, in a deal mediated by the United Arab Emirates and Saudi Arabia.",
     "RETREAT", 0, ("RUS+USA", "", frozenset())),
    ("Die Außenminister Armeniens und Aserbaidschans führten am Montag in Genf Gespräche unter "
     "Vermittlung der Schweiz.",
     "CONSULT", 0, ("ARM+AZE", "", frozenset())),
    ("Россия и Украина при посредничестве Турции провели в понедельник в Стамбуле переговоры.",
     "CONSULT", 0, ("RUS+UKR", "", frozenset())),
    ("Turkey mediated talks between Russia and Ukraine in Istanbul on Monday.",
     "CONSULT", 0, ("RUS+TUR+UKR", "", frozenset())),
]


@pytest.mark.parametrize(("text", "event_type", "index", "expected"),
                         PRONOUNS + AGENCIES_AND_TITLES + SIDES + MEDIATORS)
def test_sides_named_elsewhere(extractor: Extractor, text: str, event_type: str, index: int,
                               expected: Coded) -> None:
    assert coded(extractor, text, event_type, index) == expected


@pytest.mark.parametrize("text", STORY_BREAKS)
def test_no_pronoun_across_a_story_break(extractor: Extractor, text: str) -> None:
    doc = next(iter(extractor.run([RawDocument(text, doc_id="case", published=PUBLISHED)])))
    together = [e.event_type for e in doc.events
                if {"Sergey Lavrov", "Hakan Fidan"} <= {a.name for a in (*e.actors, *e.recipients)}]
    assert together == []
