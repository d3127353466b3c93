"""How the date of a matched pair is wrong, in counts only.

The field accuracy says how often a date is wrong; these counts say how, so that
they can be read on a held-out set without its texts: a date a unit too coarse
(the month for a day), a day after the gold one (the report's day for an act of
the day before), another month or year, how often a wrong date is the report's
own (its publication or its dateline), the mark of an act dated by the report
rather than by its text, and whether the extractor read the publication date
that relative dates ("yesterday", "on Friday") and undated acts hang on.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from communique.evaluate.scorer import DocumentResult

CLASSES = ("exact", "within", "predicted_missing", "gold_missing", "coarser",
           "later_day", "earlier_day", "other_month", "other_year")
"""Each pair falls in one: the dates equal; the predicted one inside the gold month or
year; no predicted date; no gold date; the predicted one a prefix of the gold one
(month for a day); the same month, a later or an earlier day; the same year, another
month; another year. Month and year compare at the coarser of the two precisions."""

FLAGS = ("day_after", "is_publication", "is_dateline", "gold_is_publication", "unanchored")
"""Counted among the pairs whose date is wrong (neither exact nor within): one day after
the gold day; the publication's date or the dateline's, at the predicted date's
precision; a gold date that is the publication's, at its precision; no predicted date in
a document whose publication date was not found."""

PUBLICATION = ("published_right", "published_month", "published_wrong", "published_missed",
               "published_missed_year_named", "published_unknown")
"""Counted per document: the publication date read is the gold one, its month only,
another date, or none (and of these, how many texts name the publication's year, which
a page date could have been read from); the gold document gives none."""

DAY_LENGTH = len("YYYY-MM-DD")


def date_class(gold: str | None, predicted: str | None) -> str:
    """The class of ``CLASSES`` of a gold and a predicted date (YYYY[-MM[-DD]])."""
    if gold == predicted:
        return "exact"
    if predicted is None:
        return "predicted_missing"
    if gold is None:
        return "gold_missing"
    if predicted.startswith(gold):
        return "within"
    if gold.startswith(predicted):
        return "coarser"
    if gold[:4] != predicted[:4]:
        return "other_year"
    if gold[:7] != predicted[:7]:
        return "other_month"
    return "later_day" if predicted > gold else "earlier_day"


def date_flags(gold: str | None, predicted: str | None, result: DocumentResult) -> list[str]:
    """The ``FLAGS`` of a pair of ``result`` whose predicted date is wrong."""
    if date_class(gold, predicted) in ("exact", "within"):
        return []
    flags = []
    if gold is not None and result.published and result.published[:len(gold)] == gold:
        flags.append("gold_is_publication")
    if predicted is None:
        return flags if result.found_published else [*flags, "unanchored"]
    if gold is not None and len(gold) == len(predicted) == DAY_LENGTH and (
            (date.fromisoformat(gold) + timedelta(days=1)).isoformat() == predicted):
        flags.append("day_after")
    for flag, own in (("is_publication", result.published), ("is_dateline", result.dateline)):
        if own and own[:len(predicted)] == predicted:
            flags.append(flag)
    return flags


def publication_classes(gold: str | None, found: str | None, year_named: bool) -> list[str]:
    """The classes of ``PUBLICATION`` of the publication date read against the gold one."""
    if gold is None:
        return ["published_unknown"]
    if found is None:
        return ["published_missed", *(["published_missed_year_named"] if year_named else [])]
    return [_found_class(gold, found)]


def _found_class(gold: str, found: str) -> str:
    if gold == found:
        return "published_right"
    if len(found) < DAY_LENGTH and gold.startswith(found):
        return "published_month"
    return "published_wrong"


class DateCounts(Counter[str]):
    """The classes and flags of the matched pairs of one scope, and how its documents'
    publication dates were read."""

    def add(self, result: DocumentResult) -> None:
        self.update(publication_classes(result.published, result.found_published,
                                        result.year_named))
        for pair in result.pairs:
            gold, predicted = pair.gold.date, pair.predicted.date
            self[date_class(gold, predicted)] += 1
            self.update(date_flags(gold, predicted, result))

    def to_dict(self) -> dict[str, int]:
        return {name: self[name] for name in (*CLASSES, *FLAGS, *PUBLICATION)}

    def format_lines(self) -> list[str]:
        """The classes, the flags and the publication counts, a line each."""
        return ["  ".join(f"{name}={self[name]}" for name in names)
                for names in (CLASSES, FLAGS, PUBLICATION)]
