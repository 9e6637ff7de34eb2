"""The staff inbox: programme scoping, filters, replies through redaction, moderation, quotes,
and theme curation in the browser's forms."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from feedback_app.extensions import db
from feedback_app.models import Answer, AuditEvent, Reply, Submission, Theme, ThemeLink
from tests import seed
from tests.people import add_person, post_form, signed_in


def _seed(app) -> dict[str, int]:
    with app.app_context():
        safety = seed.theme(db.session, "Safety at night")
        food = seed.theme(db.session, "Food")
        house = seed.submission(db.session, themes=[safety], text="The door does not lock.",
                                quote=True, on=dt.date(2026, 10, 3))
        legal = seed.submission(db.session, themes=[food], text="Lawyer never called back.",
                                programme="legal-clinic", on=dt.date(2026, 11, 2))
        plain = seed.submission(db.session, themes=[food], text="More rice please.",
                                on=dt.date(2026, 11, 5))
        db.session.commit()
        return {"house": house.id, "legal": legal.id, "plain": plain.id, "safety": safety.id,
                "food": food.id, "house_answer": house.answers[0].id,
                "plain_answer": plain.answers[0].id}


def _events(app, action: str) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == action))


def test_staff_read_only_their_programmes_and_filter(app):
    ids = _seed(app)
    add_person(app, "staff", programmes=("safe-house",))
    staff = signed_in(app, "staff@example.org")
    page = staff.get("/staff/inbox").get_data(as_text=True)
    assert "The door does not lock." in page and "More rice please." in page
    assert "Lawyer never called back." not in page
    assert staff.get(f"/staff/submissions/{ids['legal']}").status_code == 404
    by_theme = staff.get(f"/staff/inbox?theme={ids['safety']}").get_data(as_text=True)
    assert "The door does not lock." in by_theme and "More rice please." not in by_theme
    by_month = staff.get("/staff/inbox?month=2026-11").get_data(as_text=True)
    assert "More rice please." in by_month and "The door does not lock." not in by_month
    for query in ("month=2026-13", "month=%00", "theme=abc", "status=nope", "page=-3",
                  "programme=legal-clinic", "page=99999999999999"):
        assert staff.get(f"/staff/inbox?{query}").status_code == 200, query
    add_person(app, "admin")
    admin = signed_in(app, "admin@example.org")
    assert "Lawyer never called back." in admin.get("/staff/inbox").get_data(as_text=True)


def test_reply_is_redacted_and_reaches_the_submission(app):
    ids = _seed(app)
    add_person(app, "staff", programmes=("safe-house",))
    staff = signed_in(app, "staff@example.org")
    path = f"/staff/submissions/{ids['house']}"
    response = post_form(staff, f"{path}/reply", {"body": "Call me on +44 7700 900123 please."},
                         form_page=path)
    assert response.status_code == 303
    with app.app_context():
        reply = db.session.scalars(select(Reply)).one()
        assert "7700" not in reply.body and "[phone]" in reply.body
        assert db.session.get(Submission, ids["house"]).status == "answered"
    assert _events(app, "submission.replied") == 1
    empty = post_form(staff, f"{path}/reply", {"body": "   "}, form_page=path)
    assert empty.status_code == 400 and "Please write a reply." in empty.get_data(as_text=True)


def test_redact_more_hide_and_quotes(app):
    ids = _seed(app)
    add_person(app, "staff", programmes=("safe-house",))
    staff = signed_in(app, "staff@example.org")
    page = f"/staff/submissions/{ids['house']}"
    answer = ids["house_answer"]
    missing = post_form(staff, f"/staff/answers/{answer}/redact",
                        {f"a{answer}-phrase": "kitchen window"}, form_page=page)
    assert missing.status_code == 400
    assert 'value="kitchen window"' in missing.get_data(as_text=True)
    done = post_form(staff, f"/staff/answers/{answer}/redact", {f"a{answer}-phrase": "door"},
                     form_page=page)
    assert done.status_code == 303
    with app.app_context():
        assert db.session.get(Answer, answer).text_redacted == "The [redacted] does not lock."
    assert post_form(staff, f"/staff/answers/{answer}/quote", {"approve": "yes"},
                     form_page=page).status_code == 303
    with app.app_context():
        assert db.session.get(Answer, answer).quote_approved
    # No quote consent: approval is refused and nothing changes.
    plain = ids["plain_answer"]
    post_form(staff, f"/staff/answers/{plain}/quote", {"approve": "yes"},
              form_page=f"/staff/submissions/{ids['plain']}")
    with app.app_context():
        assert not db.session.get(Answer, plain).quote_approved
    assert post_form(staff, f"{page}/hide", {}, form_page=page).status_code == 303
    with app.app_context():
        assert db.session.get(Submission, ids["house"]).hidden
        assert not db.session.get(Answer, answer).quote_approved
    inbox = staff.get("/staff/inbox").get_data(as_text=True)
    assert "[redacted] does not lock" not in inbox
    assert "[redacted] does not lock" in staff.get("/staff/inbox?status=hidden").get_data(
        as_text=True)
    assert _events(app, "answer.redacted") == 1
    assert _events(app, "answer.quote_approved") == 1
    assert _events(app, "submission.hidden") == 1


def test_board_members_and_strangers_cannot_open_the_inbox(app):
    ids = _seed(app)
    add_person(app, "board")
    board = signed_in(app, "board@example.org")
    assert board.get("/staff/inbox").status_code == 403
    assert board.get(f"/staff/submissions/{ids['house']}").status_code == 403
    assert app.test_client().get("/staff/inbox").status_code == 302


def test_curate_themes_in_the_browser(app):
    ids = _seed(app)
    add_person(app, "staff", programmes=("safe-house", "legal-clinic"))
    staff = signed_in(app, "staff@example.org")
    theme_page = f"/staff/themes/{ids['safety']}"
    blank = post_form(staff, f"{theme_page}/rename", {"label": "  "}, form_page=theme_page)
    assert blank.status_code == 400 and "Please type a name." in blank.get_data(as_text=True)
    assert post_form(staff, f"{theme_page}/rename", {"label": "Locks and doors"},
                     form_page=theme_page).status_code == 303
    moved = post_form(staff, f"/staff/answers/{ids['plain_answer']}/move",
                      {"theme": ids["safety"]}, form_page=f"/staff/themes/{ids['food']}")
    assert moved.status_code == 303
    merged = post_form(staff, "/staff/themes/merge",
                       {"sources": [ids["food"]], "target": ids["safety"]},
                       form_page="/staff/themes")
    assert merged.status_code == 303
    with app.app_context():
        assert db.session.get(Theme, ids["safety"]).label == "Locks and doors"
        assert db.session.get(Theme, ids["food"]).state == "retired"
        links = db.session.scalars(select(ThemeLink.theme_id)).all()
        assert set(links) == {ids["safety"]}
    nothing = post_form(staff, "/staff/themes/merge", {"target": ids["safety"]},
                        form_page="/staff/themes")
    assert nothing.status_code == 400
    too_small = post_form(staff, f"{theme_page}/split", {"parts": "4"}, form_page=theme_page)
    assert too_small.status_code == 400
    assert "too few answers" in too_small.get_data(as_text=True)
    for action in ("theme.renamed", "answer.moved", "theme.merged"):
        assert _events(app, action) == 1
    assert staff.get("/staff/themes/999999").status_code == 404


def test_survivor_saying_no_to_quotes_ends_the_approval(app):
    from feedback_app.services.submissions import change_consent

    ids = _seed(app)
    add_person(app, "staff", programmes=("safe-house",))
    staff = signed_in(app, "staff@example.org")
    post_form(staff, f"/staff/answers/{ids['house_answer']}/quote", {"approve": "yes"},
              form_page=f"/staff/submissions/{ids['house']}")
    with app.app_context():
        submission = db.session.get(Submission, ids["house"])
        assert submission.answers[0].quote_approved
        change_consent(db.session, receipt_key=submission.receipt_key, board=True, quote=False)
        assert not db.session.get(Answer, ids["house_answer"]).quote_approved
