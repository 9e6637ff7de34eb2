"""How stored values read on pages, in the page's language: statuses and answers.

The keys are the values the database holds; more than one blueprint shows each of them.
"""

from __future__ import annotations

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

# An account's role, as the admin chooses it and as the invited person reads it (keys: ROLES).
ROLE_NAMES = {
    "staff": _l("Staff: reads and answers the feedback of chosen programmes"),
    "admin": _l("Admin: everything staff do, for every programme, and manages accounts"),
    "board": _l("Advisory board member"),
}
ROLE_SHORT_NAMES = {"staff": _l("Staff"), "admin": _l("Admin"), "board": _l("Advisory board")}

# A change-log entry's status (keys: CHANGE_STATUSES).
CHANGE_STATUS_NAMES = {
    "planned": _l("Planned"),
    "in progress": _l("We are working on it"),
    "done": _l("Done"),
    "not doing": _l("We are not doing this"),
}

# The survivor's answer to "did this change help you?" (keys: HELPED_ANSWERS).
HELPED_NAMES = {"yes": _l("Yes"), "partly": _l("A little"), "no": _l("No")}

# The staff's answer to a board recommendation (keys: RECOMMENDATION_STATUSES).
RECOMMENDATION_STATUS_NAMES = {
    "new": _l("Not answered yet"),
    "accepted": _l("Accepted"),
    "in progress": _l("In progress"),
    "done": _l("Done"),
    "declined": _l("Not doing"),
}


def change_status_name(status: str) -> str:
    """A change-log status in plain words."""
    return str(CHANGE_STATUS_NAMES.get(status, status))


def status_text(status: str) -> str:
    """A submission's status in plain words, as its survivor reads it."""
    return {
        "received": _("Received. Staff will read it soon."),
        "read": _("Read by staff."),
        "answered": _("Staff have replied. See the messages below."),
        "closed": _("Closed. Thank you for your feedback."),
    }.get(status, _("Received. Staff will read it soon."))

# An outcome domain (keys: services.indicators.DOMAINS).
DOMAIN_NAMES = {
    "safety": _l("Safety"),
    "housing": _l("Housing"),
    "respect": _l("Respectful services"),
    "health": _l("Health"),
    "legal": _l("Legal protection"),
    "education": _l("Education"),
    "livelihood": _l("Work and income"),
    "social_support": _l("Support from people"),
    "continuity": _l("Continuity of support"),
}

# How sure an outcome figure is (keys: the statuses of services.outcomes).
OUTCOME_STATUS_NAMES = {
    "shown": _l("Shown"),
    "provisional": _l("Provisional: fewer than 30 answers"),
    "suppressed": _l("Too few answers to show"),
}
