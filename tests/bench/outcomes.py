"""How long the outcome pages take on years of feedback, beside a bare count of the same rows.

Run: python tests/bench/outcomes.py [--submissions 100000] [--rounds 15] [--backend sqlite]
On SQLite and on a durable throwaway PostgreSQL cluster, it writes ten shelter programmes and
their submissions over three years straight into the tables (each with the survey's three
indicator answers and one other choice answer), then times, in turns within one run, the public
page (all programmes and one), its CSV, and the staff page by quarter and by month through the
Flask test client, the month's snapshot deleted before each public request so that every one
counts afresh, beside a bare ``SELECT count(*)`` of the indicator answers joined to their
submissions. It prints p50 and p95 of each and their ratio to the count's, the number of SQL
statements each page runs with 1 % of the rows and with all of them (exit 1 if it grew), and the
database's plan of the grouped query.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import sqlalchemy as sa
from flask import Flask

from feedback_app import create_app
from feedback_app.clock import FixedClock
from feedback_app.extensions import db
from feedback_app.models import Answer, FigureSnapshot, Programme, Submission
from feedback_app.providers import catalogue
from feedback_app.services.programmes import add_programme
from tests.apps import config_for_tests, upgrade_schema
from tests.bench.servers import postgresql
from tests.people import add_person, signed_in

TODAY = dt.datetime(2031, 5, 20, 9, 0, tzinfo=dt.UTC)
YEARS = 3
PROGRAMMES = 10
INDICATORS = ("felt_safe", "respected", "stable_housing")
OTHER_CHOICE = "got_what_needed"  # a choice question that is no indicator: the query skips it
BATCH_SUBMISSIONS = 5_000
WARM_UP_ROUNDS = 1
STAFF_EMAIL = "bench-admin@example.org"
PAGES = {
    "public /outcomes": "/outcomes",
    "public /outcomes?programme=": "/outcomes?programme=shelter-01",
    "public /outcomes.csv": "/outcomes.csv",
    "staff /staff/outcomes (quarter)": "/staff/outcomes",
    "staff /staff/outcomes?by=month": "/staff/outcomes?by=month",
}
BASELINE = "bare SELECT count(*)"


def slug(number: int) -> str:
    return f"shelter-{number:02d}"


def _answer(rng: random.Random, p_yes: float) -> str:
    draw = rng.random()
    return "yes" if draw < p_yes else "partly" if draw < p_yes + (1 - p_yes) / 2 else "no"


def insert_submissions(app: Flask, rng: random.Random, first: int, count: int) -> None:
    """``count`` submissions numbered from ``first``, spread over three years before TODAY, with
    shares that differ by programme and move over time; rows written in batches, not one by one."""
    days = YEARS * 365
    with app.app_context():
        programme_ids = db.session.scalars(
            sa.select(Programme.id).where(Programme.slug.like("shelter-%"))
            .order_by(Programme.slug)).all()
        for start in range(first, first + count, BATCH_SUBMISSIONS):
            submissions: list[dict[str, Any]] = []
            answers: list[dict[str, Any]] = []
            for number in range(start, min(start + BATCH_SUBMISSIONS, first + count)):
                place = number % len(programme_ids)
                back = rng.randrange(days)
                p_yes = 0.35 + 0.04 * place + 0.15 * (days - back) / days
                submission_id = rng.getrandbits(62) + 1
                submissions.append({
                    "id": submission_id, "programme_id": programme_ids[place],
                    "survey_key": "shelter", "survey_version": 1, "language": "en",
                    "channel": "web", "received_on": TODAY.date() - dt.timedelta(days=back + 1),
                    "status": "received", "consent_staff": True,
                    "consent_board": rng.random() < 0.7, "consent_quote": False,
                    "hidden": rng.random() < 0.01, "receipt_key": f"bench-{number}"})
                for position, question in enumerate((*INDICATORS, OTHER_CHOICE), start=1):
                    answers.append({
                        "id": rng.getrandbits(62) + 1, "submission_id": submission_id,
                        "position": position, "question_key": question,
                        "choice": _answer(rng, p_yes), "quote_approved": False})
            db.session.execute(sa.insert(Submission.__table__), submissions)
            db.session.execute(sa.insert(Answer.__table__), answers)
            db.session.commit()
        if db.engine.dialect.name == "postgresql":
            # Autovacuum would gather the new rows' statistics within a minute or so; without
            # them the planner takes the tables for empty and the run would time that minute.
            with db.engine.connect() as connection:
                connection.execute(sa.text("ANALYZE submission, answer"))
                connection.commit()


def bench_app(url: str) -> Flask:
    upgrade_schema(url)
    app = create_app(config_for_tests(url, CLOCK=FixedClock(TODAY)))
    with app.app_context():
        for number in range(1, PROGRAMMES + 1):
            add_programme(db.session, catalogue(), slug=slug(number),
                          name=f"Shelter {number:02d}", survey_key="shelter")
    add_person(app, "admin", STAFF_EMAIL)
    return app


def count_baseline(app: Flask) -> Callable[[], int]:
    """The bare count of the rows every page's grouped query reads."""
    query = (sa.select(sa.func.count()).select_from(Answer)
             .join(Submission, Answer.submission_id == Submission.id)
             .where(Answer.question_key.in_(INDICATORS), Answer.choice.is_not(None)))

    def run() -> int:
        with app.app_context(), db.engine.connect() as connection:
            return int(connection.execute(query).scalar_one())
    return run


def clear_snapshots(app: Flask) -> None:
    with app.app_context():
        db.session.execute(sa.delete(FigureSnapshot))
        db.session.commit()


@contextmanager
def statements_of(app: Flask) -> Iterator[list[tuple[str, Any]]]:
    """Every SQL statement the engine sends while inside, with its parameters."""
    seen: list[tuple[str, Any]] = []

    def count(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_args: Any) -> None:
        seen.append((statement, parameters))

    with app.app_context():
        engine = db.engine
    sa.event.listen(engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        sa.event.remove(engine, "before_cursor_execute", count)


def requester(app: Flask) -> Callable[[str, str], None]:
    """GET a page as the visitor or as a signed-in admin; anything but 200 stops the run."""
    visitor, staff = app.test_client(), signed_in(app, STAFF_EMAIL)

    def get(name: str, path: str) -> None:
        response = (staff if name.startswith("staff") else visitor).get(path)
        if response.status_code != 200:
            raise RuntimeError(f"{path} answered {response.status_code}")
    return get


def timed(app: Flask, get: Callable[[str, str], None], name: str, path: str) -> float:
    """One request's time in seconds; the month's snapshots are deleted before it, untimed, so
    that a public page counts afresh instead of reading the stored figures."""
    clear_snapshots(app)
    start = time.perf_counter()
    get(name, path)
    return time.perf_counter() - start


def statement_counts(app: Flask) -> dict[str, int]:
    get = requester(app)
    counts = {}
    for name, path in PAGES.items():
        clear_snapshots(app)
        with statements_of(app) as seen:
            get(name, path)
        counts[name] = len(seen)
    return counts


def grouped_plan(app: Flask) -> list[str]:
    """The database's plan of the one grouped query behind the public page."""
    clear_snapshots(app)
    with statements_of(app) as seen:
        app.test_client().get("/outcomes")
    statement, parameters = next((s, p) for s, p in seen if "GROUP BY" in s and "answer" in s)
    with app.app_context(), db.engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
            return [str(row[-1]) for row in rows]
        rows = connection.exec_driver_sql(f"EXPLAIN {statement}", parameters)
        return [str(row[0]) for row in rows]


def timings(app: Flask, rounds: int) -> dict[str, list[float]]:
    get = requester(app)
    baseline = count_baseline(app)
    names = [*PAGES, BASELINE]
    times: dict[str, list[float]] = {name: [] for name in names}
    for turn in range(WARM_UP_ROUNDS + rounds):
        # Each round in another order, so no page always runs just after the same one.
        order = names[turn % len(names):] + names[:turn % len(names)]
        for name in order:
            if name == BASELINE:
                start = time.perf_counter()
                baseline()
                took = time.perf_counter() - start
            else:
                took = timed(app, get, name, PAGES[name])
            if turn >= WARM_UP_ROUNDS:
                times[name].append(took)
    return times


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def run_backend(label: str, url: str, args: argparse.Namespace) -> bool:
    rng = random.Random(16)
    app = bench_app(url)
    small = args.submissions // 100
    insert_submissions(app, rng, 0, small)
    few = statement_counts(app)
    start = time.perf_counter()
    insert_submissions(app, rng, small, args.submissions - small)
    loaded = time.perf_counter() - start
    many = statement_counts(app)
    rows = count_baseline(app)()
    print(f"\n== {label}: {args.submissions:,} submissions over {YEARS} years, {PROGRAMMES} "
          f"programmes, {rows:,} indicator answers (rest written in {loaded:.1f} s)")
    print(f"{'statements per page':34} {f'{small:,} subm.':>12} "
          f"{f'{args.submissions:,} subm.':>14}")
    for name in PAGES:
        print(f"{name:34} {few[name]:12d} {many[name]:14d}")
    print("plan of the grouped query:")
    for line in grouped_plan(app):
        print(f"    {line}")
    times = timings(app, args.rounds)
    base50, base95 = statistics.median(times[BASELINE]), p95(times[BASELINE])
    print(f"{'':34} {'p50 ms':>9} {'p95 ms':>9} {'p50 / count':>12} {'p95 / count':>12}")
    for name, values in times.items():
        p50 = statistics.median(values)
        print(f"{name:34} {p50 * 1000:9.1f} {p95(values) * 1000:9.1f} {p50 / base50:12.1f} "
              f"{p95(values) / base95:12.1f}")
    with app.app_context():
        db.session.remove()
        db.engine.dispose()
    grew = [name for name in PAGES if many[name] != few[name]]
    for name in grew:
        print(f"FAIL {name}: {few[name]} statements with {small:,} submissions, "
              f"{many[name]} with {args.submissions:,}")
    return not grew


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--submissions", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=15, help="timed requests per page")
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    args = parser.parse_args()
    print(f"{os.cpu_count()} CPUs; {args.rounds} timed rounds after {WARM_UP_ROUNDS} warm-up "
          "rounds, pages and the count in turns; public snapshots deleted before each request")
    fine = True
    if args.backend in ("sqlite", "both"):
        folder = Path(tempfile.mkdtemp(prefix="sv-outcomes-"))
        try:
            fine &= run_backend("SQLite", f"sqlite:///{folder / 'sv.sqlite3'}", args)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    if args.backend in ("postgresql", "both"):
        with postgresql() as url:
            fine &= run_backend("PostgreSQL", url, args)
    return 0 if fine else 1


if __name__ == "__main__":
    raise SystemExit(main())
