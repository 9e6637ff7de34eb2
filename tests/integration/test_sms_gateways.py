"""The webhooks against a caller that is not the gateway, or that sends a request again: wrong
tokens and signatures are limited like wrong receipt codes, a short Kannel token stops the app
from starting, and a replayed message is answered without being handled twice, remembered only as
a keyed hash. With the real Kannel where the other SMS tests use it; SQLite and PostgreSQL."""

from __future__ import annotations

import logging
import secrets
import time
import urllib.parse

import pytest
import redis
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from feedback_app import create_app
from feedback_app.config import ConfigurationError
from feedback_app.extensions import db
from feedback_app.models import SmsConversation
from feedback_app.ratelimits import limiter
from tests.apps import config_for_tests, make_app
from tests.kannel import TOKEN
from tests.sms_phone import Phone, signed, twilio_settings
from tests.support.twiml import messages

KANNEL = {"SMS_GATEWAY": "kannel", "KANNEL_TOKEN": TOKEN,
          "KANNEL_SENDSMS_URL": "http://127.0.0.1:9/cgi-bin/sendsms",
          "KANNEL_USERNAME": "u", "KANNEL_PASSWORD": "p"}


def conversations(app) -> list[tuple]:
    """Every conversation's state, to show a request changed nothing."""
    with app.app_context():
        rows = db.session.scalars(select(SmsConversation).order_by(SmsConversation.id)).all()
        state = [(row.stage, row.language, row.question, row.consent_staff, row.consent_board,
                  dict(row.answers)) for row in rows]
        db.session.remove()
    return state


def kannel_get(client, *, token: str, address: str = "192.0.2.50", number: str = "+447700900321",
               text: str = "SHELTER"):
    query = urllib.parse.urlencode({"token": token, "from": number, "to": "12345", "text": text,
                                    "charset": "UTF-8"})
    return client.get(f"/sms/kannel?{query}", environ_base={"REMOTE_ADDR": address})


# Wrong tokens and signatures ---------------------------------------------------------------------


def test_the_eleventh_wrong_kannel_token_in_an_hour_is_refused_with_429(app_factory):
    # Given the Kannel webhook, and a client guessing tokens
    app = app_factory(**KANNEL)
    client = app.test_client()
    # When it sends ten wrong tokens, each is a 403; the eleventh is a 429
    assert [kannel_get(client, token=f"guess-{n}").status_code for n in range(10)] == [403] * 10
    assert kannel_get(client, token="guess-10").status_code == 429
    # Then another client's wrong token is still only refused, not limited
    assert kannel_get(client, token="guess-11", address="192.0.2.51").status_code == 403
    assert conversations(app) == []


def test_a_right_kannel_token_is_taken_however_many_wrong_ones_came_first(app_factory):
    app = app_factory(**KANNEL)
    client = app.test_client()
    for n in range(15):
        kannel_get(client, token=f"guess-{n}")
    # Kannel itself, behind the same address as the guesser, is still answered
    assert kannel_get(client, token=TOKEN).status_code == 200
    assert [stage for stage, *_ in conversations(app)] == ["language"]


def test_wrong_kannel_tokens_from_every_client_count_toward_one_site_wide_limit(app_factory):
    app = app_factory(**KANNEL, SMS_REFUSED_LIMIT_ALL="5 per hour")
    client = app.test_client()
    for n in range(5):
        assert kannel_get(client, token="x", address=f"192.0.2.{60 + n}").status_code == 403
    assert kannel_get(client, token="x", address="192.0.2.99").status_code == 429


def test_wrong_twilio_signatures_are_limited_the_same_way(app_factory):
    app = app_factory(**twilio_settings())
    client = app.test_client()
    params = {"From": "+15005550300", "To": "+15005550001", "Body": "SHELTER",
              "MessageSid": "SM" + secrets.token_hex(16)}
    forged = {"X-Twilio-Signature": "bm90IGEgc2lnbmF0dXJl"}
    statuses = [client.post("/sms/twilio", data=params, headers=forged).status_code
                for _ in range(11)]
    assert statuses == [403] * 10 + [429]
    assert client.post("/sms/twilio", data=params, headers=signed(params)).status_code == 200


# The token's length -------------------------------------------------------------------------------


@pytest.mark.parametrize("token", ["", "CHANGE-ME", "test-kannel-token", "x" * 31])
def test_the_app_refuses_to_start_with_a_kannel_token_under_32_characters(sqlite_url, token):
    with pytest.raises(ConfigurationError) as refused:
        create_app(config_for_tests(sqlite_url, **{**KANNEL, "KANNEL_TOKEN": token}))
    message = refused.value.message
    assert "SV_KANNEL_TOKEN must be at least 32 characters" in message
    assert "secrets.token_urlsafe" in message and "\n" not in message
    assert token not in message or not token


def test_a_short_kannel_token_in_the_environment_stops_the_app_too(sqlite_url, monkeypatch):
    monkeypatch.setenv("SV_SMS_GATEWAY", "kannel")
    monkeypatch.setenv("SV_KANNEL_TOKEN", "short")
    settings = config_for_tests(sqlite_url, KANNEL_SENDSMS_URL="http://127.0.0.1:9/",
                                KANNEL_USERNAME="u", KANNEL_PASSWORD="p")
    with pytest.raises(ConfigurationError, match="SV_KANNEL_TOKEN must be at least 32"):
        create_app(settings)


@pytest.mark.parametrize("token", ["x" * 32, TOKEN, secrets.token_urlsafe(32)],
                         ids=["32 characters", "the tests' token", "a made one"])
def test_a_kannel_token_of_32_characters_or_more_starts(sqlite_url, token):
    app = create_app(config_for_tests(sqlite_url, **{**KANNEL, "KANNEL_TOKEN": token}))
    assert app.extensions["sms_gateway"].name == "kannel"


def test_a_short_kannel_token_does_not_matter_while_kannel_is_not_the_gateway(sqlite_url):
    app = create_app(config_for_tests(sqlite_url, **twilio_settings(), KANNEL_TOKEN="short"))
    assert app.extensions["sms_gateway"].name == "twilio"


# Replays ------------------------------------------------------------------------------------------


class Recorder:
    """Passes Kannel's get-url calls to the app, keeping each query string: what a retry by
    Kannel, or someone who saw the request, would send again."""

    def __init__(self, app) -> None:
        self.app, self.queries = app, []

    def __call__(self, environ, start_response):
        self.queries.append(environ.get("QUERY_STRING", ""))
        return self.app(environ, start_response)


def test_a_kannel_request_sent_again_is_answered_without_being_handled_twice(kannel, kannel_app,
                                                                             caplog):
    # Given a survivor who chose a language through the real Kannel
    recorder = Recorder(kannel_app)
    kannel.switch.app = recorder
    number = "+447700902" + f"{secrets.randbelow(1000):03d}"
    assert kannel.send(number, "SHELTER")
    assert kannel.send(number, "1")
    chose_language = recorder.queries[-1]
    ids = [urllib.parse.parse_qs(query)["id"][0] for query in recorder.queries]
    assert len(set(ids)) == 2 and all(ids)  # Kannel names each message with its own id
    before = conversations(kannel_app)
    # When the same get-url request for "1" arrives again
    caplog.set_level(logging.INFO)
    again = kannel_app.test_client().get(f"/sms/kannel?{chose_language}")
    # Then it is answered with nothing, and the "1" is not taken as the answer to consent
    assert again.status_code == 200 and again.get_data() == b""
    assert conversations(kannel_app) == before
    assert "sms_replayed gateway=kannel" in caplog.text
    # And the survivor's own next "1", a new message, is taken as usual
    assert kannel.send(number, "1")
    assert conversations(kannel_app) != before


def twilio_params(number: str, body: str) -> dict[str, str]:
    return {"From": number, "To": "+15005550001", "Body": body,
            "MessageSid": "SM" + secrets.token_hex(16)}


def test_a_twilio_request_with_a_message_sid_already_taken_is_answered_with_no_text(app_factory):
    # Given a survivor who started by Twilio
    app = app_factory(**twilio_settings())
    client = app.test_client()
    first = twilio_params("+15005550310", "SHELTER")
    assert messages(client.post("/sms/twilio", data=first, headers=signed(first)).get_data())
    language = twilio_params("+15005550310", "1")
    assert messages(client.post("/sms/twilio", data=language, headers=signed(language)).data)
    before = conversations(app)
    # When Twilio's signed request for "1" is sent again, signature and all
    again = client.post("/sms/twilio", data=language, headers=signed(language))
    # Then the answer carries no text and the conversation did not move on
    assert again.status_code == 200 and messages(again.get_data()) == []
    assert conversations(app) == before
    # And the same words in a new message (a new MessageSid) are the survivor's next answer
    consent = twilio_params("+15005550310", "1")
    assert messages(client.post("/sms/twilio", data=consent, headers=signed(consent)).data)
    assert conversations(app) != before


def test_the_same_text_twice_from_the_same_number_is_two_answers(app_factory):
    app = app_factory(**twilio_settings())
    phone = Phone(app.test_client(), number="+15005550320")
    phone.text("SHELTER")
    phone.text("1")
    after_language = conversations(app)
    phone.text("1")
    assert conversations(app) != after_language


def test_a_message_id_is_remembered_only_for_the_replay_window(app_factory):
    app = app_factory(**twilio_settings(), SMS_REPLAY_WINDOW_SECONDS=1)
    client = app.test_client()
    start = twilio_params("+15005550330", "SHELTER")
    client.post("/sms/twilio", data=start, headers=signed(start))
    assert messages(client.post("/sms/twilio", data=start, headers=signed(start)).data) == []
    time.sleep(1.2)
    # Past the window the id is forgotten: the keyword is taken again (and asks the language)
    assert messages(client.post("/sms/twilio", data=start, headers=signed(start)).data)


def test_the_replay_store_in_redis_holds_no_number_no_text_and_expires(app_factory, redis_url):
    # Given the limits kept in a real Redis, as in production
    app = app_factory(**twilio_settings(), RATELIMIT_STORAGE_URI=redis_url)
    client = app.test_client()
    number, body = "+15005550340", "SHELTER"
    params = twilio_params(number, body)
    client.post("/sms/twilio", data=params, headers=signed(params))
    # Then what Redis holds names neither the number, nor the text, nor the message id
    store = redis.Redis.from_url(redis_url)
    keys = [key for key in store.keys("*") if b"sms-seen" in key]
    assert len(keys) == 1
    everything = b" ".join(store.keys("*") + [store.dump(key) or b"" for key in store.keys("*")])
    for secret in (number, number.lstrip("+"), "5550340", body, params["MessageSid"]):
        assert secret.encode() not in everything
    assert 0 < store.ttl(keys[0]) <= 600
    # And the database holds nothing of it either: one conversation row, found by its own HMAC
    with app.app_context():
        assert len(db.session.scalars(select(SmsConversation)).all()) == 1
    store.close()


def test_a_request_that_failed_is_not_remembered_so_a_retry_is_handled(sqlite_url):
    # Given a database that lost a table: handling the message fails with a server error
    app = make_app(sqlite_url, **twilio_settings())
    with app.app_context():
        db.session.execute(db.text("DROP TABLE sms_conversation"))
        db.session.commit()
    client = app.test_client()
    params = twilio_params("+15005550350", "SHELTER")
    with pytest.raises(OperationalError, match="no such table"):  # a 500 outside tests
        client.post("/sms/twilio", data=params, headers=signed(params))
    # Then nothing was kept as seen: the gateway's retry would be handled, not dropped
    assert not [key for key in limiter.storage.storage if "sms-seen" in key]
    with app.app_context():
        db.engine.dispose()

