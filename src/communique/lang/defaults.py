"""What a language's ``defaults`` module declares: what is code, not a word list."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class LanguageDefaults:
    code: str                       # ISO 639-1, the folder's name
    name: str                       # in English, for messages and docs
    lemmatizer: Literal["simplemma", "pymorphy3"]   # which library gives lemmas
