# ruff: noqa: RUF002, RUF003  (Chinese punctuation is the point here)
"""Chinese names said the way people call each other: 阿, 小 and 老 forms ("阿芳", "小李",
"老王"), a given name said twice ("芳芳"), what others call someone ("都叫她胖妹"), and the
names listed beside a name with "、" ("小红、阿梅、春燕").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from feedback_app.theming.chinese import words
from feedback_app.theming.chinese.name_parts import (
    CLAUSE_END,
    MAX_LIST_ITEMS,
    MAX_NICKNAME,
    TITLES,
    after_role,
    edge_after,
    edge_before,
    full_name,
    is_place,
    nameable,
    surname_at,
)
from feedback_app.theming.spans import Span

_NICKNAME = re.compile("[阿小老]")
# "大陈和小陈": 大 before a common surname is how the elder of two is called, but it begins
# words too ("大方", "大黄"), so only these surnames, with a clause's edge or a cue after.
_ELDER_SURNAMES = words.COMMON_SURNAMES - frozenset("王方江金石马田黄龙雷钱汤夏宋唐韩叶高武")
# "都叫她胖妹，": what others call someone, up to a clause's end.
_CALLED = re.compile("叫[他她我你]")
# "叫我回家", "叫她签字": after 叫我 these begin what someone was told to do.
_TOLD_TO = frozenset("回走等吃签写滚出进干站坐睡洗交付还拿搬穿脱闭接跪躲藏开关")
# What follows a nickname of looks that shows a person: who they are, what they did.
_LOOKS_CUES = (*words.GIVEN_NAME_CUES_AFTER, "是", "他们", "她们", "也", "都", "把", "被", "打")
# What joins the last item of a list of names to the others.
_LAST_JOINERS = ("还有", "和", "跟")
# "郜老三", "刘老五": a surname and how the third or fifth son is called, one name.
_RANKED = re.compile("老[二三四五六七八九]")


def nickname_before_kin(text: str, at: int, title: str) -> Iterator[Span]:
    """"[红]姐", "[春梅]姐", "老板娘[芳]姐": one or two given-name letters before a kin word, at
    a word's edge or just after who the person is."""
    if title in words.KIN_AFTER_GIVEN_NAMES:
        if at >= 2 and all(char in words.GIVEN_CHARACTERS for char in text[at - 2:at]) \
                and (edge_before(text, at - 2) or after_role(text, at - 2)) \
                and text[at - 2:at] not in words.GIVEN_PAIRS_THAT_ARE_WORDS:
            yield Span("name", at - 2, at)
        return
    if title not in words.KIN_AFTER_NICKNAMES:
        return
    if edge_before(text, at - 1) or after_role(text, at - 1):
        yield Span("name", at - 1, at)
    elif at >= 2 and text[at - 2] in words.GIVEN_CHARACTERS \
            and (edge_before(text, at - 2) or after_role(text, at - 2)):
        yield Span("name", at - 2, at)


def nicknames(text: str) -> Iterator[Span]:
    for match in _NICKNAME.finditer(text):
        at, prefix = match.end(), match.group()
        if at >= len(text) or any(text.startswith(word, match.start())
                                  for word in words.NOT_NICKNAMES):
            continue
        char = text[at]
        if prefix in "老小" and surname_at(text, at) == 1 \
                and text[at:at + 2] not in words.WORDS_FROM_SURNAMES:
            yield Span("name", at, at + 1)  # "老[王]", "小[李]": 老 and 小 are how one is called
        elif prefix in "阿小" and char in words.GIVEN_CHARACTERS:
            yield Span("name", match.start(), at + 1)
        elif prefix in "阿小" and char in words.LOOKS and edge_before(text, match.start()) \
                and any(text.startswith(cue, at + 1) for cue in _LOOKS_CUES):
            yield Span("name", match.start(), at + 1)  # "小胖是跟我一个房间的", "小胖他们"
    for match in _RANKED.finditer(text, 1):
        at = match.start() - 1
        if surname_at(text, at) == 1 and edge_before(text, at):
            yield Span("name", at, match.end())
    for at in range(1, len(text)):
        if text[at] in _ELDER_SURNAMES and text[at - 1] == "大" and edge_before(text, at - 1) \
                and (edge_after(text, at + 1) or CLAUSE_END.match(text, at + 1)):
            yield Span("name", at, at + 1)


def doubled(text: str) -> Iterator[Span]:
    for at in range(len(text) - 1):
        char = text[at]
        if char in words.DOUBLED_NAME_CHARACTERS and text[at + 1] == char \
                and text[at + 2:at + 3] not in ("地", "的", "得") \
                and (at == 0 or text[at - 1] != char):
            yield Span("name", at, at + 2)


def called_by_others(text: str) -> Iterator[Span]:
    """"都叫她胖妹，", "叫他刘老三": what people call someone, up to a clause's end."""
    for match in _CALLED.finditer(text):
        start = match.end()
        if text[start:start + 1] in _TOLD_TO:
            continue  # "妈妈叫我回家", "老板叫我签字": told to do, not called
        end = full_name(text, start, strict=False)
        if end is None or not edge_after(text, end):
            end = start
            while end < len(text) and end - start < MAX_NICKNAME and nameable(text[end]) \
                    and not (end > start and TITLES.match(text, end)):
                end += 1
            if TITLES.match(text, end):
                continue  # "叫他郑老大": read by the titles
            if end - start < 2 or not CLAUSE_END.match(text, end):
                continue
        yield Span("name", start, end)


def _list_items(text: str, start: int) -> Iterator[tuple[int, int]]:
    """The items of a list with "、" that runs from `start`, each a short run of letters; the
    last may come after 和 or 还有 ("阿辉、小宇和肥仔都没跟上")."""
    at = start
    for _ in range(MAX_LIST_ITEMS):
        end = _run_end(text, at)
        if end == at:
            return
        yield at, end
        if text[end:end + 1] != "、":
            joiner = next((word for word in _LAST_JOINERS if text.startswith(word, end)), None)
            if joiner is not None and (stop := _run_end(text, last := end + len(joiner))) > last:
                yield last, stop
            return
        at = end + 1


def _run_end(text: str, at: int) -> int:
    """The end of the short run of name letters from `at` (`at` itself where there is none)."""
    end = at
    while end < len(text) and end - at < MAX_NICKNAME and nameable(text[end]):
        end += 1
    return end


def listed_after(text: str, found: list[Span]) -> Iterator[Span]:
    """Names after a name in a list with "、" ("小红、阿梅、春燕", "王哥、胖虎、阿彪"): an
    item is a name where another item is one too, and so is a last one of two given-name
    letters."""
    starts = {span.start for span in found}
    for span in found:
        at = span.end
        while at < len(text) and at - span.end < 2 and text[at] != "、" \
                and any(text.startswith(title, at) for title in words.KIN_AFTER_NICKNAMES):
            at += 1  # "王哥、": the title is part of the item
        if text[at:at + 1] != "、":
            continue
        items = list(_list_items(text, at + 1))
        named = sum(start in starts for start, _ in items)
        for start, end in items:
            if text[end:end + 1] != "、":  # the last item: its shortest reading before a verb
                end = next((stop for stop in range(start + 2, end + 1)
                            if edge_after(text, stop) or CLAUSE_END.match(text, stop)
                            or text[stop] in "住在这那两三四五六七八九几"), start)
            surname = surname_at(text, start)  # "欧阳静怡、蒙秋菊还有我"
            given = all(char in words.GIVEN_CHARACTERS for char in text[start:end]) or (
                surname and end - start > surname
                and all(char in words.GIVEN_CHARACTERS for char in text[start + surname:end]))
            if end - start >= 2 and (named or given) and not is_place(text[start:end]):
                yield Span("name", start, end)


def listed(text: str, found: list[Span]) -> Iterator[Span]:
    """A word of given-name characters listed beside a name with "、" ("春梅、阿芳"), or a
    nickname of 小 or 阿 and any letter ("小雨、阿珍")."""
    for span in found:
        if span.start > 0 and text[span.start - 1] == "、":
            start = span.start - 1
            while start > 0 and span.start - 1 - start < MAX_NICKNAME \
                    and text[start - 1] in words.GIVEN_CHARACTERS:
                start -= 1
            if span.start - 1 - start < 2 and span.start >= 3 \
                    and (text[span.start - 3] in "小阿" or surname_at(text, span.start - 3)) \
                    and nameable(text[span.start - 2]) and edge_before(text, span.start - 3):
                start = span.start - 3  # "小雨、阿珍", "钟雨、闫佳佳"
            if span.start - 1 - start >= 2:
                yield Span("name", start, span.start - 1)
