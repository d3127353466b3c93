"""One token's analysis as every parser returns it, and the parsers' common shape."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol


@dataclass(frozen=True)
class Parsed:
    """Universal Dependencies analysis of one token.

    ``head`` is the index of the head token in the sentence; the root is its own head.
    ``morph`` is the UD feature string ("Case=Nom|Number=Sing"), empty when none.
    """

    pos: str
    morph: str
    lemma: str
    head: int
    dep: str


class Parser(Protocol):
    """A language's parser: pre-tokenised sentences in, one ``Parsed`` per token out."""

    def parse(self, sentences: list[list[str]]) -> list[list[Parsed]]: ...


def feats_string(feats: Mapping[str, str]) -> str:
    """UD's feature string: features sorted by name, "|"-joined."""
    return "|".join(f"{key}={feats[key]}" for key in sorted(feats))


def feats_dict(morph: str | None) -> dict[str, str]:
    """The features of a UD feature string (a new dict: callers change it)."""
    if not morph:
        return {}
    return dict(_features(morph))


# Feature strings remembered: a German treebank-trained tagger emits a few hundred distinct
# ones, and the German repair reads each token's several times (100,000 calls per 200
# 10kGNAD articles).
REMEMBERED_FEATURES = 4096


@lru_cache(maxsize=REMEMBERED_FEATURES)
def _features(morph: str) -> tuple[tuple[str, str], ...]:
    pairs = (item.split("=", 1) for item in morph.split("|") if "=" in item)
    return tuple((key, value) for key, value in pairs)
