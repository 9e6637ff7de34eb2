"""Absolute links (poster QR codes, invitation and reset links, the feed's ids).

Built from SV_PUBLIC_URL, never from the request: its Host header is the client's to choose, and
behind a proxy that ends TLS its scheme is http. In development, without SV_PUBLIC_URL, the
request's own address is used. A redirect to a target the request names goes only to a path on
this site (`site_path`).
"""

from __future__ import annotations

import re
from typing import Any

from flask import current_app, request, url_for


def absolute_url(endpoint: str, **values: Any) -> str:
    """`url_for(endpoint, **values)` as a full address on the public site."""
    public = current_app.config["PUBLIC_URL"]
    if not public:
        return url_for(endpoint, _external=True, **values)
    path = url_for(endpoint, **values).removeprefix(request.script_root)
    return f"{public}{path}"


# A path on this site, as `request.path` gives our own pages: segments of plain ASCII letters,
# digits, `-`, `_`, `~` and inner dots. Whatever else a browser or a proxy might read as another
# host (`//`, `\`, `/\t/`, a scheme, `%2F`, a full-width solidus, a dot segment that collapses to
# `//`) is not a path we link to, so nothing outside this list is ever sent back as a Location.
_SEGMENT = r"[A-Za-z0-9_~-][A-Za-z0-9._~-]*"
_SITE_PATH = re.compile(rf"/(?:{_SEGMENT}(?:/{_SEGMENT})*/?)?")
SITE_PATH_MAX_CHARS = 512
HOME_PATH = "/"


class RedirectTargetError(ValueError):
    """A redirect target carried a line break: an attempt to write headers, never a page of ours."""


def site_path(target: str | None, *, default: str = HOME_PATH) -> str:
    """`target` if it is a path on this site, else `default`: the one check every redirect to a
    target the request names goes through. Raises RedirectTargetError on a CR or LF."""
    if target is None:
        return default
    if "\r" in target or "\n" in target:
        raise RedirectTargetError("a line break in a redirect target")
    if len(target) <= SITE_PATH_MAX_CHARS and _SITE_PATH.fullmatch(target):
        return target
    return default
