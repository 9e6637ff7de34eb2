"""All models, imported here so that the metadata is complete wherever models are used."""

from feedback_app.models.account import ROLES, Account
from feedback_app.models.audit import AuditEvent
from feedback_app.models.base import Base
from feedback_app.models.programme import PROGRAMME_KINDS, Programme
from feedback_app.models.submission import (
    CHANNELS,
    SUBMISSION_STATUSES,
    Answer,
    Draft,
    Reply,
    Submission,
)
from feedback_app.models.theme import (
    THEME_ORIGINS,
    THEME_STATES,
    Theme,
    ThemeLink,
    ThemeModelRecord,
)

__all__ = [
    "CHANNELS",
    "PROGRAMME_KINDS",
    "ROLES",
    "SUBMISSION_STATUSES",
    "THEME_ORIGINS",
    "THEME_STATES",
    "Account",
    "Answer",
    "AuditEvent",
    "Base",
    "Draft",
    "Programme",
    "Reply",
    "Submission",
    "Theme",
    "ThemeLink",
    "ThemeModelRecord",
]
