"""A phone texting the app through the Twilio webhook, with correctly signed requests."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape

from flask.testing import FlaskClient
from twilio.request_validator import RequestValidator

TWILIO_TOKEN = "test-twilio-auth-token"
WEBHOOK = "http://localhost/sms/twilio"
MESSAGE = re.compile(r"<Message>(.*?)</Message>", re.S)
RECEIPT = re.compile(r"(\d{4} \d{4} \d{4} \d{4} \d{4})")


def twilio_settings() -> dict[str, str]:
    return {"SMS_GATEWAY": "twilio", "TWILIO_AUTH_TOKEN": TWILIO_TOKEN}


def signed(params: dict[str, str], url: str = WEBHOOK) -> dict[str, str]:
    return {"X-Twilio-Signature": RequestValidator(TWILIO_TOKEN).compute_signature(url, params)}


@dataclass
class Phone:
    client: FlaskClient
    number: str = "+15005550006"
    received: list[str] = field(default_factory=list)

    def text(self, body: str) -> list[str]:
        """Send one SMS; return the texts the app answered with."""
        params = {"From": self.number, "To": "+15005550001", "Body": body,
                  "MessageSid": "SM" + "0" * 32}
        response = self.client.post("/sms/twilio", data=params, headers=signed(params))
        assert response.status_code == 200, response.status_code
        assert response.mimetype == "application/xml"
        texts = [unescape(t) for t in MESSAGE.findall(response.get_data(as_text=True))]
        self.received.extend(texts)
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


# The shelter survey, v1: six choices then three free texts.
SHELTER_ANSWERS = ["1", "2", "3", "1", "2", "1", "The food was cold and late", "0", "0"]
