"""Concurrent survivors through the whole web flow, against a bare insert endpoint, in one run.

Run: python tests/bench/submit_load.py [--clients 8] [--seconds 20]
For SQLite and PostgreSQL: gunicorn with 2 workers serves the app; N threads each send feedback
through every step (language, before you start, consent, each survey page, preview, send) for a
fixed time. Then the same N threads hammer a bare Flask + SQLAlchemy endpoint that inserts one row,
on the same kind of database. Prints submissions/s, p50/p95 latency of a whole submission, 5xx
count, and our throughput as a ratio of the baseline's.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.servers import (
    HttpSurvivor,
    app_env,
    gunicorn,
    postgresql,
    prepare_database,
)


def drive(clients: int, seconds: float, one: Callable[[], int]) -> dict[str, float]:
    """Run `one` (returns its count of 5xx responses) in N threads for `seconds`."""
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    end = time.monotonic() + seconds

    def loop() -> None:
        while time.monotonic() < end:
            start = time.monotonic()
            try:
                server_errors = one()
            except requests.HTTPError as error:
                status = error.response.status_code if error.response is not None else 0
                server_errors = int(status >= 500)
            except requests.RequestException:
                server_errors = 1
            with lock:
                errors[0] += server_errors
                if not server_errors:
                    latencies.append(time.monotonic() - start)

    threads = [threading.Thread(target=loop) for _ in range(clients)]
    began = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - began
    latencies.sort()
    q = statistics.quantiles(latencies, n=20) if len(latencies) >= 20 else [float("nan")] * 19
    return {"done": len(latencies), "per_s": len(latencies) / elapsed,
            "p50_ms": statistics.median(latencies) * 1000 if latencies else float("nan"),
            "p95_ms": q[18] * 1000, "errors_5xx": errors[0]}


def our_flow(base: str) -> Callable[[], int]:
    def one() -> int:
        HttpSurvivor(base).submit("The night staff were kind, but call 07700 900 123 is wrong.")
        return 0
    return one


def baseline(base: str) -> Callable[[], int]:
    http = threading.local()

    def one() -> int:
        if not hasattr(http, "session"):
            http.session = requests.Session()
        response = http.session.post(f"{base}/insert", timeout=60)
        return int(response.status_code >= 500)
    return one


def run_backend(name: str, url: str, clients: int, seconds: float) -> None:
    env = app_env(url)
    prepare_database(env)
    with gunicorn("feedback_app:create_app()", env) as (base, _):
        HttpSurvivor(base).submit("warm up")
        ours = drive(clients, seconds, our_flow(base))
    with gunicorn("tests.bench.baseline_app:create_app()", env) as (base, _):
        requests.post(f"{base}/insert", timeout=60)
        bare = drive(clients, seconds, baseline(base))
    print(f"{name:10} ours     : {ours['done']:6.0f} submissions, {ours['per_s']:7.1f}/s, "
          f"p50 {ours['p50_ms']:7.1f} ms, p95 {ours['p95_ms']:7.1f} ms, 5xx {ours['errors_5xx']}")
    print(f"{name:10} baseline : {bare['done']:6.0f} inserts,     {bare['per_s']:7.1f}/s, "
          f"p50 {bare['p50_ms']:7.1f} ms, p95 {bare['p95_ms']:7.1f} ms, 5xx {bare['errors_5xx']}")
    print(f"{name:10} ratio    : ours / baseline = {ours['per_s'] / bare['per_s']:.3f} "
          f"(a whole submission is ~14 requests plus one argon2id derivation)")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20)
    args = parser.parse_args()
    print(f"{args.clients} concurrent clients, {args.seconds:.0f} s each, gunicorn -w 2")
    folder = Path(tempfile.mkdtemp(prefix="sv-load-"))
    try:
        run_backend("sqlite", f"sqlite:///{folder / 'sv.sqlite3'}", args.clients, args.seconds)
        with postgresql() as url:
            run_backend("postgresql", url, args.clients, args.seconds)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
