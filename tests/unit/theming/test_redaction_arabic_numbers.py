"""ID numbers after an Arabic document's name are ID numbers, in every digit system."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def found(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start:s.end]) for s in redact(text, "ar").spans]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the document's name, then "رقم" and digits grouped like a phone's
        ("بطاقة اللجوء رقم 12345678 ضاعت بالباص", "12345678"),
        ("الإقامة رقم ٢٤٥٦٧٨٩٠١٢ انتهت والكفيل ما جددها", "٢٤٥٦٧٨٩٠١٢"),
        ("جواز السفر رقم ٠٧٨٩٥٤٣٢١ عند صاحب الشغل", "٠٧٨٩٥٤٣٢١"),
        ("بطاقة الإقامة رقم ١٢٣ ٤٥٦ ٧٨٩ معي", "١٢٣ ٤٥٦ ٧٨٩"),
        ("هويتي رقمها ۱۲۳۴۵۶۷۸۹۰ بس ضاعت", "۱۲۳۴۵۶۷۸۹۰"),
        # a final taa marbuta typed as haa
        ("رقم الهويه ٩٩٨٨٧٧٦٦٥٥ لو بدكم", "٩٩٨٨٧٧٦٦٥٥"),
        ("رقم الاقامه 2456789012 والمكتب قال استني", "2456789012"),
        ("رقم القضيه ٤٤٧١ بالمحكمة", "٤٤٧١"),
        # the passport as said in the Levant, a work permit, the Persian national code
        ("رقم الباسبور ٠٩٨٧٦٥٤٣ والسفارة ما ردت", "٠٩٨٧٦٥٤٣"),
        ("الباسبور تبعي ٠٩٨٧٦٥٤٣٢ عند المدام", "٠٩٨٧٦٥٤٣٢"),
        ("تصريح العمل رقم ٧٧٦٦٥٥٤٤ خلص", "٧٧٦٦٥٥٤٤"),
        ("کد ملی ۰۰۱۲۳۴۵۶۷۸ دارم", "۰۰۱۲۳۴۵۶۷۸"),
        # the UNHCR case, the application, the fingerprint record
        ("رقم الحالة ٤٤٧١ عند المفوضية", "٤٤٧١"),
        ("رقم الطلب ٨٨٧٧٦٦٥ من شهرين", "٨٨٧٧٦٦٥"),
        ("رقم البصمة ۱۲۳۴۵۶۷۸ بالمفوضية", "۱۲۳۴۵۶۷۸"),
    ],
)
def test_digits_after_an_arabic_document_name_are_its_id_number(text: str, number: str) -> None:
    # Given a survivor giving the number of a document, the way people type it
    # Then the digits are an ID number, not a phone number
    assert ("number", number) in found(text)


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("الإقامة عند الكفيل، رقمي ٠٧٩٥٥٥٠١٢٣ اذا بدكم تحكوا معي", "٠٧٩٥٥٥٠١٢٣"),
        ("جوازي عند الكفيل، اتصلي على ٠٧٩٥٥٥٠١٢٣", "٠٧٩٥٥٥٠١٢٣"),
        ("الهوية ضاعت، رقم تلفوني ٠٧٩٥٥٥٠١٢٣", "٠٧٩٥٥٥٠١٢٣"),
    ],
)
def test_my_number_after_a_document_is_still_a_phone(text: str, phone: str) -> None:
    # Given a document named, then "my number" or "call me" and a phone
    # Then the digits are the phone number
    assert ("phone", phone) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "الحالة صعبة كتير، ٣ ولاد و٢٠٠ دينار بالشهر",
        "رقم الباص ٤٤٧١ بيوصل عالمركز",
        "قدمت الطلب من ٣ شهور وما حدا رد",
        "الباسبور عند الكفيل من سنة ٢٠١٩",
    ],
)
def test_counts_amounts_bus_numbers_and_years_stay(text: str) -> None:
    assert redact(text, "ar").text == text
