# ruff: noqa: RUF001  (Chinese punctuation is the point here)
"""Phones and messaging accounts the way Chinese answers write them.

A mainland mobile is eleven digits from 13 to 19, often written in one run ("妈妈的电话
13867204519"), which the shared phone rule leaves to the ID numbers. WeChat, QQ and Douyin
accounts carry no "@": they follow the app's name straight against Han letters ("加我QQ
2837461950", "抖音号dy_xiaoxue99", "vx: lanlan0921"), so the app's name says what they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from feedback_app.theming.scripts import has_han
from feedback_app.theming.spans import Span

_MOBILE = re.compile(r"(?<![\d+])(?:(?:\+|00)?86[ \t-]?)?1[3-9]\d{9}(?!\d)")
# The app's name, then at most one word that says "account" and one that links it ("是", ":").
# A Latin cue must stand alone: "qq" inside a word is no QQ.
_APPS = ("微信号", "微信", "威信", "薇信", "徽信", "V信", "v信", "QQ号", "扣扣", "抖音号", "抖音",
         "快手号", "快手", "小红书号", "飞机号", "纸飞机")
_LATIN_APPS = ("wechat", "weixin", "vx", "wx", "qq", "tg", "douyin", "line")
_ACCOUNT = "(?:号码|号|账号|帐号|ID|id|名)?"
_LINK = r"(?:[ \t]{0,3}(?:是|为|：|:|搜|加)?[ \t]{0,3})"
_ACCOUNT_NAME = r"(?P<account>[A-Za-z0-9][A-Za-z0-9_\-]{3,29})(?![A-Za-z0-9_\-])"
_HANDLE = re.compile(
    rf"(?:{'|'.join(_APPS)}|(?<![A-Za-z])(?:{'|'.join(_LATIN_APPS)})){_ACCOUNT}{_LINK}"
    rf"{_ACCOUNT_NAME}",
    re.IGNORECASE,
)
# An amount or a count after the app's name is no account ("微信转了 50000块").
_UNIT_AFTER = re.compile("[块元欧刀镑个人年月日号天次]")
_ONE_WORD = re.compile("[A-Za-z]+")
MIN_DIGITS = 5


def find_chinese_phones(text: str, language: str = "zh") -> Iterator[Span]:
    """Yield mainland mobile numbers written in one run of digits."""
    del language
    if not has_han(text):
        return
    for match in _MOBILE.finditer(text):
        yield Span("phone", match.start(), match.end())


def find_chinese_handles(text: str, language: str = "zh") -> Iterator[Span]:
    """Yield WeChat, QQ and Douyin accounts written after the app's name."""
    del language
    if not has_han(text):
        return
    for match in _HANDLE.finditer(text):
        account = match.group("account")
        if _UNIT_AFTER.match(text, match.end()):
            continue
        if account.isdigit() and len(account) < MIN_DIGITS:
            continue
        cue = text[match.start():match.start("account")].rstrip()
        if _ONE_WORD.fullmatch(account) and not cue.endswith((":", "：", "号", "是", "ID", "id")):
            continue  # "微信 group": a plain word needs a colon or "号" before it
        yield Span("handle", match.start("account"), match.end("account"))
