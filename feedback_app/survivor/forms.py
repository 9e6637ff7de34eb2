"""Forms of the survivor flow. Messages say what to do next, in plain words."""

from __future__ import annotations

from typing import Any

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import Field, IntegerField, RadioField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length, Optional

from feedback_app.forms import InChoices, choices, clean_text, strip, yes_no
from feedback_app.labels import HELPED_NAMES
from feedback_app.services.surveys import Question, Survey, text_in


class LanguageForm(FlaskForm):
    language = RadioField(
        _l("Language"), choices=[], validate_choice=False,
        validators=[InputRequired(_l("Please choose a language.")),
                    InChoices(_l("Please choose a language."))],
    )


class ContinueForm(FlaskForm):
    go = SubmitField(_l("Continue"))


class TakeOutWordsForm(FlaskForm):
    """The words a survivor lists on the preview to take out; the drafts service checks them."""

    class Meta:
        csrf = False  # posted with the preview's own form, whose token is checked

    remove_words = StringField(
        _l("Names, places or other words to take out"),
        description=_l("For example a nickname, your town or where you work, with commas "
                       "between them. Each becomes [removed]. We do not keep this list."))


class ConsentForm(FlaskForm):
    consent_staff = yes_no(_l("May our staff read what you write?"))
    consent_board = yes_no(_l("May the survivor advisory board read it?"), default="no")
    consent_quote = yes_no(_l("May we quote your words in public, without your name?"),
                           default="no")

    @staticmethod
    def staff_needed_message() -> Any:
        return _l("We can only send your feedback if our staff may read it. Choose Yes to go "
                  "on, or leave now: nothing has been sent.")


class ReceiptCodeForm(FlaskForm):
    code = StringField(
        _l("Your receipt code"),
        filters=[clean_text],
        validators=[InputRequired(_l("Please type the 20 digits of your code.")),
                    Length(max=80, message=_l("That is longer than a receipt code."))],
    )

    @staticmethod
    def not_found_message() -> Any:
        return _l("We could not find feedback with that code. Please check the 20 digits and "
                  "try again. Feedback that was withdrawn, or is older than the time we keep "
                  "it, has been deleted.")


class SurvivorReplyForm(FlaskForm):
    body = TextAreaField(
        _l("Your message"),
        filters=[clean_text, strip],
        validators=[DataRequired(_l("Please write your message, or go back.")),
                    Length(max=2000, message=_l("Please keep it under %(max)d characters."))],
    )


class HelpedForm(FlaskForm):
    """The survivor's "did this change help you?" on their receipt page."""

    entry = IntegerField(validators=[InputRequired()])
    helped = RadioField(
        _l("Did this change help you?"),
        choices=choices(list(HELPED_NAMES.items())), validate_choice=False,
        validators=[InputRequired(_l("Please choose Yes, A little or No.")),
                    InChoices(_l("Please choose Yes, A little or No."))])


class ChangeConsentForm(FlaskForm):
    consent_board = yes_no(_l("May the survivor advisory board read it?"))
    consent_quote = yes_no(_l("May we quote your words in public, without your name?"))


def _field(survey: Survey, question: Question, language: str) -> Field:
    label = text_in(question.prompt, language)
    description = text_in(question.hint, language) if question.hint else ""
    if question.kind == "choice":
        options = survey.options(question, language)
        return RadioField(
            label, choices=choices(options), description=description, validate_choice=False,
            validators=[Optional(), InChoices()],
        )
    return TextAreaField(
        label, description=description, filters=[clean_text],
        validators=[Optional(), Length(max=question.max_chars, message=_l(
            "Please shorten this answer to %(max)d characters or fewer."))],
        render_kw={"maxlength": question.max_chars, "rows": 6},
    )


def survey_page_form(survey: Survey, page_index: int, language: str, **kwargs: Any) -> FlaskForm:
    """A form for one page of a survey, built from its definition."""
    page = survey.pages[page_index]
    fields = {q.key: _field(survey, q, language) for q in page.questions}
    form_class = type("SurveyPageForm", (FlaskForm,), fields)
    return form_class(**kwargs)
