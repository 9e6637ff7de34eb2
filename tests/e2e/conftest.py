"""Chromium (Debian's, driven by Playwright) against the app served on loopback."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import werkzeug.serving
from flask import Flask

from feedback_app.extensions import db
from tests.apps import make_app

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-quic",
                 # The deployed stack's name (tests/bench/stack.py) is served on loopback.
                 "--host-resolver-rules=MAP feedback.example.org 127.0.0.1"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    if not os.path.exists(CHROMIUM):
        pytest.exit("Chromium not found: apt-get install -y chromium", returncode=3)
    return {**browser_type_launch_args, "executable_path": CHROMIUM,
            "args": [*browser_type_launch_args.get("args", []), *CHROMIUM_ARGS]}


class _Neutral(BaseHTTPRequestHandler):
    """Stands in for the neutral site quick exit leads to."""

    def do_GET(self) -> None:
        body = b"<!doctype html><title>Weather</title><h1>Weather today</h1>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="session")
def neutral_site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Neutral)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/weather"
    server.shutdown()
    server.server_close()


@dataclass(frozen=True)
class LiveSite:
    url: str
    app: Flask


@pytest.fixture(scope="module")
def live_site(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path,
              neutral_site: str) -> Iterator[LiveSite]:
    """The app with demo programmes on a fresh SQLite file, served on a free loopback port."""
    path = tmp_path_factory.mktemp("live") / "sv.sqlite3"
    shutil.copy(sqlite_template, path)
    app = make_app(f"sqlite:///{path}", EXIT_URL=neutral_site,
                   WITHDRAWAL_RECORD=str(path.with_name("withdrawn-receipts")))
    app.config["LIVE_DATABASE_PATH"] = str(path)
    server = werkzeug.serving.make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield LiveSite(f"http://127.0.0.1:{server.server_port}", app)
    server.shutdown()
    with app.app_context():
        db.engine.dispose()


@pytest.fixture(scope="module")
def live_url(live_site: LiveSite) -> str:
    return live_site.url


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
