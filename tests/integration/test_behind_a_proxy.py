"""As deployed: HTTPS ending at a reverse proxy that forwards the client's address.

Browsers send no Referer (our policy) and `Origin: null` or the page's origin on a form post;
several survivors reach the app from the proxy's one address; the Host header is the client's.
"""

from __future__ import annotations

from typing import Any

import feedparser
import pytest
from flask.testing import FlaskClient
from sqlalchemy import func, select
from werkzeug.datastructures import Headers

from feedback_app.extensions import db
from feedback_app.models import Programme, Submission
from tests.flow import Survivor
from tests.people import add_person, post_form
from tests.support.html import absolute_urls

PUBLIC_URL = "https://feedback.example.org"
WRONG = "0000 0000 0000 0000 0001"


def through_proxy(client_address: str, **headers: str) -> dict[str, str]:
    """The WSGI environ nginx gives the app for a client: HTTPS, its address forwarded."""
    environ = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_PROTO": "https",
               "HTTP_X_FORWARDED_FOR": client_address, "HTTP_HOST": "feedback.example.org"}
    environ.update({f"HTTP_{name.upper().replace('-', '_')}": v for name, v in headers.items()})
    return environ


class ForgedHostClient(FlaskClient):
    """A client whose every request names another site in its Host header."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.hosts_sent: set[str] = set()

    def open(self, *args: Any, **kwargs: Any) -> Any:
        headers = Headers(kwargs.pop("headers", None))
        headers.setdefault("Host", "attacker.example")
        response = super().open(*args, headers=headers, **kwargs)
        self.hosts_sent.add(response.request.host)
        return response


@pytest.fixture
def proxied(app_factory):
    return app_factory(TRUSTED_PROXIES=1, PUBLIC_URL=PUBLIC_URL)


def _submissions(app) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(Submission))


@pytest.mark.parametrize("origin", [None, "null", PUBLIC_URL])
def test_survivor_sends_feedback_over_https_without_a_referer(proxied, origin):
    headers = {"Origin": origin} if origin else {}
    survivor = Survivor(proxied.test_client(), environ=through_proxy("203.0.113.5", **headers))
    code = survivor.submits(worked_well="the night staff listened to me")
    survivor.opens_receipt(code)
    assert survivor.heading() == "Your feedback"
    assert _submissions(proxied) == 1


def test_a_form_sent_from_another_site_is_refused_and_saves_nothing(proxied):
    survivor = Survivor(proxied.test_client(), environ=through_proxy("203.0.113.5"))
    survivor.starts_survey()
    survivor.environ = through_proxy("203.0.113.5", Origin="https://attacker.example")
    survivor.post({"nav": "next", "worked_well": "kept safe"})
    assert survivor.last.status_code == 400
    assert "This page had expired" in survivor.html
    assert "kept safe" in survivor.html  # what they typed comes back to copy
    assert _submissions(proxied) == 0


def test_staff_sign_in_over_https_without_a_referer(proxied):
    add_person(proxied, "staff", programmes=("safe-house",))
    client = proxied.test_client()
    client.environ_base.update(through_proxy("203.0.113.7", Origin="null"))
    response = post_form(client, "/staff/sign-in", {"email": "staff@example.org",
                                                    "password": "correct horse battery staple"})
    assert response.status_code == 303
    assert client.get("/staff/").status_code == 200


def test_clients_behind_the_proxy_have_their_own_limits(proxied):
    guesser = Survivor(proxied.test_client(), environ=through_proxy("203.0.113.9"))
    for _ in range(10):
        guesser.opens_receipt(WRONG)
        assert guesser.last.status_code == 200
    guesser.opens_receipt(WRONG)
    assert guesser.last.status_code == 429
    neighbour = Survivor(proxied.test_client(), environ=through_proxy("203.0.113.10"))
    neighbour.opens_receipt(WRONG)
    assert neighbour.last.status_code == 200


def test_without_trusted_proxies_a_forged_forwarded_address_is_ignored(app_factory):
    app = app_factory()
    for n in range(11):
        guesser = Survivor(app.test_client(), environ={
            "REMOTE_ADDR": "198.51.100.4", "HTTP_X_FORWARDED_FOR": f"203.0.113.{n}"})
        guesser.opens_receipt(WRONG)
    assert guesser.last.status_code == 429


@pytest.mark.parametrize(("first", "second", "shared"), [
    ("2001:db8:1:2::1", "2001:db8:1:2:ffff::9", True),
    ("2001:db8:1:2::1", "2001:db8:1:3::1", False),
    ("::ffff:192.0.2.1", "192.0.2.1", True),
])
def test_ipv6_clients_count_per_64(app_factory, first, second, shared):
    app = app_factory()
    for _ in range(10):
        Survivor(app.test_client(), environ={"REMOTE_ADDR": first}).opens_receipt(WRONG)
    other = Survivor(app.test_client(), environ={"REMOTE_ADDR": second})
    other.opens_receipt(WRONG)
    assert other.last.status_code == (429 if shared else 200)


def test_a_right_code_opens_even_after_others_used_up_the_failure_limits(app_factory):
    app = app_factory(RECEIPT_LIMIT_ALL="15 per hour")
    survivor = Survivor(app.test_client(), environ={"REMOTE_ADDR": "192.0.2.50"})
    code = survivor.submits()
    for n in range(16):  # wrong codes from the same address, and from everyone
        address = "192.0.2.50" if n < 11 else f"192.0.2.{60 + n}"
        Survivor(app.test_client(), environ={"REMOTE_ADDR": address}).opens_receipt(WRONG)
    late = Survivor(app.test_client(), environ={"REMOTE_ADDR": "192.0.2.99"})
    late.opens_receipt(WRONG)
    assert late.last.status_code == 429
    returning = Survivor(app.test_client(), environ={"REMOTE_ADDR": "192.0.2.50"})
    returning.opens_receipt(code.lower())
    assert returning.last.status_code == 200
    assert returning.heading() == "Your feedback"


def test_absolute_links_come_from_the_public_url_whatever_the_host_header(proxied):
    forged = through_proxy("203.0.113.5", Host="attacker.example")
    add_person(proxied, "admin", "ada@example.org")
    # The test client sets Host from its own base address over `environ_base`: only a header
    # of each request puts the forged name in front of the app.
    proxied.test_client_class = ForgedHostClient
    admin = proxied.test_client()
    admin.environ_base.update(forged)
    post_form(admin, "/staff/sign-in", {"email": "ada@example.org",
                                        "password": "correct horse battery staple"})
    with proxied.app_context():
        safe_house = db.session.scalar(select(Programme.id).where(Programme.slug == "safe-house"))
    poster = admin.get(f"/staff/programmes/{safe_house}/poster").get_data(as_text=True)
    invited = post_form(admin, "/staff/accounts/invite",
                        {"email": "nia@example.org", "role": "staff"},
                        form_page="/staff/accounts").get_data(as_text=True)
    reader = proxied.test_client()
    feed = reader.get("/changes.atom", environ_base=forged).get_data()
    assert admin.hosts_sent == reader.hosts_sent == {"attacker.example"}
    links = absolute_urls(poster) + absolute_urls(invited)
    links += [feedparser.parse(feed).feed.id]
    assert any("/p/safe-house" in link for link in links)
    assert any("/staff/join/" in link for link in links)
    assert links and all(link.startswith(f"{PUBLIC_URL}/") for link in links), links
    assert not any("attacker.example" in link for link in links)


def test_hsts_is_sent_in_production_even_when_the_proxy_speaks_plain_http(app):
    response = app.test_client().get("/")
    assert response.headers["Strict-Transport-Security"].startswith("max-age=31536000")


def test_a_copied_staff_cookie_with_a_forged_forwarded_address_is_signed_out(app):
    add_person(app, "staff", programmes=("safe-house",))
    staff = app.test_client()
    staff.environ_base.update({"REMOTE_ADDR": "192.0.2.70", "HTTP_USER_AGENT": "Firefox"})
    post_form(staff, "/staff/sign-in", {"email": "staff@example.org",
                                        "password": "correct horse battery staple"})
    assert staff.get("/staff/").status_code == 200
    thief = app.test_client()
    thief.environ_base.update({"REMOTE_ADDR": "198.51.100.66", "HTTP_USER_AGENT": "Firefox",
                               "HTTP_X_FORWARDED_FOR": "192.0.2.70"})
    thief.set_cookie("s", staff.get_cookie("s").value)
    assert thief.get("/staff/").status_code in (302, 303)


def test_the_session_cookie_is_bound_to_this_host_as_deployed(app_factory):
    # Given the app as deployed: HTTPS at the proxy, a Secure session cookie
    deployed = app_factory(TRUSTED_PROXIES=1, PUBLIC_URL=PUBLIC_URL, SESSION_COOKIE_SECURE=True)
    add_person(deployed, "staff", programmes=("safe-house",))
    client = deployed.test_client()
    client.environ_base.update(through_proxy("203.0.113.7"))
    # When a staff member signs in
    response = post_form(client, "/staff/sign-in", {"email": "staff@example.org",
                                                    "password": "correct horse battery staple"})
    assert response.status_code == 303
    # Then the cookie has the __Host- prefix and what it requires: Secure, Path=/, no Domain
    (cookie,) = [c for c in response.headers.getlist("Set-Cookie") if c.startswith("__Host-s=")]
    attributes = [part.strip().split("=")[0].lower() for part in cookie.split(";")[1:]]
    assert "secure" in attributes and "domain" not in attributes
    assert "Path=/" in [part.strip() for part in cookie.split(";")]
    assert not [c for c in response.headers.getlist("Set-Cookie") if c.startswith("s=")]
    # and the session works with it
    assert client.get("/staff/").status_code == 200
