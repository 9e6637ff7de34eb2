"""Detection tells the twelve languages apart on short answers not in the benchmark's files."""

from __future__ import annotations

from pathlib import Path

import pytest

from feedback_app.theming.language import detect_language

BENCHMARK = Path(__file__).resolve().parents[2] / "data" / "language"

UNSEEN = [
    ("the shelter manager took my phone away", "en"),
    ("mi abogado me ayudó con el juicio", "es"),
    ("l'éducatrice m'a accompagnée à la mairie", "fr"),
    ("a advogada ajudou-me com os papéis", "pt"),
    ("المحامي ساعدني في القضية", "ar"),
    ("bác sĩ khám cho con tôi rất kỹ", "vi"),
    ("khong co ai giup toi o day", "vi"),
    ("律师帮我拿回了护照", "zh"),
    ("в приюте мне дали тёплую одежду", "ru"),
    ("адвокат допоміг мені повернути паспорт", "uk"),
    ("în adăpost am primit haine călduroase", "ro"),
    ("avocatul m-a ajutat cu actele", "ro"),
    ("në strehë më dhanë rroba të ngrohta", "sq"),
    ("ጠበቓ ፓስፖርተይ ክመልስ ሓጊዙኒ።", "ti"),
]


@pytest.mark.parametrize(("text", "expected"), UNSEEN)
def test_a_short_answer_is_read_in_its_language(text: str, expected: str) -> None:
    # Given an answer written for this test, not one the benchmark measures
    benchmark = {line.strip() for path in BENCHMARK.glob("*.txt")
                 for line in path.read_text(encoding="utf-8").splitlines()}
    assert text not in benchmark
    # When its language is detected with English as the caller's language
    # Then it is the language it is written in
    assert detect_language(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("їжа була холодна", "uk"), ("ещё холодно", "ru"), ("мы ждали очень долго", "ru"),
     ("ми чекали дуже довго", "uk")],
)
def test_russian_and_ukrainian_are_told_apart_by_their_letters_and_words(
    text: str, expected: str
) -> None:
    assert detect_language(text, "en") == expected


@pytest.mark.parametrize("default", ["ru", "uk"])
def test_cyrillic_that_could_be_either_keeps_the_callers_cyrillic_language(default: str) -> None:
    # "адвокат" is spelled alike in both: nothing to decide on
    assert detect_language("адвокат", default) == default


@pytest.mark.parametrize("default", ["ro", "sq", "vi", "es"])
def test_an_undecidable_latin_answer_falls_back_to_the_callers_language(default: str) -> None:
    assert detect_language("Maria", default) == default
    assert detect_language("ok", default) == default


def test_japanese_is_not_read_as_chinese() -> None:
    assert detect_language("スタッフはとても親切でした", "en") == "en"


@pytest.mark.parametrize(
    "text",
    ["care", "good care", "the care was great", "on time", "reduce the waiting time",
     "mare", "pace of the visits", "de facto"],
)
def test_english_words_that_are_stop_words_elsewhere_keep_an_english_answer_english(
    text: str,
) -> None:
    # "care" is Romanian for "which", "time" Albanian for "yours", "pace" Romanian for "peace"
    assert detect_language(text, "en") == "en"
