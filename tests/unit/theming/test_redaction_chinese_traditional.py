# ruff: noqa: RUF001  (full-width punctuation is the point of these cases)
"""Survivors from Hong Kong, Taiwan and Macau write Traditional letters, and others call people
in ways the first rounds did not show: 大 for the elder of two, a surname before a title that is
an everyday letter too, an English name among Han letters, a street abroad numbered the Chinese
way. Each is taken out; the everyday words that look like them stay."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact
from feedback_app.theming.chinese.latin import find_latin_addresses_in_chinese
from feedback_app.theming.chinese.traditional import simplified


def details(text: str) -> list[tuple[str, str]]:
    return sorted({(s.kind, text[s.start:s.end]) for s in redact(text, "zh_Hans").spans})


@pytest.mark.parametrize(("text", "expected"), [
    # Traditional letters: a full name after a role, a nickname, a title, an address
    ("仲介黃美玲把我的證件都收走了", [("name", "黃美玲")]),
    ("老闆陳志偉每天罵我們", [("name", "陳志偉")]),
    ("我男朋友阿傑說帶我去玩", [("name", "阿傑")]),
    ("謝謝劉老師一直幫我", [("name", "劉")]),
    ("我住在台中市北區三民路88號5樓", [("address", "台中市北區三民路88號5樓")]),
])
def test_names_and_addresses_in_traditional_letters_are_taken_out(text, expected):
    assert details(text) == expected


def test_traditional_letters_are_read_one_for_one():
    text = "我叫張麗華，住在這裡"
    assert len(simplified(text)) == len(text)
    assert simplified(text) == "我叫张丽华，住在这里"


@pytest.mark.parametrize(("text", "expected"), [
    # 大 and 小 for two people of one surname
    ("大刘和小刘都是看场子的 大刘更狠", [("name", "刘")]),
    # a surname that is an everyday letter too, before a title
    ("房间都是白姐安排的，我们不敢说不", [("name", "白")]),
    ("谢谢文老师教我们写字", [("name", "文")]),
    # a given name after 叫, with a person's words after it
    ("有个姐妹叫春燕她也被骗了", [("name", "春燕")]),
    # a full name called out at the start of an answer
    ("张美华你在哪里 我很担心你", [("name", "张美华")]),
    # an English name among Han letters, and after an English title
    ("千万别信那个Kevin了，他就是骗人的", [("name", "Kevin")]),
    ("医生Dr Rossi人很好", [("name", "Rossi")]),
    # a street abroad numbered the Chinese way
    ("我被关在Jalan Bukit 12号2楼", [("address", "Jalan Bukit 12号2楼")]),
    ("店在Canal Street 45号楼上", [("address", "Canal Street 45号")]),
])
def test_people_and_streets_said_in_everyday_ways_are_taken_out(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize("text", [
    "白天上班晚上还要去餐馆洗碗",
    "我明白老师说的意思了",
    "老板很大方，过年给了红包",
    "大家都叫我别哭，可是我忍不住",
    "老板叫我快点干活",
    "Room 3号的水管坏了",
    "Mr说的英文我听不懂",
    "我们住在大马路边上的三楼",
    "叫平安也好，叫光明也好，都是好名字的意思",
])
def test_everyday_words_that_look_like_names_or_streets_stay(text):
    assert details(text) == []


def test_a_street_word_and_a_number_far_apart_are_no_address():
    # Its time is measured by tests/bench/redaction_runs.py, not here.
    text = "我住在Jalan" + " " * 50_000 + "88号"
    assert list(find_latin_addresses_in_chinese(text)) == []
