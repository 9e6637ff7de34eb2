"""What the session cookie holds: values sealed so that nobody can read them (the key of an
opened receipt, a two-step secret being set up), and fresh sessions when something starts.

Flask's session cookie is signed, not encrypted: anyone holding a copy (a shared computer, a
browser backup, a proxy's log) could read what it says. These values are sealed with AES-GCM
under a key derived from SECRET_KEY for this one use, with the name of the field as associated
data, so a sealed value only opens in the field it was made for. A fresh nonce each time means
the same value never looks the same twice. AES-GCM (unlike Fernet) puts no time in the token.

A cookie can also be planted: someone sets a session of theirs in another's browser and keeps a
copy. Signing in, starting a survey and opening a receipt therefore begin a fresh session, with
a new CSRF token, so nothing the planter knows carries over.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from collections.abc import Iterable
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from flask import current_app, g, session

NONCE_BYTES = 12
# Longer than any value sealed here; a larger cookie field is not ours.
MAX_SEALED_CHARS = 2000


def _cipher() -> AESGCM:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
               info=b"survivor-voice sealed session values v1").derive(
                   current_app.config["SECRET_KEY"].encode())
    return AESGCM(key)


def seal(value: Any, *, field: str) -> str:
    """`value` (anything JSON can hold) sealed for the session field `field`."""
    nonce = os.urandom(NONCE_BYTES)
    sealed = _cipher().encrypt(nonce, json.dumps(value).encode(), field.encode())
    return base64.urlsafe_b64encode(nonce + sealed).decode("ascii")


def unseal(token: object, *, field: str) -> Any | None:
    """The value sealed for `field`, or None for anything else (missing, altered, another key)."""
    if not isinstance(token, str) or len(token) > MAX_SEALED_CHARS:
        return None
    try:
        raw = base64.urlsafe_b64decode(token.encode("ascii"))
        opened = _cipher().decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], field.encode())
        return json.loads(opened)
    except (InvalidTag, ValueError, UnicodeError, binascii.Error):
        return None


def renew_session(*, keep: Iterable[str] = ()) -> None:
    """Start a fresh session: only the fields in `keep` carry over, and the CSRF token is new
    (Flask-WTF makes one again, for the session and for this request's forms)."""
    kept = {name: session[name] for name in keep if name in session}
    session.clear()
    session.update(kept)
    g.pop(current_app.config.get("WTF_CSRF_FIELD_NAME", "csrf_token"), None)
