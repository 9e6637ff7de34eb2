"""What every blueprint's forms share: choices, the kind choice check, clean typed text, yes/no
questions and the bare confirm form. Messages say what to do next, in plain words."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import Field, RadioField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, ValidationError


def choices(pairs: list[tuple[str, Any]]) -> list[SelectChoice]:
    """(value, label) pairs as the choice objects WTForms expects."""
    return [SelectChoice(value, label) for value, label in pairs]


YES_NO = choices([("yes", _l("Yes")), ("no", _l("No"))])
# Control characters other than tab and newline cannot be seen or typed on purpose; drop them.
_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]"
)


def clean_text(value: Any) -> Any:
    """Normalise typed text: NFC, Unix newlines, no invisible control characters."""
    if not isinstance(value, str):
        return value
    value = unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n"))
    return _CONTROL.sub("", value)


def choice_message() -> Any:
    return _l("Please choose one of the answers, or leave it empty to skip.")


class InChoices:
    """Like WTForms' own choice check, but with a message that says what to do."""

    def __init__(self, message: Any = None) -> None:
        self.message = message

    def __call__(self, form: FlaskForm, field: Field) -> None:
        if field.data and field.data not in {choice.value for choice in field.choices}:
            raise ValidationError(self.message or choice_message())


def yes_no(label: Any, default: str | None = None) -> RadioField:
    return RadioField(label, choices=YES_NO, default=default, validate_choice=False,
                      validators=[InputRequired(_l("Please choose Yes or No.")),
                                  InChoices(_l("Please choose Yes or No."))])


def strip(value: object) -> object:
    """A field filter: typed text without the spaces around it."""
    return value.strip() if isinstance(value, str) else value


class ConfirmForm(FlaskForm):
    """A bare form: its CSRF token is the whole point."""
