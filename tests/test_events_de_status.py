"""German acts still to come (issue 12, branch destatus): a present tense with a time ahead,
a meeting in a clause of intention, a future in a held-frame's own relative clause, an
announcement with a zu-infinitive of a visit, a clause told in the past, whose later date
is another act's, and the consequence of a hypothetical.

Hand-written sentences (none from a probe or gold set), each with the exact events: type,
status, date, actor codes and recipient codes. Published on Wednesday, 15 May 2024.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.document import RawDocument
from communique.events.attributes import present_form
from communique.events.lexicon import load_lexicon
from communique.extractor import Extractor

PUBLISHED = "2024-05-15"        # a Wednesday
Coded = tuple[str, str, str | None, str, str]

CASES: list[tuple[str, list[Coded]]] = [
    # present tense with a weekday: the coming Monday, not the last one
    ("Die spanische Außenministerin trifft sich am Montag in Rom mit ihrem italienischen "
     "Amtskollegen.", [("AGREE", "planned", "2024-05-20", "ESP+ITA", "")]),
    # the preterite with the same weekday: held, on the last Monday
    ("Die spanische Außenministerin traf sich am Montag in Rom mit ihrem italienischen "
     "Amtskollegen.", [("CONSULT", "occurred", "2024-05-13", "ESP", "ITA")]),
    # the report's own weekday is today: held
    ("Die spanische Außenministerin trifft sich am Mittwoch in Rom mit ihrem italienischen "
     "Amtskollegen.", [("CONSULT", "occurred", "2024-05-15", "ESP", "ITA")]),
    # the weekday of a reporting clause after the act's dates the saying, however long its
    # subject: the talks are going on, not ahead
    ("Wir führen Verhandlungen mit Rumänien, sagte der bulgarische Außenminister Georgi "
     "Georgiew am Montag.", [("CONSULT", "occurred", "2024-05-13", "BGR+ROU", "")]),
    # a meeting that "went to its end" was held; "ohne Einigung" agreed nothing
    ("Der Gipfel der EU und Marokkos ist am Montag in Rabat ohne Einigung zu Ende gegangen.",
     [("CONSULT", "occurred", "2024-05-13", "EU", "MAR")]),
    ("Die Gespräche zwischen Serbien und Montenegro gingen am Montag in Podgorica zu Ende.",
     [("CONSULT", "occurred", "2024-05-13", "SRB", "MNE")]),
    # "drohen" with a zu-infinitive and no comma is a risk; with a comma, a threat
    ("Die Gespräche zwischen Serbien und dem Kosovo drohen zu scheitern.", []),
    ("Die Waffenruhe zwischen Israel und dem Libanon droht nach den Angriffen zu zerbrechen.",
     []),
    ("Russland drohte der Ukraine, die Gaslieferungen einzustellen.",
     [("THREATEN", "occurred", "2024-05-01", "RUS", "UKR")]),
    # a plural present with "nächste Woche"
    ("Die Außenminister Chiles und Perus kommen nächste Woche in Lima zusammen.",
     [("AGREE", "planned", "2024-05-20", "CHL+PER", "")]),
    # a visit noun with a present copula
    ("Am Freitag ist der finnische Präsident in Estland zu Besuch.",
     [("AGREE", "planned", "2024-05-17", "FIN", "EST")]),
    # two conjuncts, two tenses: the arrival is done, the meeting ahead
    ("Der kenianische Präsident war am Sonntag in Peking eingetroffen und trifft am Montag "
     "den chinesischen Staatschef Xi Jinping.",
     [("CONSULT", "occurred", "2024-05-12", "KEN", "CHN"),
      ("AGREE", "planned", "2024-05-20", "CHN+KEN", "")]),
    # a meeting in a clause of intention
    ("Der niederländische Regierungschef will beim EU-Gipfel für strengere Haushaltsregeln "
     "werben.", [("AGREE", "planned", None, "EU+NLD", "")]),
    # an infinitive at the clause's end is no present plural: "ließ" is past
    ("Taiwan ließ am Montag Kampfflugzeuge gegen China aufsteigen.",
     [("MOBILIZE", "occurred", "2024-05-13", "TWN", "CHN")]),
    # a held-frame whose own relative clause is future
    ("Das Ostseetreffen in Riga, bei dem auch Polen und Litauen vertreten sein werden, soll "
     "die Zusammenarbeit stärken.", [("AGREE", "planned", None, "LTU+POL", "")]),
    # an announcement with the zu-infinitive of a visit
    ("Der vietnamesische Staatschef kündigte an, im Herbst Frankreich zu besuchen.",
     [("AGREE", "planned", "2024-09-01", "VNM", "FRA")]),
    # a perfect clause: the later date is the summit's, the call is held
    ("Vor dem am kommenden Freitag beginnenden Gipfel in Addis Abeba hat der ägyptische "
     "Präsident mit seinem kenianischen Amtskollegen telefoniert.",
     [("AGREE", "planned", None, "EGY+KEN", ""),
      ("CONSULT", "occurred", "2024-05-01", "EGY+KEN", "")]),
    # the consequence of a hypothetical in Konjunktiv II ("würden …, dann werde …"): no act
    ("Die EU-Innenminister würden zuerst entscheiden, welche Länder in Frage kommen, dann "
     "werde mit Marokko gesprochen.", []),
    # … told as done, it is one
    ("Die EU-Innenminister haben zuerst entschieden, welche Länder in Frage kommen, dann "
     "wurde mit Marokko gesprochen.", [("CONSULT", "occurred", "2024-05-01", "EU+MAR", "")]),
]


@pytest.fixture(scope="module")
def coded(extractor: Extractor) -> Callable[[str], list[Coded]]:
    def code(text: str) -> list[Coded]:
        doc = next(iter(extractor.run([RawDocument(text, doc_id="case",
                                                   published=PUBLISHED)])))
        return [(e.event_type, e.status, e.date.start if e.date else None,
                 "+".join(sorted({a.code for a in e.actors if a.code})),
                 "+".join(sorted({a.code for a in e.recipients if a.code})))
                for e in doc.events]
    return code


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_de_status(coded: Callable[[str], list[Coded]], text: str,
                   expected: list[Coded]) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(("word", "lemma", "present"), [
    ("trifft", "treffen", True), ("traf", "treffen", False), ("trafen", "treffen", False),
    ("treffen", "treffen", True), ("empfängt", "empfangen", True),
    ("empfing", "empfangen", False), ("reist", "reisen", True), ("reiste", "reisen", False),
    ("hält", "halten", True), ("hielt", "halten", False), ("nimmt", "nehmen", True),
    ("nahm", "nehmen", False), ("treffe", "treffen", True), ("bot", "bieten", False),
])
def test_present_form(word: str, lemma: str, present: bool) -> None:
    assert present_form(word, lemma, load_lexicon("de")) is present
