"""Receipt codes: 20 random digits (66 bits), stored only as an argon2id-derived key.

The key is derived under a site-wide salt kept outside the database, so a stolen database alone
gives no way to test guesses.
"""

from __future__ import annotations

import secrets
import unicodedata
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

RECEIPT_DIGITS = 20
RECEIPT_GROUP = 4
# Derived for malformed codes too, so a wrong code costs the same time as a right one.
_PLACEHOLDER_CODE = "0" * RECEIPT_DIGITS


@dataclass(frozen=True)
class ReceiptKdf:
    """Argon2id settings for receipt keys; tests lower the costs through config."""

    salt: str
    memory_kib: int
    time_cost: int

    def key(self, code: str) -> str:
        raw = hash_secret_raw(
            secret=code.encode("ascii"),
            salt=self.salt.encode("utf-8"),
            time_cost=self.time_cost,
            memory_cost=self.memory_kib,
            parallelism=1,
            hash_len=32,
            type=Type.ID,
        )
        return raw.hex()


def new_receipt_code() -> str:
    """A fresh code of RECEIPT_DIGITS digits from the system's secure random source."""
    return f"{secrets.randbelow(10**RECEIPT_DIGITS):0{RECEIPT_DIGITS}d}"


def format_receipt_code(code: str) -> str:
    """'12345678…' → '1234 5678 …', the way the code is shown and read out."""
    return " ".join(code[i : i + RECEIPT_GROUP] for i in range(0, len(code), RECEIPT_GROUP))


def normalise_receipt_code(typed: str) -> str | None:
    """The digits of a typed code, or None if it is not a whole code.

    Spaces, dashes and dots are ignored, and digits from any script (Arabic-Indic, for example)
    count, so a code copied from a phone keyboard in another language still works.
    """
    digits = []
    for char in typed[: RECEIPT_DIGITS * 4]:
        if char.isspace() or char in "-.\u2013\u2014_":  # hyphen, dot, en and em dash
            continue
        value = unicodedata.digit(char, None)
        if value is None:
            return None
        digits.append(str(value))
    return "".join(digits) if len(digits) == RECEIPT_DIGITS else None


def key_for_typed_code(kdf: ReceiptKdf, typed: str) -> str | None:
    """The receipt key for a typed code, or None if malformed; same cost either way."""
    code = normalise_receipt_code(typed)
    key = kdf.key(code or _PLACEHOLDER_CODE)
    return key if code else None
