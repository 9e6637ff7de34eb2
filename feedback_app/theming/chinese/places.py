"""Towns, regions and countries written in Chinese: "在迪拜", "从长乐出来", "先到莫斯科".

Chinese writes no space around a place, so the listed names are looked up at every letter,
longest first. A country said as a people, a language or a thing from there is no place
("越南女孩", "泰国菜", "法国老师"), while a town before 人 says where one is from ("我是台中人",
"长乐人"), and the places whose names are everyday words or given
names too ("长乐", "米兰", "金边") need a word of going or being there beside them.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from feedback_app.theming import wordlists
from feedback_app.theming.scripts import has_han
from feedback_app.theming.spans import Span

LONGEST_PLACE = 6
_GOING_BEFORE = ("在", "到", "到了", "去", "从", "来自", "回", "住", "飞", "往", "逃到", "经过",
                 "离开", "老家")
_GOING_AFTER = ("来的", "出来", "过来", "那边", "那里", "的时候", "回来", "人")
# After a place these make it a language or a thing from there ("广东话", "四川菜").
_LANGUAGE_AFTER = ("话", "语", "文", "菜", "口音")
# After a place these make it a people or a thing from there ("越南女孩", "西安老师"); 人 after
# a town or a province says where someone is from ("我是台中人"), a place (`_from_town`).
_PEOPLE_AFTER = ("人", "女", "男", "籍", "姑娘", "小伙", "老板", "警察", "大使馆", "使馆",
                 "政府", "老师", "医生", "律师", "朋友", "同事", "社工", "翻译", "孩", "护照",
                 "签证", "公司", "餐馆")


@cache
def _places() -> frozenset[str]:
    return wordlists.word_set("chinese_places") | _cued_places()


@cache
def _cued_places() -> frozenset[str]:
    return wordlists.word_set("chinese_places_cued")


@cache
def _countries() -> frozenset[str]:
    return wordlists.word_set("chinese_countries")


@cache
def _first_letters() -> frozenset[str]:
    return frozenset(place[0] for place in _places() if place)


def _place_at(text: str, at: int) -> int | None:
    places = _places()
    if text[at] not in _first_letters():
        return None
    for length in range(LONGEST_PLACE, 1, -1):
        if text[at:at + length] in places and len(text[at:at + length]) == length:
            return at + length
    return None


def _is_place_here(text: str, start: int, end: int) -> bool:
    if any(text.startswith(word, end) for word in _LANGUAGE_AFTER):
        return False
    if any(text.startswith(word, end) for word in _PEOPLE_AFTER) \
            and not _from_town(text, start, end):
        return False
    if text[start:end] not in _cued_places():
        return True
    return any(text.endswith(word, 0, start) for word in _GOING_BEFORE) \
        or any(text.startswith(word, end) for word in _GOING_AFTER) \
        or _place_ends_at(text, start) or _from_there(text, start, end)


def _from_town(text: str, start: int, end: int) -> bool:
    """"我是台中人", "到了普拉托老板娘就…": before 人, or after a word of going there, a town is
    where one is from or went to; a country before 人 is a people ("中国人")."""
    if text[start:end] in _countries():
        return False
    return text.startswith("人", end) or any(text.endswith(word, 0, start)
                                            for word in _GOING_BEFORE)


def _from_there(text: str, start: int, end: int) -> bool:
    """"都是长乐的", "他是青田的": 是 before a town and 的 after it say where one is from."""
    return text.endswith("是", 0, start) and text.startswith("的", end)


def _place_ends_at(text: str, at: int) -> bool:
    """"福建长乐": a province or a country just before makes a town of a word."""
    places = wordlists.word_set("chinese_places")
    return any(text[at - length:at] in places for length in range(2, LONGEST_PLACE + 1)
               if at >= length)


def find_chinese_places(text: str, language: str = "zh") -> Iterator[Span]:
    """Yield listed places written in Han letters (see the module docstring)."""
    del language
    if not has_han(text):
        return
    at = 0
    while at < len(text):
        end = _place_at(text, at)
        if end is None:
            at += 1
            continue
        if _is_place_here(text, at, end):
            yield Span("place", at, end)
        at = end
