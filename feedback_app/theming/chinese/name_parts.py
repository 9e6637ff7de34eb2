"""The pieces a Chinese name is read from: where a name may start and end, a surname, the given
letters after it, and the titles that stand after one ("陈|明天", "[王]姐").
"""

from __future__ import annotations

import re

from feedback_app.theming import wordlists
from feedback_app.theming.chinese import words
from feedback_app.theming.chinese.script import is_han
from feedback_app.theming.scripts import HAN

MAX_GIVEN = 2
MAX_NICKNAME = 3
MAX_TRANSLITERATED = 4
# Looking every name up again is one pass over the answer for at most this many names, so a long
# answer full of names stays fast.
MAX_NAMES_AGAIN = 32
# A list is read this many items on from each name in it, so a long list stays linear.
MAX_LIST_ITEMS = 8


def alternation(options: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(option) for option in sorted(options, key=len,
                                                                       reverse=True)))


TITLES = alternation(words.TITLES_AFTER)
CLAUSE_END = re.compile(f"[^{HAN}]|$")


def is_place(word: str) -> bool:
    return word in wordlists.word_set("chinese_places")


def nameable(char: str) -> bool:
    return is_han(char) and char not in words.NOT_IN_NAMES


def edge_before(text: str, at: int) -> bool:
    """Whether a name may start at `at`: the text's start, no Han letter, or a grammar word."""
    if at == 0 or not is_han(text[at - 1]):
        return True
    if text[at - 1] in words.NOT_IN_NAMES:
        return True
    return any(text.endswith(cue, 0, at) for cue in words.PERSON_CUES_BEFORE)


def after_role(text: str, at: int) -> bool:
    """Whether a role word ends at `at`: "老板娘|芳姐", "蛇头|叫刀疤"."""
    return any(text.endswith(role, 0, at) for role in words.ROLES_BEFORE)


def edge_after(text: str, at: int) -> bool:
    if at >= len(text) or not is_han(text[at]):
        return True
    return any(text.startswith(cue, at) for cue in words.PERSON_CUES_AFTER)


def surname_at(text: str, at: int) -> int:
    """Length of the surname at `at` (two for 欧阳, 司马...), or 0."""
    surnames = words.surnames()
    if text[at:at + 2] in surnames and len(text[at:at + 2]) == 2:
        return 2
    return 1 if text[at:at + 1] in surnames else 0


def given_end(text: str, at: int, strict: bool) -> int:
    """End of the given name from `at`: one or two characters, not running into a word."""
    end = at
    while end < len(text) and end - at < MAX_GIVEN:
        char = text[end]
        if char == "小" and end == at and text[end + 1:end + 2] in words.GIVEN_CHARACTERS:
            end += 1  # "刘小梅", "王小红": 小 is often the first given letter
            continue
        if not (char in words.GIVEN_CHARACTERS if strict else nameable(char)):
            break
        if (end > at and text[end:end + 2] in words.WORDS_AFTER_NAMES) \
                or TITLES.match(text, end):
            break  # "陈明|明天", "陈|太太": a word or a title starts
        end += 1
    return end


def full_name(text: str, at: int, strict: bool) -> int | None:
    """End of a surname at `at` with one or two given characters after it, or None."""
    surname = surname_at(text, at)
    if not surname or text[at:at + 2] in words.WORDS_FROM_SURNAMES:
        return None
    end = given_end(text, at + surname, strict)
    return end if end > at + surname else None
