"""Programmes survivors give feedback on."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from feedback_app.models import PROGRAMME_KINDS, Programme
from feedback_app.services import audit
from feedback_app.services.surveys import SurveyCatalogue, SurveyError

SLUG = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$")


class ProgrammeError(Exception):
    """A programme could not be added as given."""


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
    programme = Programme(slug=slug, name=name.strip(), kind=kind, survey_key=survey_key,
                          survey_version=survey_version, languages=list(survey.languages),
                          active=True)
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
    before = {"name": programme.name, "survey": f"{programme.survey_key}/"
              f"{programme.survey_version or 'latest'}", "active": programme.active}
    programme.name, programme.kind = name.strip(), kind
    programme.survey_key, programme.survey_version = survey_key, survey_version
    programme.languages, programme.active = offered, active
    if record:  # False only right after add_programme, whose own event covers the request
        audit.record(session, "programme.edited", actor_kind="staff", actor_id=actor_id,
                     target_kind="programme", target_id=programme.id,
                     detail={"before": before,
                             "survey": f"{survey_key}/{survey_version or 'latest'}",
                             "active": active})
    session.commit()
    return programme
