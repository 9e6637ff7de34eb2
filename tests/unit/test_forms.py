"""Typed text is cleaned, not refused, when it carries invisible characters."""

from __future__ import annotations

import pytest

from feedback_app.forms import clean_text


@pytest.mark.parametrize(("typed", "kept"), [
    ("plain words", "plain words"),
    ("line one\r\nline two\rthree", "line one\nline two\nthree"),
    ("bell\x07 and null\x00 gone", "bell and null gone"),
    ("tab\tstays", "tab\tstays"),
    ("e\u0301cole", "école"),
    ("hidden\u202edirection", "hiddendirection"),
    ("zero\u200bwidth", "zerowidth"),
    ("نص عربي", "نص عربي"),
])
def test_clean_text(typed, kept):
    assert clean_text(typed) == kept


def test_clean_text_leaves_non_text_alone():
    assert clean_text(None) is None
