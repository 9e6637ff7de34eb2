"""The span type shared by all detectors, and how overlapping detections are resolved."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import NamedTuple

# Every marker `redact()` writes, "[email]" to "[place]"; counts by kind follow this order.
KINDS: tuple[str, ...] = ("email", "url", "handle", "phone", "date", "number", "address", "name",
                          "place")


class Span(NamedTuple):
    """One detected personal detail: its kind and its [start, end) offsets in the original text."""

    kind: str
    start: int
    end: int


def resolve_overlaps(candidates: Iterable[tuple[int, Span]]) -> list[Span]:
    """Keep non-overlapping spans, preferring higher priority (lower number), then longer spans.

    Detectors overlap by design (a phone inside an address, a name inside an email); the preview
    must show each character replaced at most once.
    """
    ranked = sorted(candidates, key=lambda item: (item[0], -(item[1].end - item[1].start),
                                                  item[1].start))
    starts: list[int] = []
    taken: list[Span] = []
    for _, span in ranked:
        if span.end <= span.start:
            continue
        at = bisect.bisect_right(starts, span.start)
        if at > 0 and taken[at - 1].end > span.start:
            continue
        if at < len(taken) and taken[at].start < span.end:
            continue
        starts.insert(at, span.start)
        taken.insert(at, span)
    return taken
