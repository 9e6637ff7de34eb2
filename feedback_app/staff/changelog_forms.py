"""Forms for writing "you said, we did" entries."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import IntegerField, SelectField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import (
    DataRequired,
    InputRequired,
    Length,
    NumberRange,
    ValidationError,
)

from feedback_app.forms import InChoices, choices, clean_text, strip
from feedback_app.labels import CHANGE_STATUS_NAMES
from feedback_app.models import CHANGE_STATUSES
from feedback_app.models.base import MAX_RANDOM_ID

TEXT_MAX = 8000
MAX_ID = 2**31 - 1  # larger numbers are never our ids (and overflow the database's integers)


def _text(label: object, description: object = "") -> TextAreaField:
    return TextAreaField(label, description=description, filters=[clean_text, strip],
                         validators=[Length(max=TEXT_MAX, message=_l(
                             "Please keep it under %(max)d characters."))],
                         render_kw={"maxlength": TEXT_MAX})


def _status_field() -> SelectField:
    return SelectField(
        _l("Status"), choices=choices([(s, CHANGE_STATUS_NAMES[s]) for s in CHANGE_STATUSES]),
        validate_choice=False, validators=[InputRequired(_l("Please choose a status.")),
                                           InChoices(_l("Please choose one of the statuses."))])


REASON_MESSAGE = _l("Please say why we are not doing this. People deserve to know.")
DETAILS_HINT = _l("This is public. Names, phone numbers, addresses and other personal details "
                  "are taken out before it is saved.")


class EntryForm(FlaskForm):
    """The words of an entry (editing keeps the status; it changes with a note)."""

    title = StringField(_l("Title"), filters=[clean_text, strip],
                        validators=[DataRequired(_l("Please give the change a title.")),
                                    Length(max=200, message=_l(
                                        "Please keep it under %(max)d characters."))])
    programme = SelectField(_l("Programme"), choices=[], validate_choice=False,
                            validators=[InChoices(_l("Please choose one of the programmes."))])
    heard = _text(_l("What we heard"), DETAILS_HINT)
    did = _text(_l("What we did"), DETAILS_HINT)
    reason = _text(_l("Why we are not doing it (needed when the status is \u201cnot doing\u201d)"))
    # The choices are the chosen programme's indicators, set by the page; the service refuses
    # any other, so a stale tick after choosing another programme is refused, not lost quietly.
    indicators = SelectMultipleField(
        _l("What this change means to improve"), choices=[], validate_choice=False,
        description=_l("What the survey of the programme chosen above asks about. Once the "
                       "change is done, its page compares the answers before and after it."))


class NewEntryForm(EntryForm):
    status = _status_field()
    note = _text(_l("A first note for the public update history (optional)"))

    def validate_reason(self, field: TextAreaField) -> None:
        if self.status.data == "not doing" and not field.data:
            raise ValidationError(REASON_MESSAGE)


class StatusForm(FlaskForm):
    status = _status_field()
    note = _text(_l("What changed (shown in the public update history)"))
    reason = _text(_l("Why we are not doing it (needed for \u201cnot doing\u201d)"))

    def validate_note(self, field: TextAreaField) -> None:
        if not field.data:
            raise ValidationError(_l("Please write a short note about what changed."))

    def validate_reason(self, field: TextAreaField) -> None:
        if self.status.data == "not doing" and not field.data:
            raise ValidationError(REASON_MESSAGE)


class ThemesForm(FlaskForm):
    themes = SelectMultipleField(_l("Themes this change answers"), coerce=int,
                                 validate_choice=False)

    def validate_themes(self, field: SelectMultipleField) -> None:
        if any(not 0 < theme_id <= MAX_ID for theme_id in field.data or []):
            raise ValidationError(_l("Please choose themes from the list."))


class QuoteForm(FlaskForm):
    answer = IntegerField(_l("Quote"), validators=[
        InputRequired(_l("Please choose a quote.")),
        NumberRange(1, MAX_RANDOM_ID, message=_l("Please choose a quote."))])  # answers' ids
