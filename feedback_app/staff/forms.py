"""Forms of the admin's account pages: invitations, roles, programmes, two-step and access."""

from __future__ import annotations

from typing import Any

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import EmailField, RadioField, SelectMultipleField
from wtforms.validators import InputRequired, Length, ValidationError

from feedback_app.forms import InChoices, choices
from feedback_app.labels import ROLE_NAMES
from feedback_app.services.accounts import valid_email


class AllInChoices:
    """Every chosen value is one of the field's choices."""

    def __call__(self, form: FlaskForm, field: Any) -> None:
        allowed = {choice.value for choice in field.choices or []}
        if any(value not in allowed for value in field.data or []):
            raise ValidationError(_l("Please choose programmes from the list."))


def _role_field() -> RadioField:
    return RadioField(_l("Role"), choices=choices(list(ROLE_NAMES.items())),
                      validate_choice=False, validators=[
                          InputRequired(_l("Please choose a role.")),
                          InChoices(_l("Please choose one of the roles."))])


def _programmes_field() -> SelectMultipleField:
    return SelectMultipleField(_l("Programmes they answer for (staff only)"),
                               validate_choice=False, validators=[AllInChoices()])


class InviteForm(FlaskForm):
    email = EmailField(_l("Email"), filters=[lambda v: v.strip() if isinstance(v, str) else v],
                       validators=[InputRequired(_l("Please give their email address.")),
                                   Length(max=200, message=_l(
                                       "Please keep it under %(max)d characters."))])
    role = _role_field()
    programmes = _programmes_field()

    def validate_email(self, field: Any) -> None:
        if not valid_email(field.data or ""):
            raise ValidationError(_l("Please give a whole email address, like name@example.org."))


class RoleForm(FlaskForm):
    role = _role_field()


class ProgrammesForm(FlaskForm):
    programmes = _programmes_field()


def _yes_no(label: Any) -> RadioField:
    return RadioField(label, choices=choices([("yes", _l("Yes")), ("no", _l("No"))]),
                      validate_choice=False, validators=[
                          InputRequired(_l("Please choose Yes or No.")),
                          InChoices(_l("Please choose Yes or No."))])


class RequireTwoStepForm(FlaskForm):
    required = _yes_no(_l("Must this person sign in with a code from an app too?"))


class ActiveForm(FlaskForm):
    active = _yes_no(_l("May this person sign in?"))
