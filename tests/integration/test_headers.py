"""Security headers and cookies on every route of the URL map."""

from __future__ import annotations

import re

import pytest
from flask import Flask

from tests.flow import Survivor

REQUIRED_CSP = ("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                "base-uri 'none'")
SAMPLE_ARGS = {"slug": "safe-house", "filename": "style.css"}


def every_route(app: Flask) -> list[tuple[str, str]]:
    """(method, path) for every rule and method the app serves, with sample arguments."""
    routes = []
    for rule in app.url_map.iter_rules():
        path = rule.rule
        for name in rule.arguments:
            path = re.sub(rf"<(?:[a-z]+:)?{name}>", SAMPLE_ARGS.get(name, "1"), path)
        routes += [(method, path) for method in sorted(rule.methods - {"HEAD", "OPTIONS"})]
    return routes


def check_headers(response, path: str) -> None:
    csp = response.headers.get("Content-Security-Policy", "")
    for directive in REQUIRED_CSP:
        assert directive in csp, (path, csp)
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    if not path.startswith("/static/"):
        assert response.headers["Cache-Control"] == "no-store", path


def test_every_route_sends_the_security_headers(app: Flask):
    client = app.test_client()
    routes = every_route(app)
    assert len(routes) >= 10
    for method, path in routes:
        response = client.open(path, method=method)
        assert response.status_code < 500, (method, path)
        check_headers(response, path)
        response.close()


def test_error_pages_send_the_security_headers_too(client):
    for path in ("/p/nowhere", "/no-such-page"):
        response = client.get(path)
        assert response.status_code == 404
        check_headers(response, path)


def test_survivor_pages_have_no_inline_script_style_or_handlers(client):
    survivor = Survivor(client)
    survivor.opens_programme()
    pages = [survivor.html]
    survivor.chooses_language("en")
    pages.append(survivor.html)
    survivor.reads_before_you_start()
    pages.append(survivor.html)
    for html in pages:
        assert re.search(r"<script(?![^>]*\bsrc=)", html) is None
        assert " style=" not in html and "<style" not in html
        assert re.search(r"\son[a-z]+=", html) is None


def test_only_cookie_is_a_neutral_session_cookie_that_dies_with_the_browser(client):
    survivor = Survivor(client)
    survivor.opens_programme()
    survivor.chooses_language("en")
    cookies = [h for k, h in survivor.last.history[0].headers.items() if k == "Set-Cookie"]
    assert len(cookies) == 1
    cookie = cookies[0]
    assert cookie.startswith("s=")
    lowered = cookie.lower()
    assert "expires" not in lowered and "max-age" not in lowered
    assert "httponly" in lowered and "samesite=lax" in lowered


@pytest.mark.parametrize("extra", [{}, {"SESSION_COOKIE_SECURE": True}])
def test_session_cookie_is_secure_outside_development(database_url, extra):
    from feedback_app import create_app
    from tests.apps import config_for_tests

    app = create_app(config_for_tests(database_url, **extra))
    assert app.config["SESSION_COOKIE_SECURE"] is bool(extra)


def test_production_default_marks_the_cookie_secure(tmp_path, monkeypatch):
    from feedback_app.config import settings_from_env
    from feedback_app.secrets_cli import init_secrets

    init_secrets(tmp_path)
    public = {"SV_PUBLIC_URL": "https://feedback.example.org"}
    assert settings_from_env(tmp_path, public)["SESSION_COOKIE_SECURE"] is True
    assert settings_from_env(tmp_path, {"SV_ENV": "development"})["SESSION_COOKIE_SECURE"] is False
