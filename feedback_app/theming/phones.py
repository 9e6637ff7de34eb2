"""Phone numbers in any digits and form, spaced, dotted or spelled out ("zero seven nine...").

Like the other contact detectors they run on the folded text and start every pattern with a
look-behind on its own leading class (see `contact`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from feedback_app.theming.number_cues import (
    PHONE_WORDS,
    digit_count,
    looks_like_date_or_time,
    names_an_id,
)
from feedback_app.theming.spans import Span

_EXTENSION = r"(?:\s?(?:ext|x|ramal|poste)\.?\s?\d{1,5})?(?![\w])"
# A phone is digits with phone-like separators. The body is 6 to 15 digits in groups (up to one
# digit per group: "0 7 9 5 5 5 0 1 2 3"); the optional "+cc" or "00cc" prefix, a parenthesised
# area code and an extension are all accepted. The patterns run on the folded view (see
# `folding`), so Arabic-Indic and Persian digits and invisible characters need no case here.
_PHONE = re.compile(
    r"(?<![\w+(])(?:\+|00 ?)\d{1,3}[\s.\-/]{0,2}(?:\(\d{1,5}\)[\s.\-/]{0,2})?\d{1,14}"
    r"(?:[\s.\-/]{1,2}\d{1,8}){0,14}" + _EXTENSION +
    r"|(?<![\w+(])(?:\(\d{1,5}\)[\s.\-/]{0,2})?"
    r"\d{1,8}(?:[\s.\-/]{1,2}\d{1,8}){1,14}" + _EXTENSION +
    r"|(?<![\w+(])\(\d{1,5}\)[\s.\-]{0,2}\d{2,8}(?:[\s.\-]{0,2}\d{2,5}){0,3}(?!\w)",
    re.IGNORECASE,
)
_INSIDE_REFERENCE = re.compile(r"[^\W\d_]{2}[/\-]$")
_LONG_DIGITS = re.compile(r"(?<![\w])\d{5,}(?![\w])")
_DIGIT_RUN = re.compile(r"\d+")
_EXTENSION_TAIL = re.compile(r"\s?(?:ext|x|ramal|poste)\.?\s?\d{1,5}$", re.IGNORECASE)
# "my number is 3304789754": a possessive "number" right before the digits means a phone, while
# "my case number is" does not (the noun between them names some other number).
_NUMBER_IS = re.compile(
    r"(?:my|mi|mon|meu|minha|o meu)\s+(?:phone\s+|mobile\s+)?(?:number|n[uú]mero|num[eé]ro)"
    r"(?:\s+(?:is|es|est|[eé]))?(?:\s+(?:le|o))?\W{0,3}$",
    re.IGNORECASE,
)
_POST_CODE_SHAPE = re.compile(r"\d{4,5}-\d{3}")
_PHONE_CUES = re.compile(rf"(?:{PHONE_WORDS})\W{{0,3}}(?:\w+\W{{1,3}}){{0,3}}$", re.IGNORECASE)
# "number: 447700900826" at the start of an answer or a line: a number with no noun naming it.
_BARE_NUMBER = re.compile(r"(?:^|[\n.;!?]\s*)(?:number|n[uú]mero|num[eé]ro)\s?:\s*$",
                          re.IGNORECASE)
# Mobiles written in one run with no cue: Colombia's ten digits from 300 to 351
# ("3124567890"), Spain's nine from 6 or 7 ("612489307").
_MOBILE = re.compile(r"3[0-5]\d{8}|[67]\d{8}")
MIN_PHONE_DIGITS = 7
MAX_PHONE_DIGITS = 15


_LAST_GROUP = re.compile(r"\s{1,2}\d{1,8}$")


def _within_phone_length(chunk: str) -> str:
    """Drop the groups after a full phone: "00 49 176 23458890 5 marrat" (five times)."""
    while digit_count(chunk) > MAX_PHONE_DIGITS and (tail := _LAST_GROUP.search(chunk)):
        chunk = chunk[:tail.start()]
    groups = _DIGIT_RUN.findall(chunk)
    if len(groups) >= 3 and len(groups[-1]) == 1 and len(groups[-2]) >= 2 \
            and digit_count(chunk) > 10 and (tail := _LAST_GROUP.search(chunk)):
        chunk = chunk[:tail.start()]  # "... 900123 3 marrat": a count after a full phone
    return chunk


def _years(chunk: str) -> bool:
    groups = _DIGIT_RUN.findall(chunk)
    return all(len(group) == 4 and group[:2] in ("19", "20") for group in groups)


def _phone_shaped(chunk: str) -> bool:
    """Tell phone grouping ("612 34 56 78", "555-123-4567") from lists ("2019 2020", "1 2 3")."""
    if chunk[0] in "+(" or chunk[0] == "0":
        return True
    groups = _DIGIT_RUN.findall(_EXTENSION_TAIL.sub("", chunk))
    if len(groups) >= 9 and all(len(group) == 1 for group in groups):
        return True  # read out digit by digit
    if len(groups) >= 4 and groups[0] == "1":
        groups = groups[1:]  # North American "1-555-123-4567"
    if [len(group) for group in groups] == [1, 3, 3, 2, 2] and groups[0] == "8":
        return True  # a Russian or Ukrainian mobile dialled at home: "8 916 203 47 81"
    if any(len(group) < 2 for group in groups):
        return False
    if _years(chunk):
        return False
    return len(groups) >= 3 or (" " in chunk and len(groups[0]) >= 3)


# "0612345678 pour appeler la nuit": the cue can also follow the number.
_PHONE_CUES_AFTER = re.compile(
    r"^\W{0,3}(?:to call|to ring|to text|for calls|pour (?:appeler|joindre)|para (?:llamar|ligar|"
    r"contactar)|para hablar)\b",
    re.IGNORECASE,
)


def _cued(text: str, start: int, end: int | None = None) -> bool:
    window = text[max(0, start - 40):start]
    after = bool(end is not None and _PHONE_CUES_AFTER.search(text[end:end + 30]))
    return bool(_PHONE_CUES.search(window) or _NUMBER_IS.search(window)
                or _BARE_NUMBER.search(window)) or after


def find_phones(text: str) -> Iterator[Span]:
    """Yield phones: 7 to 15 digits with phone-like grouping, or any such digits after a cue.

    The same digits after an ID document's name ("nhs number", "رقم الإقامة") are that ID and
    come out as a "number" span instead.
    """
    for match in _PHONE.finditer(text):
        chunk = _within_phone_length(match.group())
        digits = digit_count(_EXTENSION_TAIL.sub("", chunk))
        if looks_like_date_or_time(chunk.strip()) or _INSIDE_REFERENCE.search(
                text, max(0, match.start() - 3), match.start()):
            continue  # "FGE/TRATA/0457/2022": the digits end a reference, found as an ID
        cued = _cued(text, match.start(), match.end())
        if _POST_CODE_SHAPE.fullmatch(chunk) and not cued:
            continue  # a Brazilian or Portuguese post code ("01310-100"), part of an address
        if MIN_PHONE_DIGITS <= digits <= MAX_PHONE_DIGITS and (
                (cued and not _years(chunk)) or _phone_shaped(chunk)):
            kind = "number" if names_an_id(text, match.start(), match.end()) else "phone"
            yield Span(kind, match.start(), match.start() + len(chunk))
    for match in _LONG_DIGITS.finditer(text):
        digits = match.end() - match.start()
        if not MIN_PHONE_DIGITS <= digits <= MAX_PHONE_DIGITS:
            continue
        cued = _cued(text, match.start(), match.end())
        if cued or (text[match.start()] == "0" and digits in (10, 11)) or _MOBILE.fullmatch(
                match.group()):
            kind = "number" if names_an_id(text, match.start(), match.end()) else "phone"
            yield Span(kind, match.start(), match.end())


# A phone read out in words, as people write it to slip past filters or as a voice-to-text app
# types it: "zero seven nine five five five...", "cero seis uno...", "صفر سبعة تسعة...".
_DIGIT_WORDS = (
    r"zero|oh|one|two|three|four|five|six|seven|eight|nine|"
    r"cero|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|"
    r"z[eé]ro|un|une|deux|trois|quatre|cinq|sept|huit|neuf|"
    r"um|uma|dois|duas|tr[eê]s|quatro|sete|oito|nove|"
    r"صفر|واحد|[اإ]ثنان|[اإ]ثنين|ثلاثة|ثلاث|[أا]ربعة|[أا]ربع|خمسة|خمس|ستة|ست|سبعة|سبع|ثمانية|ثمان|"
    r"تسعة|تسع|\d"
)
_SPELLED_PHONE = re.compile(
    rf"(?<!\w)(?:{_DIGIT_WORDS})(?:[\s,.\-]{{1,3}}(?:{_DIGIT_WORDS})(?!\w)){{6,14}}",
    re.IGNORECASE,
)
_ZERO_WORD = re.compile(r"zero|oh|cero|z[eé]ro|صفر|0", re.IGNORECASE)
_WORD_SPLIT = re.compile(r"[\s,.\-]+")


def find_spelled_phones(text: str) -> Iterator[Span]:
    """Yield phones written as digit words in a row: seven after a cue or a leading zero, else ten.

    "we were one two three four five six seven" counts people; a phone starts with zero, follows
    "call" or "my number is", or runs longer than counting does.
    """
    for match in _SPELLED_PHONE.finditer(text):
        chunk = match.group()
        if chunk.replace(" ", "").isdigit():
            continue  # digits alone are for find_phones
        words = _WORD_SPLIT.split(chunk)
        if (len(words) >= 10 or _ZERO_WORD.fullmatch(words[0])
                or _cued(text, match.start(), match.end())):
            yield Span("phone", match.start(), match.end())
