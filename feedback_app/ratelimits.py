"""The rate limiter and its keys, which never hold a client's address.

Flask-Limiter keeps its counters in memory or Redis. Even there, a counter is keyed by an HMAC of
the client address under a key that changes every day, so the counters hold no IP address.
The same storage remembers, for a few minutes, a keyed hash of each SMS the webhooks took, so a
replayed request is not handled twice.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress

from flask import current_app, request
from flask_limiter import Limiter
from limits import parse_many

from feedback_app import clock


def counter_key(value: str, *, daily: bool = True) -> str:
    """An HMAC of `value`, so counters never hold the value itself.

    With `daily`, the key changes every day, so yesterday's counters cannot be linked to today's.
    """
    day = clock.today().isoformat().encode() if daily else b""
    secret = current_app.config["RATELIMIT_KEY_SECRET"].encode()
    return hmac.new(secret + day, value.encode(), hashlib.sha256).hexdigest()[:32]


def client_key() -> str:
    """A per-client key for this day, never the address itself.

    The address is the one ProxyFix trusts (SV_TRUSTED_PROXIES). An IPv6 client counts per /64:
    one phone or home usually holds a whole /64 and could otherwise step through it.
    """
    return counter_key(client_network(request.remote_addr or "unknown"))


def client_network(address: str) -> str:
    """The part of an address that names one client: IPv4 whole, IPv6 by its /64."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped:
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network(f"{ip}/64", strict=False))
    return str(ip)


# Limits are declared on the views; the storage URI comes from config (memory:// or redis://).
limiter = Limiter(key_func=client_key, default_limits=[], headers_enabled=False)


def everyone_key() -> str:
    """One key for all clients, for site-wide limits."""
    return "all"


def hit_limits(limits: str, namespace: str, key: str) -> bool:
    """Count one event against every limit in a setting ("20 per 5 minutes; 150 per day"), in
    Flask-Limiter's storage; False if any is now exceeded. For limits counted by hand, after the
    view knows what happened (a wrong receipt code, an SMS from a number)."""
    strategy = limiter.limiter
    return all([strategy.hit(item, namespace, key) for item in parse_many(limits)])


def first_sighting(namespace: str, key: str, *, window_seconds: int) -> bool:
    """Mark `key` as seen for `window_seconds`, in the limiter's storage (memory, or Redis shared
    by every process); False if it was already seen in that window. One atomic increment, so two
    processes given the same request at once cannot both take it as new."""
    return limiter.storage.incr(f"{namespace}/{key}", window_seconds) == 1


def forget_sighting(namespace: str, key: str) -> None:
    """Undo `first_sighting`, for a request that failed before it was answered."""
    limiter.storage.clear(f"{namespace}/{key}")
