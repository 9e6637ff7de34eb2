"""Programmes survivors give feedback on."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from feedback_app.models import PROGRAMME_KINDS, Programme
from feedback_app.services import audit
from feedback_app.services.sms_words import RESERVED, keyword
from feedback_app.services.surveys import SurveyCatalogue, SurveyError

SLUG = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$")


KEYWORD = re.compile(r"^[A-Z][A-Z0-9]{1,19}$")


class ProgrammeError(Exception):
    """A programme could not be added as given."""


class KeywordError(ProgrammeError):
    """The SMS keyword cannot be used; ``reason`` is "format", "reserved" or "taken"."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


KEEP = object()  # update_programme: leave the SMS keyword as it is


def clean_keyword(session: Session, raw: str | None,
                  programme_id: int | None = None) -> str | None:
    """The SMS keyword as stored (folded: "Shelter" → SHELTER), None for none; raises
    ProgrammeError if it is not 2 to 20 Latin letters and digits, a command word, or taken."""
    typed = (raw or "").strip()
    if not typed:
        return None
    word = keyword(typed)
    if not KEYWORD.match(word):
        raise KeywordError("format", "The SMS keyword must be 2 to 20 letters (A to Z) or "
                           "digits, starting with a letter.")
    if word in RESERVED:
        raise KeywordError("reserved", f"{word} is a word survivors text for something else "
                           "(such as STOP or HELP). Please choose another keyword.")
    taken = session.scalar(select(Programme.id).where(Programme.sms_keyword == word))
    if taken is not None and taken != programme_id:
        raise KeywordError("taken", f"Another programme uses the SMS keyword {word} already.")
    return word


def add_programme(
    session: Session,
    surveys: SurveyCatalogue,
    *,
    slug: str,
    name: str,
    survey_key: str,
    kind: str | None = None,
    survey_version: int | None = None,
    actor_id: int | None = None,
    sms_keyword: str | None = None,
) -> Programme:
    """Add an active programme using a published survey; raises ProgrammeError."""
    if not SLUG.match(slug):
        raise ProgrammeError("The slug must be lowercase letters, digits and dashes.")
    if not name.strip():
        raise ProgrammeError("The programme needs a name.")
    try:
        survey = surveys.get(survey_key, survey_version)
    except SurveyError as error:
        raise ProgrammeError(f"No published survey {survey_key!r}: {error}") from error
    if session.scalar(select(Programme).where(Programme.slug == slug)) is not None:
        raise ProgrammeError(f"A programme with the slug {slug!r} exists already.")
    kind = kind or (survey_key if survey_key in PROGRAMME_KINDS else "other")
    word = clean_keyword(session, sms_keyword)
    programme = Programme(slug=slug, name=name.strip(), kind=kind, survey_key=survey_key,
                          survey_version=survey_version, languages=list(survey.languages),
                          active=True, sms_keyword=word)
    session.add(programme)
    session.flush()
    audit.record(session, "programme.added", actor_kind="staff" if actor_id else "system",
                 actor_id=actor_id, target_kind="programme", target_id=programme.id,
                 detail={"slug": slug, "survey": survey_key})
    session.commit()
    return programme


def update_programme(
    session: Session,
    surveys: SurveyCatalogue,
    programme: Programme,
    *,
    name: str,
    kind: str,
    survey_key: str,
    survey_version: int | None,
    languages: list[str],
    active: bool,
    actor_id: int,
    record: bool = True,
    sms_keyword: str | object | None = KEEP,
) -> Programme:
    """Change a programme; the slug (its printed link) never changes. Raises ProgrammeError."""
    if not name.strip():
        raise ProgrammeError("The programme needs a name.")
    if kind not in PROGRAMME_KINDS:
        raise ProgrammeError("Unknown kind of programme.")
    try:
        survey = surveys.get(survey_key, survey_version)
    except SurveyError as error:
        raise ProgrammeError(f"No published survey {survey_key!r}: {error}") from error
    offered = [language for language in languages if language in survey.languages]
    if not offered:
        raise ProgrammeError("Choose at least one language the survey has.")
    word = (programme.sms_keyword if sms_keyword is KEEP
            else clean_keyword(session, sms_keyword, programme.id))  # type: ignore[arg-type]
    before = {"name": programme.name, "survey": f"{programme.survey_key}/"
              f"{programme.survey_version or 'latest'}", "active": programme.active}
    programme.name, programme.kind = name.strip(), kind
    programme.survey_key, programme.survey_version = survey_key, survey_version
    programme.languages, programme.active = offered, active
    programme.sms_keyword = word
    if record:  # False only right after add_programme, whose own event covers the request
        audit.record(session, "programme.edited", actor_kind="staff", actor_id=actor_id,
                     target_kind="programme", target_id=programme.id,
                     detail={"before": before,
                             "survey": f"{survey_key}/{survey_version or 'latest'}",
                             "active": active, "sms_keyword": word})
    session.commit()
    return programme
