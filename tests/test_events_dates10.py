"""Dates of acts, session 19 (issue 12, branch dates10): a German year with no preposition
(after an adverb of time, "bereits 2023 besucht"; in the middle field, "hatten 2022 eine
Erklärung unterzeichnet"; opening a sentence, "2019 hatte …"), not a count ("rund 2000 neue"),
a name ("Agenda 2030") or a list's second year of a term ("für die Jahre 2025 und 2026"); a
done act dated by a year at the end of its topic phrase when that year is before the
publication's ("signed a nuclear agreement in 2008"), not by the publication's own year ("a
plan for 2024"); a month after "für"/"for" ("für Oktober geplant", "scheduled for October");
and a signing that absorbs no agreement told at another date.

The blind set ``tests/data/probe/dates10.jsonl`` (24 agency, ministry and newspaper reports in
German, English and Russian) was written before the coder was run on it; every sentence below
is hand-written, none taken from it. docs/events.md, "Dates of acts, session 19".
"""

from __future__ import annotations

from datetime import date as D

import pytest

from codekit import events
from communique import Extractor
from communique.nlp import resolve_times


def found(text: str, language: str, anchor: D) -> list[tuple[str, D | None, str]]:
    return [(t.text, t.date_start, t.precision) for t in resolve_times(text, language, anchor)]


def dated(extractor: Extractor, text: str, language: str,
          published: str) -> list[tuple[str, str, str | None]]:
    """(type, status, date) of every event, sorted."""
    return sorted((e.event_type, e.status, e.date.gold_form() if e.date else None)
                  for e in events(extractor, text, language, published))


@pytest.mark.parametrize(("text", "expected"), [
    # an adverb of time before the year, the year before a participle or the clause's end
    ("Der Kanzler hatte Usbekistan bereits 2022 besucht.",
     [("bereits 2022", D(2022, 1, 1), "year")]),
    ("Sie war zuletzt 2018 dort.", [("zuletzt 2018", D(2018, 1, 1), "year")]),
    # in the middle field after a lower-case word, or opening a sentence
    ("Beide Staaten hatten 2021 ein Abkommen geschlossen.", [("2021", D(2021, 1, 1), "year")]),
    ("Die Gespräche sind beendet. 2017 hatte Merkel Mexiko besucht.",
     [("2017", D(2017, 1, 1), "year")]),
    # counts, names and a term's second year are no dates
    ("Es wurden bereits 2000 Soldaten verlegt.", []),
    ("Die Regierung will rund 2000 neue Stellen schaffen.", []),
    ("Das Land will die Agenda 2030 umsetzen.", []),
    ("Sie unterzeichneten einen Plan für die Jahre 2026 und 2027.", []),
    ("Der Haushalt für 2026 wurde verabschiedet.", []),
    # a month after "für": the date a meeting is planned for
    ("Das Treffen ist für November geplant.", [("für November", D(2025, 11, 1), "month")]),
])
def test_german_bare_years(text: str, expected: list[tuple]) -> None:
    assert found(text, "de", D(2025, 9, 1)) == expected


def test_english_month_after_for() -> None:
    assert found("The next round is scheduled for November.", "en", D(2025, 9, 1)) == [
        ("for November", D(2025, 11, 1), "month")]


@pytest.mark.parametrize(("language", "text", "published", "expected"), [
    # a year at the end of a done act's topic phrase, before the publication's year
    ("en", "Brazil and Argentina signed an agreement on nuclear safeguards in 1991.",
     "2025-03-04", [("SUPPORT", "occurred", "1991")]),
    # the publication's own year after the topic is a term: the undated signing keeps the
    # publication's month
    ("en", "Brazil and Argentina signed a programme of cooperation for 2025.", "2025-03-06",
     [("SUPPORT", "occurred", "2025-03")]),
    # German: a bare year in the middle field dates the recalled act, not the month of
    # publication
    ("de", "Chile und Peru hatten 2019 eine Absichtserklärung über Lithium unterzeichnet.",
     "2025-03-04", [("SUPPORT", "occurred", "2019")]),
    ("de", "Die Außenminister Chiles und Perus trafen sich am Montag in Lima. Der chilenische "
           "Präsident hatte Peru bereits 2023 besucht.", "2025-03-04",
     [("CONSULT", "occurred", "2023"), ("CONSULT", "occurred", "2025-03-03")]),
    # a meeting planned "für Oktober"
    ("de", "Die Außenminister Chiles und Perus trafen sich am Montag in Lima. Ein weiteres "
           "Treffen der beiden Minister ist für Oktober in Santiago geplant.", "2025-03-04",
     [("AGREE", "planned", "2025-10"), ("CONSULT", "occurred", "2025-03-03")]),
])
def test_years_of_acts(extractor: Extractor, language: str, text: str, published: str,
                       expected: list[tuple]) -> None:
    assert dated(extractor, text, language, published) == expected


def test_signing_keeps_agreement_of_another_date(extractor: Extractor) -> None:
    """The 1991 signing and the agreement of March are two acts (spec 3: acts on different
    dates are never merged); before, the agreement merged into the signing, which took its
    date."""
    text = ("Brazil and Argentina signed a nuclear safeguards agreement in 1991. In March, "
            "Brazil's President Lula visited Buenos Aires, where the two sides agreed on the joint "
            "production of fighter jets.")
    assert dated(extractor, text, "en", "2025-09-10") == [
        ("AGREE", "occurred", "2025-03"), ("CONSULT", "occurred", "2025-03"),
        ("SUPPORT", "occurred", "1991")]
