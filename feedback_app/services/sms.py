"""SMS conversations: routing a text to its conversation, moving it on, storing the result.

The phone number is used only to find the conversation (sms_store.py keeps it under a daily HMAC
key, never the number itself); this module returns what to say, and the gateway sends it back to
the number it came from.

A receipt code is never lost: the submission is stored first, and its conversation waits in
``receipt_pending`` until the gateway has taken the receipt text (``receipt_sent``). If it never
did, the survivor's next text gets a fresh code for the same submission; the old one stops
working, and the code itself is never stored.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, replace

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from feedback_app import clock
from feedback_app.models import Programme, Reply, SmsConversation, Submission
from feedback_app.services import sms_words
from feedback_app.services.receipts import format_receipt_code
from feedback_app.services.sms_conversation import Outcome, Say, advance, ask, start
from feedback_app.services.sms_store import (
    SmsSettings,
    conversation_context,
    conversation_keys,
    end_silent_conversations,
    expiry,
    row_state,
    store_state,
    submit_state,
)
from feedback_app.services.submissions import (
    SubmissionError,
    SubmissionNotFoundError,
    find_by_receipt,
    give_new_receipt_key,
    remove_submission,
    scrub_deleted_text,
)
from feedback_app.services.surveys import SurveyError
from feedback_app.services.transactions import unit_of_work

log = logging.getLogger(__name__)
# A text longer than this is cut before anything reads it (a long SMS is about 10 parts).
TEXT_MAX_CHARS = 1600
_SENDER = re.compile(r"^\+?[0-9]{3,15}$")


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


def _find(session: Session, keys: tuple[str, str]) -> SmsConversation | None:
    row = session.scalar(select(SmsConversation).where(SmsConversation.key_hmac.in_(keys)))
    if row is not None and row.key_hmac != keys[0]:
        row.key_hmac = keys[0]  # keyed yesterday: today's key from now on
    return row


def _programme_for(session: Session, text: str) -> Programme | None:
    word = sms_words.keyword(text)
    if not word or len(word) > 40:
        return None
    return session.scalar(select(Programme).where(Programme.sms_keyword == word,
                                                  Programme.active))


def _newest_staff_reply(session: Session, submission_id: int) -> Reply | None:
    return session.scalar(select(Reply).where(Reply.submission_id == submission_id,
                                              Reply.from_survivor.is_(False))
                          .order_by(Reply.number.desc(), Reply.id.desc()).limit(1))


def _stop(session: Session, settings: SmsSettings, row: SmsConversation | None) -> Answer:
    language = (row.language if row else None) or "en"
    if row is not None:
        submission = session.get(Submission, row.submission_id) if row.submission_id else None
        session.delete(row)
        session.flush()
        if submission is not None:
            remove_submission(session, receipt_key=submission.receipt_key,
                              voter_secret=settings.voter_secret,
                              withdrawal_record=settings.withdrawal_record)
        log.info("sms_stopped")
    return Answer(language, (Say("stopped"),))


def read_code(session: Session, settings: SmsSettings, digits: str, *,
              language: str = "en") -> Answer:
    """The newest staff reply on the submission with this receipt code, for CODE <receipt>;
    a code that matches nothing is answered in `language`, the language the survivor texted in."""
    try:
        submission = find_by_receipt(session, typed_code=digits, kdf=settings.kdf)
    except SubmissionNotFoundError:
        return Answer(language, (Say("code_unknown"),))
    reply = _newest_staff_reply(session, submission.id)
    if reply is None:
        return Answer(submission.language, (Say("no_reply"),))
    return Answer(submission.language, (Say("staff_reply", {"body": reply.body}),))


def handle(session: Session, settings: SmsSettings, *, number: str, text: str,
           now: dt.datetime | None = None) -> Answer:
    """Move the conversation of ``number`` on with ``text``; return what to send back.

    ``number`` must come from normalise_sender. Nothing here raises for any text. Everything a
    text changes (the conversations that fell silent, this conversation, the submission it
    sends, the withdrawal a STOP makes) is one transaction: all of it is committed, or none.
    """
    now = now or clock.now()
    text = text[:TEXT_MAX_CHARS]
    stop = sms_words.is_stop(text)
    with unit_of_work(session):
        end_silent_conversations(session, settings, now)
        keys = conversation_keys(settings.hmac_secret, number, now)
        row = _find(session, keys)
        answer = (_stop(session, settings, row) if stop
                  else _respond(session, settings, row, keys, text, now))
    if stop:
        scrub_deleted_text(session)  # the withdrawn words leave the SQLite file now
    return answer


def _respond(session: Session, settings: SmsSettings, row: SmsConversation | None,
             keys: tuple[str, str], text: str, now: dt.datetime) -> Answer:
    if row is not None and row.stage == "receipt_pending":
        return _receipt_again(session, settings, row, now)  # whatever the text says
    digits = sms_words.code_request(text)
    if digits is not None:
        language = (row.language if row is not None else None) or sms_words.reply_language(
            text, settings.languages)
        answer = read_code(session, settings, digits, language=language)
        if row is not None:
            row.expires_at = expiry(now)
        return answer
    programme = _programme_for(session, text)
    if programme is not None and not _writing(row, settings, session):
        return _begin(session, settings, programme, keys[0], now, replacing=row)
    if row is None:
        return Answer(sms_words.reply_language(text, settings.languages),
                      (Say("help" if sms_words.is_help(text) else "how_to_start"),))
    row.expires_at = expiry(now)
    if sms_words.is_help(text):
        if row.stage == "sent":
            return Answer(row.language or "en", (Say("help"),))
        try:
            context = conversation_context(settings, row.programme)
        except SurveyError:  # the survey file is gone: help alone, the next answer ends it
            return Answer(row.language or "en", (Say("help"),))
        return Answer(row.language or "en", (Say("help"), ask(context, row_state(row))))
    if row.stage == "sent":
        return _after_sending(session, row)
    return _move_on(session, settings, row, text)


def _writing(row: SmsConversation | None, settings: SmsSettings, session: Session) -> bool:
    """Whether the conversation waits for free text, where a keyword may be a plain word."""
    if row is None or row.stage != "question":
        return False
    try:
        questions = conversation_context(settings, row.programme).survey.questions()
    except SurveyError:
        return False
    return row.question < len(questions) and questions[row.question].kind == "text"


def _begin(session: Session, settings: SmsSettings, programme: Programme, key: str,
           now: dt.datetime, *, replacing: SmsConversation | None) -> Answer:
    try:
        context = conversation_context(settings, programme)
    except SurveyError:  # the programme names a survey whose file is gone: our mistake
        log.error("sms_survey_missing")  # any conversation it would have replaced stays
        return Answer("en", (Say("survey_closed"),))
    outcome = start(context)
    assert outcome.state is not None
    if replacing is not None:
        session.delete(replacing)
        session.flush()
    elif session.scalar(select(SmsConversation.id).where(SmsConversation.key_hmac == key)):
        # The same keyword, sent twice at once: the other text started the conversation.
        return Answer(outcome.state.language or "en", outcome.say)
    row = SmsConversation(key_hmac=key, stage="language", programme_id=programme.id,
                          question=0, answers={}, redactions={}, expires_at=expiry(now))
    store_state(row, outcome.state)
    session.add(row)
    log.info("sms_started")
    return Answer(outcome.state.language or "en", outcome.say)


def receipt_sent(session: Session, *, conversation_id: int) -> None:
    """The gateway took the receipt text: from now on the conversation is simply sent."""
    with unit_of_work(session):
        session.execute(update(SmsConversation).where(
            SmsConversation.id == conversation_id, SmsConversation.stage == "receipt_pending")
            .values(stage="sent"))


def _receipt_again(session: Session, settings: SmsSettings, row: SmsConversation,
                   now: dt.datetime) -> Answer:
    """The receipt text never left: a fresh code for the same submission, the old one void."""
    language, row_id = row.language or "en", row.id
    try:
        if row.submission_id is None:
            raise SubmissionNotFoundError
        code, _submission = give_new_receipt_key(
            session, submission_id=row.submission_id, kdf=settings.kdf,
            voter_secret=settings.voter_secret)
    except SubmissionNotFoundError:  # deleted meanwhile (by retention, say): nothing to send
        session.delete(row)
        return Answer(language, (Say("how_to_start"),))
    except SubmissionError:  # no free code three times running: the next text tries again
        return Answer(language, (Say("sent"),))
    row.expires_at = expiry(now)
    log.info("sms_receipt_again")
    return Answer(language, (Say("receipt_again", {"code": format_receipt_code(code)}),),
                  receipt_for=row_id)


def _after_sending(session: Session, row: SmsConversation) -> Answer:
    """While the conversation is open, a staff reply not yet sent goes out with the next text."""
    language = row.language or "en"
    reply = _newest_staff_reply(session, row.submission_id) if row.submission_id else None
    if reply is not None and reply.id != row.last_reply_id:
        row.last_reply_id = reply.id
        return Answer(language, (Say("staff_reply", {"body": reply.body}),))
    return Answer(language, (Say("sent"),))


def _move_on(session: Session, settings: SmsSettings, row: SmsConversation, text: str) -> Answer:
    try:
        context = conversation_context(settings, row.programme)
    except SurveyError:  # the programme's survey was withdrawn while the survivor answered
        session.delete(row)
        return Answer(row.language or "en", (Say("not_started"),))
    state = row_state(row)
    if state.stage == "question" and state.question >= len(context.survey.questions()):
        state = replace(state, question=len(context.survey.questions()) - 1)
    outcome: Outcome = advance(context, state, text)
    if outcome.state is None:
        session.delete(row)
        log.info("sms_declined")
        return Answer(state.language or "en", outcome.say)
    if not outcome.submit:
        store_state(row, outcome.state)
        return Answer(outcome.state.language or "en", outcome.say)
    language = outcome.state.language or "en"
    sent = replace(outcome.state, answers={}, redactions={})

    try:
        code, submission = submit_state(session, settings, row.programme_id, outcome.state)
    except SubmissionError:  # refused before anything was written: the question comes again
        return Answer(language, (Say("again"), ask(context, state)))
    store_state(row, sent)  # receipt_pending, until the gateway takes the receipt text
    row.submission_id = submission.id
    return Answer(language, (Say("receipt", {"code": format_receipt_code(code)}),),
                  receipt_for=row.id)
