"""Nothing identifying is stored or logged.

A survivor with a unique address and user agent goes through every step; then the SQLite file and
its WAL, a PostgreSQL dump and every log line are searched for them: there must be no hit.
"""

from __future__ import annotations

import logging
import secrets
from pathlib import Path

import pytest
import sqlalchemy

from feedback_app.extensions import db
from tests.bench.servers import run_as_postgres
from tests.flow import Survivor


@pytest.fixture
def every_log(tmp_path: Path):
    """Capture every logger at every level into one file for the test."""
    path = tmp_path / "all.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield path
    root.removeHandler(handler)
    root.setLevel(old_level)
    handler.close()


def canaries() -> tuple[str, str, str]:
    ip = f"198.51.{secrets.randbelow(200) + 20}.{secrets.randbelow(200) + 20}"
    agent = f"CanaryBrowser/{secrets.token_hex(8)}"
    forwarded = f"203.0.113.{secrets.randbelow(200) + 20}"
    return ip, agent, forwarded


def stored_bytes(database_url: str, pg_bin: str | None) -> bytes:
    url = sqlalchemy.make_url(database_url)
    if url.get_backend_name() == "sqlite":
        base = Path(url.database or "")
        files = [base, Path(f"{base}-wal"), Path(f"{base}-shm")]
        return b"".join(f.read_bytes() for f in files if f.exists())
    return run_as_postgres(f"{pg_bin}/pg_dump", "-h", url.host or "", "-p", str(url.port), "-U",
                           url.username or "", url.database or "").stdout


def test_canary_address_and_user_agent_are_nowhere(database_url, app_factory, every_log, request):
    ip, agent, forwarded = canaries()
    app = app_factory()
    client = app.test_client()
    survivor = Survivor(client, environ={"REMOTE_ADDR": ip, "HTTP_USER_AGENT": agent,
                                         "HTTP_X_FORWARDED_FOR": forwarded})
    code = survivor.submits(board="yes", felt_safe="no", should_change="The food was cold")
    survivor.opens_receipt(code)
    survivor.post({"body": "Still waiting for an answer"}, path="/r/reply")
    survivor.opens_receipt("0000 0000 0000 0000 0001")
    survivor.get("/p/no-such-programme")
    survivor.get("/exit")
    with app.app_context():
        db.session.remove()
        # While the app is still open, the WAL holds the newest pages: read them too.
        pg_bin = request.getfixturevalue("pg_bin") if "postgresql" in database_url else None
        stored = stored_bytes(database_url, pg_bin)
    assert b"The food was cold" in stored  # the search does see what is stored
    logged = every_log.read_bytes()
    assert logged, "logging captured nothing, so the search below would prove nothing"
    for canary in (ip, agent, forwarded):
        assert canary.encode() not in stored, canary
        assert canary.encode() not in logged, canary
