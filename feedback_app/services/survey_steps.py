"""The web survey's steps as a state machine, with no Flask and no database.

Steps: ``intro`` → ``consent`` → ``page:0`` … ``page:<n - 1>`` → ``preview``; Back goes the other
way. ``advance`` takes the survey, what the draft holds and what the survivor sent from the page
of its step, and returns the next step, what to save and any rule the page broke. Free text is
redacted here, as each page is left, so only redacted text reaches the draft. The route reads the
form, calls ``advance``, and saves, renders or redirects; the SMS twin is ``sms_conversation``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from feedback_app.services.redaction import redact_answer
from feedback_app.services.surveys import Survey

INTRO, CONSENT, PAGE, PREVIEW = "intro", "consent", "page", "preview"
CONSENT_FIELDS = ("consent_staff", "consent_board", "consent_quote")
STAFF_NEEDED = "staff needed"  # the one rule a page can break here: staff must be allowed to read


def page_step(index: int) -> str:
    return f"{PAGE}:{index}"


def step_name(step: str) -> str:
    """``page`` for ``page:2``; the step itself otherwise."""
    return step.split(":")[0]


def page_index(step: str) -> int:
    """The survey page a ``page:<n>`` step shows."""
    return int(step.split(":")[1])


def shown_step(survey: Survey, step: str) -> str:
    """The step to show for a draft's step: a page the survey no longer has (it changed under an
    open draft) becomes the preview."""
    if step_name(step) == PAGE and page_index(step) >= len(survey.pages):
        return PREVIEW
    return step


@dataclass(frozen=True)
class Progress:
    """What a draft holds: its step, language, and what the survivor chose and wrote so far."""

    step: str
    language: str
    consents: Mapping[str, str] = field(default_factory=dict)
    answers: Mapping[str, str] = field(default_factory=dict)
    redactions: Mapping[str, Mapping[str, int]] = field(default_factory=dict)

    @classmethod
    def of(cls, step: str, language: str, state: Mapping[str, Any]) -> Progress:
        """The progress stored in a draft's state."""
        return cls(step, language, state.get("consents", {}), state.get("answers", {}),
                   state.get("redactions", {}))


@dataclass(frozen=True)
class Sent:
    """What the survivor sent from one step's page, as its form read it."""

    back: bool = False  # pressed Back
    action: str = ""  # on the preview: "send", "edit" or "remove"
    consents: Mapping[str, str | None] = field(default_factory=dict)
    answers: Mapping[str, str | None] = field(default_factory=dict)  # this page's questions


@dataclass(frozen=True)
class Outcome:
    step: str  # where the draft goes next; its own step again when ``errors`` is not empty
    save: Mapping[str, Any] = field(default_factory=dict)  # state to merge into the draft
    errors: Mapping[str, str] = field(default_factory=dict)  # field name -> rule broken
    take_out: bool = False  # the preview's "take these out": the words go to the drafts service
    send: bool = False  # the preview's "send": store the submission


def advance(survey: Survey, progress: Progress, sent: Sent) -> Outcome:
    """The next step after the survivor sent the page of ``progress.step``."""
    step = shown_step(survey, progress.step)
    name = step_name(step)
    if name == INTRO:
        return Outcome(CONSENT)
    if name == CONSENT:
        return _after_consent(sent)
    if name == PAGE:
        return _after_page(survey, progress, page_index(step), sent)
    if sent.action == "edit":
        return Outcome(page_step(0))
    if sent.action == "remove":
        return Outcome(PREVIEW, take_out=True)
    return Outcome(PREVIEW, send=True)


def _after_consent(sent: Sent) -> Outcome:
    if sent.back:
        return Outcome(INTRO)
    if sent.consents.get("consent_staff") != "yes":
        return Outcome(CONSENT, errors={"consent_staff": STAFF_NEEDED})
    consents = {name: sent.consents.get(name) for name in CONSENT_FIELDS}
    return Outcome(page_step(0), save={"consents": consents})


def _after_page(survey: Survey, progress: Progress, index: int, sent: Sent) -> Outcome:
    """Keep this page's answers, free text redacted, and move on, or back: both keep them."""
    answers = dict(progress.answers)
    counts = {key: dict(value) for key, value in progress.redactions.items()}
    for question in survey.pages[index].questions:
        value = (sent.answers.get(question.key) or "").strip()
        if question.kind == "text" and value:
            redacted = redact_answer(value, progress.language)
            value, counts[question.key] = redacted.text, dict(redacted.counts)
        answers[question.key] = value  # "" keeps a skipped question skipped
    if sent.back:
        step = page_step(index - 1) if index else CONSENT
    else:
        step = page_step(index + 1) if index + 1 < len(survey.pages) else PREVIEW
    return Outcome(step, save={"answers": answers, "redactions": counts})
