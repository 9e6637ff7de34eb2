"""The product as deployed: nginx (TLS) in front of gunicorn, on PostgreSQL and Redis, on loopback.

It runs the files in deploy/ as they ship: the nginx site, the gunicorn command line of the
systemd unit and the settings file, with only the name's port, the certificate and the folders
replaced. Everything listens on 127.0.0.1 and is stopped by PID.
"""

from __future__ import annotations

import contextlib
import os
import re
import shlex
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import requests

from tests.bench.servers import ROOT, VENV_BIN, free_port, postgresql, wait_port, with_group

DEPLOY = ROOT / "deploy"
HOSTNAME = "feedback.example.org"
MAIN_CONF = """
daemon off;
worker_processes 2;
pid {d}/nginx.pid;
error_log {d}/logs/error.log error;
events {{ worker_connections 256; }}
http {{
    # Debian's nginx.conf logs every request here; the site must switch that off itself.
    access_log {d}/logs/access.log;
    # nginx's workers run as nobody: their buffers sit in a folder nobody can reach.
    client_body_temp_path {t}/body;
    proxy_temp_path {t}/proxy;
    fastcgi_temp_path {t}/fastcgi;
    uwsgi_temp_path {t}/uwsgi;
    scgi_temp_path {t}/scgi;
    include {d}/site.conf;
}}
"""


@dataclass
class Stack:
    """A running deployment. `url` is its SV_PUBLIC_URL, as a browser types it."""

    url: str
    port: int
    http_port: int
    folder: Path
    certificate: Path
    env: dict[str, str]
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    app_command: list[str] = field(default_factory=list)

    @property
    def loopback_url(self) -> str:
        """The same site by address, for clients that cannot map the name to 127.0.0.1."""
        return f"https://127.0.0.1:{self.port}"

    def logs(self) -> dict[str, str]:
        """Everything nginx, gunicorn and the app wrote, by file name."""
        return {path.name: path.read_text(errors="replace")
                for path in sorted((self.folder / "logs").iterdir()) if path.is_file()}

    def kill_app(self) -> None:
        """SIGKILL gunicorn and all its workers at once, mid-request, as a power cut would."""
        proc = self.processes.pop("gunicorn")
        with_group(proc.pid, signal.SIGKILL)
        proc.wait()

    def start_app(self) -> None:
        """Start gunicorn again (as systemd's Restart= does) and wait until it answers."""
        _start(self, "gunicorn", self.app_command, self.env, self.folder / "instance")
        _wait_ready(self)

    def flask(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        """Run a `flask --app feedback_app` command with the deployment's settings."""
        return subprocess.run([str(VENV_BIN / "flask"), "--app", "feedback_app", *args],
                              env=self.env, cwd=self.folder / "instance", input=stdin,
                              capture_output=True, text=True, timeout=300, check=True)


def read_env_file(path: Path) -> dict[str, str]:
    """KEY=VALUE lines, as systemd's EnvironmentFile reads them."""
    pairs = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            pairs[key.strip()] = value.strip()
    return pairs


def unit_command(unit: Path, **replace: str) -> list[str]:
    """The ExecStart of a systemd unit, with the deployment's paths replaced."""
    line = next(line for line in unit.read_text(encoding="utf-8").splitlines()
                if line.startswith("ExecStart="))
    command = line.removeprefix("ExecStart=")
    for old, new in replace.items():
        command = command.replace(old, new)
    return shlex.split(command)


def site_conf(folder: Path, https_port: int, http_port: int, upstream: int) -> str:
    """deploy/nginx/survivor-voice.conf on this machine's loopback ports and test certificate."""
    text = (DEPLOY / "nginx" / "survivor-voice.conf").read_text(encoding="utf-8")
    text = re.sub(r"^\s*listen \[::\].*\n", "", text, flags=re.M)  # loopback only
    swaps = {
        "server 127.0.0.1:8000;": f"server 127.0.0.1:{upstream};",
        "listen 80;": f"listen 127.0.0.1:{http_port};",
        "listen 443 ssl http2;": f"listen 127.0.0.1:{https_port} ssl http2;",
        "/etc/ssl/survivor-voice/fullchain.pem": str(folder / "cert.pem"),
        "/etc/ssl/survivor-voice/privkey.pem": str(folder / "key.pem"),
        "/var/log/nginx/survivor-voice.error.log": str(folder / "logs" / "site-error.log"),
    }
    for old, new in swaps.items():
        assert old in text, f"deploy/nginx/survivor-voice.conf no longer has {old!r}"
        text = text.replace(old, new)
    return text


def make_certificate(folder: Path) -> Path:
    """A self-signed certificate for the site's name and 127.0.0.1."""
    openssl = shutil.which("openssl")
    if openssl is None:
        raise RuntimeError("openssl not found: apt-get install -y openssl")
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-keyout", str(folder / "key.pem"), "-out", str(folder / "cert.pem"),
         "-subj", f"/CN={HOSTNAME}", "-addext", f"subjectAltName=DNS:{HOSTNAME},IP:127.0.0.1"],
        check=True, capture_output=True)
    return folder / "cert.pem"


@contextmanager
def redis_server(folder: Path) -> Iterator[str]:
    """A Redis on loopback that keeps nothing on disk; yields its URL."""
    server = shutil.which("redis-server")
    if server is None:
        raise RuntimeError("redis-server not found: apt-get install -y redis-server")
    port = free_port()
    proc = subprocess.Popen([server, "--bind", "127.0.0.1", "--port", str(port), "--save", "",
                             "--appendonly", "no", "--dir", str(folder)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_port(port)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        proc.wait(10)


def _start(stack: Stack, name: str, command: list[str], env: Mapping[str, str],
           cwd: Path) -> None:
    logs = stack.folder / "logs"
    with open(logs / f"{name}.out", "ab") as out, open(logs / f"{name}.err", "ab") as err:
        stack.processes[name] = subprocess.Popen(command, env=dict(env), cwd=cwd, stdout=out,
                                                 stderr=err, start_new_session=True)


def _wait_ready(stack: Stack, timeout: float = 90) -> None:
    import time

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        for name, proc in stack.processes.items():
            if proc.poll() is not None:
                raise RuntimeError(f"{name} stopped: {stack.logs().get(f'{name}.err', '')}")
        with contextlib.suppress(requests.RequestException):
            if requests.get(f"{stack.loopback_url}/", headers={"Host": HOSTNAME},
                            verify=str(stack.certificate), timeout=5).status_code == 200:
                return
        time.sleep(0.2)
    raise RuntimeError("the deployed stack never answered")


@contextmanager
def deployed_stack(folder: Path, database_url: str, redis_url: str, *,
                   workers: int = 4, app: str = "feedback_app:create_app()",
                   **settings: str) -> Iterator[Stack]:
    """nginx + gunicorn (`workers`) + the given PostgreSQL database and Redis, ready to serve.

    Runs `secrets init`, `db upgrade` and `demo --empty` first (the demo programmes, no feedback).
    `app` replaces the unit's app (benchmarks put their baseline behind the same nginx).
    """
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not os.path.exists(nginx):
        raise RuntimeError("nginx not found: apt-get install -y nginx-light")
    for sub in ("logs", "instance"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    buffers = Path(tempfile.mkdtemp(prefix="ngx-"))
    buffers.chmod(0o755)
    https_port, http_port, upstream = free_port(), free_port(), free_port()
    env = {key: value for key, value in os.environ.items() if not key.startswith("SV_")}
    env.update(read_env_file(DEPLOY / "survivor-voice.env"))
    env.update(SV_PUBLIC_URL=f"https://{HOSTNAME}:{https_port}", SV_DATABASE_URL=database_url,
               SV_RATELIMIT_STORAGE_URI=redis_url, SV_INSTANCE_PATH=str(folder / "instance"),
               **settings)
    stack = Stack(url=env["SV_PUBLIC_URL"], port=https_port, http_port=http_port, folder=folder,
                  certificate=make_certificate(folder), env=env)
    for command in (["secrets", "init"], ["db", "upgrade"], ["demo", "--empty"]):
        stack.flask(*command)
    (folder / "site.conf").write_text(site_conf(folder, https_port, http_port, upstream))
    (folder / "nginx.conf").write_text(MAIN_CONF.format(d=folder, t=buffers))
    subprocess.run([nginx, "-t", "-p", f"{folder}/", "-c", str(folder / "nginx.conf")],
                   check=True, capture_output=True)
    gunicorn = unit_command(DEPLOY / "systemd" / "survivor-voice.service", **{
        "/srv/survivor-voice/.venv/bin/": f"{VENV_BIN}/", "127.0.0.1:8000": f"127.0.0.1:{upstream}",
        "--workers 4": f"--workers {workers}", "feedback_app:create_app()": app})
    if not app.startswith("feedback_app:"):
        env["PYTHONPATH"] = str(ROOT)
    stack.app_command = gunicorn
    try:
        _start(stack, "gunicorn", gunicorn, env, folder / "instance")
        _start(stack, "nginx", [nginx, "-p", f"{folder}/", "-c", str(folder / "nginx.conf")],
               os.environ, folder)
        wait_port(https_port)
        _wait_ready(stack)
        yield stack
    finally:
        for proc in reversed(stack.processes.values()):
            with_group(proc.pid, signal.SIGTERM)
        for proc in stack.processes.values():
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                with_group(proc.pid, signal.SIGKILL)
                proc.wait()
        shutil.rmtree(buffers, ignore_errors=True)


@contextmanager
def benchmark_stack(folder: Path, app: str = "feedback_app:create_app()") -> Iterator[Stack]:
    """The stack on its own durable PostgreSQL and Redis, with limits raised for load from one
    address, as the benchmarks run it."""
    folder.mkdir(parents=True, exist_ok=True)
    limits = {f"SV_{kind}_LIMIT_{who}": "1000000 per hour"
              for kind in ("SUBMIT", "RECEIPT") for who in ("CLIENT", "ALL")}
    with postgresql() as database, redis_server(folder) as redis, \
            deployed_stack(folder, database, redis, app=app, **limits) as stack:
        yield stack
