"""Forms of signing in: the password, the code of two-step sign-in, joining and a new password."""

from __future__ import annotations

from typing import Any

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField, StringField
from wtforms.validators import DataRequired, EqualTo, InputRequired, Length, ValidationError

from feedback_app.forms import clean_text
from feedback_app.services.passwords import PASSWORD_MIN_CHARS, PasswordProblem, password_problem
from feedback_app.services.two_step import TOTP_DIGITS


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


# Why a long enough password may not be used; the length has its own message (Length below).
GUESSABLE_MESSAGES = {
    PasswordProblem.COMMON: _l(
        "This is one of the most common passwords, the ones tried first when someone breaks "
        "in. Please choose another: a few unrelated words are easy to remember."),
    PasswordProblem.PATTERN: _l(
        "This password repeats or runs through characters (like aaaa or 1234), which is "
        "tried first when someone breaks in. Please choose another: a few unrelated words are "
        "easy to remember."),
}


def _hard_to_guess(form: FlaskForm, field: Any) -> None:
    problem = password_problem(field.data or "")
    if problem in GUESSABLE_MESSAGES:
        raise ValidationError(GUESSABLE_MESSAGES[problem])


class NewPasswordForm(FlaskForm):
    password = PasswordField(
        _l("New password"),
        description=_l("At least %(n)d characters. A few unrelated words are easy to remember.",
                       n=PASSWORD_MIN_CHARS),
        validators=[InputRequired(_l("Please choose a password.")),
                    Length(min=PASSWORD_MIN_CHARS, max=1000, message=_l(
                        "Please use at least %(n)d characters.", n=PASSWORD_MIN_CHARS)),
                    _hard_to_guess])
    password_again = PasswordField(_l("The same password again"), validators=[
        InputRequired(_l("Please type the password a second time.")),
        EqualTo("password", _l("The two passwords are not the same. Please type them again."))])


class JoinForm(NewPasswordForm):
    name = StringField(
        _l("Your name"), description=_l("As colleagues will see it."), filters=[clean_text],
        validators=[DataRequired(_l("Please give your name.")),
                    Length(max=200, message=_l("Please keep it under %(max)d characters."))])
