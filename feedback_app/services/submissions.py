"""Submitting, finding, changing and withdrawing survivor feedback."""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from feedback_app import clock
from feedback_app.models import (
    Answer,
    ChangeEntryQuote,
    Programme,
    Reply,
    Submission,
    ThemeLink,
)
from feedback_app.services import audit
from feedback_app.services.change_feedback import delete_votes, move_votes
from feedback_app.services.errors import Reason, ServiceError
from feedback_app.services.programmes import SLUG
from feedback_app.services.receipts import ReceiptKdf, key_for_typed_code, new_receipt_code
from feedback_app.services.redaction import redact_answer
from feedback_app.services.surveys import Survey
from feedback_app.services.themes import link_new_answers
from feedback_app.services.transactions import unit_of_work
from feedback_app.services.withdrawal_record import WithdrawalRecordError, append_withdrawn_key

log = logging.getLogger(__name__)
SURVIVOR_REPLY_MAX_CHARS = 2000


class SubmissionError(ServiceError):
    """A submission could not be saved as given."""


class SubmissionNotFoundError(ServiceError):
    """No submission matches (a wrong receipt code, or it was withdrawn)."""

    reason = Reason.NOT_FOUND


@dataclass(frozen=True)
class Consents:
    staff: bool
    board: bool
    quote: bool


def _answers(
    survey: Survey,
    answers: Mapping[str, str],
    language: str,
    earlier_redactions: Mapping[str, Mapping[str, int]],
) -> list[Answer]:
    rows = []
    for question in survey.questions():
        value = (answers.get(question.key) or "").strip()
        if not value:
            continue  # every question can be skipped
        if question.kind == "choice":
            if value not in dict(survey.options(question, "en")):
                raise SubmissionError(f"not an option of {question.key}")
            rows.append(Answer(question_key=question.key, position=len(rows) + 1,
                               choice=value))
        else:
            # Draft text is already redacted; redacting again is a safety net, and the counts
            # from the first pass are kept (the details themselves never are).
            redacted = redact_answer(value[: question.max_chars], language)
            counts = Counter(earlier_redactions.get(question.key, {}))
            counts.update(redacted.counts)
            rows.append(Answer(question_key=question.key, position=len(rows) + 1,
                               text_redacted=redacted.text, redactions=dict(counts) or None))
    return rows


def _key_is_free(session: Session, key: str) -> bool:
    return session.scalar(select(Submission.id).where(Submission.receipt_key == key)) is None


def _fresh_code(session: Session, kdf: ReceiptKdf,
                new_code: Callable[[], str]) -> tuple[str, str]:
    """A receipt code whose key no submission holds yet, and that key.

    A collision of 66-bit random codes is vanishingly rare; it is looked for before the write
    rather than caught from it, so trying again never undoes what the caller did in this
    transaction. The unique constraint still refuses a key two writers chose at once.
    """
    for _attempt in range(3):
        code = new_code()
        key = kdf.key(code)
        if _key_is_free(session, key):
            return code, key
    raise SubmissionError("could not allocate a receipt code", reason=Reason.CONFLICT)


def store_submission(
    session: Session,
    *,
    programme: Programme,
    survey: Survey,
    language: str,
    consents: Consents,
    answers: Mapping[str, str],
    kdf: ReceiptKdf,
    channel: str = "web",
    earlier_redactions: Mapping[str, Mapping[str, int]] | None = None,
    new_code: Callable[[], str] = new_receipt_code,
) -> tuple[str, Submission]:
    """Add a submission with its theme links and audit row; return its receipt code and row.

    Flushes only: the caller commits, with its own work. Raises SubmissionError when staff may
    not read it, an answer is not one of the options, or no free receipt code was found.
    """
    if not consents.staff:
        raise SubmissionError("staff consent is needed to send")
    rows = _answers(survey, answers, language, earlier_redactions or {})
    code, key = _fresh_code(session, kdf, new_code)
    submission = Submission(
        programme_id=programme.id, survey_key=survey.key, survey_version=survey.version,
        language=language, channel=channel, received_on=clock.today(), status="received",
        consent_staff=True, consent_board=consents.board, consent_quote=consents.quote,
        receipt_key=key, answers=rows,
    )
    session.add(submission)
    session.flush()
    link_new_answers(session, submission.answers)
    audit.record_survivor_action(session, "submission.received",
                                 detail={"programme": programme.slug, "channel": channel})
    return code, submission


def submit_feedback(
    session: Session,
    *,
    programme: Programme,
    survey: Survey,
    language: str,
    consents: Consents,
    answers: Mapping[str, str],
    kdf: ReceiptKdf,
    channel: str = "web",
    earlier_redactions: Mapping[str, Mapping[str, int]] | None = None,
    on_saved: Callable[[Submission], None] | None = None,
    new_code: Callable[[], str] = new_receipt_code,
) -> str:
    """Store a submission and return its receipt code, only once it is committed.

    ``on_saved`` runs before the commit, so what it changes (the web draft's deletion) is
    committed with the submission or not at all. Raises SubmissionError when staff may not read
    it or an answer is not one of the options.
    """
    with unit_of_work(session):
        code, submission = store_submission(
            session, programme=programme, survey=survey, language=language, consents=consents,
            answers=answers, kdf=kdf, channel=channel, earlier_redactions=earlier_redactions,
            new_code=new_code)
        if on_saved is not None:
            on_saved(submission)
    # No id: a log line's time joined to an id would give the submission its time of day.
    log.info("submission_received")
    return code


def give_new_receipt_key(
    session: Session,
    *,
    submission_id: int,
    kdf: ReceiptKdf,
    voter_secret: str,
    new_code: Callable[[], str] = new_receipt_code,
) -> tuple[str, Submission]:
    """Give a submission a fresh receipt key (the old code stops working); return the new code
    and the row. Flushes only: the caller commits. Raises SubmissionNotFoundError, or
    SubmissionError when no free code was found.
    """
    submission = session.get(Submission, submission_id)
    if submission is None:
        raise SubmissionNotFoundError
    code, key = _fresh_code(session, kdf, new_code)
    old_key, submission.receipt_key = submission.receipt_key, key
    session.flush()
    move_votes(session, secret=voter_secret, old_key=old_key, new_key=key)
    audit.record_survivor_action(session, "submission.receipt_replaced")
    return code, submission


def replace_receipt_code(session: Session, *, submission_id: int, kdf: ReceiptKdf,
                         voter_secret: str) -> str:
    """Give a submission a fresh receipt code, for one that never reached the survivor; the old
    code stops working. Returns the code once it is committed; raises SubmissionNotFoundError.
    """
    with unit_of_work(session):
        code, _submission = give_new_receipt_key(session, submission_id=submission_id,
                                                 kdf=kdf, voter_secret=voter_secret)
    log.info("submission_receipt_replaced")
    return code


def find_by_receipt(session: Session, *, typed_code: str, kdf: ReceiptKdf) -> Submission:
    """The submission for a typed receipt code; raises SubmissionNotFoundError."""
    key = key_for_typed_code(kdf, typed_code)
    submission = None
    if key is not None:
        submission = session.scalar(select(Submission).where(Submission.receipt_key == key))
    if submission is None:
        raise SubmissionNotFoundError
    return submission


def get_by_key(session: Session, receipt_key: str) -> Submission:
    submission = session.scalar(select(Submission).where(Submission.receipt_key == receipt_key))
    if submission is None:
        raise SubmissionNotFoundError
    return submission


def add_survivor_reply(session: Session, *, receipt_key: str, body: str) -> Reply:
    """Add the survivor's redacted reply; raises SubmissionNotFoundError or SubmissionError."""
    submission = get_by_key(session, receipt_key)
    body = body.strip()
    if not body:
        raise SubmissionError("empty reply")
    redacted = redact_answer(body[:SURVIVOR_REPLY_MAX_CHARS], submission.language)
    reply = Reply(submission_id=submission.id, from_survivor=True, body=redacted.text,
                  sent_on=clock.today(), number=submission.next_reply_number())
    session.add(reply)
    audit.record_survivor_action(session, "submission.survivor_replied")
    session.commit()
    return reply


def change_consent(session: Session, *, receipt_key: str, board: bool, quote: bool) -> None:
    """Change who may read or quote a submission; raises SubmissionNotFoundError."""
    submission = get_by_key(session, receipt_key)
    submission.consent_board, submission.consent_quote = board, quote
    if not quote:  # no more quoting: approvals end and the quotes leave the change log now
        answer_ids = [answer.id for answer in submission.answers]
        for answer in submission.answers:
            answer.quote_approved = False
        session.execute(delete(ChangeEntryQuote).where(ChangeEntryQuote.answer_id.in_(answer_ids)))
    audit.record_survivor_action(session, "submission.consent_changed",
                                 detail={"board": board, "quote": quote})
    session.commit()


def _delete(session: Session, submission: Submission) -> None:
    answer_ids = select(Answer.id).where(Answer.submission_id == submission.id)
    session.execute(delete(ThemeLink).where(ThemeLink.answer_id.in_(answer_ids)))
    session.delete(submission)


def scrub_deleted_text(session: Session) -> None:
    """Fold SQLite's WAL into the database file so deleted text is overwritten (secure_delete)
    now; run it after the commit that deleted the text. Nothing to do on PostgreSQL."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))


def remove_submission(session: Session, *, receipt_key: str, voter_secret: str,
                      withdrawal_record: Path | None) -> None:
    """Delete a submission, its answers, replies, theme links, quotes and "did this help"
    answers, leaving a tombstone, and append its key to ``withdrawal_record`` (None only when a
    restore re-applies the record itself). Flushes only: the caller commits, then calls
    scrub_deleted_text. Raises SubmissionNotFoundError.
    """
    submission = get_by_key(session, receipt_key)
    if withdrawal_record is not None:
        # Recorded before the delete commits, so a crash in between errs towards deleting on
        # restore. If the record cannot be written the survivor's feedback is still deleted now;
        # the operator learns from the log that an older backup would bring it back.
        try:
            append_withdrawn_key(withdrawal_record, receipt_key)
        except WithdrawalRecordError:
            log.error("withdrawal_record_failed")
    # The FK cascades too; deleting first makes the quote's removal certain on every backend.
    session.execute(delete(ChangeEntryQuote).where(ChangeEntryQuote.answer_id.in_(
        select(Answer.id).where(Answer.submission_id == submission.id))))
    delete_votes(session, secret=voter_secret, receipt_key=receipt_key)
    _delete(session, submission)
    # The tombstone names no submission: the survivor's withdrawal, on its day, and no more.
    audit.record_survivor_action(session, "submission.withdrawn")
    session.flush()


def withdraw_submission(session: Session, *, receipt_key: str, voter_secret: str,
                        withdrawal_record: Path | None) -> None:
    """Withdraw a submission as remove_submission says: committed, then scrubbed from the file.
    Raises SubmissionNotFoundError."""
    with unit_of_work(session):
        remove_submission(session, receipt_key=receipt_key, voter_secret=voter_secret,
                          withdrawal_record=withdrawal_record)
    scrub_deleted_text(session)
    log.info("submission_withdrawn")


def remove_expired(session: Session, *, retention_days: int, on: dt.date | None = None) -> int:
    """Delete submissions received more than retention_days ago, as a withdrawal does; returns
    how many. Flushes only: the caller commits, then calls scrub_deleted_text."""
    cutoff = (on or clock.today()) - dt.timedelta(days=retention_days)
    old = session.scalars(select(Submission).where(Submission.received_on < cutoff)).all()
    for submission in old:
        _delete(session, submission)
        audit.record(session, "submission.purged", actor_kind="system",
                     target_kind="submission", target_id=submission.id)
    session.flush()
    return len(old)


def purge_expired(session: Session, *, retention_days: int, on: dt.date | None = None) -> int:
    """Delete submissions received more than retention_days ago, as a withdrawal does."""
    with unit_of_work(session):
        removed = remove_expired(session, retention_days=retention_days, on=on)
    scrub_deleted_text(session)
    return removed


def active_programme(session: Session, slug: str) -> Programme | None:
    """The active programme with this slug; None for anything that cannot be a slug."""
    if not SLUG.match(slug):  # also keeps NUL and other bytes PostgreSQL refuses out of queries
        return None
    return session.scalar(select(Programme).where(Programme.slug == slug, Programme.active))
