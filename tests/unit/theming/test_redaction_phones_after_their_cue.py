"""Phones after a Vietnamese or Latin-letter Arabic cue, and a count written after the phone."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


@pytest.mark.parametrize(("text", "language", "phone"), [
    ("Ai có tin gì về em gái tôi thì nhắn mình số +84 903 221 456 nhé.", "vi", "+84 903 221 456"),
    ("có tin gì gọi cho tôi 0912 345 678 giúp với", "vi", "0912 345 678"),
    ("ettasalt 3a ra2mo 00 44 7700 900123 3 marrat w ma rad", "ar", "00 44 7700 900123"),
])
def test_phone_after_its_cue_is_a_phone(text: str, language: str, phone: str) -> None:
    result = redact(text, language)
    assert "[phone]" in result.text
    assert phone not in result.text


def test_the_count_after_the_phone_stays() -> None:
    result = redact("ettasalt 3a ra2mo 00 44 7700 900123 3 marrat w ma rad", "ar")
    assert "3 marrat" in result.text


def test_dates_and_years_near_a_phone_cue_stay() -> None:
    text = "em gọi từ 2019 2020 đến giờ, cuộc gọi lúc 10:30 không ai nghe"
    assert redact(text, "vi").text == text
