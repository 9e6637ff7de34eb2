"""GET /healthz for monitors: 200 "ok" only when the database answers and the schema is at the
migrations' head; 503 "unavailable" otherwise. Nothing else in the body, no cookie, no limit."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask_migrate import downgrade

from feedback_app.extensions import db, limiter
from tests.bench.servers import free_port


def assert_health(response, status: int, body: str) -> None:
    assert (response.status_code, response.get_data(as_text=True)) == (status, body)
    assert response.mimetype == "text/plain"
    assert "Set-Cookie" not in response.headers
    assert response.headers["Cache-Control"] == "no-store"


def test_health_is_ok_at_head_with_nothing_else_said(app: Flask):
    assert_health(app.test_client().get("/healthz"), 200, "ok")


def test_health_is_unavailable_when_the_schema_is_one_revision_behind(app: Flask):
    with app.app_context():
        downgrade(revision="-1")
        db.session.remove()
    assert_health(app.test_client().get("/healthz"), 503, "unavailable")


@pytest.mark.parametrize("url", [
    "sqlite:///{tmp}/no-such-folder/sv.sqlite3",
    pytest.param("postgresql+psycopg://postgres@127.0.0.1:{port}/sv", marks=pytest.mark.postgres),
])
def test_health_is_unavailable_when_the_database_cannot_be_reached(url: str, tmp_path: Path):
    from feedback_app import create_app
    from tests.apps import config_for_tests

    app = create_app(config_for_tests(url.format(tmp=tmp_path, port=free_port())))
    response = app.test_client().get("/healthz")
    assert_health(response, 503, "unavailable")
    assert response.headers["Retry-After"] == "60"


@pytest.fixture
def site_wide_limit(app_factory: Callable[..., Flask]) -> Iterator[Flask]:
    """An app with a limit on every route. The limiter is shared by every app in this process and
    keeps application limits once set, so they are taken off again afterwards."""
    try:
        yield app_factory(RATELIMIT_APPLICATION="3 per minute")
    finally:
        limiter.limit_manager.set_application_limits([])


def test_health_is_never_rate_limited(site_wide_limit: Flask):
    client = site_wide_limit.test_client()
    assert [client.get("/").status_code for _ in range(4)][-1] == 429  # the limit is on
    assert {client.get("/healthz").status_code for _ in range(20)} == {200}
