# ruff: noqa: RUF001  (Chinese punctuation is the point here)
"""How a Chinese answer is read: which characters are Han, and a view of it for the Latin rules.

Survivors writing Chinese put Latin words straight against Han ones ("社工Amy帮我", "工厂在Via
Pistoiese 212"). The Latin name and address rules look for a word's edge, which a Han letter
hides, so they read a view where every Han letter is a space and full-width punctuation its
ASCII twin; the view has the text's length, so its offsets are the text's.
"""

from __future__ import annotations

import re
from functools import cache

HAN_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN = re.compile(f"[{HAN_CLASS}]")
_FULL_WIDTH = {"，": ",", "。": ".", "：": ":", "；": ";", "！": "!", "？": "?", "、": ",",
               "（": "(", "）": ")", "　": " "}


def is_han(char: str) -> bool:
    return bool(char) and HAN.match(char) is not None


def has_han(text: str) -> bool:
    return HAN.search(text) is not None


@cache
def _view_table() -> dict[int, str]:
    table = {ord(key): value for key, value in _FULL_WIDTH.items()}
    for first, last in ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)):
        table.update({code: " " for code in range(first, last + 1)})
    return table


def latin_view(text: str) -> str:
    """The text with Han letters as spaces and full-width punctuation as ASCII, same length."""
    return text.translate(_view_table())
