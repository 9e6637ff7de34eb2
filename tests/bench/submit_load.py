"""Concurrent survivors through the whole web flow, against a baseline, side by side in one run.

Run: python tests/bench/submit_load.py [--clients 8] [--seconds 20] [--only sqlite|stack]
Two set-ups:
- sqlite: the embedded default, gunicorn with 2 workers on one SQLite file, plain HTTP;
- stack: as deployed, the kit's nginx with TLS in front of 4 gunicorn workers on a durable
  PostgreSQL, rate limits in Redis (tests/bench/stack.py).
N threads each send feedback through every step (language, before you start, consent, each
survey page, preview, send) for a fixed time. Then, on the same set-up, the same N threads run
the baseline (tests/bench/baseline_app.py): as many requests as one submission makes, from a new
client each time as each survivor is, the last deriving the receipt key exactly as the app does
(argon2id at the app's cost) and inserting one row. Only a receipt counts as a submission; every
other try is a failure, printed by its reason (HTTP status, connection error, no receipt), and a
client thread that stops early says why. Prints receipts/s, p50/p95 latency of a whole
submission, and our throughput as a ratio of the baseline's, flagged when failures make the two
unlike. Exits 1 if anything failed.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
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
RECEIPT = re.compile(r"\d{20}")
TEXT = "the night staff were kind, but mr adebayo okafor said call 0803 555 0147 or leave."


@dataclass
class Outcome:
    """What N clients got in a fixed time: receipts, and every failure by its reason."""

    done: int
    per_s: float
    p50_ms: float
    p95_ms: float
    attempts: int
    failures: Counter[str] = field(default_factory=Counter)
    stopped: list[str] = field(default_factory=list)  # clients that ended before the time

    def failed(self) -> int:
        return sum(self.failures.values())


def reason_of(error: BaseException) -> str:
    """A failure's reason as counted: the status for an HTTP error, else the error's kind."""
    if isinstance(error, requests.HTTPError) and error.response is not None:
        return f"HTTP {error.response.status_code}"
    if isinstance(error, requests.RequestException):
        return type(error).__name__  # ConnectionError, Timeout, SSLError...
    return f"{type(error).__name__}: {error}"


def drive(clients: int, seconds: float, one: Callable[[], str | None]) -> Outcome:
    """Run `one` (None when it got a receipt, else why not) in N threads for `seconds`.

    Only a receipt is a completed submission. Every other ending is a failure counted by its
    reason (an HTTP status, a refused or dropped connection, a page without a receipt), and a
    client thread that ends early for any reason says so.
    """
    latencies: list[float] = []
    failures: Counter[str] = Counter()
    stopped: list[str] = []
    attempts = [0]
    lock = threading.Lock()
    end = time.monotonic() + seconds

    def loop(client: int) -> None:
        try:
            while time.monotonic() < end:
                start = time.monotonic()
                try:
                    reason = one()
                except Exception as error:  # every failure counts, and none is lost
                    reason = reason_of(error)
                with lock:
                    attempts[0] += 1
                    if reason is None:
                        latencies.append(time.monotonic() - start)
                    else:
                        failures[reason] += 1
        except BaseException as error:
            with lock:
                stopped.append(f"client {client}: {reason_of(error)}")
            raise

    threads = [threading.Thread(target=loop, args=(n,)) for n in range(clients)]
    began = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - began
    latencies.sort()
    q = statistics.quantiles(latencies, n=20) if len(latencies) >= 20 else [float("nan")] * 19
    return Outcome(done=len(latencies), per_s=len(latencies) / elapsed,
                   p50_ms=statistics.median(latencies) * 1000 if latencies else float("nan"),
                   p95_ms=q[18] * 1000, attempts=attempts[0], failures=failures,
                   stopped=stopped)


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


def our_flow(site: Site) -> Callable[[], str | None]:
    def one() -> str | None:
        survivor = site.survivor()
        statuses: list[int] = []
        survivor.http.hooks["response"].append(
            lambda response, **_: statuses.append(response.status_code))
        try:
            survivor.submit(TEXT)  # raises unless a receipt is on the page
        except (requests.RequestException, RuntimeError) as error:
            # The first refused request is why: a 429 on the first page shows up later as a
            # 400 for the missing form token.
            refused = [status for status in statuses if status >= 400]
            return f"HTTP {refused[0]}" if refused else reason_of(error)
        finally:
            survivor.http.close()
        return None
    return one


def baseline(site: Site, per_submission: int) -> Callable[[], str | None]:
    """As many requests as one submission makes, from a new client as each survivor is, the
    last deriving the receipt key and inserting one row; None when its code came back."""
    def one() -> str | None:
        with site.session() as http:
            for n in range(per_submission - 1):
                method = http.get if n % 2 == 0 else http.post
                status = method(f"{site.base}/step", timeout=60).status_code
                if status != 200:
                    return f"HTTP {status}"
            response = http.post(f"{site.base}/insert", timeout=60)
        if response.status_code != 201:
            return f"HTTP {response.status_code}"
        return None if RECEIPT.fullmatch(response.text) else "no receipt in the answer"
    return one


def line(name: str, who: str, outcome: Outcome) -> str:
    failures = ", ".join(f"{reason}: {count}" for reason, count in outcome.failures.most_common())
    return (f"{name:7} {who:9}: {outcome.done:6} receipts of {outcome.attempts} tries, "
            f"{outcome.per_s:7.2f}/s, p50 {outcome.p50_ms:7.1f} ms, p95 {outcome.p95_ms:7.1f} ms, "
            f"failed {outcome.failed()}" + (f" ({failures})" if failures else ""))


def report(name: str, ours: Outcome, bare: Outcome, requests_each: int) -> bool:
    """Print both runs and the ratio; False if anything failed (then the ratio is not fair)."""
    print(line(name, "ours", ours))
    print(line(name, "baseline", bare))
    for who, outcome in (("ours", ours), ("baseline", bare)):
        for client in outcome.stopped:
            print(f"{name:7} {who:9}: stopped early, {client}")
    clean = not (ours.failed() or bare.failed() or ours.stopped or bare.stopped)
    ratio = ours.per_s / bare.per_s if bare.per_s else float("nan")
    print(f"{name:7} ratio    : ours / baseline = {ratio:.3f} ({requests_each} requests and one "
          "argon2id derivation at the app's receipt cost per submission, both)"
          + ("" if clean else "; NOT comparable: some tries failed"))
    return clean


def warm_up(name: str, one: Callable[[], str | None]) -> None:
    reason = one()
    if reason is not None:
        raise RuntimeError(f"{name}: the first try already failed ({reason})")


def run_sqlite(folder: Path, clients: int, seconds: float) -> bool:
    env = app_env(f"sqlite:///{folder / 'sv.sqlite3'}")
    prepare_database(env)
    with gunicorn("feedback_app:create_app()", env) as (base, _):
        site = Site(base)
        each = requests_per_submission(site)
        ours = drive(clients, seconds, our_flow(site))
    with gunicorn(BASELINE, env) as (base, _):
        site = Site(base)
        warm_up("sqlite baseline", baseline(site, each))
        bare = drive(clients, seconds, baseline(site, each))
    return report("sqlite", ours, bare, each)


@contextmanager
def stack(folder: Path, app: str) -> Iterator[Site]:
    with benchmark_stack(folder, app) as running:
        yield Site(running.loopback_url, f"{HOSTNAME}:{running.port}", str(running.certificate))


def run_stack(folder: Path, clients: int, seconds: float) -> bool:
    with stack(folder / "ours", "feedback_app:create_app()") as site:
        each = requests_per_submission(site)
        ours = drive(clients, seconds, our_flow(site))
    with stack(folder / "baseline", BASELINE) as site:
        warm_up("stack baseline", baseline(site, each))
        bare = drive(clients, seconds, baseline(site, each))
    return report("stack", ours, bare, each)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--only", choices=("sqlite", "stack"))
    args = parser.parse_args()
    print(f"{args.clients} concurrent clients, {args.seconds:.0f} s each; sqlite: gunicorn -w 2, "
          "plain HTTP; stack: nginx TLS + gunicorn -w 4 + PostgreSQL (durable) + Redis")
    folder = Path(tempfile.mkdtemp(prefix="sv-load-"))
    clean = True
    try:
        if args.only in (None, "sqlite"):
            clean = run_sqlite(folder, args.clients, args.seconds) and clean
        if args.only in (None, "stack"):
            clean = run_stack(folder, args.clients, args.seconds) and clean
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0 if clean else 1


if __name__ == "__main__":
    raise SystemExit(main())
