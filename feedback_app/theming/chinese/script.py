# ruff: noqa: RUF001  (Chinese punctuation is the point here)
"""How a Chinese answer is read: which characters are Han, and a view of it for the Latin rules.

Survivors writing Chinese put Latin words straight against Han ones ("社工Amy帮我", "工厂在Via
Pistoiese 212"). The Latin name and address rules look for a word's edge, which a Han letter
hides, so they read the stretches between Han letters that hold Latin letters, set side by side
with a bar between them and full-width punctuation read as its ASCII twin. Each stretch starts a
line of its own, as a sentence does: a capital there says no more than at a sentence's start
("帮我在Ausländerbehörde预约" names no one). Reading only those keeps a long Chinese answer
fast; `Islands.to_original` maps a span back.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from feedback_app.theming.scripts import HAN, HAN_LETTER
from feedback_app.theming.spans import Span

_FULL_WIDTH = {"，": ",", "。": ".", "：": ":", "；": ";", "！": "!", "？": "?", "、": ",",
               "（": "(", "）": ")", "　": " "}


def is_han(char: str) -> bool:
    return bool(char) and HAN_LETTER.match(char) is not None


_LATIN_STRETCH = re.compile(f"[^{HAN}]*[A-Za-z][^{HAN}]*")
_BETWEEN = " |\n"  # no rule reads across a bar; each stretch starts a line, as a sentence
_PUNCTUATION = str.maketrans(_FULL_WIDTH)


@dataclass(frozen=True, slots=True)
class Islands:
    """The Latin stretches of a text side by side, and where each one starts in both texts."""

    text: str
    starts: tuple[int, ...]
    origins: tuple[int, ...]
    lengths: tuple[int, ...]

    def to_original(self, span: Span) -> Span | None:
        """The span in the original text, or None if it runs over the bar between two."""
        at = bisect_right(self.starts, span.start) - 1
        if at < 0 or span.end > self.starts[at] + self.lengths[at]:
            return None
        shift = self.origins[at] - self.starts[at]
        return Span(span.kind, span.start + shift, span.end + shift)


def latin_islands(text: str) -> Islands:
    """The stretches of `text` between Han letters that hold a Latin letter."""
    pieces: list[str] = []
    starts: list[int] = []
    origins: list[int] = []
    lengths: list[int] = []
    cursor = 0
    for match in _LATIN_STRETCH.finditer(text):
        starts.append(cursor)
        origins.append(match.start())
        lengths.append(match.end() - match.start())
        pieces.append(match.group().translate(_PUNCTUATION))
        cursor += lengths[-1] + len(_BETWEEN)
    return Islands(_BETWEEN.join(pieces), tuple(starts), tuple(origins), tuple(lengths))
