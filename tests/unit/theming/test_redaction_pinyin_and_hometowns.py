# ruff: noqa: RUF001  (full-width punctuation is the point of these cases)
"""Chinese answers typed in pinyin without Han letters, dates of birth said with two-digit
years, and the town someone is from ("我是台中人"): what is taken out, and what stays."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def details(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start:s.end]) for s in redact(text, "zh_Hans").spans]


@pytest.mark.parametrize(("text", "expected"), [
    ("zhang wei he li ming ye zai na ge nong chang, wo men mei tian zhi chi yi dun fan",
     [("name", "zhang wei"), ("name", "li ming")]),
    ("wo de lao ban jiao liu qiang, ta da wo", [("name", "liu qiang")]),
    ("gen wang li shuo le, ta bu gei wo qian", [("name", "wang li")]),
    ("wo jiao chen meiling, jin nian 25 sui", [("name", "chen meiling")]),
    ("xie xie Amy, ni shi zui hao de she gong", [("name", "Amy")]),
])
def test_names_in_an_answer_typed_in_pinyin_are_taken_out(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize("text", [
    "wo xiang zhao yi fen zheng chang de gong zuo, bu yao zai zuo an mo le",
    "zheng chang de gong zuo hen nan zhao, wo hen lei",
    "wo men mei tian gong zuo shi wu ge xiao shi",
    "lao ban shuo wo qian ta liu wan kuai",
])
def test_everyday_pinyin_that_begins_with_a_surname_stays(text):
    assert redact(text, "zh_Hans").text == text


def test_an_english_answer_in_the_chinese_form_is_read_by_the_latin_rules():
    assert details("my name is Chen Li and I need help") == [("name", "Chen Li")]


@pytest.mark.parametrize(("text", "expected"), [
    ("92年的，长乐人，现在在伦敦", [("date", "92年"), ("place", "长乐"), ("place", "伦敦")]),
    ("我是九五年的，在工厂做了三年", [("date", "九五年")]),
    ("她是96年的，比我小", [("date", "96年")]),
    ("我92年出生，福建人", [("date", "92年"), ("place", "福建")]),
    ("出生于98年5月，在福清长大", [("date", "98年5月"), ("place", "福清")]),
])
def test_a_year_of_birth_said_with_two_digits_is_a_date(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize("text", [
    "18年的时候我来了伦敦",
    "我在那里干了10年出来的时候什么都没有",
    "他是19年来的",
])
def test_a_year_that_is_no_birth_stays(text):
    assert all(kind != "date" for kind, _ in details(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("我是台中人 被骗去金边的时候护照被扣", [("place", "台中"), ("place", "金边")]),
    ("我是香港人，来英国三年了", [("place", "香港"), ("place", "英国")]),
    ("他跟蛇头是同乡都是长乐的", [("place", "长乐")]),
    ("到了普拉托老板娘就把我护照收了", [("place", "普拉托")]),
    ("我在高雄的船上做了两年", [("place", "高雄")]),
    ("我弟弟被骗去缅北了", [("place", "缅北")]),
])
def test_the_town_someone_is_from_is_a_place(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize("text", [
    "老板是中国人，二十几个人住一起",
    "有个越南人会一点普通话",
    "我们用广东话聊天",
    "那些泰国女孩跟我们关在一起",
])
def test_a_country_said_as_a_people_or_a_language_stays(text):
    assert all(kind != "place" for kind, _ in details(text))
