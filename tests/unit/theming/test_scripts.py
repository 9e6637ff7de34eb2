# ruff: noqa: RUF001  (letters of other scripts are the point of these tests)
"""One set of letters per script: every module that asks "is this Han / Ge'ez / Cyrillic / Arabic?"
reads `theming.scripts`, so the ranges there must hold every letter Unicode gives the script."""

from __future__ import annotations

import unicodedata

import pytest

from feedback_app.theming import scripts
from feedback_app.theming.folding import fold
from feedback_app.theming.language import detect_language

# The name Unicode gives the script's letters, and the letter pattern that must hold them all.
_SCRIPTS = (
    ("CJK UNIFIED IDEOGRAPH", scripts.HAN_LETTER),
    ("CJK COMPATIBILITY IDEOGRAPH", scripts.HAN_LETTER),
    ("ETHIOPIC SYLLABLE", scripts.ETHIOPIC_LETTER),
    ("CYRILLIC", scripts.CYRILLIC_LETTER),
    ("ARABIC LETTER", scripts.ARABIC_LETTER),
    ("HIRAGANA LETTER", scripts.KANA_LETTER),
    ("KATAKANA LETTER", scripts.KANA_LETTER),
)


def _letters_named(prefix: str) -> list[str]:
    found = []
    for code in range(0x10000):  # the plane a phone keyboard types in
        char = chr(code)
        is_letter = unicodedata.category(char).startswith("L")
        if is_letter and unicodedata.name(char, "").startswith(prefix):
            found.append(char)
    return found


@pytest.mark.parametrize(("prefix", "pattern"), _SCRIPTS, ids=[name for name, _ in _SCRIPTS])
def test_each_script_holds_every_letter_unicode_gives_it(prefix, pattern):
    letters = _letters_named(prefix)
    assert len(letters) > 40
    outside = [f"U+{ord(char):04X}" for char in letters if not pattern.match(char)]
    assert outside == []


def test_ethiopic_punctuation_and_numerals_are_not_letters():
    # "።" ends a sentence and "፣" separates a list: they must split words, not join them.
    for char in "፡።፣፤፥፦፧፨፩፪፲፼":
        assert not scripts.ETHIOPIC_LETTER.match(char), unicodedata.name(char)


def test_scripts_do_not_overlap():
    patterns = {"han": scripts.HAN_LETTER, "kana": scripts.KANA_LETTER,
                "ethiopic": scripts.ETHIOPIC_LETTER, "cyrillic": scripts.CYRILLIC_LETTER,
                "arabic": scripts.ARABIC_LETTER}
    for code in range(0x10000):
        held = [name for name, pattern in patterns.items() if pattern.match(chr(code))]
        assert len(held) <= 1, (f"U+{code:04X}", held)


@pytest.mark.parametrize("letter", ["㐀", "丽", "豈", "ぁ", "가", "ሀ", "ⶀ", "ꬁ", "ᎀ"])
def test_every_spaceless_letter_reads_as_a_space_where_contact_details_are_found(letter):
    # From the first and the last of each range: a number written straight after it starts a word.
    assert fold(f"{letter}0795550123").text == " 0795550123"


@pytest.mark.parametrize(("text", "language"), [
    ("ምስ ሓፍተይ ⶀⶁ ኣብ መዓስከር ነይረ", "ti"),  # Ethiopic Extended letters among common ones
    ("у нас в общежитии ԁԃ холодно", "ru"),  # Cyrillic Supplement letters
    ("在工厂里丽很累，老板不给钱", "zh"),
])
def test_letters_of_the_extensions_count_for_their_language(text, language):
    assert detect_language(text, "en") == language
