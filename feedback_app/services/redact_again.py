"""Re-apply today's redactor to every stored text, for text saved before the redactor improved.

Answers, replies (survivors' and staff's), board recommendations and their answers, drafts and
SMS conversations in progress. Only what the redactor now finds is replaced: a text already
redacted is left as it is, so a second run changes nothing. An answer whose text changed loses
its engine theme links and is assigned again; links people made stay.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from feedback_app.models import Answer, Draft, Recommendation, Reply, SmsConversation, ThemeLink
from feedback_app.services import audit
from feedback_app.services.redaction import Redaction, redact_answer
from feedback_app.services.themes import link_new_answers


def _again(text: str | None, language: str, found: Counter[str]) -> Redaction | None:
    """The text redacted again, counting what is new in `found`; None when nothing changed."""
    if not text:
        return None
    redacted = redact_answer(text, language)
    if redacted.text == text:
        return None
    found.update(redacted.counts)
    return redacted


def _answers(session: Session, found: Counter[str]) -> int:
    changed: list[Answer] = []
    for answer in session.scalars(select(Answer).where(Answer.text_redacted.is_not(None))):
        redacted = _again(answer.text_redacted, answer.submission.language, found)
        if redacted is not None:
            answer.text_redacted = redacted.text
            answer.redactions = dict(Counter(answer.redactions or {}) + Counter(redacted.counts))
            changed.append(answer)
    if changed:
        session.execute(delete(ThemeLink).where(
            ThemeLink.answer_id.in_([a.id for a in changed]), ThemeLink.origin == "engine"))
        session.flush()
        still_linked = set(session.scalars(select(ThemeLink.answer_id).where(
            ThemeLink.answer_id.in_([a.id for a in changed]))))
        link_new_answers(session, [a for a in changed if a.id not in still_linked])
    return len(changed)


def _replies(session: Session, found: Counter[str]) -> int:
    changed = 0
    for reply in session.scalars(select(Reply)):
        redacted = _again(reply.body, reply.submission.language, found)
        if redacted is not None:
            reply.body, changed = redacted.text, changed + 1
    return changed


def _recommendations(session: Session, found: Counter[str]) -> int:
    changed = 0
    for rec in session.scalars(select(Recommendation)):
        touched = False
        for name in ("title", "body", "response"):
            redacted = _again(getattr(rec, name), "", found)
            if redacted is not None:
                setattr(rec, name, redacted.text)
                touched = True
        changed += touched
    return changed


def _mapping(values: dict[str, Any], language: str, found: Counter[str]) -> dict[str, Any] | None:
    """A draft's or an SMS conversation's answers, each free text redacted again; None when
    nothing changed."""
    new, touched = dict(values), False
    for key, value in values.items():
        redacted = _again(value, language, found) if isinstance(value, str) else None
        if redacted is not None:
            new[key], touched = redacted.text, True
    return new if touched else None


def _in_progress(session: Session, found: Counter[str]) -> int:
    changed = 0
    for draft in session.scalars(select(Draft)):
        answers = _mapping(dict(draft.state.get("answers", {})), draft.language, found)
        if answers is not None:
            draft.state, changed = {**draft.state, "answers": answers}, changed + 1
    for row in session.scalars(select(SmsConversation)):
        answers = _mapping(dict(row.answers or {}), row.language or "", found)
        if answers is not None:
            row.answers, changed = answers, changed + 1
    return changed


def redact_stored_texts(session: Session) -> dict[str, Any]:
    """Redact every stored text again, in one transaction with one audit event; returns the
    number of records changed by kind of record, and what was found by kind of detail."""
    found: Counter[str] = Counter()
    changed = {"answers": _answers(session, found), "replies": _replies(session, found),
               "recommendations": _recommendations(session, found),
               "in progress": _in_progress(session, found)}
    result = {"changed": changed, "found": dict(sorted(found.items()))}
    audit.record(session, "texts.redacted_again", actor_kind="system", detail=result)
    session.commit()
    return result
