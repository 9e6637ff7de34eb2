# ruff: noqa: RUF001, RUF002, RUF003  (Cyrillic letters that look like Latin ones are the point)
"""Cyrillic words and their case forms.

Russian and Ukrainian change the end of a name with its role in the sentence (Олег, Олега, Олегу,
Олегом; Марія, Марії, Марію), so a word is looked up by the base forms its ending allows, not as
typed. The lists hold base forms only; the endings below cover the nouns' cases in both languages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from feedback_app.theming.scripts import CYRILLIC
from feedback_app.theming.wordlists import DATA_DIR

# A word of Cyrillic letters, with an apostrophe (мар'яна) or a hyphen (алма-ата) inside.
_LETTER = f"[{CYRILLIC}]"
WORD = re.compile(rf"{_LETTER}+(?:['\u2019\u02bc\-]{_LETTER}+)*")
# Case endings, longest first, and the base-form endings they may stand for; Ukrainian turns
# к and г to ц and з before і ("Оленці", "Ользі").
_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ці", ("ка",)), ("зі", ("га",)), ("ою", ("а", "я", "")), ("ею", ("я", "а", "ь", "")),
    ("єю", ("я",)), ("ією", ("ія",)),
    ("ом", ("", "о")), ("ем", ("", "й", "ь")), ("ём", ("", "ь")), ("єм", ("й",)),
    ("ой", ("а", "")), ("ей", ("я", "ь", "")), ("ові", ("", "о")), ("еві", ("", "й", "ь")),
    ("ам", ("а", "", "и", "ы")), ("ям", ("я", "и")), ("ах", ("а", "", "и", "ы")),
    ("ях", ("я", "и")),
    ("а", ("", "а", "й", "ь", "о")), ("я", ("й", "ь", "я")), ("у", ("", "а", "о")),
    ("ю", ("я", "й", "ь")), ("е", ("а", "", "я", "о", "й")), ("і", ("а", "я", "", "ь", "о")),
    ("и", ("а", "я", "ы", "ь", "")), ("ы", ("а", "")), ("ї", ("я",)), ("є", ("я",)),
    ("о", ("а", "")),
)
_DIMINUTIVE = re.compile(r"(?:очк|ечк|оч|еч|еньк|оньк|ус|юс|к)([ао])$")
_LONG_DIMINUTIVE = re.compile(r"(?:очк|ечк|оч|еч|еньк|оньк)[ао]$")
# Diminutives that end in a consonant or "ко": Тарасик, Вовчик, Петрусь, Андрійко, Маруся.
_SHORT_DIMINUTIVE = re.compile(r"(?<=\w\w\w)(?:чик|ик|усь|юсь|уся|юся|уня|юня|(?<=й)ко)$")


@lru_cache(maxsize=32768)
def key(word: str) -> str:
    """Lower case, ё as е, one apostrophe: "Сережа", "СЕРЁЖА" and "серёжа" read alike."""
    return word.casefold().replace("ё", "е").replace("\u2019", "'").replace("\u02bc", "'")


@lru_cache(maxsize=32768)
def base_forms(word: str) -> tuple[str, ...]:
    """The base forms a word's ending allows, the word itself first ("олегом" -> "олег", ...)."""
    word = key(word)
    forms = [word]
    for ending, bases in _ENDINGS:
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) >= 2:
            forms.extend(stem + base for base in bases)
    return tuple(dict.fromkeys(forms))


@lru_cache(maxsize=32768)
def name_forms(word: str) -> tuple[str, ...]:
    """The base forms, and for a diminutive the name it comes from: Оксанка, Іринка, Сашко are
    Оксана, Ірина, Саша (never for places: "українка" is no "Україна")."""
    forms = base_forms(word)
    # "Наталочко", "Марійко": the name may end in -а, -я or -ія (Наталя, Наталія, Марія)
    more = [_DIMINUTIVE.sub(ending, form) for form in forms if _DIMINUTIVE.search(form)
            for ending in (("а", "я", "ія") if _LONG_DIMINUTIVE.search(form) else ("а",))]
    for form in forms:
        stem = _SHORT_DIMINUTIVE.sub("", form)
        if stem != form:
            more.extend(stem + ending for ending in ("", "а", "я", "о", "ия"))
    return tuple(dict.fromkeys((*forms, *more)))


@cache
def word_list(name: str) -> frozenset[str]:
    """Entries of `data/<name>.txt`, `#` lines being comments; a missing file gives nothing."""
    try:
        text = (DATA_DIR / f"{name}.txt").read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return frozenset(key(line.strip()) for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


def listed(word: str, name: str) -> bool:
    """True when one of the word's base forms is in `data/<name>.txt` (a diminutive's name too,
    unless the list is of places)."""
    entries = word_list(name)
    forms = base_forms(word) if name == "cyrillic_places" else name_forms(word)
    return any(form in entries for form in forms)


@dataclass(frozen=True, slots=True)
class Word:
    start: int
    end: int
    text: str

    @property
    def key(self) -> str:
        return key(self.text)

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def shouting(self) -> bool:
        return len(self.text) > 1 and self.text.isupper()


def words(text: str) -> list[Word]:
    return [Word(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]
