"""All models, imported here so that the metadata is complete wherever models are used."""

from feedback_app.models.account import ROLES, Account
from feedback_app.models.audit import ACTOR_KINDS, AuditEvent, SurvivorEvent
from feedback_app.models.base import Base
from feedback_app.models.board import (
    RECOMMENDATION_STATUSES,
    ROUND_STATES,
    Ballot,
    BallotRank,
    Recommendation,
    RecommendationTheme,
    ReviewRound,
)
from feedback_app.models.changelog import (
    CHANGE_STATUSES,
    HELPED_ANSWERS,
    ChangeEntry,
    ChangeEntryIndicator,
    ChangeEntryQuote,
    ChangeEntryTheme,
    ChangeFeedback,
    ChangeUpdate,
)
from feedback_app.models.figures import AUDIENCES, FigureSnapshot, RoundPriority
from feedback_app.models.invitation import LINK_PURPOSES, AccountLink, AccountLinkProgramme
from feedback_app.models.programme import PROGRAMME_KINDS, Programme
from feedback_app.models.sms import SMS_STAGES, SmsConversation
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
    "ACTOR_KINDS",
    "AUDIENCES",
    "CHANGE_STATUSES",
    "CHANNELS",
    "HELPED_ANSWERS",
    "LINK_PURPOSES",
    "PROGRAMME_KINDS",
    "RECOMMENDATION_STATUSES",
    "ROLES",
    "ROUND_STATES",
    "SMS_STAGES",
    "SUBMISSION_STATUSES",
    "THEME_ORIGINS",
    "THEME_STATES",
    "Account",
    "AccountLink",
    "AccountLinkProgramme",
    "Answer",
    "AuditEvent",
    "Ballot",
    "BallotRank",
    "Base",
    "ChangeEntry",
    "ChangeEntryIndicator",
    "ChangeEntryQuote",
    "ChangeEntryTheme",
    "ChangeFeedback",
    "ChangeUpdate",
    "Draft",
    "FigureSnapshot",
    "Programme",
    "Recommendation",
    "RecommendationTheme",
    "Reply",
    "ReviewRound",
    "RoundPriority",
    "SmsConversation",
    "Submission",
    "SurvivorEvent",
    "Theme",
    "ThemeLink",
    "ThemeModelRecord",
]
