"""Contact details and identifiers are replaced by markers; ordinary numbers stay."""

from __future__ import annotations

import time

import pytest

from feedback_app.theming import Redaction, redact


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("write to maria.lopez@example.org please", "email"),
        ("my mail is joao_silva+help@correo.com.br", "email"),
        ("maria (at) example (dot) com", "email"),
        ("Call me on +44 7700 900123 after six", "phone"),
        ("my mobile 07700 900123", "phone"),
        ("Mi número es 612 34 56 78", "phone"),
        ("Appelez-moi au 06 12 34 56 78", "phone"),
        ("liga para (11) 91234-5678", "phone"),
        ("reach me at 555-123-4567", "phone"),
        ("whatsapp 0033 6 12 34 56 78", "phone"),
        ("text me 5551234567", "phone"),
        ("they gave me 1-224-469-6291x3702 for nights", "phone"),
        ("on m'a donné le 3304789754 pour appeler la nuit", "phone"),
        ("see https://example.org/shelter?id=4 for rules", "url"),
        ("they told us to check www.ayuda.es", "url"),
        ("the form is on legalaid.org.uk/forms", "url"),
        ("my passport number is AB1234567", "number"),
        ("mi NIE X1234567L caducó", "number"),
        ("meu CPF 123.456.789-09", "number"),
        ("case reference REF-2023-00123 was lost", "number"),
        ("I still owe 25000 to them", "number"),
    ],
)
def test_contact_detail_is_replaced_by_its_marker(text: str, kind: str) -> None:
    # Given a sentence holding one detail, When it is redacted
    result = redact(text)
    # Then exactly that kind is counted once and its marker replaces it
    assert dict(result.counts) == {kind: 1}
    assert f"[{kind}]" in result.text


@pytest.mark.parametrize(
    "text",
    [
        "Room 12 on the 3rd floor, at 9:30 on 12/05/2023",
        "it cost 1500 pounds for 10-12 people",
        "in 2019 and 2020 2021 the shelter moved",
        "e.g. the food, i.e. the meals",
        "I waited 3 hours, maybe 45 min",
    ],
)
def test_ordinary_numbers_and_abbreviations_are_kept(text: str) -> None:
    assert redact(text).text == text


def test_spans_point_into_the_original_text() -> None:
    text = "email a.b@example.com or call +351 912 345 678."
    result = redact(text)
    assert [(span.kind, text[span.start:span.end]) for span in result.spans] == [
        ("email", "a.b@example.com"),
        ("phone", "+351 912 345 678"),
    ]
    assert result.text == "email [email] or call [phone]."


def test_url_leaves_trailing_punctuation_outside_the_span() -> None:
    assert redact("(see https://example.org/a).").text == "(see [url])."


def test_redaction_result_is_a_redaction_with_counts_by_kind() -> None:
    result = redact("a@b.org, c@d.org and 07700 900123")
    assert isinstance(result, Redaction)
    assert dict(result.counts) == {"email": 2, "phone": 1}


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\x00\x01\x02\u200b\ufeff",
        "a" * 100_000,
        "1" * 100_000,
        "a.@" * 30_000,
        "+1 " * 30_000,
        "😀" * 10_000,
        "Привет مرحبا 你好 olá",
        "-/" * 50_000,
    ],
)
def test_pathological_input_is_redacted_quickly_without_error(text: str) -> None:
    started = time.perf_counter()
    result = redact(text)
    assert time.perf_counter() - started < 2.0
    assert isinstance(result.text, str)


def test_non_string_input_gives_an_empty_or_text_result() -> None:
    assert redact(None).text == ""  # type: ignore[arg-type]
    assert redact("x", language=None).text == "x"  # type: ignore[arg-type]
