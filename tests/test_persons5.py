"""Third states around an act and the officials of its lead (issue 13; probe
tests/data/probe/participants_blind.jsonl).

Hand-written reports in German, English and Russian, none from the probe set, each with the
exact actor and recipient codes and the persons of one coded event (or no event of the type).
"""

from __future__ import annotations

import pytest

from communique import Extractor
from communique.document import RawDocument

PUBLISHED = "2023-09-12"
Coded = tuple[str, str, frozenset[str]]


def events_of(extractor: Extractor, text: str, event_type: str, language: str) -> list[Coded]:
    """Actor codes, recipient codes and person names of the report's events of the type."""
    raw = RawDocument(text, doc_id="case", published=PUBLISHED, language=language)
    doc = next(iter(extractor.run([raw])))
    return [("+".join(sorted({a.code for a in e.actors if a.code})),
             "+".join(sorted({a.code for a in e.recipients if a.code})),
             frozenset(a.name for a in (*e.actors, *e.recipients) if a.kind == "person"))
            for e in doc.events if e.event_type == event_type]


# What a discussion was about is its topic: the states named after "discussed", "besprochen",
# "erörterten" (up to a 'with'-word) are no sides of it.
TOPICS = [
    ("en", "The envoys discussed China's support for Pakistan.", "CONSULT", []),
    ("de", "Die Gesandten besprachen Chinas Unterstützung für Pakistan.", "CONSULT", []),
]

# A route («через территорию Казахстана», "through the territory of Georgia") is a topic.
ROUTES = [
    ("ru", "Стороны также обсудили транзит грузов через территорию Польши и Литвы.", "CONSULT", []),
    ("ru", "Министр транспорта Узбекистана Ильхом Махкамов провел в Ташкенте переговоры с "
     "министром транспорта Туркменистана Мамметханом Чакыевым о перевозках через территорию "
     "Афганистана и Ирана.",
     "CONSULT", [("TKM", "UZB", frozenset({"Ilkhom Makhkamov", "Mammetkhan Chakyyev"}))]),
]

# An aside on a person's former post ("who previously served as …", "der früher …",
# «ранее работавший …», ", a former …") names no side.
ASIDES = [
    ("en", "Malaysian Foreign Minister Mohamad Hasan, who previously served as ambassador to "
     "Japan, met Thai Foreign Minister Maris Sangiampongsa in Bangkok on Monday.",
     "CONSULT", [("MYS", "THA", frozenset({"Mohamad Hasan", "Maris Sangiampongsa"}))]),
    ("de", "Der armenische Außenminister Ararat Mirsojan traf in Paris seinen französischen "
     "Amtskollegen Jean-Noël Barrot, der früher Abgeordneter für Belgien und Luxemburg war.",
     "CONSULT", [("ARM", "FRA", frozenset({"Ararat Mirzoyan", "Jean-Noël Barrot"}))]),
    ("ru", "Министр иностранных дел Казахстана Мурат Нуртлеу, ранее работавший послом в Китае, "
     "провел переговоры с министром иностранных дел Монголии Батмунхом Баттсэцэгом.",
     "CONSULT", [("KAZ+MNG", "", frozenset({"Murat Nurtleu", "Batmunkh Battsetseg"}))]),
]

# A sentence that says who stayed away ("did not send a delegation", "schickte keine
# Delegation", "boycotted") adds no participant to the meeting.
ABSENCE = [
    ("en", "The foreign ministers of the Arab League met in Cairo on Sunday. The meeting was "
     "attended by the ministers of Egypt, Jordan and Morocco. Algeria did not send a "
     "delegation.",
     "CONSULT", [("ARAB_LEAGUE+EGY+JOR+MAR", "", frozenset())]),
    ("de", "Die Verteidigungsminister der Nato berieten am Dienstag in Brüssel. An dem Treffen "
     "nahmen auch die Minister Schwedens und Finnlands teil. Ungarn schickte keine Delegation.",
     "CONSULT", [("FIN+NATO+SWE", "", frozenset())]),
]

# What a speaker says in a quotation of five words or more names no side of the act told
# around it ("„Pakistan must …“, Jaishankar said at the talks"); a short one is a name.
QUOTES = [
    ("en", "Indian Foreign Minister S. Jaishankar met Australian Foreign Minister Penny Wong in "
     "Canberra on Monday. \"Pakistan must end cross-border terrorism once and for all,\" "
     "Jaishankar said at the talks.",
     "CONSULT", [("IND", "AUS", frozenset({"Subrahmanyam Jaishankar", "Penny Wong"}))]),
    ("ru", "Министр иностранных дел Казахстана Мурат Нуртлеу провел в Астане переговоры с главой "
     "МИД Турции Хаканом Фиданом. «Мы поддерживаем территориальную целостность Азербайджана и "
     "Грузии», — заявил Фидан в ходе переговоров.",
     "CONSULT", [("TUR", "KAZ", frozenset({"Hakan Fidan", "Murat Nurtleu"}))]),
]

# An outcome the report tells as its lead, just before the meeting that names the officials,
# is their act ("Estland und Lettland haben … vereinbart. Dazu trafen sich …").
LEADS = [
    ("de", "Tallinn (dpa) - Estland und Lettland haben am Montag eine engere Zusammenarbeit "
     "beim Grenzschutz vereinbart. Der estnische Innenminister Lauri Läänemets empfing dazu "
     "in Tallinn seinen lettischen Kollegen Rihards Kozlovskis.",
     "AGREE", [("EST+LVA", "", frozenset({"Lauri Läänemets", "Rihards Kozlovskis"}))]),
]

# A German name of a state the gazetteer lacked ("Kirgistan") no longer breaks a list.
NAMES = [
    ("de", "Die Außenminister Russlands, Kirgistans und Tadschikistans trafen sich am Montag "
     "in Duschanbe.",
     "CONSULT", [("KGZ+RUS+TJK", "", frozenset())]),
]


@pytest.mark.parametrize(("language", "text", "event_type", "expected"),
                         TOPICS + ROUTES + ASIDES + ABSENCE + QUOTES + LEADS + NAMES)
def test_persons5(extractor: Extractor, language: str, text: str, event_type: str,
                  expected: list[Coded]) -> None:
    assert events_of(extractor, text, event_type, language) == expected


# Officials: a possessive ends a name ("Deputy Foreign Minister Tanaka's Meeting with …" is
# Tanaka); a foreign minister's title may name a second portfolio («Министр иностранных дел
# и внешней торговли Венгрии»); an official of the meeting's IGO opening a sentence just
# after it sat at its table (one who makes a statement need not have).
OFFICIALS = [
    ("en", "Deputy Foreign Minister Tanaka's Meeting with Peruvian Vice Minister\n\n"
     "Deputy Foreign Minister Hiroshi Tanaka of Japan held talks in Lima on Monday with "
     "Peruvian Vice Minister of Foreign Affairs Ana Cecilia Gervasi.",
     "CONSULT", [("JPN", "PER", frozenset({"Hiroshi Tanaka", "Ana Cecilia Gervasi"}))]),
    ("ru", "Министр иностранных дел и внешней торговли Венгрии Иштван Ковач провел в Белграде "
     "переговоры с министром иностранных дел Сербии Марко Джуричем.",
     "CONSULT", [("HUN", "SRB", frozenset({"Ishtvan Kovach", "Marko Dzhurich"}))]),
    ("en", "The ASEAN foreign ministers met in Vientiane on Thursday. The meeting was attended "
     "by the ministers of Laos, Malaysia and Vietnam. ASEAN Secretary-General Kao Kim Hourn "
     "briefed the ministers on the community vision.",
     "CONSULT", [("ASEAN+LAO+MYS+VNM", "", frozenset({"Kao Kim Hourn"}))]),
    ("en", "The ASEAN foreign ministers met in Vientiane on Thursday. The meeting was attended "
     "by the ministers of Laos, Malaysia and Vietnam. ASEAN Secretary-General Kao Kim Hourn "
     "said the bloc was united.",
     "CONSULT", [("ASEAN+LAO+MYS+VNM", "", frozenset())]),
]


@pytest.mark.parametrize(("language", "text", "event_type", "expected"), OFFICIALS)
def test_officials(extractor: Extractor, language: str, text: str, event_type: str,
                   expected: list[Coded]) -> None:
    assert events_of(extractor, text, event_type, language) == expected


def test_compound_is_no_person(extractor: Extractor) -> None:
    """A state joined by a hyphen opens a compound, not a name: the rest of "Japan-Chile
    Vice-Ministerial Dialogue" is nobody."""
    text = ("Japan-Chile Vice-Ministerial Dialogue\n\nOn May 3, Mr. Kenji Mori, Vice-Minister "
            "for Foreign Affairs of Japan, held the Japan-Chile Vice-Ministerial Dialogue with "
            "Ms. Gloria de la Fuente, Undersecretary of Foreign Affairs of Chile, in Tokyo.")
    doc = next(iter(extractor.run([RawDocument(text, doc_id="case", published=PUBLISHED,
                                               language="en")])))
    assert {m.actor.name for m in doc.mentions if m.actor is not None
            and m.actor.kind == "person"} == {"Kenji Mori", "Gloria de la Fuente"}
