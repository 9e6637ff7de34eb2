"""Servers for the benchmarks: the app under gunicorn, a PostgreSQL cluster, and an HTTP survivor.

Everything listens on 127.0.0.1 only and is stopped by PID.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import requests
import sqlalchemy

from tests.support import html as page

ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_port(port: int, timeout: float = 30) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"port {port} never opened")


def wait_ready(base: str, timeout: float = 60) -> None:
    """Wait until the workers answer: the port opens before they have loaded the app."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            requests.get(f"{base}/", timeout=5)
            return
        except requests.RequestException:
            time.sleep(0.1)
    raise RuntimeError(f"{base} never answered")


def app_env(database_url: str, **extra: str) -> dict[str, str]:
    """Environment for the app under test: fixed secrets, limits raised for load from one host."""
    return {
        **os.environ,
        "SV_DATABASE_URL": database_url,
        "SV_ENV": "development",
        "SV_SECRET_KEY": "bench-session-key",
        "SV_RECEIPT_SALT": "bench-receipt-salt",
        "SV_RATELIMIT_KEY_SECRET": "bench-ratelimit",
        "SV_SMS_HMAC_SECRET": "bench-sms",
        "SV_VOTER_KEY_SECRET": "bench-voter",
        "SV_SUBMIT_LIMIT_CLIENT": "1000000 per hour",
        "SV_SUBMIT_LIMIT_ALL": "1000000 per hour",
        "SV_RECEIPT_LIMIT_CLIENT": "1000000 per hour",
        "SV_RECEIPT_LIMIT_ALL": "1000000 per hour",
        **extra,
    }


def prepare_database(env: Mapping[str, str]) -> None:
    flask = str(VENV_BIN / "flask")
    for args in (["db", "upgrade"], ["demo", "--empty"]):
        subprocess.run([flask, "--app", "feedback_app", *args], env=dict(env), cwd=ROOT,
                       check=True, capture_output=True)


@contextmanager
def gunicorn(app: str, env: Mapping[str, str], workers: int = 2,
             extra_args: tuple[str, ...] = (), port: int | None = None, *,
             bin_dir: Path = VENV_BIN, cwd: Path = ROOT) -> Iterator[tuple[str, int]]:
    """Run `app` under gunicorn (from `bin_dir`, in `cwd`) in its own process group; yields
    (base URL, group id)."""
    port = port or free_port()
    proc = subprocess.Popen(
        [str(bin_dir / "gunicorn"), "-b", f"127.0.0.1:{port}", "-w", str(workers),
         "--timeout", "120", *extra_args, app],
        env=dict(env), cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        wait_port(port)
        wait_ready(f"http://127.0.0.1:{port}")
        yield f"http://127.0.0.1:{port}", proc.pid
    finally:
        with_group(proc.pid, signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            with_group(proc.pid, signal.SIGKILL)
            proc.wait()


def with_group(pgid: int, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, sig)


def postgres_bindir() -> str | None:
    """The newest installed PostgreSQL's binaries folder, if any."""
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]))
    return bins[-1] if bins else None


def run_as_postgres(*cmd: str, check: bool = True) -> subprocess.CompletedProcess[bytes]:
    """initdb and postgres refuse root: run as the postgres user when we are root."""
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    return subprocess.run([*prefix, *cmd], check=check, capture_output=True)


@dataclass
class PostgresqlCluster:
    """A running throwaway cluster that a test may stop and start again (same port, same data)."""

    url: str  # the URL prefix: add "/dbname"
    bindir: str
    data: str
    log: str
    options: str

    def stop(self) -> None:
        """Stop the server as an outage would: clients are cut off, new connections refused."""
        run_as_postgres(f"{self.bindir}/pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")

    def start(self) -> None:
        run_as_postgres(f"{self.bindir}/pg_ctl", "-D", self.data, "-l", self.log, "-w", "-t",
                        "60", "-o", self.options, "start")


@contextmanager
def postgresql_cluster(*, durable: bool) -> Iterator[PostgresqlCluster]:
    """A throwaway PostgreSQL cluster on 127.0.0.1 and a free port, stopped and removed after.

    Tests run it without fsync (speed); benchmarks run it durable, as a deployment would.
    """
    bindir = postgres_bindir()
    if bindir is None:
        raise RuntimeError("PostgreSQL not found: apt-get install -y postgresql")
    port = free_port()
    base = tempfile.mkdtemp(prefix="pg-", dir="/tmp")  # short: socket paths have a length limit
    if os.geteuid() == 0:
        pw = pwd.getpwnam("postgres")
        os.chown(base, pw.pw_uid, pw.pw_gid)
    data = f"{base}/data"
    run_as_postgres(f"{bindir}/initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E",
                    "UTF8", "--locale=C.UTF-8")
    opts = f"-c listen_addresses=127.0.0.1 -p {port} -k {base}"
    if not durable:
        opts += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    cluster = PostgresqlCluster(url=f"postgresql+psycopg://postgres@127.0.0.1:{port}",
                                bindir=bindir, data=data, log=f"{base}/pg.log", options=opts)
    cluster.start()
    try:
        yield cluster
    finally:
        run_as_postgres(f"{bindir}/pg_ctl", "-D", data, "-m", "immediate", "-w", "stop",
                        check=False)
        shutil.rmtree(base, ignore_errors=True)


@contextmanager
def postgresql_server(*, durable: bool) -> Iterator[str]:
    """A throwaway PostgreSQL cluster (see postgresql_cluster); yields its URL prefix."""
    with postgresql_cluster(durable=durable) as cluster:
        yield cluster.url


@contextmanager
def postgresql() -> Iterator[str]:
    """A durable throwaway cluster with one database; yields that database's URL."""
    with postgresql_server(durable=True) as server:
        engine = sqlalchemy.create_engine(f"{server}/postgres", isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(sqlalchemy.text("CREATE DATABASE sv"))
        engine.dispose()
        yield f"{server}/sv"


class _SourceAddressAdapter(requests.adapters.HTTPAdapter):
    """Connect from a chosen loopback address (any of 127.0.0.0/8), to test what gets logged."""

    def __init__(self, address: str) -> None:
        self.address = address
        super().__init__()

    def init_poolmanager(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs["source_address"] = (self.address, 0)
        super().init_poolmanager(*args, **kwargs)


class HttpSurvivor:
    """A survivor going through the whole web flow over HTTP, as a browser without JS would."""

    def __init__(self, base_url: str, slug: str = "safe-house", *,
                 source_address: str | None = None, user_agent: str | None = None,
                 host: str | None = None, verify: str | bool = True) -> None:
        """`host` is the Host header (the site's name when `base_url` is an address), and
        `verify` the certificate to trust over HTTPS."""
        self.base = base_url
        self.url = f"{base_url}/p/{slug}"
        self.http = requests.Session()
        self.http.trust_env = False  # else REQUESTS_CA_BUNDLE would override `verify`
        self.http.verify = verify
        if source_address:
            adapter = _SourceAddressAdapter(source_address)
            self.http.mount("http://", adapter)
            self.http.mount("https://", adapter)
        if user_agent:
            self.http.headers["User-Agent"] = user_agent
        if host:
            self.http.headers["Host"] = host
        self.html = ""

    def _post(self, data: dict[str, str], url: str | None = None) -> None:
        step = page.input_value(self.html, "step")
        form = {"csrf_token": page.input_value(self.html, "csrf_token") or "", **data}
        if step and url is None:
            form["step"] = step
        response = self.http.post(url or self.url, data=form, timeout=60)
        response.raise_for_status()
        self.html = response.text

    def submit(self, text: str) -> tuple[str, int]:
        """Send feedback; returns (receipt code, number of answers given)."""
        self.html = self.http.get(self.url, timeout=60).text
        self._post({"language": "en"})
        self._post({})
        self._post({"consent_staff": "yes", "consent_board": "yes", "consent_quote": "no"})
        given = 0
        while (page.input_value(self.html, "step") or "").startswith("page:"):
            answers = dict(page.radio_choices(self.html))  # each question's last choice
            answers.update(dict.fromkeys(page.text_fields(self.html), text))
            given += len(answers)
            self._post({"nav": "next", **answers})
        self._post({"action": "send"})
        code = page.receipt_code(self.html)
        if len(code) != 20:
            raise RuntimeError("no receipt on the page")
        return code, given

    def opens(self, code: str) -> bool:
        self.html = self.http.get(f"{self.base}/r", timeout=60).text
        self._post({"code": code}, url=f"{self.base}/r")
        return page.heading(self.html) == "Your feedback"
