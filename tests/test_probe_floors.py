"""Every probe set with a floor in accuracy_floors.json keeps it.

A probe (tests/data/probe/NAME.jsonl) is a blind set a round wrote before the coder ran on
it; the round pins its final figures as floors, each rounded down: event F1 under
``probe_event_f1``, and where the round worked on them, location, persons or exact
participants on matched pairs under ``probe_location``, ``probe_persons`` and
``probe_participants``. One test per floor, each probe extracted once.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from communique.evaluate import ScoreReport, evaluate, load_gold
from communique.extractor import Extractor

DATA = Path(__file__).parent / "data"
FLOORS = json.loads((DATA / "accuracy_floors.json").read_text(encoding="utf-8"))
# the floor key of a field on matched pairs, and the field's name in ScoreReport.fields()
FIELDS = {"probe_location": "location", "probe_persons": "persons",
          "probe_participants": "participants"}


@pytest.fixture(scope="module")
def measured(extractor: Extractor) -> Callable[[str], ScoreReport]:
    @cache
    def report(name: str) -> ScoreReport:
        return evaluate(load_gold([DATA / "probe" / f"{name}.jsonl"]), extractor)
    return report


def test_every_floor_names_a_probe() -> None:
    names = {name for key in ("probe_event_f1", *FIELDS) for name in FLOORS.get(key, {})}
    assert sorted(n for n in names if not (DATA / "probe" / f"{n}.jsonl").exists()) == []


@pytest.mark.parametrize("name", sorted(FLOORS["probe_event_f1"]))
def test_a_probe_keeps_its_event_f1(measured: Callable[[str], ScoreReport], name: str) -> None:
    f1 = measured(name).to_dict()["overall"]["f1"]
    assert f1 >= FLOORS["probe_event_f1"][name], f"{name}: event F1 {f1}"


@pytest.mark.parametrize(("key", "name"), [(key, name) for key in FIELDS
                                           for name in sorted(FLOORS.get(key, {}))])
def test_a_probe_keeps_its_field_floors(measured: Callable[[str], ScoreReport], key: str,
                                        name: str) -> None:
    value = measured(name).fields()[FIELDS[key]] or 0.0
    assert value >= FLOORS[key][name], f"{name}: {FIELDS[key]} {value}"
