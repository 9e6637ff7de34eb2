"""Romanian and Albanian dates of birth: a full date with its month in either language is taken
out, and a year or a day and month after a birth cue ("nascuta in 2001", "jam lindur me 2001",
"jam e vitit 1998"); the cue stays, and a year said without one ("ne 2021", in 2021) stays too."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


@pytest.mark.parametrize(
    ("text", "language", "redacted"),
    [
        ("m-am nascut pe 12 februarie 1999 la iasi, acum stau la adapost", "ro",
         "m-am nascut pe [date] la iasi, acum stau la adapost"),
        ("sunt născută în anul 2002, am venit la 16 ani", "ro",
         "sunt născută în anul [date], am venit la 16 ani"),
        ("data nasterii: martie 1998, asa scrie in certificat", "ro",
         "data nasterii: [date], asa scrie in certificat"),
        ("data mea de nastere e 4 iunie 2000 dar in pasaport scrie altceva", "ro",
         "data mea de nastere e [date] dar in pasaport scrie altceva"),
        ("ziua mea de nastere e pe 5 mai si atunci m-au mutat", "ro",
         "ziua mea de nastere e pe [date] si atunci m-au mutat"),
        # a child's date of birth is one too
        ("fetita mea s-a nascut in 2019 in italia si nu are acte", "ro",
         "fetita mea s-a nascut in [date] in italia si nu are acte"),
        ("nascut in '98, acum am 25 de ani", "ro", "nascut in [date], acum am 25 de ani"),
        ("u linda ne vitin 1999 dhe me moren ne 2016", "sq",
         "u linda ne vitin [date] dhe me moren ne 2016"),
        # "of the year": how Albanian says the year one was born
        ("jam e vitit 2001 dhe kam ardhur e vetme", "sq",
         "jam e vitit [date] dhe kam ardhur e vetme"),
        ("djali im eshte i vitit 2016, rri me gjyshen", "sq",
         "djali im eshte i vitit [date], rri me gjyshen"),
        ("datëlindja ime është 12 dhjetor 1997", "sq", "datëlindja ime është [date]"),
        ("ditelindja ime eshte me 7 maj, ate dite me moren", "sq",
         "ditelindja ime eshte me [date], ate dite me moren"),
        ("kam lind ne 1995 po ne leter shkruan tjeter", "sq",
         "kam lind ne [date] po ne leter shkruan tjeter"),
        # Gheg "jam le": I was born
        ("jam le me 3 shtator 1999, isha 16 vjec kur ika", "sq",
         "jam le me [date], isha 16 vjec kur ika"),
    ],
)
def test_a_romanian_or_albanian_date_of_birth_is_taken_out_and_its_cue_stays(
        text: str, language: str, redacted: str) -> None:
    assert redact(text, language).text == redacted


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("am lucrat din 2016 pana in 2018 fara contract", "ro"),
        ("ne-au dus in 2019 la londra cu dubita", "ro"),
        # "ne" is "in" in Albanian, not French "né"
        ("erdha ne 2019 me gomone, ishim 40 veta", "sq"),
        ("le te them se ne 2020 ishte me keq", "sq"),
        # "lindja e diellit": the sunrise
        ("lindja e diellit ne 2020 ishte e bukur", "sq"),
        ("kam lind me 2 vajza ne spital", "sq"),
    ],
)
def test_years_said_without_a_birth_cue_stay(text: str, language: str) -> None:
    assert [s for s in redact(text, language).spans if s.kind == "date"] == []


def test_a_street_named_after_a_date_is_no_date_of_birth() -> None:
    spans = redact("locuiam pe str. 1 Decembrie 1918 nr. 5", "ro").spans
    assert [s for s in spans if s.kind == "date"] == []
