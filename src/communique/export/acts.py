"""Which act each report's event belongs to, how many reports tell of it, and its review.

An act is a linked event (``link``): one act told by one or more reports. The
report-level exports (``csv``, ``parquet``) carry each row's act id and report
count, so an analyst counts acts with ``COUNT(DISTINCT act_id)``; the act-level ones
(``acts-csv``, ``acts-parquet``, ``plover``, ``events-jsonl``) write one row per act.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from communique.export.reviewed import Reviewed, load_reviews, reviewed_linked
from communique.link import LinkedEvent, iter_linked_events
from communique.store import Store

UNREVIEWED = "unreviewed"


@dataclass(frozen=True)
class ActOf:
    """The act a report's event belongs to."""

    act_id: str
    reports: int


@dataclass(frozen=True)
class Acts:
    """Every act as reviewed, with the reports of each and the reviews."""

    linked: list[LinkedEvent]
    reviews: dict[tuple[str, str], Reviewed]

    @classmethod
    def load(cls, store: Store) -> Acts:
        reviews = load_reviews(store)
        found = (reviewed_linked(linked, reviews) for linked in iter_linked_events(store))
        return cls([linked for linked in found if linked is not None], reviews)

    def index(self) -> dict[tuple[str, str], ActOf]:
        """(doc_id, event_id) of each report -> its act."""
        return {(m.doc_id, m.event_id): ActOf(linked.id, len(linked.mentions))
                for linked in self.linked for m in linked.mentions}

    def report_status(self, doc_id: str, event_id: str) -> str:
        """``confirmed``, ``corrected`` or ``unreviewed`` (deleted reports are not exported)."""
        review = self.reviews.get((doc_id, event_id))
        return review.verdict if review is not None else UNREVIEWED

    def status(self, linked: LinkedEvent) -> str:
        """An act's review: ``corrected`` when a report of it was, else ``confirmed`` when
        one was, else ``unreviewed``."""
        verdicts = {self.report_status(m.doc_id, m.event_id) for m in linked.mentions}
        for verdict in ("corrected", "confirmed"):
            if verdict in verdicts:
                return verdict
        return UNREVIEWED

    def of_reports(self, wanted: Iterable[tuple[str, str]]) -> Iterator[LinkedEvent]:
        """The acts with at least one of the ``wanted`` (doc_id, event_id) reports."""
        keys = set(wanted)
        return (linked for linked in self.linked
                if any((m.doc_id, m.event_id) in keys for m in linked.mentions))
