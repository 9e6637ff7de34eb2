"""GSM-7 where possible, UCS-2 otherwise, and the segment counts phones and gateways use.

The expected figures come from 3GPP TS 23.038 and TS 23.040, not from the code under test: the
GSM-7 default alphabet's 127 printable characters take one septet each and its extension table's
ten take two (an escape, then the character); a single message holds 160 septets, and each part of
a longer one 153 (a 6-byte header takes the rest); in UCS-2 that is 70 and 67 UTF-16 code units,
and a character outside the Basic Multilingual Plane (an emoji) is two of them.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from feedback_app.services.sms_encoding import GSM7, UCS2, fit, segments

# TS 23.038 section 6.2.1, the default alphabet in table order, without 0x1B (the escape).
GSM7_BASIC = ("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
              "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
# TS 23.038 section 6.2.1.1, the extension table: form feed, ^ { } \ [ ~ ] | and the euro sign.
GSM7_EXTENSION = "\f^{}\\[~]|€"


def test_the_tables_here_are_the_standards():
    assert len(GSM7_BASIC) == len(set(GSM7_BASIC)) == 127
    assert len(GSM7_EXTENSION) == 10 and not set(GSM7_EXTENSION) & set(GSM7_BASIC)


@pytest.mark.parametrize(("text", "expected"), [
    ("a" * 160, 1),
    ("a" * 161, 2),
    ("a" * 306, 2),   # 2 x 153
    ("a" * 307, 3),
    ("a" * 459, 3),   # 3 x 153
    ("a" * 460, 4),
    ("a" * 158 + "€", 1),  # 160 septets
    ("a" * 159 + "€", 2),  # 161 septets: the euro sign pushes it over
    ("€" * 80, 1),
    ("€" * 81, 2),
    ("[" * 153, 2),        # 306 septets
    ("[" * 154, 3),
    ("Thank you. Your receipt code is 1234 5678 9012 3456 7890. Keep it safe.", 1),
])
def test_gsm7_segments_follow_the_160_and_153_septet_limits(text, expected):
    sms = fit(text)
    assert (sms.coding, sms.segments, sms.text) == (GSM7, expected, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("ش" * 70, 1),
    ("ش" * 71, 2),
    ("ش" * 134, 2),   # 2 x 67
    ("ش" * 135, 3),
    ("你" * 201, 3),  # 3 x 67
    ("你" * 202, 4),
    ("😀" * 35, 1),   # 70 code units
    ("😀" * 36, 2),
    ("a" * 69 + "你", 1),  # one character outside GSM-7 makes the whole text UCS-2
    ("a" * 70 + "你", 2),
    ("شكرًا لك. رمز الإيصال الخاص بك هو 1234 5678 9012 3456 7890.", 1),
])
def test_ucs2_segments_follow_the_70_and_67_unit_limits(text, expected):
    sms = fit(text)
    assert (sms.coding, sms.segments, sms.text) == (UCS2, expected, text)


@pytest.mark.parametrize("char", list(GSM7_BASIC))
def test_every_basic_character_takes_one_septet(char):
    assert segments(char * 160, GSM7) == 1 and segments(char * 161, GSM7) == 2
    assert fit(char * 160).coding == GSM7


@pytest.mark.parametrize("char", list(GSM7_EXTENSION))
def test_every_extension_character_takes_two_septets(char):
    assert segments(char * 80, GSM7) == 1 and segments(char * 81, GSM7) == 2
    assert fit(char * 80).coding == GSM7


def test_spanish_and_french_letters_in_gsm7_stay_as_they_are():
    text = "¿Qué tal? Très bien, señor. ¡Año!"
    assert fit(text).text == text and fit(text).coding == GSM7


def test_accents_gsm7_lacks_are_folded_only_when_that_saves_a_segment():
    short = "Opinião"  # one segment either way: keep the accent, send UCS-2
    assert fit(short).text == short and fit(short).coding == UCS2
    long = "Obrigado pela participação, a sua opinião é importante para nós. " * 2
    folded = fit(long)
    assert folded.coding == GSM7 and "participacao" in folded.text and folded.segments == 1
    assert "é" in folded.text  # é is in GSM-7: kept


def test_arabic_is_never_folded():
    text = "شكرًا، أُرسلت ملاحظاتكم"
    assert fit(text).text == text and fit(text).coding == UCS2


def test_typographic_quotes_and_dashes_become_plain():
    assert fit("It\u2019s \u2013 \u201cfine\u201d\u2026").text == "It's - \"fine\"..."


def expected_segments(units: int, single: int, part: int) -> int:
    """TS 23.040: one message up to `single` units, else parts of `part` units each."""
    if units <= single:
        return 1
    parts = 1
    while parts * part < units:
        parts += 1
    return parts


@given(st.text(alphabet=GSM7_BASIC + GSM7_EXTENSION, max_size=500))
def test_any_gsm7_text_is_sent_as_it_is_in_the_septets_the_tables_give(text):
    septets = len(text) + sum(text.count(char) for char in GSM7_EXTENSION)
    sms = fit(text)
    assert (sms.coding, sms.text) == (GSM7, text)
    assert sms.segments == expected_segments(septets, 160, 153)


@given(st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF), min_size=1,
               max_size=300),
       st.text(alphabet=st.characters(min_codepoint=0x1F600, max_codepoint=0x1F64F), max_size=40))
def test_any_arabic_text_is_sent_as_ucs2_in_the_code_units_it_has(arabic, emoji):
    text = arabic + emoji  # Arabic letters are one UTF-16 unit each, these emoji two
    sms = fit(text)
    assert (sms.coding, sms.text) == (UCS2, text)
    assert sms.segments == expected_segments(len(arabic) + 2 * len(emoji), 70, 67)


@given(st.text(max_size=400))
def test_any_text_gets_a_coding_it_can_be_sent_in(text):
    sms = fit(text)
    if sms.coding == GSM7:
        sms.text.encode("gsm03.38")
    else:
        assert sms.coding == UCS2
    assert sms.segments >= 1
