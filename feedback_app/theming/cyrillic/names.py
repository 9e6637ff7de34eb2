# ruff: noqa: RUF001, RUF002, RUF003  (Cyrillic letters that look like Latin ones are the point)
"""Person names in Russian and Ukrainian answers.

A word is a name when one of its base forms (see `forms`) is a listed given name ("Олегом",
"Марії", "Оксанке", "Дашин"), or when something around it says so: a title, kinship word or role
before it ("фрау Шмидт", "тетя Надя", "следователь Петренко"), "меня зовут" before it, a
patronymic after it ("Любовь Ивановна"), a surname's ending ("коваленко"), or a capital letter in
the middle of a sentence where the answer's capitals mean something. Names that are everyday
words ("вера", "любовь", "роза", "слава") need one of those cues. Places, God and the
organisations survivors meet ("Красный Крест", "Каритас") are never names. A name runs on over
a patronymic and a surname ("Ирине Викторовне", "Тетяні Бондаренко") or a nickname ("Коля
Лысый"); a title stays outside.
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


_AFTER_NUMBER = re.compile(r"\d[ \t]*$")
_POSSESSIVE = re.compile(r"(?:ин|ін)(?:а|у|ой|ою|ы|і|о|е|ого|ому|их)?$")


def _given(word: Word) -> bool:
    if listed(word.text, "cyrillic_given_names") and not _word_name(word):
        return True
    # "Дашин малыш", "Олина мама": Dasha's, Olya's (never "машин", cars, in lower case)
    # ("мадинин бывший" in lower case: a stem of four letters or more, no everyday word)
    ending = _POSSESSIVE.search(word.key)
    return (ending is not None and ending.start() >= 2
            and (word.capitalised or (ending.start() >= 4 and not _everyday(word)))
            and any(listed(word.key[:ending.start()] + vowel, "cyrillic_given_names")
                    for vowel in ("а", "я")))


def _word_name(word: Word) -> bool:
    return listed(word.text, "cyrillic_word_names")


def _not_name(word: Word) -> bool:
    """Listed as naming no one; a case form that a name reads as well ("Марті", "Марто" of
    Марта, not of март) is left to the words around it."""
    if word.key in word_list("cyrillic_not_names"):
        return True
    return (listed(word.text, "cyrillic_not_names")
            and not listed(word.text, "cyrillic_given_names") and not _word_name(word))


def _everyday(word: Word) -> bool:
    """A common Russian or Ukrainian word as typed ("потом", "сказала"); see data/README."""
    return word.key in word_list("cyrillic_everyday")


def _patronymic(word: Word) -> bool:
    return ((word.capitalised and len(word.text) > 5 and bool(cues.PATRONYMIC.search(word.key)))
            or _from_given(word, cues.FATHERS))


def _from_given(word: Word, endings: re.Pattern[str]) -> bool:
    """A patronymic or surname made from a listed given name, in any case ("ашотовна",
    "Петровна", "петров", "Сергеевна", "Ігорівна"): Ашот, Петр, Сергей, Ігор."""
    found = endings.search(word.key)
    if found is None or found.start() < 3:
        return False
    stem = word.key[:found.start()]
    return any(form in word_list("cyrillic_given_names")
               and form not in word_list("cyrillic_word_names")
               for form in (stem, stem + "й", stem[:-1] + "й", stem + "ь", stem + "а"))


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


def _named_by_verb(reading: _Reading, index: int) -> bool:
    """After "меня зовут", "звали", "кликали" (a pronoun may stand between) the word is a name
    in any case; the cue after a name ("Сергей, так меня зовут") names no word after it."""
    word = reading.words[index]
    start = word.start
    intro = cues.INTRO.search(reading.text[max(0, start - 24):start])
    if intro is not None and cues.NAME_CAME_BEFORE.search(
            reading.text[max(0, start - 32):start]):
        return False
    before = reading.previous(index)
    if before is not None and before.key in cues.PRONOUNS and index >= 1:
        before = reading.previous(index - 1)
    if intro is None and (before is None or before.key not in cues.NAMING):
        return False
    if (word.key in cues.PRONOUNS or word.key in cues.INVITED or word.key in cues.PEOPLE
            or word.key in cues.TITLES):
        return False
    # "его все звали борода": a nickname just after the verb is a name, whatever the word
    if intro is None and len(word.text) >= 4 and not cues.VERB.search(word.key):
        return True
    # "меня зовут, пишу полностью": a lower-case everyday word is no name unless it is one too
    return (word.capitalised or _given(word) or _word_name(word)
            or not (_everyday(word) or cues.VERB.search(word.key)))


def _cued(reading: _Reading, index: int) -> bool:
    before = reading.previous(index)
    return _named_by_verb(reading, index) or (before is not None and before.key in cues.TITLES)


def _into_place(reading: _Reading, index: int, language: str) -> bool:
    """"в Химках", "на Сицилії", "у Вроцлаві": a capitalised word after these that is no listed
    name and no surname by its ending is a place."""
    before = reading.previous(index)
    word = reading.words[index]
    into = cues.INTO_UK if language == "uk" else cues.INTO
    return (before is not None and before.key in into and word.capitalised
            and not _given(word) and not _word_name(word)
            and not (cues.STRONG_SURNAME.search(word.key) and len(word.text) >= 6))


def _starts_name(reading: _Reading, index: int, language: str = "ru") -> bool:
    word = reading.words[index]
    if (len(word.text) < 2 or _not_name(word) or reading.place(index)
            or _AFTER_NUMBER.search(reading.text[max(0, word.start - 8):word.start])):
        return False
    before, after = reading.previous(index), reading.following(index)
    if _cued(reading, index) and not (word.shouting and len(word.text) <= 4):
        return True
    if _into_place(reading, index, language) or _inside_a_thing(reading, index):
        return False
    if _given(word) or _from_given(word, cues.FATHERS):
        return True
    if (role_before(reading, index) or word.capitalised) and _from_given(word, cues.FAMILY):
        return True
    # "через Золотую Корону": a capitalised word after a capitalised adjective names a thing
    if (before is not None and before.capitalised and cues.ADJECTIVE.search(before.key)
            and not cues.SURNAME.search(before.key)):
        return False
    kin = before is not None and (before.key in cues.PEOPLE or before.key in cues.THANKS)
    role = before is not None and (before.key in cues.PEOPLE or before.key in cues.TITLES)
    patronymic_after = after is not None and _patronymic(after)
    address_after = after is not None and after.key in cues.AFTER
    if _word_name(word):
        # "роза апа", "Роза с ресепшена": a form of address or a person's doing after it
        # "слава водитель газели": a role after it, in any case
        return (kin or patronymic_after or _capital_inside(reading, index) or address_after
                or (after is not None and after.key in cues.PEOPLE and not word.shouting)
                or (word.capitalised and after is not None and reading.reliable
                    and (after.key in cues.PERSON_NEXT or after.key in cues.THANKS
                         or after.key in cues.PEOPLE
                         or (len(after.text) >= 3 and bool(cues.PAST_VERB.search(after.key))
                             and after.key not in cues.NOT_DONE_BY_PEOPLE
                             and not word.shouting))))
    if cues.STRONG_SURNAME.search(word.key) and len(word.text) >= 6:
        return True
    adjective = cues.ADJECTIVE.search(word.key) and not cues.SURNAME.search(word.key)
    if not word.capitalised or word.shouting:
        uncommon = (len(word.text) >= 3 and not _everyday(word) and not word.shouting
                    and word.key not in cues.PRONOUNS)
        # "хозяин абдуллаев", "назира апа": a surname after a role, a name before "апа"
        if uncommon and ((role and cues.ROLE_SURNAME.search(word.key) and len(word.text) >= 5)
                         or address_after):
            return True
        # "мама айгуль": after a kinship word or a role, an uncommon word is a name
        return (before is not None and before.key in cues.PEOPLE and len(word.text) >= 4
                and not adjective and not _everyday(word) and not word.shouting
                and not cues.VERB.search(word.key) and not cues.PERSON_NOUN.search(word.key))
    if patronymic_after or address_after:
        return True
    if adjective:
        # "бригадир Лысый", "хозяин Рыжий": a nickname after a role, in the nominative
        return (role and not reading.opening[index] and bool(cues.NICKNAME.search(word.key))
                and (after is None or not after.capitalised))
    if kin or _capital_inside(reading, index):
        return True
    # "Мехмет сказал", "Гюльчехра из кухни": an uncommon capitalised word opening a sentence,
    # followed by what a person does
    return (reading.opening[index] and reading.reliable and after is not None
            and len(word.text) >= 3 and not _everyday(word)
            and not cues.PERSON_NOUN.search(word.key)
            and (after.key in cues.PERSON_NEXT or bool(cues.PAST_VERB.search(after.key))))


def _inside_a_thing(reading: _Reading, index: int) -> bool:
    """"мыли яхты в марине", "жили в вере": a lower-case word in the prepositional case just
    after "в" is where something is, not someone ("влюбилась в сашу" and "у марины" stay)."""
    word, before = reading.words[index], reading.previous(index)
    return (not word.capitalised and before is not None and before.key in ("в", "во")
            and word.key.endswith("е"))


def role_before(reading: _Reading, index: int) -> bool:
    before = reading.previous(index)
    return before is not None and (before.key in cues.PEOPLE or before.key in cues.TITLES)


def _joins(reading: _Reading, index: int) -> bool:
    """A patronymic or surname after a name belongs to it ("Ион Чебан", "Ирине Викторовне")."""
    word = reading.words[index]
    if _not_name(word) or reading.place(index) or (word.shouting and len(word.text) <= 4):
        return False
    if _patronymic(word) or (cues.STRONG_SURNAME.search(word.key) and len(word.text) >= 6):
        return True
    if _nickname_after_given(reading, index):
        return True
    return (word.capitalised and (reading.reliable or word.shouting)
            and not (cues.ADJECTIVE.search(word.key) and not cues.SURNAME.search(word.key))
            and not _word_name(word))


def _nickname_after_given(reading: _Reading, index: int) -> bool:
    """"бригадир Коля Лысый", "Рома Кривий той шо нас возив": a capitalised adjective in the
    nominative just after a given name is the nickname the person goes by, and part of the name
    (never before another capitalised word: "Оля Красный Крест" stays two things)."""
    word, before, after = reading.words[index], reading.previous(index), reading.following(index)
    return (word.capitalised and not word.shouting and reading.reliable and before is not None
            and _given(before) and bool(cues.NICKNAME.search(word.key))
            and not cues.SURNAME.search(word.key) and (after is None or not after.capitalised))


def find_cyrillic_names(text: str, language: str = "ru") -> Iterator[Span]:
    """Yield names in Cyrillic script (and "menya zovut olga") in Russian and Ukrainian answers."""
    if language not in CYRILLIC_LANGUAGES:
        return
    for match in cues.LATIN_INTRO.finditer(text):
        yield Span("name", match.start(1), match.end(1))
    reading = _Reading(text)
    index = 0
    taken = 0
    while index < len(reading.words):
        if not _starts_name(reading, index, language):
            index += 1
            continue
        first = index
        if index > taken and _surname_before(reading, index):
            first = index - 1
        last = index
        while (last - first + 1 < MAX_NAME_WORDS and reading.following(last) is not None
               and _joins(reading, last + 1)):
            last += 1
        yield Span("name", reading.words[first].start, reading.words[last].end)
        index = taken = last + 1


def _surname_before(reading: _Reading, index: int) -> bool:
    """"Каримов Достон Бахромович", "Гончарук Людмила": a surname by its ending, capitalised,
    just before a given name belongs to it."""
    before = reading.previous(index)
    return (before is not None and before.capitalised and not before.shouting
            and len(before.text) >= 4 and bool(cues.SURNAME.search(before.key))
            and not _not_name(before) and not reading.place(index - 1)
            and not _everyday(before) and before.key not in cues.PEOPLE)
