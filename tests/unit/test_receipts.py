"""Receipt codes: enough entropy, shown in groups, typed back in any form, keyed with argon2id."""

from __future__ import annotations

import math

import pytest

from feedback_app.services.receipts import (
    RECEIPT_DIGITS,
    ReceiptKdf,
    format_receipt_code,
    key_for_typed_code,
    new_receipt_code,
    normalise_receipt_code,
)

KDF = ReceiptKdf(salt="unit-test-salt", memory_kib=1024, time_cost=1)


def test_code_has_at_least_66_bits_of_entropy():
    assert RECEIPT_DIGITS * math.log2(10) >= 66


def test_codes_are_twenty_digits_and_differ():
    codes = {new_receipt_code() for _ in range(500)}
    assert len(codes) == 500
    assert all(len(c) == 20 and c.isdigit() for c in codes)


def test_codes_use_every_digit_in_every_position():
    codes = [new_receipt_code() for _ in range(400)]
    for position in range(RECEIPT_DIGITS):
        assert len({c[position] for c in codes}) == 10


def test_code_is_shown_in_groups_of_four():
    assert format_receipt_code("12345678901234567890") == "1234 5678 9012 3456 7890"


@pytest.mark.parametrize("typed", [
    "1234 5678 9012 3456 7890",
    "1234-5678-9012-3456-7890",
    " 12345678901234567890 ",
    "١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩٠",  # Arabic-Indic digits from an Arabic keyboard
])
def test_typed_code_is_understood_in_its_usual_forms(typed):
    assert normalise_receipt_code(typed) == "12345678901234567890"


@pytest.mark.parametrize("typed", ["", "1234", "1234 5678 9012 3456 789X", "1" * 21, "\x00" * 20])
def test_malformed_codes_are_refused(typed):
    assert normalise_receipt_code(typed) is None
    assert key_for_typed_code(KDF, typed) is None


def test_key_is_argon2id_under_the_site_salt_and_never_the_code():
    code = "12345678901234567890"
    key = KDF.key(code)
    assert len(key) == 64 and code not in key
    assert key == KDF.key(code)
    assert key != ReceiptKdf(salt="another-site-salt", memory_kib=1024, time_cost=1).key(code)
    assert key_for_typed_code(KDF, "1234 5678 9012 3456 7890") == key
