"""Per-text language detection picks the language with most evidence, else the caller's."""

from __future__ import annotations

import pytest

from feedback_app.theming.language import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the staff were kind to me and my children", "en"),
        ("la comida estaba fría y el personal no me escuchaba", "es"),
        ("la nourriture était froide et personne ne m'écoutait", "fr"),
        ("a comida estava fria e ninguém me ouvia na casa", "pt"),
        ("não", "pt"),
        ("¿por qué?", "es"),
    ],
)
def test_language_is_detected_from_stop_words_and_letters(text: str, expected: str) -> None:
    assert detect_language(text, "en") == expected


@pytest.mark.parametrize("text", ["", "???", "12345", "😀", "Maria"])
def test_without_evidence_the_default_language_is_kept(text: str) -> None:
    assert detect_language(text, "fr") == "fr"
