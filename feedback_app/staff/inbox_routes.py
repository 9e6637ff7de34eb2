"""The staff inbox: feedback of one's programmes, replies and moderation."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_login import current_user
from werkzeug.wrappers import Response

from feedback_app.access import staff_required
from feedback_app.extensions import db
from feedback_app.forms import ConfirmForm
from feedback_app.models import SUBMISSION_STATUSES, Submission
from feedback_app.providers import catalogue
from feedback_app.services import inbox as service
from feedback_app.services import staff_themes
from feedback_app.services.surveys import SurveyError, text_in
from feedback_app.staff import bp, int_arg
from feedback_app.staff.inbox_forms import STATUS_NAMES, RedactForm, ReplyForm, StatusForm


@bp.route("/inbox")
@staff_required
def inbox() -> str:
    programmes = service.programmes_of(db.session, current_user)
    slugs = {p.slug for p in programmes}
    programme = request.args.get("programme", "")
    status = request.args.get("status", "")
    filters = service.Filters(
        programme=programme if programme in slugs else "",
        status=status if status in (*SUBMISSION_STATUSES, "hidden") else "",
        theme=int_arg("theme"),
        month=request.args.get("month", "")[:7],
        page=int_arg("page") or 1,
    )
    page = service.inbox(db.session, current_user, filters)
    # The themes this person sees, named as staff_themes allows (never another's words).
    themes = staff_themes.themes_for(db.session, current_user)
    return render_template(
        "staff/inbox.html", page=page, filters=filters, programmes=programmes, themes=themes,
        theme_labels={view.id: view.label for view in themes},
        months=service.months_with_feedback(db.session, current_user),
        statuses=STATUS_NAMES, questions=_question_texts)


def _question_texts(submission: Submission) -> dict[str, tuple[str, dict[str, str]]]:
    """Question keys to (prompt, option labels) in the reader's language, for reading answers."""
    try:
        survey = catalogue().get(submission.survey_key, submission.survey_version)
    except SurveyError:
        return {}
    language = str(get_locale() or "en")
    return {q.key: (text_in(q.prompt, language),
                    dict(survey.options(q, language)) if q.kind == "choice" else {})
            for q in survey.questions()}


def _submission_or_404(submission_id: int):
    # Not there, or not this person's to see: the error pages answer 404 alike.
    return service.submission_for(db.session, current_user, submission_id)


def _page(submission_id: int, *, reply_form: ReplyForm | None = None,
          status_form: StatusForm | None = None, redact_forms: dict | None = None,
          status: int = 200) -> tuple[str, int]:
    submission = _submission_or_404(submission_id)
    status_form = status_form or StatusForm(formdata=None, status=submission.status)
    # One take-out form per written answer; the one just sent keeps its words and errors.
    redact_forms = {answer.id: RedactForm(formdata=None, prefix=f"a{answer.id}")
                    for answer in submission.answers if answer.text_redacted} | (redact_forms or {})
    return render_template(
        "staff/submission.html", submission=submission, reply_form=reply_form or ReplyForm(
            formdata=None), status_form=status_form, redact_forms=redact_forms,
        confirm=ConfirmForm(), themes=service.themes_of_answers(db.session, [submission]),
        theme_labels=staff_themes.labels_for(db.session, current_user),
        statuses=STATUS_NAMES, questions=_question_texts(submission)), status


@bp.route("/submissions/<randomid:submission_id>")
@staff_required
def submission(submission_id: int) -> tuple[str, int]:
    return _page(submission_id)


def _back(submission_id: int, message: str) -> Response:
    flash(message)
    return redirect(url_for(".submission", submission_id=submission_id), 303)


@bp.route("/submissions/<randomid:submission_id>/reply", methods=["POST"])
@staff_required
def reply(submission_id: int) -> Response | tuple[str, int]:
    _submission_or_404(submission_id)
    form = ReplyForm()
    if not form.validate_on_submit():
        return _page(submission_id, reply_form=form, status=400)
    service.reply(db.session, current_user, submission_id, form.body.data)
    return _back(submission_id, _("Your reply was saved. The person sees it with their code."))


@bp.route("/submissions/<randomid:submission_id>/status", methods=["POST"])
@staff_required
def set_status(submission_id: int) -> Response | tuple[str, int]:
    _submission_or_404(submission_id)
    form = StatusForm()
    if not form.validate_on_submit():
        return _page(submission_id, status_form=form, status=400)
    service.set_status(db.session, current_user, submission_id, form.status.data)
    return _back(submission_id, _("The status was changed."))


@bp.route("/submissions/<randomid:submission_id>/hide", methods=["POST"])
@staff_required
def hide(submission_id: int) -> Response | tuple[str, int]:
    submission = _submission_or_404(submission_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    hidden = not submission.hidden
    service.set_hidden(db.session, current_user, submission_id, hidden)
    return _back(submission_id, _("The feedback is now hidden.") if hidden
                 else _("The feedback is shown again."))


@bp.route("/answers/<randomid:answer_id>/redact", methods=["POST"])
@staff_required
def redact(answer_id: int) -> Response | tuple[str, int]:
    submission_id = _submission_of_answer(answer_id)
    form = RedactForm(prefix=f"a{answer_id}")
    if form.validate_on_submit():
        try:
            count = service.redact_more(db.session, current_user, answer_id, form.phrase.data)
        except service.InboxError:
            form.phrase.errors = [_("Those words are not in this answer. Please copy them "
                                    "exactly as they appear.")]
        else:
            return _back(submission_id, _("Taken out in %(count)d places.", count=count))
    return _page(submission_id, redact_forms={answer_id: form}, status=400)


@bp.route("/answers/<randomid:answer_id>/quote", methods=["POST"])
@staff_required
def approve_quote(answer_id: int) -> Response | tuple[str, int]:
    submission_id = _submission_of_answer(answer_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    approve = request.form.get("approve") == "yes"
    try:
        service.set_quote_approval(db.session, current_user, answer_id, approve)
    except service.InboxError:
        flash(_("Only words the person agreed we may quote can be approved."))
        return redirect(url_for(".submission", submission_id=submission_id), 303)
    return _back(submission_id, _("Approved as a public quote.") if approve
                 else _("No longer approved as a quote; it was taken off the change log."))


def _submission_of_answer(answer_id: int) -> int:
    from feedback_app.models import Answer

    answer = db.session.get(Answer, answer_id)
    if answer is None:
        abort(404)
    return _submission_or_404(answer.submission_id).id
