"""Forms of the signed-in side."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField
from wtforms.validators import InputRequired, Length


class SignInForm(FlaskForm):
    email = EmailField(_l("Email"), validators=[
        InputRequired(_l("Please type your email address.")), Length(max=200)])
    password = PasswordField(_l("Password"), validators=[
        InputRequired(_l("Please type your password.")), Length(max=1000)])

    @staticmethod
    def wrong_message() -> object:
        return _l("That email and password do not match an account. Please try again.")
