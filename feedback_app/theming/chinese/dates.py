# ruff: noqa: RUF001, RUF002, RUF003  (Chinese punctuation is the point here)
"""Dates of birth written the Chinese way: "1996年8月21日出生", "出生于1990年", "生日：5月3日",
"我是98年的".

A date alone is not a date of birth ("3月1日去签到" is an appointment), so a birth word must
stand just before it (出生, 生日, 生于) or just after it (出生, 生的, 生人).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from feedback_app.theming.scripts import has_han
from feedback_app.theming.spans import Span

# Year, month and day with their characters; any of the three may be missing, not all. A year
# of two digits is how people say one ("92年出生", "出生于98年5月").
_HAN_MONTH = (r"(?:正|腊|冬|十[一二]?|[一二三四五六七八九])月"
              r"(?:(?:初[一二三四五六七八九十]|[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]"
              r"|[一二三四五六七八九])[日号]?)?")
_CALENDAR = r"(?:农历|阴历|阳历|公历|新历|旧历)"
# "2009年腊月", "1996年农历八月十五": a year in digits may take its month the Chinese way.
_DATE = re.compile(
    r"(?<!\d)(?:(?:\d{4}|\d{2})[ \t]*年(?:[ \t]*\d{1,2}[ \t]*月(?:[ \t]*\d{1,2}[ \t]*[日号])?"
    rf"|[ \t]*{_CALENDAR}?{_HAN_MONTH})?"
    r"|\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*[日号]"
    # "出生年月 1993.06", "生日1997/5/3"
    r"|\d{4}[./\-]\d{1,2}(?:[./\-]\d{1,2})?(?!\d))"
)
# "我是98年的", "她是九五年的", "92年的，长乐人": the year people say they or another were born
# in, two digits or two Chinese numerals, after 我是 or alone as a clause of its own.
_TWO_DIGIT_YEAR = r"(?:\d{2}|[〇零一二三四五六七八九]{2})[ \t]*年"
_YEAR_OF_ONESELF = re.compile(
    rf"(?:(?<=[我他她]是){_TWO_DIGIT_YEAR}(?=的(?!时候))"
    rf"|(?:^|(?<=[，,。.\s])){_TWO_DIGIT_YEAR}(?=的[，,。.!！\s]|的$))")
# "九七年八月", "农历七月初九": a date in Chinese numerals, lunar (农历) or solar, with a month.
# "九八年生的": the year alone too, beside a birth word.
_HAN_DATE = re.compile(
    rf"(?:{_CALENDAR}[ \t]?)?"
    r"(?:(?:[〇零一二三四五六七八九]{4}|[〇零一二三四五六七八九]{2})年"
    rf"(?:{_CALENDAR}?{_HAN_MONTH})?|{_HAN_MONTH})")
# "出生日期我写的1996年…": what the survivor wrote on a form may stand between.
_BIRTH_BEFORE = re.compile(r"(?:出生(?:日期|年月日|年月|于|在|时间)?|生日(?:是)?|生于|出生是)"
                           r"[ \t]*(?:我?(?:写|填)[的了]?[ \t]*)?(?:[:：是为][ \t]*)?$")
_BIRTH_AFTER = re.compile(r"[ \t]*(?:出生|生的|生人|出世)")
BIRTH_CUE_CHARS = 11


def find_chinese_birth_dates(text: str, language: str = "zh") -> Iterator[Span]:
    """Yield dates of birth written with 年/月/日 beside a birth word."""
    del language
    if not has_han(text):
        return
    for match in (*_DATE.finditer(text), *_HAN_DATE.finditer(text)):
        before = _BIRTH_BEFORE.search(text, max(0, match.start() - BIRTH_CUE_CHARS),
                                      match.start())
        if before or _BIRTH_AFTER.match(text, match.end()):
            yield Span("date", match.start(), match.end())
    for match in _YEAR_OF_ONESELF.finditer(text):
        yield Span("date", match.start(), match.end())
