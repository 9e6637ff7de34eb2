"""Fitting outgoing texts to SMS: GSM-7 where possible, UCS-2 otherwise, and counting segments.

A GSM-7 message holds 160 characters (153 per part once split; the extension characters such as
``€`` take two); UCS-2 holds 70 (67 per part). A Latin text with letters GSM-7 lacks (``ç``, ``ã``)
has its accents folded only when that saves a segment; other scripts are sent as UCS-2 unchanged.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import gsm0338  # noqa: F401  registers the "gsm03.38" codec

GSM7, UCS2 = "gsm7", "ucs2"
_LIMITS = {GSM7: (160, 153), UCS2: (70, 67)}
# Typography a phone keyboard never needs, with the GSM-7 character it stands for.
_PLAIN = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                        "\u2013": "-", "\u2014": "-", "\u2026": "...", "\u00a0": " ",
                        "\u202f": " ", "\u00ab": '"', "\u00bb": '"',
                        "\u00b7": "."})  # French inclusive writing: survivant·es → survivant.es


@dataclass(frozen=True)
class SmsText:
    text: str
    coding: str  # GSM7 or UCS2
    segments: int


def _units(text: str, coding: str) -> int:
    if coding == GSM7:
        return len(text.encode("gsm03.38"))  # septets: extension characters count twice
    return len(text.encode("utf-16-be")) // 2  # code units: an emoji counts twice


def segments(text: str, coding: str) -> int:
    single, part = _LIMITS[coding]
    units = _units(text, coding)
    return 1 if units <= single else -(-units // part)


def _gsm_ok(text: str) -> bool:
    try:
        text.encode("gsm03.38")
    except UnicodeEncodeError:
        return False
    return True


def _fold(text: str) -> str:
    """Letters GSM-7 lacks, without their accents (ã → a); everything else as it was."""
    out = []
    for char in text:
        if _gsm_ok(char):
            out.append(char)
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", char)
                       if not unicodedata.combining(c))
        out.append(base if base and _gsm_ok(base) else char)
    return "".join(out)


# Languages whose accents are letters of their own: Vietnamese "ma", "má", "mà", "mã" are ghost,
# mother, but, code. Their texts are never sent without them, whatever it costs in segments.
MARKS_CARRY_MEANING = frozenset({"vi"})


def fit(text: str, language: str | None = None) -> SmsText:
    """The text as it will be sent, its coding and how many segments it takes. A text that GSM-7
    can carry once its accents are off goes that way when it saves a segment, unless its
    language needs them (MARKS_CARRY_MEANING)."""
    text = text.translate(_PLAIN)
    if _gsm_ok(text):
        return SmsText(text, GSM7, segments(text, GSM7))
    as_ucs2 = SmsText(text, UCS2, segments(text, UCS2))
    if language in MARKS_CARRY_MEANING:
        return as_ucs2
    folded = _fold(text)
    if _gsm_ok(folded) and segments(folded, GSM7) < as_ucs2.segments:
        return SmsText(folded, GSM7, segments(folded, GSM7))
    return as_ucs2
