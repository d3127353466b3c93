"""The time budget holds even where Python drops the alarm's exception."""

from __future__ import annotations

import time

from communique.document import Document
from communique.pipeline import OverBudget, Pipeline, StageFailure


class _SwallowingStage:
    """Sleeps past the budget inside a handler that drops the alarm, as Python does when it
    fires in a garbage collector callback or a finaliser ("Exception ignored in …")."""

    name = "swallowing"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ()

    def __call__(self, docs: list[Document]) -> list[Document]:
        try:
            time.sleep(0.3)
        except OverBudget:
            time.sleep(0.05)
        return docs


def test_a_batch_whose_alarm_was_swallowed_still_fails_on_its_budget() -> None:
    failures: list[StageFailure] = []
    doc = Document(doc_id="slow", original="", text="x", origin="corpus:1")
    out = Pipeline([_SwallowingStage()], on_error=failures.append, max_seconds=0.05)([doc])
    assert out == []
    assert failures == [StageFailure("slow", "corpus:1", "budget",
                                     "not processed within 0.05 s (1 characters; "
                                     "setting ingest.max_document_seconds)")]


def test_a_batch_within_its_budget_passes() -> None:
    doc = Document(doc_id="quick", original="", text="x")
    assert Pipeline([], max_seconds=5)([doc]) == [doc]
