"""The same code as several gunicorn processes on PostgreSQL, with rate limits shared in Redis.

Each request is sent to a chosen worker (tests/worker_pins.py), and /proc says which process
answered, so these tests show both workers took part; the control run without Redis shows what
the shared store prevents.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

import pytest
import requests

from tests.bench.servers import app_env, gunicorn, prepare_database
from tests.worker_pins import PinnedWorkers, children

pytestmark = pytest.mark.postgres

WRONG_CODE = "0000 0000 0000 0000 0001"
GUESSES = 11  # the limit below is 10 wrong codes per client per hour


@contextmanager
def two_workers(database_url: str, storage_uri: str) -> Iterator[PinnedWorkers]:
    """Two gunicorn workers on one PostgreSQL database, their limits kept in `storage_uri`."""
    env = app_env(database_url, SV_RATELIMIT_STORAGE_URI=storage_uri,
                  SV_RECEIPT_LIMIT_CLIENT="10 per hour")
    prepare_database(env)
    with gunicorn("feedback_app:create_app()", env, workers=2) as (base, master), \
            PinnedWorkers(urlsplit(base).port or 0, master, workers=2) as workers:
        yield workers


def wrong_guess(workers: PinnedWorkers, slot: int) -> int:
    """The status a wrong receipt code gets from `slot`'s worker (200: the kind "not found")."""
    try:
        assert not workers.survivor(slot).opens(WRONG_CODE)
    except requests.HTTPError as error:
        return error.response.status_code
    return 200


def assert_two_workers_answered(workers: PinnedWorkers) -> None:
    first, second = workers.pids(0), workers.pids(1)
    assert len(first) == len(second) == 1 and first != second, workers.answered_by
    assert first | second == children(workers.master_pid)  # gunicorn's two workers, no other


def test_two_workers_share_receipts_and_receipt_limits_through_redis(pg_database_url, redis_url):
    # Given two workers sharing one database and, in Redis, their rate-limit counters
    with two_workers(pg_database_url, redis_url) as workers:
        # When a survivor sends feedback through the first worker
        code, _given = workers.survivor(0).submit("The rooms were cold")
        # Then the receipt opens on the second worker as on the first
        assert workers.survivor(1).opens(code)
        assert workers.survivor(0).opens(code)
        # When wrong codes are guessed from one address, by turns on each worker
        statuses = [wrong_guess(workers, n % 2) for n in range(GUESSES)]
        # Then the eleventh is refused: neither worker saw more than six, but they count together
        assert statuses == [200] * 10 + [429]
        assert_two_workers_answered(workers)


def test_control_without_a_shared_store_each_worker_counts_alone(pg_database_url):
    # Given the same two workers, each keeping its counters in its own memory
    with two_workers(pg_database_url, "memory://") as workers:
        # When the same eleven wrong codes are guessed by turns on each worker
        statuses = [wrong_guess(workers, n % 2) for n in range(GUESSES)]
        # Then none is refused: six and five are each under a worker's own limit of ten
        assert statuses == [200] * GUESSES
        assert_two_workers_answered(workers)
        # And the limit does hold within one worker: the first one refuses its eleventh
        more = [wrong_guess(workers, 0) for _ in range(5)]
        assert more == [200] * 4 + [429]
