"""Survivors say whether a change helped: on their receipt page, each published entry that
answers one of their feedback's themes asks "did this change help you?".

One answer per receipt and entry, stored under an HMAC of both (``voter_key``), so an answer
cannot be traced to a receipt without the site secret and the code; a withdrawal deletes the
answers and a new receipt code carries them over. The public sees each answer's count only as a
public number from this month's snapshot (answers given before the month began), never a total.
"""

from __future__ import annotations

import hashlib
import hmac

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from feedback_app import clock
from feedback_app.models import (
    HELPED_ANSWERS,
    Answer,
    ChangeEntry,
    ChangeEntryTheme,
    ChangeFeedback,
    Submission,
    Theme,
    ThemeLink,
)
from feedback_app.services import audit
from feedback_app.services.changelog_errors import (
    AlreadyAnsweredError,
    ChangeField,
    ChangeLogError,
    ChangeNotFoundError,
)
from feedback_app.services.figure_snapshots import PublicSnapshot

# The newest entries a receipt page asks about.
SURVIVOR_ENTRIES_SHOWN = 10


def helped_tally(entry: ChangeEntry, figures: PublicSnapshot) -> dict[str, int | None]:
    """Each "did this help" answer as this month's public number (None: fewer than 10, zero
    included, so one answer never shows); never a total."""
    return figures.tally(entry.id)


def voter_key(secret: str, receipt_key: str, entry_id: int) -> str:
    """HMAC-SHA256 of the receipt key and entry: one vote per receipt, unlinkable without both
    the site secret and the receipt code."""
    message = f"{receipt_key}:{entry_id}".encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def entries_for_submission(session: Session, submission: Submission) -> list[ChangeEntry]:
    """Published entries linked to a live theme of the submission's answers, newest first."""
    theme_ids = (select(ThemeLink.theme_id).join(Answer, Answer.id == ThemeLink.answer_id)
                 .where(Answer.submission_id == submission.id))
    return list(session.scalars(
        select(ChangeEntry).join(ChangeEntryTheme).join(Theme)
        .where(ChangeEntry.published.is_(True), Theme.state != "retired",
               ChangeEntryTheme.theme_id.in_(theme_ids)).distinct()
        .order_by(ChangeEntry.updated_at.desc(), ChangeEntry.id.desc())
        .limit(SURVIVOR_ENTRIES_SHOWN)))


def answers_given(session: Session, *, secret: str, receipt_key: str,
                  entries: list[ChangeEntry]) -> dict[int, str]:
    """Entry id -> what this receipt answered to "did this help", for the entries given."""
    keys = {voter_key(secret, receipt_key, entry.id): entry.id for entry in entries}
    if not keys:
        return {}
    rows = session.execute(select(ChangeFeedback.voter_key, ChangeFeedback.answer)
                           .where(ChangeFeedback.voter_key.in_(keys)))
    return {keys[key]: answer for key, answer in rows}


def record_helped(session: Session, *, secret: str, receipt_key: str, entry_id: int,
                  answer: str) -> None:
    """Store one "did this help" answer for a receipt and an entry shown to it.

    Raises ChangeNotFoundError (no such feedback, or the entry is not published or not linked
    to it), ChangeLogError (not an answer) or AlreadyAnsweredError.
    """
    submission = session.scalar(select(Submission).where(Submission.receipt_key == receipt_key))
    if submission is None:
        raise ChangeNotFoundError
    if answer not in HELPED_ANSWERS:
        raise ChangeLogError(ChangeField.ANSWER)
    if entry_id not in {e.id for e in entries_for_submission(session, submission)}:
        raise ChangeNotFoundError
    key = voter_key(secret, receipt_key, entry_id)
    if session.scalar(select(ChangeFeedback.id).where(ChangeFeedback.voter_key == key)):
        raise AlreadyAnsweredError
    session.add(ChangeFeedback(entry_id=entry_id, voter_key=key, answer=answer,
                               given_month=clock.today().replace(day=1)))
    # No detail: the event says that someone answered on a day, never which receipt, entry or
    # what (the entry's answers are counted in change_feedback itself).
    audit.record_survivor_action(session, "change.helped")
    try:
        session.commit()
    except IntegrityError as error:  # the same receipt answering twice at once
        session.rollback()
        raise AlreadyAnsweredError from error


def delete_votes(session: Session, *, secret: str, receipt_key: str) -> None:
    """Delete a receipt's "did this help" answers (part of a withdrawal; the caller commits)."""
    keys = [voter_key(secret, receipt_key, entry_id)
            for entry_id in session.scalars(select(ChangeEntry.id))]
    if keys:
        session.execute(delete(ChangeFeedback).where(ChangeFeedback.voter_key.in_(keys)))


def move_votes(session: Session, *, secret: str, old_key: str, new_key: str) -> None:
    """Carry a receipt's "did this help" answers over to its new receipt key (the caller
    commits), so a replaced code neither loses them nor leaves them behind at a withdrawal."""
    for entry_id in session.scalars(select(ChangeEntry.id)):
        session.execute(update(ChangeFeedback)
                        .where(ChangeFeedback.voter_key == voter_key(secret, old_key, entry_id))
                        .values(voter_key=voter_key(secret, new_key, entry_id)))
