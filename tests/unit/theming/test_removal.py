# ruff: noqa: RUF001  (full-width commas and Cyrillic letters are the point of some cases)
"""Words a survivor asks us to take out: whole words, whatever the case or accents, in every
script, and never inside a marker."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from feedback_app.theming.removal import MAX_WORDS, parse_words, remove_words


@pytest.mark.parametrize(("text", "typed", "expected", "taken"), [
    ("i work at hotel sunrise in constanța, ask for sunny at the sunrise bar",
     "Hotel Sunrise, Constanta, sunny", "i work at [removed] in [removed], ask for [removed] at "
     "the sunrise bar", 3),
    ("Ask José or JOSE or jose", "jose", "Ask [removed] or [removed] or [removed]", 3),
    ("banana and Ana", "ana", "banana and [removed]", 1),  # whole words only
    ("اسمي مَريم وأختي تعمل مع ومريم", "مريم", "اسمي [removed] وأختي تعمل مع و[removed]", 2),
    ("كنت في المخيم وبالمخيم", "مخيم", "كنت في ال[removed] وبال[removed]", 2),
    ("ሰላም ዮናስ ከአስመራ", "ዮናስ", "ሰላም [removed] ከአስመራ", 1),
    ("Ông Nguyễn Văn An ở Hải Phòng", "nguyen van an, hai phong",
     "Ông [removed] ở [removed]", 2),
    ("call [name] at the [place] cafe", "name, place", "call [name] at the [place] cafe", 0),
    ("Precious\u00a0Okafor  came", "precious okafor", "[removed]  came", 1),
    # Tigrinya joins "to", "by", "from" to the name; the joined letter stays, as in Arabic.
    ("ንዮናስ ሓቲተዮ፣ ብሰላም ተሓጊዘ", "ዮናስ፣ ሰላም", "ን[removed] ሓቲተዮ፣ ብ[removed] ተሓጊዘ", 2),
    # Chinese has no spaces between words: the name goes wherever it stands.
    ("我和李娜说过，李娜不在宿舍", "李娜，宿舍", "我和[removed]说过，[removed]不在[removed]", 3),
    # Russian and Ukrainian names decline; every form goes, a longer word does not.
    ("я говорила с Олегом, Олега нет, но Олегович тут", "олег",
     "я говорила с [removed], [removed] нет, но Олегович тут", 2),
    ("Марія сказала, що Марії не буде; спитайте Марію", "Марія",
     "[removed] сказала, що [removed] не буде; спитайте [removed]", 3),
])
def test_listed_words_become_removed(text, typed, expected, taken):
    assert remove_words(text, parse_words(typed)) == (expected, taken)


def test_one_letter_entries_and_repeats_are_dropped():
    assert parse_words("a, Sunny,, sunny ;\n b , Oradea") == ["Sunny", "Oradea"]


@pytest.mark.parametrize("typed", [", ".join(f"word{n}" for n in range(MAX_WORDS + 1)),
                                   "x" * 61])
def test_too_many_or_too_long_words_are_refused(typed):
    with pytest.raises(ValueError):
        parse_words(typed)


@given(st.text(), st.lists(st.text(max_size=20), max_size=5))
def test_never_raises_and_a_second_pass_finds_nothing_new(text, words):
    once, _ = remove_words(text, words)
    assert remove_words(once, words)[1] == 0 or any("removed" in w.casefold() for w in words)


@given(st.text())
def test_parse_words_never_raises_other_than_value_error(typed):
    with contextlib.suppress(ValueError):
        parse_words(typed)


def test_long_text_is_handled():
    text = "sunny " * 20_000
    result, taken = remove_words(text, ["sunny"])
    assert taken == 20_000 and "sunny" not in result
