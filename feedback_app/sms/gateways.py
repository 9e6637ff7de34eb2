"""The SMS gateways behind one small interface: Kannel and the Twilio webhook format.

A gateway turns an incoming HTTP request into an `Incoming` message and sends the answer back:
Kannel through its ``sendsms`` HTTP interface, Twilio as TwiML in the webhook's response. It also
says whether the gateway took the answer, so a receipt code that never left is sent again.
Neither keeps or logs the number; it lives only as long as the request.
"""

from __future__ import annotations

import codecs
import hmac
import logging
import urllib.error
import urllib.parse
import urllib.request
from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from flask import Request, Response
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

from feedback_app.services.sms_encoding import GSM7, SmsText

log = logging.getLogger(__name__)
GATEWAYS = ("kannel", "twilio")
SEND_TIMEOUT_SECONDS = 10


class GatewayRefused(Exception):
    """The request did not come from our gateway (wrong token or signature)."""


class GatewayConfigError(ValueError):
    """The chosen gateway lacks a setting it needs."""


@dataclass(frozen=True)
class Incoming:
    sender: str  # as the gateway gave it: never stored, never logged
    text: str
    smsc: str | None = None  # Kannel: the SMSC it came through, so the answer goes back there
    # The gateway's own id of this message (Kannel's %I, Twilio's MessageSid): the same in a
    # retry or a replay of the request, never the same for two texts. None if it sent none.
    message_id: str | None = None


@dataclass(frozen=True)
class Delivery:
    response: Response  # what the webhook answers the gateway
    accepted: bool  # the gateway took every text (it may still queue them); False if any failed


class SmsGateway(ABC):
    name: str

    @abstractmethod
    def receive(self, request: Request) -> Incoming:
        """The message in this request; raises GatewayRefused if it is not from the gateway."""

    @abstractmethod
    def respond(self, incoming: Incoming, texts: list[SmsText]) -> Delivery:
        """Send the texts to the message's sender; the HTTP response for the gateway."""


def _decode(raw: str, charset: str) -> str:
    """A percent-encoded value in the charset Kannel names (UTF-16BE for UCS-2 messages)."""
    data = urllib.parse.unquote_to_bytes(raw.replace("+", " "))
    try:
        codec = codecs.lookup(charset or "utf-8").name
    except LookupError:
        codec = "utf-8"
    return data.decode(codec, errors="replace")


class KannelGateway(SmsGateway):
    name = "kannel"

    def __init__(self, *, token: str, sendsms_url: str, username: str, password: str) -> None:
        if not (token and sendsms_url and username and password):
            raise GatewayConfigError("Kannel needs SV_KANNEL_TOKEN, SV_KANNEL_SENDSMS_URL, "
                                     "SV_KANNEL_USERNAME and SV_KANNEL_PASSWORD")
        self.token, self.sendsms_url = token, sendsms_url
        self.username, self.password = username, password

    def receive(self, request: Request) -> Incoming:
        # get-url: /sms/kannel?token=…&from=%p&to=%P&text=%a&charset=%C&smsc=%i&id=%I. The text
        # is read from the raw query in Kannel's charset, not as UTF-8.
        fields: dict[str, str] = {}
        for pair in request.query_string.decode("latin-1").split("&"):
            name, _, value = pair.partition("=")
            fields.setdefault(urllib.parse.unquote(name), value)
        token = urllib.parse.unquote(fields.get("token", ""))
        if not hmac.compare_digest(token.encode(), self.token.encode()):
            raise GatewayRefused
        charset = urllib.parse.unquote(fields.get("charset", "")) or "utf-8"
        smsc = urllib.parse.unquote(fields.get("smsc", "")) or None
        message_id = urllib.parse.unquote(fields.get("id", "")) or None
        return Incoming(sender=_decode(fields.get("from", ""), "latin-1"),
                        text=_decode(fields.get("text", ""), charset), smsc=smsc,
                        message_id=message_id)

    def send(self, to: str, text: SmsText, smsc: str | None = None) -> bool:
        params = {"username": self.username, "password": self.password, "to": to,
                  "text": text.text, "charset": "UTF-8",
                  "coding": "0" if text.coding == GSM7 else "2"}
        if smsc:
            params["smsc"] = smsc
        url = f"{self.sendsms_url}?{urllib.parse.urlencode(params)}"
        try:
            with urllib.request.urlopen(url, timeout=SEND_TIMEOUT_SECONDS) as reply:  # noqa: S310
                reply.read()
            return True
        except (urllib.error.URLError, TimeoutError, OSError) as error:
            # The URL holds the number: log only what kind of failure it was.
            log.warning("sms_send_failed gateway=kannel error=%s", type(error).__name__)
            return False

    def respond(self, incoming: Incoming, texts: list[SmsText]) -> Delivery:
        # After a failure the rest would arrive out of order, or not at all: stop there.
        accepted = all(self.send(incoming.sender, text, incoming.smsc) for text in texts)
        # Kannel sends a non-empty get-url body as an SMS too; ours is empty (omit-empty).
        return Delivery(Response("", status=200, mimetype="text/plain"), accepted)


class TwilioGateway(SmsGateway):
    name = "twilio"

    def __init__(self, *, auth_token: str, webhook_url: str = "") -> None:
        if not auth_token:
            raise GatewayConfigError("Twilio needs SV_TWILIO_AUTH_TOKEN")
        self.validator = RequestValidator(auth_token)
        self.webhook_url = webhook_url

    def receive(self, request: Request) -> Incoming:
        signature = request.headers.get("X-Twilio-Signature", "")
        # Behind a proxy the public address differs from the one Flask sees: configure it.
        url = self.webhook_url or request.url
        params = request.form.to_dict(flat=True)
        if not signature or not self.validator.validate(url, params, signature):
            raise GatewayRefused
        return Incoming(sender=params.get("From", ""), text=params.get("Body", ""),
                        message_id=params.get("MessageSid") or None)

    def respond(self, incoming: Incoming, texts: list[SmsText]) -> Delivery:
        twiml = MessagingResponse()
        for text in texts:
            twiml.message(text.text)
        # The texts travel in this response: handing it back is all the acceptance there is.
        return Delivery(Response(str(twiml), status=200, mimetype="application/xml"), True)


def configured_gateway(config: Mapping[str, Any]) -> SmsGateway | None:
    """The gateway SV_SMS_GATEWAY names, or None when SMS is off; raises GatewayConfigError."""
    name = config.get("SMS_GATEWAY", "")
    if not name:
        return None
    if name == "kannel":
        return KannelGateway(token=config["KANNEL_TOKEN"], sendsms_url=config["KANNEL_SENDSMS_URL"],
                             username=config["KANNEL_USERNAME"],
                             password=config["KANNEL_PASSWORD"])
    if name == "twilio":
        return TwilioGateway(auth_token=config["TWILIO_AUTH_TOKEN"],
                             webhook_url=config["TWILIO_WEBHOOK_URL"])
    raise GatewayConfigError(f"SV_SMS_GATEWAY must be one of {', '.join(GATEWAYS)}, or empty")
