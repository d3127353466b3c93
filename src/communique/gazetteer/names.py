"""Person names across scripts and transliterations.

Reports spell one official many ways: "Сергей Алейник" (Russian), "Sergej
Alejnik" (German transliteration), "Sergei Aleinik" (English). The store, the
linker and the scorer must see one person, so this module gives

- ``transliterate``: Cyrillic to an English-style Latin spelling (BGN/PCGN-like,
  simplified the way English-language news writes names: Сергей -> Sergei);
- ``canonical_person_name``: the English-style spelling of a surface name;
- ``name_key``: a matching key that collapses case, diacritics and the usual
  German/English/French transliteration variants;
- ``same_person``: name comparison that also accepts initials ("A.V. Krutskikh")
  and small spelling differences ("Puthyvuth" / "Puthivutha").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

from communique.gazetteer.transcription import foreign_name

# Names (and pairs of names) remembered: more than the distinct names of a 5 MB text.
NAME_CACHE = 1 << 16

_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ў": "u", "ґ": "g",
}
_VOWELS = set("аеёиоуыэюяіїє")
_SIBILANTS = set("жчшщ")
#: Given names whose customary English spelling the rules do not give.
_GIVEN_NAMES = {
    "александр": "Alexander", "алексей": "Alexei", "максим": "Maxim", "ксения": "Ksenia",
    "мария": "Maria", "юлия": "Yulia", "юрий": "Yuri", "наталия": "Natalia",
    "виктория": "Victoria", "татьяна": "Tatyana", "кирилл": "Kirill",
}
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")

#: States whose officials' names reach German and English texts transliterated
#: from Cyrillic, so German spellings (Lawrow, Alejnik) map to English ones.
CYRILLIC_NAME_STATES = frozenset({
    "RUS", "BLR", "UKR", "KAZ", "KGZ", "TJK", "UZB", "TKM", "AZE", "ARM", "MDA", "BGR",
    "SRB", "MKD", "MNE", "MNG", "GEO",
})
_SLAVIC_TOKEN = re.compile(
    r"(ow|owa|ew|ewa|ski|skij|zki|ij|ej|aj|itsch|enko|uk|nik|ych|ich|in|ina|jan)$"
    r"|[bdfgklmnprstvwz]j[aeiou]"
)
# Spellings of Slavic languages written in Latin script (Polish sz, cz, rz; any letter with
# a diacritic but the German umlauts: ł, ż, š, č, ř, ý): "Andrzej Szejna", "Jan Lipavský"
# are the names' own spellings, which no German transliteration from Cyrillic produces
# (it writes ASCII letters: Ш "sch", Ч "tsch", Р+З "rs").
_LATIN_SLAVIC = re.compile(r"sz|cz|rz|[^\W\d_a-zäöüß]")


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC_RE.search(text))


def _translit_word(word: str) -> str:
    lower = word.lower()
    if lower in _GIVEN_NAMES:
        return _GIVEN_NAMES[lower]
    if len(lower) > 3 and lower.endswith(("ий", "ый")):
        return _translit_word(lower[:-2]) + "y"      # Дмитрий -> Dmitry
    out: list[str] = []
    for i, ch in enumerate(lower):
        prev = lower[i - 1] if i else ""
        nxt = lower[i + 1] if i + 1 < len(lower) else ""
        if ch == "е" and (not prev or prev in _VOWELS or prev in "ьъ"):
            out.append("ye")                          # Евгений -> Yevgeny
        elif ch == "ё":
            out.append("o" if prev in _SIBILANTS else "yo")
        elif ch == "ь" and nxt in ("е", "и"):
            out.append("y")                           # Дьяков -> Dyakov
        elif ch in "яю" and prev in "ьъ":
            out.append(_CYR[ch])                      # Наталья -> Natalya
        else:
            out.append(_CYR.get(ch, ch))
    return "".join(out)


_CYR_DE = {**_CYR, "в": "w", "е": "e", "ж": "sch", "з": "s", "й": "j", "х": "ch", "ц": "z",
           "ч": "tsch", "ш": "sch", "щ": "schtsch", "ы": "y", "ю": "ju", "я": "ja", "ё": "jo"}


def _translit_word_de(word: str) -> str:
    lower = word.lower()
    if len(lower) > 3 and lower.endswith(("ий", "ый")):
        return _translit_word_de(lower[:-2]) + "i"   # Дмитрий -> Dmitri
    out: list[str] = []
    for i, ch in enumerate(lower):
        prev = lower[i - 1] if i else ""
        nxt = lower[i + 1] if i + 1 < len(lower) else ""
        if ch == "е" and (not prev or prev in _VOWELS or prev in "ьъ"):
            out.append("je")
        elif ch == "с" and prev in _VOWELS and nxt in _VOWELS:
            out.append("ss")                          # Вассилий -> Wassili
        else:
            out.append(_CYR_DE.get(ch, ch))
    return "".join(out)


def transliterate_de(text: str) -> str:
    """Cyrillic to the German Duden-style spelling: Сергей Лавров -> Sergej Lawrow."""
    def convert(match: re.Match[str]) -> str:
        word = match.group(0)
        return _restore_case(word, _translit_word_de(word))
    return re.sub(r"[\u0400-\u04ff]+", convert, text)


def _restore_case(source: str, target: str) -> str:
    if not target:
        return target
    if source.isupper() and len(source) > 1:
        return target.upper()
    if source[:1].isupper():
        return target[:1].upper() + target[1:]
    return target


def transliterate(text: str) -> str:
    """Cyrillic to English-style Latin: Сергей Алейник -> Sergei Aleinik."""
    def convert(match: re.Match[str]) -> str:
        word = match.group(0)
        return _restore_case(word, _translit_word(word))
    return re.sub(r"[\u0400-\u04ff]+", convert, text)


# "tsch" is English "ch" (Ambrasewitsch -> Ambrasevich): held as a mark that the rule for
# German "ch" (-> "kh") cannot rewrite, and spelt out last; "schtsch" (Щ) likewise is
# "sh" + that mark (Schtschukin -> Shchukin), "dsch" (Дж) English "j" (Dschaparow -> Japarov).
_TSCH, _DSCH = "\x00", "\x01"
_DE_RULES = [
    (re.compile(r"schtsch"), "sh" + _TSCH), (re.compile(r"tsch"), _TSCH),
    (re.compile(r"dsch"), _DSCH), (re.compile(r"sch"), "sh"),
    (re.compile(r"(?<![cs])ch"), "kh"), (re.compile(r"w"), "v"),
    (re.compile(r"ij$"), "y"), (re.compile(r"(?<=[aeiou])j(?![aeiou])"), "i"),
    (re.compile(r"j"), "y"), (re.compile(r"(?<=[aeiou])ss(?=[aeiou])"), "s"),
]


def _de_slavic_to_english(word: str) -> str:
    lower = word.lower()
    for pattern, repl in _DE_RULES:
        lower = pattern.sub(repl, lower)
    return _restore_case(word, lower.replace(_TSCH, "ch").replace(_DSCH, "j"))


def normalise_spacing(name: str) -> str:
    """One space between tokens, and one after initials: "O.V.Syromolotov" -> "O.V. Syromolotov"."""
    name = re.sub(r"(?<=\.)(?=[^\W\d_]{2,})", " ", name)
    return re.sub(r"\s+", " ", name).strip(" ,;:")


def looks_slavic(name: str) -> bool:
    """German transliteration of a Cyrillic name: Lawrow, Alejnik, Dapkjunas, Sergej."""
    if _LATIN_SLAVIC.search(name.lower()):
        return False
    return any(_SLAVIC_TOKEN.search(tok) for tok in name.lower().split())


def _surnames_in_capitals(name: str) -> str:
    """"SHI Jun", "KIM Jong-un": the surname some sources (UN lists, East Asian agencies)
    write in capitals, written as the other words are; a name all in capitals stays."""
    if not any(w[:1].isupper() and not w.isupper() for w in name.split()):
        return name
    return " ".join(w.capitalize() if len(w) > 1 and w.isalpha() and w.isupper() else w
                    for w in name.split())


def canonical_person_name(surface: str, language: str, country: str | None = None) -> str:
    """English-style spelling of a person's name as a text gives it.

    Russian names are transliterated, foreign names in Cyrillic back to their state's
    spelling where its scheme is known (Си Цзиньпин -> Xi Jinping, Буй Тхань Шон -> Bui
    Thanh Son); German transliterations of names from Cyrillic-script states (Sergej
    Lawrow) are respelt the English way (Sergei Lavrov). Other names keep their spelling.
    """
    name = _surnames_in_capitals(normalise_spacing(surface))
    if has_cyrillic(name):
        return foreign_name(name, country, transliterate) or transliterate(name)
    slavic = country in CYRILLIC_NAME_STATES if country else looks_slavic(name)
    if language == "de" and slavic:
        return re.sub(r"[^\W\d_]{2,}", lambda m: _de_slavic_to_english(m.group(0)), name)
    return name


_KEY_RULES = [
    ("dzh", "j"), ("dsch", "j"),        # Russian Дж, German Dsch: English J (Jenkins, Jeyhun)
    ("schtsch", "sh"), ("shch", "sh"), ("tsch", "h"), ("sch", "sh"), ("tch", "h"),
    ("zh", "sh"), ("ch", "h"), ("kh", "h"), ("ph", "f"), ("ck", "k"), ("ce", "se"),
    ("ci", "si"), ("c", "k"), ("q", "k"), ("x", "ks"), ("w", "v"), ("z", "s"),
    ("j", "i"), ("y", "i"), ("ue", "u"), ("oe", "o"), ("ae", "a"), ("ou", "u"),
]


# A final nasal that Russian transcription of Chinese and Vietnamese names drops: Wang /
# Ван (Van), Minh / Минь (Min), Thanh / Тхань (Tkhan).
_FINAL_NASAL = re.compile(r"n[gh]$")


# An initial that transliteration spelt in two letters (Ю. -> "Yu.", Е. -> "Ye."): one letter,
# as in "A.Yu. Rudenko", "Ye.Ye. Shestakov".
_TRANSLITERATED_INITIAL = re.compile(r"\b([a-z])[a-z]?\.")
# An h between vowels that Russian transcription drops: Vahan / Ваан (Vaan), Johannes.
_INNER_H = re.compile(r"(?<=[aeiou])h(?=[aeiou])")


def _key_token(token: str) -> str:
    token = _INNER_H.sub("", _FINAL_NASAL.sub("n", token))
    for old, new in _KEY_RULES:
        token = token.replace(old, new)
    token = re.sub(r"(.)\1+", r"\1", token)
    if len(token) > 3:
        stripped = token.rstrip("aeiou")
        token = stripped if len(stripped) >= 3 else token
    return token


# Latin letters that Unicode does not decompose into a base letter and a mark, folded by
# hand so that "Løvold" is "Lovold", "Wałęsa" "Walesa", "Đỗ" "Do" (diacritics are folded
# for matching, kept for display: issue 13).
_UNDECOMPOSED = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d",
                               "Đ": "D", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i",
                               "þ": "th", "Þ": "Th"})


@lru_cache(maxsize=NAME_CACHE)
def name_tokens(name: str) -> tuple[str, ...]:
    """Key tokens of a name; initials become one-letter tokens (cached: a long document
    compares the same few names thousands of times)."""
    if has_cyrillic(name):
        name = transliterate(name)
    # an apostrophe joins a name's parts ("O'Brien", "D’Alema"): one token, not an initial
    name = unicodedata.normalize("NFKD", re.sub(r"['’]", "", name.translate(_UNDECOMPOSED)))
    name = "".join(ch for ch in name if not unicodedata.combining(ch)).casefold()
    name = _TRANSLITERATED_INITIAL.sub(r"\1 ", name)
    return tuple(_key_token(tok) for tok in re.findall(r"[a-z]+", name))


def name_key(name: str) -> str:
    """Key equal for transliteration variants: Sergej Alejnik = Sergei Aleinik = Сергей Алейник."""
    return " ".join(name_tokens(name))


#: States whose names put the family name first ("Shi Jun", "Lee Do-hoon", "Hun Sen"): a
#: later bare "Shi" or "Lee" is that person's family name.
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "KHM"})
#: States whose officials have a given name and a father's name or none, and are called by
#: the given name alone ("Anwar" of "Anwar Ibrahim", "Abiy" of "Abiy Ahmed", "Prabowo" of
#: "Prabowo Subianto", "Bjarni" of "Bjarni Benediktsson").
GIVEN_NAME_ALONE = frozenset({"MYS", "BRN", "IDN", "ETH", "ERI", "ISL"})


def is_family_name(bare: str, full: str, country: str | None) -> bool:
    """Whether a one-word name is the name ``full`` is called by when it leads it: the
    family name written first in its state's order ("Shi" of "Shi Jun", CHN), or the given
    name of a state where it is used alone ("Anwar" of "Anwar Ibrahim", MYS); elsewhere the
    family name is last and ``same_person`` decides."""
    short, long_ = name_tokens(bare), name_tokens(full)
    return (country in FAMILY_NAME_FIRST | GIVEN_NAME_ALONE and len(short) == 1
            and len(long_) >= 2 and short[0] == long_[0])


# Articles and particles of names ("al-Assad", "ibn Saud", "von der Leyen"), as keys: no
# evidence that two names agree ("Asaad al-Shaibani" is not "Bashar al-Assad"). Not "van"
# and "bin", the keys of Wang and Bing.
_PARTICLE_KEYS = frozenset({"al", "el", "ibn", "von", "der", "den", "del", "dos", "ter"})


def _tokens_match(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 4 and long_.startswith(short):
        return True                            # Bermejo / Bermekho after vowels are dropped
    return len(short) >= 5 and fuzz.ratio(a, b) >= 75


# The háček and acute of Slavic Latin spellings stand for what Cyrillic writes with letters
# of its own (Gašić / Гашич, Vučević / Вучевич, Đurić / Джурич), where folding the marks
# gives the English wires' spelling (Gasic, Vucevic): a name with them is compared in both
# forms (issue 13, names across scripts).
_SLAVIC_LATIN = str.maketrans({"š": "sh", "Š": "Sh", "ž": "zh", "Ž": "Zh", "č": "ch",
                               "Č": "Ch", "ć": "ch", "Ć": "Ch", "đ": "dzh", "Đ": "Dzh"})


@lru_cache(maxsize=NAME_CACHE)
def same_person(a: str, b: str) -> bool:
    """Whether two name forms can denote one person; a hyphen between the syllables of a
    given name may be written or not ("Jong-moon", "Jongmoon"), and Slavic marks may be
    folded or spelt out (``_SLAVIC_LATIN``)."""
    pairs = [(x, y) for x in _spellings(a) for y in _spellings(b)]
    if "-" in a or "-" in b:
        pairs += [(x.replace("-", ""), y.replace("-", "")) for x, y in pairs]
    return any(_same_spelling(x, y) for x, y in pairs)


def _spellings(name: str) -> tuple[str, ...]:
    if name.translate(_SLAVIC_LATIN) == name:
        return (name,)
    # in a name so marked, "c" is Cyrillic "ц" too (Ivica / Ивица)
    return name, name.replace("c", "ts").translate(_SLAVIC_LATIN)


def _same_spelling(a: str, b: str) -> bool:
    """Whether two name forms can denote one person.

    Every full token of the shorter name must match a token of the longer one
    (exactly by key, or closely for long tokens); initials must agree with the
    first letter of the other name's remaining given names; a single bare name
    must be the other's surname.
    """
    ta, tb = name_tokens(a), name_tokens(b)
    full_a = [t for t in ta if len(t) > 1 and t not in _PARTICLE_KEYS]
    full_b = [t for t in tb if len(t) > 1 and t not in _PARTICLE_KEYS]
    if not full_a or not full_b:
        return False
    short, long_ = (full_a, full_b) if len(full_a) <= len(full_b) else (full_b, full_a)
    short_all = ta if short is full_a else tb
    if len(short_all) == 1 and len(long_) > 1:
        # a bare name is a surname: "Abbas" is not "Abbas Araghchi", "Lawrow" is "Sergej Lawrow"
        return _tokens_match(short[0], long_[-1])
    remaining = list(long_)
    misses = 0
    for tok in short:
        hit = next((r for r in remaining if _tokens_match(tok, r)), None)
        if hit is None:
            misses += 1
            continue
        remaining.remove(hit)
    # a long name (Julio Cesar Gandarilla Bermejo) may miss one token's spelling, not its
    # last one: "Mohammed bin Said" is not "Mohammed bin Salman"
    if misses > (1 if len(short) >= 3 and _tokens_match(short[-1], long_[-1]) else 0):
        return False
    initials = [t for t in short_all if len(t) == 1]
    return not (initials and remaining and remaining[0][0] != initials[0])
