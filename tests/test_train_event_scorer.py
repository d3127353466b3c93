"""The event scorer's training tool: grouped folds, weights that hide the language, the
calibrated threshold and the fit, on hand-made rows and vectors (no encoder)."""

from __future__ import annotations

import numpy as np

from communique.events.learned import CLASSES, NO_EVENT
from communique.tools.train_event_scorer import (
    Row,
    calibrate,
    fit,
    folds_of,
    sample_weights,
)


def _rows() -> list[Row]:
    return [Row("a", "PROTEST", "en", "ngec:t1"), Row("b", "PROTEST", "en", "ngec:t1"),
            Row("c", "AGREE", "en", "ngec:t2"), Row("d", NO_EVENT, "en", "dev:en-1"),
            Row("e", NO_EVENT, "de", "gnad:1"), Row("f", NO_EVENT, "de", "gnad:1"),
            Row("g", "CONSULT", "de", "dev:de-1")]


def test_a_group_never_spans_two_folds() -> None:
    rows = [Row(str(i), NO_EVENT, "de", f"gnad:{i // 3}") for i in range(30)]
    folds = folds_of(rows)
    for group in range(10):
        assert len(set(folds[group * 3:group * 3 + 3])) == 1
    assert sorted(set(folds)) == [0, 1, 2, 3, 4]


def test_acts_and_non_acts_weigh_the_same_in_each_language() -> None:
    rows = _rows()
    weights = sample_weights(rows)
    sums = {(language, act): round(sum(w for r, w in zip(rows, weights, strict=True)
                                       if r.language == language
                                       and (r.label != NO_EVENT) == act), 6)
            for language in ("en", "de") for act in (True, False)}
    assert sums == {("en", True): 1.0, ("en", False): 1.0, ("de", True): 1.0,
                    ("de", False): 1.0}
    # NGEC's PROTEST cell has 2 rows, its AGREE cell 1: each row weighs 1/sqrt(cell size)
    assert round(weights[0] / weights[2], 6) == round(2 ** -0.5, 6)


def test_threshold_is_the_lowest_with_typed_precision_at_target() -> None:
    protest, agree = CLASSES.index("PROTEST"), CLASSES.index("AGREE")

    def row(none: float, typed: int) -> list[float]:
        probs = [0.0] * len(CLASSES)
        probs[0], probs[typed] = none, 1.0 - none
        return probs

    # acts at 0.95, 0.9, 0.85 (right type) and 0.6 (wrong type), a non-act at 0.725:
    # from 0.61 three of four are right (0.75), from 0.73 all three
    probs = np.array([row(0.05, protest), row(0.1, protest), row(0.15, protest),
                      row(0.4, agree), row(0.275, protest)])
    truth = np.array([protest, protest, protest, protest, 0])
    assert calibrate(probs, truth, np.ones(5, dtype=bool)) == 0.73


def test_fit_separates_two_clear_classes() -> None:
    x = np.array([[1.0, 0.0], [0.9, 0.1], [0.0, 1.0], [0.1, 0.9]])
    y = np.array([0, 0, CLASSES.index("SANCTION"), CLASSES.index("SANCTION")])
    scores = fit(x, y, np.ones(4)).score(np.array([[1.0, 0.05], [0.05, 1.0]]))
    assert [s.event_type for s in scores][1] == "SANCTION"
    assert scores[0].event < 0.5 < scores[1].event
