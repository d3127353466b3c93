"""Language of a document, and the other languages substantial parts are in.

py3langid ranks all its 97 languages; the expected ones (``languages.yaml``:
de, en, ru) win unless the identifier is very sure of another, so a short or
noisy text is not labelled Slovak or Bulgarian, while a French page still is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from communique.clean.lexicon import language_settings

MAX_PARAGRAPHS = 100
MAX_CHARS = 20000     # enough to identify a language; keeps huge pages fast
_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def identifier() -> LanguageIdentifier:
    """py3langid's model (0.25 s to decompress), loaded once per process: by the first
    document cleaned, or with the extractor's other models (``Extractor.pipeline``)."""
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def letters(text: str) -> int:
    return len(_LETTER.findall(text))


# Texts remembered: a one-paragraph article is identified as a whole and as its paragraph.
REMEMBERED_TEXTS = 16


@lru_cache(maxsize=REMEMBERED_TEXTS)
def identify(text: str) -> str | None:
    """The language of ``text``; None when it has too few letters to tell."""
    if letters(text) < 10:
        return None
    settings = language_settings()
    ranking = identifier().rank(text[:MAX_CHARS])
    best, probability = ranking[0]
    if best in settings.plausible or probability >= settings.min_other_probability:
        return str(best)
    return next((str(lang) for lang, _ in ranking if lang in settings.plausible), str(best))


def mixed_languages(paragraphs: list[str], main: str | None) -> list[str]:
    """Languages other than ``main`` that hold a substantial share of the paragraphs."""
    settings = language_settings()
    shares: dict[str, int] = {}
    for paragraph in paragraphs[:MAX_PARAGRAPHS]:
        count = letters(paragraph)
        if count < settings.min_paragraph_letters:
            continue
        language = identify(paragraph)
        if language:
            shares[language] = shares.get(language, 0) + count
    total = sum(shares.values())
    if not total:
        return []
    others = [(share, lang) for lang, share in shares.items()
              if lang != main and share / total >= settings.min_mixed_share]
    return [lang for _, lang in sorted(others, reverse=True)]


def normalise_code(code: str | None) -> str | None:
    """A given language tag ("de-DE", "RU") as a lower-case primary subtag ("de")."""
    if not code:
        return None
    primary = code.strip().lower().replace("_", "-").split("-")[0]
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None


def language_label(code: str | None) -> str:
    """A language for a message: its code quoted, or that none was identified."""
    return repr(code) if code else "unknown (none was given or identified)"
