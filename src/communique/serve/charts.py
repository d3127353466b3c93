"""The timeline chart, laid out on the server and drawn as SVG by the template.

Events per month, stacked by type. Laid out here rather than by a chart
library: the page needs no script to show it, prints, and works offline. Each
bar segment carries its count in a tooltip (``<title>``) and links to the event
list of that month and type. Gaps between months are kept, so the x axis is
time; over ten years the bars are years instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from communique.model import EVENT_TYPES
from communique.serve.schemas import MonthCount

WIDTH, HEIGHT = 1000, 170
LEFT, RIGHT, TOP, BOTTOM = 36, 8, 10, 26
MAX_MONTHS = 120
MIN_PERIODS = 12   # a short run is widened to a year, so a lone month is not one wide slab


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    event_type: str
    period: str
    count: int


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass
class Timeline:
    width: int = WIDTH
    height: int = HEIGHT
    bars: list[Bar] = field(default_factory=list)
    ticks: list[Tick] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    peak: int = 0
    by_year: bool = False
    baseline: float = HEIGHT - BOTTOM

    @property
    def empty(self) -> bool:
        return not self.bars


def timeline(counts: list[MonthCount]) -> Timeline:
    """Stacked bars of ``counts`` over a continuous run of months (or years)."""
    if not counts:
        return Timeline()
    months = sorted({c.month for c in counts})
    periods = _months_between(months[0], months[-1])
    by_year = len(periods) > MAX_MONTHS
    if by_year:
        periods = [str(y) for y in range(int(months[0][:4]), int(months[-1][:4]) + 1)]
    else:
        periods = _widened(periods)
    totals: dict[tuple[str, str], int] = {}
    for c in counts:
        key = (c.month[:4] if by_year else c.month, c.event_type)
        totals[key] = totals.get(key, 0) + c.count
    per_period = {p: sum(n for (q, _), n in totals.items() if q == p) for p in periods}
    peak = max(per_period.values())
    types = [t for t in EVENT_TYPES if any(k[1] == t for k in totals)]
    step = (WIDTH - LEFT - RIGHT) / len(periods)
    scale = (HEIGHT - TOP - BOTTOM) / peak
    chart = Timeline(types=types, peak=peak, by_year=by_year)
    for i, period in enumerate(periods):
        y = float(HEIGHT - BOTTOM)
        for event_type in types:
            n = totals.get((period, event_type), 0)
            if n:
                h = n * scale
                y -= h
                chart.bars.append(Bar(LEFT + i * step + step * 0.1, y, max(step * 0.8, 1), h,
                                      event_type, period, n))
        if by_year or period.endswith("-01") or len(periods) <= 12:
            chart.ticks.append(Tick(LEFT + (i + 0.5) * step,
                                    period if by_year or len(periods) <= 12 else period[:4]))
    chart.ticks = _thinned(chart.ticks)
    return chart


def _months_between(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _widened(months: list[str]) -> list[str]:
    """``months`` with months added on both sides up to ``MIN_PERIODS``."""
    missing = MIN_PERIODS - len(months)
    if missing <= 0:
        return months
    first, last = _shift(months[0], -(missing // 2)), _shift(months[-1], missing - missing // 2)
    return _months_between(first, last)


def _shift(month: str, by: int) -> str:
    index = int(month[:4]) * 12 + int(month[5:7]) - 1 + by
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _thinned(ticks: list[Tick], most: int = 14) -> list[Tick]:
    """At most ``most`` tick labels, evenly spaced, so they never overlap."""
    if len(ticks) <= most:
        return ticks
    every = -(-len(ticks) // most)
    return ticks[::every]
