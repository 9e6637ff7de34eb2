"""A wrong receipt code costs the same time as a right one.

Run: python tests/bench/receipt_timing.py [--tries 150]
In one process, with the production argon2id cost, it opens /r alternately with a right code, a
wrong but well-formed code, and a malformed one, and prints the median and p95 time of each and
their ratios to the right code's.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.apps import make_app, upgrade_schema
from tests.flow import Survivor


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tries", type=int, default=150)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="sv-timing-"))
    try:
        url = f"sqlite:///{folder / 'sv.sqlite3'}"
        upgrade_schema(url)
        app = make_app(url, RECEIPT_KDF_MEMORY_KIB=19 * 1024, RECEIPT_KDF_TIME_COST=2,
                       RECEIPT_LIMIT_CLIENT="1000000 per hour",
                       RECEIPT_LIMIT_ALL="1000000 per hour")
        code = Survivor(app.test_client()).submits()
        wrong = ("1" if code[0] != "1" else "2") + code[1:]
        kinds = {"right": code, "wrong": wrong, "malformed": "12345"}
        times: dict[str, list[float]] = {k: [] for k in kinds}
        survivor = Survivor(app.test_client())
        survivor.get("/r")
        token = survivor.csrf()
        for _ in range(args.tries):
            for kind, typed in kinds.items():
                start = time.perf_counter()
                response = survivor.client.post("/r", data={"csrf_token": token, "code": typed})
                times[kind].append(time.perf_counter() - start)
                assert response.status_code == 200
        right = statistics.median(times["right"])
        for kind, values in times.items():
            p95 = statistics.quantiles(values, n=20)[18]
            median = statistics.median(values)
            print(f"{kind:9} median {median * 1000:7.2f} ms, p95 {p95 * 1000:7.2f} ms, "
                  f"median / right {median / right:.3f}")
        return 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
