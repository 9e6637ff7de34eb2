"""SMS conversations: routing a text to its conversation, moving it on, storing the result.

The phone number is used only to find the conversation: the row's key is an HMAC of the number
under a key derived from ``SMS_HMAC_SECRET`` and the day, so it changes every day (a row keyed
yesterday is re-keyed when the survivor texts again). The number is never written anywhere; this
module returns what to say, and the gateway sends it back to the number it came from.

A receipt code is never lost: the submission is stored first, and its conversation waits in
``receipt_pending`` until the gateway has taken the receipt text (``receipt_sent``). If it never
did, the survivor's next text gets a fresh code for the same submission; the old one stops
working, and the code itself is never stored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from feedback_app import clock
from feedback_app.models import Programme, Reply, SmsConversation, Submission
from feedback_app.services.receipts import ReceiptKdf, format_receipt_code
from feedback_app.services.redaction import redact_answer
from feedback_app.services.submissions import (
    Consents,
    SubmissionError,
    SubmissionNotFoundError,
    find_by_receipt,
    replace_receipt_code,
    submit_feedback,
    withdraw_submission,
)
from feedback_app.services.surveys import Survey, SurveyCatalogue, SurveyError
from feedback_app.sms import words
from feedback_app.sms.conversation import Context, Outcome, Say, State, advance, ask, start

log = logging.getLogger(__name__)
SILENCE = dt.timedelta(hours=24)
# A text longer than this is cut before anything reads it (a long SMS is about 10 parts).
TEXT_MAX_CHARS = 1600
_SENDER = re.compile(r"^\+?[0-9]{3,15}$")


@dataclass(frozen=True)
class SmsSettings:
    hmac_secret: str
    voter_secret: str
    kdf: ReceiptKdf
    surveys: SurveyCatalogue
    languages: tuple[str, ...]  # the site's languages, in menu order
    withdrawal_record: Path  # STOP appends the withdrawn receipt key here


@dataclass(frozen=True)
class Answer:
    """What to send back: messages in one language."""

    language: str
    say: tuple[Say, ...]
    # The conversation whose receipt code these texts carry: once the gateway has taken them,
    # call receipt_sent with it.
    receipt_for: int | None = None


def normalise_sender(raw: str) -> str | None:
    """A phone number or short code as digits (with + for international), else None.

    Spaces, dashes, dots and brackets are ignored and 00 becomes +; letters (alphanumeric senders
    such as a bank's name) cannot be answered, so they are refused.
    """
    compact = re.sub(r"[\s().\-]", "", raw or "")
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    return compact if _SENDER.match(compact) else None


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


def _expiry(now: dt.datetime) -> dt.datetime:
    """24 hours after the start of this hour: never longer than 24 h, and no minutes stored."""
    return now.astimezone(dt.UTC).replace(minute=0, second=0, microsecond=0) + SILENCE


def _survey(settings: SmsSettings, programme: Programme) -> Survey:
    return settings.surveys.get(programme.survey_key, programme.survey_version)


def _context(settings: SmsSettings, programme: Programme) -> Context:
    survey = _survey(settings, programme)
    offered = programme.languages or list(settings.languages)
    languages = tuple(lang for lang in settings.languages
                      if lang in offered and lang in survey.languages) or ("en",)

    def redact(text: str, language: str) -> tuple[str, dict[str, int]]:
        redacted = redact_answer(text, language)
        return redacted.text, dict(redacted.counts)

    return Context(survey=survey, languages=languages, redact=redact)


def _state(row: SmsConversation) -> State:
    return State(stage=row.stage, language=row.language, question=row.question,
                 consent_staff=row.consent_staff, consent_board=row.consent_board,
                 consent_quote=row.consent_quote, answers=dict(row.answers or {}),
                 redactions=dict(row.redactions or {}))


def _store(row: SmsConversation, state: State) -> None:
    row.stage, row.language, row.question = state.stage, state.language, state.question
    row.consent_staff, row.consent_board = state.consent_staff, state.consent_board
    row.consent_quote = state.consent_quote
    row.answers = dict(state.answers)
    row.redactions = {key: dict(value) for key, value in state.redactions.items()}


def _submit(session: Session, settings: SmsSettings, programme_id: int, state: State,
            on_saved: Callable[[Submission], None] | None = None) -> str:
    programme = session.get(Programme, programme_id)
    assert programme is not None  # the row goes with its programme (ON DELETE CASCADE)
    return submit_feedback(
        session, programme=programme, survey=_survey(settings, programme),
        language=state.language or "en",
        consents=Consents(staff=True, board=state.consent_board, quote=state.consent_quote),
        answers=state.answers, kdf=settings.kdf, channel="sms",
        earlier_redactions=state.redactions, on_saved=on_saved,
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
    """End every conversation silent for 24 hours.

    Answers are kept (as a submission) only if the survivor agreed at the consent step; the rows
    go either way. A conversation still waiting for its receipt text ends too: its submission
    stays, but its code can no longer be sent. Returns how many conversations ended.
    """
    now = now or clock.now()
    rows = session.scalars(select(SmsConversation).where(
        SmsConversation.expires_at <= now)).all()
    ended = 0
    for row in rows:
        state, programme_id, row_id = _state(row), row.programme_id, row.id
        keep = row.stage == "question" and state.consent_staff and bool(state.answers)
        pending = row.stage == "receipt_pending"
        if not claim(session, row_id):
            session.rollback()
            continue
        ended += 1
        if pending:  # the submission stays (it was consented and sent); its code is out of reach
            log.warning("sms_expired_without_receipt")
        if keep:
            try:
                _submit(session, settings, programme_id, state)  # commits the deletion too
                continue
            except (SubmissionError, SurveyError):
                session.rollback()
                session.execute(delete(SmsConversation).where(SmsConversation.id == row_id))
                log.warning("sms_expired_unsaved")
        session.commit()
    if ended:
        log.info("sms_expired count=%d", ended)
    return ended


def _find(session: Session, keys: tuple[str, str]) -> SmsConversation | None:
    row = session.scalar(select(SmsConversation).where(SmsConversation.key_hmac.in_(keys)))
    if row is not None and row.key_hmac != keys[0]:
        row.key_hmac = keys[0]  # keyed yesterday: today's key from now on
    return row


def _programme_for(session: Session, text: str) -> Programme | None:
    word = words.keyword(text)
    if not word or len(word) > 40:
        return None
    return session.scalar(select(Programme).where(Programme.sms_keyword == word,
                                                  Programme.active))


def _newest_staff_reply(session: Session, submission_id: int) -> Reply | None:
    return session.scalar(select(Reply).where(Reply.submission_id == submission_id,
                                              Reply.from_survivor.is_(False))
                          .order_by(Reply.id.desc()).limit(1))


def _stop(session: Session, settings: SmsSettings, row: SmsConversation | None) -> Answer:
    language = (row.language if row else None) or "en"
    if row is not None:
        submission = session.get(Submission, row.submission_id) if row.submission_id else None
        session.delete(row)
        session.flush()
        if submission is not None:
            withdraw_submission(session, receipt_key=submission.receipt_key,
                                voter_secret=settings.voter_secret,
                                withdrawal_record=settings.withdrawal_record)  # commits
        session.commit()
        log.info("sms_stopped")
    return Answer(language, (Say("stopped"),))


def read_code(session: Session, settings: SmsSettings, digits: str) -> Answer:
    """The newest staff reply on the submission with this receipt code, for CODE <receipt>."""
    try:
        submission = find_by_receipt(session, typed_code=digits, kdf=settings.kdf)
    except SubmissionNotFoundError:
        return Answer("en", (Say("code_unknown"),))
    reply = _newest_staff_reply(session, submission.id)
    if reply is None:
        return Answer(submission.language, (Say("no_reply"),))
    return Answer(submission.language, (Say("staff_reply", {"body": reply.body}),))


def handle(session: Session, settings: SmsSettings, *, number: str, text: str,
           now: dt.datetime | None = None) -> Answer:
    """Move the conversation of ``number`` on with ``text``; return what to send back.

    ``number`` must come from normalise_sender. Nothing here raises for any text.
    """
    now = now or clock.now()
    text = text[:TEXT_MAX_CHARS]
    expire_conversations(session, settings, now)
    keys = conversation_keys(settings.hmac_secret, number, now)
    row = _find(session, keys)
    if words.is_stop(text):
        return _stop(session, settings, row)
    if row is not None and row.stage == "receipt_pending":
        return _receipt_again(session, settings, row, now)  # whatever the text says
    digits = words.code_request(text)
    if digits is not None:
        answer = read_code(session, settings, digits)
        if row is not None:
            row.expires_at = _expiry(now)
            session.commit()
        return answer
    programme = _programme_for(session, text)
    if programme is not None and not _writing(row, settings, session):
        if row is not None:
            session.delete(row)
            session.flush()
        return _begin(session, settings, programme, keys[0], now)
    if row is None:
        return Answer("en", (Say("help" if words.is_help(text) else "how_to_start"),))
    row.expires_at = _expiry(now)
    if words.is_help(text):
        session.commit()
        if row.stage == "sent":
            return Answer(row.language or "en", (Say("help"),))
        try:
            context = _context(settings, row.programme)
        except SurveyError:  # the survey file is gone: help alone, the next answer ends it
            return Answer(row.language or "en", (Say("help"),))
        return Answer(row.language or "en", (Say("help"), ask(context, _state(row))))
    if row.stage == "sent":
        return _after_sending(session, row)
    return _move_on(session, settings, row, text)


def _writing(row: SmsConversation | None, settings: SmsSettings, session: Session) -> bool:
    """Whether the conversation waits for free text, where a keyword may be a plain word."""
    if row is None or row.stage != "question":
        return False
    try:
        questions = _context(settings, row.programme).survey.questions()
    except SurveyError:
        return False
    return row.question < len(questions) and questions[row.question].kind == "text"


def _begin(session: Session, settings: SmsSettings, programme: Programme, key: str,
           now: dt.datetime) -> Answer:
    try:
        context = _context(settings, programme)
    except SurveyError:  # the programme names a survey whose file is gone: our mistake
        session.rollback()  # keeps any conversation this keyword would have replaced
        log.error("sms_survey_missing")
        return Answer("en", (Say("survey_closed"),))
    outcome = start(context)
    assert outcome.state is not None
    row = SmsConversation(key_hmac=key, stage="language", programme_id=programme.id,
                          question=0, answers={}, redactions={}, expires_at=_expiry(now))
    _store(row, outcome.state)
    session.add(row)
    try:
        session.commit()
    except IntegrityError:  # the same keyword, sent twice at once: the other text started it
        session.rollback()
    log.info("sms_started")
    return Answer(outcome.state.language or "en", outcome.say)


def receipt_sent(session: Session, *, conversation_id: int) -> None:
    """The gateway took the receipt text: from now on the conversation is simply sent."""
    session.execute(update(SmsConversation).where(
        SmsConversation.id == conversation_id, SmsConversation.stage == "receipt_pending")
        .values(stage="sent"))
    session.commit()


def _receipt_again(session: Session, settings: SmsSettings, row: SmsConversation,
                   now: dt.datetime) -> Answer:
    """The receipt text never left: a fresh code for the same submission, the old one void."""
    language, row_id = row.language or "en", row.id

    def touch(submission: Submission) -> None:  # in the new key's own transaction
        row.expires_at = _expiry(now)

    try:
        if row.submission_id is None:
            raise SubmissionNotFoundError
        code = replace_receipt_code(session, submission_id=row.submission_id, kdf=settings.kdf,
                                    voter_secret=settings.voter_secret, on_saved=touch)
    except SubmissionNotFoundError:  # deleted meanwhile (by retention, say): nothing to send
        session.rollback()
        session.execute(delete(SmsConversation).where(SmsConversation.id == row_id))
        session.commit()
        return Answer(language, (Say("how_to_start"),))
    except SubmissionError:  # no free code three times running: the next text tries again
        session.rollback()
        return Answer(language, (Say("sent"),))
    log.info("sms_receipt_again")
    return Answer(language, (Say("receipt_again", {"code": format_receipt_code(code)}),),
                  receipt_for=row_id)


def _after_sending(session: Session, row: SmsConversation) -> Answer:
    """While the conversation is open, a staff reply not yet sent goes out with the next text."""
    language = row.language or "en"
    reply = _newest_staff_reply(session, row.submission_id) if row.submission_id else None
    if reply is not None and reply.id != row.last_reply_id:
        row.last_reply_id = reply.id
        session.commit()
        return Answer(language, (Say("staff_reply", {"body": reply.body}),))
    session.commit()
    return Answer(language, (Say("sent"),))


def _move_on(session: Session, settings: SmsSettings, row: SmsConversation, text: str) -> Answer:
    try:
        context = _context(settings, row.programme)
    except SurveyError:  # the programme's survey was withdrawn while the survivor answered
        session.delete(row)
        session.commit()
        return Answer(row.language or "en", (Say("not_started"),))
    state = _state(row)
    if state.stage == "question" and state.question >= len(context.survey.questions()):
        state = replace(state, question=len(context.survey.questions()) - 1)
    outcome: Outcome = advance(context, state, text)
    if outcome.state is None:
        session.delete(row)
        session.commit()
        log.info("sms_declined")
        return Answer(state.language or "en", outcome.say)
    if not outcome.submit:
        _store(row, outcome.state)
        session.commit()
        return Answer(outcome.state.language or "en", outcome.say)
    language = outcome.state.language or "en"
    sent = replace(outcome.state, answers={}, redactions={})

    row_id = row.id

    def link(submission: Submission) -> None:  # in the submission's own transaction
        _store(row, sent)  # receipt_pending, until the gateway takes the receipt text
        row.submission_id = submission.id

    try:
        code = _submit(session, settings, row.programme_id, outcome.state, on_saved=link)
    except SubmissionError:
        session.rollback()
        return Answer(language, (Say("again"), ask(context, state)))
    return Answer(language, (Say("receipt", {"code": format_receipt_code(code)}),),
                  receipt_for=row_id)
