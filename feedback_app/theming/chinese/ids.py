# ruff: noqa: RUF001  (Chinese punctuation is the point here)
"""ID numbers after the Chinese name of a document or a case ("案件编号是HO-2023-117845",
"居留卡号Y4K7T2M09").

The shared ID rule wants no letter before a number, but Chinese runs the number straight on
from its Han cue, so here the cue says what the number is. Its shape must still be an ID's
(`ids.is_id_like`): "编号是12" is no reference.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from feedback_app.theming.ids import is_id_like
from feedback_app.theming.scripts import has_han
from feedback_app.theming.spans import Span

_ID_AFTER_CUE = re.compile(
    r"(?:编号|号码|卡号|证号|参考号|案号|档案号|护照号|身份证号|居留证|居留卡|签证号|登记号)"
    r"(?:是|为)?[ \t:：]{0,2}"
    r"(?P<id>[A-Za-z0-9]{1,40}(?:[\-/][A-Za-z0-9]{1,40}){0,5})(?![A-Za-z0-9\-/])")


def find_chinese_ids(text: str, language: str = "zh") -> Iterator[Span]:
    """Yield ID numbers written straight after a document's or a case's name."""
    del language
    if not has_han(text):
        return
    for match in _ID_AFTER_CUE.finditer(text):
        if is_id_like(match.group("id")):
            yield Span("number", match.start("id"), match.end("id"))
