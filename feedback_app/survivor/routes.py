"""The survey flow at /p/<slug>: language, before you start, consent, survey pages, preview, send.

The address stays the same through the flow (history shows nothing telling); the step lives in the
server-side draft. Each POST names the step it was rendered for, so a stale tab changes nothing.
"""

from __future__ import annotations

from typing import Any

from flask import (
    abort,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import gettext as _
from flask_babel import ngettext
from werkzeug.wrappers import Response

from feedback_app.extensions import db, limiter
from feedback_app.forms import choices
from feedback_app.models import Draft, Programme
from feedback_app.providers import catalogue, kdf
from feedback_app.ratelimits import everyone_key
from feedback_app.services import drafts, survey_steps
from feedback_app.services.submissions import Consents, active_programme, submit_feedback
from feedback_app.services.surveys import Survey
from feedback_app.session_state import renew_session
from feedback_app.survivor import bp
from feedback_app.survivor.forms import (
    ConsentForm,
    ContinueForm,
    LanguageForm,
    TakeOutWordsForm,
    survey_page_form,
)
from feedback_app.survivor.helpers import programme_languages, receipt_display

Page = str | Response | tuple[str, int]
# What to say beside a field for each rule of the survey's steps (services/survey_steps.py).
STEP_MESSAGES = {survey_steps.STAFF_NEEDED: ConsentForm.staff_needed_message}


def _not_sending() -> bool:
    return request.method != "POST" or request.form.get("action") != "send"


@bp.route("/p/<slug>", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["SUBMIT_LIMIT_CLIENT"], exempt_when=_not_sending)
@limiter.limit(lambda: current_app.config["SUBMIT_LIMIT_ALL"], key_func=everyone_key,
               exempt_when=_not_sending, scope="submit-all")
def programme_flow(slug: str) -> Page:
    if not _not_sending():  # if the database fails now, the error page says nothing was sent
        g.send_step_url = url_for(".programme_flow", slug=slug)
    programme = active_programme(db.session, slug)
    if programme is None:
        abort(404)
    survey = catalogue().get(programme.survey_key, programme.survey_version)
    draft = drafts.load_draft(db.session, session.get("draft"), programme=programme)
    if draft is None:
        return _language_step(programme, survey)
    g.language = draft.language
    if request.method == "POST":
        if request.form.get("action") == "restart":
            return _restart(programme)
        if request.form.get("step") != draft.step:
            return redirect(url_for(".programme_flow", slug=slug), 303)
    step = survey_steps.shown_step(survey, draft.step)
    if step != draft.step:  # the survey changed under an open draft
        session["draft"] = drafts.update_draft(db.session, draft, step=step)
        return _again(programme)
    handler = {"intro": _intro, "consent": _consent, "page": _page, "preview": _preview}[
        survey_steps.step_name(step)]
    return handler(programme, survey, draft)


def _again(programme: Programme) -> Response:
    return redirect(url_for(".programme_flow", slug=programme.slug), 303)


def _restart(programme: Programme) -> Response:
    drafts.discard_draft(db.session, session.pop("draft", None))
    return _again(programme)


def _render(template: str, programme: Programme, survey: Survey, draft: Draft | None,
            **context: Any) -> str:
    return render_template(f"survivor/{template}", programme=programme, survey=survey,
                           step=draft.step if draft else "language", **context)


def _advance(survey: Survey, draft: Draft, sent: survey_steps.Sent) -> survey_steps.Outcome:
    return survey_steps.advance(survey, survey_steps.Progress.of(draft.step, draft.language,
                                                                 draft.state), sent)


def _follow(programme: Programme, draft: Draft, outcome: survey_steps.Outcome) -> Response:
    session["draft"] = drafts.update_draft(db.session, draft, step=outcome.step, **outcome.save)
    return _again(programme)


def _language_step(programme: Programme, survey: Survey) -> Page:
    form = LanguageForm()
    form.language.choices = choices(programme_languages(programme, survey))
    if form.validate_on_submit():
        token = drafts.start_draft(db.session, programme=programme, language=form.language.data)
        # A fresh session for the survey: a cookie planted before shares nothing with it.
        renew_session()
        session["draft"], session["lang"] = token, form.language.data
        return _again(programme)
    status = 400 if form.errors else 200
    return _render("language.html", programme, survey, None, form=form), status


def _intro(programme: Programme, survey: Survey, draft: Draft) -> Page:
    form = ContinueForm()
    if form.validate_on_submit():
        return _follow(programme, draft, _advance(survey, draft, survey_steps.Sent()))
    return _render("intro.html", programme, survey, draft, form=form)


def _consent(programme: Programme, survey: Survey, draft: Draft) -> Page:
    if request.form.get("nav") == "back":
        return _follow(programme, draft, _advance(survey, draft, survey_steps.Sent(back=True)))
    form = ConsentForm(data=draft.state.get("consents"))
    if form.validate_on_submit():
        outcome = _advance(survey, draft, survey_steps.Sent(consents={
            name: form[name].data for name in survey_steps.CONSENT_FIELDS}))
        if not outcome.errors:
            return _follow(programme, draft, outcome)
        for name, rule in outcome.errors.items():
            form[name].errors = [STEP_MESSAGES[rule]()]
        return _render("consent.html", programme, survey, draft, form=form), 400
    status = 400 if form.errors else 200
    return _render("consent.html", programme, survey, draft, form=form), status


def _page(programme: Programme, survey: Survey, draft: Draft) -> Page:
    index = survey_steps.page_index(draft.step)
    page = survey.pages[index]
    form = survey_page_form(survey, index, draft.language, data=draft.state.get("answers", {}))
    if form.validate_on_submit():
        sent = survey_steps.Sent(back=request.form.get("nav") == "back",
                                 answers={q.key: form[q.key].data for q in page.questions})
        return _follow(programme, draft, _advance(survey, draft, sent))
    status = 400 if form.errors else 200
    return _render("page.html", programme, survey, draft, form=form, page_index=index,
                   page=page), status


def _preview(programme: Programme, survey: Survey, draft: Draft) -> Page:
    form = ContinueForm()
    if form.validate_on_submit():
        outcome = _advance(survey, draft,
                           survey_steps.Sent(action=request.form.get("action", "")))
        if outcome.take_out:
            return _take_out(programme, survey, draft)
        if outcome.send:
            return _send(programme, survey, draft)
        return _follow(programme, draft, outcome)
    return _preview_page(programme, survey, draft, form)


def _preview_page(programme: Programme, survey: Survey, draft: Draft, form: ContinueForm,
                  removal_form: TakeOutWordsForm | None = None) -> str:
    return _render("preview.html", programme, survey, draft, form=form,
                   answers=draft.state.get("answers", {}),
                   consents=draft.state.get("consents", {}),
                   removal_form=removal_form or TakeOutWordsForm(formdata=None))


def _take_out(programme: Programme, survey: Survey, draft: Draft) -> Page:
    """The survivor lists more words to take out (a nickname, a town, a workplace)."""
    removal_form = TakeOutWordsForm()
    typed = removal_form.remove_words.data or ""
    try:
        taken = drafts.take_out_words(db.session, draft, survey, typed)
    except drafts.WordsError:
        message = _("Please list at most 20 words or names, each shorter than 60 letters, "
                    "separated by commas.")
    else:
        if taken:
            flash(ngettext("We took out %(num)d word. Check again below.",
                           "We took out %(num)d words. Check again below.", taken))
            return _again(programme)
        message = (_("Please type the words to take out, separated by commas.") if taken is None
                   else _("We did not find those words in your answers. Please check how they "
                          "are written above."))
    removal_form.remove_words.errors = [message]
    return _preview_page(programme, survey, draft, ContinueForm(), removal_form), 400


def _send(programme: Programme, survey: Survey, draft: Draft) -> Page:
    consents = draft.state.get("consents", {})
    token = session.get("draft")
    code = submit_feedback(
        db.session, programme=programme, survey=survey, language=draft.language,
        consents=Consents(staff=consents.get("consent_staff") == "yes",
                          board=consents.get("consent_board") == "yes",
                          quote=consents.get("consent_quote") == "yes"),
        answers=draft.state.get("answers", {}),
        earlier_redactions=draft.state.get("redactions", {}),
        kdf=kdf(),
        # The draft goes in the submission's own transaction: if the commit fails, the draft is
        # still there to send again; if it succeeds, no draft is left to send twice.
        on_saved=lambda _submission: drafts.discard_draft(db.session, token, commit=False),
    )
    # Only now, after the commit, does the survivor see a receipt.
    session.pop("draft", None)
    return render_template("survivor/receipt.html", programme=programme,
                           code_groups=receipt_display(code))
