"""Aggregate scorer results into the figures of spec section 4, with an error listing."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from communique.evaluate.dates import DateCounts
from communique.evaluate.fields import FieldCounts
from communique.evaluate.misses import MissCounts
from communique.evaluate.scorer import (
    FIELDS,
    DocumentResult,
    GoldEvent,
    SamePerson,
    date_within,
    field_scores,
)
from communique.gazetteer import Gazetteer


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    strict_tp: int = 0

    def add(self, result: DocumentResult) -> None:
        self.tp += len(result.pairs)
        self.fp += len(result.spurious)
        self.fn += len(result.missed)
        self.strict_tp += sum(date_within(p.gold.date, p.predicted.date) for p in result.pairs)

    @staticmethod
    def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    def to_dict(self) -> dict[str, Any]:
        p, r, f1 = self._f1(self.tp, self.fp, self.fn)
        strict_fp = self.fp + self.tp - self.strict_tp
        strict_fn = self.fn + self.tp - self.strict_tp
        _, _, strict_f1 = self._f1(self.strict_tp, strict_fp, strict_fn)
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(p, 4),
                "recall": round(r, 4), "f1": round(f1, 4), "strict_f1": round(strict_f1, 4)}


@dataclass
class ScoreReport:
    """Event P/R/F1 per language and type, strict F1, field accuracies, per-document errors."""

    overall: Counts = field(default_factory=Counts)
    by_language: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    field_sums: dict[str, float] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0.0))
    field_sums_by_language: dict[str, dict[str, float]] = field(
        default_factory=lambda: defaultdict(lambda: dict.fromkeys(FIELDS, 0.0)))
    dates: DateCounts = field(default_factory=DateCounts)
    dates_by_language: dict[str, DateCounts] = field(
        default_factory=lambda: defaultdict(DateCounts))
    field_counts: FieldCounts = field(default_factory=FieldCounts)
    field_counts_by_language: dict[str, FieldCounts] = field(
        default_factory=lambda: defaultdict(FieldCounts))
    misses: MissCounts = field(default_factory=MissCounts)
    misses_by_language: dict[str, MissCounts] = field(
        default_factory=lambda: defaultdict(MissCounts))
    documents: list[dict[str, Any]] = field(default_factory=list)

    def add(self, result: DocumentResult, same: SamePerson) -> None:
        self.overall.add(result)
        self.by_language[result.language].add(result)
        self.dates.add(result)
        self.dates_by_language[result.language].add(result)
        self.misses.add(result)
        self.misses_by_language[result.language].add(result)
        places = Gazetteer.load()
        self.field_counts.add(result, places)
        self.field_counts_by_language[result.language].add(result, places)
        for event_type in {e.event_type for e in (*[p.gold for p in result.pairs],
                                                   *result.missed, *result.spurious)}:
            self.by_type[event_type].add(_only_type(result, event_type))
        mismatches = []
        for pair in result.pairs:
            scores = field_scores(pair, same)
            for name, value in scores.items():
                self.field_sums[name] += value
                self.field_sums_by_language[result.language][name] += value
            wrong = {name: {"gold": _show(getattr(pair.gold, name)),
                            "predicted": _show(getattr(pair.predicted, name))}
                     for name, value in scores.items() if value < 1.0}
            if wrong:
                mismatches.append({"event_type": pair.gold.event_type,
                                   "participants": sorted(pair.gold.participants),
                                   "fields": wrong})
        self.documents.append({
            "doc_id": result.doc_id, "language": result.language,
            "matched": len(result.pairs),
            "missed": [_brief(e) for e in result.missed],
            "spurious": [_brief(e) for e in result.spurious],
            "mismatched": mismatches,
        })

    def fields(self, language: str | None = None) -> dict[str, float | None]:
        sums = self.field_sums if language is None else self.field_sums_by_language[language]
        matched = self.overall.tp if language is None else self.by_language[language].tp
        return {name: (round(value / matched, 4) if matched else None)
                for name, value in sums.items()}

    def to_dict(self) -> dict[str, Any]:
        return {
            "overall": {**self.overall.to_dict(), "fields": self.fields(),
                        "dates": self.dates.to_dict(), "misses": self.misses.to_dict(),
                        "field_counts": self.field_counts.to_dict()},
            "by_language": {lang: {**c.to_dict(), "fields": self.fields(lang),
                                   "dates": self.dates_by_language[lang].to_dict(),
                                   "misses": self.misses_by_language[lang].to_dict(),
                                   "field_counts":
                                       self.field_counts_by_language[lang].to_dict()}
                            for lang, c in sorted(self.by_language.items())},
            "by_type": {t: c.to_dict() for t, c in sorted(self.by_type.items())},
            "documents": self.documents,
        }

    def format_text(self, errors: bool = True) -> str:
        lines = ["scope        tp   fp   fn     P      R      F1   strict"]
        rows = [("overall", self.overall), *sorted(self.by_language.items()),
                *sorted(self.by_type.items())]
        for name, counts in rows:
            d = counts.to_dict()
            lines.append(f"{name:<10} {d['tp']:>4} {d['fp']:>4} {d['fn']:>4}  {d['precision']:.3f}"
                         f"  {d['recall']:.3f}  {d['f1']:.3f}  {d['strict_f1']:.3f}")
        lines.append("")
        lines.append("field accuracy on matched pairs (persons, contexts: mean Jaccard)")
        for lang in [None, *sorted(self.by_language)]:
            values = self.fields(lang)
            shown = "  ".join(f"{k}={'-' if v is None else f'{v:.3f}'}" for k, v in values.items())
            lines.append(f"  {lang or 'overall':<8} {shown}")
        lines.append("")
        lines.append("date on matched pairs: classes; flags of the wrong dates; "
                     "publication dates read, per document")
        for lang in [None, *sorted(self.by_language)]:
            dates = self.dates if lang is None else self.dates_by_language[lang]
            first, *rest = dates.format_lines()
            lines.append(f"  {lang or 'overall':<8} {first}")
            lines.extend(f"  {'':<8} {line}" for line in rest)
        lines.append("")
        lines.append("place, participants and direction on matched pairs")
        for lang in [None, *sorted(self.by_language)]:
            fields = self.field_counts if lang is None else self.field_counts_by_language[lang]
            first, *rest = fields.format_lines()
            lines.append(f"  {lang or 'overall':<8} {first}")
            lines.extend(f"  {'':<8} {line}" for line in rest)
        lines.append("")
        lines.append("missed and spurious events by kind (a miss and a spurious event of one "
                     "document paired)")
        for lang in [None, *sorted(self.by_language)]:
            misses = self.misses if lang is None else self.misses_by_language[lang]
            first, *rest = misses.format_lines()
            lines.append(f"  {lang or 'overall':<8} {first}")
            lines.extend(f"  {'':<8} {line}" for line in rest)
        if errors:
            lines.extend(self._error_lines())
        return "\n".join(lines)

    def _error_lines(self) -> list[str]:
        lines = ["", "errors by document"]
        for doc in self.documents:
            if not (doc["missed"] or doc["spurious"] or doc["mismatched"]):
                continue
            lines.append(f"- {doc['doc_id']} ({doc['language']}): {doc['matched']} matched")
            lines.extend(f"    missed    {e}" for e in doc["missed"])
            lines.extend(f"    spurious  {e}" for e in doc["spurious"])
            for m in doc["mismatched"]:
                detail = "; ".join(f"{k}: gold {v['gold']} / got {v['predicted']}"
                                   for k, v in m["fields"].items())
                lines.append(f"    mismatch  {m['event_type']} {'+'.join(m['participants'])}: "
                             f"{detail}")
        return lines


def _only_type(result: DocumentResult, event_type: str) -> DocumentResult:
    return DocumentResult(
        result.doc_id, result.language,
        [p for p in result.pairs if p.gold.event_type == event_type],
        [e for e in result.missed if e.event_type == event_type],
        [e for e in result.spurious if e.event_type == event_type])


def _show(value: Any) -> Any:
    if isinstance(value, frozenset | set):
        return sorted(value)
    if isinstance(value, tuple):
        return list(value)
    return value


def _brief(event: GoldEvent) -> str:
    parts = [event.event_type, "+".join(sorted(event.participants)) or "-"]
    if event.mode:
        parts.append(f"mode={event.mode}")
    parts.append(f"date={event.date}")
    if event.status != "occurred":
        parts.append(event.status)
    return " ".join(parts)
