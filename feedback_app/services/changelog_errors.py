"""The change log's refusals: which part of an entry each is about, and how it is refused."""

from __future__ import annotations

import enum

from feedback_app.services.errors import Reason, ServiceError


class ChangeField(enum.Enum):
    """The part of an entry (or of a survivor's answer to it) a refusal is about."""

    TITLE = "title"
    REASON = "reason"
    NOTE = "note"
    PROGRAMME = "programme"
    STATUS = "status"
    THEMES = "themes"
    INDICATORS = "indicators"  # ones the entry's programme does not have
    ANSWER = "answer"  # a quote to link, or a survivor's "did this help" answer


class ChangeLogError(ServiceError):
    """An entry cannot be changed as asked; ``field`` names the part, for the page."""

    def __init__(self, field: ChangeField, *, reason: Reason | None = None) -> None:
        super().__init__(field.value, field=field, reason=reason)


class ChangeNotFoundError(ServiceError):
    """No such entry (or, for the public and survivors, not published)."""

    reason = Reason.NOT_FOUND


class EntryNotYoursError(ServiceError):
    """The entry is about a programme this staff member does not answer for, or about every
    programme (then it is an admin's)."""

    reason = Reason.FORBIDDEN


class QuoteNotAllowedError(ChangeLogError):
    """The answer is not approved, its sender did not agree to quoting, or it is hidden."""


class AlreadyAnsweredError(ServiceError):
    """This receipt already said whether this change helped."""

    reason = Reason.CONFLICT
