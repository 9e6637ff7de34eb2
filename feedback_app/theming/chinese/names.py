# ruff: noqa: RUF001, RUF002, RUF003  (Chinese punctuation is the point here)
"""Chinese names written in Han letters, without spaces.

A surname from the Hundred Family Surnames with one or two given characters is a name when
something around it says a person is meant: a cue before ("我叫", "名字是", "老板"), a title after
("姐", "老师", "警官": only the surname is the name, the title stays), 老/小 before it, or a verb
of speech or action after it ("…说", "…明天还来"). Nicknames with 阿 or 小 ("阿芳", "小燕") are
whole names, and a word listed beside a name with "、" is one too (`nicknames`). A name found
once is a name wherever it comes again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from feedback_app.theming.chinese import name_parts, nicknames, words
from feedback_app.theming.chinese.name_parts import (
    MAX_GIVEN,
    MAX_NAMES_AGAIN,
    MAX_NICKNAME,
    MAX_TRANSLITERATED,
    alternation,
    edge_after,
    edge_before,
    full_name,
    is_place,
    nameable,
    surname_at,
)
from feedback_app.theming.chinese.script import is_han
from feedback_app.theming.scripts import has_han
from feedback_app.theming.spans import Span

_STRONG = alternation(words.STRONG_CUES)
_ROLES = alternation(words.ROLES_BEFORE)
_PERSON_BEFORE = re.compile("|".join(map(re.escape, ("谢谢", "感谢", "跟", "和", "找", "问",
                                                   "告诉", "联系", "想念", "叫"))))
_MEDIUM_CUES = frozenset(("他叫", "她叫", "个叫", "人叫", "的叫", "男的叫", "女的叫", "名字",
                          "姓名"))
# "名字：林秀英", "我叫 李春花": a colon or a space may stand between a cue and the name.
_BETWEEN_CUE_AND_NAME = re.compile("[ \t:：]{0,3}")
# What a role calls for, not what someone is called ("老板叫警察", "老公叫救命").
_NOT_CALLED = frozenset((*words.TITLES_AFTER, *words.ROLES_BEFORE, "救命", "救护车", "外卖",
                         "小心", "小声", "老实", "老是", "阿姨"))
# A few of the strong cues also introduce a thing ("这个叫做签证"): a name must follow them.
_THING_CUES = frozenset(("叫做",))
_THI = re.compile("氏")


def _after_cues(text: str) -> Iterator[Span]:
    for match in _STRONG.finditer(text):
        cue = match.group()
        between = _BETWEEN_CUE_AND_NAME.match(text, match.end())
        start = between.end() if between else match.end()
        if start >= len(text):
            continue
        if text[start] in "阿小老":
            yield from _plain_nickname(text, start)  # the others are read on their own
            continue
        end = full_name(text, start, strict=False)
        if end is None and cue not in _THING_CUES:
            end = start
            while end < len(text) and end - start < MAX_NICKNAME and nameable(text[end]):
                end += 1
            if cue in _MEDIUM_CUES and (end - start < 2 or not name_parts.CLAUSE_END.match(
                    text, end) or text[start:end] in _NOT_CALLED):
                continue  # "那个人叫敏昂" names him; "那个人叫我们等" does not
        if end is not None and end > start:
            yield Span("name", start, end)


def _plain_nickname(text: str, start: int) -> Iterator[Span]:
    """A 阿, 小 or 老 nickname after a cue that runs to the clause's end with no surname or
    given-name letter in it, which `nicknames` would read ("中介叫老鬼，")."""
    end = start + 2
    if end <= len(text) and nameable(text[start + 1]) \
            and text[start + 1] not in words.GIVEN_CHARACTERS and not surname_at(text, start + 1) \
            and name_parts.CLAUSE_END.match(text, end) and text[start:end] not in _NOT_CALLED:
        yield Span("name", start, end)


def _called_after_role(text: str) -> Iterator[Span]:
    """"蛇头叫刀疤，", "中介叫王强": a name after a role and 叫, a full name before a verb or
    a nickname to the clause's end; "老板叫我们", "老板叫警察，" name no one."""
    for match in _ROLES.finditer(text):
        start = match.end() + 1
        if text[match.end():start] != "叫" or start >= len(text):
            continue
        if text[start] in "阿小老":
            yield from _plain_nickname(text, start)  # the others are read on their own
            continue
        end = full_name(text, start, strict=False)
        if end is None or not edge_after(text, end):
            end = start
            while end < len(text) and end - start < MAX_NICKNAME and nameable(text[end]):
                end += 1
            if end - start < 2 or not name_parts.CLAUSE_END.match(text, end) \
                    or text[start:end] in _NOT_CALLED:
                continue
        yield Span("name", start, end)


def _foreign_before(text: str, at: int) -> int | None:
    """Start of a foreign name of two to four letters that ends at `at` ("安德森先生")."""
    start = at
    while start > 0 and at - start < MAX_TRANSLITERATED \
            and text[start - 1] in words.TRANSLITERATION and nameable(text[start - 1]):
        start -= 1
    if at - start < 2 or not edge_before(text, start) or is_place(text[start:at]):
        return None
    return start


def _full_name_before(text: str, at: int) -> int | None:
    """Start of a common surname and two given letters ending at `at`, at a word's edge
    ("赵丽华阿姨", "跟周海林老师说"), or of a surname of two letters and one or two given
    letters ("谢谢欧阳慧老师", "诸葛明律师"), or None."""
    for start in (at - 3, at - 4):
        if start >= 0 and text[start:start + 2] in words.COMPOUND_SURNAMES \
                and edge_before(text, start) \
                and all(char in words.GIVEN_CHARACTERS for char in text[start + 2:at]):
            return start
    start = at - 3
    if start >= 0 and text[start] in words.COMMON_SURNAMES and edge_before(text, start) \
            and all(char in words.GIVEN_CHARACTERS for char in text[start + 1:at]) \
            and text[start:start + 2] not in words.WORDS_FROM_SURNAMES:
        return start
    return None


def _ends_role(text: str, at: int, end: int) -> bool:
    """Whether a role word that starts before `at` ends at `end` ("包工头", "表姐")."""
    return any(len(role) > end - at and text.endswith(role, 0, end)
               for role in words.ROLES_BEFORE)


def _before_titles(text: str) -> Iterator[Span]:
    surnames = words.surnames()
    for match in name_parts.TITLES.finditer(text):
        at = match.start()
        if at == 0 or _ends_role(text, at, match.end()):
            continue  # "包工头老覃": 工头 ends the role 包工头, 包 is no surname here
        if (foreign := _foreign_before(text, at)) is not None and text[at - 1] not in surnames:
            yield Span("name", foreign, at)
        elif text[max(0, at - 2):at] in surnames and at >= 2:
            yield Span("name", at - 2, at)
        elif (start := _full_name_before(text, at)) is not None:
            yield Span("name", start, at)  # "赵丽华阿姨": 华 is a surname too, a given letter here
        elif text[at - 1] in surnames or (text[at - 1] in words.SURNAMES_BEFORE_TITLES
                                          and edge_before(text, at - 1)):
            nickname = at >= 2 and text[at - 2] in words.GIVEN_CHARACTERS \
                and text[at - 2] not in surnames and edge_before(text, at - 2) \
                and match.group() in words.KIN_AFTER_NICKNAMES
            yield Span("name", at - 2 if nickname else at - 1, at)  # "[春梅]姐", "谢谢[王]姐"
        elif text[at - 1] in words.GIVEN_CHARACTERS:
            for length in (3, 2):
                start = at - length
                if start >= 0 and surname_at(text, start) == 1 and edge_before(text, start) \
                        and all(char in words.GIVEN_CHARACTERS for char in text[start + 1:at]):
                    yield Span("name", start, at)
                    break
            else:
                yield from nicknames.nickname_before_kin(text, at, match.group())


def _after_roles(text: str) -> Iterator[Span]:
    for match in _ROLES.finditer(text):
        start = match.end()
        end = full_name(text, start, strict=True)
        if end is None:  # "老板龚德顺说": rarer letters, with a verb or the clause's end after
            end = full_name(text, start, strict=False)
            end = end if end is not None and edge_after(text, end) else None
        if end is None:
            end = start
            while end < len(text) and end - start < MAX_TRANSLITERATED \
                    and text[end] in words.TRANSLITERATION and nameable(text[end]):
                end += 1
            end = end if end - start >= 2 else None
        if end is None and all(char in words.GIVEN_CHARACTERS for char in text[start:start + 2]) \
                and len(text) >= start + 2 and edge_after(text, start + 2) \
                and text[start:start + 2] not in words.GIVEN_PAIRS_THAT_ARE_WORDS:
            end = start + 2  # "我朋友美玲也在那边": a given name said without the surname
        if end is not None:
            yield Span("name", start, end)


def _beside_verbs(text: str) -> Iterator[Span]:
    """A common surname (or one of two letters, "欧阳") and given characters with a cue before or
    a clause edge, and a verb, a time word or a clause edge after: "跟李建华说", "陈明明天还来吗",
    "欧阳晓燕是我们shelter的志愿者". A rarer surname needs two given letters after it
    ("缪春梅也是", "郜雅婷在曼谷"): one letter after it is too often a word ("蒙上")."""
    surnames = words.surnames()
    for at, char in enumerate(text):
        compound = text[at:at + 2] in words.COMPOUND_SURNAMES
        rare = not compound and char not in words.COMMON_SURNAMES
        if (rare and char not in surnames) or not edge_before(text, at):
            continue
        if text[at:at + 2] in words.WORDS_FROM_SURNAMES:
            continue
        given_at = at + 2 if compound else at + 1
        shortest = given_at + MAX_GIVEN if rare else given_at + 1
        for end in range(min(len(text), given_at + MAX_GIVEN), shortest - 1, -1):
            given = text[given_at:end]
            given = given.removeprefix("小") if end - given_at == 2 else given
            if all(letter in words.GIVEN_CHARACTERS for letter in given) \
                    and edge_after(text, end):
                yield Span("name", at, end)
                break


def _unlisted_given_names(text: str) -> Iterator[Span]:
    """A name said without its surname between a cue and a verb or a clause's end: two
    given-name characters ("谢谢秀英", "跟春梅说") or a foreign name ("谢谢安娜")."""
    for match in _PERSON_BEFORE.finditer(text):
        start = match.end()
        given = start
        while given < len(text) and given - start < MAX_GIVEN \
                and text[given] in words.GIVEN_CHARACTERS:
            given += 1
        foreign = start
        while foreign < len(text) and foreign - start < MAX_TRANSLITERATED \
                and text[foreign] in words.TRANSLITERATION and nameable(text[foreign]):
            foreign += 1
        for end in (given, foreign):
            if end - start >= 2 and edge_after(text, end) and not is_place(text[start:end]) \
                    and text[start:end] not in words.GIVEN_PAIRS_THAT_ARE_WORDS:
                yield Span("name", start, end)
                break


def _foreign_names(text: str) -> Iterator[Span]:
    """Three or four letters of foreign names with a cue or a clause edge on both sides
    ("玛丽亚说", "谢谢约瑟夫"): rarely an everyday word."""
    at = 0
    while at < len(text):
        end = at
        while end < len(text) and end - at < MAX_TRANSLITERATED \
                and text[end] in words.TRANSLITERATION and nameable(text[end]):
            end += 1
        if end - at >= 3 and edge_before(text, at) and edge_after(text, end) \
                and not is_place(text[at:end]):
            yield Span("name", at, end)
        at = max(end, at + 1)


def _vietnamese_in_han(text: str) -> Iterator[Span]:
    """"越南的黎氏红", "阮氏秋香": a Vietnamese woman's name in Han letters, a surname, 氏 (Thị)
    and one or two given letters."""
    for match in _THI.finditer(text):
        at = match.start() - 1
        end = match.end()
        while end < len(text) and end - match.end() < MAX_GIVEN \
                and text[end] in words.GIVEN_CHARACTERS:
            end += 1
        if at >= 0 and surname_at(text, at) == 1 and edge_before(text, at) and end > match.end():
            yield Span("name", at, end)


def _surname_said(text: str) -> Iterator[Span]:
    """"老板娘姓何", "蛇头姓郑": the surname after 姓 is a name ("姓名" is the word for one)."""
    for at in range(len(text) - 1):
        if text[at] != "姓" or text[at + 1] == "名":
            continue
        length = surname_at(text, at + 1) or int(text[at + 1] in words.SURNAMES_BEFORE_TITLES)
        if length:
            yield Span("name", at + 1, at + 1 + length)  # "姓卓", "姓章": rarer ones too


def _given_alone(text: str) -> Iterator[Span]:
    """Two given-name letters at a clause's start with a person's words after them: "红霞的孩子
    还在国内", "翠花是我最好的朋友"."""
    for at in range(len(text) - 1):
        pair = text[at:at + 2]
        if not all(char in words.GIVEN_CHARACTERS for char in pair) \
                or pair in words.GIVEN_PAIRS_THAT_ARE_WORDS or is_place(pair) \
                or (pair[0] == pair[1] and pair[0] not in words.DOUBLED_NAME_CHARACTERS):
            continue
        if (at == 0 or not is_han(text[at - 1])) \
                and any(text.startswith(cue, at + 2) for cue in words.GIVEN_NAME_CUES_AFTER):
            yield Span("name", at, at + 2)


def _again(text: str, found: list[Span]) -> Iterator[Span]:
    """Each name of two letters or more, wherever it comes again."""
    names = sorted({text[span.start:span.end] for span in found if span.end - span.start >= 2},
                   key=len, reverse=True)[:MAX_NAMES_AGAIN]
    if names:
        for match in re.finditer("|".join(map(re.escape, names)), text):
            yield Span("name", match.start(), match.end())


def find_chinese_names(text: str, language: str = "zh") -> Iterator[Span]:
    """Yield Chinese names in Han letters (see the module docstring); nothing in other text."""
    del language  # a Chinese name is read the same in any answer that holds Han letters
    if not has_han(text):
        return
    found = [*_after_cues(text), *_before_titles(text), *nicknames.nicknames(text),
             *_after_roles(text), *_beside_verbs(text), *_unlisted_given_names(text),
             *_foreign_names(text), *nicknames.doubled(text), *_surname_said(text),
             *nicknames.called_by_others(text), *_given_alone(text),
             *_called_after_role(text), *_vietnamese_in_han(text)]
    found.extend(nicknames.listed(text, found))
    found.extend(nicknames.listed_after(text, found))
    yield from found
    yield from _again(text, found)
