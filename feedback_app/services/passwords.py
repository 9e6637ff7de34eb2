"""What makes a password too easy to guess: too short, one of the passwords attackers try first
(a shipped list of the most common ones, feedback_app/data/README), or characters that repeat or
run in order. Checked wherever a password is set: the first admin, joining, a reset."""

from __future__ import annotations

import enum
import functools
import itertools
from pathlib import Path

PASSWORD_MIN_CHARS = 12
# Fewer different characters than this ("abababababab", "aaaaaaaaaaaa") is a pattern, not a secret.
MIN_DIFFERENT_CHARS = 5
COMMON_PASSWORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "common-passwords.txt"
# What people put around a common password to pass a rule ("password1234", "!monkey2024").
_PADDING = "0123456789!@#$%^&*()-_=+.,;:?'\"/\\|~` "


class PasswordProblem(enum.Enum):
    TOO_SHORT = "too_short"
    COMMON = "common"
    PATTERN = "pattern"


@functools.cache
def common_passwords() -> frozenset[str]:
    """The shipped list, lower case, read once per process."""
    lines = COMMON_PASSWORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().casefold() for line in lines if line.strip())


def password_problem(password: str) -> PasswordProblem | None:
    """Why this password may not be used, or None when it may."""
    if len(password) < PASSWORD_MIN_CHARS:
        return PasswordProblem.TOO_SHORT
    folded = password.casefold()
    listed = common_passwords()
    if {folded, "".join(folded.split()), folded.strip(_PADDING)} & listed:
        return PasswordProblem.COMMON
    if len(set(folded)) < MIN_DIFFERENT_CHARS or _runs_in_order(folded):
        return PasswordProblem.PATTERN
    return None


def _runs_in_order(text: str) -> bool:
    """Whether every character is the one after (or before) the last: "abcdefghijkl",
    "345678901234", "987654321098" (digits go round from 9 to 0)."""
    def step(a: str, b: str) -> int:
        if a.isdigit() and b.isdigit():
            return (int(b) - int(a)) % 10
        return ord(b) - ord(a)

    steps = {step(a, b) for a, b in itertools.pairwise(text)}
    return steps in ({1}, {-1}, {9})
