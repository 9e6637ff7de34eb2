"""ID numbers: passports, residence permits, case and file references, national, tax and
social-security numbers, in the forms each country writes them.

Like the other contact detectors they run on the folded text and start every pattern with a
look-behind on its own leading class (see `contact`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from feedback_app.theming.number_cues import (
    DATE_LIKE,
    digit_count,
    looks_like_date_or_time,
    names_an_id,
)
from feedback_app.theming.spans import Span

# ID-like: one token of letters and digits (with inner dashes or slashes) holding 4+ digits, or
# 2+ digits and 2+ letters, such as "AB123456C", "X1234567L", "REF-2023-0042" or "N0-44-91".
# An amount is not an ID: "rembourser 15000 euros", "$15000".
_CURRENCY_AFTER = re.compile(r"\s?(?:(?i:eur(?:os?)?|usd|d[oó]ll?ar(?:e?s)?|pesos|quetzales|reais|"
                             r"lempiras|colones|pounds|libras|soles|dirhams?|francs|cfa|naira)(?!\w)|[€$£]|"
                             # and in Arabic letters: "الدين كان 12000 دولار", "45000 ليرة"
                             r"(?:دولار|يورو|لير[ةه]|دينار|درهم|جنيه|ريال|شيكل|شلن)(?:ات)?(?!\w))")
_ID = re.compile(r"(?<![\w\-/$€£])[A-Za-z0-9]+(?:[\-/][A-Za-z0-9]+){0,5}"
                 rf"(?![\w\-/]|[.,]\w|{_CURRENCY_AFTER.pattern})")
_ORDINAL = re.compile(  # "3rd", "10am", "1er"; "48293017H" is a DNI
    r"\d{1,4}(?:st|nd|rd|th|am|pm|h|hs|min|mins|kg|km|cm|mm|ml|mg|er|e|ème|º|ª|o|a)", re.IGNORECASE)
MIN_ID_DIGITS = 4
# Arabic typed in Latin letters writes its sounds with digits between lower-case letters, one
# digit at a time ("ta3li2" comment, "3ala2a" relation); an ID runs its digits together.
_ARABIZI_WORD = re.compile(r"[2-9]?(?:[a-z]{2,}[2-9])+[a-z]*")
# A single vowel may stand between the digits ("9a9ira" poor, "7a2i2i" real, "l3a2ila" the
# family): still one digit at a time, and as many letters as digits; an ID's single letters
# are seldom all vowels.
_ARABIZI_LOWER = re.compile(r"[a-z]*[2-9](?:(?:[a-z]{2,}|[aeiou])[2-9])*[a-z]*")
# Tokens shaped like IDs that are everyday words: a span of years ("2019-2020", "2019/20") and a
# word with a short number ("covid-19", "top-10").
_NOT_AN_ID = re.compile(r"(?:19|20)\d{2}[\-/](?:(?:19|20)\d{2}|\d{2})|[A-Za-z]+-\d{1,2}")


def is_id_like(token: str) -> bool:
    digits = digit_count(token)
    if digits == 0 or _ORDINAL.fullmatch(token) or looks_like_date_or_time(token) \
            or _NOT_AN_ID.fullmatch(token):
        return False
    letters = sum(char.isalpha() for char in token)
    if _ARABIZI_WORD.fullmatch(token) or (_ARABIZI_LOWER.fullmatch(token) and letters >= digits):
        return False  # "bala ta3li2", "3ala2a": Arabic typed in Latin letters and digits
    if letters == 0:
        return digits >= 5 and len(token) >= 5
    return digits >= MIN_ID_DIGITS or (digits >= 2 and letters >= 2 and len(token) >= 6)


# A short number right after a case, file or document word is that reference: "case number 4471",
# "numéro de dossier 4471", "رقم القضية ٤٤٧١", "القضية رقم ٤٤٧١". A year ("case 2019") stays.
_CASE_WORDS = (
    r"passport|case|file|reference|ref|claim|permit|brp|nhs|visa|home\s+office|"
    r"pasaporte|expediente|caso|referencia|dossier|r[ée]f[ée]rence|passeport|r[ée]c[ée]piss[ée]|"
    r"asylum|asilo|asile|denuncia|atestado|plainte|ocorr[eê]ncia|police\s+report|crime\s+ref|"
    r"radicado|carpeta|folio|querella|"
    r"passaporte|processo|refer[eê]ncia|protocolo|"
    r"(?:ال)?قضي[ةه]|الملف|ملف|الجواز|جواز|جوازي|(?:ال)?[إا]قام[ةه]|(?:ال)?معامل[ةه]|اللجوء|"
    r"رقم\s+(?:ال)?(?:حال[ةه]|طلب|كيس|فايل)|(?:ال)?باسبور(?:ت)?|پرونده|پاسپورت"
)
_SHORT_ID = re.compile(
    rf"(?<!\w)(?:{_CASE_WORDS})(?!\w)"
    r"(?:\s+(?:number|no\.?|n\.?[º°o]\.?|num[eé]ro|n[uú]mero|ref|رقم|شماره))?"
    r"(?:\s+(?:is|es|est|[eé]|هو))?(?:\s(?:el|le|o))?\s?[:#]?\s?(?P<id>\d{4,6})(?![\w\-/]|[.,:]\d)",
    re.IGNORECASE,
)
_YEARS_OR_DATE = re.compile(r"(?:19|20)\d\d(?:\W(?:19|20)\d\d)*|\d\d?\W\d\d?\W(?:\d\d){1,2}")


def find_numbers(text: str) -> Iterator[Span]:
    """Yield long numbers (five digits or more), ID-like tokens mixing letters and digits, and
    short numbers named as a case or document reference.

    Other short numbers stay: ages, room numbers and prices carry meaning and identify nobody.
    """
    for match in _ID.finditer(text):
        token = match.group()
        if len(token) <= 128 and is_id_like(token):
            yield Span("number", match.start(), match.end())
    for match in _SHORT_ID.finditer(text):
        if not _YEARS_OR_DATE.fullmatch(match.group("id")):
            yield Span("number", match.start("id"), match.end("id"))


# National ID shapes that would otherwise read as phone numbers (grouped digits): Brazilian CPF,
# UK National Insurance, French NIR, IBAN and payment cards. They win over phones when both match.
_NATIONAL_ID = re.compile(
    r"(?<![\w.])\d{3}\.\d{3}\.\d{3}-\d{2}(?!\w)"
    r"|(?<![\w\-])\d{3}-\d{2}-\d{4}(?![\w\-])"
    r"|(?<!\w)[A-Za-z]{2}(?P<gap>\s?)\d{2}(?P=gap)\d{2}(?P=gap)\d{2}(?P=gap)[A-Da-d](?!\w)"
    r"|(?<![\w+])[12]\s?\d{2}\s?\d{2}\s?(?:\d{2}|2[ABab])\s?\d{3}\s?\d{3}\s?\d{2}(?!\w)"
    r"|(?<![\w.])\d{1,2}\.\d{3}\.\d{3}-[\dXx](?![\w\-/]|[.,]\d)"
    # Venezuela's cédula with its V (Venezuelan) or E (foreigner): "V-24.581.937", "v-12345678"
    r"|(?<![\w\-])[VvEe](?:-[ \t]?\d{1,2}\.?\d{3}\.?\d{3}|[ \t]?\d{1,2}\.\d{3}\.\d{3})"
    r"(?![\w\-/]|[.,]\d)"
    r"|(?<!\w)[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?(?!\w)"
    r"|(?<![\w+])\d{4}[\s-]\d{4}[\s-]\d{4}[\s-]\d{4}(?!\w)"
)
# After an ID's name its number may come in groups, with letters: "AS 2210 87345", "A 215-447-893",
# "y 1234567 k"; lower-case letters only as an ID's (NIE, A-number, USCIS), not "es"; years stay.
_SPACED_ID = re.compile(
    r"(?<![\w\-/])(?:(?:[A-Z]{1,2}|(?i:[xyza]|ioe|eac|wac|lin|src|msc|nbc|ysc))[ \t\-]?)?"
    r"(?P<body>\d{2,10}(?:[ \t\-]\d{2,10}){0,4})(?:[ \t\-]?(?:[A-Z]{1,2}|[b-df-hj-np-tv-xz]))?"
    r"(?![\w\-/]|[.,]\d)"
)
# Dotted references with a slash or dash: Brazilian process numbers ("08018.012345/2023-11",
# "0012345-67.2023.8.26.0100") and company numbers ("12.345.678/0001-90"). Amounts are
# grouped by three after each dot and carry no slash ("1.500.000-2.000.000"); they stay.
_DOTTED_ID = re.compile(r"(?<![\w.\-/])\d{1,7}(?:[.\-/]\d{1,7}){2,6}(?![\w\-/]|[.,]\d)")
_AFTER_DOT = re.compile(r"\.(\d+)")


def _is_dotted_id(token: str) -> bool:
    if "." not in token or digit_count(token) < 9 or DATE_LIKE.search(token):
        return False
    odd_group = any(len(group) != 3 for group in _AFTER_DOT.findall(token))
    return "/" in token or ("-" in token and odd_group)


def find_national_ids(text: str) -> Iterator[Span]:
    """Yield identity, bank, card and case numbers whose grouping looks like a phone number's."""
    for match in _NATIONAL_ID.finditer(text):
        yield Span("number", match.start(), match.end())
    for match in _DOTTED_ID.finditer(text):
        if _is_dotted_id(match.group()):
            yield Span("number", match.start(), match.end())
    for match in _SPACED_ID.finditer(text):
        body = match.group("body")
        if not (match.group().isdigit() or digit_count(body) < 6 or _YEARS_OR_DATE.fullmatch(body)
                or _CURRENCY_AFTER.match(text, match.end())) and names_an_id(
                    text, match.start(), match.end()):
            yield Span("number", match.start(), match.end())
