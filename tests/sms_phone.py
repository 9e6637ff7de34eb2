"""A phone texting the app: through the Twilio webhook, with correctly signed requests, or through
Kannel's get-url, answered through a stand-in for smsbox's sendsms that can be down. (The real
Kannel runs in tests/kannel.py, for the tests that need it.)"""

from __future__ import annotations

import re
import secrets
import threading
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import werkzeug.serving
from flask.testing import FlaskClient
from twilio.request_validator import RequestValidator

from feedback_app.config import PROJECT_ROOT
from feedback_app.services.sms_conversation import Say
from feedback_app.services.sms_encoding import fit
from feedback_app.services.surveys import SurveyCatalogue
from feedback_app.sms import texts
from tests.support import twiml

TWILIO_TOKEN = "test-twilio-auth-token"
WEBHOOK = "http://localhost/sms/twilio"
RECEIPT = re.compile(r"(\d{4} \d{4} \d{4} \d{4} \d{4})")


def catalogue_text(app, language: str, key: str, public_url: str = "",
                   **values: object) -> str:
    """The text `key` in the catalogue of `language`, as the gateway is given it."""
    with app.app_context():
        (text,) = texts.render(language, (Say(key, values),), public_url=public_url)
    return fit(text, language).text


def twilio_settings() -> dict[str, str]:
    return {"SMS_GATEWAY": "twilio", "TWILIO_AUTH_TOKEN": TWILIO_TOKEN}


def signed(params: dict[str, str], url: str = WEBHOOK) -> dict[str, str]:
    return {"X-Twilio-Signature": RequestValidator(TWILIO_TOKEN).compute_signature(url, params)}


@dataclass
class Phone:
    client: FlaskClient
    number: str = "+15005550006"
    received: list[str] = field(default_factory=list)
    tried: list[str] = field(default_factory=list)  # all the app tried to send with its last answer

    def text(self, body: str) -> list[str]:
        """Send one SMS; return the texts the app answered with."""
        params = {"From": self.number, "To": "+15005550001", "Body": body,
                  "MessageSid": "SM" + secrets.token_hex(16)}  # new for every text
        response = self.client.post("/sms/twilio", data=params, headers=signed(params))
        assert response.status_code == 200, response.status_code
        assert response.mimetype == "application/xml"
        texts = twiml.messages(response.get_data())
        self.received.extend(texts)
        self.tried = texts  # the texts travel in the response: Twilio has them all
        return texts

    def last(self) -> str:
        return self.received[-1]

    def receipt_code(self) -> str:
        match = RECEIPT.search(self.last())
        assert match, self.last()
        return match.group(1)

    def answers_survey(self, answers: list[str], *, language: str = "1",
                       board: str = "1", quote: str = "2", keyword: str = "SHELTER") -> str:
        """Start with the keyword, answer everything; return the receipt code."""
        self.text(keyword)
        self.text(language)
        self.text("1")  # consent
        self.text(board)
        self.text(quote)
        for answer in answers:
            self.text(answer)
        return self.receipt_code()


def _shelter_by_text() -> tuple[int, int, list[str]]:
    """The shelter survey as programmes take it (its newest version), answered by text: how many
    questions, how many choices (asked first), and the replies: a number for each choice, words
    for the first free text and 0 (skip) for the rest."""
    questions = SurveyCatalogue(PROJECT_ROOT / "surveys").get("shelter").questions()
    kinds = [q.kind for q in questions]
    choices = kinds.index("text")
    assert set(kinds[:choices]) == {"choice"} and set(kinds[choices:]) == {"text"}, kinds
    numbers = [("1", "2", "3", "1", "2")[n % 5] for n in range(choices)]
    texts = ["The food was cold and late", *["0"] * (len(questions) - choices - 1)]
    return len(questions), choices, numbers + texts


SHELTER_QUESTION_COUNT, SHELTER_CHOICE_COUNT, SHELTER_ANSWERS = _shelter_by_text()


KANNEL_TOKEN = "test-kannel-token-long-enough-to-guess-never"


@dataclass
class Sendsms:
    """Stands in for smsbox's sendsms: takes each text as smsbox does (202), or, while `down`,
    refuses it as smsbox does when bearerbox is gone. Records both, so a test can see a code
    that never reached the phone."""

    url: str = ""
    down: bool = False
    given: list[tuple[str, str, bool]] = field(default_factory=list)  # (to, text, taken)

    def __call__(self, environ: dict[str, Any], start_response: Any) -> list[bytes]:
        query = urllib.parse.parse_qs(environ.get("QUERY_STRING", ""))
        self.given.append((query["to"][0], query["text"][0], not self.down))
        if self.down:
            start_response("503 Service Unavailable", [("Content-Type", "text/plain")])
            return [b"Sendsms failed"]
        start_response("202 Accepted", [("Content-Type", "text/plain")])
        return [b"0: Accepted for delivery"]

    def app_settings(self) -> dict[str, str]:
        return {"SMS_GATEWAY": "kannel", "KANNEL_TOKEN": KANNEL_TOKEN,
                "KANNEL_SENDSMS_URL": self.url, "KANNEL_USERNAME": "survivor-voice",
                "KANNEL_PASSWORD": "test-sendsms-password"}


@contextmanager
def running_sendsms() -> Iterator[Sendsms]:
    sendsms = Sendsms()
    server = werkzeug.serving.make_server("127.0.0.1", 0, sendsms)
    sendsms.url = f"http://127.0.0.1:{server.server_port}/cgi-bin/sendsms"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield sendsms
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@dataclass
class KannelPhone(Phone):
    """A phone whose texts come in as Kannel's get-url calls and whose answers go out through
    `sendsms`: `text` returns what the gateway took, `tried` all the app tried to send."""

    sendsms: Sendsms = field(default_factory=Sendsms)

    def text(self, body: str) -> list[str]:
        start = len(self.sendsms.given)
        query = urllib.parse.urlencode({"token": KANNEL_TOKEN, "from": self.number,
                                        "to": "12345", "text": body, "charset": "UTF-8",
                                        "smsc": "FAKE"})
        response = self.client.get(f"/sms/kannel?{query}")
        assert response.status_code == 200, response.status_code
        given = [(text, taken) for to, text, taken in self.sendsms.given[start:]
                 if to == self.number]
        self.tried = [text for text, _ in given]
        texts = [text for text, taken in given if taken]
        self.received.extend(texts)
        return texts
