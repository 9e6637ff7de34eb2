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
import threading
from pathlib import Path

import pytest

from tests.bench.servers import VENV_BIN, HttpSurvivor, free_port, gunicorn

HOOK = '''
def post_request(worker, req, environ, resp):
    tag = dict(req.headers).get("X-TEST-SUBMISSION")
    if tag and req.method == "POST":
        with open({log!r}, "a") as f:
            f.write(f"{{tag}} {{worker.pid}}\\n")
'''


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
    assert [p.wait(120) for p in racing] == [0] * 4, [p.stderr.read() for p in racing]
    stored = json.loads((instance / "secrets.json").read_text())
    for args in (("db", "upgrade"), ("demo",)):
        assert flask(env, *args).returncode == 0
    log = tmp_path / "workers.log"
    hook = tmp_path / "hook.py"
    hook.write_text(HOOK.format(log=str(log)))
    codes: dict[str, str] = {}
    with gunicorn("feedback_app:create_app()", env, workers=4,
                  extra_args=("-c", str(hook))) as (base, _):
        lock = threading.Lock()

        def send(tag: str) -> None:
            survivor = HttpSurvivor(base)
            survivor.http.headers["X-Test-Submission"] = tag
            code, _given = survivor.submit("the shelter in lagos kept my brother and me safe")
            with lock:
                codes[tag] = code

        for round_ in range(12):  # until every worker has issued a receipt
            threads = [threading.Thread(target=send, args=(f"{round_}-{n}",)) for n in range(4)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(120)
            if len(_senders(log, codes)) == 4:
                break
    senders = _senders(log, codes)
    assert len(senders) == 4, senders
    with gunicorn("feedback_app:create_app()", env, workers=4) as (base, _):
        assert all(HttpSurvivor(base).opens(code) for code in codes.values())
    assert json.loads((instance / "secrets.json").read_text()) == stored


def _senders(log: Path, codes: dict[str, str]) -> set[str]:
    """The workers that answered the last POST (the send) of each submission with a receipt."""
    last: dict[str, str] = {}
    if log.exists():
        for line in log.read_text().splitlines():
            tag, pid = line.split()
            last[tag] = pid
    return {pid for tag, pid in last.items() if tag in codes}


pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")
