"""`flask --app feedback_app redact-again`: text stored before the redactor improved is redacted
with today's, everywhere someone other than its writer reads it; counts only, safe to repeat."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from feedback_app.extensions import db
from feedback_app.models import (
    Account,
    Answer,
    AuditEvent,
    Draft,
    Recommendation,
    Reply,
    ThemeLink,
)
from tests import seed
from tests.people import add_person

RAW = "write to grace.mensah@example.org or call +233 24 555 0101 about the shelter"
DONE = "write to [email] or call [phone] about the shelter"


def test_old_texts_are_redacted_everywhere_once_and_counted(app):
    # Given texts stored raw, as before the redactor knew these details
    add_person(app, "board", "bea@example.org")
    with app.app_context():
        themes = [seed.theme(db.session, "Shelter"), seed.theme(db.session, "Calls")]
        raw = seed.submission(db.session, themes=[themes[0]], text=RAW)
        clean = seed.submission(db.session, themes=[], text="the food was cold")
        db.session.add(ThemeLink(answer_id=raw.answers[0].id, theme_id=themes[1].id,
                                 origin="engine", score=0.5))
        db.session.add(ThemeLink(answer_id=clean.answers[0].id, theme_id=themes[1].id,
                                 origin="engine", score=0.5))
        db.session.add(Reply(submission_id=raw.id, from_survivor=True, body=RAW,
                             sent_on=dt.date.today(), number=1))
        author = db.session.scalar(select(Account.id).where(Account.email == "bea@example.org"))
        db.session.add(Recommendation(author_id=author, title="Calls", body=RAW,
                                      written_on=dt.date.today(), status="new"))
        db.session.add(Draft(token_hash="0" * 64, programme_id=raw.programme_id, language="en",
                             step="preview", state={"answers": {"words": RAW, "safe": "yes"}},
                             expires_hour=dt.datetime(2099, 1, 1, tzinfo=dt.UTC)))
        db.session.commit()
        raw_answer, clean_answer = raw.answers[0].id, clean.answers[0].id
    runner = app.test_cli_runner()
    # When it runs
    first = runner.invoke(args=["redact-again"])
    # Then every one of them is redacted, and only counts are printed
    assert first.exit_code == 0, first.output
    assert first.output.strip() == ("Changed 1 answers, 1 replies, 1 recommendations, "
                                    "1 in progress. Taken out: email 4, phone 4.")
    assert "grace" not in first.output
    with app.app_context():
        answer = db.session.get(Answer, raw_answer)
        assert answer.text_redacted == DONE
        assert answer.redactions == {"email": 1, "phone": 1}
        assert db.session.scalars(select(Reply.body)).one() == DONE
        assert db.session.scalars(select(Recommendation.body)).one() == DONE
        draft = db.session.scalars(select(Draft)).one()
        assert draft.state["answers"] == {"words": DONE, "safe": "yes"}
        # The changed answer lost its engine link and kept the one a person made
        links = {(link.answer_id, link.origin) for link in db.session.scalars(select(ThemeLink))}
        assert links == {(raw_answer, "human"), (clean_answer, "engine")}
        events = db.session.scalars(select(AuditEvent).where(
            AuditEvent.action == "texts.redacted_again")).all()
        assert [e.detail["found"] for e in events] == [{"email": 4, "phone": 4}]
    # And a second run changes nothing
    second = runner.invoke(args=["redact-again"])
    assert second.output.strip() == ("Changed 0 answers, 0 replies, 0 recommendations, "
                                     "0 in progress. Taken out: nothing.")
    with app.app_context():
        assert db.session.get(Answer, raw_answer).text_redacted == DONE
