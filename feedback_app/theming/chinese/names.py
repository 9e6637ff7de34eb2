# ruff: noqa: RUF001, RUF002, RUF003  (Chinese punctuation is the point here)
"""Chinese names written in Han letters, without spaces.

A surname from the Hundred Family Surnames with one or two given characters is a name when
something around it says a person is meant: a cue before ("我叫", "名字是", "老板"), a title after
("姐", "老师", "警官": only the surname is the name, the title stays), 老/小 before it, or a verb
of speech or action after it ("…说", "…明天还来"). Nicknames with 阿 or 小 ("阿芳", "小燕") are
whole names. A name found once is a name wherever it comes again, and a word listed beside a
name with "、" is one too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from feedback_app.theming import wordlists
from feedback_app.theming.chinese import words
from feedback_app.theming.chinese.script import is_han
from feedback_app.theming.scripts import HAN, has_han
from feedback_app.theming.spans import Span

MAX_GIVEN = 2
MAX_NICKNAME = 3
MAX_TRANSLITERATED = 4
# Looking every name up again is one pass over the answer for at most this many names, so a long
# answer full of names stays fast.
MAX_NAMES_AGAIN = 32
# A list is read this many items on from each name in it, so a long list stays linear.
MAX_LIST_ITEMS = 8


def _alternation(options: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(option) for option in sorted(options, key=len,
                                                                       reverse=True)))


_TITLES = _alternation(words.TITLES_AFTER)
_STRONG = _alternation(words.STRONG_CUES)
_ROLES = _alternation(words.ROLES_BEFORE)
_NICKNAME = re.compile("[阿小老]")
_PERSON_BEFORE = re.compile("|".join(map(re.escape, ("谢谢", "感谢", "跟", "和", "找", "问",
                                                   "告诉", "联系", "想念", "叫"))))
# "大陈和小陈": 大 before a common surname is how the elder of two is called, but it begins
# words too ("大方", "大黄"), so only these surnames, with a clause's edge or a cue after.
_ELDER_SURNAMES = words.COMMON_SURNAMES - frozenset("王方江金石马田黄龙雷钱汤夏宋唐韩叶高武")
_MEDIUM_CUES = frozenset(("他叫", "她叫", "个叫", "人叫", "的叫", "男的叫", "女的叫", "名字",
                          "姓名"))
# "名字：林秀英", "我叫 李春花": a colon or a space may stand between a cue and the name.
_BETWEEN_CUE_AND_NAME = re.compile("[ \t:：]{0,3}")
# "都叫她胖妹，": what others call someone, up to a clause's end.
_CALLED = re.compile("叫[他她我你]")
_CLAUSE_END = re.compile(f"[^{HAN}]|$")
# A few of the strong cues also introduce a thing ("这个叫做签证"): a name must follow them.
_THING_CUES = frozenset(("叫做",))


def _is_place(word: str) -> bool:
    return word in wordlists.word_set("chinese_places")


def _nameable(char: str) -> bool:
    return is_han(char) and char not in words.NOT_IN_NAMES


def _edge_before(text: str, at: int) -> bool:
    """Whether a name may start at `at`: the text's start, no Han letter, or a grammar word."""
    if at == 0 or not is_han(text[at - 1]):
        return True
    if text[at - 1] in words.NOT_IN_NAMES:
        return True
    return any(text.endswith(cue, 0, at) for cue in words.PERSON_CUES_BEFORE)


def _edge_after(text: str, at: int) -> bool:
    if at >= len(text) or not is_han(text[at]):
        return True
    return any(text.startswith(cue, at) for cue in words.PERSON_CUES_AFTER)


def _surname_at(text: str, at: int) -> int:
    """Length of the surname at `at` (two for 欧阳, 司马...), or 0."""
    surnames = words.surnames()
    if text[at:at + 2] in surnames and len(text[at:at + 2]) == 2:
        return 2
    return 1 if text[at:at + 1] in surnames else 0


def _given_end(text: str, at: int, strict: bool) -> int:
    """End of the given name from `at`: one or two characters, not running into a word."""
    end = at
    while end < len(text) and end - at < MAX_GIVEN:
        char = text[end]
        if char == "小" and end == at and text[end + 1:end + 2] in words.GIVEN_CHARACTERS:
            end += 1  # "刘小梅", "王小红": 小 is often the first given letter
            continue
        if not (char in words.GIVEN_CHARACTERS if strict else _nameable(char)):
            break
        if (end > at and text[end:end + 2] in words.WORDS_AFTER_NAMES) \
                or _TITLES.match(text, end):
            break  # "陈明|明天", "陈|太太": a word or a title starts
        end += 1
    return end


def _full_name(text: str, at: int, strict: bool) -> int | None:
    """End of a surname at `at` with one or two given characters after it, or None."""
    surname = _surname_at(text, at)
    if not surname or text[at:at + 2] in words.WORDS_FROM_SURNAMES:
        return None
    end = _given_end(text, at + surname, strict)
    return end if end > at + surname else None


def _after_cues(text: str) -> Iterator[Span]:
    for match in _STRONG.finditer(text):
        cue = match.group()
        between = _BETWEEN_CUE_AND_NAME.match(text, match.end())
        start = between.end() if between else match.end()
        if start >= len(text) or text[start] in "阿小老":
            continue  # nicknames are read on their own
        end = _full_name(text, start, strict=False)
        if end is None and cue not in _MEDIUM_CUES | _THING_CUES:
            end = start
            while end < len(text) and end - start < MAX_NICKNAME and _nameable(text[end]):
                end += 1
        if end is not None and end > start:
            yield Span("name", start, end)


def _foreign_before(text: str, at: int) -> int | None:
    """Start of a foreign name of two to four letters that ends at `at` ("安德森先生")."""
    start = at
    while start > 0 and at - start < MAX_TRANSLITERATED \
            and text[start - 1] in words.TRANSLITERATION and _nameable(text[start - 1]):
        start -= 1
    if at - start < 2 or not _edge_before(text, start) or _is_place(text[start:at]):
        return None
    return start


def _nickname_before_kin(text: str, at: int, title: str) -> Iterator[Span]:
    """"[红]姐", "[春梅]姐": one or two given-name letters before a kin word, at a word's edge."""
    if title not in words.KIN_AFTER_NICKNAMES:
        return
    if _edge_before(text, at - 1):
        yield Span("name", at - 1, at)
    elif at >= 2 and text[at - 2] in words.GIVEN_CHARACTERS and _edge_before(text, at - 2):
        yield Span("name", at - 2, at)


def _before_titles(text: str) -> Iterator[Span]:
    surnames = words.surnames()
    for match in _TITLES.finditer(text):
        at = match.start()
        if at == 0:
            continue
        if (foreign := _foreign_before(text, at)) is not None and text[at - 1] not in surnames:
            yield Span("name", foreign, at)
        elif text[max(0, at - 2):at] in surnames and at >= 2:
            yield Span("name", at - 2, at)
        elif text[at - 1] in surnames or (text[at - 1] in words.SURNAMES_BEFORE_TITLES
                                          and _edge_before(text, at - 1)):
            nickname = at >= 2 and text[at - 2] in words.GIVEN_CHARACTERS \
                and text[at - 2] not in surnames and _edge_before(text, at - 2) \
                and match.group() in words.KIN_AFTER_NICKNAMES
            yield Span("name", at - 2 if nickname else at - 1, at)  # "[春梅]姐", "谢谢[王]姐"
        elif text[at - 1] in words.GIVEN_CHARACTERS:
            for length in (3, 2):
                start = at - length
                if start >= 0 and _surname_at(text, start) == 1 and _edge_before(text, start) \
                        and all(char in words.GIVEN_CHARACTERS for char in text[start + 1:at]):
                    yield Span("name", start, at)
                    break
            else:
                yield from _nickname_before_kin(text, at, match.group())


def _nicknames(text: str) -> Iterator[Span]:
    for match in _NICKNAME.finditer(text):
        at, prefix = match.end(), match.group()
        if at >= len(text) or any(text.startswith(word, match.start())
                                  for word in words.NOT_NICKNAMES):
            continue
        char = text[at]
        if prefix in "老小" and _surname_at(text, at) == 1 \
                and text[at:at + 2] not in words.WORDS_FROM_SURNAMES:
            yield Span("name", at, at + 1)  # "老[王]", "小[李]": 老 and 小 are how one is called
        elif prefix in "阿小" and char in words.GIVEN_CHARACTERS:
            yield Span("name", match.start(), at + 1)
    for at in range(1, len(text)):
        if text[at] in _ELDER_SURNAMES and text[at - 1] == "大" and _edge_before(text, at - 1) \
                and (_edge_after(text, at + 1) or _CLAUSE_END.match(text, at + 1)):
            yield Span("name", at, at + 1)


def _after_roles(text: str) -> Iterator[Span]:
    for match in _ROLES.finditer(text):
        start = match.end()
        end = _full_name(text, start, strict=True)
        if end is None:  # "老板龚德顺说": rarer letters, with a verb or the clause's end after
            end = _full_name(text, start, strict=False)
            end = end if end is not None and _edge_after(text, end) else None
        if end is None:
            end = start
            while end < len(text) and end - start < MAX_TRANSLITERATED \
                    and text[end] in words.TRANSLITERATION and _nameable(text[end]):
                end += 1
            end = end if end - start >= 2 else None
        if end is None and all(char in words.GIVEN_CHARACTERS for char in text[start:start + 2]) \
                and len(text) >= start + 2 and _edge_after(text, start + 2) \
                and text[start:start + 2] not in words.GIVEN_PAIRS_THAT_ARE_WORDS:
            end = start + 2  # "我朋友美玲也在那边": a given name said without the surname
        if end is not None:
            yield Span("name", start, end)


def _beside_verbs(text: str) -> Iterator[Span]:
    """A common surname and given characters with a cue before or a clause edge, and a verb,
    a time word or a clause edge after: "跟李建华说", "陈明明天还来吗"."""
    for at, char in enumerate(text):
        if char not in words.COMMON_SURNAMES or not _edge_before(text, at):
            continue
        if text[at:at + 2] in words.WORDS_FROM_SURNAMES:
            continue
        for end in range(min(len(text), at + 1 + MAX_GIVEN), at + 1, -1):
            given = text[at + 1:end].removeprefix("小") if end - at == 3 else text[at + 1:end]
            if all(letter in words.GIVEN_CHARACTERS for letter in given) \
                    and _edge_after(text, end):
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
                and text[foreign] in words.TRANSLITERATION and _nameable(text[foreign]):
            foreign += 1
        for end in (given, foreign):
            if end - start >= 2 and _edge_after(text, end) and not _is_place(text[start:end]) \
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
                and text[end] in words.TRANSLITERATION and _nameable(text[end]):
            end += 1
        if end - at >= 3 and _edge_before(text, at) and _edge_after(text, end) \
                and not _is_place(text[at:end]):
            yield Span("name", at, end)
        at = max(end, at + 1)


def _doubled(text: str) -> Iterator[Span]:
    for at in range(len(text) - 1):
        char = text[at]
        if char in words.DOUBLED_NAME_CHARACTERS and text[at + 1] == char \
                and text[at + 2:at + 3] not in ("地", "的", "得") \
                and (at == 0 or text[at - 1] != char):
            yield Span("name", at, at + 2)


def _surname_said(text: str) -> Iterator[Span]:
    """"老板娘姓何", "蛇头姓郑": the surname after 姓 is a name ("姓名" is the word for one)."""
    for at in range(len(text) - 1):
        if text[at] == "姓" and text[at + 1] != "名" and (length := _surname_at(text, at + 1)):
            yield Span("name", at + 1, at + 1 + length)


def _called_by_others(text: str) -> Iterator[Span]:
    """"都叫她胖妹，", "叫他刘老三": what people call someone, up to a clause's end."""
    for match in _CALLED.finditer(text):
        start = match.end()
        end = _full_name(text, start, strict=False)
        if end is None or not _edge_after(text, end):
            end = start
            while end < len(text) and end - start < MAX_NICKNAME and _nameable(text[end]) \
                    and not (end > start and _TITLES.match(text, end)):
                end += 1
            if _TITLES.match(text, end):
                continue  # "叫他郑老大": read by the titles
            if end - start < 2 or not _CLAUSE_END.match(text, end):
                continue
        yield Span("name", start, end)


def _given_alone(text: str) -> Iterator[Span]:
    """Two given-name letters at a clause's start with a person's words after them: "红霞的孩子
    还在国内", "翠花是我最好的朋友"."""
    for at in range(len(text) - 1):
        pair = text[at:at + 2]
        if not all(char in words.GIVEN_CHARACTERS for char in pair) \
                or pair in words.GIVEN_PAIRS_THAT_ARE_WORDS or _is_place(pair) \
                or (pair[0] == pair[1] and pair[0] not in words.DOUBLED_NAME_CHARACTERS):
            continue
        if (at == 0 or not is_han(text[at - 1])) \
                and any(text.startswith(cue, at + 2) for cue in words.GIVEN_NAME_CUES_AFTER):
            yield Span("name", at, at + 2)


def _list_items(text: str, start: int) -> Iterator[tuple[int, int]]:
    """The items of a list with "、" that runs from `start`, each a short run of letters."""
    at = start
    for _ in range(MAX_LIST_ITEMS):
        if at >= len(text):
            return
        end = at
        while end < len(text) and end - at < MAX_NICKNAME and _nameable(text[end]):
            end += 1
        if end == at:
            return
        yield at, end
        if text[end:end + 1] != "、":
            return
        at = end + 1


def _listed_after(text: str, found: list[Span]) -> Iterator[Span]:
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
                            if _edge_after(text, stop) or _CLAUSE_END.match(text, stop)
                            or text[stop] in "住在这那"), start)
            given = all(char in words.GIVEN_CHARACTERS for char in text[start:end])
            if end - start >= 2 and (named or given) and not _is_place(text[start:end]):
                yield Span("name", start, end)


def _listed(text: str, found: list[Span]) -> Iterator[Span]:
    """A word of given-name characters listed beside a name with "、" ("春梅、阿芳")."""
    for span in found:
        if span.start > 0 and text[span.start - 1] == "、":
            start = span.start - 1
            while start > 0 and span.start - 1 - start < MAX_NICKNAME \
                    and text[start - 1] in words.GIVEN_CHARACTERS:
                start -= 1
            if span.start - 1 - start >= 2:
                yield Span("name", start, span.start - 1)


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
    found = [*_after_cues(text), *_before_titles(text), *_nicknames(text), *_after_roles(text),
             *_beside_verbs(text), *_unlisted_given_names(text), *_foreign_names(text),
             *_doubled(text), *_surname_said(text), *_called_by_others(text),
             *_given_alone(text)]
    found.extend(_listed(text, found))
    found.extend(_listed_after(text, found))
    yield from found
    yield from _again(text, found)
