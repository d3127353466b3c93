"""Titles said by periphrasis (issue 13): "der Chef der belarussischen Diplomatie", "the head
of Russian diplomacy", «глава российской дипломатии» (that state's foreign minister), "der
Kremlchef", "the Kremlin chief", «глава Кремля» (Russia's president).

A periphrasis gives the role and the state, never a person: the person named with it
("…, Maxim Ryschenkow,") takes the role when the lexicon gave none; with no name, the phrase
is the state acting through that office. The phrases are ``periphrases`` in
``lang/<lang>/references.yaml``; ``{state}`` there is a state's adjective.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from communique.document import Mention
from communique.gazetteer.gazetteer import Gazetteer
from communique.lang import LANGUAGES, data_file, load_yaml, section
from communique.model import Actor

# Between a periphrasis and the name it introduces: spaces and an apposition's comma.
_TO_NAME = re.compile(r"[ \t]*,?[ \t]*")


@dataclass(frozen=True)
class Periphrasis:
    pattern: re.Pattern[str]
    role: str
    country: str | None


@cache
def periphrases(language: str) -> tuple[Periphrasis, ...]:
    if language not in LANGUAGES:
        return ()
    path = data_file(language, "references.yaml")
    out = []
    for spec in section(load_yaml(path), "periphrases", path, list):
        pattern = str(spec["pattern"]).replace("{state}", r"(?P<state>\w+)")
        out.append(Periphrasis(re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE),
                               str(spec["role"]), spec.get("country")))
    return tuple(out)


def periphrastic_titles(text: str, language: str, mentions: list[Mention],
                        gazetteer: Gazetteer) -> list[Mention]:
    """The mentions with the periphrastic titles of ``text`` resolved (see module doc)."""
    for periphrasis in periphrases(language):
        for match in periphrasis.pattern.finditer(text):
            mentions = _resolve(text, match, periphrasis, mentions, gazetteer)
    return mentions


def _resolve(text: str, match: re.Match[str], periphrasis: Periphrasis,
             mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    start, end = match.span()
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    country = periphrasis.country
    if "state" in match.groupdict():
        state = next((m for m in inside if m.start == match.start("state") and m.actor
                      and m.actor.kind == "state"), None)
        country = state.actor.country if state and state.actor else None
    entry = gazetteer.state(country) if country else None
    if entry is None:
        return mentions
    gap = _TO_NAME.match(text, end)
    named_at = gap.end() if gap else end
    person = next((m for m in mentions if m.actor is not None and m.actor.kind == "person"
                   and ((m.start < end and start < m.end) or m.start == named_at)), None)
    if person is not None:
        if person.actor is None or person.actor.role is not None or person.actor.country not in (
                None, country):
            return mentions
        titled = replace(person, actor=replace(person.actor, role=periphrasis.role,
                                                country=country))
        return [titled if m is person else m for m in mentions]
    if any(m.start < end and start < m.end for m in mentions if m not in inside):
        return mentions
    actor = Actor(text[start:end], entry.name, "state", role=periphrasis.role, country=country,
                  sector="GOV", wikidata=entry.wikidata, start=start, end=end)
    office = Mention(start, end, text[start:end], "ORG", actor, source="pattern")
    return sorted([m for m in mentions if m not in inside] + [office],
                  key=lambda m: (m.start, m.end))
