"""Forms of the signed-in side: sign-in, two-step sign-in, joining, resets and accounts."""

from __future__ import annotations

from typing import Any

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField, RadioField, SelectMultipleField, StringField
from wtforms.validators import DataRequired, EqualTo, InputRequired, Length, ValidationError

from feedback_app.forms import InChoices, choices, clean_text
from feedback_app.services.accounts import PASSWORD_MIN_CHARS, valid_email
from feedback_app.services.two_step import TOTP_DIGITS

ROLE_NAMES = {
    "staff": _l("Staff: reads and answers the feedback of chosen programmes"),
    "admin": _l("Admin: everything staff do, for every programme, and manages accounts"),
    "board": _l("Advisory board member"),
}
ROLE_SHORT_NAMES = {"staff": _l("Staff"), "admin": _l("Admin"), "board": _l("Advisory board")}


class SignInForm(FlaskForm):
    email = EmailField(_l("Email"), validators=[
        InputRequired(_l("Please type your email address.")), Length(max=200)])
    password = PasswordField(_l("Password"), validators=[
        InputRequired(_l("Please type your password.")), Length(max=1000)])

    @staticmethod
    def wrong_message() -> object:
        return _l("That email and password do not match an account. Please try again.")


def _digits_only(value: Any) -> Any:
    return "".join(value.split()) if isinstance(value, str) else value


def _six_digits(form: FlaskForm, field: Any) -> None:
    value = field.data or ""
    if len(value) != TOTP_DIGITS or not value.isascii() or not value.isdigit():
        raise ValidationError(_l("Please type the 6 digits your app shows."))


class CodeForm(FlaskForm):
    code = StringField(_l("Code from your app"), filters=[_digits_only], validators=[
        InputRequired(_l("Please type the 6 digits your app shows.")), Length(max=20),
        _six_digits])

    @staticmethod
    def wrong_message() -> object:
        return _l("That code did not work. Codes change every 30 seconds: please type the "
                  "newest one from your app.")


class TwoStepOffForm(FlaskForm):
    password = PasswordField(_l("Your password"), validators=[
        InputRequired(_l("Please type your password to turn two-step sign-in off.")),
        Length(max=1000)])


class NewPasswordForm(FlaskForm):
    password = PasswordField(
        _l("New password"),
        description=_l("At least %(n)d characters. A few unrelated words are easy to remember.",
                       n=PASSWORD_MIN_CHARS),
        validators=[InputRequired(_l("Please choose a password.")),
                    Length(min=PASSWORD_MIN_CHARS, max=1000, message=_l(
                        "Please use at least %(n)d characters.", n=PASSWORD_MIN_CHARS))])
    password_again = PasswordField(_l("The same password again"), validators=[
        InputRequired(_l("Please type the password a second time.")),
        EqualTo("password", _l("The two passwords are not the same. Please type them again."))])


class JoinForm(NewPasswordForm):
    name = StringField(
        _l("Your name"), description=_l("As colleagues will see it."), filters=[clean_text],
        validators=[DataRequired(_l("Please give your name.")),
                    Length(max=200, message=_l("Please keep it under %(max)d characters."))])


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
