"""What a survivor's text means: commands, digits and yes/no, in every language we offer.

Texts are compared folded: case, accents and punctuation ignored, digits from any script read as
digits (an Arabic keyboard types Arabic-Indic digits).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache

from feedback_app.services.languages import glossaries
from feedback_app.theming.language import base_language, detect_language

# Letters NFKD leaves whole although people type them bare ("ĐỒNG Ý" as "DONG Y").
_UNDECOMPOSED = str.maketrans({"đ": "d", "Đ": "D"})
_NOT_WORD = re.compile(r"[^\w]+")


def fold(text: str) -> str:
    """Upper case, no accents, digits as ASCII, words joined by single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    chars = []
    for char in decomposed:
        if unicodedata.combining(char):
            continue
        digit = unicodedata.digit(char, None)
        chars.append(str(digit) if digit is not None else char)
    words = _NOT_WORD.sub(" ", "".join(chars)).replace("_", " ")
    return " ".join(words.upper().split())


@cache
def _command_words() -> dict[str, dict[str, frozenset[str]]]:
    """Each kind of command ("stop", "yes"), each word of it a survivor may text, folded, and the
    languages whose glossary (feedback_app/translations/<code>/glossary.toml) lists that word."""
    found: dict[str, dict[str, set[str]]] = {}
    for code, glossary in glossaries().items():
        for kind, words in glossary.sms.items():
            for word in words:
                found.setdefault(kind, {}).setdefault(fold(word), set()).add(code)
    return {kind: {word: frozenset(codes) for word, codes in words.items()}
            for kind, words in found.items()}


def _all(kind: str) -> frozenset[str]:
    """The words of one kind that a survivor may text in any of our languages."""
    return frozenset(_command_words().get(kind, ()))


STOP_WORDS = _all("stop")
HELP_WORDS = _all("help")
CODE_WORDS = _all("code")
YES_WORDS = _all("yes")
NO_WORDS = _all("no")
RESERVED = STOP_WORDS | HELP_WORDS | CODE_WORDS | YES_WORDS | NO_WORDS


def keyword(text: str) -> str:
    """A programme keyword as stored and as matched: folded, no spaces."""
    return fold(text).replace(" ", "")


def number(text: str) -> int | None:
    """The whole text as a small number ("2", " ٢ ", "2."), else None."""
    folded = fold(text)
    return int(folded) if folded.isdigit() and len(folded) <= 3 else None


def is_stop(text: str) -> bool:
    return fold(text) in STOP_WORDS


def is_help(text: str) -> bool:
    return fold(text) in HELP_WORDS


def code_request(text: str) -> str | None:
    """The digits after CODE ("CODE 1234 5678 …"), or None if the text is not a code request."""
    folded = fold(text)
    first, _, rest = folded.partition(" ")
    return rest.replace(" ", "") if first in CODE_WORDS and rest else None


def yes_no(text: str) -> bool | None:
    folded = fold(text)
    if folded == "1" or folded in YES_WORDS:
        return True
    if folded == "2" or folded in NO_WORDS:
        return False
    return None


@cache
def _languages_of_words() -> dict[str, frozenset[str]]:
    """Each folded command word, of any kind, and the languages that use it."""
    found: dict[str, frozenset[str]] = {}
    for words in _command_words().values():
        for word, codes in words.items():
            found[word] = found.get(word, frozenset()) | codes
    return found


def reply_language(text: str, languages: Sequence[str]) -> str:
    """The language to answer a text in when no conversation says it: that of its command word
    ("КОД 1234…", "AYUDA"), else the one it is written in, among the site's `languages`.

    Every glossary lists the English words too, so an English word is answered in English; a
    word two languages share ("КОД" in Russian and Ukrainian) in the first of them the site
    offers. Text in no offered language, or too short to tell, is answered in English.
    """
    folded = fold(text)
    by_word = _languages_of_words()
    codes = by_word.get(folded) or by_word.get(folded.partition(" ")[0], frozenset())
    if codes:
        if "en" in codes:
            return "en"
        for code in languages:
            if code in codes:
                return code
    written_in = detect_language(text, "en")
    return next((code for code in languages if base_language(code) == written_in), "en")
