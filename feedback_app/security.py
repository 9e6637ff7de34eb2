"""Response headers, log hygiene and error pages.

Every response carries a strict CSP and no referrer; pages are never cached, so someone holding the
survivor's phone cannot page back through what they wrote. Logs carry event names only: Werkzeug's
request log (which prints the client address) is switched off.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import traceback
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from flask import Flask, Response, current_app, g, render_template, request
from flask_babel import lazy_gettext as _l
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from feedback_app.database import RETRY_AFTER_SECONDS, database_unavailable, roll_back
from feedback_app.extensions import db, login_manager, talisman
from feedback_app.services.errors import Reason, ServiceError
from feedback_app.services.surveys import SurveyError

CSP = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
    "object-src": "'none'",
    "base-uri": "'none'",
}

HSTS = "max-age=31536000; includeSubDomains"
# Values of radio buttons ("yes", "partly", "not_needed"): nothing typed, nothing to give back.
_CHOICE_VALUE = re.compile(r"^[a-z_]{1,20}$")
ERROR_MESSAGES: dict[int, tuple[Any, Any]] = {
    400: (_l("Something in that request was not right"),
          _l("Nothing was sent. Please go back and try again.")),
    403: (_l("This page is not open to you"), _l("Please go back to the start.")),
    404: (_l("We could not find that page"),
          _l("Please check the link. If it came from a poster or card, type it again.")),
    405: (_l("That did not work"), _l("Please use the buttons on the page and try again.")),
    409: (_l("That did not work"), _l("Nothing was sent. Please go back and try again.")),
    413: (_l("That was too long to send"),
          _l("Nothing was sent. Please go back, shorten your answer and try again.")),
    429: (_l("Please wait a little"),
          _l("There have been many tries. Please wait an hour and try again. "
             "Anything you already sent is safe.")),
    500: (_l("Something went wrong on our side"),
          _l("It is not your fault. Anything you already sent is safe. Please try again later.")),
    503: (_l("We cannot reach our records just now"),
          _l("It is not your fault. Nothing new was saved, and anything you already sent is "
             "safe. Please try again in a minute.")),
}
# The send step says exactly where the survivor's feedback stands: the draft row was not touched.
SEND_NOT_DONE = (_l("Your feedback is not sent yet"),
                 _l("It is not your fault: we cannot reach our records just now. Your answers are "
                    "kept. Please try again in a minute."))
# The page a service refusal gets when no route shows its form again. A reason missing here (a
# new one) gets the 400 page: kind, and never a trace.
REFUSAL_STATUS = {Reason.INVALID: 400, Reason.NOT_FOUND: 404, Reason.FORBIDDEN: 403,
                  Reason.CONFLICT: 409, Reason.UNAVAILABLE: 503}
# A survey file the app was told to use is not there: a deployment mistake, not the survivor's.
SURVEY_MISSING = (_l("This survey is not open just now"),
                  _l("It is not your fault: something is missing on our side. Anything you "
                     "already sent is safe. Please try again later."))


def init_security(app: Flask) -> None:
    """Install headers, quiet request logging and register the error pages."""
    talisman.init_app(
        app,
        force_https=False,  # TLS ends at the reverse proxy; HSTS is still sent below
        strict_transport_security=True,
        content_security_policy=CSP,
        content_security_policy_nonce_in=[],
        frame_options="DENY",
        referrer_policy="no-referrer",
        session_cookie_secure=app.config["SESSION_COOKIE_SECURE"],
        session_cookie_http_only=True,
        permissions_policy={"camera": "()", "microphone": "()", "geolocation": "()",
                            "interest-cohort": "()"},
    )
    # The development server logs every request with the client's address.
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    app.before_request(check_origin)
    app.after_request(_no_store)
    if app.config["IN_PRODUCTION"]:
        app.after_request(_strict_transport)
    app.register_error_handler(CSRFError, _csrf_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(SurveyError, _survey_missing)
    app.register_error_handler(ServiceError, _service_refused)
    app.register_error_handler(Exception, _unexpected_error)


def _no_store(response: Response) -> Response:
    if request.endpoint != "static":
        response.headers["Cache-Control"] = "no-store"
        response.headers["Pragma"] = "no-cache"
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    return response


def _strict_transport(response: Response) -> Response:
    """HSTS on every production response: TLS may end at a proxy, and the app cannot tell
    whether that proxy adds it."""
    response.headers["Strict-Transport-Security"] = HSTS
    return response


def site_origin() -> str:
    """scheme://host[:port] of the site: SV_PUBLIC_URL's, or this request's in development."""
    public = current_app.config["PUBLIC_URL"]
    if public:
        parts = urlsplit(public)
        return f"{parts.scheme}://{parts.netloc}".lower()
    return f"{request.scheme}://{request.host}".lower()


def check_origin() -> None:
    """Refuse a form sent from another site.

    Browsers name the page's origin in `Origin` on a POST, except that our no-referrer policy
    makes them send `null` (or nothing, in old browsers): then the CSRF token, bound to a session
    cookie that is SameSite=Lax, decides alone. This replaces Flask-WTF's Referer check, which no
    browser could pass over HTTPS with that policy.
    """
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return
    origin = request.headers.get("Origin")
    if origin is None or origin == "null":
        return
    if origin.lower() != site_origin():
        raise CSRFError("The form was sent from another site.")


def session_identifier() -> str:
    """Flask-Login's "strong" session protection: which client a signed-in session belongs to.

    Flask-Login's own reads X-Forwarded-For, which any client can set; this uses the address that
    ProxyFix trusts (SV_TRUSTED_PROXIES). Keyed, so the cookie holds no guessable hash of an
    address.
    """
    client = f"{request.remote_addr}|{request.headers.get('User-Agent', '')}"
    key = current_app.config["SECRET_KEY"].encode()
    return hmac.new(key, client.encode("utf-8", "replace"), hashlib.sha256).hexdigest()


def _typed_text() -> list[str]:
    """What the survivor typed in a refused form, to show back so nothing is lost."""
    if request.method != "POST" or request.content_length is None:
        return []
    if request.content_length > (request.max_content_length or 0):
        return []
    skip = {"csrf_token", "action", "step", "nav", "language", "next", "code", "confirm"}
    return [value for key, value in request.form.items(multi=True)
            if key not in skip and value.strip() and not _CHOICE_VALUE.match(value)]


def render_error(code: int, *, kept: list[str] | None = None) -> tuple[str, int]:
    title, body = ERROR_MESSAGES.get(code, ERROR_MESSAGES[400])
    return render_template("errors.html", title=title, body=body, kept=kept or []), code


def _csrf_error(error: CSRFError) -> tuple[str, int]:
    g.security_event = "csrf"
    return render_template(
        "errors.html",
        title=_l("This page had expired"),
        body=_l("Nothing was sent. Anything you wrote is shown below so you can copy it. "
                "Then go back to the start and try again."),
        kept=_typed_text(),
    ), 400


def _http_error(error: HTTPException) -> tuple[str, int] | HTTPException:
    code = error.code or 500
    if code < 400:  # redirects raised as exceptions pass through
        return error
    return render_error(code if code in ERROR_MESSAGES else 400, kept=_typed_text())


def _survey_missing(error: SurveyError) -> tuple[str, int]:
    # 503 rather than 404: the link is right, the fault is ours, and 5xx is what monitors watch.
    roll_back(db.session)
    logging.getLogger("feedback_app").error("survey_missing")
    title, body = SURVEY_MISSING
    return render_template("errors.html", title=title, body=body, kept=_typed_text()), 503


def _service_refused(error: ServiceError) -> tuple[str, int]:
    # The service rolled its own work back; this makes sure, as the 500 page does. The log
    # names the error and its reason, never its message: that can quote what someone typed.
    roll_back(db.session)
    code = REFUSAL_STATUS.get(error.reason, 400)
    reason = error.reason.value if isinstance(error.reason, Reason) else "unknown"
    logging.getLogger("feedback_app").info("service_refused error=%s reason=%s",
                                           type(error).__name__, reason)
    return render_error(code, kept=_typed_text())


def _database_unavailable() -> Response:
    logging.getLogger("feedback_app").warning("database_unavailable")
    if "_login_user" not in g:
        # Flask-Login's template context loads the signed-in account, from the database that
        # just failed: the error page is drawn as for someone not signed in instead.
        g._login_user = login_manager.anonymous_user()
    back = g.get("send_step_url")  # set by the survey flow when the survivor pressed send
    title, body = SEND_NOT_DONE if back else ERROR_MESSAGES[503]
    page = render_template("errors.html", title=title, body=body, kept=_typed_text(),
                           back=back)
    response = Response(page, status=503, mimetype="text/html")
    response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def _unexpected_error(error: Exception) -> tuple[str, int] | Response:
    roll_back(db.session)
    if database_unavailable(error):
        return _database_unavailable()
    if current_app.testing:
        raise error  # a bug met by a test shows its whole trace there
    # Where it happened, never what it said: an exception's message can quote a survivor's words.
    frames = " < ".join(f"{Path(frame.filename).name}:{frame.lineno}:{frame.name}"
                        for frame in reversed(traceback.extract_tb(error.__traceback__)))
    logging.getLogger("feedback_app").error("unexpected_error type=%s at=%s",
                                            type(error).__name__, frames)
    return render_error(500)
