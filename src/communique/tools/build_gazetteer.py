"""Rebuild the generated gazetteer files from the curated ones.

    python -m communique.tools.build_gazetteer

Writes ``data/generated/states.tsv`` (every ISO 3166-1 state's names in
en/de/ru from pycountry's gettext catalogues and babel's CLDR data, with the
curated Wikidata ids) and ``data/generated/lexicon.tsv`` (every surface form
of every entry, inflected: Russian cases by pymorphy3 and rules, German
declension by rule). Both are committed; the run-time matcher only reads
them, so start-up needs neither pymorphy3 nor babel.
"""

from __future__ import annotations

import argparse
import gettext
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pycountry
from babel import Locale

from communique.gazetteer.data import (
    GENERATED_DIR,
    official_rows,
    person_id,
    place_id,
    place_rows,
    read_tsv,
    read_yaml,
    sources_digest,
    split_list,
)
from communique.gazetteer.inflect import (
    de_adjective_forms,
    de_phrase_forms,
    ru_adjective_forms,
    ru_person_forms,
    ru_phrase_forms,
)
from communique.gazetteer.lexicon import is_abbreviation
from communique.gazetteer.names import CYRILLIC_NAME_STATES, transliterate, transliterate_de
from communique.lang import LANGUAGES

#: Family name first: the surname is the first token.
FAMILY_FIRST = frozenset({"CHN", "KOR", "PRK", "KHM", "VNM", "TWN", "HKG", "SGP", "MMR"})
_PARTICLES = {"von", "van", "der", "de", "da", "le", "la", "al", "el", "bin", "ibn", "dos"}

Row = tuple[str, str, str, str]        # language, form, entry id, kind


def clean(name: str) -> str:
    """Drop stress marks and odd spaces from catalogue names."""
    name = unicodedata.normalize("NFD", name)
    name = "".join(ch for ch in name if unicodedata.category(ch) != "Mn" or ch in "\u0308\u0306")
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", name)).strip()


def usable(name: str) -> bool:
    """Catalogue names like "Iran, Islamic Republic of" or "Congo - Kinshasa" are not text forms."""
    return bool(name) and not re.search(r"[,()]| - ", name)


def inflect(language: str, form: str, common: bool = False) -> set[str]:
    """Every form of a name in a language (abbreviations stay as they are); ``common``: a
    title or another common noun, declined as a word of the language."""
    if is_abbreviation(form) or language == "en":
        return {form}
    if language == "ru":
        return ru_phrase_forms(form, common)
    return de_phrase_forms(form)


# --- states ----------------------------------------------------------------------------

#: States babel knows that ISO 3166-1 has not coded: alpha-3 (user-assigned) -> alpha-2.
NON_ISO_STATES = {"XKX": "XK"}


def _catalogue_names(alpha2: str, en_names: list[str]) -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for language in LANGUAGES:
        found = [Locale(language).territories.get(alpha2)]
        if language == "en":
            found += en_names
        else:
            catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR,
                                            languages=[language])
            found += [catalogue.gettext(n) for n in en_names]
        names[language] = [clean(n) for n in found if n and usable(clean(n))]
    return names


def _iso_names(code: str) -> tuple[str, list[str], str]:
    """alpha-2, English catalogue names and the official English name of a state."""
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        alpha2 = NON_ISO_STATES[code]
        name = Locale("en").territories[alpha2]
        return alpha2, [name], name
    en = [n for n in (getattr(country, "common_name", None), country.name,
                      getattr(country, "official_name", None)) if n]
    return country.alpha_2, en, getattr(country, "official_name", None) or country.name


@dataclass
class StateRecord:
    """One state's catalogue names merged with the curated row."""

    code: str
    alpha2: str
    wikidata: str
    official_en: str
    names: dict[str, list[str]]
    adjectives: dict[str, list[str]]


def state_records() -> list[StateRecord]:
    curated = {row[0]: row for row in read_tsv("states.tsv")}
    codes = sorted({c.alpha_3 for c in pycountry.countries} | set(curated))
    records = []
    for code in codes:
        alpha2, en_names, official = _iso_names(code)
        names = _catalogue_names(alpha2, en_names)
        row = curated.get(code, [code, "", "-", "-", "-", "-", "-", "-"])
        for language, column in zip(LANGUAGES, (6, 5, 7), strict=True):
            names[language] = list(dict.fromkeys(names[language] + split_list(row[column])))
        adjectives = {language: split_list(row[column])
                      for language, column in zip(LANGUAGES, (3, 2, 4), strict=True)}
        records.append(StateRecord(code, alpha2, row[1], official, names, adjectives))
    return records


def _ru_combining(adjective: str) -> set[str]:
    """российский -> российско (российско-иранский); американский -> американо."""
    stem = adjective[:-2]
    forms = {stem + "о"}
    if adjective.endswith("ский"):
        forms.add(adjective[:-4] + "о")
    return forms


def state_rows(records: list[StateRecord]) -> Iterator[Row]:
    for rec in records:
        entry = f"state:{rec.code}"
        for language in LANGUAGES:
            for name in rec.names[language]:
                for form in inflect(language, name):
                    yield language, form, entry, "name"
            for adj in rec.adjectives[language]:
                yield from _adjective_rows(language, adj, entry)


def people_rows() -> Iterator[Row]:
    """A state's people as plural nouns (``peoples.tsv``): "Armenians", «грузинам»."""
    for row in read_tsv("peoples.tsv"):
        entry = f"state:{row[0]}"
        for language, column in zip(LANGUAGES, (2, 1, 3), strict=True):
            for noun in split_list(row[column]):
                for form in inflect(language, noun, common=True) | {noun}:
                    yield language, form, entry, "people"


def _adjective_rows(language: str, adj: str, entry: str) -> Iterator[Row]:
    if adj.endswith(("o", "о")):
        yield language, adj, entry, "comb"               # Sino-, англо-
    elif language == "en":
        yield language, adj, entry, "adj"
    elif language == "de":
        yield language, adj, entry, "comb"               # russisch-amerikanisch
        for form in de_adjective_forms(adj) - {adj}:
            yield language, form, entry, "adj"
    else:
        for form in ru_adjective_forms(adj):
            yield language, form, entry, "adj"
        for form in _ru_combining(adj):
            yield language, form, entry, "comb"


def write_states(records: list[StateRecord]) -> None:
    lines = ["# Generated by `python -m communique.tools.build_gazetteer` from pycountry, "
             "babel and states.tsv: do not edit.",
             "# code\talpha2\twikidata\tname_en\tofficial_en\tname_de\tname_ru"]
    for rec in sorted(records, key=lambda r: r.code):
        short = {lang: (rec.names[lang] or [""])[0] for lang in LANGUAGES}
        lines.append("\t".join([rec.code, rec.alpha2, rec.wikidata, short["en"],
                                rec.official_en, short["de"], short["ru"]]))
    (GENERATED_DIR / "states.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


# --- IGOs, bodies, roles, places ---------------------------------------------------------

def _forms_rows(entry: str, kind: str, forms_by_language: dict[str, Iterable[str]],
                common: bool = False) -> Iterator[Row]:
    for language in LANGUAGES:
        for name in forms_by_language.get(language) or ():
            for form in inflect(language, str(name), common):
                yield language, form, entry, kind


def igo_rows() -> Iterator[Row]:
    for code, igo in read_yaml("igos.yaml").items():
        yield from _forms_rows(f"igo:{code}", "name", igo)
        for body_code, body in (igo.get("bodies") or {}).items():
            yield from _forms_rows(f"igo:{code}:{body_code}", "name", body)


def body_rows() -> Iterator[Row]:
    data = read_yaml("bodies.yaml")
    for code, body in data["types"].items():
        yield from _forms_rows(f"bodytype:{code}", "name", body)
    for code, body in data["bodies"].items():
        yield from _forms_rows(f"body:{code}", "name", body)


def role_rows() -> Iterator[Row]:
    data = read_yaml("roles.yaml")
    for group, prefix in (("roles", "role"), ("modifiers", "mod"), ("compounds", "compound"),
                          ("tails", "tail"), ("departments", "dept")):
        for code, item in data[group].items():
            entry = f"{prefix}:{code}"
            yield from _forms_rows(entry, "name", item, common=True)
            for stem in item.get("de_adjective") or ():
                for form in de_adjective_forms(stem) - {stem}:
                    yield "de", form, entry, "name"


def place_rows_forms() -> Iterator[Row]:
    for place in place_rows():
        yield from _forms_rows(place_id(place["name"]), "name", place["names"])


# --- officials ---------------------------------------------------------------------------

def surname_of(name: str, country: str) -> str:
    tokens = name.split()
    if country in FAMILY_FIRST:
        return tokens[0]
    i = len(tokens) - 1
    while i > 1 and tokens[i - 1].lower() in _PARTICLES:
        i -= 1
    return " ".join(tokens[i:])


def official_rows_forms() -> Iterator[Row]:
    for row in official_rows():
        entry, country = person_id(row["name"]), row["country"]
        latin = [row["name"]] + [a for a in row["aliases"] if not re.search("[\u0400-\u04ff]", a)]
        cyrillic = ([row["ru"]] if row["ru"] else []) + [
            a for a in row["aliases"] if re.search("[\u0400-\u04ff]", a)]
        if row["ru"] and country in CYRILLIC_NAME_STATES:
            latin += [transliterate(row["ru"]), transliterate_de(row["ru"])]
        for name in dict.fromkeys(latin):
            surname = surname_of(name, country)
            for language in ("en", "de"):
                yield language, name, entry, "full"
                yield language, surname, entry, "surname"
            yield "de", surname + "s", entry, "surname"
            yield "ru", name, entry, "full"
        for name in cyrillic:
            if "." in name:
                yield "ru", name, entry, "full"
                continue
            full, surnames = ru_person_forms(name, row["female"])
            if country in FAMILY_FIRST:
                full, surnames = {name}, {name.split()[0]}
            for form in full:
                yield "ru", form, entry, "full"
            for form in surnames:
                yield "ru", form, entry, "surname"


def build() -> int:
    GENERATED_DIR.mkdir(parents=True, exist_ok=True)
    records = state_records()
    write_states(records)
    rows = set(state_rows(records))
    for producer in (igo_rows, body_rows, role_rows, place_rows_forms, official_rows_forms,
                     people_rows):
        rows.update(producer())
    rows = {(lang, re.sub(r"\s+", " ", form).strip(), entry, kind)
            for lang, form, entry, kind in rows if form.strip()}
    lines = [f"# sources {sources_digest()}: generated by "
             "`python -m communique.tools.build_gazetteer` from the curated files; do not edit.",
             "# language\tform\tentry\tkind"]
    lines += ["\t".join(row) for row in sorted(rows)]
    (GENERATED_DIR / "lexicon.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0]).parse_args(argv)
    count = build()
    print(f"wrote {count} forms to {GENERATED_DIR / 'lexicon.tsv'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
