"""Forms for curating themes."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import IntegerField, SelectMultipleField, StringField
from wtforms.validators import (
    DataRequired,
    InputRequired,
    Length,
    NumberRange,
    ValidationError,
)

from feedback_app.forms import clean_text


class RenameForm(FlaskForm):
    label = StringField(_l("New name"), filters=[clean_text],
                        validators=[DataRequired(_l("Please type a name.")),
                                    Length(max=200, message=_l(
                                        "Please keep it under %(max)d characters."))])


class SplitForm(FlaskForm):
    parts = IntegerField(_l("Into how many themes"), default=2, validators=[
        InputRequired(_l("Please give a number from 2 to 5.")),
        NumberRange(2, 5, message=_l("Please give a number from 2 to 5."))])


ROW_ID = NumberRange(1, 2**31 - 1, message=_l("Please choose one of the themes listed."))


def _row_ids(form: FlaskForm, field: SelectMultipleField) -> None:
    if any(not 1 <= value < 2**31 for value in field.data or []):
        raise ValidationError(_l("Please choose themes from the list."))


class MergeForm(FlaskForm):
    sources = SelectMultipleField(_l("Themes to merge"), coerce=int, validate_choice=False,
                                  validators=[_row_ids])
    target = IntegerField(_l("Merge into"), validators=[
        InputRequired(_l("Please choose the theme to merge into.")), ROW_ID])


class MoveForm(FlaskForm):
    theme = IntegerField(_l("Move to"), validators=[
        InputRequired(_l("Please choose a theme.")), ROW_ID])
