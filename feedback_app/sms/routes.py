"""The gateways' webhooks: /sms/kannel (Kannel's get-url) and /sms/twilio (Twilio's webhook).

Only the gateway SV_SMS_GATEWAY names answers; the other address is a 404. Limits are counted per
sender under an HMAC of the number that changes daily, so the counters hold no number either.
Requests with a wrong token or signature are counted like wrong receipt codes; a request the
webhook already took (the same gateway message id) is answered with nothing and not handled again.
"""

from __future__ import annotations

import logging
from typing import NoReturn

from flask import Blueprint, Response, abort, current_app, g, request
from sqlalchemy.exc import SQLAlchemyError

from feedback_app.database import database_unavailable
from feedback_app.extensions import csrf, db
from feedback_app.providers import sms_settings
from feedback_app.ratelimits import (
    client_key,
    counter_key,
    everyone_key,
    first_sighting,
    forget_sighting,
    hit_limits,
)
from feedback_app.services import sms as conversations
from feedback_app.services import sms_words
from feedback_app.services.sms_conversation import Say
from feedback_app.services.sms_encoding import fit
from feedback_app.sms import texts
from feedback_app.sms.gateways import GatewayRefused, Incoming, SmsGateway

log = logging.getLogger(__name__)
bp = Blueprint("sms", __name__)
REPLAY_NAMESPACE = "sms-seen"
csrf.exempt(bp)


def _too_fast(number: str, text: str) -> bool | None:
    """None if within the limits; else whether this is the first message over them (warn once)."""
    config = current_app.config
    key = counter_key(f"sms:{number}")
    allowed = hit_limits(config["SMS_LIMIT_SENDER"], "sms-sender", key) and hit_limits(
        config["SMS_LIMIT_ALL"], "sms-all", "all")
    if allowed and sms_words.code_request(text) is not None:
        allowed = hit_limits(config["SMS_CODE_LIMIT_SENDER"], "sms-code", key)
    if allowed:
        return None
    return hit_limits("1 per 10 minutes", "sms-warned", key)


def _receive(name: str) -> Response:
    gateway: SmsGateway | None = current_app.extensions.get("sms_gateway")
    if gateway is None or gateway.name != name:
        abort(404)
    g.language = "en"  # error pages for a gateway are plain; survivors never see them
    try:
        incoming: Incoming = gateway.receive(request)
    except GatewayRefused:
        _refuse(name)
    seen = _replay_key(gateway, incoming)
    window = current_app.config["SMS_REPLAY_WINDOW_SECONDS"]
    if seen is not None and not first_sighting(REPLAY_NAMESPACE, seen, window_seconds=window):
        # A gateway's retry, or a request sent again: its texts went out with the first answer.
        log.info("sms_replayed gateway=%s", name)
        return gateway.respond(incoming, []).response
    try:
        return _answer(gateway, incoming)
    except Exception:
        if seen is not None:  # not answered: a retry of it is welcome
            forget_sighting(REPLAY_NAMESPACE, seen)
        raise


def _refuse(name: str) -> NoReturn:
    """A wrong Kannel token or Twilio signature: 403, counted as wrong receipt codes are, per
    client and in all; 429 once either limit is used up. A right one is never counted."""
    config = current_app.config
    per_client = hit_limits(config["SMS_REFUSED_LIMIT_CLIENT"], "sms-refused", client_key())
    in_all = hit_limits(config["SMS_REFUSED_LIMIT_ALL"], "sms-refused", everyone_key())
    log.warning("sms_refused gateway=%s", name)
    if not (per_client and in_all):
        abort(429)
    abort(403)


def _replay_key(gateway: SmsGateway, incoming: Incoming) -> str | None:
    """A keyed hash naming this one message, or None without the gateway's id: the same text
    from the same number twice ("1", then "1") is two answers, and only the id tells them from
    one request sent twice. The hash keeps neither the number nor the text."""
    if incoming.message_id is None:
        return None
    return counter_key("\0".join((gateway.name, incoming.message_id, incoming.sender,
                                   incoming.text)), daily=False)


def _answer(gateway: SmsGateway, incoming: Incoming) -> Response:
    number = conversations.normalise_sender(incoming.sender)
    if number is None:
        log.info("sms_ignored reason=sender")
        return gateway.respond(incoming, []).response
    warn = _too_fast(number, incoming.text)
    if warn is not None:
        log.info("sms_limited warned=%s", warn)
        say = texts.render("en", (Say("too_fast"),)) if warn else []
        return gateway.respond(incoming, [fit(text) for text in say]).response
    try:
        answer = conversations.handle(db.session, sms_settings(), number=number,
                                      text=incoming.text)
    except SQLAlchemyError as error:
        if not database_unavailable(error):
            raise
        # Answered with 200 and a text, not a 5xx for the gateway to retry: Kannel retries only
        # when http-request-retry is set, Twilio not at all, and a retry arriving after the
        # survivor sent the text again would count it twice. The language is not known without
        # the conversation's row, so the text goes in English, as "too fast" does. The
        # service rolled its own work back.
        log.warning("sms_unavailable")
        answer = conversations.Answer("en", (Say("unavailable"),))
    rendered = texts.render(answer.language, answer.say,
                            public_url=current_app.config["PUBLIC_URL"])
    delivery = gateway.respond(incoming, [fit(text, answer.language) for text in rendered])
    if answer.receipt_for is not None:
        if delivery.accepted:
            _receipt_sent(answer.receipt_for)
        else:  # the survivor's next text, whatever it says, gets a fresh code
            log.warning("sms_receipt_not_sent")
    return delivery.response


def _receipt_sent(conversation_id: int) -> None:
    """Mark the receipt delivered. If the database went away meanwhile the conversation stays
    waiting, and the next text brings a fresh code: the safe way round."""
    try:
        conversations.receipt_sent(db.session, conversation_id=conversation_id)
    except SQLAlchemyError as error:
        if not database_unavailable(error):
            raise
        log.warning("sms_receipt_unmarked")


@bp.route("/sms/kannel", methods=["GET", "POST"])
def kannel() -> Response:
    return _receive("kannel")


@bp.route("/sms/twilio", methods=["POST"])
def twilio() -> Response:
    return _receive("twilio")
