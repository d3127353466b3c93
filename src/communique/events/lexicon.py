"""Trigger lexicons and cues, loaded from the data files and compiled once per language."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from communique.errors import DataFileError
from communique.events.frames import LemmaFrames, load_frames
from communique.events.trigger import Trigger
from communique.lang import LANGUAGES, data_file, load_yaml, section
from communique.lang.loader import data_error, location

CUE_NAMES = ("negation", "hypothetical", "future", "opinion", "sides", "remote", "initiative",
             "host", "topic", "background", "denial", "with", "agent", "frame", "anaphor",
             "reporting", "locative", "clause", "participation",
             "upcoming", "counterpart", "target", "first_person",
             "state_head", "passive", "origin", "object_pronoun", "subject_pronoun",
             "reported_subject",
             "prefield", "posted", "meet_verb", "passive_present", "goal",
             "people_head", "source", "passive_participle", "object_case", "condition",
             "seat", "finite_auxiliary", "general_addressee",
             "conjunction", "reported_future", "opener", "opener_close", "trailing",
             "incident", "expelling")
# Cues a language may still lack (no wording of it known yet): there they match nothing.
OPTIONAL_CUES = ("decision", "bilateral", "partners", "dated_noun", "report_back",
                 "request_clause", "seat_subject", "impersonal_verb", "all_sides",
                 "object_adjective", "conflict_place", "setting",
                 "compound_topic", "attributive_participle", "genitive_owner", "absence",
                 "body", "joint", "governed", "readiness", "act_opener", "genitive_article",
                 "attribute_open", "named_agent", "progressive", "position_object",
                 "relation_subject", "content", "we", "we_verb", "statement_head",
                 "uncertain", "active_future", "agreed_act", "another_act", "aside",
                 "topic_statement",
                 "reached_at", "raised_infinitive", "answered", "time_anchor", "subordinator",
                 "relative", "backdrop", "relative_subject", "nominal_subject",
                 "nominative_article", "without", "relation", "second_conjunct",
                 "inverted_sides", "we_apposition", "time_ahead", "past_auxiliary", "short_passive",
                 "participle", "present_frame", "present_irregular",
                 "intention", "coordinator", "adjunct_participle", "content_report",
                 "attribution", "news_source", "news_source_word",
                 "speech_content", "agreed_clause", "organ_seat", "conjunct_object",
                 "beneficiary", "object_article", "own_government", "supporter",
                 "depersons_joined_particle", "visit_purpose", "mechanism_office",
                 "origin_noun", "origin_travel", "origin_deed",
                 "relclause_conjunction", "relclause_subject",
                 "deacts7_future_auxiliary", "deacts7_frame_infinitive",
                 "deacts7_object_article", "ruacts7_genitive_ending",
                 "ruacts7_capital_epithet", "ruacts7_impersonal_report",
                 "ruacts7_preposition", "ruacts9_envoy_passive", "ruacts9_complementiser",
                 "ruacts9_answered_deployment", "ruacts10_held_in", "ruacts10_answered_deed",
                 "sides_counted", "seat_link", "deed_complement",
                 "gnad8_reported_mood", "gnad8_final_clause", "persons_hedged_meeting",
                 "risk_after", "risk_before", "desides9_between", "desides9_between_joiner",
                 "desides9_counted", "desides9_comparison",
                 "desides9_comparison_prefield", "desides9_subject_opening",
                 "desides9_predicative", "desides9_against",
                 "desides9_in_document", "defix9_fruitless",
                 "defix9_fronted_clause", "desides10_decided_before",
                 "desides10_decided_after", "desides10_in_return")
# Whole words: a match that starts (ends) with a letter may not start (end) inside a word;
# one that starts (ends) with punctuation ("; ", ", dass") is not constrained.
_WORD_START = r"(?:(?<!\w)(?=\w)|(?=\W))"
_WORD_END = r"(?:(?<=\w)(?!\w)|(?<=\W))"
_LEADING_ANY_WORD = re.compile(r"(^|\||\(\?:|\()\\w\*")


def _compile(pattern: str, where: str, stem: bool = False) -> re.Pattern[str]:
    r"""A pattern matched as whole words (stems say so with an explicit ``\w*``), or, with
    ``stem``, as word beginnings (particles and objects: "мнени" finds «мнениями»)."""
    try:
        return re.compile(_WORD_START + "(?:" + pattern + ")" + ("" if stem else _WORD_END),
                          re.IGNORECASE)
    except re.error as exc:
        raise DataFileError(f"{where}: bad pattern {pattern!r} ({exc}); fix the regex") from exc


@dataclass(frozen=True)
class RegexTrigger(Trigger):
    """One entry of ``lang/<lang>/event_triggers.yaml``: a surface pattern."""

    pattern: re.Pattern[str] = re.compile("(?!)")
    stem: re.Pattern[str] = re.compile("(?!)")   # the pattern's stem, lower-cased: a fast filter
    particle: re.Pattern[str] | None = None
    object: re.Pattern[str] | None = None

    @classmethod
    def from_entry(cls, entry: dict[str, Any], where: str) -> RegexTrigger:
        if "pattern" not in entry:
            raise DataFileError(f"{where}: an entry needs a 'pattern'")
        particle, obj = entry.get("particle"), entry.get("object")
        return cls(
            **cls.coding(entry, where),
            pattern=_compile(entry["pattern"], where), stem=_prefilter([entry["pattern"]]),
            particle=_compile(particle, where, stem=True) if particle else None,
            object=_compile(obj, where, stem=True) if obj else None,
        )


@dataclass(frozen=True)
class Lexicon:
    language: str
    triggers: tuple[RegexTrigger, ...]
    frames: LemmaFrames
    cues: dict[str, re.Pattern[str]]
    meeting: re.Pattern[str]          # any meeting noun or verb: what a planned agreement is about
    any_trigger: re.Pattern[str]      # every trigger's stem, for lower-cased text: a fast filter

    def cue(self, name: str, text: str) -> re.Match[str] | None:
        return self.cues[name].search(text)


@dataclass(frozen=True)
class ContextRule:
    name: str
    pattern: re.Pattern[str]
    document_min: int


def _read_yaml(name: str) -> dict[str, Any]:
    """A language-neutral data file of ``events/data/``."""
    return load_yaml(Path(str(resources.files("communique.events").joinpath("data", name))))


def _prefilter(patterns: Iterable[str]) -> re.Pattern[str]:
    r"""One unanchored pattern that matches wherever any trigger could: a fast first pass,
    run on lower-cased text (case-sensitive matching is several times faster).

    Leading ``\w*`` (compound stems such as ``\w*treffen``) is dropped, which
    only widens the filter; the exact patterns run on the sentences it lets through.
    """
    stems = [_LEADING_ANY_WORD.sub(r"\1", pattern).lower() for pattern in patterns]
    return re.compile("|".join(f"(?:{stem})" for stem in stems))


@cache
def load_lexicon(language: str) -> Lexicon:
    """The compiled lexicon of a language: its regex triggers (``event_triggers.yaml``),
    its lemma frames (``events.yaml``) and its cues (``event_cues.yaml``), all in
    ``lang/<language>/``."""
    if language not in LANGUAGES:
        raise DataFileError(f"no event lexicon for language {language!r}; "
                            f"supported: {', '.join(LANGUAGES)}")
    path = data_file(language, "event_triggers.yaml")
    entries = section(load_yaml(path), "triggers", path, list)   # none: all frames (de)
    triggers = tuple(RegexTrigger.from_entry(entry, location(path, f"triggers #{i + 1}"))
                     for i, entry in enumerate(entries))
    path = data_file(language, "event_cues.yaml")
    raw_cues = load_yaml(path)
    missing = [name for name in CUE_NAMES if name not in raw_cues]
    if missing:
        raise data_error(path, missing[0], "is missing",
                         f"add the cue pattern(s) {', '.join(missing)} (an empty match: '(?!)')")
    cues = {name: _compile(str(raw_cues.get(name, "(?!)")), location(path, name))
            for name in (*CUE_NAMES, *OPTIONAL_CUES)}
    meeting = re.compile("|".join([t.pattern.pattern for t in triggers
                                   if t.event_type == "CONSULT" and t.form == "noun"]
                                  + [cues["meet_verb"].pattern]), re.IGNORECASE)
    any_trigger = _prefilter(entry["pattern"] for entry in entries)
    return Lexicon(language, triggers, load_frames(language), cues, meeting, any_trigger)


@cache
def load_contexts(language: str) -> tuple[dict[str, tuple[str, ...]], tuple[ContextRule, ...]]:
    """Context base types and topic rules: which contexts exist and how many hits make one
    dominate a document (``events/data/contexts.yaml``), and the words of ``language`` that
    signal each (``lang/<language>/contexts.yaml``)."""
    data = _read_yaml("contexts.yaml")
    base = {name: tuple(types) for name, types in data.get("base", {}).items()}
    thresholds = data["document_min"]
    path = data_file(language, "contexts.yaml")
    topics = section(load_yaml(path), "topics", path, dict)
    for name in topics:
        if name not in thresholds:
            raise data_error(path, f"topics: {name}", "is no context",
                             f"use one of {', '.join(thresholds)} or add it to "
                             "events/data/contexts.yaml (document_min)")
    rules = tuple(ContextRule(name, _compile(str(topics[name]), location(path, f"topics: {name}")),
                              int(count))
                  for name, count in thresholds.items() if name in topics)
    return base, rules
