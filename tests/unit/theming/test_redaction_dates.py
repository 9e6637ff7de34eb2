# ruff: noqa: RUF001  (Arabic-Indic and Persian digits and dashes are the point here)
"""Dates of birth and exact dates become [date]; ordinary time words and bare years stay."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


@pytest.mark.parametrize(
    ("text", "language", "redacted"),
    [
        # numeric, any order of day and month, two- or four-digit year, any digits
        ("I was born on 21/08/1996", "en", "I was born on [date]"),
        ("my date of birth is 07/11/1994 but the form says 1995", "en",
         "my date of birth is [date] but the form says 1995"),
        ("dob 1996-08-21", "en", "dob [date]"),
        ("born 07-11-94", "en", "born [date]"),
        ("my birthday 21 08 1996 is on the file", "en", "my birthday [date] is on the file"),
        ("ولدت في ٥ يونيو، ١٩٩٧", "ar", "ولدت في [date]"),
        ("nací el 14.02.97 en tegucigalpa", "es", "nací el [date] en tegucigalpa"),
        ("ولدت في ٣/٧/١٩٩٨ في حلب", "ar", "ولدت في [date] في [place]"),
        ("تاريخ ميلادي ۱۲/۰۴/۱۹۹۹", "ar", "تاريخ ميلادي [date]"),
        # month names, with or without accents and capitals
        ("blessing was born 9 October 2000 in benin city", "en",
         "blessing was born [date] in benin city"),
        ("born on the 3rd of may 1999", "en", "born on the [date]"),
        ("i was born October 9th, 2000", "en", "i was born [date]"),
        ("nací el 5 de junio de 1997", "es", "nací el [date]"),
        ("naci el 5 de Junio del 1997", "es", "naci el [date]"),
        ("je suis née le 3 mars 1995 à asmara", "fr", "je suis née le [date] à asmara"),
        ("ne le 1er fevrier 1993", "fr", "ne le [date]"),
        ("nasci em 3 de março de 1999", "pt", "nasci em [date]"),
        ("nasci 3 de marco de 1999", "pt", "nasci [date]"),
        # Arabic month names: Egyptian and Gulf, Levantine, Maghreb
        ("ولدت ٥ يونيو ١٩٩٧", "ar", "ولدت [date]"),
        ("ولدت في 5 حزيران 1997", "ar", "ولدت في [date]"),
        ("من مواليد ١ كانون الثاني ١٩٩٥", "ar", "من مواليد [date]"),
        ("عيد ميلادي 12 جوان 2001", "ar", "عيد ميلادي [date]"),
        # Hijri and Solar Hijri dates, as on Gulf and Afghan papers
        ("ولدت في ٣ رمضان ١٤١٥ هـ", "ar", "ولدت في [date]"),
        ("ولدت ١٢ ربيع الأول ١٤١٠", "ar", "ولدت [date]"),
        ("من متولد ۱۵ حمل ۱۳۷۵ هستم", "ar", "من متولد [date] هستم"),
        ("تاریخ تولد: ۱۳۷۵/۰۱/۱۵", "ar", "تاریخ تولد: [date]"),
        ("متولد سال ۱۳۷۲ در هرات", "ar", "متولد سال [date] در [place]"),
        # a year alone after a birth cue
        ("born in 1996 in kano", "en", "born in [date] in kano"),
        ("né en 1996 à alep", "fr", "né en [date] à alep"),
        ("nací en 1997", "es", "nací en [date]"),
        ("nasci em 1998 no maranhão", "pt", "nasci em [date] no maranhão"),
        ("ولدت عام 1996", "ar", "ولدت عام [date]"),
        ("ولدت سنة ١٩٩٦ في كابول", "ar", "ولدت سنة [date] في [place]"),
        # a full date identifies wherever it stands
        ("on 12/05/2023 the lawyer came", "en", "on [date] the lawyer came"),
        ("llegué el 2 de enero de 2020 a madrid", "es", "llegué el [date] a madrid"),
    ],
)
def test_date_of_birth_or_full_date_becomes_date(text: str, language: str, redacted: str) -> None:
    assert redact(text, language).text == redacted


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("in May they moved us to another house", "en"),
        ("two weeks without hot water", "en"),
        ("last year the food was better", "en"),
        ("i have been here since 2019", "en"),
        ("estoy en el albergue desde 2019", "es"),
        ("je suis en france depuis 2019 et toujours pas de papiers", "fr"),
        ("moro aqui desde 2018", "pt"),
        ("منذ عام 2019 وأنا أنتظر", "ar"),
        ("we waited 2 weeks, then 3 more", "en"),
        ("the course in june 2021 was good", "en"),
        ("2 out of 2000 people got a place", "en"),
        ("le 12 mai on a eu une réunion", "fr"),
        ("the score was 10-12-14 in the games", "en"),
        ("my friend was born in nigeria", "en"),
        ("meu filho nasceu forte", "pt"),
        ("i was 17 when i came", "en"),
        ("يوم الاثنين في شهر مايو جاءت المحامية", "ar"),
        ("منذ ٣ سنوات وأنا في المأوى", "ar"),
        ("دی ماه خیلی سرد بود", "ar"),
        ("in 1400 people came to the march", "en"),
    ],
)
def test_ordinary_time_words_and_bare_years_are_kept(text: str, language: str) -> None:
    assert redact(text, language).text == text


@pytest.mark.parametrize(
    "text",
    ["07/11/1994", "21.08.1996", "1996-08-21", "٣/٧/١٩٩٨", "07/11/94", "7.11.94", "21 08 1996",
     "٠٧ ١١ ١٩٩٤"],
)
def test_a_date_is_never_a_phone_or_a_number(text: str) -> None:
    assert dict(redact(f"born {text}").counts) == {"date": 1}
    assert dict(redact(f"the paper says {text}").counts) == {"date": 1}


@pytest.mark.parametrize("text", ["45/13/2000", "32.01.1999"])
def test_impossible_day_and_month_are_no_date(text: str) -> None:
    assert "date" not in redact(text).counts


def test_date_span_offsets_point_into_the_text_as_typed() -> None:
    text = "\u200fولدت في \u200f٣/٧/١٩٩٨\u200f"
    result = redact(text, "ar")
    assert [(s.kind, text[s.start:s.end]) for s in result.spans] == [("date", "٣/٧/١٩٩٨")]
    assert result.text == "\u200fولدت في \u200f[date]\u200f"


def test_a_phone_grouped_like_a_date_stays_a_phone() -> None:
    # "06 12 1995 44 21" has a day, a month and a year inside, but the groups around them make it
    # one phone number.
    assert dict(redact("call 06 12 1995 44 21 at night").counts) == {"phone": 1}
