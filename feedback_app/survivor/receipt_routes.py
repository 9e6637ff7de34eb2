"""Coming back with a receipt code (/r), quick exit, the home page and the language switch.

A wrong code costs the same argon2id derivation and gets the same 200 page shape as a right one.
Only failures count against the limits (ten an hour per client, a thousand an hour in all), and
they are counted after the code is checked: a right code always opens, however many wrong ones
others sent from behind the same address.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from pathlib import Path

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
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response

from feedback_app import clock
from feedback_app.extensions import db
from feedback_app.forms import ConfirmForm
from feedback_app.labels import HELPED_NAMES
from feedback_app.links import RedirectTargetError, site_path
from feedback_app.models import Submission
from feedback_app.providers import catalogue, kdf
from feedback_app.ratelimits import client_key, everyone_key, hit_limits
from feedback_app.services import change_feedback, drafts
from feedback_app.services.changelog_errors import (
    AlreadyAnsweredError,
    ChangeLogError,
    ChangeNotFoundError,
)
from feedback_app.services.programmes import programmes_by_name
from feedback_app.services.submissions import (
    SubmissionError,
    SubmissionNotFoundError,
    add_survivor_reply,
    change_consent,
    find_by_receipt,
    get_by_key,
    withdraw_submission,
)
from feedback_app.services.surveys import Survey, SurveyError
from feedback_app.session_state import renew_session, seal, unseal
from feedback_app.survivor import bp
from feedback_app.survivor.forms import (
    ChangeConsentForm,
    HelpedForm,
    ReceiptCodeForm,
    SurvivorReplyForm,
)

RECEIPT_SESSION_SECONDS = 30 * 60
# The opened receipt's key and until when it stays open, sealed (session_state.py): the key opens
# the survivor's feedback, so a copy of the cookie must not show it.
OPENED_RECEIPT = "receipt"
Page = str | Response | tuple[str, int]


def _failure_allowed() -> bool:
    """Count one wrong code against the per-client and site-wide limits; False once either is
    used up."""
    config = current_app.config
    per_client = hit_limits(config["RECEIPT_LIMIT_CLIENT"], "receipt-failures", client_key())
    in_all = hit_limits(config["RECEIPT_LIMIT_ALL"], "receipt-failures", everyone_key())
    return per_client and in_all


@bp.route("/")
def home() -> str:
    return render_template("survivor/home.html", programmes=programmes_by_name(db.session))


@bp.route("/exit")
def quick_exit() -> Response:
    """Leave at once: forget the draft and the session, and ask the browser to clear its data."""
    drafts.discard_draft(db.session, session.get("draft"))
    session.clear()
    response = redirect(current_app.config["EXIT_URL"], 303)
    response.headers["Clear-Site-Data"] = '"cache", "storage"'
    return response


@bp.route("/language", methods=["POST"])
def change_language() -> Response:
    """Switch the page language, then go back to the page the switch was on: only ever a path of
    this site (a `next` naming anything else goes home; a line break in it is a 400)."""
    try:
        target = site_path(request.form.get("next"))
    except RedirectTargetError:
        abort(400)
    language = request.form.get("language", "")
    if language in current_app.config["LANGUAGES"]:
        session["lang"] = language
        drafts.change_draft_language(db.session, session.get("draft"), language)
    return redirect(target, 303)


def _opened_key() -> str | None:
    """The receipt key this browser session opened, while it is fresh."""
    opened = unseal(session.get(OPENED_RECEIPT), field=OPENED_RECEIPT)
    if (isinstance(opened, dict) and isinstance(opened.get("key"), str)
            and isinstance(opened.get("until"), int)
            and clock.now().timestamp() < opened["until"]):
        return opened["key"]
    session.pop(OPENED_RECEIPT, None)
    return None


def _open_receipt(receipt_key: str) -> None:
    """Remember the opened receipt in a fresh session (a survey in progress stays open)."""
    renew_session(keep=("lang", "draft"))
    session[OPENED_RECEIPT] = seal({"key": receipt_key,
                                    "until": clock.unix_seconds() + RECEIPT_SESSION_SECONDS},
                                   field=OPENED_RECEIPT)


def _survey_of(submission: Submission) -> Survey | None:
    """The survey version the feedback answered, or None if its file is gone: the survivor still
    reads replies, changes consent and withdraws; only the question wording is missing."""
    try:
        return catalogue().get(submission.survey_key, submission.survey_version)
    except SurveyError:
        logging.getLogger("feedback_app").error("survey_missing")
        return None


def _status_page(submission: Submission, **forms: object) -> str:
    survey = _survey_of(submission)
    g.language = session.get("lang") or submission.language
    entries = change_feedback.entries_for_submission(db.session, submission)
    return render_template(
        "survivor/status.html", submission=submission, survey=survey, entries=entries,
        helped=change_feedback.answers_given(
            db.session, secret=current_app.config["VOTER_KEY_SECRET"],
            receipt_key=submission.receipt_key, entries=entries),
        helped_form=forms.get("helped_form") or HelpedForm(formdata=None),
        helped_names=HELPED_NAMES,
        reply_form=forms.get("reply_form") or SurvivorReplyForm(),
        consent_form=forms.get("consent_form") or ChangeConsentForm(data={
            "consent_board": "yes" if submission.consent_board else "no",
            "consent_quote": "yes" if submission.consent_quote else "no"}),
        leave_form=ConfirmForm(),
    )


@bp.route("/r", methods=["GET", "POST"])
def receipt() -> Page:
    key = _opened_key()
    if key and request.method == "GET":
        try:
            return _status_page(get_by_key(db.session, key))
        except SubmissionNotFoundError:
            session.pop(OPENED_RECEIPT, None)
    form = ReceiptCodeForm()
    if form.validate_on_submit():
        try:
            submission = find_by_receipt(db.session, typed_code=form.code.data, kdf=kdf())
        except SubmissionNotFoundError:
            if not _failure_allowed():
                abort(429)
            form.code.errors = [ReceiptCodeForm.not_found_message()]
        else:
            _open_receipt(submission.receipt_key)
            return _status_page(submission)
    return render_template("survivor/receipt_form.html", form=form)


def _act_on_receipt(form: FlaskForm, form_name: str, act: Callable[[str], object]) -> Page:
    """Run `act(receipt_key)` for a valid form; re-show the status page with errors otherwise.

    With no open receipt, or one withdrawn meanwhile, the survivor goes back to the code form.
    """
    key = _opened_key()
    if key is None:
        return redirect(url_for(".receipt"), 303)
    try:
        if form.validate_on_submit():
            act(key)
            return redirect(url_for(".receipt"), 303)
        return _status_page(get_by_key(db.session, key), **{form_name: form}), 400
    except (SubmissionNotFoundError, SubmissionError):
        return redirect(url_for(".receipt"), 303)


@bp.route("/r/reply", methods=["POST"])
def receipt_reply() -> Page:
    form = SurvivorReplyForm()
    return _act_on_receipt(form, "reply_form", lambda key: add_survivor_reply(
        db.session, receipt_key=key, body=form.body.data))


@bp.route("/r/consent", methods=["POST"])
def receipt_consent() -> Page:
    form = ChangeConsentForm()
    return _act_on_receipt(form, "consent_form", lambda key: change_consent(
        db.session, receipt_key=key, board=form.consent_board.data == "yes",
        quote=form.consent_quote.data == "yes"))


@bp.route("/r/withdraw", methods=["GET", "POST"])
def receipt_withdraw() -> Page:
    key = _opened_key()
    if key is None:
        return redirect(url_for(".receipt"), 303)
    form = ConfirmForm()
    if form.validate_on_submit() and request.form.get("confirm") == "yes":
        with contextlib.suppress(SubmissionNotFoundError):  # already gone: what was asked
            withdraw_submission(db.session, receipt_key=key,
                                voter_secret=current_app.config["VOTER_KEY_SECRET"],
                                withdrawal_record=Path(current_app.config["WITHDRAWAL_RECORD"]))
        session.pop(OPENED_RECEIPT, None)
        return render_template("survivor/withdrawn.html")
    return render_template("survivor/withdraw_confirm.html", form=form)


@bp.route("/r/helped", methods=["POST"])
def change_helped() -> Page:
    """One "did this change help you?" answer per receipt and change-log entry."""
    key = _opened_key()
    if key is None:
        return redirect(url_for(".receipt"), 303)
    form = HelpedForm()
    try:
        if not form.validate_on_submit():
            return _status_page(get_by_key(db.session, key), helped_form=form), 400
        change_feedback.record_helped(
            db.session, secret=current_app.config["VOTER_KEY_SECRET"], receipt_key=key,
            entry_id=form.entry.data, answer=form.helped.data)
        flash(_("Thank you for telling us."))
    except AlreadyAnsweredError:
        flash(_("You already answered this one. Thank you."))
    except (ChangeNotFoundError, ChangeLogError, SubmissionNotFoundError):
        pass  # withdrawn or unpublished meanwhile: the page shows what is there now
    return redirect(url_for(".receipt"), 303)


@bp.route("/r/leave", methods=["POST"])
def receipt_leave() -> Response:
    """Close the receipt on this device (the code still works later)."""
    if ConfirmForm().validate_on_submit():
        session.pop(OPENED_RECEIPT, None)
    return redirect(url_for(".home"), 303)

