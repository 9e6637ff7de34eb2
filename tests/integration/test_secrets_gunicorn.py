"""Secrets as deployed: four gunicorn workers start at once on one instance folder.

Before `secrets init`, each worker could make and keep its own receipt salt; receipts issued by
the losers never opened again after a restart. Now web processes never make secrets: without
them they refuse to start, and with them every receipt opens on every worker, before and after a
restart.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.bench.servers import VENV_BIN, HttpSurvivor, free_port, gunicorn
from tests.worker_pins import PinnedWorkers, children


def instance_env(instance: Path, mode: str = "production") -> dict[str, str]:
    """No SV_* secrets in the environment: only the instance folder can hold them."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SV_")}
    env.update(SV_ENV=mode, SV_INSTANCE_PATH=str(instance),
               SV_PUBLIC_URL="https://feedback.example.org",
               SV_SUBMIT_LIMIT_CLIENT="100000 per hour", SV_SUBMIT_LIMIT_ALL="100000 per hour")
    return env


def flask(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(VENV_BIN / "flask"), "--app", "feedback_app", *args], env=env,
                          capture_output=True, text=True, timeout=120)


def test_web_workers_refuse_to_start_without_secrets_and_make_none(tmp_path):
    instance = tmp_path / "instance"
    port = free_port()
    done = subprocess.run(
        [str(VENV_BIN / "gunicorn"), "-w", "4", "-b", f"127.0.0.1:{port}",
         "feedback_app:create_app()"],
        env=instance_env(instance), capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    assert "run `flask --app feedback_app secrets init` once" in done.stderr
    assert not (instance / "secrets.json").exists()


def test_receipts_from_every_worker_open_after_a_restart(tmp_path):
    instance = tmp_path / "instance"
    # Development only so the session cookie travels over plain HTTP here; the secrets rule is
    # the same in both (tests/integration/test_deployed_stack.py runs production behind nginx).
    env = instance_env(instance, "development")
    racing = [subprocess.Popen([str(VENV_BIN / "flask"), "--app", "feedback_app", "secrets",
                                "init"], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True) for _ in range(4)]
    errors = [p.communicate(timeout=120)[1] for p in racing]  # closes each pipe, too
    assert [p.returncode for p in racing] == [0] * 4, errors
    stored = json.loads((instance / "secrets.json").read_text())
    for args in (("db", "upgrade"), ("demo", "--empty")):
        assert flask(env, *args).returncode == 0
    with gunicorn("feedback_app:create_app()", env, workers=4) as (base, master), \
            PinnedWorkers(urlsplit(base).port or 0, master, workers=4) as workers:
        # When a survivor sends feedback through each of the four workers in turn
        codes = [workers.survivor(slot).submit(
            "the shelter in lagos kept my brother and me safe")[0] for slot in range(4)]
        # Then each receipt was issued by a different worker, and those are gunicorn's four
        issued_by = [workers.pids(slot) for slot in range(4)]
        assert all(len(pids) == 1 for pids in issued_by), workers.answered_by
        assert set().union(*issued_by) == children(master) and len(children(master)) == 4
    # And after a restart every receipt opens, whichever worker issued it
    with gunicorn("feedback_app:create_app()", env, workers=4) as (base, _):
        assert all(HttpSurvivor(base).opens(code) for code in codes)
    assert json.loads((instance / "secrets.json").read_text()) == stored


pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")
