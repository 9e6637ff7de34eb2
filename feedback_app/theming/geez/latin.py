"""Names in Latin letters in a Tigrinya answer, typed beside Ge'ez script or as Tigrinya written
in Latin letters ("ab camp selam yelen", "filmon ab bahri motu").

The Latin rules take capitalised office words ("Landratsamt", "Vluchtelingenwerk") and Tigrinya
words that are names elsewhere ("selam" hello, "alena" we are, "bahri" the sea) for names. Here a
Latin-letter name is never a Tigrinya word or an office; in Tigrinya written in Latin letters it
is kept only when one of its words is a listed given name or surname, and an Eritrean name typed
in lower case ("filmon", "senait") counts there, where the Latin rules miss it for want of a
capital.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from feedback_app.theming import names, wordlists
from feedback_app.theming.scripts import has_ethiopic
from feedback_app.theming.spans import Span

_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z']*")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words of Tigrinya written in Latin letters that show an answer is so written.
_TIGRINYA_WORDS = _words(
    "ab kab nab nay iyu eyu iye eye iya ane ana nsu nsa kulu ezi gn gin bzuh yelen yelon alo ala "
    "alena aleku ilom ila ilu ms kemey kem hagez tsbuq tsbuk hji hiji lomi amet gize zelo zelowa "
    "ybl ybelu yekenyeley yekenyelna yekenyelkum aykonen aykonun dehan zbehal zbehala ybehal nay "
    # "I have none", "work", "my brother, sister, mother, father, wife, family"
    "yebleyn yebleyen sra srah hawey hawtey haftey adey aboy sebeytey sebayey sdra sdraey")
# Tigrinya words that are names in other languages, and words of the faith: never a name here.
_NEVER_NAMES = _words(
    "egziabher amlak alena bahri abi ane ana ala alo nay hager sebay sebeyti "
    # verbs of "to be" and "to become", which the name lists hold as surnames ("kone")
    "kone konu konet koyne koyna koynu koyen neyru neyra neyre neyrom iyom iyna iyen")
# Tigrinya names that are words too ("selam" hello, "tesfa" hope): a name only after a title.
_NAME_WORDS = _words("selam salam tesfa berhan fikri mehret hagos awet tsega")
# Tigrinya words in Latin letters that name lists hold as names elsewhere ("geza" house, "kalie"
# other, "adi" village, "zela" that is): in Tigrinya so written, never a name alone.
_ROMANISED_WORDS = _words("ab kem geza gezay kalie kale kali ade adey gual eta ila adi zela dima "
                          "mai")
# "To", "by", "with", "from", "towards" joined before a name, and "and", "also" after it
# ("ntesfay'wn", "bhelen", "saban"), longest first.
_JOINED_BEFORE = ("kab", "nab", "ms", "n", "b")
_JOINED_AFTER = ("'wn", "\u2019wn", "'un", "wn", "'n", "n")
_MIN_STEM = 3
_SPACES = re.compile(r"[ \t]+")
# The first halves of joined Christian names as typed in Latin letters ("gebremeskel",
# "habtemariam", "woldemichael"): a longer word so starting is a name.
_JOINED_HEADS = ("gebre", "ghebre", "gebra", "wolde", "welde", "habte", "tekle", "tekla", "kidane",
                 "haile", "tesfa", "berhane", "zere", "mehret", "fesseha", "weldu")
_MIN_JOINED_TAIL = 3
_TITLES = _words(
    "sister brother mr mrs miss dr doctor frau herr avvocato avvocata signora signor madame "
    "monsieur mevrouw meneer teacher")
# Offices and aid bodies, which Latin rules read as names by their capitals.
_ORGANISATIONS = frozenset(("red cross", "caritas", "home office"))
# How the names of offices end in the countries Eritreans live in ("Landratsamt", "Jobcenter").
_OFFICE_ENDINGS = ("amt", "behörde", "werk", "verket", "kommune", "dienst", "office", "centre",
                   "center", "zentrum", "bureau", "kontor", "council", "ministry", "police",
                   # the papers and courses of the asylum in German ("Aktenzeichen",
                   # "Deutschkurs", "Aufenthaltstitel")
                   "zeichen", "kurs", "nummer", "ausweis", "schein", "bescheid", "antrag",
                   "titel", "termin", "heim", "schule", "gericht")
# Towns and lands of the route and of arrival, in Latin letters, that the Latin rules read as
# names for their capitals ("Kufra", "Zawiya"): places, never names.
_ROUTE_PLACES = _words(
    "kufra zawiya zawia sabratha sabrata tripoli misrata benghazi ajdabiya sebha sinai "
    "lampedusa sicily sicilia catania palermo khartoum kassala shagarab gedaref asmara massawa "
    "keren mendefera dekemhare assab barentu tesseney agadez calais libya italia italy germany "
    "sudan egypt ethiopia eritrea israel")


def not_a_person(text: str) -> bool:
    """Whether capitalised Latin words name an office, an aid body, a paper or a place."""
    folded = text.casefold()
    first = folded.split()[0]
    return folded in _ORGANISATIONS or folded.endswith(_OFFICE_ENDINGS) or any(
        word in _ROUTE_PLACES or word in _NEVER_NAMES for word in folded.split()) or (
        first in _TITLES) or (wordlists.plain_key(first) in wordlists.everyday("en")
                             and wordlists.plain_key(first) not in wordlists.given_names())


def _listed(word: str) -> bool:
    key = wordlists.plain_key(word)
    return key in wordlists.given_names() or key in wordlists.surnames()


def _in_latin_letters(text: str) -> bool:
    """Whether the answer is Tigrinya written in Latin letters: two of its everyday words."""
    found = {word.group().casefold() for word in _LATIN_WORD.finditer(text)}
    return len(found & _TIGRINYA_WORDS) >= 2


def _lower_case_name(text: str, word: re.Match[str], romanised: bool) -> bool:
    """An Eritrean name typed in lower case; beside Ge'ez script, also a listed given name typed
    so, with "to" or "with" joined to it, that is no English word ("ንhanna ንገርዋ", tell Hanna)."""
    key = wordlists.plain_key(word.group())
    if key in wordlists.word_set("tigrinya_latin_names") or any(
            key.startswith(head) and len(key) - len(head) >= _MIN_JOINED_TAIL
            for head in _JOINED_HEADS):
        # "said" is a name in Tigrinya written in Latin letters, a verb beside Ge'ez script
        return romanised or key not in wordlists.everyday("en")
    joined = word.start() > 0 and has_ethiopic(text[word.start() - 1])
    return not romanised and joined and word.group().islower() and \
        key in wordlists.given_names() and key not in wordlists.everyday("en") and \
        key not in wordlists.names_that_are_words()


def joined_name(word: str) -> tuple[int, int] | None:
    """Where an Eritrean name lies inside `word` when a Tigrinya prefix or suffix is joined to it
    ("ntesfay'wn" -> 1, 7 for "tesfay"; "saban" -> 0, 4 for "saba"), or None."""
    key = word.casefold()
    if key in wordlists.everyday("en") or key in _TIGRINYA_WORDS or key in _NEVER_NAMES:
        return None
    listed = wordlists.word_set("tigrinya_latin_names")
    for head in ("", *_JOINED_BEFORE):
        for tail in ("", *_JOINED_AFTER):
            stem_end = len(key) - len(tail)
            if (head or tail) and key.startswith(head) and key.endswith(tail) and \
                    stem_end - len(head) >= _MIN_STEM and key[len(head):stem_end] in listed and \
                    key[len(head):stem_end] not in _NAME_WORDS:
                return len(head), stem_end
    return None


def _split_joined(text: str, span: Span) -> list[Span]:
    """A Latin-rule name in Tigrinya written in Latin letters, split at its joined "and": "ms
    yonasn saban" names Yonas and Saba, each without the "n"."""
    parts, split = [], False
    for word in _LATIN_WORD.finditer(text, span.start, span.end):
        joined = joined_name(word.group())
        if joined is not None:
            parts.append(Span("name", word.start() + joined[0], word.start() + joined[1]))
            split = True
        elif _listed(word.group()):
            parts.append(Span("name", word.start(), word.end()))
    return parts if split else [span]


def find_latin_names_in_tigrinya(text: str, language: str = "ti") -> Iterator[Span]:
    kept: list[Span] = []
    romanised = _in_latin_letters(text)
    for word in _LATIN_WORD.finditer(text):
        if word.group().casefold() in _ROUTE_PLACES:
            yield Span("place", word.start(), word.end())
    for span in names.find_names(text, language):
        found = [word.group() for word in _LATIN_WORD.finditer(text, span.start, span.end)]
        folded = text[span.start:span.end].casefold()
        before = re.search(r"([A-Za-z]+)[ \t]+$", text[max(0, span.start - 20):span.start])
        titled = before is not None and before.group(1).casefold() in _TITLES
        if folded in _ORGANISATIONS or not found or any(
                word.casefold() in _NEVER_NAMES or word.casefold() in _ROUTE_PLACES
                for word in found) or (folded in _NAME_WORDS and not titled):
            continue
        if romanised and all(word.casefold() in _ROMANISED_WORDS for word in found):
            continue
        # After a title ("Frau", "avvocato") an unlisted name counts too, outside Tigrinya
        # written in Latin letters, where the title may be a Tigrinya word.
        if (any(_listed(word) for word in found) and not folded.endswith(_OFFICE_ENDINGS)) or (
                not romanised and (titled or not folded.endswith(_OFFICE_ENDINGS))):
            kept.extend(_split_joined(text, span) if romanised else [span])
    if romanised or has_ethiopic(text):
        kept.extend(_lower_case_names(text, romanised, list(kept)))
    yield from _joined_up(text, kept)


def _joined_up(text: str, found: list[Span]) -> Iterator[Span]:
    """Names that stand side by side, one person's given and father's names: one span."""
    merged: list[Span] = []
    for span in sorted(found, key=lambda span: span.start):
        if merged and span.kind == merged[-1].kind == "name" and \
                _SPACES.fullmatch(text, merged[-1].end, span.start):
            merged[-1] = Span("name", merged[-1].start, max(merged[-1].end, span.end))
        else:
            merged.append(span)
    yield from merged


def _lower_case_names(text: str, romanised: bool, kept: list[Span]) -> Iterator[Span]:
    """Latin words the Latin rules leave that are names here: after a title, Eritrean names typed
    in lower case, and names with a Tigrinya prefix or suffix joined to them."""
    previous = ""
    for word in _LATIN_WORD.finditer(text):
        folded, title = word.group().casefold(), previous
        previous = folded
        if folded in _NEVER_NAMES or folded in _NAME_WORDS or folded in _TIGRINYA_WORDS or any(
                span.start <= word.start() < span.end for span in kept):
            continue
        if title in _TITLES and folded not in _ROMANISED_WORDS and folded not in _TITLES and \
                len(folded) >= _MIN_STEM and wordlists.plain_key(folded) not in \
                wordlists.everyday("en") and not not_a_person(word.group()):
            yield Span("name", word.start(), word.end())  # "herr ostendorf", "mr gorski"
        elif _lower_case_name(text, word, romanised):
            yield Span("name", word.start(), word.end())
        elif (joined := joined_name(word.group())) is not None:
            yield Span("name", word.start() + joined[0], word.start() + joined[1])
