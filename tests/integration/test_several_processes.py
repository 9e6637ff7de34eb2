"""The same code as several gunicorn processes on PostgreSQL, with rate limits shared in Redis."""

from __future__ import annotations

import pytest
import requests

from tests.bench.servers import (
    HttpSurvivor,
    app_env,
    gunicorn,
    prepare_database,
)

pytestmark = pytest.mark.postgres


def test_two_workers_share_receipt_limits_through_redis(pg_database_url, redis_url):
    env = app_env(pg_database_url, SV_RATELIMIT_STORAGE_URI=redis_url,
                  SV_RECEIPT_LIMIT_CLIENT="10 per hour")
    prepare_database(env)
    with gunicorn("feedback_app:create_app()", env, workers=2) as (base, _):
        code, _given = HttpSurvivor(base).submit("The rooms were cold")
        for _ in range(6):  # a receipt written by one worker opens on either worker
            assert HttpSurvivor(base).opens(code)
        statuses = []
        for _ in range(11):
            guesser = HttpSurvivor(base)  # a new connection each time: either worker answers
            guesser.html = guesser.http.get(f"{base}/r", timeout=30).text
            try:
                guesser._post({"code": "0000 0000 0000 0000 0001"}, url=f"{base}/r")
                statuses.append(200)
            except requests.HTTPError as error:
                statuses.append(error.response.status_code)
        # Without shared counters each worker would allow ten failures of its own.
        assert statuses == [200] * 10 + [429]
