"""A document's mentions by position, for "which mentions start between these offsets?".

The events stage asked that of every candidate (and of every mention of its
sentence) by scanning all the document's mentions, which made a long document's
time grow with the square of its length. The answers here are the scans' answers,
in the same (list) order.
"""

from __future__ import annotations

from bisect import bisect_left

from communique.document import Document, Mention


class MentionIndex:
    """The mentions of one document with their start offsets, sorted as the list is."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        self.in_order = self.starts == sorted(self.starts)

    def starting(self, low: int, high: int) -> list[Mention]:
        """The mentions with ``low <= start < high``, in list order."""
        if not self.in_order:
            return [m for m in self.mentions if low <= m.start < high]
        return self.mentions[bisect_left(self.starts, low):bisect_left(self.starts, high)]


_last: MentionIndex | None = None


def mention_index(doc: Document) -> MentionIndex:
    """The index of ``doc.mentions``; the last one is kept, as a document's events are
    coded one document at a time and its mentions are not changed meanwhile."""
    global _last
    if _last is None or _last.mentions is not doc.mentions or len(_last.starts) != len(
            doc.mentions):
        _last = MentionIndex(doc.mentions)
    return _last
