"""The coder on hand-built documents: sides in passive, inverted and reported clauses,
participial meetings, negated and hypothetical acts.

Each document is one wire-style sentence whose actor mentions are written by hand
(no NER, no gazetteer lookup), so that what is tested is the coder alone
(``EventCoder.code``), not the extractor around it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from communique.document import Document, Mention
from communique.events.coder import EventCoder
from communique.model import Actor
from communique.nlp.analyzer import Analyzer

# (surface, NER label, kind, code, role)
Named = tuple[str, str, str, str, str | None]


def state(surface: str, code: str, label: str = "LOC") -> Named:
    return surface, label, "state", code, None


def adjective(surface: str, code: str) -> Named:
    """A state adjective ("russische", "Chinese") as the gazetteer resolves it."""
    return surface, "MISC", "state", code, None


def body(surface: str, code: str) -> Named:
    return surface, "ORG", "organization", code, None


def person(surface: str, code: str, role: str) -> Named:
    return surface, "PER", "person", code, role


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder()


def coded(coder: EventCoder, language: str, text: str, named: list[Named]
          ) -> list[tuple[str, str, str]]:
    """(type, actor codes, recipient codes) of the events coded in a one-sentence document."""
    doc = Document(doc_id="case", original=text, text=text, language=language,
                   published=dt.datetime(2024, 3, 5))
    Analyzer((language,))([doc])
    mentions, position = [], 0
    for surface, label, kind, code, role in named:
        start = text.index(surface, position)
        actor = Actor(surface, surface, kind, role=role, country=code, sector="GOV")  # type: ignore[arg-type]
        mentions.append(Mention(start, start + len(surface), surface, label, actor,
                                source="gazetteer"))
        position = start + 1
    doc.mentions = sorted(mentions, key=lambda m: m.start)
    return [(event.event_type, "+".join(sorted({a.code for a in event.actors if a.code})),
             "+".join(sorted({a.code for a in event.recipients if a.code})))
            for event in coder.code(doc)]


CASES = [
    # passive with and without an agent: the agent acts, the subject is acted on
    ("de", "Der russische Botschafter wurde am Montag ins Auswärtige Amt einbestellt.",
     [adjective("russische", "RUS"), body("Auswärtige Amt", "DEU")],
     [("ACCUSE", "DEU", "RUS")]),
    ("de", "Zwei russische Diplomaten wurden von der Bundesregierung ausgewiesen.",
     [adjective("russische", "RUS"), body("Bundesregierung", "DEU")],
     [("SANCTION", "DEU", "RUS")]),
    ("en", "The Chinese ambassador was summoned by Lithuania's Foreign Ministry on Monday.",
     [adjective("Chinese", "CHN"), body("Lithuania's Foreign Ministry", "LTU")],
     [("ACCUSE", "LTU", "CHN")]),
    ("en", "Two Russian diplomats were expelled by Germany on Monday.",
     [adjective("Russian", "RUS"), state("Germany", "DEU")],
     [("SANCTION", "DEU", "RUS")]),
    ("en", "Sanctions were imposed on Russia by Poland on Monday.",
     [state("Russia", "RUS"), state("Poland", "POL")],
     [("SANCTION", "POL", "RUS")]),
    ("ru", "Посол Германии был вызван в МИД России.",
     [state("Германии", "DEU"), body("МИД России", "RUS")],
     [("ACCUSE", "RUS", "DEU")]),
    ("ru", "Санкции против России были введены Польшей в понедельник.",
     [state("России", "RUS"), state("Польшей", "POL")],
     [("SANCTION", "POL", "RUS")]),
    # an adverbial first and the subject after the verb
    ("de", "Am Montag empfing Putin den belarussischen Präsidenten Lukaschenko in Moskau.",
     [person("Putin", "RUS", "President"),
      person("belarussischen Präsidenten Lukaschenko", "BLR", "President")],
     [("CONSULT", "BLR", "RUS")]),
    ("de", "Bundeskanzler Scholz hat den französischen Präsidenten Macron in Berlin empfangen.",
     [person("Bundeskanzler Scholz", "DEU", "Chancellor"),
      person("französischen Präsidenten Macron", "FRA", "President")],
     [("CONSULT", "FRA", "DEU")]),
    ("en", "Russian President Vladimir Putin received Belarusian President Alexander Lukashenko "
           "in the Kremlin.",
     [person("Russian President Vladimir Putin", "RUS", "President"),
      person("Belarusian President Alexander Lukashenko", "BLR", "President")],
     [("CONSULT", "BLR", "RUS")]),
    # active, directed
    ("en", "Lithuania expelled two Russian diplomats on Monday.",
     [state("Lithuania", "LTU"), adjective("Russian", "RUS")],
     [("SANCTION", "LTU", "RUS")]),
    ("ru", "Германия выслала двух российских дипломатов.",
     [state("Германия", "DEU"), adjective("российских", "RUS")],
     [("SANCTION", "DEU", "RUS")]),
    # participial and nominal mentions of a meeting: its parties, the host the place's state
    ("en", "The consultations held in Minsk between Russia and Belarus ended on Tuesday.",
     [state("Russia", "RUS"), state("Belarus", "BLR")],
     [("CONSULT", "RUS", "BLR")]),
    ("ru", "Консультации, проведенные в Минске между Россией и Белоруссией, завершились во "
           "вторник.",
     [state("Россией", "RUS"), state("Белоруссией", "BLR")],
     [("CONSULT", "RUS", "BLR")]),
    # reported speech (Konjunktiv I) keeps its sides
    ("de", "Russland habe Sanktionen gegen Polen verhängt, hieß es in Warschau.",
     [state("Russland", "RUS"), state("Polen", "POL")],
     [("SANCTION", "RUS", "POL")]),
    # negated and hypothetical acts, the negation also after the verb ("traf … nicht") and
    # on its object ("keine Sanktionen")
    ("de", "Scholz traf Macron am Montag nicht.",
     [person("Scholz", "DEU", "Chancellor"), person("Macron", "FRA", "President")], []),
    ("de", "Polen hat keine Sanktionen gegen Russland verhängt.",
     [state("Polen", "POL"), state("Russland", "RUS")], []),
    ("en", "Russia did not impose sanctions on Poland.",
     [state("Russia", "RUS"), state("Poland", "POL")], []),
    ("en", "Poland would impose sanctions on Russia if talks failed.",
     [state("Poland", "POL"), state("Russia", "RUS")], []),
    ("ru", "Россия не вводила санкции против Польши.",
     [state("Россия", "RUS"), state("Польши", "POL")], []),
]


@pytest.mark.parametrize(("language", "text", "named", "expected"), CASES,
                         ids=[case[1][:40] for case in CASES])
def test_coder_syntax_sides(coder: EventCoder, language: str, text: str, named: list[Named],
                            expected: list[tuple[str, str, str]]) -> None:
    assert coded(coder, language, text, named) == expected

