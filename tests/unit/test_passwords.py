"""Which passwords are too easy to guess: too short, on the shipped list of the most common
ones, or characters that repeat or run in order."""

from __future__ import annotations

import pytest

from feedback_app.services.passwords import (
    COMMON_PASSWORDS_FILE,
    PasswordProblem,
    common_passwords,
    password_problem,
)


@pytest.mark.parametrize(("password", "problem"), [
    ("short one", PasswordProblem.TOO_SHORT),
    ("aaaaaaaaaaaa", PasswordProblem.PATTERN),
    ("AAAAAAAAAAAAAAAA", PasswordProblem.PATTERN),
    ("abababababab", PasswordProblem.PATTERN),
    ("121212121212", PasswordProblem.PATTERN),
    ("abcdefghijkl", PasswordProblem.PATTERN),
    ("345678901234", PasswordProblem.PATTERN),
    ("987654321098", PasswordProblem.PATTERN),
    ("1qaz2wsx3edc", PasswordProblem.COMMON),
    ("QWERTY123456", PasswordProblem.COMMON),
    ("leave me alone", PasswordProblem.COMMON),
    ("password1234", PasswordProblem.COMMON),
    ("!Sunshine2024", PasswordProblem.COMMON),
])
def test_guessable_passwords_are_refused_with_their_reason(password, problem):
    assert password_problem(password) is problem


@pytest.mark.parametrize("password", [
    "correct horse battery staple",
    "a brand new passphrase here",
    "kettle orbit maple 47",
    "Zq8-vV2m!pLr",
])
def test_long_uncommon_passwords_are_accepted(password):
    assert password_problem(password) is None


def test_the_shipped_list_holds_the_most_common_passwords_once_each():
    lines = COMMON_PASSWORDS_FILE.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(set(lines)) == len(common_passwords()) == 30_000
    assert lines[:3] == ["123456", "password", "12345678"]
    assert (COMMON_PASSWORDS_FILE.parent / "README").is_file()
