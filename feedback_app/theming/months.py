# ruff: noqa: RUF002  (Arabic-Indic digits in the examples are the point here)
"""Month names as survivors write them, in every language the redactor reads.

One list serves dates of birth ("5 de junio de 1997", "٥ أيار ١٩٩٧") and the streets named after
a date ("Rua 25 de Março", "شارع ١٤ رمضان"). Each is a regex alternation, matched without case;
accents are optional where people often leave them out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# A day of the month and a year of birth in digits: the parts every date of birth is built of.
DAY = r"(?:0?[1-9]|[12]\d|3[01])"
YEAR = r"(?:19|20)\d{2}"

LATIN = (
    # English
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    # Spanish
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|se(?:p)?tiembre|octubre|noviembre|"
    "diciembre|ene|abr|ago|dic|"
    # French
    "janvier|f[eé]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|"
    "d[eé]cembre|janv|f[eé]vr?|avr|juil|d[eé]c|"
    # Portuguese
    "janeiro|fevereiro|mar[cç]o|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    "fev|set|dez"  # not "out" (outubro): "2 out of 2000" is no date
)
# Arabic month names: the Gregorian names of Egypt and the Gulf, the Syriac names of Syria, Iraq,
# Lebanon, Jordan and Palestine, and the French-derived names of the Maghreb; hamza and alif
# variants both ways.
ARABIC = (
    "يناير|فبراير|مارس|[أا]بريل|مايو|يونيو|يونيه|يوليو|يوليه|[أا]غسطس|سبتمبر|[أا]كتوبر|"
    "نوفمبر|ديسمبر|"
    "كانون\\s(?:الثاني|ال[أا]ول)|شباط|[آا]ذار|نيسان|[أا]يار|حزيران|تموز|[آا]ب|[أا]يلول|"
    "تشرين\\s(?:الثاني|ال[أا]ول)|"
    "جانفي|فيفري|[أا]فريل|ماي|جوان|جويلية|[أا]وت|"
    # Hijri months, for a date of birth from a Gulf or Saudi document.
    "محرم|صفر|ربيع\\s(?:ال[أا]ول|الثاني|الآخر)|جمادى\\s(?:ال[أا]ولى|الآخرة|الثانية)|رجب|شعبان|"
    "رمضان|شوال|ذو\\s(?:القعدة|الحجة)|"
    # Solar Hijri months as Afghans (Dari) and Iranians (Persian) write a date of birth.
    "حمل|ثور|جوزا|سرطان|اسد|سنبله|میزان|عقرب|قوس|جدی|دلو|حوت|"
    "فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند"
)

_LATIN_WORD = re.compile(rf"(?:{LATIN})\.?", re.IGNORECASE)


def is_latin_month(word: str) -> bool:
    """True for a month name or its abbreviation in English, Spanish, French or Portuguese."""
    return _LATIN_WORD.fullmatch(word) is not None


# How far before a year of birth its month and day are looked for ("ab ginbot 1996 iye tewelide").
_MONTH_READS_CHARS = 24


def births_around(text: str, after_cue: re.Pattern[str], before_verb: re.Pattern[str],
                  month_before: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """Where dates of birth start and end in `text`: the `date` group after a birth word
    (`after_cue`), and a year before a "was born" verb (`before_verb`) reaching back over the
    month and day written before it, which `month_before` finds (anchored at the year)."""
    for found in after_cue.finditer(text):
        yield found.start("date"), found.end("date")
    for found in before_verb.finditer(text):
        start = found.start("date")
        month = month_before.search(text, max(0, start - _MONTH_READS_CHARS), start)
        yield (month.start() if month else start), found.end("date")
