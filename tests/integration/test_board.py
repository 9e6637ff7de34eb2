"""The survivor advisory board: roles, what a round shows (and never shows), ranking, the Borda
priority list, recommendations and their audit events, through the real pages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import func, select

from feedback_app import clock
from feedback_app.extensions import db
from feedback_app.models import AuditEvent, Ballot, BallotRank, Recommendation, ReviewRound
from tests import seed
from tests.people import add_person, csrf_of, post_form, signed_in
from tests.support.html import (
    monthly_counts,
    quotes,
    select_options,
    selected_values,
    table_rows,
)

BOARD = ("bea@example.org", "bo@example.org", "bri@example.org")


@dataclass
class Board:
    app: Any
    themes: dict[str, int]
    staff: Any
    members: list[Any]


def last_month() -> dt.date:
    """A day of the month before this one: this month's board figures count only what came
    before the month began."""
    return clock.today().replace(day=1) - dt.timedelta(days=1)


def _seed_themes(app) -> dict[str, int]:
    """Before this month: Safety (5 the board may read, 2 it may not), Food (5), Rest (5); a
    small curated theme (4 the board may read and 3 it may not: 7 in all, still small for the
    board) and a small engine theme (2), whose quotes carry tokens; a retired theme (6)."""
    today = last_month()
    with app.app_context():
        s = db.session
        themes = {name: seed.theme(s, name) for name in ("Safety", "Food", "Rest", "Curfew")}
        themes["engine"] = seed.theme(s, "locks broken night", state="suggested")
        themes["retired"] = seed.theme(s, "Old theme", state="retired")
        for n in range(7):
            seed.submission(s, themes=[themes["Safety"]], text=f"Safety quote s{n}.",
                            board=n < 5, on=today)
        seed.submission(s, themes=[themes["Safety"]], text="Hidden text hid0.", board=True,
                        hidden=True, on=today)
        for name in ("Food", "Rest"):
            for n in range(5):
                seed.submission(s, themes=[themes[name]], text=f"{name} quote q{n}.",
                                board=True, on=today)
        for n in range(7):
            seed.submission(s, themes=[themes["Curfew"]], text=f"Curfew small c{n}.",
                            board=n < 4, on=today)
        for n in range(2):
            seed.submission(s, themes=[themes["engine"]], text=f"Engine small e{n}.",
                            board=True, on=today)
        for n in range(6):
            seed.submission(s, themes=[themes["retired"]], text=f"Retired r{n}.", board=True,
                            on=today)
        s.commit()
        return {name: theme.id for name, theme in themes.items()}


@pytest.fixture
def world(app) -> Board:
    themes = _seed_themes(app)
    add_person(app, "staff", "sam@example.org", programmes=("safe-house",))
    for email in BOARD:
        add_person(app, "board", email)
    add_person(app, "board", "quiet@example.org")  # a member who never votes
    return Board(app, themes, signed_in(app, "sam@example.org"),
                 [signed_in(app, email) for email in BOARD])


def open_round(w: Board, title: str = "Spring round") -> int:
    response = post_form(w.staff, "/staff/rounds/open", {"title": title},
                         form_page="/staff/rounds")
    assert response.status_code == 303
    with w.app.app_context():
        return db.session.scalar(select(func.max(ReviewRound.id)))


def vote(w: Board, member: Any, round_id: int, ranks: dict[str, int | str]) -> Any:
    data = {f"rank_{w.themes[name]}": str(rank) for name, rank in ranks.items()}
    return post_form(member, f"/board/rounds/{round_id}/ballot", data,
                     form_page=f"/board/rounds/{round_id}")


def audit_counts(app) -> dict[str, int]:
    with app.app_context():
        return dict(db.session.execute(select(AuditEvent.action, func.count()).group_by(
            AuditEvent.action)).all())


def text_of(response: Any) -> str:
    return response.get_data(as_text=True)


def mentions(page: str, token: str) -> bool:
    """Whether a seeded token (`token` and one digit) is anywhere in the page, markup included."""
    return any(f"{token}{digit}" in page for digit in "0123456789")


@pytest.mark.parametrize("path", ["/board/", "/board/rounds/{r}", "/board/recommendations"])
def test_staff_cannot_open_board_pages(world, path):
    round_id = open_round(world)
    assert world.staff.get(path.format(r=round_id)).status_code == 403


@pytest.mark.parametrize("path", ["/staff/rounds", "/staff/rounds/{r}",
                                  "/staff/rounds/{r}/priorities.csv", "/staff/recommendations"])
def test_board_members_cannot_open_staff_board_pages(world, path):
    round_id = open_round(world)
    assert world.members[0].get(path.format(r=round_id)).status_code == 403


def test_board_cannot_open_or_close_rounds(world):
    round_id = open_round(world)
    token = csrf_of(world.members[0], "/board/")
    member = world.members[0]
    assert member.post("/staff/rounds/open", data={"csrf_token": token,
                                                   "title": "Mine"}).status_code == 403
    assert member.post(f"/staff/rounds/{round_id}/close",
                       data={"csrf_token": token}).status_code == 403


def test_not_signed_in_is_sent_to_sign_in(app):
    response = app.test_client().get("/board/")
    assert response.status_code in (302, 303)
    assert "/staff/sign-in" in response.headers["Location"]


@pytest.mark.parametrize("path", ["/board/rounds/999", "/board/rounds/abc"])
def test_unknown_round_is_the_kind_404(world, path):
    assert world.members[0].get(path).status_code == 404


def test_round_shows_large_themes_in_full_and_small_ones_only_as_fewer_than_k(world):
    round_id = open_round(world)
    page = text_of(world.members[0].get(f"/board/rounds/{round_id}"))
    # Visible themes: counts of the submissions the board may read, floored to a multiple of 5
    # (the hidden one and those whose survivors said no to the board never count).
    assert page.count("5 or more pieces of feedback are in this theme.") == 3
    assert "pieces of feedback are in this theme." not in page.replace(
        "5 or more pieces of feedback are in this theme.", "")
    # Quotes: only board-consented, not hidden, at most five per theme.
    for n in range(5):
        assert f"s{n}." in page
    assert "s5." not in page and "s6." not in page  # no board consent
    assert "hid0" not in page
    assert sorted(q for q in quotes(page) if q.startswith("Food quote")) == [
        f"Food quote q{n}." for n in range(5)]
    assert page.count("Food quote q") == 5  # and nowhere else on the page
    # Small themes: a person's label, or a neutral name; never a count, trend or quote. Curfew
    # has 7 submissions, but only 4 the board may read: it is small for the board.
    assert "Curfew" in page and "fewer than 5" in page
    assert "locks broken night" not in page and "A small theme" in page
    assert not mentions(page, "small c") and not mentions(page, "small e")
    assert f'id="theme-{world.themes["Curfew"]}"' not in page
    # Retired themes never show; no percentages or totals over themes.
    assert "Old theme" not in page and "Retired r" not in page
    assert "%" not in page
    # Only visible themes can be ranked.
    assert f'name="rank_{world.themes["Safety"]}"' in page
    assert f'name="rank_{world.themes["Curfew"]}"' not in page
    options = select_options(page)
    assert ("3", "3") in options[f"rank_{world.themes['Safety']}"]
    assert not any(value == "4" for choices in options.values() for value, _text in choices)


def test_monthly_trend_is_cumulative_and_floored_and_leaves_this_month_out(app):
    # Given 6 submissions two months ago, 1 last month and 3 this month, in one theme
    first = clock.today().replace(day=1)
    last = (first - dt.timedelta(days=1)).replace(day=1)
    before = (last - dt.timedelta(days=1)).replace(day=1)
    with app.app_context():
        theme = seed.theme(db.session, "Transport")
        for day, n in ((before, 6), (last, 1), (first, 3)):
            for _ in range(n):
                seed.submission(db.session, themes=[theme], on=day, board=True)
        db.session.commit()
    add_person(app, "staff", "sam@example.org")
    add_person(app, "board", "bea@example.org")
    staff = signed_in(app, "sam@example.org")
    post_form(staff, "/staff/rounds/open", {"title": "R"}, form_page="/staff/rounds")
    # When a board member reads the round
    page = text_of(signed_in(app, "bea@example.org").get("/board/rounds/1"))
    cells = dict(monthly_counts(page))
    # Then each month shows everything up to its end, floored to 5: 6 and then 7 both read
    # "5 or more", so last month's own 1 cannot be worked out; this month is not counted yet
    assert cells[before.strftime("%Y-%m")] == "5 or more"
    assert cells[last.strftime("%Y-%m")] == "5 or more"
    assert first.strftime("%Y-%m") not in cells
    assert len(cells) == 6
    assert set(cells.values()) <= {"5 or more", "fewer than 5"}
    assert "5 or more pieces of feedback are in this theme." in page


@pytest.mark.parametrize(("configured", "effective"), [(1, 3), (4, 4), (6, 6)])
def test_k_min_is_never_below_three(app_factory, configured, effective):
    app = app_factory(K_MIN=configured)
    with app.app_context():
        themes = [seed.theme(db.session, f"Theme {size}") for size in (3, 4, 6)]
        for theme, size in zip(themes, (3, 4, 6), strict=True):
            for n in range(size):
                seed.submission(db.session, themes=[theme], text=f"tok{size}x{n}", board=True,
                                on=last_month())
        db.session.commit()
    add_person(app, "staff", "sam@example.org")
    add_person(app, "board", "bea@example.org")
    post_form(signed_in(app, "sam@example.org"), "/staff/rounds/open", {"title": "R"},
              form_page="/staff/rounds")
    page = text_of(signed_in(app, "bea@example.org").get("/board/rounds/1"))
    assert f"fewer than {effective}" in page or effective <= 3
    for size in (3, 4, 6):
        assert mentions(page, f"tok{size}x") == (size >= effective)


def close(w: Board, round_id: int) -> None:
    response = post_form(w.staff, f"/staff/rounds/{round_id}/close", {},
                         form_page=f"/staff/rounds/{round_id}")
    assert response.status_code == 303


def test_no_totals_while_a_round_is_open_and_the_borda_count_once_it_closes(world):
    round_id = open_round(world)
    bea, bo, bri = world.members
    assert vote(world, bea, round_id, {"Safety": 1, "Food": 2, "Rest": 3}).status_code == 303
    assert vote(world, bo, round_id, {"Food": 1, "Safety": 2}).status_code == 303
    staff_page = text_of(world.staff.get(f"/staff/rounds/{round_id}"))
    assert "Fewer than 3 members have voted so far." in staff_page
    assert "board members voted" not in staff_page  # no exact turnout
    assert "<td>Safety</td>" not in staff_page
    csv_response = world.staff.get(f"/staff/rounds/{round_id}/priorities.csv")
    assert csv_response.status_code == 303
    # A third ballot: still no totals while the round is open, for staff or the board, so the
    # totals before and after a ballot never give one member's ranking
    assert vote(world, bri, round_id, {"Rest": 1, "Safety": 2}).status_code == 303
    for page in (text_of(world.staff.get(f"/staff/rounds/{round_id}")),
                 text_of(bea.get(f"/board/rounds/{round_id}"))):
        assert "At least 3 members have voted." in page
        assert table_rows(page, "priorities") == []
        assert "Points" not in page
    assert world.staff.get(f"/staff/rounds/{round_id}/priorities.csv").status_code == 303
    # When the round closes: n = 3 themes: 1st = 3 points, 2nd = 2, 3rd = 1.
    close(world, round_id)
    staff_page = text_of(world.staff.get(f"/staff/rounds/{round_id}"))
    # Safety 3+2+2 = 7, Food 2+3+0 = 5, Rest 1+0+3 = 4
    rows = table_rows(staff_page, "priorities")
    assert rows == [["1", "Safety", "7"], ["2", "Food", "5"], ["3", "Rest", "4"]]
    assert table_rows(text_of(bea.get(f"/board/rounds/{round_id}")), "priorities") == rows
    assert "Borda count" in staff_page
    csv_response = world.staff.get(f"/staff/rounds/{round_id}/priorities.csv")
    assert csv_response.status_code == 200
    assert csv_response.mimetype == "text/csv"
    assert text_of(csv_response).splitlines() == [
        "theme,points,place", "Safety,7,1", "Food,5,2", "Rest,4,3"]


def test_a_round_closed_with_fewer_than_three_ballots_shows_no_list(world):
    round_id = open_round(world)
    vote(world, world.members[0], round_id, {"Safety": 1})
    vote(world, world.members[1], round_id, {"Food": 1})
    close(world, round_id)
    page = text_of(world.staff.get(f"/staff/rounds/{round_id}"))
    assert "closed with fewer than 3 rankings" in page
    assert table_rows(page, "priorities") == []
    assert world.staff.get(f"/staff/rounds/{round_id}/priorities.csv").status_code == 303


def test_equal_points_share_a_place(world):
    round_id = open_round(world)
    for member, ranks in zip(world.members, ({"Safety": 1}, {"Food": 1}, {"Rest": 1}),
                             strict=True):
        vote(world, member, round_id, ranks)
    close(world, round_id)
    page = text_of(world.staff.get(f"/staff/rounds/{round_id}"))
    rows = table_rows(page, "priorities")
    assert [(place, points) for place, _label, points in rows] == [("1", "3")] * 3


@pytest.mark.parametrize(("ranks", "message"), [
    ({"Safety": 1, "Food": 1}, "Each number can be used once"),
    ({}, "Please give at least one theme a number"),
    ({"Safety": "x"}, "Please choose a number from the list"),
    ({"Safety": 4}, "Please choose a number from the list"),
])
def test_bad_ballot_is_refused_kindly_and_keeps_the_choices(world, ranks, message):
    round_id = open_round(world)
    response = vote(world, world.members[0], round_id, ranks)
    page = text_of(response)
    assert response.status_code == 400
    assert message in page
    if ranks.get("Food") == 1:
        safety, food = world.themes["Safety"], world.themes["Food"]
        for theme_id in (safety, food):
            assert selected_values(page)[f"rank_{theme_id}"] == ["1"]
    with world.app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Ballot)) == 0


def test_ranking_a_small_theme_is_refused(world):
    round_id = open_round(world)
    data = {f"rank_{world.themes['Safety']}": "1", f"rank_{world.themes['Curfew']}": "2"}
    response = post_form(world.members[0], f"/board/rounds/{round_id}/ballot", data,
                         form_page=f"/board/rounds/{round_id}")
    assert response.status_code == 400
    assert "Only the themes shown on this page can be ranked." in text_of(response)
    with world.app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Ballot)) == 0


def test_voting_again_replaces_the_ballot_and_shows_own_choices(world):
    round_id = open_round(world)
    member = world.members[0]
    vote(world, member, round_id, {"Safety": 1, "Food": 2})
    assert vote(world, member, round_id, {"Rest": 1}).status_code == 303
    with world.app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Ballot)) == 1
        ranks = db.session.execute(select(BallotRank.theme_id, BallotRank.rank)).all()
        assert ranks == [(world.themes["Rest"], 1)]
    page = text_of(member.get(f"/board/rounds/{round_id}"))
    chosen = selected_values(page)
    assert chosen[f"rank_{world.themes['Rest']}"] == ["1"]
    assert chosen[f"rank_{world.themes['Safety']}"] == [""]
    assert "You have ranked this round." in page
    # Another member sees nothing of it.
    other = text_of(world.members[1].get(f"/board/rounds/{round_id}"))
    assert "You have ranked this round." not in other
    others = selected_values(other)
    assert others and all(set(values) <= {""} for values in others.values())


def test_closed_round_refuses_ballots_kindly_and_shows_the_priority_list(world):
    round_id = open_round(world)
    for member in world.members:
        vote(world, member, round_id, {"Food": 1})
    close = post_form(world.staff, f"/staff/rounds/{round_id}/close", {},
                      form_page=f"/staff/rounds/{round_id}")
    assert close.status_code == 303
    response = vote(world, world.members[0], round_id, {"Safety": 1})
    assert response.status_code == 303
    page = text_of(world.members[0].get(response.headers["Location"]))
    assert "This round is closed" in page
    assert "<select" not in page
    assert "<td>1</td><td>Food</td><td>9</td>" in page
    with world.app.app_context():
        ranks = db.session.scalars(select(BallotRank.theme_id)).all()
        assert set(ranks) == {world.themes["Food"]}
    # Closing twice does no harm and writes no second event.
    post_form(world.staff, f"/staff/rounds/{round_id}/close", {},
              form_page=f"/staff/rounds/{round_id}")
    assert audit_counts(world.app)["round.closed"] == 1


def test_open_round_needs_a_title(world):
    response = post_form(world.staff, "/staff/rounds/open", {"title": "   "},
                         form_page="/staff/rounds")
    assert response.status_code == 400
    assert "Please give the round a title." in text_of(response)


def test_recommendation_round_trip_with_redacted_staff_answer(world):
    bea, bo, _bri = world.members
    assert "while a review round is open" in text_of(bea.get("/board/recommendations"))
    round_id = open_round(world)
    assert round_id
    response = post_form(bea, "/board/recommendations/new", {
        "title": "Fix the locks", "body": "Doors must lock at night.",
        "themes": [str(world.themes["Safety"]), str(world.themes["Food"])]},
        form_page="/board/recommendations")
    assert response.status_code == 303
    staff_page = text_of(world.staff.get("/staff/recommendations"))
    assert "Fix the locks" in staff_page and "Doors must lock at night." in staff_page
    with world.app.app_context():
        rec = db.session.scalar(select(Recommendation))
        rec_id = rec.id
        assert sorted(link.theme_id for link in rec.themes) == sorted(
            [world.themes["Safety"], world.themes["Food"]])
    response = post_form(world.staff, f"/staff/recommendations/{rec_id}/answer", {
        f"r{rec_id}-status": "in progress",
        f"r{rec_id}-response": "We will call Maria on +44 7700 900123 about new locks."},
        form_page="/staff/recommendations")
    assert response.status_code == 303
    # Another member of the board reads the answer, redacted.
    page = text_of(bo.get("/board/recommendations"))
    assert "Fix the locks" in page and "In progress" in page
    assert "We will call [name] on [phone] about new locks." in page
    assert "900123" not in page and "by you" not in page
    assert "by you" in text_of(bea.get("/board/recommendations"))
    counts = audit_counts(world.app)
    assert counts["recommendation.written"] == 1
    assert counts["recommendation.answered"] == 1
    with world.app.app_context():
        event = db.session.scalar(select(AuditEvent).where(
            AuditEvent.action == "recommendation.written"))
        assert event.actor_kind == "board" and event.target_id == rec_id


@pytest.mark.parametrize(("title", "body", "stored_title", "stored_body"), [
    ("Ask Blessing Okonkwo about the locks",
     "Blessing Okonkwo on 0803 555 0147 says the doors do not lock at night",
     "Ask [name] about the locks", "[name] on [phone] says the doors do not lock at night"),
    ("Interpreters", "Email tran.thi.mai@example.org, the interpreter, before the hearing.",
     "Interpreters", "Email [email], the interpreter, before the hearing."),
])
def test_a_recommendation_is_redacted_before_it_is_saved(world, title, body, stored_title,
                                                          stored_body):
    bea, _bo, _bri = world.members
    open_round(world)
    response = post_form(bea, "/board/recommendations/new", {
        "title": title, "body": body, "themes": [str(world.themes["Safety"])]},
        form_page="/board/recommendations")
    assert response.status_code == 303
    with world.app.app_context():
        rec = db.session.scalar(select(Recommendation))
        assert (rec.title, rec.body) == (stored_title, stored_body)
        event = db.session.scalar(select(AuditEvent).where(
            AuditEvent.action == "recommendation.written"))
        assert event.detail["redacted"] == stored_title.count("[") + stored_body.count("[")


@pytest.mark.parametrize("field", ["title", "body", "themes", "small"])
def test_bad_recommendation_keeps_what_was_typed(world, field):
    open_round(world)
    data = {"title": "Fix the locks", "body": "Doors must lock at night.",
            "themes": [str(world.themes["Safety"])]}
    if field == "small":
        data["themes"] = [str(world.themes["Curfew"])]
    else:
        data[field] = "" if field != "themes" else []
    response = post_form(world.members[0], "/board/recommendations/new", data,
                         form_page="/board/recommendations")
    page = text_of(response)
    assert response.status_code == 400
    assert "Please check your answers" in page
    if field != "body":
        assert "Doors must lock at night." in page
    with world.app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Recommendation)) == 0


def test_staff_answer_needs_a_known_status_and_text(world):
    open_round(world)
    post_form(world.members[0], "/board/recommendations/new", {
        "title": "T", "body": "B", "themes": [str(world.themes["Safety"])]},
        form_page="/board/recommendations")
    with world.app.app_context():
        rec_id = db.session.scalar(select(Recommendation.id))
    response = post_form(world.staff, f"/staff/recommendations/{rec_id}/answer", {
        f"r{rec_id}-status": "maybe", f"r{rec_id}-response": "Kept words"},
        form_page="/staff/recommendations")
    assert response.status_code == 400
    assert "Please choose one of the statuses." in text_of(response)
    assert "Kept words" in text_of(response)
    missing = world.staff.post("/staff/recommendations/999/answer",
                               data={"csrf_token": csrf_of(world.staff, "/staff/rounds")})
    assert missing.status_code == 404
    assert "recommendation.answered" not in audit_counts(world.app)


def test_each_board_action_writes_exactly_one_audit_event(world):
    round_id = open_round(world)
    vote(world, world.members[0], round_id, {"Safety": 1})
    vote(world, world.members[0], round_id, {"Food": 1})
    post_form(world.members[1], "/board/recommendations/new", {
        "title": "T", "body": "B", "themes": [str(world.themes["Safety"])]},
        form_page="/board/recommendations")
    with world.app.app_context():
        rec_id = db.session.scalar(select(Recommendation.id))
    post_form(world.staff, f"/staff/recommendations/{rec_id}/answer",
              {f"r{rec_id}-status": "done", f"r{rec_id}-response": "Done."},
              form_page="/staff/recommendations")
    post_form(world.staff, f"/staff/rounds/{round_id}/close", {},
              form_page=f"/staff/rounds/{round_id}")
    counts = audit_counts(world.app)
    assert {action: counts.get(action) for action in (
        "round.opened", "round.closed", "ballot.cast", "recommendation.written",
        "recommendation.answered")} == {"round.opened": 1, "round.closed": 1, "ballot.cast": 2,
                                        "recommendation.written": 1,
                                        "recommendation.answered": 1}
    with world.app.app_context():
        ballot_events = db.session.scalars(select(AuditEvent).where(
            AuditEvent.action == "ballot.cast")).all()
        assert {e.actor_kind for e in ballot_events} == {"board"}
        # The log says who voted, never what: not the choices, nor how many were ranked.
        assert all(set(e.detail) == {"replaced"} for e in ballot_events)
