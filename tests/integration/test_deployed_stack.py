"""The deployment kit, run as deployed: Debian's nginx with TLS (deploy/nginx) in front of four
gunicorn workers (deploy/systemd), on PostgreSQL with rate limits in Redis
(deploy/survivor-voice.env).

Clients come from other loopback addresses (127.0.0.2, 127.0.0.3), as survivors come from the
internet: nginx forwards their address, the app trusts exactly one proxy.
"""

from __future__ import annotations

import html

import pytest
import requests

from tests.bench.servers import HttpSurvivor
from tests.bench.stack import HOSTNAME, Stack
from tests.support import atom
from tests.support import html as markup

pytestmark = pytest.mark.postgres

WRONG = "0000 0000 0000 0000 0001"
USER_AGENT = "Mozilla/5.0 (Linux; Android 9; itel A16 Plus) Chrome/118.0 Mobile SurvivorPhone/7"
STORY = "my name is ioana popescu, the lawyer from the clinic never called me back"


def survivor(stack: Stack, address: str, **kwargs: str) -> HttpSurvivor:
    return HttpSurvivor(stack.loopback_url, source_address=address, user_agent=USER_AGENT,
                        host=f"{HOSTNAME}:{stack.port}", verify=str(stack.certificate), **kwargs)


def staff_session(stack: Stack, address: str, host: str) -> requests.Session:
    """An admin signed in through nginx, from `address`, naming `host` in every request."""
    email = f"admin-{address.replace('.', '-')}@example.org"
    stack.flask("accounts", "create", "--email", email, "--role", "admin", "--password-stdin",
                stdin="correct horse battery staple\n")
    http = survivor(stack, address).http
    http.headers["Host"] = host
    page = http.get(f"{stack.loopback_url}/staff/sign-in", timeout=60).text
    response = http.post(f"{stack.loopback_url}/staff/sign-in", timeout=60, data={
        "csrf_token": markup.csrf_token(page), "email": email,
        "password": "correct horse battery staple"}, allow_redirects=False)
    assert response.status_code == 303, response.text[:300]
    return http


def wrong_code_statuses(stack: Stack, address: str, tries: int = 11,
                        forwarded_for: str | None = None) -> list[int]:
    """The status of each try of a wrong receipt code from `address`, a new connection each time
    (so any of the workers answers); `forwarded_for` makes up an X-Forwarded-For, numbered."""
    statuses = []
    for n in range(tries):
        guesser = survivor(stack, address)
        if forwarded_for:
            guesser.http.headers["X-Forwarded-For"] = f"{forwarded_for}.{n}"
        page = guesser.http.get(f"{stack.loopback_url}/r", timeout=60).text
        response = guesser.http.post(f"{stack.loopback_url}/r", timeout=60, data={
            "csrf_token": markup.csrf_token(page), "code": WRONG})
        statuses.append(response.status_code)
    return statuses


def test_survivor_sends_feedback_and_opens_the_receipt_through_nginx(deployed):
    someone = survivor(deployed, "127.0.0.2")
    code, given = someone.submit(STORY)
    assert given > 0
    assert survivor(deployed, "127.0.0.2").opens(code)
    page = someone.http.get(f"{deployed.loopback_url}/p/safe-house", timeout=60)
    assert page.headers["Strict-Transport-Security"].startswith("max-age=")
    style = next(href for href in markup.stylesheets(page.text) if href.startswith("/static/"))
    assert someone.http.get(f"{deployed.loopback_url}{style}", timeout=60).status_code == 200
    health = someone.http.get(f"{deployed.loopback_url}/healthz", timeout=60)
    assert (health.status_code, health.text) == (200, "ok")


def test_two_clients_on_different_addresses_get_separate_limits(deployed):
    code, _ = survivor(deployed, "127.0.0.2").submit("the interpreter was kind to my mother")
    # counted across four workers, in Redis
    assert wrong_code_statuses(deployed, "127.0.0.3") == [200] * 10 + [429]
    assert survivor(deployed, "127.0.0.2").opens(code)  # the neighbour is not locked out
    assert survivor(deployed, "127.0.0.3").opens(code)  # nor is a right code from the guesser


def test_every_absolute_link_comes_from_the_public_url(deployed):
    admin = staff_session(deployed, "127.0.0.2", host="attacker.example")
    base = deployed.loopback_url
    programmes = admin.get(f"{base}/staff/programmes", timeout=60).text
    poster_path = next(href for href in markup.links(programmes) if href.endswith("/poster"))
    poster = admin.get(base + poster_path, timeout=60).text
    accounts = admin.get(f"{base}/staff/accounts", timeout=60).text
    invited = admin.post(f"{base}/staff/accounts/invite", timeout=60, data={
        "csrf_token": markup.csrf_token(accounts), "email": "nia.okafor@example.org",
        "role": "staff"}).text
    feed = admin.get(f"{base}/changes.atom", timeout=60).text
    links = (markup.absolute_urls(poster) + markup.absolute_urls(invited)
             + atom.absolute_urls(feed))
    ours = [link for link in links if "/p/" in link or "/staff/join/" in link
            or "/changes" in link]
    assert any("/p/" in link for link in ours), ours
    assert any("/staff/join/" in link for link in ours)
    assert any(link.endswith("/changes.atom") for link in ours)
    assert all(link.startswith(f"{deployed.url}/") for link in ours), ours
    assert "attacker.example" not in html.unescape(poster + invited + feed)


def test_plain_http_is_sent_to_the_https_name(deployed):
    response = requests.get(f"http://127.0.0.1:{deployed.http_port}/p/safe-house?x=1",
                            headers={"Host": "attacker.example"}, allow_redirects=False,
                            timeout=30)
    assert response.status_code == 301
    assert response.headers["Location"] == f"https://{HOSTNAME}/p/safe-house?x=1"


def test_a_forged_forwarded_address_does_not_escape_the_limit(deployed):
    statuses = wrong_code_statuses(deployed, "127.0.0.4", forwarded_for="198.51.100")
    assert statuses == [200] * 10 + [429]


def test_no_client_address_or_user_agent_in_any_log(deployed):
    # Given traffic of every kind from two addresses: feedback, wrong codes, odd pages, a
    # refused form, an over-long answer and a signed-in admin
    survivor(deployed, "127.0.0.3").submit("call me on +234 803 555 0147, the shelter was cold")
    odd = survivor(deployed, "127.0.0.2")
    for path in ("/p/nowhere", "/r?code=1234", "/staff/", "/static/missing.css"):
        odd.http.get(f"{deployed.loopback_url}{path}", timeout=60)
    odd.http.post(f"{deployed.loopback_url}/p/safe-house", data={"x": "y"}, timeout=60)
    odd.http.post(f"{deployed.loopback_url}/r", data={"code": "a" * 300_000}, timeout=60)
    staff_session(deployed, "127.0.0.3", host=f"{HOSTNAME}:{deployed.port}")
    # Then no log of nginx, gunicorn or the app holds an address or the browser's name
    logs = deployed.logs()
    assert {"error.log", "gunicorn.err", "gunicorn.out", "nginx.err"} <= set(logs)
    for name, text in logs.items():
        for secret in ("127.0.0.2", "127.0.0.3", "SurvivorPhone", "itel A16", "803 555"):
            assert secret not in text, (name, secret, text[-2000:])
    assert not logs.get("access.log"), "the site must switch off Debian's access log"
