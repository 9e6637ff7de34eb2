"""Wrong passwords and codes are limited per account and client address, with a slower limit per
account behind it: a stranger guessing from one address locks out that address, never the person
signing in from another; wrong codes count with wrong passwords; no counter holds an address."""

from __future__ import annotations

import time
from typing import Any

import pyotp
import pytest
from flask import Flask
from limits import parse_many

from feedback_app.extensions import limiter
from tests.people import PASSWORD, add_person, post_form, signed_in
from tests.support.html import text_with_class

ATTACKER, STAFF_AT_HOME, ELSEWHERE = "203.0.113.9", "192.0.2.10", "198.51.100.20"


def _client_at(app: Flask, address: str, *, forwarded: bool = False) -> Any:
    client = app.test_client()
    if forwarded:  # behind the kit's nginx: the proxy connects, and names the client
        client.environ_base.update({"REMOTE_ADDR": "127.0.0.1",
                                    "HTTP_X_FORWARDED_FOR": address})
    else:
        client.environ_base["REMOTE_ADDR"] = address
    return client


def _sign_in(client: Any, password: str, email: str = "sam@example.org") -> int:
    return post_form(client, "/staff/sign-in", {"email": email,
                                                "password": password}).status_code


def _code(client: Any, code: str) -> int:
    return post_form(client, "/staff/sign-in/code", {"code": code}).status_code


def _turn_on_two_step(app: Flask) -> str:
    client = signed_in(app, "sam@example.org")
    secret = text_with_class(client.get("/staff/two-step").get_data(as_text=True),
                             "secret")[0].replace(" ", "")
    assert post_form(client, "/staff/two-step/on", {"code": pyotp.TOTP(secret).now()},
                     form_page="/staff/two-step").status_code == 303
    return secret


@pytest.mark.parametrize("behind_a_proxy", [False, True])
def test_guesses_from_one_address_do_not_keep_the_person_out(app_factory, behind_a_proxy):
    # Given a staff member, and a stranger guessing their password from one address
    app = app_factory(TRUSTED_PROXIES=1 if behind_a_proxy else 0)
    add_person(app, "staff", "sam@example.org")
    stranger = _client_at(app, ATTACKER, forwarded=behind_a_proxy)
    for guess in range(5):
        assert _sign_in(stranger, f"guess number {guess} here") == 400
    # Then the stranger's address is refused, even with the right password
    assert _sign_in(stranger, PASSWORD) == 429
    # But the staff member, signing in from their own address, gets in
    at_home = _client_at(app, STAFF_AT_HOME, forwarded=behind_a_proxy)
    assert _sign_in(at_home, PASSWORD) == 303
    assert at_home.get("/staff/").status_code == 200


def test_guesses_from_many_addresses_meet_the_slower_limit_of_the_account(app_factory):
    # Given an account whose limit from everywhere is 8 wrong passwords a day
    app = app_factory(SIGNIN_LIMIT_ACCOUNT="8 per day")
    add_person(app, "staff", "sam@example.org")
    # When two addresses guess 8 times between them (each under its own limit of 5)
    for address, guesses in (("203.0.113.1", 5), ("203.0.113.2", 3)):
        client = _client_at(app, address)
        for guess in range(guesses):
            assert _sign_in(client, f"guess number {guess} here") == 400
    # Then the account is held from every address for now, the right password too
    assert _sign_in(_client_at(app, ELSEWHERE), PASSWORD) == 429
    # while another account is not
    add_person(app, "staff", "ana@example.org")
    assert _sign_in(_client_at(app, ELSEWHERE), PASSWORD, "ana@example.org") == 303


def test_one_address_can_never_use_up_the_limit_of_the_account(app):
    # The deployment's own settings: the most one address may fail in a day is less than what
    # the account allows from everywhere, so one address alone never locks the person out.
    def most_a_day(setting: str) -> int:
        return min(item.amount * max(1, 86_400 // item.get_expiry())
                   for item in parse_many(app.config[setting]))

    assert most_a_day("SIGNIN_LIMIT_CLIENT") < most_a_day("SIGNIN_LIMIT_ACCOUNT")
    assert most_a_day("SIGNIN_LIMIT_CLIENT") <= 20


def test_wrong_codes_count_with_wrong_passwords(app):
    # Given an account with two-step sign-in, and three wrong passwords from one address
    add_person(app, "staff", "sam@example.org")
    secret = _turn_on_two_step(app)
    client = _client_at(app, ATTACKER)
    for guess in range(3):
        assert _sign_in(client, f"guess number {guess} here") == 400
    # When the right password is followed by two wrong codes
    assert _sign_in(client, PASSWORD) == 303
    assert _code(client, "000000") == 400 and _code(client, "111111") == 400
    # Then five failures in all hold this address: the right code is refused too
    assert _code(client, pyotp.TOTP(secret).at(time.time() + 30)) == 429
    assert _sign_in(client, PASSWORD) == 429


def test_wrong_codes_while_setting_up_two_step_are_limited(app):
    # Given a signed-in person setting up two-step sign-in
    add_person(app, "staff", "sam@example.org")
    client = signed_in(app, "sam@example.org")
    secret = text_with_class(client.get("/staff/two-step").get_data(as_text=True),
                             "secret")[0].replace(" ", "")
    # When five wrong codes are sent
    for wrong in ("000000", "111111", "222222", "333333", "444444"):
        assert post_form(client, "/staff/two-step/on", {"code": wrong},
                         form_page="/staff/two-step").status_code == 400
    # Then the right one is refused for now as well
    right = post_form(client, "/staff/two-step/on", {"code": pyotp.TOTP(secret).now()},
                      form_page="/staff/two-step")
    assert right.status_code == 429


def test_the_counters_hold_neither_the_address_nor_the_email(app):
    # Given failures from a known address
    add_person(app, "staff", "sam@example.org")
    stranger = _client_at(app, ATTACKER)
    for guess in range(3):
        assert _sign_in(stranger, f"guess number {guess} here") == 400
    # Then Flask-Limiter's storage (memory here, Redis when deployed) has counters, and none of
    # their keys holds the address or the email
    with app.app_context():
        keys = [str(key) for key in limiter.storage.storage]
    assert any("sign-in-client" in key for key in keys), keys
    assert not [key for key in keys if ATTACKER in key or "sam@example.org" in key]
