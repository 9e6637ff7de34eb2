"""SMS load: N concurrent conversations through the real Kannel, against an echo baseline.

Run: python tests/bench/sms_load.py [--conversations 20] [--database sqlite|postgresql]
Needs Debian's kannel and kannel-extras. bearerbox and smsbox run on loopback; the app runs under
gunicorn (2 workers) with SV_SMS_GATEWAY=kannel and the production receipt-key cost. The phones
are one client of Kannel's fake SMSC (the line protocol fakesmsc speaks), so N conversations run
at once: each texts the keyword, picks a language, answers consent, board and quote, then all nine
shelter questions, waiting for each answer before the next text. Then the same conversations run
against sms_echo_app, which texts every message straight back. Prints messages/s and the p50/p95
time from a text leaving the phone to the answer reaching it, and our figures as ratios of the
baseline's.
"""

from __future__ import annotations

import argparse
import queue
import re
import shutil
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.servers import app_env, free_port, gunicorn, postgresql, prepare_database
from tests.kannel import SHORT_CODE, TOKEN, running_kannel

RECEIPT = re.compile(r"\d{4} \d{4} \d{4} \d{4} \d{4}")
SCRIPT = ["SHELTER", "1", "1", "1", "2", "1", "2", "3", "1", "2", "1",
          "The food was cold and the rooms were noisy at night", "Staff were kind", "0"]


class Phones:
    """Many phones on one connection to the fake SMSC; answers are routed by number."""

    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.write_lock = threading.Lock()
        self.inboxes: dict[str, queue.Queue[str]] = {}
        threading.Thread(target=self._read, daemon=True).start()

    def inbox(self, number: str) -> queue.Queue[str]:
        return self.inboxes.setdefault(number, queue.Queue())

    def send(self, number: str, text: str) -> None:
        with self.write_lock:
            self.sock.sendall(f"{number} {SHORT_CODE} text {text}\n".encode())

    def _read(self) -> None:
        for raw in self.sock.makefile("rb"):
            _sender, number, kind, rest = raw.decode(errors="replace").rstrip("\n").split(" ", 3)
            if kind == "udh":  # a part of a long answer: count the answer when its last part comes
                header = bytes.fromhex(rest.split(" ", 1)[0].replace("%", ""))
                if header[5] != header[4]:
                    continue
            self.inbox(number).put(rest)

    def close(self) -> None:
        self.sock.close()


def converse(phones: Phones, number: str, latencies: list[float], failures: list[str],
             receipts: list[str]) -> None:
    inbox = phones.inbox(number)
    for text in SCRIPT:
        start = time.monotonic()
        phones.send(number, text)
        try:
            answer = inbox.get(timeout=60)
        except queue.Empty:
            failures.append(f"{number}: no answer to {text!r}")
            return
        latencies.append(time.monotonic() - start)
    if RECEIPT.search(answer):
        receipts.append(number)


def run(label: str, app: str, env: dict[str, str], conversations: int) -> dict[str, float]:
    port = free_port()
    with running_kannel(app_port=port) as kannel:
        env = {**env, "SV_KANNEL_SENDSMS_URL":
               f"http://127.0.0.1:{kannel.ports['sendsms']}/cgi-bin/sendsms",
               "SV_KANNEL_USERNAME": "survivor-voice",
               "SV_KANNEL_PASSWORD": "test-sendsms-password"}
        with gunicorn(app, env, port=port):
            phones = Phones(kannel.ports["fake"])
            phones.send("+15550009999", "warm up")  # the first text opens Kannel's connections
            phones.inbox("+15550009999").get(timeout=60)
            latencies: list[float] = []
            failures: list[str] = []
            receipts: list[str] = []
            threads = [threading.Thread(target=converse, args=(
                phones, f"+1555{n:07d}", latencies, failures, receipts))
                for n in range(conversations)]
            began = time.monotonic()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            elapsed = time.monotonic() - began
            phones.close()
    latencies.sort()
    result = {"messages": len(latencies), "per_second": len(latencies) / elapsed,
              "p50": statistics.median(latencies),
              "p95": latencies[int(0.95 * (len(latencies) - 1))], "failures": len(failures)}
    print(f"{label:>16}: {result['messages']} answered in {elapsed:.1f} s = "
          f"{result['per_second']:.1f} messages/s; MO to MT p50 {result['p50'] * 1000:.0f} ms, "
          f"p95 {result['p95'] * 1000:.0f} ms; {len(failures)} unanswered; "
          f"{len(receipts)} of {conversations} ended with a receipt code")
    for failure in failures[:5]:
        print(f"{'':>18}{failure}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--conversations", type=int, default=20)
    parser.add_argument("--database", choices=("sqlite", "postgresql"), default="sqlite")
    args = parser.parse_args()
    if not shutil.which("bearerbox", path="/usr/sbin"):
        sys.exit("Kannel is missing: apt-get install -y kannel kannel-extras")
    folder = Path(tempfile.mkdtemp(prefix="sms-load-"))
    try:
        if args.database == "postgresql":
            with postgresql() as url:
                bench(url, args.conversations)
        else:
            bench(f"sqlite:///{folder / 'sv.sqlite3'}", args.conversations)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def bench(database_url: str, conversations: int) -> None:
    env = app_env(database_url, SV_SMS_GATEWAY="kannel", SV_KANNEL_TOKEN=TOKEN,
                  SV_KANNEL_SENDSMS_URL="http://127.0.0.1:1/", SV_KANNEL_USERNAME="-",
                  SV_KANNEL_PASSWORD="-", SV_SMS_LIMIT_SENDER="100000 per minute",
                  SV_SMS_LIMIT_ALL="1000000 per hour")
    prepare_database(env)
    print(f"{conversations} concurrent conversations of {len(SCRIPT)} texts each, "
          f"{database_url.split(':')[0]}, gunicorn -w 2, real Kannel")
    ours = run("Survivor Voice", "feedback_app:create_app()", env, conversations)
    echo = run("echo baseline", "tests.bench.sms_echo_app:create_app()", env, conversations)
    print(f"ratio to baseline: throughput {ours['per_second'] / echo['per_second']:.2f}x, "
          f"p95 {ours['p95'] / echo['p95']:.2f}x")


if __name__ == "__main__":
    main()
