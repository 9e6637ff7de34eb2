"""Watching the pages over time gives away no small count (a Hypothesis state machine).

Submissions the board may read or not arrive one at a time in two themes, some are withdrawn
through the real withdrawal, survivors answer "did this help?", the board ranks and a round
closes, and the clock moves on by a day or to the next month. After every step every board page
(the round's themes, closed rounds' priorities), staff priorities page, export (priorities.csv)
and public page (/themes, /changes, /changes/<id>, /changes.atom) is read through the app as a
board member, a staff member or a visitor, and every number is taken from it. Survivors also
send choice answers of the shelter survey (felt_safe, respected, stable_housing, each answered or
skipped), dated today or in one of the quarters before, and the outcome views are read too: the
board's /board/outcomes (all programmes and one) and the public /outcomes (all and one),
/outcomes.csv and /outcomes.json. Then:

(a) between two snapshot dates (the 1st of a month) every capture's numbers are identical, and a
    closed round's priorities never change at all;
(b) every board number is a multiple of K and at least K ("N or more", "fewer than K"), every
    public number a multiple of 5 and at least 10; an outcome figure's responses are such a
    number or "too few", and a suppressed figure shows no share and no interval anywhere;
(c) an exact attacker, who knows each shown number is a floor, that a theme's count up to a
    month's end grows with the month and that a closed month's count can only fall from one
    snapshot to the next, finds no count below K (board) or 10 (public) with a single
    consistent value: neither one month's own count nor a difference between two captures;
    nor, of the responses of any programme x indicator x quarter, one capture's count or a
    difference between two months' captures (from every view and format at once).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import re
from pathlib import Path
from typing import Any, ClassVar

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import delete, select

from feedback_app.clock import FixedClock
from feedback_app.extensions import db
from feedback_app.models import (
    Account,
    Answer,
    Ballot,
    BallotRank,
    ChangeEntry,
    ChangeEntryTheme,
    ChangeFeedback,
    ChangeUpdate,
    FigureSnapshot,
    Programme,
    ReviewRound,
    RoundPriority,
    Submission,
    Theme,
    ThemeLink,
)
from feedback_app.providers import catalogue
from feedback_app.services import board, change_feedback, changelog, figure_snapshots
from feedback_app.services.indicators import indicators
from feedback_app.services.submissions import withdraw_submission
from tests import seed
from tests.apps import make_app
from tests.people import add_person, signed_in
from tests.support.html import (
    csrf_token,
    monthly_counts,
    outcome_tables,
    parse,
    sections,
    table_rows,
)

K = 3
PUBLIC_MIN, PUBLIC_STEP = 10, 5
START = dt.datetime(2031, 1, 20, 10, 0, tzinfo=dt.UTC)
THEMES = ("Housing", "Safety")
BOARD = ("bea@example.org", "bo@example.org", "bri@example.org")
INFINITY = 10**9
RATED = "safe-house"  # the shelter survey's programme: the one with indicators
OUTCOME_QUESTIONS = ("felt_safe", "respected", "stable_housing")
OPTIONS = ("yes", "partly", "no")


# Reading the numbers of a page --------------------------------------------------------------

def reading(text: str) -> tuple[str, int]:
    """What a shown number says: ("ge", N) for "N or more", ("lt", N) for "fewer than N",
    ("eq", N) for a bare number; ("hidden", 0) for a hidden cell."""
    text = " ".join(text.split())
    if (found := re.search(r"fewer than (\d+)", text, re.IGNORECASE)):
        return "lt", int(found.group(1))
    if (found := re.search(r"(\d+) or more", text)):
        return "ge", int(found.group(1))
    if (found := re.search(r"\d+", text)):
        return "eq", int(found.group(0))
    return "hidden", 0


def board_themes(page: str) -> dict[str, Any]:
    """Each theme's count and trend on a board round page, by theme name."""
    found: dict[str, Any] = {}
    for markup in sections(page, "theme-").values():
        card = parse(markup)
        name = card.xpath("string(.//h3)").strip()
        count = reading(card.xpath("string(.//h3/following-sibling::p[1])"))
        found[name] = (count, tuple((month, reading(shown))
                                    for month, shown in monthly_counts(markup)))
    for item in parse(page).xpath("//h2[.='Smaller themes']/following-sibling::ul[1]/li"):
        name, _colon, rest = item.text_content().partition(":")
        found[name.strip()] = (reading(rest), ())
    return found


def public_list(page: str, heading: str) -> dict[str, tuple[str, int]]:
    """Each line of the public list after a heading ("Housing: 10 or more people")."""
    found = {}
    for item in parse(page).xpath("//h2[.=$heading]/following-sibling::ul[1]/li |"
                                  " //h1[.=$heading]/following-sibling::ul[1]/li",
                                  heading=heading):
        name, _colon, rest = item.text_content().partition(":")
        found[name.strip()] = reading(rest)
    return found


def points(rows: list[list[str]]) -> tuple[int, ...]:
    return tuple(int(row[-1]) for row in rows)


# An outcome figure, whatever view or format shows it: (responses as read, share, partly,
# interval), with "" where the view prints nothing; the overview has no partly column (None).
Outcome = tuple[tuple[str, int], str, str | None, str]


def outcome_programme_page(page: str) -> dict[tuple[str, str, str], Outcome]:
    """(programme, indicator, quarter) -> its figure, from a page of one programme's tables."""
    return {(slug, question, row[0]): (reading(row[1]), row[2], row[3], row[4])
            for (slug, question), rows in outcome_tables(page).items() for row in rows}


def outcome_overview(page: str, names: dict[str, str]) -> dict[tuple[str, str, str], Outcome]:
    """(programme, indicator, quarter) -> its figure, from the overview's newest quarter of
    each programme; ``names`` maps (programme, an indicator's shown name) to its question key."""
    found = {}
    for table in parse(page).xpath("//table[contains(@class, 'outcomes-latest')]"):
        period = table.xpath("string(caption)").rsplit(",", 1)[-1].strip()
        for row in table.xpath("tbody/tr"):
            cells = [" ".join(cell.text_content().split()) for cell in row.xpath("th|td")]
            programme = str(table.get("data-programme"))
            key = (programme, names[(programme, cells[0])], period)
            found[key] = (reading(cells[1]), cells[2], None, cells[3])
    return found


def outcome_export(rows: list[dict[str, Any]]) -> dict[tuple[str, str, str], Outcome]:
    """(programme, indicator, quarter) -> its figure, from the CSV's or the JSON's rows."""
    def text(value: Any) -> str:
        return "" if value is None else str(value)

    return {(row["programme"], row["indicator"], row["period"]): (
        ("hidden", 0) if text(row["responses"]) == "" else ("ge", int(row["responses"])),
        text(row["positive_share"]), text(row["partly_share"]),
        text(row["ci_low"]) + text(row["ci_high"])) for row in rows}


# The exact attacker -------------------------------------------------------------------------

class Constraints:
    """Integer variables with bounds and ``a <= b`` relations: a system of difference
    constraints, whose tightest bounds on any x_i - x_j shortest paths give exactly."""

    def __init__(self) -> None:
        self.bounds: dict[Any, tuple[int, int]] = {}
        self.order: set[tuple[Any, Any]] = set()

    def bound(self, var: Any, low: int, high: int) -> None:
        old_low, old_high = self.bounds.get(var, (0, INFINITY))
        self.bounds[var] = (max(low, old_low), min(high, old_high))

    def at_most(self, a: Any, b: Any) -> None:
        self.order.add((a, b))

    def pinned_differences(self) -> list[tuple[Any, Any, int]]:
        """Every pair (and every variable alone, against 0) whose difference has one value."""
        names = ["zero", *sorted(self.bounds, key=repr)]
        index = {name: i for i, name in enumerate(names)}
        n = len(names)
        far = [[0 if i == j else INFINITY for j in range(n)] for i in range(n)]
        for var, (low, high) in self.bounds.items():  # x - 0 <= high, 0 - x <= -low
            far[0][index[var]] = min(far[0][index[var]], high)
            far[index[var]][0] = min(far[index[var]][0], -low)
        for a, b in self.order:  # x_a - x_b <= 0: an edge b -> a of weight 0
            if a in index and b in index:
                far[index[b]][index[a]] = min(far[index[b]][index[a]], 0)
        for k, i, j in itertools.product(range(n), repeat=3):
            if far[i][k] + far[k][j] < far[i][j]:
                far[i][j] = far[i][k] + far[k][j]
        assert all(far[i][i] >= 0 for i in range(n)), "the captures contradict each other"
        pinned = []
        for i, j in itertools.combinations(range(n), 2):
            # max(x_j - x_i) = far[i][j]; min(x_j - x_i) = -far[j][i]
            if far[i][j] == -far[j][i]:
                pinned.append((names[i], names[j], far[i][j]))
        return pinned


def interval(shown: tuple[str, int], step: int) -> tuple[int, int]:
    kind, n = shown
    if kind == "ge":
        return n, n + step - 1
    if kind == "lt":
        return 0, n - 1
    if kind == "eq":
        return n, n
    return 0, INFINITY


# The state machine --------------------------------------------------------------------------

def month_before(first: dt.date) -> str:
    return (first - dt.timedelta(days=1)).strftime("%Y-%m")


def day_in_quarter_before(today: dt.date, back: int) -> dt.date:
    """Today (back 0), or the 10th day of the quarter ``back`` quarters before today's."""
    if back == 0:
        return today
    months = today.year * 12 + (today.month - 1) // 3 * 3 - 3 * back
    return dt.date(months // 12, months % 12 + 1, 10)


# Each survivor answers some of the indicator questions (skipping the others), in one sitting.
ANSWER_SETS = st.dictionaries(st.sampled_from(OUTCOME_QUESTIONS), st.sampled_from(OPTIONS),
                              min_size=1)


class Watching(RuleBasedStateMachine):
    world: ClassVar[dict[str, Any]] = {}

    @initialize(earlier=st.lists(st.tuples(st.integers(0, len(THEMES) - 1), st.booleans(),
                                           st.integers(1, 3)), max_size=40),
                helped=st.integers(0, 14),
                rated=st.lists(st.tuples(st.integers(1, 3),
                                         st.lists(ANSWER_SETS, min_size=1, max_size=12),
                                         st.booleans()), max_size=3))
    def start(self, earlier: list[tuple[int, bool, int]], helped: int,
              rated: list[tuple[int, list[dict[str, str]], bool]]) -> None:
        """An empty site, or one with feedback from the months before (so that themes are
        already large enough to show), some "did this help?" answers, and answers to the
        indicator questions in the quarters before (so that some are large enough to show)."""
        w = self.world
        self.app, self.clock = w["app"], w["clock"]
        self.clock.move_to(START)
        with self.app.app_context():
            session = db.session
            for model in (ChangeFeedback, ChangeEntryTheme, ChangeUpdate, ChangeEntry,
                          RoundPriority, BallotRank, Ballot, ReviewRound, ThemeLink, Answer,
                          Submission, Theme, FigureSnapshot):
                session.execute(delete(model))
            session.commit()
            self.theme_ids = [seed.theme(session, name).id for name in THEMES]
            session.commit()
            staff = session.get(Account, w["staff"])
            entry, _n = changelog.create_entry(session, staff, changelog.EntryText(
                title="Longer opening hours", programme_id=None, heard="We heard you.",
                did="We changed it."), status="done")
            changelog.link_themes(session, staff, entry.id, self.theme_ids)
            changelog.set_published(session, staff, entry.id, True)
            self.entry_id = entry.id
            self.round_id = board.open_round(session, title="Round", actor_id=w["staff"]).id
            self.alive: list[str] = []  # receipt keys of submissions not withdrawn
            first = START.date().replace(day=1)
            for theme, consented, months_ago in earlier:
                on = first
                for _ in range(months_ago):
                    on = (on - dt.timedelta(days=1)).replace(day=1)
                row = seed.submission(session, themes=[session.get(Theme, self.theme_ids[theme])],
                                      text=f"About {THEMES[theme]}.", board=consented,
                                      on=on + dt.timedelta(days=9))
                self.alive.append(row.receipt_key)
            session.commit()
        self.answered: set[str] = set()
        self.rated: list[str] = []  # receipt keys of the indicator answers not withdrawn
        for back, answer_sets, consented in rated:
            self.rate(back, answer_sets, consented)
        for key in self.alive[:helped]:
            self.answer_helped_by(key, "yes")
        self.closed: list[int] = []
        self.seen: dict[Any, tuple[dt.date, Any]] = {}  # capture key -> (month, numbers)
        self.frozen: dict[Any, Any] = {}  # closed rounds' priorities, forever
        self.board = Constraints()
        self.public = Constraints()
        self.tallies = Constraints()
        # One system per audience x programme x indicator x quarter, its variables the quarter's
        # responses as each month's snapshot counted them. Nothing ties two of them together (a
        # quarter's count rises with late answers and falls with withdrawals, and two
        # indicators are answered by different survivors), so apart they are exactly as tight.
        self.outcomes: dict[tuple[str, str, str, str], Constraints] = {}

    # Steps ----------------------------------------------------------------------------------

    @rule(theme=st.integers(0, len(THEMES) - 1), consented=st.booleans())
    def submit(self, theme: int, consented: bool) -> None:
        with self.app.app_context():
            found = db.session.get(Theme, self.theme_ids[theme])
            row = seed.submission(db.session, themes=[found], text=f"About {THEMES[theme]}.",
                                  board=consented, on=self.clock.today())
            db.session.commit()
            self.alive.append(row.receipt_key)

    @rule(back=st.integers(0, 3), answer_sets=st.lists(ANSWER_SETS, min_size=1, max_size=6),
          consented=st.booleans())
    def rate(self, back: int, answer_sets: list[dict[str, str]], consented: bool) -> None:
        """Survivors answer the indicator questions, received today or dated in an earlier
        quarter (as if it came late), so that quarters already shown can change."""
        on = day_in_quarter_before(self.clock.today(), back)
        with self.app.app_context():
            for choices in answer_sets:
                row = seed.ratings(db.session, programme=RATED, on=on, choices=choices,
                                   board=consented)
                self.rated.append(row.receipt_key)
            db.session.commit()

    @precondition(lambda self: self.alive or self.rated)
    @rule(pick=st.integers(0, 10**6))
    def withdraw(self, pick: int) -> None:
        place = pick % (len(self.alive) + len(self.rated))
        key = (self.alive.pop(place) if place < len(self.alive)
               else self.rated.pop(place - len(self.alive)))
        with self.app.app_context():
            withdraw_submission(db.session, receipt_key=key,
                                voter_secret=self.app.config["VOTER_KEY_SECRET"],
                                withdrawal_record=Path(self.app.config["WITHDRAWAL_RECORD"]))

    @precondition(lambda self: set(self.alive) - self.answered)
    @rule(pick=st.integers(0, 10**6), answer=st.sampled_from(["yes", "partly", "no"]))
    def answer_helped(self, pick: int, answer: str) -> None:
        # In the order they came, not by key: keys are random, and the steps must replay alike.
        open_keys = [key for key in self.alive if key not in self.answered]
        self.answer_helped_by(open_keys[pick % len(open_keys)], answer)

    def answer_helped_by(self, key: str, answer: str) -> None:
        with self.app.app_context():
            change_feedback.record_helped(db.session, secret=self.app.config["VOTER_KEY_SECRET"],
                                          receipt_key=key, entry_id=self.entry_id, answer=answer)
        self.answered.add(key)

    @rule()
    def next_day(self) -> None:
        self.clock.advance(dt.timedelta(days=1))

    @rule(hour=st.integers(0, 23))
    def next_month(self, hour: int) -> None:
        today = self.clock.today()
        first = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        self.clock.move_to(dt.datetime.combine(first, dt.time(hour), tzinfo=dt.UTC))

    @precondition(lambda self: len(self.closed) < 2)
    @rule(order=st.permutations(range(len(THEMES))))
    def board_ranks_and_the_round_closes(self, order: list[int]) -> None:
        w = self.world
        with self.app.app_context():
            snapshot = figure_snapshots.board_figures(db.session, k_min=K)
            visible = [v.theme_id for v in board.visible_themes(db.session, snapshot)]
            ranked = [self.theme_ids[i] for i in order if self.theme_ids[i] in visible]
            if ranked:
                for offset, member in enumerate(w["members"]):
                    turn = ranked[offset % len(ranked):] + ranked[:offset % len(ranked)]
                    board.cast_ballot(db.session, round_id=self.round_id, account_id=member,
                                      ranks={t: r for r, t in enumerate(turn, start=1)},
                                      k_min=K)
            board.close_round(db.session, round_id=self.round_id, actor_id=w["staff"], k_min=K)
            self.closed.append(self.round_id)
            self.round_id = board.open_round(db.session, title="Next round",
                                             actor_id=w["staff"]).id

    # What every audience sees after each step -------------------------------------------------

    def _captures(self) -> dict[Any, Any]:
        w = self.world
        member, staff, visitor = w["clients"]
        got: dict[Any, Any] = {}
        got["board themes"] = board_themes(
            member.get(f"/board/rounds/{self.round_id}").get_data(as_text=True))
        for round_id in self.closed:
            page = member.get(f"/board/rounds/{round_id}").get_data(as_text=True)
            got[("priorities", "board", round_id)] = points(table_rows(page, "priorities"))
            page = staff.get(f"/staff/rounds/{round_id}").get_data(as_text=True)
            got[("priorities", "staff", round_id)] = points(table_rows(page, "priorities"))
            export = staff.get(f"/staff/rounds/{round_id}/priorities.csv")
            rows = (list(csv.reader(io.StringIO(export.get_data(as_text=True))))[1:]
                    if export.status_code == 200 else [])
            got[("priorities", "csv", round_id)] = tuple(int(row[1]) for row in rows)
        # The open round's staff page shows no totals at all.
        page = staff.get(f"/staff/rounds/{self.round_id}").get_data(as_text=True)
        got["open round totals"] = points(table_rows(page, "priorities"))
        got["public themes"] = public_list(visitor.get("/themes").get_data(as_text=True),
                                           "What people tell us about")
        page = visitor.get(f"/changes/{self.entry_id}").get_data(as_text=True)
        got["public heard"] = public_list(page, "What we heard")
        got["public tally"] = public_list(page, "Did this help?")
        # The list and the feed show no numbers: all of them must stay as they are (but for
        # the CSRF token of the language form, which is signed afresh for every page).
        page = visitor.get("/changes").get_data(as_text=True)
        got["public changes"] = page.replace(csrf_token(page), "")
        got["public feed"] = visitor.get("/changes.atom").get_data(as_text=True)
        got.update(self._outcome_captures())
        return got

    def _outcome_captures(self) -> dict[Any, Any]:
        member, _staff, visitor = self.world["clients"]
        names = self.world["indicator names"]

        def page(client: Any, path: str) -> str:
            response = client.get(path)
            assert response.status_code == 200, path
            return response.get_data(as_text=True)

        export = page(visitor, "/outcomes.csv")
        return {
            ("outcomes", "public", "overview"): outcome_overview(page(visitor, "/outcomes"),
                                                                 names),
            ("outcomes", "public", "programme"): outcome_programme_page(
                page(visitor, f"/outcomes?programme={RATED}")),
            ("outcomes", "public", "csv"): outcome_export(
                list(csv.DictReader(io.StringIO(export)))),
            ("outcomes", "public", "json"): outcome_export(
                visitor.get("/outcomes.json").get_json()["rows"]),
            ("outcomes", "board", "overview"): outcome_overview(page(member, "/board/outcomes"),
                                                                names),
            ("outcomes", "board", "programme"): outcome_programme_page(
                page(member, f"/board/outcomes?programme={RATED}")),
        }

    @invariant()
    def nothing_small_can_be_worked_out(self) -> None:
        month = self.clock.today().replace(day=1)
        got = self._captures()
        self._same_within_the_month(month, got)
        self._steps(got)
        self._attacker(month, got)

    def _same_within_the_month(self, month: dt.date, got: dict[Any, Any]) -> None:
        for key, numbers in got.items():
            if isinstance(key, tuple) and key[0] == "priorities":
                assert self.frozen.setdefault(key, numbers) == numbers, f"{key} changed"
            seen_month, seen = self.seen.get(key, (None, None))
            if seen_month == month:
                assert numbers == seen, f"{key} changed within {month}"
            self.seen[key] = (month, numbers)
        assert got["open round totals"] == ()

    def _steps(self, got: dict[Any, Any]) -> None:
        for name, (count, trend) in got["board themes"].items():
            for kind, n in [count, *(shown for _month, shown in trend)]:
                assert kind in ("ge", "lt", "eq"), (name, kind)
                assert n % K == 0 and n >= K, (name, kind, n)
                if kind == "lt":
                    assert n == K
        for key in ("public themes", "public heard", "public tally"):
            for name, (kind, n) in got[key].items():
                assert n % PUBLIC_STEP == 0 and n >= PUBLIC_MIN, (key, name, kind, n)
                if kind == "lt":
                    assert n == PUBLIC_MIN
        for key, figures in got.items():
            if isinstance(key, tuple) and key[0] == "outcomes":
                self._outcome_steps(key, figures)

    @staticmethod
    def _outcome_steps(key: tuple[str, ...], figures: dict[Any, Outcome]) -> None:
        step, minimum = (K, K) if key[1] == "board" else (PUBLIC_STEP, PUBLIC_MIN)
        # Every view shows the indicators that are rated (among the rated programme's others):
        # an empty capture would pass.
        assert {question for slug, question, _period in figures if slug == RATED} \
            >= set(OUTCOME_QUESTIONS), key
        for where, ((kind, n), share, partly, interval) in figures.items():
            if kind == "hidden":  # suppressed: nothing but its status
                assert (share, partly or "", interval) == ("", "", ""), (key, where)
            else:
                assert kind == "ge" and n % step == 0 and n >= minimum, (key, where, kind, n)
                assert share and interval, (key, where)

    def _attacker(self, month: dt.date, got: dict[Any, Any]) -> None:
        last = month_before(month)
        for name, (count, trend) in got["board themes"].items():
            self.board.bound((name, month, last), *interval(count, K))
            shown = sorted(trend)
            for at, value in shown:
                self.board.bound((name, month, at), *interval(value, K))
            for (a, _v), (b, _w) in itertools.pairwise(shown):
                self.board.at_most((name, month, a), (name, month, b))
        # A closed month's count can only fall from one snapshot to the next.
        for (n1, s1, m1), (n2, s2, m2) in itertools.permutations(self.board.bounds, 2):
            if n1 == n2 and m1 == m2 and s1 < s2:
                self.board.at_most((n2, s2, m2), (n1, s1, m1))
        for key in ("public themes", "public heard"):
            for name, value in got[key].items():
                self.public.bound((name, month), *interval(value, PUBLIC_STEP))
        for name, value in got["public tally"].items():
            self.tallies.bound((name, month), *interval(value, PUBLIC_STEP))
        for key, figures in got.items():
            if isinstance(key, tuple) and key[0] == "outcomes":
                step, minimum = (K, K) if key[1] == "board" else (PUBLIC_STEP, PUBLIC_MIN)
                for (slug, question, period), (shown, *_rest) in figures.items():
                    low, high = ((0, minimum - 1) if shown[0] == "hidden"
                                 else interval(shown, step))
                    self.outcomes.setdefault((key[1], slug, question, period),
                                             Constraints()).bound(month, low, high)
        systems = [(self.board, K), (self.public, PUBLIC_MIN), (self.tallies, PUBLIC_MIN),
                   *((system, K if audience == "board" else PUBLIC_MIN)
                     for (audience, *_where), system in self.outcomes.items())]
        for system, small in systems:
            for a, b, value in system.pinned_differences():
                assert abs(value) >= small, f"{a} and {b} differ by exactly {value}"


def _world(app: Any, clock: FixedClock) -> dict[str, Any]:
    staff = add_person(app, "admin", "sam@example.org")
    members = [add_person(app, "board", email) for email in BOARD]
    clients = (signed_in(app, BOARD[0]), signed_in(app, "sam@example.org"), app.test_client())
    with app.app_context():
        # (programme slug, shown name) -> question key: names repeat across surveys
        names = {(programme.slug, indicator.name("en")): indicator.question
                 for programme in db.session.scalars(select(Programme))
                 for indicator in indicators(catalogue(), programme.survey_key)}
    return {"app": app, "clock": clock, "staff": staff, "members": members, "clients": clients,
            "indicator names": names}


def _app(database_url: str) -> tuple[Any, FixedClock]:
    clock = FixedClock(START)
    # Sessions that outlive the months the machine walks through.
    app = make_app(database_url, K_MIN=K, CLOCK=clock, SESSION_IDLE_MINUTES=10**7,
                   SESSION_MAX_HOURS=10**6)
    return app, clock


def _run(database_url: str, examples: int, steps: int) -> None:
    app, clock = _app(database_url)
    try:
        Watching.world.update(_world(app, clock))
        run_state_machine_as_test(Watching, settings=settings(
            max_examples=examples, stateful_step_count=steps, deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))
    finally:
        Watching.world.clear()
        with app.app_context():
            db.session.remove()
            db.engine.dispose()


def test_watching_every_page_over_time_gives_away_no_small_count(sqlite_url):
    _run(sqlite_url, examples=9, steps=30)


@pytest.mark.postgres
def test_watching_every_page_over_time_on_postgresql(pg_database_url):
    _run(pg_database_url, examples=2, steps=20)


def test_the_attacker_finds_a_count_pinned_by_exact_numbers():
    # Given shown numbers that are exact (today's trap: 6, then 7 after one more)
    system = Constraints()
    system.bound("before", 6, 6)
    system.bound("after", 7, 7)
    # Then the attacker pins the difference, 1: the check can fail
    assert ("after", "before", -1) in system.pinned_differences() or (
        "before", "after", 1) in system.pinned_differences()


def test_the_attacker_finds_nothing_in_floors_of_a_growing_count():
    # Given "3 or more" twice, then "6 or more", of a count that only grows (K = 3)
    system = Constraints()
    for name, floor in (("a", 3), ("b", 3), ("c", 6)):
        system.bound(name, floor, floor + K - 1)
    system.at_most("a", "b")
    system.at_most("b", "c")
    # Then no count and no difference has a single value
    assert system.pinned_differences() == []
