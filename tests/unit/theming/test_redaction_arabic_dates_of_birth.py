# ruff: noqa: RUF001  (Arabic letters and Arabic-Indic digits are the point here)
"""Dates of birth the way Arabic speakers give them: dialect verbs of being born, "مواليد" with
a year of two digits, the month as a number; years and ages that are no birth stay."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def dates_in(text: str) -> list[str]:
    return [text[s.start:s.end] for s in redact(text, "ar").spans if s.kind == "date"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # Levantine and Egyptian "I was born", with and without a joined "بـ"
        ("انولدت بـ ٢٠٠٠ بس اهلي سجلوني بعدين", "٢٠٠٠"),
        ("اتولدت في يناير ٢٠٠١ في اسكندرية", "يناير ٢٠٠١"),
        ("تولدت ف ١٩٩٩ وجيت لهون صغيرة", "١٩٩٩"),
        ("انا مولودة ب١٩٩٩ والاوراق بتقول غير هيك", "١٩٩٩"),
        # "مواليد" with a year of two digits, "مواليدي", the month as a number
        ("انا مواليد ٩٥ ومعي ولدين", "٩٥"),
        ("اتولدت سنة ٩٨ والكفيل كتب ٩٢", "٩٨"),
        ("مواليدي ١٩٩٧ بس بالجواز مكتوب غير", "١٩٩٧"),
        ("انا مواليد شهر ٥ سنة ٢٠٠٠", "شهر ٥ سنة ٢٠٠٠"),
        # "date of birth" said as "تاريخ الولادة" before a short date with dashes
        ("تاريخ الولادة: ٧-٨-١٩٩٤", "٧-٨-١٩٩٤"),
        ("تاريخ ولادتي 3/4/2002", "3/4/2002"),
    ],
)
def test_dates_of_birth_in_arabic_dialects_become_date(text: str, date: str) -> None:
    # Given a survivor saying when she was born, the way people say it at home
    # Then that date, and not the words around it, is taken out
    assert dates_in(text) == [date]


@pytest.mark.parametrize(
    "text",
    [
        "عمري ٢٢ سنة وجيت سنة ٩٨ مع اهلي",
        "الباص رقم ٢٧ بيجي كل ساعة",
        "اشتغلت عندو سنة ٢٠١٩ بلا راتب",
        "ولدت بنتي بالمستشفى والدكتورة كانت منيحة",
        "صارلي ٧-٨ شهور ناطرة الاوراق",
        "بالغرفة ٩٥ سرير ومافي مكان",
    ],
)
def test_years_ages_and_counts_without_a_birth_cue_stay(text: str) -> None:
    # Given years, ages and counts that say nothing of a birth
    # Then no date is found
    assert dates_in(text) == []
