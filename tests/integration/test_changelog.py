"""The "you said, we did" log: staff write, update and publish entries; the public reads them and
their Atom feed with public numbers only; survivors see the entries that answer their feedback,
say once whether a change helped, and withdrawing takes their quote and their answer away."""

from __future__ import annotations

import datetime as dt

import feedparser
import pytest
from sqlalchemy import func, select

from feedback_app import clock
from feedback_app.extensions import db
from feedback_app.models import (
    Account,
    Answer,
    AuditEvent,
    ChangeEntry,
    ChangeEntryTheme,
    ChangeFeedback,
    ChangeUpdate,
    Programme,
    Submission,
    SurvivorEvent,
    ThemeLink,
)
from feedback_app.services import change_feedback, changelog
from tests import seed
from tests.flow import Survivor
from tests.people import add_person, post_form, signed_in
from tests.support.atom import entry_links
from tests.support.html import feed_links

STAFF = "sam@example.org"


def _events(app, action: str | None = None) -> list[AuditEvent]:
    with app.app_context():
        query = select(AuditEvent).order_by(AuditEvent.id)
        if action:
            query = query.where(AuditEvent.action == action)
        return list(db.session.scalars(query))


def _staff(app):
    add_person(app, "staff", STAFF, programmes=("safe-house", "legal-clinic"))
    return signed_in(app, STAFF)


def _programme_id(slug: str) -> int:
    return db.session.scalar(select(Programme.id).where(Programme.slug == slug))


def _entry(app, title: str, *, programme: str | None = "safe-house", published: bool = True,
           themes: tuple[int, ...] = (), status: str = "planned",
           updated: dt.datetime | None = None) -> int:
    """An entry written through the service, as a staff member would (of Safe House unless
    told; an entry about every programme, programme None, is an admin's to write)."""
    if programme is None:
        add_person(app, "admin", f"admin-{title.lower().replace(' ', '-')}@example.org")
    with app.app_context():
        account = db.session.scalars(select(Account).order_by(Account.id.desc())).first()
        entry, _replaced = changelog.create_entry(
            db.session, account, changelog.EntryText(
                title=title, programme_id=_programme_id(programme) if programme else None,
                heard=f"Heard about {title}.", did=f"Did {title}.",
                reason="No budget." if status == "not doing" else ""), status=status)
        if themes:
            changelog.link_themes(db.session, account, entry.id, themes)
        if published:
            changelog.set_published(db.session, account, entry.id, True)
        if updated:
            entry.updated_at = updated
            db.session.commit()
        return entry.id


def _post(client, path: str, data: dict, form_page: str):
    return post_form(client, path, data, form_page=form_page)


def test_staff_write_update_and_publish_an_entry_with_history_and_one_event_each(app):
    staff = _staff(app)
    assert staff.get("/staff/changes").status_code == 200
    with app.app_context():
        safe_house = _programme_id("safe-house")
    # Given a draft written by staff, with a phone number pasted by accident
    before = len(_events(app))
    response = _post(staff, "/staff/changes/new", {
        "title": "Locks on every door", "programme": str(safe_house),
        "heard": "People did not feel safe at night. Call +44 7700 900123.",
        "did": "We fitted locks.", "status": "planned", "reason": "", "note": ""},
        "/staff/changes/new")
    assert response.status_code == 303
    with app.app_context():
        entry = db.session.scalars(select(ChangeEntry)).one()
        entry_id, created_at = entry.id, entry.updated_at
        assert "7700" not in entry.heard and "[phone]" in entry.heard
        assert entry.published is False and entry.programme_id == safe_house
    assert [e.action for e in _events(app)[before:]] == ["changes.created"]
    page = f"/staff/changes/{entry_id}"
    assert "Locks on every door" in staff.get("/staff/changes").get_data(as_text=True)
    # Drafts are not public
    assert "Locks on every door" not in staff.get("/changes").get_data(as_text=True)
    assert staff.get(f"/changes/{entry_id}").status_code == 404

    # When they edit, change the status with a note, refuse "not doing" without a reason
    steps = [
        (f"{page}/edit", {"title": "Locks on every door", "programme": str(safe_house),
                          "heard": "People did not feel safe at night.",
                          "did": "We fitted locks on 12 doors."}, "changes.edited"),
        (f"{page}/status", {"update-status": "in progress",
                            "update-note": "Half the doors are done."}, "changes.status_changed"),
        (f"{page}/publish", {"publish": "yes"}, "changes.published"),
    ]
    for path, data, action in steps:
        before = len(_events(app))
        assert _post(staff, path, data, page).status_code == 303, path
        assert [e.action for e in _events(app)[before:]] == [action]
    before = len(_events(app))
    refused = _post(staff, f"{page}/status", {"update-status": "not doing",
                                              "update-note": "Stopped."}, page)
    assert refused.status_code == 400
    assert "Please say why we are not doing this" in refused.get_data(as_text=True)
    assert "Stopped." in refused.get_data(as_text=True)  # what was typed is kept
    assert len(_events(app)) == before

    # Then the public page shows it with its history, and updated_at moved on
    with app.app_context():
        entry = db.session.get(ChangeEntry, entry_id)
        assert entry.status == "in progress" and entry.published
        assert entry.did == "We fitted locks on 12 doors."
        assert clock.now() >= entry.updated_at >= created_at
        assert [u.status for u in entry.updates] == ["planned", "in progress"]
    public = staff.get(f"/changes/{entry_id}").get_data(as_text=True)
    assert "Half the doors are done." in public and "We fitted locks on 12 doors." in public
    assert "Safe House" in public
    # And taking it off the public log is one event too
    before = len(_events(app))
    assert _post(staff, f"{page}/publish", {"publish": "no"}, page).status_code == 303
    assert [e.action for e in _events(app)[before:]] == ["changes.unpublished"]
    assert staff.get(f"/changes/{entry_id}").status_code == 404


def test_not_doing_needs_a_reason_and_the_public_sees_it(app):
    staff = _staff(app)
    with app.app_context():
        safe_house = _programme_id("safe-house")
    data = {"title": "A swimming pool", "programme": str(safe_house), "heard": "", "did": "",
            "status": "not doing", "reason": "", "note": ""}
    refused = _post(staff, "/staff/changes/new", data, "/staff/changes/new")
    assert refused.status_code == 400 and "A swimming pool" in refused.get_data(as_text=True)
    assert _events(app, "changes.created") == []
    saved = _post(staff, "/staff/changes/new", {**data, "reason": "The house has no garden."},
                  "/staff/changes/new")
    assert saved.status_code == 303
    entry_id = int(saved.headers["Location"].rsplit("/", 1)[1])
    _post(staff, f"/staff/changes/{entry_id}/publish", {"publish": "yes"},
          f"/staff/changes/{entry_id}")
    page = staff.get(f"/changes/{entry_id}").get_data(as_text=True)
    assert "We are not doing this" in page and "The house has no garden." in page
    assert "Safe House" in page


def test_themes_and_quotes_are_linked_by_staff_one_event_each(app):
    staff = _staff(app)
    with app.app_context():
        doors = seed.theme(db.session, "Doors")
        retired = seed.theme(db.session, "Old", state="retired")
        row = seed.submission(db.session, themes=[doors], text="My door finally locks.",
                              quote=True)
        row.answers[0].quote_approved = True
        db.session.commit()
        ids = {"doors": doors.id, "retired": retired.id, "answer": row.answers[0].id}
    entry_id = _entry(app, "Locks")
    page = f"/staff/changes/{entry_id}"
    assert "My door finally locks." in staff.get(page).get_data(as_text=True)  # a candidate
    for path, data, action in [
        (f"{page}/themes", {"themes": [ids["doors"]]}, "changes.themes_linked"),
        (f"{page}/quotes", {"answer": ids["answer"]}, "changes.quote_linked"),
    ]:
        before = len(_events(app))
        assert _post(staff, path, data, page).status_code == 303, path
        assert [e.action for e in _events(app)[before:]] == [action]
    assert "My door finally locks." in staff.get(f"/changes/{entry_id}").get_data(as_text=True)
    # A retired theme is refused kindly, and nothing changes
    before = len(_events(app))
    refused = _post(staff, f"{page}/themes", {"themes": [ids["retired"]]}, page)
    assert refused.status_code == 400 and len(_events(app)) == before
    with app.app_context():
        assert [t.theme_id for t in db.session.get(ChangeEntry, entry_id).themes] == [ids["doors"]]
    before = len(_events(app))
    removed = _post(staff, f"{page}/quotes/{ids['answer']}/remove", {}, page)
    assert removed.status_code == 303
    assert [e.action for e in _events(app)[before:]] == ["changes.quote_unlinked"]
    assert "My door finally locks." not in staff.get(f"/changes/{entry_id}").get_data(
        as_text=True)


@pytest.mark.parametrize(("approved", "consent", "hidden"), [
    (False, True, False),  # not approved by a moderator
    (True, False, False),  # the sender did not agree to public quoting
    (True, True, True),  # hidden by a moderator
])
def test_service_refuses_quotes_that_are_not_approved_consented_and_visible(
        app, approved, consent, hidden):
    staff = _staff(app)
    with app.app_context():
        row = seed.submission(db.session, themes=[], text="Words not to be shown.",
                              quote=consent, hidden=hidden)
        row.answers[0].quote_approved = approved
        db.session.commit()
        answer_id = row.answers[0].id
    entry_id = _entry(app, "Entry")
    with app.app_context():
        account = db.session.scalar(select(Account).where(Account.email == STAFF))
        with pytest.raises(changelog.QuoteNotAllowedError):
            changelog.link_quote(db.session, account, entry_id, answer_id)
    page = f"/staff/changes/{entry_id}"
    assert "Words not to be shown." not in staff.get(page).get_data(as_text=True)
    refused = _post(staff, f"{page}/quotes", {"answer": answer_id}, page)
    assert refused.status_code == 400
    assert "agreed to be quoted" in refused.get_data(as_text=True)
    assert _events(app, "changes.quote_linked") == []
    assert "Words not to be shown." not in staff.get(f"/changes/{entry_id}").get_data(
        as_text=True)


def _theme_with(app, label: str, size: int) -> int:
    """A theme of ``size`` submissions received last month: this month's public figures count
    what came before the month began."""
    last_month = clock.today().replace(day=1) - dt.timedelta(days=1)
    with app.app_context():
        found = seed.theme(db.session, label)
        for n in range(size):
            seed.submission(db.session, themes=[found], text=f"{label} {n}", on=last_month)
        # Hidden feedback never counts
        seed.submission(db.session, themes=[found], text="hidden", hidden=True, on=last_month)
        db.session.commit()
        return found.id


@pytest.mark.parametrize(("size", "shown"), [
    (0, "Staffing: fewer than 10 people"),  # zero is a small number too
    (3, "Staffing: fewer than 10 people"),
    (9, "Staffing: fewer than 10 people"),
    (12, "Staffing: 10 or more people"),
    (14, "Staffing: 10 or more people"),
    (15, "Staffing: 15 or more people"),
])
def test_linked_themes_show_public_numbers_only(app, size, shown):
    _staff(app)
    theme_id = _theme_with(app, "Staffing", size)
    entry_id = _entry(app, "More staff", themes=(theme_id,))
    page = app.test_client().get(f"/changes/{entry_id}").get_data(as_text=True)
    assert shown in page
    assert "%" not in page
    if size:
        assert f": {size} people" not in page


def test_theme_summary_lists_only_themes_of_ten_or_more(app):
    _theme_with(app, "Food", 12)
    _theme_with(app, "Noise", 3)
    _theme_with(app, "Laundry", 27)
    with app.app_context():
        seed.theme(db.session, "Gone", state="retired")
        db.session.commit()
    response = app.test_client().get("/themes")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Food: 10 or more people" in page and "Laundry: 25 or more people" in page
    assert "Noise" not in page and "Gone" not in page
    assert "Themes from fewer than 10 people are not shown" in page
    assert "%" not in page and "37" not in page and "35 or more" not in page


def test_public_page_and_feed_show_published_entries_only(app):
    _staff(app)
    old = _entry(app, "Older change", programme="safe-house",
                 updated=dt.datetime(2026, 1, 5, 9, 30, tzinfo=dt.UTC))
    new = _entry(app, "Newer change", programme="legal-clinic")
    _entry(app, "Secret draft", published=False)
    client = app.test_client()
    page = client.get("/changes").get_data(as_text=True)
    assert "Older change" in page and "Newer change" in page and "Secret draft" not in page
    assert page.index("Newer change") < page.index("Older change")  # newest first
    assert "/changes.atom" in feed_links(page)

    response = client.get("/changes.atom")
    assert response.status_code == 200
    assert response.mimetype == "application/atom+xml"
    feed = feedparser.parse(response.get_data())
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.id == "http://localhost/changes.atom"
    assert feed.feed.author == "Survivor Voice"
    assert [e.title for e in feed.entries] == ["Newer change", "Older change"]
    for entry, entry_id in zip(feed.entries, (new, old), strict=True):
        assert entry.id == f"http://localhost/changes/{entry_id}"
        assert entry.link == f"http://localhost/changes/{entry_id}"
        assert entry.updated_parsed is not None
    assert tuple(feed.entries[1].updated_parsed)[:5] == (2026, 1, 5, 9, 30)
    assert "Secret draft" not in response.get_data(as_text=True)
    # Every entry links to its page as rel=alternate (feedgen alone leaves rel out)
    assert entry_links(response.get_data()) == [
        ("alternate", f"http://localhost/changes/{new}"),
        ("alternate", f"http://localhost/changes/{old}")]


def test_per_programme_filter_on_page_and_feed(app):
    _staff(app)
    _entry(app, "Shelter change", programme="safe-house")
    _entry(app, "Clinic change", programme="legal-clinic")
    _entry(app, "Everywhere change", programme=None)
    client = app.test_client()
    page = client.get("/changes?programme=safe-house").get_data(as_text=True)
    assert "Shelter change" in page and "Everywhere change" in page
    assert "Clinic change" not in page
    assert 'href="/changes?programme=legal-clinic"' in page  # a link to each active programme
    assert 'href="/changes.atom?programme=safe-house"' in page
    feed = feedparser.parse(client.get("/changes.atom?programme=legal-clinic").get_data())
    assert feed.bozo == 0
    assert sorted(e.title for e in feed.entries) == ["Clinic change", "Everywhere change"]
    assert feed.feed.id == "http://localhost/changes.atom?programme=legal-clinic"
    unknown = client.get("/changes?programme=no-such-place")
    assert unknown.status_code == 404
    assert "We could not find that programme" in unknown.get_data(as_text=True)
    assert "Shelter change" not in unknown.get_data(as_text=True)
    assert client.get("/changes.atom?programme=no-such-place").status_code == 404


def _survivor_with_feedback(app, *, quote: str = "no") -> tuple[Survivor, str, int, int]:
    """A survivor who sent feedback through the web flow, linked to a theme by staff."""
    survivor = Survivor(app.test_client())
    code = survivor.submits(quote=quote, should_change="The kitchen closes too early.")
    with app.app_context():
        theme = seed.theme(db.session, "Kitchen hours")
        answer = db.session.scalars(select(Answer).where(Answer.text_redacted.is_not(None))).one()
        db.session.add(ThemeLink(answer_id=answer.id, theme_id=theme.id, origin="human"))
        db.session.commit()
        return survivor, code, theme.id, answer.id


def test_survivor_sees_the_linked_entry_and_answers_once(app):
    _staff(app)
    survivor, code, theme_id, _answer = _survivor_with_feedback(app)
    linked = _entry(app, "Kitchen open later", themes=(theme_id,))
    _entry(app, "Unrelated change")
    _entry(app, "Draft about the kitchen", themes=(theme_id,), published=False)
    survivor.opens_receipt(code)
    assert "Kitchen open later" in survivor.html
    assert f'href="/changes/{linked}"' in survivor.html
    assert "Unrelated change" not in survivor.html and "Draft about" not in survivor.html
    assert "Did this change help you?" in survivor.html
    # Sending without a choice is refused kindly
    survivor.post({"entry": str(linked)}, path="/r/helped")
    assert survivor.last.status_code == 400
    assert "Please choose Yes, A little or No." in survivor.html
    # One answer is kept, with a thank-you
    survivor.post({"entry": str(linked), "helped": "partly"}, path="/r/helped")
    assert survivor.last.status_code == 200
    assert "Thank you for telling us." in survivor.html
    assert "You answered: A little" in survivor.html
    assert 'action="/r/helped"' not in survivor.html
    # A second answer (another tab) is refused kindly
    survivor.get("/r")
    page_token = survivor.csrf()
    response = survivor.client.post("/r/helped", data={
        "csrf_token": page_token, "entry": str(linked), "helped": "yes"}, follow_redirects=True)
    assert "You already answered this one." in response.get_data(as_text=True)
    with app.app_context():
        votes = list(db.session.scalars(select(ChangeFeedback)))
        assert [(v.entry_id, v.answer) for v in votes] == [(linked, "partly")]
        assert votes[0].voter_key == change_feedback.voter_key(
            app.config["VOTER_KEY_SECRET"], db.session.scalar(select(Submission.receipt_key)),
            linked)
    assert _events(app, "change.helped") == []  # not in the timed log
    with app.app_context():
        helped = db.session.scalars(select(SurvivorEvent).where(
            SurvivorEvent.action == "change.helped")).one()
        assert (helped.happened_on, helped.detail) == (dt.datetime.now(dt.UTC).date(), {})
    # The public tally shows public numbers, and no total; one answer and none look the same
    public = app.test_client().get(f"/changes/{linked}").get_data(as_text=True)
    assert "A little: fewer than 10" in public and "Yes: fewer than 10" in public
    assert "No: fewer than 10" in public and ": 0" not in public
    # An entry not linked to this feedback cannot be answered
    survivor.get("/r")
    unrelated = survivor.client.post("/r/helped", data={
        "csrf_token": survivor.csrf(), "entry": "999999", "helped": "yes"})
    assert unrelated.status_code == 303
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(ChangeFeedback)) == 1


def test_withdrawal_takes_the_quote_and_the_answer_away(app):
    staff = _staff(app)
    survivor, code, theme_id, answer_id = _survivor_with_feedback(app, quote="yes")
    with app.app_context():
        db.session.get(Answer, answer_id).quote_approved = True  # approved in the inbox
        db.session.commit()
    entry_id = _entry(app, "Kitchen open later", themes=(theme_id,))
    page = f"/staff/changes/{entry_id}"
    assert _post(staff, f"{page}/quotes", {"answer": answer_id}, page).status_code == 303
    client = app.test_client()
    assert "The kitchen closes too early." in client.get(f"/changes/{entry_id}").get_data(
        as_text=True)
    assert "The kitchen closes too early." in client.get("/changes.atom").get_data(as_text=True)
    survivor.opens_receipt(code)
    survivor.post({"entry": str(entry_id), "helped": "yes"}, path="/r/helped")
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(ChangeFeedback)) == 1
    # When the survivor withdraws
    survivor.get("/r/withdraw")
    survivor.post({"confirm": "yes"}, path="/r/withdraw")
    # Then the quote is gone from the page and the feed, and the answer from the tally
    public = client.get(f"/changes/{entry_id}").get_data(as_text=True)
    assert "The kitchen closes too early." not in public
    assert "Yes: fewer than 10" in public
    feed = client.get("/changes.atom").get_data(as_text=True)
    assert "The kitchen closes too early." not in feed and "Kitchen open later" in feed
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(ChangeFeedback)) == 0
        assert db.session.get(ChangeEntry, entry_id).quotes == []
        assert db.session.scalar(select(func.count()).select_from(ChangeEntryTheme)) == 1
        assert db.session.scalar(select(func.count()).select_from(ChangeUpdate)) == 1


def test_signed_out_and_board_cannot_write_the_change_log(app):
    add_person(app, "board", "bea@example.org")
    board = signed_in(app, "bea@example.org")
    assert board.get("/staff/changes").status_code == 403
    assert board.get("/staff/changes/new").status_code == 403
    anonymous = app.test_client().get("/staff/changes")
    assert anonymous.status_code in (302, 303)


@pytest.mark.parametrize(("path", "data", "status"), [
    ("quotes", {"answer": "99999999999999999999"}, 400),
    ("quotes", {"answer": "abc"}, 400),
    ("themes", {"themes": "99999999999999999999"}, 400),
    ("themes", {"themes": "abc"}, 400),
    ("edit", {"title": "x", "programme": "99999999999999999999"}, 400),
    ("edit", {"title": "", "programme": ""}, 400),
    ("status", {"update-status": "finished", "update-note": "n"}, 400),
    ("status", {"update-status": "done", "update-note": "  "}, 400),
    ("quotes/99999999999999999999/remove", {}, 404),
    ("quotes/1/remove", {}, 404),
])
def test_bad_staff_input_gets_a_kind_page_and_changes_nothing(app, path, data, status):
    staff = _staff(app)
    entry_id = _entry(app, "Locks")
    page = f"/staff/changes/{entry_id}"
    before = len(_events(app))
    response = _post(staff, f"{page}/{path}", data, page)
    assert response.status_code == status
    assert "Traceback" not in response.get_data(as_text=True)
    assert len(_events(app)) == before
    assert staff.get("/staff/changes/99999999999999999999").status_code == 404
    assert staff.get("/staff/changes/abc").status_code == 404
