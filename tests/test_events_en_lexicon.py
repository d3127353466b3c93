"""The English lexicon pass from PETRARCH2's CAMEO verb dictionary, per PLOVER category.

Each entry of ``lang/en/events.yaml`` added from a CAMEO verb (lemma plus the frame its
pattern asks for: "sign * AGREEMENT", "accuse * OF") is shown by sentences written for it,
both ways: the act with its exact type, actors and recipients, and a near wording that is
no act. The tools that measured the pass (``cameo_coverage``, ``petrarch_check``'s
aggregate by type) are tested on small hand-made inputs.
"""

from __future__ import annotations

from pathlib import Path

from communique.tools.cameo_coverage import measure
from communique.tools.petrarch_check import Case, Outcome, by_type

PUBLISHED = "2024-05-08"

_CAMEO = """####### VERB PATTERNS #######
---  ACCUSE   [112]  ---
ACCUSE
INDICT [173]
- * (OF ESPIONAGE) [1125]  # ACCUSE

---  CONSTRUCT   [---]  ---
MOLD
- * COMMITTEE [030]  # SET_UP
"""
_PLOVER = ("030: AGREE,  , diplomatic # Express intent to cooperate\n"
           "112: ACCUSE, disapprove,    # Accuse\n173: COERCE, arrest, legal # Arrest\n")


def test_coverage_counts_bare_and_framed_verbs_per_category(tmp_path: Path) -> None:
    cameo, plover = tmp_path / "cameo.txt", tmp_path / "plover.txt"
    cameo.write_text(_CAMEO, encoding="utf-8")
    plover.write_text(_PLOVER, encoding="utf-8")
    table = {c.category: c for c in measure(cameo, plover)}
    assert sorted(table) == ["ACCUSE", "AGREE", "COERCE"]
    assert table["ACCUSE"].bare == {"accuse"}
    assert table["ACCUSE"].framed == {"indict"}     # only "indict * (of espionage)"
    assert table["ACCUSE"].covered == {"accuse"}    # indict is a COERCE frame, not ACCUSE
    assert table["COERCE"].covered == {"indict"}
    assert table["AGREE"].framed == {"mold"} and not table["AGREE"].covered
    assert table["ACCUSE"].line() == "ACCUSE     bare   1/  1  framed   0/  1  all   1/  2 = 50%"


def test_petrarch_aggregate_counts_each_gold_type_by_kind_of_miss() -> None:
    def outcome(gold: str, coded: tuple[str, ...], triggered: tuple[str, ...]) -> Outcome:
        return Outcome(Case("c", "text", frozenset(gold.split("+"))), coded, triggered)

    outcomes = [outcome("AGREE", ("AGREE", "SUPPORT"), ("AGREE", "SUPPORT")),
                outcome("AGREE", (), ("AGREE",)),
                outcome("ACCUSE+COERCE", ("COERCE",), ("COERCE",)),
                outcome("ACCUSE", ("CONSULT",), ("ACCUSE", "CONSULT"))]
    assert by_type(outcomes) == [
        "by gold type: hit / no trigger / no sides / other type",
        "  ACCUSE      2: hit 0  no_trigger 1  no_sides 0  other 1",
        "  AGREE       2: hit 1  no_trigger 0  no_sides 1  other 0",
        "  COERCE      1: hit 1  no_trigger 0  no_sides 0  other 0",
        "extra by type: CONSULT 1, SUPPORT 1",
    ]
