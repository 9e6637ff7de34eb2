# ruff: noqa: RUF001  (Cyrillic letters that look like Latin ones are the point)
"""Person names in Russian and Ukrainian answers.

A word is a name when one of its base forms (see `forms`) is a listed given name ("Олегом",
"Марії", "Оксанке", "Дашин"), or when something around it says so: a title, kinship word or role
before it ("фрау Шмидт", "тетя Надя", "следователь Петренко"), "меня зовут" before it, a
patronymic after it ("Любовь Ивановна"), a surname's ending ("коваленко"), or a capital letter in
the middle of a sentence where the answer's capitals mean something. Names that are everyday
words ("вера", "любовь", "роза", "слава") need one of those cues. Places, God and the
organisations survivors meet ("Красный Крест", "Каритас") are never names. A name runs on over
a patronymic and a surname ("Ирине Викторовне", "Тетяні Бондаренко"); a title stays outside.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from feedback_app.theming.cyrillic import cues
from feedback_app.theming.cyrillic.forms import Word, listed, word_list, words
from feedback_app.theming.cyrillic.places import is_place
from feedback_app.theming.spans import Span

CYRILLIC_LANGUAGES = frozenset(("ru", "uk"))
MAX_NAME_WORDS = 3
_SENTENCE_END = re.compile(r"(?:^|[.!?\n\r:;\"«»()…])[\s\W]*$")
_JOINED = re.compile(r"[ \t]+$")


_POSSESSIVE = re.compile(r"(?:ин|ін)(?:а|у|ой|ою|ы|і|о|е|ого|ому|их)?$")


def _given(word: Word) -> bool:
    if listed(word.text, "cyrillic_given_names") and not _word_name(word):
        return True
    # "Дашин малыш", "Олина мама": Dasha's, Olya's (never "машин", cars, in lower case)
    ending = _POSSESSIVE.search(word.key)
    return (word.capitalised and ending is not None and ending.start() >= 2
            and any(listed(word.key[:ending.start()] + vowel, "cyrillic_given_names")
                    for vowel in ("а", "я")))


def _word_name(word: Word) -> bool:
    return listed(word.text, "cyrillic_word_names")


def _not_name(word: Word) -> bool:
    return listed(word.text, "cyrillic_not_names")


def _everyday(word: Word) -> bool:
    """A common Russian or Ukrainian word as typed ("потом", "сказала"); see data/README."""
    return word.key in word_list("cyrillic_everyday")


def _patronymic(word: Word) -> bool:
    return word.capitalised and len(word.text) > 5 and bool(cues.PATRONYMIC.search(word.key))


class _Reading:
    """The Cyrillic words of one answer, with what is known of each."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.words = words(text)
        opening = [self.starts_sentence(i) for i in range(len(self.words))]
        self.opening = opening
        inside = [w for w, first in zip(self.words, opening, strict=True) if not first]
        self.reliable = (len(inside) < 4
                         or sum(w.capitalised for w in inside) / len(inside) < 0.6)

    def starts_sentence(self, index: int) -> bool:
        before = self.text[max(0, self.words[index].start - 12):self.words[index].start]
        if index == 0 and not self.text[:self.words[0].start].strip():
            return True
        return bool(_SENTENCE_END.search(before)) and not before.rstrip().endswith(",")

    def previous(self, index: int) -> Word | None:
        """The word just before, when only spaces (or a comma after a title) separate them."""
        if index == 0:
            return None
        word = self.words[index - 1]
        return word if _JOINED.fullmatch(self.text[word.end:self.words[index].start]) else None

    def following(self, index: int) -> Word | None:
        if index + 1 >= len(self.words):
            return None
        word = self.words[index + 1]
        gap = self.text[self.words[index].end:word.start]
        return word if _JOINED.fullmatch(gap) or gap == "-" else None

    def place(self, index: int) -> bool:
        before = self.previous(index)
        return is_place(self.words[index], before.key if before else "")


def _capital_inside(reading: _Reading, index: int) -> bool:
    word = reading.words[index]
    return (word.capitalised and not word.shouting and reading.reliable
            and not reading.opening[index])


def _cued(reading: _Reading, index: int) -> bool:
    before = reading.previous(index)
    intro = cues.INTRO.search(reading.text[max(0, reading.words[index].start - 24):
                                           reading.words[index].start])
    return intro is not None or (before is not None and before.key in cues.TITLES)


def _starts_name(reading: _Reading, index: int) -> bool:
    word = reading.words[index]
    if len(word.text) < 2 or _not_name(word) or reading.place(index):
        return False
    before, after = reading.previous(index), reading.following(index)
    if _cued(reading, index) and not (word.shouting and len(word.text) <= 4):
        return True
    if _given(word):
        return True
    kin = before is not None and (before.key in cues.PEOPLE or before.key in cues.THANKS)
    patronymic_after = after is not None and _patronymic(after)
    if _word_name(word):
        return (kin or patronymic_after or _capital_inside(reading, index)
                or (word.capitalised and after is not None and reading.reliable
                    and (after.key in cues.PERSON_NEXT or after.key in cues.AFTER)))
    if cues.STRONG_SURNAME.search(word.key) and len(word.text) >= 6:
        return True
    adjective = cues.ADJECTIVE.search(word.key) and not cues.SURNAME.search(word.key)
    if not word.capitalised or word.shouting:
        # "мама айгуль": after a kinship word or a role, an uncommon word is a name
        return (before is not None and before.key in cues.PEOPLE and len(word.text) >= 4
                and not adjective and not _everyday(word) and not word.shouting
                and not cues.VERB.search(word.key) and not cues.PERSON_NOUN.search(word.key))
    if patronymic_after or (after is not None and after.key in cues.AFTER):
        return True
    if adjective:
        return False
    if kin or _capital_inside(reading, index):
        return True
    # "Мехмет сказал", "Гюльчехра из кухни": an uncommon capitalised word opening a sentence,
    # followed by what a person does
    return (reading.opening[index] and reading.reliable and after is not None
            and len(word.text) >= 3 and not _everyday(word)
            and not cues.PERSON_NOUN.search(word.key)
            and (after.key in cues.PERSON_NEXT or bool(cues.PAST_VERB.search(after.key))))


def _joins(reading: _Reading, index: int) -> bool:
    """A patronymic or surname after a name belongs to it ("Ион Чебан", "Ирине Викторовне")."""
    word = reading.words[index]
    if _not_name(word) or reading.place(index) or (word.shouting and len(word.text) <= 4):
        return False
    if _patronymic(word) or (cues.STRONG_SURNAME.search(word.key) and len(word.text) >= 6):
        return True
    return (word.capitalised and (reading.reliable or word.shouting)
            and not (cues.ADJECTIVE.search(word.key) and not cues.SURNAME.search(word.key))
            and not _word_name(word))


def find_cyrillic_names(text: str, language: str = "ru") -> Iterator[Span]:
    """Yield names in Cyrillic script (and "menya zovut olga") in Russian and Ukrainian answers."""
    if language not in CYRILLIC_LANGUAGES:
        return
    for match in cues.LATIN_INTRO.finditer(text):
        yield Span("name", match.start(1), match.end(1))
    reading = _Reading(text)
    index = 0
    while index < len(reading.words):
        if not _starts_name(reading, index):
            index += 1
            continue
        last = index
        while (last - index + 1 < MAX_NAME_WORDS and reading.following(last) is not None
               and _joins(reading, last + 1)):
            last += 1
        yield Span("name", reading.words[index].start, reading.words[last].end)
        index = last + 1
