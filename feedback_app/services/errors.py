"""The one base of every service error, and the kinds of refusal a page can be chosen by.

Routes never read an error's words: a message may quote what someone typed, and words change
with a translation or a rewording. A route that shows a form again reads the error's typed
``field``; everything else is drawn by the one error handler from the error's ``reason``.
"""

from __future__ import annotations

import enum


class Reason(enum.Enum):
    """What kind of refusal a service error is: it chooses the page the person sees."""

    INVALID = "invalid"  # the request cannot be done as given: 400, or the form again
    NOT_FOUND = "not_found"  # nothing there, or nothing this person may see: 404
    FORBIDDEN = "forbidden"  # there, and this person may see it, but not do this to it: 403
    CONFLICT = "conflict"  # the records changed meanwhile, or it was done already: 409
    UNAVAILABLE = "unavailable"  # something on our side is missing: 503


class ServiceError(Exception):
    """A service refused to do what was asked; ``reason`` says how, ``field`` (an enum member of
    the service's own) where a form should show it. The message is for logs and the CLI only."""

    reason: Reason = Reason.INVALID
    field: enum.Enum | None = None

    def __init__(self, message: str = "", *, field: enum.Enum | None = None,
                 reason: Reason | None = None) -> None:
        super().__init__(message)
        if field is not None:
            self.field = field
        if reason is not None:
            self.reason = reason
