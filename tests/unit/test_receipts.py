"""Receipt codes: enough entropy, shown in groups, typed back in any form, keyed with argon2id."""

from __future__ import annotations

import base64
import math

import pytest
from argon2 import Parameters, PasswordHasher, Type, extract_parameters
from sqlalchemy import select

from feedback_app.extensions import db
from feedback_app.models import Submission
from feedback_app.providers import kdf
from feedback_app.services.receipts import (
    RECEIPT_DIGITS,
    ReceiptKdf,
    format_receipt_code,
    key_for_typed_code,
    new_receipt_code,
    normalise_receipt_code,
)
from feedback_app.services.submissions import SubmissionNotFoundError, find_by_receipt
from tests.flow import Survivor

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


# Known answers of the reference implementation (phc-winner-argon2, src/test.c): argon2id,
# version 19, one lane, 32-byte tag, password "password", salt "somesalt".
ARGON2ID_REFERENCE = [
    (256, 2, "9dfeb910e80bad0311fee20f9c0e2b12c17987b4cac90c2ef54d5b3021c68bfe"),
    (65536, 2, "09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7"),
]


@pytest.mark.parametrize(("memory_kib", "time_cost", "tag"), ARGON2ID_REFERENCE)
def test_receipt_key_is_the_reference_argon2id_tag(memory_kib, time_cost, tag):
    # Given the receipt KDF at the reference vector's cost and salt
    kdf = ReceiptKdf(salt="somesalt", memory_kib=memory_kib, time_cost=time_cost)
    # When it keys the reference password
    key = kdf.key("password")
    # Then it is argon2id's tag (argon2i or argon2d, another cost or salt give other bytes)
    assert key == tag


def test_key_depends_on_the_site_salt_and_never_holds_the_code():
    code = "12345678901234567890"
    key = KDF.key(code)
    assert len(key) == 64 and code not in key
    assert key != ReceiptKdf(salt="another-site-salt", memory_kib=1024, time_cost=1).key(code)
    assert key_for_typed_code(KDF, "1234 5678 9012 3456 7890") == key


def argon2id_phc(code: str, *, salt: str, memory_kib: int, time_cost: int) -> str:
    """The code hashed by argon2-cffi's own hasher: a PHC string naming type and cost."""
    hasher = PasswordHasher(time_cost=time_cost, memory_cost=memory_kib, parallelism=1,
                            hash_len=32, type=Type.ID)
    return hasher.hash(code, salt=salt.encode("utf-8"))


def tag_of(phc: str) -> str:
    encoded = phc.rsplit("$", 1)[1]
    return base64.b64decode(encoded + "=" * (-len(encoded) % 4)).hex()


def test_stored_key_is_argon2id_of_the_code_at_the_configured_cost(app_factory):
    # Given a site with its own receipt cost (not the library's defaults)
    app = app_factory(RECEIPT_KDF_MEMORY_KIB=2048, RECEIPT_KDF_TIME_COST=3)
    # When a survivor sends feedback and is shown a receipt code
    code = Survivor(app.test_client()).submits()
    with app.app_context():
        stored = db.session.scalars(select(Submission.receipt_key)).one()
    # Then the stored key is argon2id (v=19, m, t and one lane as configured) of that code
    phc = argon2id_phc(code, salt=app.config["RECEIPT_SALT"], memory_kib=2048, time_cost=3)
    assert phc.startswith("$argon2id$v=19$m=2048,t=3,p=1$")
    assert extract_parameters(phc) == Parameters(
        type=Type.ID, version=19, salt_len=len(app.config["RECEIPT_SALT"]), hash_len=32,
        time_cost=3, memory_cost=2048, parallelism=1)
    assert stored == tag_of(phc)
    assert code not in stored and format_receipt_code(code) not in stored


def test_only_the_right_code_finds_the_submission(app_factory):
    # Given a stored submission and its receipt code
    app = app_factory()
    code = Survivor(app.test_client()).submits()
    wrong = code[:-1] + str((int(code[-1]) + 1) % 10)  # one digit off
    with app.app_context():
        # When the right code is typed, in groups, it opens
        assert find_by_receipt(db.session, typed_code=format_receipt_code(code), kdf=kdf())
        # Then a code one digit off, or no code at all, does not
        for typed in (wrong, "0" * RECEIPT_DIGITS, ""):
            with pytest.raises(SubmissionNotFoundError):
                find_by_receipt(db.session, typed_code=typed, kdf=kdf())
