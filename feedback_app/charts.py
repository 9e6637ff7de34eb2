"""Trend charts drawn on the server: the geometry of one indicator's series, for an SVG.

Pages carry no script, so a chart is SVG worked out here and drawn by templates/charts.html:
the share positive of each period as a point with its 95 % interval as a bar, joined by a line
where neighbouring periods both have figures. A period without figures is a gap, never a zero.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass

from feedback_app.services.outcomes import Figure

WIDTH, HEIGHT = 320, 150
LEFT, RIGHT, TOP, BOTTOM = 34, 8, 10, 26  # room for the axis labels


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    low: float
    high: float


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    points: list[Point | None]  # one per period, None: no figures
    lines: list[tuple[Point, Point]]
    ticks: list[tuple[float, str]]  # (y, "50 %") on the left axis
    labels: list[tuple[float, str]]  # (x, period) under the axis, thinned to fit
    top: float
    bottom: float
    left: float
    right: float


def _y(share: float) -> float:
    return TOP + (1 - share) * (HEIGHT - TOP - BOTTOM)


def trend(figures: list[Figure], percent: Callable[[int], str]) -> Chart:
    """The chart of ``figures`` (oldest first); ``percent`` writes a tick in the page's
    language."""
    span = WIDTH - LEFT - RIGHT
    step = span / max(len(figures), 1)
    points: list[Point | None] = []
    for index, figure in enumerate(figures):
        if figure.positive_share is None:
            points.append(None)
            continue
        x = LEFT + step * (index + 0.5)
        interval = figure.interval
        low, high = (interval.low, interval.high) if interval else (figure.positive_share,) * 2
        points.append(Point(round(x, 1), round(_y(figure.positive_share), 1),
                            round(_y(low), 1), round(_y(high), 1)))
    lines = [(a, b) for a, b in itertools.pairwise(points) if a and b]
    every = max(1, -(-len(figures) * 52 // span))  # a label needs about 52 units
    labels = [(round(LEFT + step * (i + 0.5), 1), f.period) for i, f in enumerate(figures)
              if i % every == (len(figures) - 1) % every]
    ticks = [(round(_y(share), 1), percent(int(share * 100))) for share in (0, 0.5, 1)]
    return Chart(WIDTH, HEIGHT, points, lines, ticks, labels, TOP, HEIGHT - BOTTOM, LEFT,
                 WIDTH - RIGHT)
