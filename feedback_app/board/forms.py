"""Board forms: the ranking (one select per theme, no JavaScript) and a recommendation."""

from __future__ import annotations

from typing import Any

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import SelectField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length

from feedback_app.forms import choices, clean_text, strip
from feedback_app.services.board import BODY_MAX_CHARS, TITLE_MAX_CHARS, ThemeView
from feedback_app.templating import theme_name

RANK_PREFIX = "rank_"


class BallotForm(FlaskForm):
    """Built per round by ``ballot_form``: one field ``rank_<theme id>`` per visible theme."""

    theme_ids: list[int]

    def rank_fields(self) -> list[tuple[int, SelectField]]:
        return [(theme_id, self[f"{RANK_PREFIX}{theme_id}"]) for theme_id in self.theme_ids]


def ballot_form(themes: list[ThemeView], chosen: dict[int, int] | None = None,
                **kwargs: Any) -> BallotForm:
    """A ballot form for these themes; ``chosen`` pre-selects a member's earlier ranking."""
    numbers = choices([("", _l("Not ranked"))]
                      + [(str(n), str(n)) for n in range(1, len(themes) + 1)])

    class RoundBallotForm(BallotForm):
        pass

    for view in themes:
        # The numbers chosen are checked by board.check_ballot, with the ballot's other rules.
        setattr(RoundBallotForm, f"{RANK_PREFIX}{view.theme_id}", SelectField(
            theme_name(view.theme_id, view.label), choices=numbers,
            validate_choice=False, default=""))
    RoundBallotForm.theme_ids = [view.theme_id for view in themes]
    if chosen:
        kwargs.setdefault("data", {f"{RANK_PREFIX}{theme_id}": str(rank)
                                   for theme_id, rank in chosen.items()})
    return RoundBallotForm(**kwargs)


class RecommendationForm(FlaskForm):
    title = StringField(_l("A short title"), filters=[clean_text, strip], validators=[
        DataRequired(_l("Please give your recommendation a short title.")),
        Length(max=TITLE_MAX_CHARS, message=_l("Please keep it under %(max)d characters."))])
    body = TextAreaField(
        _l("What do you recommend, and why?"), filters=[clean_text, strip],
        validators=[DataRequired(_l("Please write what you recommend.")),
                    Length(max=BODY_MAX_CHARS,
                           message=_l("Please keep it under %(max)d characters."))],
        render_kw={"maxlength": BODY_MAX_CHARS})
    themes = SelectMultipleField(_l("Which themes is it about?"), coerce=int,
                                 validate_choice=False, validators=[
                                     DataRequired(_l("Please tick at least one theme."))])
