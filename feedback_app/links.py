"""Absolute links (poster QR codes, invitation and reset links, the feed's ids).

Built from SV_PUBLIC_URL, never from the request: its Host header is the client's to choose, and
behind a proxy that ends TLS its scheme is http. In development, without SV_PUBLIC_URL, the
request's own address is used.
"""

from __future__ import annotations

from typing import Any

from flask import current_app, request, url_for


def absolute_url(endpoint: str, **values: Any) -> str:
    """`url_for(endpoint, **values)` as a full address on the public site."""
    public = current_app.config["PUBLIC_URL"]
    if not public:
        return url_for(endpoint, _external=True, **values)
    path = url_for(endpoint, **values).removeprefix(request.script_root)
    return f"{public}{path}"
