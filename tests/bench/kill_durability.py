"""No acknowledged submission is lost: SIGKILL the server in the middle of concurrent submissions.

Run: python tests/bench/kill_durability.py [--rounds 10] [--clients 6]
Each round starts gunicorn (2 workers) on one SQLite file (WAL, synchronous=FULL), lets several
survivors submit at once, kills the whole server with SIGKILL at a random moment, restarts it, and
checks that every receipt a client received opens at /r and that no submission is half-written
(every stored submission has all the answers its survivor gave). Prints receipts issued, resolved,
lost.
"""

from __future__ import annotations

import argparse
import random
import shutil
import signal
import sqlite3
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.servers import (
    HttpSurvivor,
    app_env,
    gunicorn,
    prepare_database,
    with_group,
)

APP = "feedback_app:create_app()"


def submit_until_killed(base: str, receipts: list[tuple[str, int]], stop: threading.Event,
                        lock: threading.Lock) -> None:
    while not stop.is_set():
        try:
            receipt = HttpSurvivor(base).submit("The night staff were kind; the food was cold.")
        except Exception:
            return
        with lock:
            receipts.append(receipt)


def one_round(env: dict[str, str], clients: int, rng: random.Random) -> tuple[list, float]:
    receipts: list[tuple[str, int]] = []
    stop, lock = threading.Event(), threading.Lock()
    with gunicorn(APP, env) as (base, pgid):
        threads = [threading.Thread(target=submit_until_killed, args=(base, receipts, stop, lock))
                   for _ in range(clients)]
        for t in threads:
            t.start()
        delay = rng.uniform(1.0, 4.0)
        time.sleep(delay)
        with_group(pgid, signal.SIGKILL)  # the whole server, mid-request
        stop.set()
        for t in threads:
            t.join(60)
    return receipts, delay


def half_written(database: Path, expected_answers: int) -> int:
    with sqlite3.connect(database) as conn:
        rows = conn.execute("SELECT s.id, COUNT(a.id) FROM submission s LEFT JOIN answer a "
                            "ON a.submission_id = s.id GROUP BY s.id").fetchall()
    return sum(1 for _, n in rows if n != expected_answers)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--clients", type=int, default=6)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    folder = Path(tempfile.mkdtemp(prefix="sv-kill-"))
    database = folder / "sv.sqlite3"
    env = app_env(f"sqlite:///{database}")
    prepare_database(env)
    issued = resolved = lost = 0
    answers_per_submission = None
    try:
        for n in range(1, args.rounds + 1):
            receipts, delay = one_round(env, args.clients, rng)
            with gunicorn(APP, env) as (base, _pgid):
                checker = HttpSurvivor(base)
                ok = sum(1 for code, _ in receipts if checker.opens(code))
            for _, given in receipts:
                answers_per_submission = given
            broken = half_written(database, answers_per_submission or 0) if receipts else 0
            issued += len(receipts)
            resolved += ok
            lost += len(receipts) - ok
            print(f"round {n:2d}: killed after {delay:.2f} s; receipts issued {len(receipts)}, "
                  f"resolved {ok}, lost {len(receipts) - ok}; half-written submissions {broken}")
            if broken:
                lost += broken
        with sqlite3.connect(database) as conn:
            stored = conn.execute("SELECT COUNT(*) FROM submission").fetchone()[0]
        print(f"total: {args.rounds} rounds, receipts issued {issued}, resolved {resolved}, "
              f"lost {lost}; submissions stored {stored} (a kill can land after the commit and "
              f"before the receipt reached the client, so stored >= issued)")
        return 0 if lost == 0 and issued > 0 else 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
