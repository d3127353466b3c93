"""Capitals that stand for their states: "Moscow has expelled two Dutch diplomats",
"Washington on Thursday accused …", "Москва выслала …".

A wire names a government by its capital when the capital is the subject of the
act. The rule is kept narrow, since a place is far more often where something
happens: only cities of the gazetteer, only when they (joined by "and", "und",
"и" or a comma) are all that stands before the trigger in its clause, apart from
auxiliaries and dates ("Moscow has", "Washington on Thursday"). A city after a
preposition ("in Moscow") or after any other word is never a party, unless the act
goes there or comes from there (a frame with ``goal: recipient``: "recalled its
ambassador from Beijing", "aus Peking zurückgerufen"): then the city's state is
acted on.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from communique.document import Document, Mention
from communique.events.attributes import dateline_end
from communique.events.candidates import Candidate
from communique.events.index import mention_index
from communique.events.lexicon import Lexicon
from communique.events.participants import Party, is_goal
from communique.gazetteer import Gazetteer
from communique.model import Actor

CONNECTOR = re.compile(r"\s*(?:,|and|und|и|&)?\s*", re.IGNORECASE)
GAP_WORDS = 3           # auxiliaries and adverbs between the capital and the verb


def capital_parties(doc: Document, candidate: Candidate, places: Gazetteer) -> list[Party]:
    """The states whose capitals are the subject or the direct object of the trigger."""
    parties = _subjects(doc, candidate, places)
    if parties:
        obj = next((m for m in doc.mentions if m.start >= candidate.end), None)
        if (obj is not None and obj.actor is None and obj.label == "LOC"
                and not doc.text[candidate.end:obj.start].strip()):   # "accused Moscow"
            parties += [p for p in [_state_party(doc, obj, places)] if p is not None]
    return parties


def goal_parties(doc: Document, candidate: Candidate, places: Gazetteer,
                 lexicon: Lexicon) -> list[Party]:
    """The states of the cities a directed act goes to or comes from, in its clause."""
    if not (candidate.trigger.goal or candidate.trigger.source):
        return []
    lo, hi = candidate.scope.clause
    cities = [m for m in mention_index(doc).starting(lo, hi) if m.actor is None
              and m.label == "LOC" and is_goal(doc, m.start, candidate, lexicon)]
    parties = [p for p in (_state_party(doc, city, places) for city in cities) if p is not None]
    return [replace(p, goal=True) for p in parties]


def _subjects(doc: Document, candidate: Candidate, places: Gazetteer) -> list[Party]:
    sentence = candidate.sentence
    start = max(candidate.scope.clause[0],
                dateline_end(doc, sentence.start, sentence.end))
    cities = [m for m in mention_index(doc).starting(start, candidate.start)
              if m.actor is None and m.label == "LOC"]
    if not cities or doc.text[start:cities[0].start].strip():
        return []
    for left, right in pairwise(cities):
        if not CONNECTOR.fullmatch(doc.text[left.end:right.start]):
            return []
    if not _auxiliaries_only(doc, cities[-1].end, candidate.start):
        return []
    parties = [_state_party(doc, city, places) for city in cities]
    return [p for p in parties if p is not None] if all(parties) else []


def _auxiliaries_only(doc: Document, start: int, end: int) -> bool:
    """Between the capital and the verb: a few lower-case words and dates, nothing else."""
    gap = doc.text[start:end]
    for time in doc.times:
        if start <= time.start and time.end <= end:
            gap = gap.replace(doc.text[time.start:time.end], " ")
    words = gap.split()
    return len(words) <= GAP_WORDS and all(w.isalpha() and w.islower() for w in words)


def _state_party(doc: Document, city: Mention, places: Gazetteer) -> Party | None:
    place = places.place(city.normal or city.text, doc.language or "")
    if place is None or place.kind != "city" or place.country is None:
        return None
    state = places.state(place.country)
    if state is None:
        return None
    actor = Actor(city.text, state.name, "state", country=place.country, sector="GOV",
                  wikidata=state.wikidata, start=city.start, end=city.end)
    return Party(actor, city.start, city.end)
