"""Security headers and cookies on every route of the URL map."""

from __future__ import annotations

import re

import pytest
from flask import Flask

from tests.flow import Survivor
from tests.support.html import event_handlers, inline_scripts, inline_styles

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
        assert inline_scripts(html) == 0
        assert inline_styles(html) == 0
        assert event_handlers(html) == []


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


def session_cookie(response) -> str:
    """The Set-Cookie header of the session cookie, as the client receives it (`__Host-s` when
    Secure, `s` over plain HTTP)."""
    cookies = [value for value in response.headers.getlist("Set-Cookie")
               if value.startswith(("s=", "__Host-s="))]
    assert len(cookies) == 1, response.headers.getlist("Set-Cookie")
    return cookies[0]


def cookie_attributes(cookie: str) -> set[str]:
    """The attribute names of a Set-Cookie value, lowercased: {"secure", "httponly", ...}."""
    return {part.split("=")[0].strip().lower() for part in cookie.split(";")[1:]}


@pytest.mark.parametrize("secure", [False, True])
def test_session_cookie_is_marked_secure_exactly_when_configured(app_factory, secure):
    # Given an app whose session cookie is (or, as on a developer's machine, is not) Secure
    client = app_factory(SESSION_COOKIE_SECURE=secure).test_client()
    survivor = Survivor(client)
    # When a survivor opens the programme, which starts the session
    survivor.opens_programme()
    # Then the cookie the browser receives says so, and is still HttpOnly and SameSite=Lax
    cookie = session_cookie(survivor.last)
    attributes = cookie_attributes(cookie)
    assert ("secure" in attributes) is secure, cookie
    assert {"httponly", "samesite"} <= attributes and "SameSite=Lax" in cookie
    # and a Secure one carries the __Host- prefix, with what the prefix requires
    assert cookie.startswith("__Host-s=") is secure, cookie
    assert "Path=/" in cookie and "domain" not in attributes


def app_from_environment(database_url: str, monkeypatch, sv_env: str | None):
    """The app as the environment configures it: SESSION_COOKIE_SECURE is left to settings."""
    from feedback_app import create_app
    from tests.apps import config_for_tests

    if sv_env is None:
        monkeypatch.delenv("SV_ENV", raising=False)
    else:
        monkeypatch.setenv("SV_ENV", sv_env)
    config = config_for_tests(database_url, PUBLIC_URL="https://feedback.example.org")
    del config["SESSION_COOKIE_SECURE"]
    return create_app(config)


@pytest.mark.parametrize("base_url", ["https://feedback.example.org", "http://127.0.0.1:8000"])
def test_production_by_default_sends_a_secure_cookie_and_hsts(database_url, monkeypatch,
                                                              base_url):
    # Given the app with no SV_ENV, as deployed (behind TLS, or reached by the proxy over HTTP)
    client = app_from_environment(database_url, monkeypatch, None).test_client()
    # When a browser opens the receipt page, whose form starts a session
    response = client.get("/r", base_url=base_url)
    # Then the cookie may only travel over HTTPS and the browser is told to keep to HTTPS
    assert response.status_code == 200
    assert "secure" in cookie_attributes(session_cookie(response))
    hsts = response.headers.get("Strict-Transport-Security", "")
    assert re.fullmatch(r"max-age=(\d+); includeSubDomains", hsts), hsts
    assert int(hsts.split("=")[1].split(";")[0]) >= 365 * 24 * 3600


def test_development_sends_a_cookie_that_plain_http_can_carry(database_url, monkeypatch):
    # Given the app with SV_ENV=development, on a developer's machine over plain HTTP
    client = app_from_environment(database_url, monkeypatch, "development").test_client()
    # When a browser opens the receipt page
    response = client.get("/r", base_url="http://127.0.0.1:5000")
    # Then the cookie is not Secure (else the browser would drop it) and no HSTS pins the host
    assert response.status_code == 200
    assert "secure" not in cookie_attributes(session_cookie(response))
    assert "Strict-Transport-Security" not in response.headers
