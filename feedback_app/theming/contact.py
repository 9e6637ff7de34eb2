"""Detectors for contact details and identifiers: emails, URLs, messaging handles, phones and IDs.

They run on the folded text (see `folding`): Arabic-Indic and Persian digits read as 0-9 and
invisible characters are out, so the patterns below need no case for them.

Every pattern starts with a negative look-behind on its own leading character class, so a match
can only begin at the edge of a run. Without that, a 100 kB word with no "@" would make the email
pattern retry from every position (quadratic time); the preview runs this on every key press.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from feedback_app.theming.spans import Span

# Top-level domains accepted for bare domains ("example.org/help"): a short list keeps "e.g" and
# "i.e" out while covering the domains survivors and staff actually type.
_BARE_TLDS = (
    "com|org|net|info|biz|gov|edu|int|io|co|me|app|online|site|help|ngo|"
    "uk|us|ca|au|ie|es|mx|ar|cl|pe|fr|be|ch|lu|pt|br|ao|mz|de|it|nl|ro|pl|ng|gh|ph|vn|th|in|ru|ua"
)
_EMAIL = re.compile(
    r"(?<![\w.+%-])[\w.+%-]{1,64}"
    r"(?:@|\s?\((?:at|arroba|arobase)\)\s?|\s?\[(?:at|arroba|arobase)\]\s?)"
    r"[\w-]{1,63}(?:(?:\.|\s?\(dot\)\s?|\s?\[dot\]\s?)[\w-]{1,63}){1,8}",
    re.IGNORECASE,
)
_URL = re.compile(
    r"(?<![\w@/.-])(?:(?:https?|ftp)://|www\.)[^\s<>\"']{1,2000}"
    r"|(?<![\w@/.-])[a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){0,4}\.(?:" + _BARE_TLDS + r")\b"
    r"(?![\w-]|\.\w)(?:/[^\s<>\"']{0,2000})?",
    re.IGNORECASE,
)
_EXTENSION = r"(?:\s?(?:ext|x|ramal|poste)\.?\s?\d{1,5})?(?![\w])"
# A phone is digits with phone-like separators. The body is 6 to 15 digits in groups (up to one
# digit per group: "0 7 9 5 5 5 0 1 2 3"); the optional "+cc" or "00cc" prefix, a parenthesised
# area code and an extension are all accepted. The patterns run on the folded view (see
# `folding`), so Arabic-Indic and Persian digits and invisible characters need no case here.
_PHONE = re.compile(
    r"(?<![\w+(])(?:\+|00)\d{1,3}[\s.\-/]{0,2}(?:\(\d{1,5}\)[\s.\-/]{0,2})?\d{1,14}"
    r"(?:[\s.\-/]{1,2}\d{1,8}){0,14}" + _EXTENSION +
    r"|(?<![\w+(])(?:\(\d{1,5}\)[\s.\-/]{0,2})?"
    r"\d{1,8}(?:[\s.\-/]{1,2}\d{1,8}){1,14}" + _EXTENSION +
    r"|(?<![\w+(])\(\d{1,5}\)[\s.\-]{0,2}\d{2,8}(?:[\s.\-]{0,2}\d{2,5}){0,3}(?!\w)",
    re.IGNORECASE,
)
_LONG_DIGITS = re.compile(r"(?<![\w])\d{5,}(?![\w])")
# ID-like: one token of letters and digits (with inner dashes or slashes) holding 4+ digits, or
# 2+ digits and 2+ letters, such as "AB123456C", "X1234567L", "REF-2023-0042" or "N0-44-91".
_ID = re.compile(r"(?<![\w\-/])[A-Za-z0-9]+(?:[\-/][A-Za-z0-9]+){0,5}(?![\w\-/]|[.,]\w)")
_DIGIT = re.compile(r"\d")
_DIGIT_RUN = re.compile(r"\d+")
_LETTER = re.compile(r"[A-Za-z]")
_DATE_LIKE = re.compile(
    r"\d{1,2}[./\-]\d{1,2}[./\-](?:\d{2}|\d{4})|\d{4}[./\-]\d{1,2}[./\-]\d{1,2}"
)
_EXTENSION_TAIL = re.compile(r"\s?(?:ext|x|ramal|poste)\.?\s?\d{1,5}$", re.IGNORECASE)
# "my number is 3304789754": a possessive "number" right before the digits means a phone, while
# "my case number is" does not (the noun between them names some other number).
_NUMBER_IS = re.compile(
    r"(?:my|mi|mon|meu|minha|o meu)\s+(?:phone\s+|mobile\s+)?(?:number|n[uú]mero|num[eé]ro)"
    r"(?:\s+(?:is|es|est|[eé]))?(?:\s+(?:le|o))?\W{0,3}$",
    re.IGNORECASE,
)
_TIME_LIKE = re.compile(r"\d{1,2}[.:]\d{2}(?:\s?[-\u2013]\s?\d{1,2}[.:]\d{2})?")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th|am|pm|h|hs|min|mins|kg|km|cm|mm|ml|mg|er|e|ème|º|ª|o|a)",
                      re.IGNORECASE)
_PHONE_WORDS = (
    r"phone|call|ring|text|mobile|cell|tel|whats\s?app|contact|hotline|helpline|"
    r"tel[eé]fono|m[oó]vil|celular|ll[aá]ma|contacto|"
    r"t[eé]l[eé]phone|portable|appel|appeler|joindre|"
    r"telefone|telem[oó]vel|ligar|liga|zap|\bsim\b|chip|"
    # Arabic: number, phone, mobile, WhatsApp, call me; Persian (Dari): number, phone, mobile, ring.
    r"رقم|هاتف|تلفون|تليفون|موبايل|جوال|واتس|اتصل|كلمني|كلميني|"
    r"شماره|تلفن|موبایل|زنگ|"
    r"नम्बर|फोन|मोबाइल"  # Nepali and Hindi: number, phone, mobile
)
_PHONE_CUES = re.compile(rf"(?:{_PHONE_WORDS})\W{{0,3}}(?:\w+\W{{1,3}}){{0,3}}$", re.IGNORECASE)
_PHONE_WORD = re.compile(_PHONE_WORDS, re.IGNORECASE)
# "number: 447700900826" at the start of an answer or a line: a number with no noun naming it.
_BARE_NUMBER = re.compile(r"(?:^|[\n.;!?]\s*)(?:number|n[uú]mero|num[eé]ro)\s?:\s*$",
                          re.IGNORECASE)
# Digits right after the name of an identity or case document are that ID, not a phone, even
# grouped like one: "my nhs number 943 476 5919", "رقم الإقامة ٢٣٤٥٦٧٨٩٠١".
_ID_WORDS = (
    r"passport|nhs|national\s+insurance|insurance|social\s+security|ssn|tax|utr|tin|case|"
    r"reference|ref|file|claim|permit|residence|brp|identity|id|visa|account|iban|bank|card|"
    r"pasaporte|nie|nif|dni|tie|expediente|afiliaci[oó]n|seguridad\s+social|referencia|caso|"
    r"cuenta|tarjeta|residencia|identidad|"
    # Latin American documents: Mexico's CURP and INE, El Salvador's DUI, Guatemala's DPI,
    # Chile's RUT, Argentina's CUIL and CUIT, the cédula of Colombia, Venezuela, Ecuador...
    r"curp|ine|dui|dpi|rut|run|cuil|cuit|c[eé]dula|nuss|carnet|documento|"
    r"passeport|dossier|s[ée]curit[ée]\s+sociale|s[ée]cu|titre\s+de\s+s[ée]jour|r[ée]c[ée]piss[ée]|"
    r"r[ée]f[ée]rence|fiscal|compte|carte|identit[ée]|agdref|"
    r"passaporte|cpf|niss|processo|seguran[cç]a\s+social|refer[eê]ncia|conta|cart[aã]o|"
    r"resid[eê]ncia|autoriza[cç][aã]o|identidade|utente|sns|"
    # Arabic, with a final taa marbuta typed as haa too ("رقم الاقامه", "الهويه")
    r"(?:ال)?[إا]قام[ةه]|الضمان|ضريبي|الضريبي|(?:ال)?قضي[ةه]|جواز|الجواز|الملف|ملف|(?:ال)?هوي[ةه]|"
    r"الحساب|حساب|(?:ال)?بطاق[ةه]|اللجوء|المرجع|"
    # the national, civil or personal number (Jordan, Egypt, Kuwait...), refugee card, UNHCR,
    # insurance, registration and application numbers
    r"الوطني|وطني|القومي|المدني|الشخصي|(?:ال)?شخصي[ةه]|اللاجئ|لاجئ|(?:ال)?لاجئين|المفوضي[ةه]|"
    r"التأمين|التامين|تأمين|التسجيل|تسجيل|(?:ال)?معامل[ةه]|الكرت|كرت|الكارت|"
    # the passport as said in the Levant ("الباسبور"), a work or stay permit, a travel document,
    # the family book, and the case, application or record number ("رقم الحالة", "رقم الكيس")
    r"(?:ال)?باسبور(?:ت)?(?:ي|ك|ه|ها)?|(?:ال)?تصريح|(?:ال)?وثيق[ةه]|دفتر|"  # noqa: RUF001
    r"رقم\s+(?:ال)?(?:حال[ةه]|طلب|قيد|بصم[ةه]|كيس|فايل|ايصال|إيصال)|"
    # "my passport", "my residence", "my ID", "my card", "my file", "my case": a pronoun joined
    # to the noun (my, your, his, her, our...), whose final taa marbuta is then written as taa
    r"(?:جواز|[إا]قامت|هويت|بطاقت|ملف|قضيت|حساب|كرت|تأمين)(?:ي|ك|ه|ها|نا|كم|هم)|"  # noqa: RUF001
    # the asylum and immigration offices' own numbers
    r"asylum|biometric|unhcr|acnur|hcr|uscis|alien|ofpra|ofii|cnda|[ée]tranger|allocataire|caf|"
    r"nuss|rnm|crnm|rne|protocolo|refugio|ref[uú]gio|"
    r"پاسپورت|گذرنامه|پرونده|شناسنامه|تذکره|اقامت|کد\s+ملی|کارت\s+ملی"
)
_ID_CUE = re.compile(rf"(?<!\w)(?:{_ID_WORDS})(?!\w)\W{{0,3}}(?:\w+\W{{1,3}}){{0,3}}$",
                     re.IGNORECASE)
MIN_PHONE_DIGITS = 7
MAX_PHONE_DIGITS = 15
MIN_ID_DIGITS = 4


def find_emails(text: str) -> Iterator[Span]:
    """Yield email addresses, including spelled-out "(at)" and "[dot]" forms."""
    for match in _EMAIL.finditer(text):
        yield Span("email", match.start(), match.end())


def find_urls(text: str) -> Iterator[Span]:
    """Yield web addresses; trailing sentence punctuation is left out of the span."""
    for match in _URL.finditer(text):
        end = match.end()
        while end > match.start() and text[end - 1] in ".,;:!?)]}'\"":
            end -= 1
        if end > match.start():
            yield Span("url", match.start(), end)


def _digit_count(chunk: str) -> int:
    return sum(ch.isdigit() for ch in chunk)


def _phone_shaped(chunk: str) -> bool:
    """Tell phone grouping ("612 34 56 78", "555-123-4567") from lists ("2019 2020", "1 2 3")."""
    if chunk[0] in "+(" or chunk[0] == "0":
        return True
    groups = _DIGIT_RUN.findall(_EXTENSION_TAIL.sub("", chunk))
    if len(groups) >= 9 and all(len(group) == 1 for group in groups):
        return True  # read out digit by digit
    if len(groups) >= 4 and groups[0] == "1":
        groups = groups[1:]  # North American "1-555-123-4567"
    if any(len(group) < 2 for group in groups):
        return False
    if all(len(group) == 4 and group[:2] in ("19", "20") for group in groups):
        return False
    return len(groups) >= 3 or (" " in chunk and len(groups[0]) >= 3)


_POST_CODE_SHAPE = re.compile(r"\d{4,5}-\d{3}")


def _looks_like_date_or_time(chunk: str) -> bool:
    return bool(_DATE_LIKE.fullmatch(chunk) or _TIME_LIKE.fullmatch(chunk))


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


# After an ID document's name, Arabic "رقم" (number) and "رقمه", "رقمها" (its number) are that
# document's number: "بطاقة اللجوء رقم ١٢٣٤٥٦٧٨". "رقمي" (my number) is still a phone's.
_ITS_NUMBER = re.compile(r"رقم(?:ه|ها|و)?(?!\w)")  # noqa: RUF001


def _names_an_id(text: str, start: int) -> bool:
    """True when an ID document's name comes after the last phone word before `start`."""
    window = text[max(0, start - 40):start]
    id_cue = _ID_CUE.search(window)
    if id_cue is None:
        return False
    phone_words = [word.start() for word in _PHONE_WORD.finditer(window)
                   if word.start() < id_cue.start() or not _ITS_NUMBER.match(window, word.start())]
    return not phone_words or phone_words[-1] < id_cue.start()


def find_phones(text: str) -> Iterator[Span]:
    """Yield phones: 7 to 15 digits with phone-like grouping, or any such digits after a cue.

    The same digits after an ID document's name ("nhs number", "رقم الإقامة") are that ID and
    come out as a "number" span instead.
    """
    for match in _PHONE.finditer(text):
        chunk = match.group()
        digits = _digit_count(_EXTENSION_TAIL.sub("", chunk))
        if _looks_like_date_or_time(chunk.strip()):
            continue
        cued = _cued(text, match.start(), match.end())
        if _POST_CODE_SHAPE.fullmatch(chunk) and not cued:
            continue  # a Brazilian or Portuguese post code ("01310-100"), part of an address
        if MIN_PHONE_DIGITS <= digits <= MAX_PHONE_DIGITS and (cued or _phone_shaped(chunk)):
            kind = "number" if _names_an_id(text, match.start()) else "phone"
            yield Span(kind, match.start(), match.end())
    for match in _LONG_DIGITS.finditer(text):
        digits = match.end() - match.start()
        if not MIN_PHONE_DIGITS <= digits <= MAX_PHONE_DIGITS:
            continue
        cued = _cued(text, match.start(), match.end())
        if cued or (text[match.start()] == "0" and digits in (10, 11)):
            kind = "number" if _names_an_id(text, match.start()) else "phone"
            yield Span(kind, match.start(), match.end())


# Tokens shaped like IDs that are everyday words: a span of years ("2019-2020", "2019/20") and a
# word with a short number ("covid-19", "top-10").
_NOT_AN_ID = re.compile(r"(?:19|20)\d{2}[\-/](?:(?:19|20)\d{2}|\d{2})|[A-Za-z]+-\d{1,2}")


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


def _is_id_like(token: str) -> bool:
    digits = len(_DIGIT.findall(token))
    if digits == 0 or _ORDINAL.fullmatch(token) or _looks_like_date_or_time(token):
        return False
    if _NOT_AN_ID.fullmatch(token):
        return False
    letters = len(_LETTER.findall(token))
    if letters == 0:
        return digits >= 5 and len(token) >= 5
    return digits >= MIN_ID_DIGITS or (digits >= 2 and letters >= 2 and len(token) >= 6)


# A short number right after a case, file or document word is that reference: "case number 4471",
# "numéro de dossier 4471", "رقم القضية ٤٤٧١", "القضية رقم ٤٤٧١". A year ("case 2019") stays.
_CASE_WORDS = (
    r"passport|case|file|reference|ref|claim|permit|brp|nhs|visa|home\s+office|"
    r"pasaporte|expediente|caso|referencia|dossier|r[ée]f[ée]rence|passeport|r[ée]c[ée]piss[ée]|"
    r"passaporte|processo|refer[eê]ncia|protocolo|"
    r"(?:ال)?قضي[ةه]|الملف|ملف|الجواز|جواز|جوازي|(?:ال)?[إا]قام[ةه]|(?:ال)?معامل[ةه]|اللجوء|"
    r"رقم\s+(?:ال)?(?:حال[ةه]|طلب|كيس|فايل)|(?:ال)?باسبور(?:ت)?|پرونده|پاسپورت"
)
_SHORT_ID = re.compile(
    rf"(?<!\w)(?:{_CASE_WORDS})(?!\w)"
    r"(?:\s+(?:number|no\.?|n[º°o]\.?|num[eé]ro|n[uú]mero|ref|رقم|شماره))?"
    r"(?:\s+(?:is|es|est|[eé]|هو))?\s?[:#]?\s?(?P<id>\d{4,6})(?![\w\-/]|[.,:]\d)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d{2}")


def find_numbers(text: str) -> Iterator[Span]:
    """Yield long numbers (five digits or more), ID-like tokens mixing letters and digits, and
    short numbers named as a case or document reference.

    Other short numbers stay: ages, room numbers and prices carry meaning and identify nobody.
    """
    for match in _ID.finditer(text):
        token = match.group()
        if len(token) <= 128 and _is_id_like(token):
            yield Span("number", match.start(), match.end())
    for match in _SHORT_ID.finditer(text):
        if not _YEAR.fullmatch(match.group("id")):
            yield Span("number", match.start("id"), match.end("id"))


# National ID shapes that would otherwise read as phone numbers (grouped digits): Brazilian CPF,
# UK National Insurance, French NIR, IBAN and payment cards. They win over phones when both match.
_NATIONAL_ID = re.compile(
    r"(?<![\w.])\d{3}\.\d{3}\.\d{3}-\d{2}(?!\w)"
    r"|(?<![\w\-])\d{3}-\d{2}-\d{4}(?![\w\-])"
    r"|(?<!\w)[A-Za-z]{2}(?P<gap>\s?)\d{2}(?P=gap)\d{2}(?P=gap)\d{2}(?P=gap)[A-Da-d](?!\w)"
    r"|(?<![\w+])[12]\s?\d{2}\s?\d{2}\s?(?:\d{2}|2[ABab])\s?\d{3}\s?\d{3}\s?\d{2}(?!\w)"
    r"|(?<![\w.])\d{1,2}\.\d{3}\.\d{3}-[\dXx](?![\w\-/]|[.,]\d)"
    r"|(?<!\w)[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?(?!\w)"
    r"|(?<![\w+])\d{4}[\s-]\d{4}[\s-]\d{4}[\s-]\d{4}(?!\w)"
)


# Dotted references with a slash or dash: Brazilian process numbers ("08018.012345/2023-11",
# "0012345-67.2023.8.26.0100") and company numbers ("12.345.678/0001-90"). Amounts are
# grouped by three after each dot and carry no slash ("1.500.000-2.000.000"); they stay.
_DOTTED_ID = re.compile(r"(?<![\w.\-/])\d{1,7}(?:[.\-/]\d{1,7}){2,6}(?![\w\-/]|[.,]\d)")
_AFTER_DOT = re.compile(r"\.(\d+)")


def _is_dotted_id(token: str) -> bool:
    if "." not in token or _digit_count(token) < 9 or _DATE_LIKE.search(token):
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


# Messenger links open a chat with one person: wa.me/<their phone>, t.me/<their username>. They
# count as handles, not web addresses, and win over the URL pattern that also matches them.
_MESSENGER_LINK = re.compile(
    r"(?<![\w@/.-])(?:https?://)?(?:www\.)?"
    r"(?:(?:wa\.me|wa\.link|t\.me|telegram\.me|telegram\.dog|signal\.me|chat\.whatsapp\.com|m\.me|"
    r"line\.me/ti/p)/|api\.whatsapp\.com/send)[^\s<>\"']{1,200}",
    re.IGNORECASE,
)
# "@sunny_k22": Telegram, Instagram, TikTok and Snapchat names are ASCII letters, digits, "_"
# and inner dots. An "@" after a Latin letter or digit belongs to an email instead; after an
# Arabic word typed without a space ("تلغرام@mariam_sy") it starts a handle.
_AT_HANDLE = re.compile(
    r"(?<![A-Za-z0-9_@.+%-])@[A-Za-z0-9_](?:[A-Za-z0-9_.\-]{0,31}[A-Za-z0-9_])?")
_AT_TIME = re.compile(r"@\d{1,2}(?:[:.h]\d{2})?(?:am|pm|h)?", re.IGNORECASE)
# "my insta is sunny.k22", "snapchat: ioana_p": a messenger's name, then a name without "@". A
# plain word after "is" stays ("my telegram is broken"): it needs a digit, "_" or "." to count,
# unless a colon introduces it.
_CUED_HANDLE = re.compile(
    r"(?<!\w)(?:telegram|telegrama|t[eé]l[eé]gram|insta(?:gram)?|ig|snap(?:chat)?|tik\s?tok|"
    r"signal|viber|facebook|fb|messenger|"
    r"تلغرام|تليغرام|تيليجرام|تلجرام|تيليغرام|انستغرام|انستقرام|انستا|سناب(?:\s?شات)?|"
    r"تيك\s?توك|فيسبوك|فيس)"
    r"(?P<link>\s*[:=]\s*|\s+(?:is|es|est|[eé]|هو|:)\s+|\s+)"
    r"(?P<name>[A-Za-z][A-Za-z0-9_.\-]{2,31}[A-Za-z0-9_])",
    re.IGNORECASE,
)
_HANDLE_MARK = re.compile(r"[\d_.]")


def _trim_trailing_punctuation(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in ".,;:!?)]}'\"":
        end -= 1
    return end


def find_handles(text: str) -> Iterator[Span]:
    """Yield messaging handles: "@name", wa.me and t.me links, and names after "telegram:"."""
    for match in _MESSENGER_LINK.finditer(text):
        end = _trim_trailing_punctuation(text, match.start(), match.end())
        if text[end - 1] != "/":
            yield Span("handle", match.start(), end)
    for match in _AT_HANDLE.finditer(text):
        if not _AT_TIME.fullmatch(match.group()):
            yield Span("handle", match.start(), match.end())
    for match in _CUED_HANDLE.finditer(text):
        name = match.group("name")
        if _URL.match(text, match.start("name")):
            continue  # "my facebook is facebook.com/esther": a web address, found as a URL
        if ":" in match.group("link") or "=" in match.group("link") or _HANDLE_MARK.search(name):
            yield Span("handle", match.start("name"), match.end("name"))
