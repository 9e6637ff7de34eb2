"""Seeded data for the signed-in side: submissions already themed, straight into the tables.

Real rows in the real database (no stand-ins); used where a test needs many submissions in known
themes faster than walking the survivor flow for each.
"""

from __future__ import annotations

import datetime as dt
import secrets

import sqlalchemy as sa
from sqlalchemy import select
from sqlalchemy.orm import Session

from feedback_app.models import Answer, Programme, Submission, Theme, ThemeLink


def theme(session: Session, label: str, *, state: str = "curated") -> Theme:
    found = Theme(label=label, keywords=label.lower().split(), language="en", origin="human",
                  state=state)
    session.add(found)
    session.flush()
    return found


def submission(session: Session, *, themes: list[Theme], text: str = "It was fine.",
               programme: str = "safe-house", on: dt.date | None = None, board: bool = False,
               quote: bool = False, hidden: bool = False, question: str = "change",
               id: int | None = None) -> Submission:
    """One submission with one free-text answer linked to each of ``themes``.

    ``id`` for a schema from before random ids, whose PostgreSQL columns held 32 bits and whose
    answers had no position: the answer is then written by hand and takes that id too, and the
    submission's ``answers`` stay unread (reading them would ask for the position).
    """
    programme_row = session.scalar(select(Programme).where(Programme.slug == programme))
    assert programme_row is not None, programme
    answers = [] if id else [Answer(question_key=question, position=1, text_redacted=text)]
    row = Submission(id=id, programme_id=programme_row.id, survey_key=programme_row.survey_key,
                     survey_version=1, language="en", channel="web",
                     received_on=on or dt.date.today(), status="received", consent_staff=True,
                     consent_board=board, consent_quote=quote, hidden=hidden,
                     receipt_key=secrets.token_hex(32), answers=answers)
    session.add(row)
    session.flush()
    if id:
        session.execute(sa.text(
            "INSERT INTO answer (id, submission_id, question_key, text_redacted)"
            " VALUES (:id, :id, :question, :text)"), {"id": id, "question": question, "text": text})
    answer_id = id or row.answers[0].id
    for linked in themes:
        session.add(ThemeLink(answer_id=answer_id, theme_id=linked.id, origin="human"))
    session.flush()
    return row


def ratings(session: Session, *, programme: str, on: dt.date, choices: dict[str, str],
            board: bool = True, hidden: bool = False, language: str = "en") -> Submission:
    """One submission holding only choice answers (question key -> option), received ``on``."""
    programme_row = session.scalar(select(Programme).where(Programme.slug == programme))
    assert programme_row is not None, programme
    answers = [Answer(question_key=key, position=place, choice=choice)
               for place, (key, choice) in enumerate(choices.items(), start=1)]
    row = Submission(programme_id=programme_row.id, survey_key=programme_row.survey_key,
                     survey_version=1, language=language, channel="web", received_on=on,
                     status="received", consent_staff=True, consent_board=board,
                     consent_quote=False, hidden=hidden, receipt_key=secrets.token_hex(32),
                     answers=answers)
    session.add(row)
    session.flush()
    return row
