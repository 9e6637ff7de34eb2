"""The canary again, through a real gunicorn: a survivor connecting from a unique loopback address
with a unique user agent leaves no trace in the SQLite file, its WAL, or gunicorn's log at debug
level (gunicorn's access log stays off, as the README tells deployments)."""

from __future__ import annotations

import secrets
from pathlib import Path

from tests.bench.servers import HttpSurvivor, app_env, gunicorn, prepare_database


def test_real_server_keeps_no_address_or_user_agent(tmp_path: Path):
    address = "127." + ".".join(str(secrets.randbelow(200) + 20) for _ in range(3))
    agent = f"CanaryPhone/{secrets.token_hex(8)}"
    database = tmp_path / "sv.sqlite3"
    log = tmp_path / "gunicorn.log"
    env = app_env(f"sqlite:///{database}")
    prepare_database(env)
    args = ("--error-logfile", str(log), "--log-level", "debug", "--capture-output")
    with gunicorn("feedback_app:create_app()", env, workers=1, extra_args=args) as (base, _):
        survivor = HttpSurvivor(base, source_address=address, user_agent=agent)
        code, _given = survivor.submit("The rooms were cold at night")
        assert survivor.opens(code)
        survivor.http.get(f"{base}/p/no-such-place", timeout=30)
        stored = b"".join(p.read_bytes() for p in tmp_path.glob("sv.sqlite3*"))
    logged = log.read_bytes()
    assert b"The rooms were cold at night" in stored
    assert b"Booting worker" in logged  # the log is real and was written
    for canary in (address.encode(), agent.encode()):
        assert canary not in stored
        assert canary not in logged
