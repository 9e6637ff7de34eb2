"""Rate-limit keys that never hold a client's address.

Flask-Limiter keeps its counters in memory or Redis. Even there, a counter is keyed by an HMAC of
the client address under a key that changes every day, so the counters hold no IP address.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac

from flask import current_app, request


def client_key() -> str:
    """A per-client key for this day: an HMAC of the address, never the address."""
    day = dt.datetime.now(dt.UTC).date().isoformat().encode()
    secret = current_app.config["RATELIMIT_KEY_SECRET"].encode()
    address = (request.remote_addr or "unknown").encode()
    return hmac.new(secret + day, address, hashlib.sha256).hexdigest()[:32]


def everyone_key() -> str:
    """One key for all clients, for site-wide limits."""
    return "all"
