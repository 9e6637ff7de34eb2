# ruff: noqa: RUF001  (Arabic letters are the point of this module)
"""Names typed in Latin letters inside an answer written in Arabic script.

People write a foreign name as its owner spells it ("Blessing من نيجيريا صديقتي", "Tigist قالت
لي") and sign an answer with their name ("... ما برد على مكالمات. Rasha"). In an English sentence
a capital says little, but between Arabic words a capitalised Latin word is a name, a place or a
brand: it counts as a name when an Arabic verb, relation or role of a person follows it, "من"
and a place follow it, or it closes the answer on its own as a signature.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from feedback_app.theming import wordlists
from feedback_app.theming.arabic import cues, verbs
from feedback_app.theming.arabic.around import places
from feedback_app.theming.arabic.script import SPACE, WORD, normalise
from feedback_app.theming.spans import Span

# One or two capitalised words ("Rasha", "Tigist Hailu"), not part of an email, a handle or a URL.
_CAPITALISED = re.compile(
    r"(?:(?<![\w@./#-])|(?<=(?<!\w)و))[A-Z][a-z]{2,19}(?:[ \t]+[A-Z][a-z]{2,19})?(?![\w@/#-])"
    r"(?!\.\w)")
# A Latin word right after an Arabic title, role or relation: "المشرفة lina", "صديقتي Grace".
_AFTER_CUE = re.compile(r"(?<![\w@./#-])[A-Za-z][a-z]{2,19}(?![\w@/#-])(?!\.\w)")
_ARABIC_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")
# "Fatima وAmina": a capitalised name, then "و" joined to the next.
_NAME_AND_BEFORE = re.compile(r"[A-Z][a-z]{2,19}[ \t]+و$")
_LATIN_BEFORE = re.compile(r"[A-Za-z][A-Za-z'’]*[ \t,]*$")
_SIGNATURE_END = re.compile(r"[ \t.!?)\u200f\u200e]*$")
_SENTENCE_BREAK = re.compile(r"(?:^|[.!?؟\n،,:;؛\-–])[ \t\u200f\u200e]*$")
_FROM = normalise("من")
# What after the name shows a person: a verb, a relation, a role, "اللي", a state.
_PERSON_AFTER = (verbs.PERSON_PAST | verbs.PERSON_VERB | verbs.PERSON_VERB_MORE | cues.RELATIVE
                 | cues.KIN | cues.AFTER_ROLE | cues.PERSON_STATE)


def _word_ok(word: str, strict: bool) -> bool:
    """A capitalised word that can be a name: no everyday word, language, month or town (a name
    that is a word too, "Blessing", "Joy", only where `strict` is off)."""
    key = wordlists.plain_key(word)
    if key in wordlists.language_names() or key in wordlists.places():
        return False
    if key in wordlists.everyday("any"):
        return not strict and key in wordlists.names_that_are_words()
    return True


def _person_follows(text: str, end: int) -> bool:
    gap = SPACE.match(text, end)
    if gap is None:
        return False
    word = WORD.match(text, gap.end())
    if word is None:
        return False
    key = normalise(word.group())
    if key in _PERSON_AFTER or cues.nationality(key):
        return True
    if key != _FROM:
        return False
    gap = SPACE.match(text, word.end())
    place = WORD.match(text, gap.end()) if gap else None
    return place is not None and normalise(place.group()) in places()


def _cue_before(before: str) -> bool:
    """An Arabic title, role or relation ends `before`: "المشرفة ", "صديقتي "."""
    word = _ARABIC_WORD_BEFORE.search(before)
    if word is None or not WORD.fullmatch(word.group(1)):
        return False
    key = normalise(word.group(1))
    return key in cues.TITLE or key in cues.ROLE or key in cues.KIN


def _names_after_cues(text: str) -> Iterator[Span]:
    """"المشرفة lina": a listed given name in lower case after an Arabic title or role."""
    for match in _AFTER_CUE.finditer(text):
        word = match.group()
        if word[0].isupper() or wordlists.plain_key(word) not in wordlists.given_names():
            continue  # a capitalised one is read below
        key = wordlists.plain_key(word)
        if _cue_before(text[max(0, match.start() - 40):match.start()]) and not (
                key in wordlists.everyday("fr") or key in wordlists.places()):
            yield Span("name", match.start(), match.end())  # not "المشرفة will", "case"


def find_latin_names(text: str) -> Iterator[Span]:
    """Latin names in an Arabic-script answer, shown by what is before or after them."""
    yield from _names_after_cues(text)
    for match in _CAPITALISED.finditer(text):
        start, end = match.start(), match.end()
        before = text[max(0, start - 40):start]
        if _LATIN_BEFORE.search(before):
            continue  # inside a sentence in English or French: the Latin name reader's job
        words = match.group().split()
        if (_person_follows(text, end) or _NAME_AND_BEFORE.search(before)
                or _cue_before(before)) and all(_word_ok(word, strict=False) for word in words):
            yield Span("name", start, end)
        elif (_SENTENCE_BREAK.search(before) and _SIGNATURE_END.fullmatch(text, end)
              and all(_word_ok(word, strict=True) for word in words)):
            yield Span("name", start, end)  # "... ما برد على مكالمات. Rasha"


# How the German words for the papers, offices and courses of the asylum end: the Latin rules
# read them as names for their capitals ("der Deutschkurs ممتاز", "الـ Termin بالجوب سنتر").
_PAPER_ENDINGS = ("kurs", "termin", "zeichen", "nummer", "ausweis", "schein", "bescheid",
                  "antrag", "titel", "behörde", "jobcenter", "zentrum", "gericht")


def without_paper_words(text: str, spans: Iterable[Span]) -> Iterator[Span]:
    """The Latin rules' names in an Arabic answer, less the German words of papers and offices:
    "Termin بالجوب سنتر" names no one, "Frau Weber قالتلي" does."""
    for span in spans:
        if not any(word.casefold().endswith(_PAPER_ENDINGS)
                   for word in text[span.start:span.end].split()):
            yield span
