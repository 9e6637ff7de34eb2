"""GSM-7 where possible, UCS-2 otherwise, and the segment counts phones and gateways use."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from feedback_app.sms.encoding import GSM7, UCS2, fit, segments


def test_gsm7_limits_160_then_153_per_part():
    assert fit("a" * 160) == fit("a" * 160) and fit("a" * 160).segments == 1
    assert fit("a" * 161).segments == 2
    assert fit("a" * 306).segments == 2 and fit("a" * 307).segments == 3


def test_extension_characters_take_two_septets():
    assert fit("€" * 80).coding == GSM7 and fit("€" * 80).segments == 1
    assert fit("€" * 81).segments == 2


def test_ucs2_limits_70_then_67_and_emoji_count_twice():
    assert fit("ش" * 70) .coding == UCS2 and fit("ش" * 70).segments == 1
    assert fit("ش" * 71).segments == 2
    assert segments("😀" * 35, UCS2) == 1 and segments("😀" * 36, UCS2) == 2


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


@given(st.text(max_size=400))
def test_any_text_gets_a_coding_it_can_be_sent_in(text):
    sms = fit(text)
    if sms.coding == GSM7:
        sms.text.encode("gsm03.38")
    assert sms.segments >= 1
    assert sms.segments == segments(sms.text, sms.coding)
