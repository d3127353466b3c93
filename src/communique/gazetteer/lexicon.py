"""The compiled matcher: every generated form in one Aho-Corasick automaton per language.

Matching runs over a lower-cased copy of the text with the same length (so
offsets need no mapping), then checks what a plain substring search cannot:
token boundaries, case for abbreviations ("US" is not "us") and a capital
first letter for proper names ("Chile", not "chile"). Overlaps are settled
longest first ("Republik Belarus" over "Belarus"), ties by entry priority.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from communique.errors import DataFileError
from communique.gazetteer.data import (
    GENERATED_DIR,
    REBUILD,
    read_tsv,
    sources_digest,
)
from communique.lang import LANGUAGES, data_file, load_yaml

#: Which entry wins when one span has several: lower first.
PRIORITY = {"state": 0, "igo": 1, "body": 2, "bodytype": 3, "compound": 4, "role": 5,
            "mod": 6, "tail": 7, "dept": 8, "person": 9, "place": 10}
FORM_PRIORITY = {"name": 0, "full": 0, "adj": 1, "people": 1, "comb": 2, "surname": 3}
HYPHENS = "-‐‑–"     # a compound's joiners, the en dash of typeset pages included


def _hyphenated(text: str, start: int, end: int) -> bool:
    """Whether a German combining form, the adjective's bare stem, is a compound's part
    ("deutsch-russische", "Deutsch-Französisch"): a bare one is the language's name ("auf
    Deutsch", "Russisch sprechen") or a surname ("Oskar Deutsch"), no state. The English
    and Russian ones ending in -o are no such words ("Sino", "российско"), and some are
    whole adjectives ("Filipino peacekeepers")."""
    return ((end < len(text) and text[end] in HYPHENS)
            or (start > 0 and text[start - 1] in HYPHENS))


def _lone_combining(text: str, chosen: list[Match], index: int) -> bool:
    """Whether a combining form opens a compound whose next part is no gazetteer word ("a
    free and open Indo-Pacific", "die russisch-orthodoxe Kirche"): the compound names an
    ocean's region or a church, not two states ("Sino-Russian", "deutsch-französische"). A
    form with no hyphen after it is a whole adjective ("Filipino peacekeepers", "Lao")."""
    match = chosen[index]
    if any(form.kind != "comb" for form in match.forms) or not (
            match.end < len(text) and text[match.end] in HYPHENS):
        return False
    following = chosen[index + 1] if index + 1 < len(chosen) else None
    return following is None or following.start != match.end + 1


_PROPER = {"state", "igo", "body", "place", "person"}
_FOLD = str.maketrans({"ё": "е", "Ё": "Е", "’": "'", "‘": "'", "ʼ": "'", "\u00a0": " ",
                       "\u202f": " ", "\u2009": " ", "\n": " ", "\t": " ", "\r": " "})
TITLE_CASE_ACRONYM = 4       # shortest acronym also matched in title case ("Nato")


def fold(text: str) -> str:
    """Lower-case and unify quotes, ё and spaces without changing the length."""
    text = text.translate(_FOLD)
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


@dataclass(frozen=True)
class Form:
    entry: str
    kind: str          # name | adj | comb | full | surname
    exact: str         # the form as written, for case checks
    abbreviation: bool
    proper: bool

    @property
    def entry_kind(self) -> str:
        return self.entry.split(":", 1)[0]

    def rank(self) -> tuple[int, int]:
        return PRIORITY.get(self.entry_kind, 99), FORM_PRIORITY.get(self.kind, 9)


@dataclass(frozen=True)
class Match:
    """A gazetteer hit: a span of the text and the entries its form names, best first."""

    start: int
    end: int
    text: str
    forms: tuple[Form, ...]

    @property
    def entry_id(self) -> str:
        return self.forms[0].entry

    @property
    def kind(self) -> str:
        return self.forms[0].kind

    @property
    def entry_kind(self) -> str:
        return self.forms[0].entry_kind

    def entries_of(self, entry_kind: str) -> list[str]:
        return [f.entry for f in self.forms if f.entry_kind == entry_kind]


def check_generated() -> None:
    """Refuse a lexicon built from other curated files than the ones beside it."""
    path = GENERATED_DIR / "lexicon.tsv"
    with path.open(encoding="utf-8") as handle:
        header = handle.readline()
    if f"# sources {sources_digest()}:" not in header:
        raise DataFileError(f"{path} was built from other versions of the curated gazetteer "
                            f"files; rebuild it with `{REBUILD}`")


def is_abbreviation(form: str) -> bool:
    """All capitals (up to 8 letters): matched case-sensitively, never inflected."""
    letters = [ch for ch in form if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters) and len(letters) <= 8


def _boundary(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (
        end == len(text) or not text[end].isalnum())


class SurfaceLexicon:
    """Forms per language compiled into automata; ``find`` returns non-overlapping matches."""

    def __init__(self, rows: Iterable[tuple[str, str, str, str]],
                 stop_forms: dict[str, set[str]] | None = None,
                 compass: dict[str, tuple[str, ...]] | None = None) -> None:
        self.compass = compass or {}
        by_language: dict[str, dict[str, list[Form]]] = {lang: defaultdict(list)
                                                         for lang in LANGUAGES}
        stop_forms = stop_forms or {}
        for language, form, entry, kind in rows:
            if language not in by_language or form in stop_forms.get(language, ()):
                continue
            entry_kind = entry.split(":", 1)[0]
            item = Form(entry, kind, form, is_abbreviation(form),
                        entry_kind in _PROPER and form[:1].isupper())
            items = by_language[language][fold(form)]
            same = next((k for k, f in enumerate(items) if f.entry == entry and f.kind == kind),
                        None)
            if same is None:
                items.append(item)
            elif items[same].proper and not item.proper:
                items[same] = item             # a lower-case variant: case does not matter
        self.forms = by_language
        self._automata: dict[str, ahocorasick.Automaton] = {}
        for language, forms in by_language.items():
            automaton = ahocorasick.Automaton()
            for key, items in forms.items():
                automaton.add_word(key, (len(key), tuple(sorted(items, key=Form.rank))))
            automaton.make_automaton()
            self._automata[language] = automaton

    @classmethod
    def load(cls, skip_kind: str | None = None) -> SurfaceLexicon:
        """The shipped lexicon; ``skip_kind`` leaves out one kind of entry ("person")."""
        check_generated()
        rows = [r for r in read_tsv("generated/lexicon.tsv")
                if skip_kind is None or not r[2].startswith(f"{skip_kind}:")]
        if not rows:
            raise DataFileError(f"{GENERATED_DIR / 'lexicon.tsv'} is empty; run `{REBUILD}`")
        grammars = {lang: load_yaml(data_file(lang, "grammar.yaml")) for lang in LANGUAGES}
        stops = {lang: set(grammar.get("stop_forms") or ()) for lang, grammar in grammars.items()}
        compass = {lang: tuple(grammar.get("compass_prefixes") or ())
                   for lang, grammar in grammars.items()}
        return cls(((r[0], r[1], r[2], r[3]) for r in rows), stops, compass)

    def candidates(self, text: str, language: str, folded: str | None = None) -> list[Match]:
        """All boundary- and case-checked hits, overlapping ones included."""
        automaton = self._automata.get(language) or self._automata["en"]
        folded = fold(text) if folded is None else folded
        out = []
        for end_index, (length, forms) in automaton.iter(folded):
            start, end = end_index - length + 1, end_index + 1
            if not _boundary(text, start, end):
                prefix = self._compass_start(folded, start, language)
                forms = tuple(f for f in forms if f.kind == "adj" and not f.proper
                              and f.entry_kind == "state")     # not "mitteleuropäische"
                if prefix is None or not forms or not _boundary(text, prefix, end) \
                        or folded[prefix:end] in self.forms[language]:
                    continue        # "nordkoreanische" is a state's own adjective
                start = prefix
            surface = text[start:end]
            ok = tuple(f for f in forms if self._case_ok(f, surface)
                       and not (language == "de" and f.kind == "comb"
                                and not _hyphenated(text, start, end)))
            if ok:
                out.append(Match(start, end, surface, ok))
        return out

    def _compass_start(self, folded: str, start: int, language: str) -> int | None:
        """Where a point of the compass joined to the form at ``start`` begins ("nord" of
        "nordirakischen"): the adjective names its state all the same."""
        prefix = next((p for p in self.compass.get(language, ())
                       if folded.startswith(p, start - len(p))), None)
        return None if prefix is None else start - len(prefix)

    @staticmethod
    def _case_ok(form: Form, surface: str) -> bool:
        if form.abbreviation:
            exact = surface.translate(_FOLD) == form.exact.translate(_FOLD)
            # German and Russian wires write longer acronyms title case: "Nato", "Osze"
            return exact or (len(surface) >= TITLE_CASE_ACRONYM and surface.istitle()
                             and surface.upper() == form.exact.upper())
        return not form.proper or surface[:1].isupper()

    def find(self, text: str, language: str, folded: str | None = None) -> list[Match]:
        """Non-overlapping matches sorted by start: longest first, then by entry priority."""
        chosen: list[Match] = []
        taken = bytearray(len(text))
        ranked = sorted(self.candidates(text, language, folded),
                        key=lambda m: (m.start - m.end, m.forms[0].rank(), m.start))
        for match in ranked:
            if any(taken[match.start:match.end]):
                continue
            taken[match.start:match.end] = b"\x01" * (match.end - match.start)
            chosen.append(match)
        chosen.sort(key=lambda m: m.start)
        return [m for i, m in enumerate(chosen) if not _lone_combining(text, chosen, i)]
