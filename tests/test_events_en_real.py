"""English acts as real wires word them, beyond the sentences the lexicon was read from.

The pass that these tests pin was driven by the errors of one fixed half of PETRARCH2's
real validation sentences (``petrarch_check --half tune``) and by English grammar: a
state organ named by its seat ("a court in Guyana"), an infinitive that is the aim of the
verb governing it ("helped to plan"), a state's own legal act that is no agreement
("signed an executive order"), a parliament's approval of its own state's act, and
"backed away" that is no backing, and "agreed that" with no commitment in its clause,
which shares a view. Each entry is shown both ways, with sentences written
for it, not taken from the records.
"""

from __future__ import annotations

import pytest

from codekit import acts_of
from communique import Extractor
from communique.tools.petrarch_check import HALVES, Case, half

PUBLISHED = "2024-05-08"


def coded(extractor: Extractor, text: str) -> list[tuple[str | None, ...]]:
    return acts_of(extractor, text, "en", PUBLISHED)


def test_halves_are_fixed_by_sorted_id_and_disjoint() -> None:
    cases = [Case(name, "text", frozenset({"AGREE"})) for name in ("d", "b", "a", "e", "c")]
    tune, held = (half(cases, which) for which in HALVES)
    assert [c.case_id for c in tune] == ["a", "c", "e"]
    assert [c.case_id for c in held] == ["b", "d"]


@pytest.mark.parametrize(("text", "expected"), [
    # a judicial or police organ named by where it sits acts for that state
    ("A court in Guyana issued arrest warrants for two Brazilian men on Wednesday.",
     [("COERCE", "arrest", "GUY", "BRA", "occurred")]),
    ("Police in Germany arrested two Russian citizens on Monday.",
     [("COERCE", "arrest", "DEU", "RUS", "occurred")]),
    # an arrest in a state with no agent named is that state's
    ("Two Brazilian men were arrested in Guyana on Wednesday.",
     [("COERCE", "arrest", "GUY", "BRA", "occurred")]),
])
def test_an_organ_named_by_its_seat_acts_for_its_state(
        extractor: Extractor, text: str, expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # intent to help is the governing verb's ("plans to help"); "helped to plan" names what
    # was helped with, no plan of anybody's
    ("France plans to help Mali.", [("AGREE", None, "FRA", "MLI", "occurred")]),
    ("The French military in Rwanda helped to plan attacks, Rwanda said.", []),
    ("France and Italy plan to help Mali.", [("AGREE", None, "FRA+ITA", "MLI", "occurred")]),
])
def test_an_infinitive_is_the_aim_of_its_verb(
        extractor: Extractor, text: str, expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a law, decree or executive order signed is a state's own act; its content is coded
    ("Putin signed a law banning imports from Ukraine on Monday.",
     [("SANCTION", None, "RUS", "UKR", "occurred")]),
    ("Biden signed an executive order imposing new sanctions on Russia.",
     [("SANCTION", None, "USA", "RUS", "occurred")]),
    ("Russia and China signed an agreement on gas supplies.",
     [("SUPPORT", None, "CHN+RUS", "", "occurred")]),
    # a parliament approving its own state's deployment adopts no text with another state
    ("The Bundestag approved the deployment of troops to Mali.", []),
    ("The foreign ministers of Russia and India approved a plan of consultations.",
     [("SUPPORT", None, "IND+RUS", "", "occurred")]),
    # backing away from a deal is no backing
    ("Russia backed away from the deal with Ukraine on Monday.", []),
    ("Moscow backed out of the agreement with Kyiv.", []),
    ("France backed Germany's proposal on Monday.",
     [("SUPPORT", None, "FRA", "DEU", "occurred")]),
])
def test_support_only_for_acts_towards_another_state(
        extractor: Extractor, text: str, expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "agreed that" with no modal in the content clause is a shared view (spec section 3)
    ("Experts agreed that relations between Russia and China are strong.", []),
    ("The sides agreed that the talks between Russia and Japan were constructive.", []),
    # with one, the sides commit to an act: a planned meeting
    ("Russia and Japan agreed that the next round of talks would be held in Tokyo.",
     [("AGREE", None, "JPN+RUS", "", "planned")]),
    ("Russia and Japan agreed to hold the next round of talks in Tokyo.",
     [("AGREE", None, "JPN+RUS", "", "planned")]),
    # a suggestion or an assurance "that" things are so is a claim or a view; one that
    # commits is a proposal or a promise
    ("China suggested that the United States was responsible for the crisis.", []),
    ("China suggested that the two sides should resume talks with India.",
     [("AGREE", None, "CHN", "IND", "planned")]),
    ("India assured Nepal that relations were strong.", []),
    ("India assured Nepal that it would help with reconstruction.",
     [("AGREE", None, "IND", "NPL", "occurred")]),
    # a relative clause after the verb's object is no content clause
    ("Russia and Japan agreed on a plan that includes joint projects.",
     [("AGREE", None, "JPN+RUS", "", "occurred")]),
])
def test_a_content_clause_is_a_view_unless_it_commits(
        extractor: Extractor, text: str, expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected
