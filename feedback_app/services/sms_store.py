"""How an SMS conversation is kept between texts: its key, its state in the row, its expiry, and
the end of conversations silent for 24 hours.

The phone number is used only to find the conversation: the row's key is an HMAC of the number
under a key derived from ``SMS_HMAC_SECRET`` and the day, so it changes every day (a row keyed
yesterday is re-keyed when the survivor texts again). The number is never written anywhere.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from feedback_app import clock
from feedback_app.models import Programme, SmsConversation, Submission
from feedback_app.services.receipts import ReceiptKdf
from feedback_app.services.redaction import redact_answer
from feedback_app.services.sms_conversation import Context, State
from feedback_app.services.submissions import Consents, SubmissionError, store_submission
from feedback_app.services.surveys import Survey, SurveyCatalogue, SurveyError
from feedback_app.services.transactions import unit_of_work

log = logging.getLogger(__name__)
SILENCE = dt.timedelta(hours=24)


@dataclass(frozen=True)
class SmsSettings:
    hmac_secret: str
    voter_secret: str
    kdf: ReceiptKdf
    surveys: SurveyCatalogue
    languages: tuple[str, ...]  # the site's languages, in menu order
    withdrawal_record: Path  # STOP appends the withdrawn receipt key here


def _day_key(secret: str, day: dt.date) -> bytes:
    return hmac.new(secret.encode(), f"sms-conversation-key:{day.isoformat()}".encode(),
                    hashlib.sha256).digest()


def conversation_keys(secret: str, number: str, now: dt.datetime) -> tuple[str, str]:
    """Today's and yesterday's key of a number's conversation."""
    today = now.astimezone(dt.UTC).date()
    return tuple(  # type: ignore[return-value]
        hmac.new(_day_key(secret, day), number.encode(), hashlib.sha256).hexdigest()
        for day in (today, today - dt.timedelta(days=1))
    )


def expiry(now: dt.datetime) -> dt.datetime:
    """24 hours after the start of this hour: never longer than 24 h, and no minutes stored."""
    return now.astimezone(dt.UTC).replace(minute=0, second=0, microsecond=0) + SILENCE


def survey_for(settings: SmsSettings, programme: Programme) -> Survey:
    return settings.surveys.get(programme.survey_key, programme.survey_version)


def conversation_context(settings: SmsSettings, programme: Programme) -> Context:
    survey = survey_for(settings, programme)
    offered = programme.languages or list(settings.languages)
    languages = tuple(lang for lang in settings.languages
                      if lang in offered and lang in survey.languages) or ("en",)

    def redact(text: str, language: str) -> tuple[str, dict[str, int]]:
        redacted = redact_answer(text, language)
        return redacted.text, dict(redacted.counts)

    return Context(survey=survey, languages=languages, redact=redact)


def row_state(row: SmsConversation) -> State:
    return State(stage=row.stage, language=row.language, question=row.question,
                 consent_staff=row.consent_staff, consent_board=row.consent_board,
                 consent_quote=row.consent_quote, answers=dict(row.answers or {}),
                 redactions=dict(row.redactions or {}))


def store_state(row: SmsConversation, state: State) -> None:
    row.stage, row.language, row.question = state.stage, state.language, state.question
    row.consent_staff, row.consent_board = state.consent_staff, state.consent_board
    row.consent_quote = state.consent_quote
    row.answers = dict(state.answers)
    row.redactions = {key: dict(value) for key, value in state.redactions.items()}


def submit_state(session: Session, settings: SmsSettings, programme_id: int,
                 state: State) -> tuple[str, Submission]:
    """Add the conversation's answers as a submission; returns its receipt code and row.

    Flushes only: the caller commits, with the conversation's own change. Raises
    SubmissionError, or SurveyError when the programme's survey file is gone.
    """
    programme = session.get(Programme, programme_id)
    assert programme is not None  # the row goes with its programme (ON DELETE CASCADE)
    return store_submission(
        session, programme=programme, survey=survey_for(settings, programme),
        language=state.language or "en",
        consents=Consents(staff=True, board=state.consent_board, quote=state.consent_quote),
        answers=state.answers, kdf=settings.kdf, channel="sms",
        earlier_redactions=state.redactions,
    )


def claim(session: Session, row_id: int) -> bool:
    """Delete a conversation's row, if it is still there; whether this session deleted it.

    When two processes end the same conversation, only one deletes the row (PostgreSQL makes the
    second wait for the first's commit), so its answers are never kept twice.
    """
    deleted = session.execute(delete(SmsConversation).where(SmsConversation.id == row_id))
    return bool(deleted.rowcount == 1)  # type: ignore[attr-defined]


def expire_conversations(session: Session, settings: SmsSettings,
                         now: dt.datetime | None = None) -> int:
    """End every conversation silent for 24 hours, as end_silent_conversations says, and commit.
    Returns how many conversations ended."""
    with unit_of_work(session):
        return end_silent_conversations(session, settings, now)


def end_silent_conversations(session: Session, settings: SmsSettings,
                             now: dt.datetime | None = None) -> int:
    """End every conversation silent for 24 hours. Flushes only: the caller commits.

    Answers are kept (as a submission) only if the survivor agreed at the consent step; the rows
    go either way. A conversation still waiting for its receipt text ends too: its submission
    stays, but its code can no longer be sent. Returns how many conversations ended.
    """
    now = now or clock.now()
    rows = session.scalars(select(SmsConversation).where(
        SmsConversation.expires_at <= now)).all()
    ended = 0
    for row in rows:
        state, programme_id, row_id = row_state(row), row.programme_id, row.id
        keep = row.stage == "question" and state.consent_staff and bool(state.answers)
        pending = row.stage == "receipt_pending"
        if not claim(session, row_id):
            continue  # another process ended it first, and kept its answers if they were kept
        ended += 1
        if pending:  # the submission stays (it was consented and sent); its code is out of reach
            log.warning("sms_expired_without_receipt")
        if keep:
            try:
                submit_state(session, settings, programme_id, state)
            except (SubmissionError, SurveyError):  # refused before writing: the row goes alone
                log.warning("sms_expired_unsaved")
    if ended:
        log.info("sms_expired count=%d", ended)
    return ended
