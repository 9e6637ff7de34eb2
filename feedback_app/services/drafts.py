"""Survey drafts: the server-side state of a survey in progress.

The browser holds only a random token in its session cookie, new at every step; the draft row
holds a hash of it, the step, the consents and the answers given so far, with free text already
redacted. A draft expires within hours and is deleted on send and on quick exit.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from feedback_app import clock
from feedback_app.models import Draft, Programme
from feedback_app.services.errors import ServiceError
from feedback_app.services.surveys import Survey
from feedback_app.theming.removal import parse_words, remove_words

DRAFT_TTL_HOURS = 3


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _now_hour() -> dt.datetime:
    return clock.now().replace(minute=0, second=0, microsecond=0)


def _expiry_hour() -> dt.datetime:
    return _now_hour() + dt.timedelta(hours=DRAFT_TTL_HOURS)


def _delete_expired(session: Session) -> int:
    result = session.execute(delete(Draft).where(Draft.expires_hour < _now_hour()))
    return int(getattr(result, "rowcount", 0) or 0)


def start_draft(session: Session, *, programme: Programme, language: str) -> str:
    """Create a draft at the first step and return the token for the session cookie."""
    _delete_expired(session)
    token = secrets.token_urlsafe(32)
    session.add(Draft(token_hash=_hash(token), programme_id=programme.id, language=language,
                      step="intro", state={}, expires_hour=_expiry_hour()))
    session.commit()
    return token


def load_draft(session: Session, token: str | None, *, programme: Programme) -> Draft | None:
    """The live draft for this token and programme, or None."""
    if not token:
        return None
    draft = session.scalar(select(Draft).where(Draft.token_hash == _hash(token)))
    if draft is None or draft.programme_id != programme.id or draft.expires_hour < _now_hour():
        return None
    return draft


def _move_draft(draft: Draft, *, step: str, **state: Any) -> None:
    draft.step = step
    draft.state = {**draft.state, **state}
    draft.expires_hour = _expiry_hour()


def update_draft(session: Session, draft: Draft, *, step: str, **state: Any) -> str:
    """Move a draft to a step, merging new state, and push its expiry forward. Returns the
    draft's new token for the session cookie: the one before stops working.

    A cookie planted in a survivor's browser, its copy kept by whoever planted it, could hold a
    draft's token; a new token at every step means the copy never reaches what is typed next.
    """
    _move_draft(draft, step=step, **state)
    token = secrets.token_urlsafe(32)
    draft.token_hash = _hash(token)
    session.commit()
    return token


class WordsError(ServiceError, ValueError):
    """The words to take out could not be read: too many, or one too long."""


def take_out_words(session: Session, draft: Draft, survey: Survey, typed: str) -> int | None:
    """Replace each word the survivor listed with [removed] in every text answer of the draft;
    returns how many were taken out, or None if nothing was typed. Raises WordsError.

    The listed words are used here and forgotten: they are never stored."""
    try:
        words = parse_words(typed)
    except ValueError as error:
        raise WordsError(str(error)) from error
    if not words:
        return None
    answers = dict(draft.state.get("answers", {}))
    counts = {key: dict(value) for key, value in draft.state.get("redactions", {}).items()}
    taken = 0
    for question in survey.questions():
        if question.kind == "text" and answers.get(question.key):
            answers[question.key], found = remove_words(answers[question.key], words)
            if found:
                taken += found
                counts.setdefault(question.key, {})
                counts[question.key]["removed"] = counts[question.key].get("removed", 0) + found
    _move_draft(draft, step=draft.step, answers=answers, redactions=counts)
    session.commit()
    return taken


def change_draft_language(session: Session, token: str | None, language: str) -> None:
    """Switch a draft in progress to another language (its answers stay as they are)."""
    if token:
        draft = session.scalar(select(Draft).where(Draft.token_hash == _hash(token)))
        if draft is not None:
            draft.language = language
            session.commit()


def discard_draft(session: Session, token: str | None, *, commit: bool = True) -> None:
    """Delete the draft behind a token, if any (quick exit, send, start again).

    With ``commit=False`` the deletion joins the caller's transaction (sending feedback).
    """
    if token:
        session.execute(delete(Draft).where(Draft.token_hash == _hash(token)))
        if commit:
            session.commit()


def purge_expired_drafts(session: Session) -> int:
    removed = _delete_expired(session)
    session.commit()
    return removed
