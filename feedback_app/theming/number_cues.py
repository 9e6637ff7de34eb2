"""What the words before a number say (a phone word, an ID word) and what its shape says
(a date, a time), for the phone and ID detectors alike.

Like the other contact detectors they run on the folded text and start every pattern with a
look-behind on its own leading class (see `contact`).
"""

from __future__ import annotations

import re

DATE_LIKE = re.compile(
    r"\d{1,2}[./\-]\d{1,2}[./\-](?:\d{2}|\d{4})|\d{4}[./\-]\d{1,2}[./\-]\d{1,2}"
)
_TIME_LIKE = re.compile(r"\d{1,2}[.:]\d{2}(?:\s?[-\u2013]\s?\d{1,2}[.:]\d{2})?")
PHONE_WORDS = (
    r"phone|call|ring|text|mobile|cell|tel|whats\s?app|contact|hotline|helpline|"
    r"tel[eé]fono|m[oó]vil|celular|ll[aá]ma|contacto|"
    r"t[eé]l[eé]phone|portable|appel|appeler|joindre|"
    r"telefone|telem[oó]vel|ligar|liga|zap|\bsim\b|chip|"
    # Arabic: number, phone, mobile, WhatsApp, call me; Persian (Dari): number, phone, mobile, ring.
    r"رقم|هاتف|تلفون|تليفون|موبايل|جوال|واتس|اتصل|كلمني|كلميني|"
    r"شماره|تلفن|موبایل|زنگ|"
    r"नम्बर|फोन|मोबाइल|"  # Nepali and Hindi: number, phone, mobile
    # Vietnamese: text me, call, phone, Zalo; Arabic typed in Latin letters: number, I called
    r"nh[aắ]n|g[oọ]i|đi[eệ]n\s+tho[aạ]i|sđt|zalo|ra2m|ettasal|ttasal"
)
_PHONE_WORD = re.compile(PHONE_WORDS, re.IGNORECASE)
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
    # asylum, A- and police report numbers, RFC, NSS, PPSN, UCI, licences, Brazil's RG and CNH
    r"asilo|asile|a-?(?:number|n[uú]mero)|n[uú]mero\s+a(?=\s*[:#]|(?:\s+es)?\s*$)|a\s?#|(?:my|mi|the)\s+a\s+number|denuncia|atestado|"
    r"plainte|ocorr[eê]ncia|police\s+report|crime\s+ref(?:erence)?|rfc|nss|imss|ppsn|pps|uci|ircc|"
    r"seguro\s+social|licencia|licen[cs]e|matr[ií]cula|green\s+card|folio|rg|cnh|ctps|pis|"
    r"permiso|visado|carn[eé]|credencial|clave|radicado|carpeta|querella|ruc|nit|rtn|cui|"
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
    # the Dutch, German, Swedish and Italian offices' and documents' numbers, as survivors
    # there write them in any language ("V-nummer 2945 817 360", "Aktenzeichen 8123456-224")
    r"v-?nummer|bsn|aktenzeichen|personnummer|dossiernummer|zaaknummer|ausweis(?:nummer)?|"
    r"aufenthaltstitel|steuer-?id|codice\s+fiscale|permesso|pratica|"
    r"پاسپورت|گذرنامه|پرونده|شناسنامه|تذکره|اقامت|کد\s+ملی|کارت\s+ملی"
)
# A Latin ID word touches the Han characters around it ("crime reference是4415872/23").
_ID_CUE = re.compile(rf"(?<![^\W\u3400-\u9fff])(?:{_ID_WORDS}|expte)(?![^\W\u3400-\u9fff])"
                     r"\W{0,3}(?:\w+\W{1,3}){0,4}$",
                     re.IGNORECASE)
# Between an ID's name and the digits, a person whose number it is: "case worker gave me her
# number", "el abogado del caso, su móvil es". Then the digits are that person's phone.
_SOMEONE_BETWEEN = re.compile(
    r"(?<!\w)(?:her|his|their|su|sus|son|sa|ses|seu|sua|dele|dela|worker|manager|officer|lawyer|"
    r"abogad[oa]|trabajador[a]?|assistante?|avocat|advogad[oa]|"
    r"tel[eé]fono|m[oó]vil|celular|t[eé]l[eé]phone|portable|telefone|phone|mobile)(?!\w)",
    re.IGNORECASE)
# ... or before the ID's name, the person in charge of it: "mi abogada del expediente: ...".
_WHOSE_ID = re.compile(
    r"(?<!\w)(?:abogad[oa]|trabajador[a]?|assistante?|avocat|advogad[oa]|lawyer|officer)"
    r"\s+(?:(?:del|de\s+la|de|du|of\s+the|of|do|da)\s+)?(?:(?:mi|my|mon|ma)\s+)?$",
    re.IGNORECASE)
# ... or after the digits: "612 345 678 es mi número de expediente", "Y 1234567 Z (mi NIE)".
# A link comes first, never the ID's word alone: "963 214 587 caso precise" is "in case".
_ID_AFTER = re.compile(
    r"\W{0,3}(?:\(\s*|(?:es|era|is|was|est|c'est|[eé]|ese\s+es|este\s+es|هو)\s+"
    r"(?:(?:el|la|my|mi|mon|ma|o|a|meu|minha)\s+)?|(?:my|mi|mon|ma|meu|minha)\s+)"
    r"(?:(?:el|la|my|mi|mon|ma|o|a|meu|minha)\s+)?"
    r"(?:(?:n[uú]mero|number|num[eé]ro|no\.?|n[º°])\s+(?:(?:de|del|of|du|da|do)\s+)?"
    r"(?:(?:mi|my|mon|ma|la|el|o|a)\s+)?)?"
    rf"(?:{_ID_WORDS}|expte)(?!\w)",
    re.IGNORECASE)


def digit_count(chunk: str) -> int:
    return sum(ch.isdigit() for ch in chunk)


def looks_like_date_or_time(chunk: str) -> bool:
    return bool(DATE_LIKE.fullmatch(chunk) or _TIME_LIKE.fullmatch(chunk))


# After an ID document's name, Arabic "رقم" (number) and "رقمه", "رقمها" (its number) are that
# document's number: "بطاقة اللجوء رقم ١٢٣٤٥٦٧٨". "رقمي" (my number) is still a phone's.
_ITS_NUMBER = re.compile(r"رقم(?:ه|ها|و)?(?!\w)")  # noqa: RUF001


_CUE_CHARS = 50


def names_an_id(text: str, start: int, end: int | None = None) -> bool:
    """True when an ID document's name comes after the last phone word before `start`, or
    right after the digits that end at `end` ("... es mi número de expediente")."""
    if text.startswith("+", start) or text.endswith("+", 0, start):
        return False  # "+966 55 381 2274": a country code is a phone's, never an ID's
    if end is not None and _ID_AFTER.match(text, end, end + _CUE_CHARS):
        return True
    window = text[max(0, start - _CUE_CHARS):start]
    id_cue = _ID_CUE.search(window)
    if id_cue is None:
        return False
    if _SOMEONE_BETWEEN.search(window, id_cue.start() + 1) or _WHOSE_ID.search(
            window, 0, id_cue.start()):
        return False
    phone_words = [word.start() for word in _PHONE_WORD.finditer(window)
                   if word.start() < id_cue.start() or not _ITS_NUMBER.match(window, word.start())]
    return not phone_words or phone_words[-1] < id_cue.start()
