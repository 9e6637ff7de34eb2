"""Names in Latin letters in a Tigrinya answer: Eritrean names typed in lower case are replaced,
and the Tigrinya words and the offices that Latin rules take for names are kept."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def names_in(text: str) -> list[str]:
    return [text[s.start:s.end] for s in redact(text, "ti").spans if s.kind == "name"]


@pytest.mark.parametrize(("text", "expected"), [
    # Tigrinya in Latin letters: a name in lower case
    ("kab sudan nab libya ms merhawi kulu gize neyrna", ["merhawi"]),
    ("ane ab camp iye, senait gn ab hospital ala", ["senait"]),
    # a name typed in capitals
    ("ASTER NAY SHELTER KULU GIZE TIHAGEZANA", ["ASTER"]),
    # a name from abroad beside Ge'ez script, after a title
    ("Frau Weber ካብ Jobcenter ብዙሕ ሓጊዛትና", ["Weber"]),
    # a name-word after a Latin title
    ("thank you sister selam kulu gize tsbuq", ["selam"]),
    # less common names, and "eye" (I am) for "iye"
    ("ab malmo zelekhum hawat, ane kflom eye, sra ngebr zdelye", ["kflom"]),
    ("hafti letebrhan ab tripoli ala, nsa kulu gize tdewl neyra", ["letebrhan"]),
    ("ms mihretab kab sudan nab libya kedna", ["mihretab"]),
])
def test_a_name_in_latin_letters_in_tigrinya_is_replaced(text, expected):
    assert names_in(text) == expected


@pytest.mark.parametrize("text", [
    "selam, ab ezi camp mai yelen, tesfa qoritsena alena",
    "ab bahri sleste mealti neyrna, Egziabher yhabkum",
    "ወረቐተይ ኣብቲ Landratsamt ጠፊኡ",
    "Red Cross ብዙሕ ሓጊዞምና",
    "ካብ Vluchtelingenwerk ደብዳበ መጺኡኒ",
])
def test_tigrinya_words_and_offices_in_latin_letters_stay(text):
    assert names_in(text) == []
