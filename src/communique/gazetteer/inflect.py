"""Inflected forms of names, used when the generated lexicon is built.

Russian and German texts name a state, an organisation or a person in any
case ("Республикой Беларусь", "des Königreichs Kambodscha", "Николаем
Патрушевым"). Matching every form as a plain string keeps the run-time
matcher a single Aho-Corasick pass, so the forms are generated here, once:

- Russian phrases: leading adjectives agree with the head noun in every case
  (pymorphy3), the rest (genitive modifiers: "Организации Объединённых Наций")
  stays; unknown foreign words follow the regular declension rules;
- Russian person names: surname declension rules by ending and gender;
- German phrases: adjective endings (-e/-en/-er/-es/-em) and genitive forms.

Forms are deliberately a superset: a form that never occurs costs nothing.
"""

from __future__ import annotations

import re

import pymorphy3

from communique.nlp.lemmas import morph_analyzer

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_HARD_SIBILANT = "жшщчц"
_VELAR_SIBILANT = "гкхжшщч"




def match_case(source: str, target: str) -> str:
    """Give ``target`` the capitalisation of ``source`` (per hyphen part)."""
    if source.isupper() and len(source) > 1:
        return target.upper()
    src_parts, tgt_parts = source.split("-"), target.split("-")
    if len(src_parts) == len(tgt_parts):
        return "-".join(t[:1].upper() + t[1:] if s[:1].isupper() else t
                        for s, t in zip(src_parts, tgt_parts, strict=True))
    return target[:1].upper() + target[1:] if source[:1].isupper() else target


def _parse(word: str, pos: set[str]) -> pymorphy3.analyzer.Parse | None:
    for parse in morph_analyzer().parse(word.lower()):
        if parse.tag.POS in pos and parse.tag.case == "nomn" and parse.is_known:
            return parse
    return None


def ru_rule_forms(word: str, feminine: bool = False) -> dict[str, str]:
    """Case forms of a word pymorphy does not know, by the regular declension rules."""
    head, _, last = word.rpartition("-")
    prefix = f"{head}-" if head else ""
    w = last.lower()
    forms = dict.fromkeys(CASES, w)
    if w.endswith(("ов", "ев", "ёв", "ин", "ын")) and not feminine:
        forms.update(gent=w + "а", datv=w + "у", accs=w + "а", ablt=w + "ым", loct=w + "е")
    elif w.endswith(("ова", "ева", "ёва", "ина", "ына")):
        stem = w[:-1]
        forms.update(gent=stem + "ой", datv=stem + "ой", accs=stem + "у", ablt=stem + "ой",
                     loct=stem + "ой")
    elif w.endswith("ия"):
        stem = w[:-1]
        forms.update(gent=stem + "и", datv=stem + "и", accs=stem + "ю", ablt=stem + "ей",
                     loct=stem + "и")
    elif w.endswith("а"):
        stem = w[:-1]
        gent = "и" if stem[-1:] in _VELAR_SIBILANT else "ы"
        ablt = "ей" if stem[-1:] in _HARD_SIBILANT else "ой"
        forms.update(gent=stem + gent, datv=stem + "е", accs=stem + "у", ablt=stem + ablt,
                     loct=stem + "е")
    elif w.endswith("я"):
        stem = w[:-1]
        forms.update(gent=stem + "и", datv=stem + "е", accs=stem + "ю", ablt=stem + "ей",
                     loct=stem + "е")
    elif feminine:
        pass                                        # Зоя Алейник: indeclinable
    elif w.endswith(("й", "ь")):
        stem = w[:-1]
        forms.update(gent=stem + "я", datv=stem + "ю", accs=stem + "я", ablt=stem + "ем",
                     loct=stem + "е")
    elif re.search(r"[бвгджзклмнпрстфхцчшщ]$", w) and not w.endswith(("их", "ых")):
        ablt = "ем" if w[-1] in _HARD_SIBILANT else "ом"
        forms.update(gent=w + "а", datv=w + "у", accs=w + "а", ablt=w + ablt, loct=w + "е")
    return {case: prefix + match_case(last, form) for case, form in forms.items()}


def _inflect(parse: pymorphy3.analyzer.Parse, grammemes: set[str]) -> str | None:
    form = parse.inflect(grammemes)
    return form.word if form else None


def _word_case_forms(word: str, proper: bool, feminine: bool = False) -> dict[str, str]:
    """Case forms of a noun: pymorphy for words it knows, rules for foreign names.

    A proper name (a person, a city) is trusted to pymorphy only when it parses
    as one (Geox, Name, Surn): its guesses for foreign names are wrong
    ("Сыромолотов" as a plural of "сыромолот").
    """
    parse = _parse(word, {"NOUN"})
    tags = set(re.split(r"[ ,]", str(parse.tag))) if parse is not None else set()
    if parse is None or (proper and not tags & {"Geox", "Name", "Surn", "Orgn"}):
        return ru_rule_forms(word, feminine)
    number = "plur" if "plur" in tags else "sing"
    out = {}
    for case in CASES:
        form = _inflect(parse, {case, number})
        out[case] = match_case(word, form) if form else word
    return out


def ru_phrase_forms(phrase: str, common: bool = False) -> set[str]:
    """All case forms of a Russian name: adjectives + head noun inflect, the rest stays.

    ``common``: the phrase is a common noun (a title: «посол» → «посла», «послу»), never
    declined by the rules for foreign proper names («Посола»)."""
    tokens = phrase.split()
    adjectives: list[tuple[int, pymorphy3.analyzer.Parse]] = []
    head = None
    for i, tok in enumerate(tokens):
        parse = _parse(tok, {"ADJF", "PRTF"})
        if parse is not None and i + 1 < len(tokens):
            adjectives.append((i, parse))
            continue
        head = i
        break
    if head is None:
        return {phrase}
    if not adjectives and len(tokens) > 1 and _parse(tokens[head], {"NOUN"}) is None:
        return {phrase}                                  # "ООН ..." or foreign: as is
    heads = [head]
    if head + 2 < len(tokens) and tokens[head + 1] == "и":
        heads.append(head + 2)                            # Босния и Герцеговина
    proper = not common and (len(tokens) == 1
                             or (tokens[head][:1].isupper() and head + 1 == len(tokens)))
    head_forms = [_word_case_forms(tokens[h], proper and not adjectives) for h in heads]
    head_parse = _parse(tokens[head], {"NOUN"})
    plural = head_parse is not None and "plur" in head_parse.tag
    gender = head_parse.tag.gender if head_parse is not None and not plural else "femn"
    out = {phrase}
    for case in CASES:
        words = list(tokens)
        for h, forms in zip(heads, head_forms, strict=True):
            words[h] = forms[case]
        variants = [words]
        for i, parse in adjectives:
            grams = {case, "plur"} if plural else {case, "sing", gender or "masc"}
            alts = _adjective_forms(parse, grams, tokens[i])
            variants = [[*v[:i], match_case(tokens[i], a), *v[i + 1:]]
                        for v in variants for a in sorted(alts)] or variants
        out.update(" ".join(v) for v in variants)
    tail = tokens[head + 1:]
    if len(tail) == 1 and tail[0][:1].isupper() and len(heads) == 1:
        # "Исламской Республики Ирана": the name after the head in the genitive too
        genitive = _word_case_forms(tail[0], proper=True)["gent"]
        words = list(tokens)
        words[head] = head_forms[0]["gent"]
        words[head + 1] = genitive
        for i, parse in adjectives:
            grams = {"gent", "plur"} if plural else {"gent", "sing", gender or "masc"}
            form = _inflect(parse, grams)
            words[i] = match_case(tokens[i], form) if form else tokens[i]
        out.add(" ".join(words))
    return out


def _adjective_forms(parse: pymorphy3.analyzer.Parse, grammemes: set[str], word: str) -> set[str]:
    """An adjective's forms with ``grammemes`` (animate and inanimate where they differ). The
    analyser's inflection, unless it loses the word's stem (the word less a two-letter
    ending): pymorphy3 reads «Высший» as the superlative of «высокий» and declines it
    «высочайшего»; the name keeps «Высшего», the lexeme's form with the stem."""
    inflected = {form for extra in ({"anim"}, {"inan"}, set())
                 if (form := _inflect(parse, grammemes | extra)) is not None}
    stem = word[:-2].casefold()
    if not inflected or any(form.startswith(stem) for form in inflected):
        return inflected
    kept = {form.word for form in parse.lexeme
            if grammemes <= set(form.tag.grammemes) and form.word.startswith(stem)}
    return kept or inflected


def ru_adjective_forms(adjective: str) -> set[str]:
    """Every full form of a Russian adjective: российский -> российская, российскими, …"""
    parse = _parse(adjective, {"ADJF"})
    if parse is None:
        return {adjective}
    return {match_case(adjective, f.word) for f in parse.lexeme
            if f.tag.POS == "ADJF" and "Cmp2" not in f.tag and "Supr" not in f.tag}


def _given_forms(given: str, feminine: bool) -> dict[str, str]:
    parse = _parse(given, {"NOUN"})
    if parse is not None and "Name" in parse.tag:
        out = {}
        for case in CASES:
            form = _inflect(parse, {case, "sing"})
            out[case] = match_case(given, form) if form else given
        return out
    return ru_rule_forms(given, feminine)


def _surname_forms(surname: str, feminine: bool) -> dict[str, str]:
    if surname.lower().endswith(("ский", "цкий", "ская", "цкая", "ской", "ый")):
        parse = _parse(surname, {"ADJF"})
        if parse is not None:
            gender = "femn" if feminine else "masc"
            return {case: match_case(surname, _inflect(parse, {case, "sing", gender, "anim"})
                                     or surname) for case in CASES}
    return ru_rule_forms(surname, feminine)


def ru_person_forms(name: str, feminine: bool = False) -> tuple[set[str], set[str]]:
    """(full-name forms, surname forms) of a Russian name "Имя [Отчество] Фамилия" in all cases.

    Only the last token is the surname; given names and patronymics inflect with it.
    """
    tokens = name.split()
    surname = tokens[-1]
    sur = _surname_forms(surname, feminine)
    given = [_given_forms(tok, feminine) if not tok.endswith(".") else dict.fromkeys(CASES, tok)
             for tok in tokens[:-1]]
    full = {" ".join([g[case] for g in given] + [sur[case]]) for case in CASES}
    return full, set(sur.values())


# --- German -------------------------------------------------------------------------

_DE_ADJ_END = re.compile(r"^(.*?[a-zäöüß])(e|es|er|en|em)$")
_DE_FEMININE = ("ung", "heit", "keit", "schaft", "ion", "tät", "ik", "ur", "ei", "ie", "enz",
                "anz", "union", "nation", "republik", "föderation")
_DE_ADJ_ENDINGS = ("e", "en", "er", "es", "em")


def de_adjective_forms(stem: str) -> set[str]:
    """russisch -> russisch, russische, russischen, russischer, russisches, russischem."""
    return {stem} | {stem + end for end in _DE_ADJ_ENDINGS}


def _de_noun_forms(noun: str) -> set[str]:
    lower = noun.lower()
    if lower.endswith(_DE_FEMININE) or lower.endswith("en"):
        return {noun}
    if lower.endswith("e"):
        return {noun, noun + "n"}                          # Emirate -> Emiraten
    if lower.endswith(("s", "ß", "x", "z", "sch")):
        return {noun, noun + "es"}                         # Ausschuss -> Ausschusses
    return {noun, noun + "s", noun + "es"}


def _de_is_adjective(token: str) -> bool:
    match = _DE_ADJ_END.match(token)
    return bool(match) and token[:1].isupper() and len(token) > 4 and not token.endswith("ee")


def de_phrase_forms(phrase: str) -> set[str]:
    """German name forms: adjective endings and the head noun's genitive/dative forms.

    "Russische Föderation" -> "Russischen Föderation"; "Königreich Kambodscha" ->
    "Königreichs Kambodscha"; "Russland" -> "Russlands"; "Belarus" -> "Belarus'".
    """
    tokens = phrase.split()
    if len(tokens) == 1:
        word = tokens[0]
        if word.endswith(("s", "ß", "x", "z")):
            return {word, word + "'", word + "’", word + "es"}
        if word.endswith("e"):
            return {word, word + "s", word + "n"}
        return {word, word + "s", word + "es", word + "en"}  # Dienstes, Präsidenten
    i = 0
    while i < len(tokens) - 1 and _de_is_adjective(tokens[i]):
        i += 1
    stems = [_DE_ADJ_END.match(tok).group(1) for tok in tokens[:i]]  # type: ignore[union-attr]
    rest = tokens[i + 1:]
    out = {phrase, " ".join([*tokens[:-1], tokens[-1] + "s"])}    # Sri Lankas
    for end in _DE_ADJ_ENDINGS:                                   # adjectives agree
        for noun in _de_noun_forms(tokens[i]):
            out.add(" ".join([stem + end for stem in stems] + [noun] + rest))
    return out
