"""What a trigger codes: the part of a lexicon entry every trigger source shares."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from communique.errors import DataFileError
from communique.model import EVENT_TYPES

SIDES = ("symmetric", "directed", "host", "visit")
GOALS = ("recipient",)      # what the place a directed act goes to or comes from is
DEFAULT_STRENGTH = 0.5      # prior that a match reports a real act, where an entry gives none


@dataclass(frozen=True)
class Trigger:
    """What a trigger codes, whichever source found it (a regex or a lemma frame)."""

    event_type: str
    form: str
    sides: str
    strength: float
    mode: str | None = None
    future: bool = False
    outcome: str | None = None
    goal: bool = False          # the place it is sent to or taken from is its recipient
    source: bool = False        # only a place it is asked or taken from is its recipient
    seat: bool = False          # done at the acting government's seat (a summons, a protest
                                # note handed over, an expulsion): its capital is the place
    litotes: bool = False       # its wording holds a negation that asserts ("does not rule
                                # out a response"): no negation cue cancels it

    @staticmethod
    def coding(entry: dict[str, Any], where: str, form_key: str = "form") -> dict[str, Any]:
        """The coding attributes of a data entry, validated."""
        event_type = entry.get("type")
        if event_type not in EVENT_TYPES:
            raise DataFileError(f"{where}: unknown event type {event_type!r}; use one of "
                                f"{', '.join(EVENT_TYPES)}")
        sides = entry.get("sides", "symmetric")
        if sides not in SIDES:
            raise DataFileError(f"{where}: unknown sides {sides!r}; use one of {SIDES}")
        for key in ("goal", "source"):
            if entry.get(key) not in (None, *GOALS):
                raise DataFileError(f"{where}: unknown {key} {entry.get(key)!r}; "
                                    f"use one of {GOALS}")
        if entry.get("litotes") not in (None, True):
            raise DataFileError(f"{where}: litotes must be true or left out")
        if entry.get("seat") not in (None, "actor"):
            raise DataFileError(f"{where}: unknown seat {entry.get('seat')!r}; use 'actor'")
        form = entry.get(form_key, "verb")
        if form not in ("verb", "noun"):
            raise DataFileError(f"{where}: {form_key} must be verb or noun, not {form!r}")
        return {"event_type": event_type, "form": form, "sides": sides,
                "strength": float(entry.get("strength", DEFAULT_STRENGTH)),
                "mode": entry.get("mode"), "future": entry.get("tense") == "future",
                "outcome": entry.get("outcome"), "goal": entry.get("goal") == "recipient",
                "source": entry.get("source") == "recipient",
                "seat": entry.get("seat") == "actor", "litotes": entry.get("litotes") is True}
