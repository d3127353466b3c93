"""Foreign names written in Cyrillic, back to the spelling their own state uses.

Russian reports write a Chinese official by the Palladius system ("Си Цзиньпин", "Ма
Чжаосюй"), a Vietnamese one by the Russian practical transcription ("Нгуен Суан Фук",
"Буй Тхань Шон") and an American one by ear ("Джеймс О'Брайен"). Transliterating the
Cyrillic letter by letter gives "Si Tszinpin" and "Bui Tkhan Shon", which no English or
German report writes; the schemes are regular, so they are reversed here:

- Chinese: Palladius syllables to Hanyu Pinyin (the Palladius table, read backwards);
- Vietnamese: the transcription's letters to the Vietnamese alphabet (diacritics aside);
- Japanese: the Polivanov system to Hepburn ("Такэси Акахори" -> Takeshi Akahori);
- English given names: the customary Russian forms of common given names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

#: States whose officials' names Russian writes by the Palladius system.
PALLADIUS_STATES = frozenset({"CHN", "TWN"})
#: States whose officials' names Russian writes by the Vietnamese transcription.
VIETNAMESE_STATES = frozenset({"VNM"})
#: States whose officials' names Russian writes by the Polivanov system.
POLIVANOV_STATES = frozenset({"JPN"})
#: States whose officials have English given names (Russian writes them by custom).
ENGLISH_NAME_STATES = frozenset({"USA", "GBR", "CAN", "AUS", "NZL", "IRL"})
#: States whose officials' names come from Arabic or Persian, written in English with "J"
#: for Russian «Дж» and "h" for «х» between vowels (Вахид Джалалзаде -> Vahid Jalalzade,
#: Мохаммед -> Mohammed; «х» elsewhere stays "kh": Халид -> Khalid).
ARABIC_SCRIPT_STATES = frozenset({
    "IRN", "AFG", "PAK", "EGY", "SAU", "ARE", "QAT", "KWT", "BHR", "OMN", "YEM", "IRQ",
    "SYR", "JOR", "LBN", "LBY", "TUN", "DZA", "MAR", "SDN", "PSE", "MRT",
})

# Palladius initials, longest first; "цз", "ц", "с" are j/q/x before i and ü, z/c/s else.
_INITIALS = [("чж", "zh"), ("цз", "z"), ("ч", "ch"), ("ш", "sh"), ("ж", "r"), ("ц", "c"),
             ("с", "s"), ("б", "b"), ("п", "p"), ("м", "m"), ("ф", "f"), ("д", "d"), ("т", "t"),
             ("н", "n"), ("л", "l"), ("г", "g"), ("к", "k"), ("х", "h"), ("в", "w"), ("", "")]
_PALATAL = {"z": "j", "c": "q", "s": "x"}
# Palladius finals and their pinyin; an i- or ü-final makes z/c/s palatal.
_FINALS = {
    "а": "a", "ай": "ai", "ань": "an", "ан": "ang", "ао": "ao", "э": "e", "эй": "ei",
    "энь": "en", "эн": "eng", "эр": "er", "о": "o", "оу": "ou", "и": "i", "ы": "ɨ",
    "я": "ia", "яо": "iao", "е": "ie", "ю": "iu", "янь": "ian", "инь": "in", "ян": "iang",
    "ин": "ing", "юн": "iong", "у": "u", "уа": "ua", "уай": "uai", "уй": "ui", "уэй": "ui",
    "уань": "uan", "унь": "un", "уан": "uang", "ун": "ong", "юй": "ü", "юэ": "üe",
    "юань": "üan", "юнь": "ün",
}
_FINALS_LONGEST = sorted(_FINALS, key=len, reverse=True)
# Finals without an initial: pinyin writes i- and u-finals with y and w.
_ZERO_INITIAL = {"i": "yi", "ia": "ya", "iao": "yao", "ie": "ye", "iu": "you", "ian": "yan",
                 "in": "yin", "iang": "yang", "ing": "ying", "iong": "yong", "u": "wu",
                 "ü": "yu", "üe": "yue", "üan": "yuan", "ün": "yun"}


def _syllable(initial: str, final: str) -> str | None:
    """One pinyin syllable, or None where Palladius has no such syllable."""
    if final == "ɨ":                                    # цзы zi, цы ci, сы si
        return initial + "i" if initial in _PALATAL else None
    if not initial:
        return _ZERO_INITIAL.get(final, final)
    if initial in _PALATAL and final[0] in "iü":
        initial = _PALATAL[initial]
    if initial == "w":                                  # ва wa, вэй wei, ван wang, во wo
        return None if final[0] in "iuü" else initial + final
    if final == "o" and initial not in "bpmf":
        final = "uo"                                    # го guo, ло luo; бо bo
    if "ü" in final and initial in "jqx":
        final = final.replace("ü", "u")                 # сюй xu, цзюэ jue
    elif "ü" in final and initial not in "nl":
        return None
    return initial + final


@lru_cache(maxsize=4096)
def palladius_to_pinyin(word: str) -> str | None:
    """A Palladius word ("Цзиньпин", "Чжаосюй") in pinyin ("Jinping", "Zhaoxu"), or None
    where the word is no run of Palladius syllables."""
    syllables = _segment(word.lower().replace("-", ""), 0)
    return None if syllables is None else "".join(syllables).capitalize()


def _segment(word: str, pos: int) -> list[str] | None:
    """The syllables from ``pos`` on, longest final first, backtracking where the rest
    does not divide into syllables."""
    if pos == len(word):
        return []
    for cyr_initial, initial in _INITIALS:
        if not word.startswith(cyr_initial, pos):
            continue
        rest = pos + len(cyr_initial)
        for cyr_final in _FINALS_LONGEST:
            syllable = (_syllable(initial, _FINALS[cyr_final])
                        if word.startswith(cyr_final, rest) else None)
            tail = None if syllable is None else _segment(word, rest + len(cyr_final))
            if syllable is not None and tail is not None:
                return [syllable, *tail]
    return None


# Russian case endings of a Palladius word and what the nominative ends in: "Ханьхуэем"
# (Ханьхуэй), "Цзиньпином" (Цзиньпин), "Ляня" (Лянь). Tried only when the word as written
# does not divide into syllables.
_CASE_ENDINGS = (("ем", "й"), ("ем", "ь"), ("ом", ""), ("я", "й"), ("я", "ь"), ("ю", "й"),
                 ("ю", "ь"), ("а", ""), ("у", ""), ("е", "й"), ("е", ""))


def _pinyin_any_case(word: str) -> str | None:
    """A Palladius word in pinyin, also in an oblique case (Russian declines given names
    ending in a consonant or -й: "с Послом … Чжан Ханьхуэем")."""
    found = palladius_to_pinyin(word)
    for ending, nominative in _CASE_ENDINGS:
        if found is not None:
            break
        if word.lower().endswith(ending) and len(word) > len(ending) + 1:
            found = palladius_to_pinyin(word[:-len(ending)] + nominative)
    return found


# Russian transcription of Vietnamese, letter groups longest first.
_VIETNAMESE = [
    ("нгуй", "nguy"), ("нгуе", "nguye"), ("нг", "ng"), ("нь", "nh"), ("тх", "th"),
    ("кх", "kh"), ("ку", "qu"), ("ыо", "uo"), ("ф", "ph"), ("с", "x"), ("ш", "s"),
    ("ч", "tr"), ("з", "d"), ("х", "h"), ("ы", "u"), ("й", "i"), ("ь", ""), ("ю", "uy"),
    ("я", "ia"), ("е", "e"), ("э", "e"), ("ё", "o"),
]
_VIETNAMESE_RE = re.compile("|".join(re.escape(c) for c, _ in _VIETNAMESE))
_VIETNAMESE_MAP = dict(_VIETNAMESE)
_LATIN = str.maketrans("абвгдеиклмнопрту", "abvgdeiklmnoprtu")


def vietnamese_from_cyrillic(word: str) -> str:
    """A Vietnamese name word from its Russian transcription: Тхань -> Thanh, Суан -> Xuan,
    Шон -> Son, Фук -> Phuc (a final к is c), Зунг -> Dung."""
    lower = word.lower()
    out = _VIETNAMESE_RE.sub(lambda m: _VIETNAMESE_MAP[m.group(0)], lower).translate(_LATIN)
    if out.endswith("k") and len(out) > 2:
        out = out[:-1] + "c"
    elif out.startswith("k") and out[1:2] in ("a", "o", "u"):
        out = "c" + out[1:]
    return out.capitalize()


# Polivanov's kana spellings and Hepburn's, longest first: си shi, ти chi, цу tsu, дзи ji,
# х h, э e, ва wa, ё yo.
_POLIVANOV = [
    ("дзя", "ja"), ("дзю", "ju"), ("дзё", "jo"), ("дзи", "ji"), ("дз", "z"), ("ся", "sha"),
    ("сю", "shu"), ("сё", "sho"), ("си", "shi"), ("тя", "cha"), ("тю", "chu"), ("тё", "cho"),
    ("ти", "chi"), ("цу", "tsu"), ("ц", "ts"), ("х", "h"), ("в", "w"), ("э", "e"), ("е", "e"),
    ("я", "ya"), ("ю", "yu"), ("ё", "yo"), ("й", "i"), ("ф", "f"), ("ж", "j"), ("ш", "sh"),
    ("ч", "ch"),
]
_POLIVANOV_RE = re.compile("|".join(re.escape(c) for c, _ in _POLIVANOV))
_POLIVANOV_MAP = dict(_POLIVANOV)
_JAPANESE_LATIN = str.maketrans("абгдзиклмнопрстуы", "abgdziklmnoprstui")


def japanese_from_cyrillic(word: str) -> str:
    """A Japanese name word from its Polivanov spelling in Hepburn: Такэси -> Takeshi,
    Кэндзи -> Kenji, Судзуки -> Suzuki, Ёсимаса -> Yoshimasa."""
    out = _POLIVANOV_RE.sub(lambda m: _POLIVANOV_MAP[m.group(0)], word.lower())
    return out.translate(_JAPANESE_LATIN).capitalize()


#: Customary Russian forms of English given names that letter rules do not give back.
ENGLISH_GIVEN_NAMES = {
    "джеймс": "James", "джон": "John", "джозеф": "Joseph", "джордж": "George",
    "джейк": "Jake", "джо": "Joe", "джозеп": "Josep", "джефри": "Jeffrey",
    "джеффри": "Jeffrey", "джейсон": "Jason", "джереми": "Jeremy", "джек": "Jack",
    "джанет": "Janet", "джен": "Jen", "дженнифер": "Jennifer", "джессика": "Jessica",
    "джилл": "Jill", "джулия": "Julia", "джина": "Gina", "майкл": "Michael",
    "майк": "Mike", "уильям": "William", "ричард": "Richard",
    "роберт": "Robert", "томас": "Thomas", "энтони": "Antony", "чарльз": "Charles",
    "кристофер": "Christopher", "дэниел": "Daniel", "мэтью": "Matthew", "марк": "Mark",
    "пол": "Paul", "стивен": "Stephen", "эндрю": "Andrew", "кеннет": "Kenneth",
    "кевин": "Kevin", "брайан": "Brian", "эдвард": "Edward", "дэвид": "David",
    "фрэнк": "Frank", "кэтрин": "Catherine", "кэтлин": "Kathleen", "мэри": "Mary",
    "элизабет": "Elizabeth", "сьюзан": "Susan", "нэнси": "Nancy", "карен": "Karen",
    "хиллари": "Hillary", "кондолиза": "Condoleezza", "мадлен": "Madeleine",
    "линда": "Linda", "виктория": "Victoria", "камала": "Kamala", "ллойд": "Lloyd",
    "рекс": "Rex", "марко": "Marco", "дональд": "Donald", "барак": "Barack",
    "джозайя": "Josiah", "ханна": "Hannah", "лиз": "Liz", "риши": "Rishi", "кир": "Keir",
    "борис": "Boris", "тереза": "Theresa", "гордон": "Gordon",
    "тони": "Tony", "дэмиен": "Damien", "саймон": "Simon", "рэйчел": "Rachel",
    "дейвид": "David", "уэнди": "Wendy", "бонни": "Bonnie",
    "брюс": "Bruce", "скотт": "Scott", "питер": "Peter", "патрик": "Patrick",
    "филип": "Philip", "филипп": "Philip", "джастин": "Justin", "мелани": "Melanie",
}


def foreign_name(name: str, country: str | None,
                 transliterate: Callable[[str], str]) -> str | None:
    """The spelling of a Cyrillic-written name in its own state's usage, where the state's
    names follow a scheme reversed here; None leaves the name to ``transliterate``."""
    words = name.split()
    if country in PALLADIUS_STATES:
        pinyin = [_pinyin_any_case(w) for w in words]
        return None if None in pinyin else " ".join(p for p in pinyin if p)
    if country in VIETNAMESE_STATES:
        return " ".join(vietnamese_from_cyrillic(w) for w in words)
    if country in POLIVANOV_STATES:
        return " ".join(japanese_from_cyrillic(w) for w in words)
    if country in ENGLISH_NAME_STATES:
        # a given name by custom; Russian "Дж" is English J (Дженкинс -> Jenkins)
        return " ".join(ENGLISH_GIVEN_NAMES.get(w.lower(), "") if i == 0 and w.lower()
                        in ENGLISH_GIVEN_NAMES else _DZH.sub("J", transliterate(w))
                        for i, w in enumerate(words))
    if country in ARABIC_SCRIPT_STATES:
        return " ".join(_BETWEEN_VOWELS_KH.sub("h", _DZH_ANYWHERE.sub(
            lambda m: "J" if m.group(0)[0] == "D" else "j", transliterate(w))) for w in words)
    return None


_DZH = re.compile(r"^Dzh")
_DZH_ANYWHERE = re.compile(r"[Dd]zh")
_BETWEEN_VOWELS_KH = re.compile(r"(?<=[aeiouy])kh(?=[aeiouy])")
