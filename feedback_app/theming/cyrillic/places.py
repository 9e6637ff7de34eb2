# ruff: noqa: RUF001, RUF002  (Cyrillic letters that look like Latin ones are the point)
"""Towns, regions and countries written in Cyrillic, in any case form ("в Москве", "з Харкова",
"в Анталии"), and an unlisted town after "в поселке", "у місті"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from feedback_app.theming.cyrillic import cues
from feedback_app.theming.cyrillic.forms import Word, listed, word_list, words
from feedback_app.theming.spans import Span

# A region named by an adjective before its kind: "Московской области", "Львівська область",
# "Краснодарский край", "Ферганской долине".
_REGION = re.compile(
    r"(?<!\w)[А-ЯЁІЇЄҐ][\w\-]*(?:ск|цк|ськ|цьк|инск)(?:ая|ой|ую|ий|ого|ому|ом|а|ої|ій|у|ий|ої)"
    r"[ \t]+(?i:област[ьи]|області|край|краю|крае|район[аеу]?|районі|республик[аеиу]|"
    r"долин[аеыуі])(?!\w)")
# Listed places that are everyday words in lower case ("вена" is a vein).
# A region named after its town: Харківщина, Київщина, Полтавщина, Черкащина, in any case.
_REGION_WORD = re.compile(r"щин(?:а|и|і|у|ою|ой|е)$")
_WORDS_TOO = frozenset(("вена", "вены", "вене", "вену", "рим", "суми", "сумы", "питер", "ош"))


def is_place(word: Word, before: str) -> bool:
    """True when `word` names a place; `before` is the word before it, lower case."""
    if word.shouting and len(word.text) <= 3:
        return word.key in ("рф", "сша", "оаэ")
    if before in cues.PLACE_KINDS and word.capitalised:
        return True
    if word.capitalised and len(word.text) >= 8 and _REGION_WORD.search(word.key):
        return True
    if not listed(word.text, "cyrillic_places"):
        return False
    return word.capitalised or (before in cues.TO_A_PLACE and word.key not in _WORDS_TOO)


def after_into(word: Word, before: str, language: str) -> bool:
    """"в Химках", "на Сицилії", "у Вроцлаві": a capitalised word after "в", "на" (and "у" in
    Ukrainian) that is no name, no everyday word ("на Вас") and no surname is a place."""
    into = cues.INTO_UK if language == "uk" else cues.INTO
    return (before in into and word.capitalised and not word.shouting and len(word.text) >= 3
            and word.key not in word_list("cyrillic_everyday")
            and not any(listed(word.text, name) for name in (
                "cyrillic_given_names", "cyrillic_word_names", "cyrillic_not_names"))
            and not cues.ADJECTIVE.search(word.key)
            and not cues.STRONG_SURNAME.search(word.key))


def find_cyrillic_places(text: str, language: str = "ru") -> Iterator[Span]:
    """Yield places in Russian and Ukrainian answers."""
    if language not in ("ru", "uk"):
        return
    for match in _REGION.finditer(text):
        yield Span("place", match.start(), match.end())
    found = words(text)
    for index, word in enumerate(found):
        before = found[index - 1].key if index else ""
        if index and text[found[index - 1].end:word.start].strip():
            before = ""
        if is_place(word, before) or after_into(word, before, language):
            yield Span("place", word.start, word.end)
