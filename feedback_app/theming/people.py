"""Detectors for names, places and street addresses (filled in with the word lists)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from feedback_app.theming.spans import Span

DETECTORS: tuple[tuple[int, Callable[[str, str], Iterator[Span]]], ...] = ()
