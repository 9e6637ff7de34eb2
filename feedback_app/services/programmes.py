"""Programmes survivors give feedback on."""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from feedback_app.models import PROGRAMME_KINDS, Programme
from feedback_app.services import audit
from feedback_app.services.errors import Reason, ServiceError
from feedback_app.services.sms_words import RESERVED, keyword
from feedback_app.services.surveys import Survey, SurveyCatalogue, SurveyError
from feedback_app.services.transactions import unit_of_work

SLUG = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$")


KEYWORD = re.compile(r"^[A-Z][A-Z0-9]{1,19}$")


class ProgrammeField(enum.Enum):
    """The part of a programme a refusal is about."""

    SLUG = "slug"
    NAME = "name"
    KIND = "kind"
    SURVEY = "survey"
    LANGUAGES = "languages"
    SMS_KEYWORD = "sms_keyword"


class KeywordProblem(enum.Enum):
    FORMAT = "format"
    RESERVED = "reserved"
    TAKEN = "taken"


class ProgrammeError(ServiceError):
    """A programme could not be added or changed as given; ``field`` says which part."""


class KeywordError(ProgrammeError):
    """The SMS keyword cannot be used; ``problem`` says why."""

    def __init__(self, problem: KeywordProblem, message: str) -> None:
        super().__init__(message, field=ProgrammeField.SMS_KEYWORD,
                         reason=Reason.CONFLICT if problem is KeywordProblem.TAKEN else None)
        self.problem = problem


def programmes_by_name(session: Session, *, with_inactive: bool = False) -> list[Programme]:
    """The active programmes by name (what survivors and the public choose from), or with the
    inactive ones too (what staff and admins manage)."""
    query = select(Programme).order_by(Programme.name)
    return list(session.scalars(query if with_inactive else query.where(Programme.active)))


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
        raise KeywordError(KeywordProblem.FORMAT, "The SMS keyword must be 2 to 20 letters "
                           "(A to Z) or digits, starting with a letter.")
    if word in RESERVED:
        raise KeywordError(KeywordProblem.RESERVED, f"{word} is a word survivors text for "
                           "something else (such as STOP or HELP). Please choose another keyword.")
    taken = session.scalar(select(Programme.id).where(Programme.sms_keyword == word))
    if taken is not None and taken != programme_id:
        raise KeywordError(KeywordProblem.TAKEN,
                           f"Another programme uses the SMS keyword {word} already.")
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
    languages: list[str] | None = None,
) -> Programme:
    """Add an active programme using a published survey, offered in ``languages`` (all the
    survey's when None); one commit, or nothing at all. Raises ProgrammeError."""
    if not SLUG.match(slug):
        raise ProgrammeError("The slug must be lowercase letters, digits and dashes.",
                             field=ProgrammeField.SLUG)
    if not name.strip():
        raise ProgrammeError("The programme needs a name.", field=ProgrammeField.NAME)
    survey = _survey(surveys, survey_key, survey_version)
    if session.scalar(select(Programme).where(Programme.slug == slug)) is not None:
        raise ProgrammeError(f"A programme with the slug {slug!r} exists already.",
                             field=ProgrammeField.SLUG, reason=Reason.CONFLICT)
    kind = kind or (survey_key if survey_key in PROGRAMME_KINDS else "other")
    offered = _offered(survey.languages, survey.languages if languages is None else languages)
    with unit_of_work(session):
        programme = Programme(slug=slug, name=name.strip(), kind=kind, survey_key=survey_key,
                              survey_version=survey_version, languages=offered, active=True,
                              sms_keyword=clean_keyword(session, sms_keyword))
        session.add(programme)
        session.flush()
        audit.record(session, "programme.added", actor_kind="staff" if actor_id else "system",
                     actor_id=actor_id, target_kind="programme", target_id=programme.id,
                     detail={"slug": slug, "survey": survey_key})
    return programme


def _survey(surveys: SurveyCatalogue, survey_key: str, survey_version: int | None) -> Survey:
    try:
        return surveys.get(survey_key, survey_version)
    except SurveyError as error:
        raise ProgrammeError(f"No published survey {survey_key!r}: {error}",
                             field=ProgrammeField.SURVEY) from error


def _offered(available: Iterable[str], chosen: Iterable[str]) -> list[str]:
    """The chosen languages the survey has, in the order chosen; raises ProgrammeError."""
    has = set(available)
    offered = [language for language in chosen if language in has]
    if not offered:
        raise ProgrammeError("Choose at least one language the survey has.",
                             field=ProgrammeField.LANGUAGES)
    return offered


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
    sms_keyword: str | object | None = KEEP,
) -> Programme:
    """Change a programme; the slug (its printed link) never changes. Raises ProgrammeError."""
    if not name.strip():
        raise ProgrammeError("The programme needs a name.", field=ProgrammeField.NAME)
    if kind not in PROGRAMME_KINDS:
        raise ProgrammeError("Unknown kind of programme.", field=ProgrammeField.KIND)
    survey = _survey(surveys, survey_key, survey_version)
    offered = _offered(survey.languages, languages)
    word = (programme.sms_keyword if sms_keyword is KEEP
            else clean_keyword(session, sms_keyword, programme.id))  # type: ignore[arg-type]
    before = {"name": programme.name, "survey": f"{programme.survey_key}/"
              f"{programme.survey_version or 'latest'}", "active": programme.active}
    programme.name, programme.kind = name.strip(), kind
    programme.survey_key, programme.survey_version = survey_key, survey_version
    programme.languages, programme.active = offered, active
    programme.sms_keyword = word
    audit.record(session, "programme.edited", actor_kind="staff", actor_id=actor_id,
                 target_kind="programme", target_id=programme.id,
                 detail={"before": before, "survey": f"{survey_key}/{survey_version or 'latest'}",
                         "active": active, "sms_keyword": word})
    session.commit()
    return programme
