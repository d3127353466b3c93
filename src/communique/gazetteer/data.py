"""The gazetteer's data files: reading them into entries.

Curated files (edited by hand) live in ``data/``; the generated ones
(``data/generated/``: state names from pycountry and babel, and every
inflected form of every entry) are written by ``build.py`` and committed.
An entry is anything a mention can resolve to: a state, an IGO or IGO body,
a government body (a kind of body, or one state's named body), a title and
its parts, a place, or a known official.
"""

from __future__ import annotations

import csv
import hashlib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from communique.errors import DataFileError
from communique.lang import load_yaml

DATA_DIR = Path(__file__).with_name("data")
GENERATED_DIR = DATA_DIR / "generated"
CURATED_FILES = ("states.tsv", "igos.yaml", "bodies.yaml", "roles.yaml", "places.tsv",
                 "officials.tsv", "peoples.tsv")
REBUILD = "python -m communique.tools.build_gazetteer"


@dataclass(frozen=True)
class OfficeTerm:
    """One role of a known official, with the years it was held (``end`` None: ongoing)."""

    role: str
    start: int | None = None
    end: int | None = None
    code: str | None = None          # the state or IGO the role is held for, if not the person's

    def covers(self, year: int) -> bool:
        return (self.start is None or self.start <= year) and (self.end is None or year <= self.end)


@dataclass(frozen=True)
class Entry:
    """Something a mention resolves to; ``kind`` says what, the other fields fill by kind."""

    id: str
    kind: str        # state igo bodytype body role mod compound tail dept place person
    name: str        # canonical English name
    country: str | None = None
    igo: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    short: str | None = None           # a body's short name ("MFA") for composed titles
    body_type: str | None = None       # body: its type id ("MFA")
    needs_state: bool = False          # bodytype: emitted only with a state
    state_in_name: bool = False        # role: "… of the President of Russia"
    posted: bool = False               # role: an envoy; what follows "to" is the posting
    role: str | None = None            # compound: its role id; place: city | state | region
    modifier: str | None = None        # compound: its modifier id
    alone: bool = True                 # person: the surname alone may stand for them
    terms: tuple[OfficeTerm, ...] = field(default=())
    names: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def split_list(value: str) -> list[str]:
    return [] if value.strip() in ("", "-") else [v.strip() for v in value.split("|") if v.strip()]


def read_tsv(name: str) -> Iterator[list[str]]:
    """Rows of a curated or generated TSV file; '#' lines are comments."""
    path = DATA_DIR / name
    if not path.is_file():
        raise DataFileError(f"gazetteer data file {path} is missing; reinstall the package "
                            f"or rebuild generated files with `{REBUILD}`")
    with path.open(encoding="utf-8") as handle:
        for line_no, row in enumerate(csv.reader(handle, delimiter="\t",
                                                 quoting=csv.QUOTE_NONE), 1):
            if not row or row[0].startswith("#"):
                continue
            if any("\n" in cell for cell in row):
                raise DataFileError(f"{path}:{line_no}: malformed row")
            yield row


def read_yaml(name: str) -> dict[str, Any]:
    """A curated gazetteer file of ``data/``, read by the one validated loader."""
    return load_yaml(DATA_DIR / name)


def sources_digest() -> str:
    """Hash of the curated files: the generated files record the one they were built from."""
    digest = hashlib.sha256()
    for name in CURATED_FILES:
        digest.update((DATA_DIR / name).read_bytes())
    return digest.hexdigest()[:16]


def _terms(value: str) -> tuple[OfficeTerm, ...]:
    terms = []
    for part in value.split(";"):
        if not part.strip():
            continue
        role, _, rest = part.partition("@")
        years, _, code = rest.partition("@")
        start, _, end = years.partition("-")
        terms.append(OfficeTerm(role.strip(), int(start) if start else None,
                                int(end) if end else None, code or None))
    return tuple(terms)


def official_rows() -> Iterator[dict[str, Any]]:
    """Rows of officials.tsv as dicts (name, ru, country, female, terms, aliases, alone)."""
    for row in read_tsv("officials.tsv"):
        if len(row) != 7:
            raise DataFileError(f"officials.tsv: row for {row[0]!r} needs 7 tab-separated "
                                "columns: name ru country sex roles aliases alone")
        name, ru, country, sex, roles, aliases, alone = row
        yield {"name": name, "ru": ru or None, "country": country, "female": sex == "f",
               "terms": _terms(roles), "aliases": split_list(aliases), "alone": alone != "no"}


def place_rows() -> Iterator[dict[str, Any]]:
    for row in read_tsv("places.tsv"):
        if len(row) != 5:
            raise DataFileError(f"places.tsv: row {row!r} needs 5 columns: en de ru country kind")
        en, de, ru, country, kind = row
        names = {"en": split_list(en), "de": split_list(de), "ru": split_list(ru)}
        yield {"name": names["en"][0], "names": names,
               "country": None if country == "-" else country, "kind": kind}


def place_id(name: str) -> str:
    return f"place:{slug(name)}"


def person_id(name: str) -> str:
    return f"person:{slug(name)}"


def _igo_entries(data: dict[str, Any]) -> Iterator[Entry]:
    for code, igo in data.items():
        yield Entry(f"igo:{code}", "igo", igo["name"], igo=code, sector="IGO",
                    wikidata=igo.get("wikidata"))
        for body_code, body in (igo.get("bodies") or {}).items():
            yield Entry(f"igo:{code}:{body_code}", "igo", body["name"], igo=code, sector="IGO",
                        wikidata=body.get("wikidata"))


def _body_entries(data: dict[str, Any]) -> Iterator[Entry]:
    types = data["types"]
    for code, body in types.items():
        yield Entry(f"bodytype:{code}", "bodytype", body["name"], sector=body.get("sector", "GOV"),
                    short=body.get("short"), body_type=code,
                    needs_state=bool(body.get("needs_state")))
    for code, body in data["bodies"].items():
        kind = types.get(body["type"])
        if kind is None:
            raise DataFileError(f"bodies.yaml: body {code} has unknown type {body['type']}")
        yield Entry(f"body:{code}", "body", body["name"], country=body.get("country"),
                    sector=kind.get("sector", "GOV"), short=kind.get("short"),
                    body_type=body["type"])


def _role_entries(data: dict[str, Any]) -> Iterator[Entry]:
    for code, role in data["roles"].items():
        yield Entry(f"role:{code}", "role", role["name"], country=role.get("country"),
                    sector=role.get("sector", "GOV"),
                    state_in_name=bool(role.get("state_in_name")),
                    posted=bool(role.get("posted")))
    for code, mod in data["modifiers"].items():
        yield Entry(f"mod:{code}", "mod", mod["name"])
    for code, comp in data["compounds"].items():
        yield Entry(f"compound:{code}", "compound", code, role=comp["role"],
                    modifier=comp["modifier"])
    for code, tail in data["tails"].items():
        yield Entry(f"tail:{code}", "tail", tail["name"])
    for code, dept in data["departments"].items():
        yield Entry(f"dept:{code}", "dept", dept["name"])


def _state_entries() -> Iterator[Entry]:
    for row in read_tsv("generated/states.tsv"):
        code, _alpha2, wikidata, name_en, official_en, name_de, name_ru = row
        yield Entry(f"state:{code}", "state", name_en, country=code, sector="GOV",
                    wikidata=wikidata or None,
                    names={"en": name_en, "official_en": official_en, "de": name_de,
                           "ru": name_ru})


@cache
def load_entries() -> dict[str, Entry]:
    """Every entry by id, read once per process."""
    entries: dict[str, Entry] = {}
    items: list[Entry] = list(_state_entries())
    items += _igo_entries(read_yaml("igos.yaml"))
    items += _body_entries(read_yaml("bodies.yaml"))
    items += _role_entries(read_yaml("roles.yaml"))
    items += [Entry(place_id(p["name"]), "place", p["name"], country=p["country"],
                    role=p["kind"]) for p in place_rows()]
    state_codes = {e.country for e in items if e.kind == "state"}
    for row in official_rows():
        code = row["country"]
        is_igo = code not in state_codes
        items.append(Entry(person_id(row["name"]), "person", row["name"],
                           country=None if is_igo else code, igo=code if is_igo else None,
                           sector="IGO" if is_igo else "GOV", alone=row["alone"],
                           terms=row["terms"]))
    for entry in items:
        if entry.id in entries:
            raise DataFileError(f"gazetteer entry {entry.id} is defined twice; "
                                "give one of them another name")
        entries[entry.id] = entry
    return entries
