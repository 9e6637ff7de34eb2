"""The staff inbox: read, reply to and moderate the submissions of one's programmes.

Staff see the programmes they answer for; admins see every programme. Every change writes one
audit event in the same transaction. Staff replies and hand redactions only ever remove personal
details: a reply goes through the same redaction as survivors' text before it is saved.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import Select, delete, func, select
from sqlalchemy.orm import Session, selectinload

from feedback_app import clock
from feedback_app.models import (
    SUBMISSION_STATUSES,
    Account,
    Answer,
    ChangeEntryQuote,
    Programme,
    Reply,
    Submission,
    Theme,
    ThemeLink,
)
from feedback_app.services import audit
from feedback_app.services.audit import month_after
from feedback_app.services.errors import Reason, ServiceError
from feedback_app.services.programmes import programmes_by_name
from feedback_app.services.redaction import redact_answer

PAGE_SIZE = 25
REPLY_MAX_CHARS = 4000
REDACTED = "[redacted]"
MONTH = re.compile(r"^(\d{4})-(\d{2})$")


class InboxError(ServiceError):
    """A moderation step cannot be done as asked (the message says why, for the page)."""


class NotVisibleError(ServiceError):
    """The submission or answer does not exist, or is not in the account's programmes."""

    reason = Reason.NOT_FOUND


def programmes_of(session: Session, account: Account) -> list[Programme]:
    """The programmes whose feedback this account reads."""
    if account.role == "admin":
        return programmes_by_name(session, with_inactive=True)
    return list(account.programmes)


@dataclass(frozen=True)
class Filters:
    programme: str = ""
    status: str = ""  # one of SUBMISSION_STATUSES, "hidden", or "" for everything not hidden
    theme: int | None = None
    month: str = ""  # YYYY-MM
    page: int = 1

    def month_range(self) -> tuple[dt.date, dt.date] | None:
        found = MONTH.match(self.month)
        if not found or not 1 <= int(found.group(2)) <= 12 or int(found.group(1)) < 2000:
            return None
        start = dt.date(int(found.group(1)), int(found.group(2)), 1)
        return start, month_after(start)


@dataclass(frozen=True)
class InboxPage:
    submissions: list[Submission]
    themes: dict[int, list[Theme]]  # answer id -> themes
    total: int
    page: int
    pages: int


def _scoped(account: Account, session: Session) -> Select[tuple[Submission]]:
    ids = [p.id for p in programmes_of(session, account)]
    return select(Submission).where(Submission.programme_id.in_(ids))


def inbox(session: Session, account: Account, filters: Filters) -> InboxPage:
    """One page of the account's submissions, newest first, filtered."""
    query = _scoped(account, session)
    if filters.status == "hidden":
        query = query.where(Submission.hidden.is_(True))
    else:
        query = query.where(Submission.hidden.is_(False))
        if filters.status in SUBMISSION_STATUSES:
            query = query.where(Submission.status == filters.status)
    if filters.programme:
        query = query.join(Programme).where(Programme.slug == filters.programme)
    if filters.theme is not None:
        in_theme = select(Answer.submission_id).join(ThemeLink).where(
            ThemeLink.theme_id == filters.theme)
        query = query.where(Submission.id.in_(in_theme))
    month = filters.month_range()
    if month:
        query = query.where(Submission.received_on >= month[0], Submission.received_on < month[1])
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(max(filters.page, 1), pages)
    rows = list(session.scalars(
        query.options(selectinload(Submission.answers), selectinload(Submission.replies),
                      selectinload(Submission.programme))
        .order_by(Submission.received_on.desc(), Submission.id.desc())
        .offset((page - 1) * PAGE_SIZE).limit(PAGE_SIZE)))
    return InboxPage(rows, themes_of_answers(session, rows), total, page, pages)


def themes_of_answers(session: Session, submissions: list[Submission]) -> dict[int, list[Theme]]:
    answer_ids = [a.id for s in submissions for a in s.answers]
    found: dict[int, list[Theme]] = {}
    if not answer_ids:
        return found
    rows = session.execute(select(ThemeLink.answer_id, Theme).join(Theme).where(
        ThemeLink.answer_id.in_(answer_ids), Theme.state != "retired").order_by(Theme.label))
    for answer_id, theme in rows:
        found.setdefault(answer_id, []).append(theme)
    return found


def submission_for(session: Session, account: Account, submission_id: int) -> Submission:
    """The submission if this account may read it; raises NotVisibleError."""
    submission = session.get(Submission, submission_id)
    allowed = {p.id for p in programmes_of(session, account)}
    if submission is None or submission.programme_id not in allowed:
        raise NotVisibleError
    return submission


def _answer_for(session: Session, account: Account, answer_id: int) -> Answer:
    answer = session.get(Answer, answer_id)
    if answer is None:
        raise NotVisibleError
    submission_for(session, account, answer.submission_id)
    return answer


def _unlink_quotes(session: Session, answer_ids: list[int]) -> None:
    if answer_ids:
        session.execute(delete(ChangeEntryQuote).where(ChangeEntryQuote.answer_id.in_(answer_ids)))


def reply(session: Session, account: Account, submission_id: int, body: str) -> Reply:
    """A staff reply the survivor reads at /r, redacted first; the submission is then answered."""
    submission = submission_for(session, account, submission_id)
    body = body.strip()
    if not body:
        raise InboxError("empty")
    redacted = redact_answer(body[:REPLY_MAX_CHARS], submission.language)
    message = Reply(submission_id=submission.id, author_id=account.id, from_survivor=False,
                    body=redacted.text, sent_on=clock.today(),
                    number=submission.next_reply_number())
    session.add(message)
    if submission.status in ("received", "read"):
        submission.status = "answered"
    session.flush()
    audit.record(session, "submission.replied", actor_kind="staff", actor_id=account.id,
                 target_kind="submission", target_id=submission.id,
                 detail={"reply": message.id, "redacted": len(redacted.spans)})
    session.commit()
    return message


def set_status(session: Session, account: Account, submission_id: int, status: str) -> None:
    submission = submission_for(session, account, submission_id)
    if status not in SUBMISSION_STATUSES:
        raise InboxError("status")
    old, submission.status = submission.status, status
    audit.record(session, "submission.status_changed", actor_kind="staff", actor_id=account.id,
                 target_kind="submission", target_id=submission.id,
                 detail={"from": old, "to": status})
    session.commit()


def set_hidden(session: Session, account: Account, submission_id: int, hidden: bool) -> None:
    """Hide a submission from the default inbox, the board and everything public (or show it
    again). Hiding also withdraws its approved quotes from the change log."""
    submission = submission_for(session, account, submission_id)
    submission.hidden = hidden
    if hidden:
        for answer in submission.answers:
            answer.quote_approved = False
        _unlink_quotes(session, [a.id for a in submission.answers])
    audit.record(session, "submission.hidden" if hidden else "submission.unhidden",
                 actor_kind="staff", actor_id=account.id, target_kind="submission",
                 target_id=submission.id)
    session.commit()


def redact_more(session: Session, account: Account, answer_id: int, phrase: str) -> int:
    """Replace every occurrence of a phrase in one answer with [redacted]; returns how many.

    Only removes: the phrase must occur in the text, and nothing else changes.
    """
    answer = _answer_for(session, account, answer_id)
    phrase = phrase.strip()
    if not answer.text_redacted or not phrase:
        raise InboxError("phrase")
    pattern = re.compile(re.escape(phrase), re.IGNORECASE)
    text, count = pattern.subn(REDACTED, answer.text_redacted)
    if count == 0:
        raise InboxError("not found")
    answer.text_redacted = text
    counts = dict(answer.redactions or {})
    counts["by hand"] = counts.get("by hand", 0) + count
    answer.redactions = counts
    audit.record(session, "answer.redacted", actor_kind="staff", actor_id=account.id,
                 target_kind="answer", target_id=answer.id, detail={"replaced": count})
    session.commit()
    return count


def set_quote_approval(session: Session, account: Account, answer_id: int,
                       approved: bool) -> None:
    """Approve an answer as a public quote: only text whose sender consented to quoting."""
    answer = _answer_for(session, account, answer_id)
    submission = answer.submission
    if approved and not (submission.consent_quote and answer.text_redacted
                         and not submission.hidden):
        raise InboxError("no consent")
    answer.quote_approved = approved
    if not approved:
        _unlink_quotes(session, [answer.id])
    audit.record(session, "answer.quote_approved" if approved else "answer.quote_unapproved",
                 actor_kind="staff", actor_id=account.id, target_kind="answer",
                 target_id=answer.id)
    session.commit()


def months_with_feedback(session: Session, account: Account) -> list[str]:
    """YYYY-MM of every month the account's programmes received feedback, newest first."""
    ids = [p.id for p in programmes_of(session, account)]
    days = session.scalars(select(Submission.received_on).distinct().where(
        Submission.programme_id.in_(ids)))
    return sorted({d.strftime("%Y-%m") for d in days}, reverse=True)


@dataclass(frozen=True)
class ProgrammeSummary:
    programme: Programme
    new: int
    waiting: int  # received or read, not yet answered or closed


def inbox_summary(session: Session, account: Account) -> list[ProgrammeSummary]:
    """Per programme of the account: new feedback, and feedback still waiting for an answer."""
    out = []
    for programme in programmes_of(session, account):
        statuses = list(session.scalars(select(Submission.status).where(
            Submission.programme_id == programme.id, Submission.hidden.is_(False))))
        out.append(ProgrammeSummary(programme, statuses.count("received"),
                                    sum(s in ("received", "read") for s in statuses)))
    return out
