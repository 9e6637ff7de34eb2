"""Towns, regions and countries written in Chinese: "在迪拜", "从长乐出来", "先到莫斯科".

Chinese writes no space around a place, so the listed names are looked up at every letter,
longest first. A country said as a people, a language or a thing from there is no place
("越南女孩", "泰国菜", "法国老师"), and the places whose names are everyday words or given
names too ("长乐", "米兰", "金边") need a word of going or being there beside them.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from feedback_app.theming import wordlists
from feedback_app.theming.scripts import has_han
from feedback_app.theming.spans import Span

LONGEST_PLACE = 6
_GOING_BEFORE = ("在", "到", "去", "从", "来自", "回", "住", "飞", "往", "逃到", "经过", "离开")
_GOING_AFTER = ("来的", "出来", "过来", "那边", "那里", "的时候", "回来")
# After a country these make it a people, a language or a thing from there.
_PEOPLE_AFTER = ("人", "女", "男", "话", "语", "文", "菜", "籍", "姑娘", "小伙", "老板", "警察",
                 "大使馆", "使馆", "政府", "老师", "医生", "律师", "朋友", "同事", "社工", "翻译",
                 "孩", "口音", "护照", "签证", "公司", "餐馆")


@cache
def _places() -> frozenset[str]:
    return wordlists.word_set("chinese_places") | _cued_places()


@cache
def _cued_places() -> frozenset[str]:
    return wordlists.word_set("chinese_places_cued")


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
    if any(text.startswith(word, end) for word in _PEOPLE_AFTER):
        return False
    if text[start:end] not in _cued_places():
        return True
    return any(text.endswith(word, 0, start) for word in _GOING_BEFORE) \
        or any(text.startswith(word, end) for word in _GOING_AFTER) \
        or _place_ends_at(text, start)


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
