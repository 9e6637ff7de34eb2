"""Concurrent survivors through the whole web flow, against a baseline, side by side in one run.

Run: python tests/bench/submit_load.py [--clients 8] [--seconds 20] [--only sqlite|stack]
Two set-ups:
- sqlite: the embedded default, gunicorn with 2 workers on one SQLite file, plain HTTP;
- stack: as deployed, the kit's nginx with TLS in front of 4 gunicorn workers on a durable
  PostgreSQL, rate limits in Redis (tests/bench/stack.py).
N threads each send feedback through every step (language, before you start, consent, each
survey page, preview, send) for a fixed time. Then, on the same set-up, the same N threads run
the baseline (tests/bench/baseline_app.py): as many requests as one submission makes, the last
deriving the same argon2id key and inserting one row. Prints submissions/s, p50/p95 latency of a
whole submission, errors counted (5xx, refused connections, and anything but a receipt), and our
throughput as a ratio of the baseline's.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.servers import (
    HttpSurvivor,
    app_env,
    gunicorn,
    prepare_database,
)
from tests.bench.stack import HOSTNAME, benchmark_stack

BASELINE = "tests.bench.baseline_app:create_app()"
TEXT = "the night staff were kind, but mr adebayo okafor said call 0803 555 0147 or leave."


def drive(clients: int, seconds: float, one: Callable[[], int]) -> dict[str, float]:
    """Run `one` (returns how many of its requests failed) in N threads for `seconds`.

    Every failure counts: a 4xx or 5xx, a refused or dropped connection, a page without a receipt.
    """
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    end = time.monotonic() + seconds

    def loop() -> None:
        while time.monotonic() < end:
            start = time.monotonic()
            try:
                failed = one()
            except (requests.RequestException, RuntimeError):
                failed = 1
            with lock:
                errors[0] += failed
                if not failed:
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
            "p95_ms": q[18] * 1000, "errors": errors[0]}


class Site:
    """Where clients connect, and how (Host header and certificate for the stack)."""

    def __init__(self, base: str, host: str | None = None, verify: str | bool = True) -> None:
        self.base, self.host, self.verify = base, host, verify

    def survivor(self) -> HttpSurvivor:
        return HttpSurvivor(self.base, host=self.host, verify=self.verify)

    def session(self) -> requests.Session:
        http = requests.Session()
        http.trust_env, http.verify = False, self.verify
        if self.host:
            http.headers["Host"] = self.host
        return http


def requests_per_submission(site: Site) -> int:
    """Sends one submission and counts its requests (redirects included)."""
    survivor = site.survivor()
    count = [0]
    survivor.http.hooks["response"].append(lambda response, **_: count.__setitem__(0, count[0] + 1))
    survivor.submit(TEXT)
    return count[0]


def our_flow(site: Site) -> Callable[[], int]:
    def one() -> int:
        site.survivor().submit(TEXT)  # raises unless a receipt is on the page
        return 0
    return one


def baseline(site: Site, per_submission: int) -> Callable[[], int]:
    local = threading.local()

    def one() -> int:
        if not hasattr(local, "http"):
            local.http = site.session()
        errors = 0
        for n in range(per_submission - 1):
            method = local.http.get if n % 2 == 0 else local.http.post
            errors += int(method(f"{site.base}/step", timeout=60).status_code >= 400)
        response = local.http.post(f"{site.base}/insert", timeout=60)
        return errors + int(response.status_code != 201 or len(response.text) != 20)
    return one


def report(name: str, ours: dict[str, float], bare: dict[str, float], requests_each: int) -> None:
    print(f"{name:7} ours     : {ours['done']:6.0f} submissions, {ours['per_s']:7.2f}/s, "
          f"p50 {ours['p50_ms']:7.1f} ms, p95 {ours['p95_ms']:7.1f} ms, errors {ours['errors']}")
    print(f"{name:7} baseline : {bare['done']:6.0f} submissions, {bare['per_s']:7.2f}/s, "
          f"p50 {bare['p50_ms']:7.1f} ms, p95 {bare['p95_ms']:7.1f} ms, errors {bare['errors']}")
    print(f"{name:7} ratio    : ours / baseline = {ours['per_s'] / bare['per_s']:.3f} "
          f"({requests_each} requests and one argon2id derivation per submission, both)")


def run_sqlite(folder: Path, clients: int, seconds: float) -> None:
    env = app_env(f"sqlite:///{folder / 'sv.sqlite3'}")
    prepare_database(env)
    with gunicorn("feedback_app:create_app()", env) as (base, _):
        site = Site(base)
        each = requests_per_submission(site)
        ours = drive(clients, seconds, our_flow(site))
    with gunicorn(BASELINE, env) as (base, _):
        site = Site(base)
        baseline(site, each)()
        bare = drive(clients, seconds, baseline(site, each))
    report("sqlite", ours, bare, each)


@contextmanager
def stack(folder: Path, app: str) -> Iterator[Site]:
    with benchmark_stack(folder, app) as running:
        yield Site(running.loopback_url, f"{HOSTNAME}:{running.port}", str(running.certificate))


def run_stack(folder: Path, clients: int, seconds: float) -> None:
    with stack(folder / "ours", "feedback_app:create_app()") as site:
        each = requests_per_submission(site)
        ours = drive(clients, seconds, our_flow(site))
    with stack(folder / "baseline", BASELINE) as site:
        baseline(site, each)()
        bare = drive(clients, seconds, baseline(site, each))
    report("stack", ours, bare, each)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--only", choices=("sqlite", "stack"))
    args = parser.parse_args()
    print(f"{args.clients} concurrent clients, {args.seconds:.0f} s each; sqlite: gunicorn -w 2, "
          "plain HTTP; stack: nginx TLS + gunicorn -w 4 + PostgreSQL (durable) + Redis")
    folder = Path(tempfile.mkdtemp(prefix="sv-load-"))
    try:
        if args.only in (None, "sqlite"):
            run_sqlite(folder, args.clients, args.seconds)
        if args.only in (None, "stack"):
            run_stack(folder, args.clients, args.seconds)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
