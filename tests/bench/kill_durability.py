"""No acknowledged submission is lost: SIGKILL the server in the middle of concurrent submissions.

Run: python tests/bench/kill_durability.py [--rounds 10] [--clients 6] [--only sqlite|stack]
- sqlite: gunicorn (2 workers) on one SQLite file (WAL, synchronous=FULL), plain HTTP;
- stack: as deployed, the kit's nginx with TLS in front of 4 gunicorn workers on a durable
  PostgreSQL with Redis limits (tests/bench/stack.py); only gunicorn is killed, as a crash would.
Each round lets several survivors submit at once, kills every gunicorn process with SIGKILL at a
random moment, starts it again, and checks that every receipt a client received opens at /r and
that no submission is half-written (every stored submission has all the answers its survivor
gave). Prints receipts issued, resolved, lost. Exits 1 if any was lost.
"""

from __future__ import annotations

import argparse
import random
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.servers import (
    HttpSurvivor,
    app_env,
    gunicorn,
    prepare_database,
    with_group,
)
from tests.bench.stack import HOSTNAME, benchmark_stack

APP = "feedback_app:create_app()"
TEXT = "the night staff were kind; the food was cold and nobody called my lawyer back"


@dataclass
class Target:
    """A running server that can be killed and started again."""

    survivor: Callable[[], HttpSurvivor]
    kill: Callable[[], None]
    start: Callable[[], None]
    database_url: str


def submit_until_killed(target: Target, receipts: list[tuple[str, int]], stop: threading.Event,
                        lock: threading.Lock) -> None:
    while not stop.is_set():
        try:
            receipt = target.survivor().submit(TEXT)
        except Exception:
            return
        with lock:
            receipts.append(receipt)


def one_round(target: Target, clients: int, rng: random.Random) -> tuple[list, float]:
    receipts: list[tuple[str, int]] = []
    stop, lock = threading.Event(), threading.Lock()
    threads = [threading.Thread(target=submit_until_killed, args=(target, receipts, stop, lock))
               for _ in range(clients)]
    for t in threads:
        t.start()
    delay = rng.uniform(1.0, 4.0)
    time.sleep(delay)
    target.kill()  # every worker, mid-request
    stop.set()
    for t in threads:
        t.join(60)
    target.start()
    return receipts, delay


def half_written(database_url: str, expected_answers: int) -> tuple[int, int]:
    """(stored submissions, those without all their answers)."""
    engine = sqlalchemy.create_engine(database_url)
    with engine.connect() as conn:
        rows = conn.execute(sqlalchemy.text(
            "SELECT s.id, COUNT(a.id) FROM submission s LEFT JOIN answer a "
            "ON a.submission_id = s.id GROUP BY s.id")).all()
    engine.dispose()
    return len(rows), sum(1 for _, n in rows if n != expected_answers)


@contextmanager
def sqlite_target(folder: Path) -> Iterator[Target]:
    url = f"sqlite:///{folder / 'sv.sqlite3'}"
    env = app_env(url)
    prepare_database(env)
    server = ExitStack()
    running: dict[str, str | int] = {}

    def start() -> None:
        base, pgid = server.enter_context(gunicorn(APP, env))
        running.update(base=base, pgid=pgid)

    def kill() -> None:
        with_group(int(running["pgid"]), signal.SIGKILL)
        server.close()  # reaps the killed processes

    start()
    with server:
        yield Target(lambda: HttpSurvivor(str(running["base"])), kill, start, url)


@contextmanager
def stack_target(folder: Path) -> Iterator[Target]:
    with benchmark_stack(folder) as stack:
        def survivor() -> HttpSurvivor:
            return HttpSurvivor(stack.loopback_url, host=f"{HOSTNAME}:{stack.port}",
                                verify=str(stack.certificate))

        yield Target(survivor, stack.kill_app, stack.start_app, stack.env["SV_DATABASE_URL"])


def run(name: str, target: Target, rounds: int, clients: int, rng: random.Random) -> int:
    issued = resolved = lost = 0
    answers_per_submission = 0
    for n in range(1, rounds + 1):
        receipts, delay = one_round(target, clients, rng)
        checker = target.survivor()
        ok = sum(1 for code, _ in receipts if checker.opens(code))
        for _, given in receipts:
            answers_per_submission = given
        _, broken = half_written(target.database_url, answers_per_submission)
        issued += len(receipts)
        resolved += ok
        lost += len(receipts) - ok + broken
        print(f"{name} round {n:2d}: killed after {delay:.2f} s; receipts issued {len(receipts)}, "
              f"resolved {ok}, lost {len(receipts) - ok}; half-written submissions {broken}")
    stored, _ = half_written(target.database_url, answers_per_submission)
    print(f"{name} total: {rounds} rounds, receipts issued {issued}, resolved {resolved}, "
          f"lost {lost}; submissions stored {stored} (a kill can land after the commit and "
          f"before the receipt reached the client, so stored >= issued)")
    return 0 if lost == 0 and issued > 0 else 1


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--clients", type=int, default=6)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--only", choices=("sqlite", "stack"))
    args = parser.parse_args()
    rng = random.Random(args.seed)
    folder = Path(tempfile.mkdtemp(prefix="sv-kill-"))
    failed = 0
    try:
        if args.only in (None, "sqlite"):
            (folder / "sqlite").mkdir()
            with sqlite_target(folder / "sqlite") as target:
                failed |= run("sqlite", target, args.rounds, args.clients, rng)
        if args.only in (None, "stack"):
            (folder / "stack").mkdir()
            with stack_target(folder / "stack") as target:
                failed |= run("stack", target, args.rounds, args.clients, rng)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return failed


if __name__ == "__main__":
    raise SystemExit(main())
