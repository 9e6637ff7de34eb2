# ruff: noqa: RUF001  (full-width punctuation is the point of these cases)
"""Chinese answers name parents and elders in full ("我妈妈叫…", "外婆…"), end a list of names
with 和 or 还有, call a son by his rank (郜老三), write a Vietnamese woman's name in Han letters
(黎氏红), say a given name before 阿姨, and call people by their looks (小胖, 阿黑). Dates of
birth come as a year alone in Chinese numerals or a year with a lunar month. Each is taken
out; what a person was told to do, and the everyday words beside these, stay."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def details(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start:s.end]) for s in redact(text, "zh_Hans").spans]


def names(text: str) -> list[str]:
    return [word for kind, word in details(text) if kind == "name"]


@pytest.mark.parametrize(("text", "expected"), [
    ("我爸爸叫覃德福，他不知道我在这里", ["覃德福"]),
    ("我妈妈叫祝秋萍，她一个人在老家种地", ["祝秋萍"]),
    ("外婆陈秀兰把我养大的，我最想她", ["陈秀兰"]),
    ("我表哥麦志强介绍的工作，说去了就有钱", ["麦志强"]),
    ("宿舍里有阿珠、小凤和肥妹，都是广西来的", ["阿珠", "小凤", "肥妹"]),
    ("阿香、冼丽娟还有小甘都被卖到同一个地方", ["阿香", "冼丽娟", "小甘"]),
    ("小燕、阿兰跟胖嫂一起做饭", ["小燕", "阿兰", "胖嫂"]),
    ("看场子的是刘老五，手里总拿着电棍", ["刘老五"]),
    ("线长老敖不准我们上厕所", ["敖"]),
    ("跟我一起的还有越南的阮氏秋，她也被打了", ["阮氏秋"]),
    ("谢谢欧阳丽老师每周来陪我们", ["欧阳丽"]),
    ("诸葛华律师帮我要回了工资", ["诸葛华"]),
    ("同屋的桂英阿姨每天给我留饭", ["桂英"]),
    ("小雪、阿娟她们都还在园区里", ["小雪", "阿娟"]),
    # a nickname of looks before who the person is or did, and a foreign name after 人叫
    ("小黑是看门的，天天拿棍子", ["小黑"]),
    ("阿胖他们把我们的手机都收了", ["阿胖"]),
    ("到了曼谷才知道来接我的那个人叫昂山", ["昂山"]),
    # a rarer surname after 姓 or before a title
    ("管账的女人姓卓，说话很凶", ["卓"]),
    ("章律师帮我写了材料", ["章"]),
    # a nickname of 老 or 小 with no name letter in it, to the clause's end after a cue
    ("带我们过河的蛇头叫老狼，后来再也没见过", ["老狼"]),
    ("那个组长外号刀哥，手下有十几个人", ["刀"]),  # the kin word stays outside
    ("楼上住的小蝶和阿梅都是四川人", ["小蝶", "阿梅"]),
    ("徐督导说下个月再安排", ["徐"]),
])
def test_kin_lists_ranks_and_han_written_vietnamese_names_are_taken_out(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "我妈妈叫我回家，可是我不敢回去",
    "老板叫我签字，不签就不给饭吃",
    "妈妈很担心我，每天都打电话",
    "护照、手机和钱都被他们拿走了",
    "我不甘心，凭什么他们不用坐牢",
    "那个阿姨人很好，可是听不懂我说话",
    "王氏家族在村里很有势力",
    "那个老三是谁我也不知道",
    "他们把我关进小黑屋三天",
    "那个人叫我们等一下，就走了",
    "菜市场的小白菜很便宜",
    "老板叫小心，警察来了",
])
def test_what_someone_was_told_and_everyday_words_stay(text):
    assert names(text) == []


@pytest.mark.parametrize(("text", "date"), [
    ("其实我九九年生的，表格上写错了", "九九年"),
    ("我女儿是二〇一〇年腊月生的，现在找不到她", "二〇一〇年腊月"),
    ("我2001年冬月生的，村里都按农历算", "2001年冬月"),
    ("出生日期我写的1994年农历三月初八，他们说要公历", "1994年农历三月初八"),
])
def test_a_year_in_chinese_numerals_or_with_a_lunar_month_is_a_date_of_birth(text, date):
    assert ("date", date) in details(text)


@pytest.mark.parametrize("text", [
    "九八年的时候我还在上学",
    "腊月很冷，宿舍没有暖气",
    "2019年腊月我们才被放出来",
])
def test_years_and_months_that_are_no_birth_stay(text):
    assert [kind for kind, _ in details(text) if kind == "date"] == []
