"""Themes: assign new answers at intake, re-run discovery, and curate (merge, rename, split, move).

Human curation always wins. Re-running discovery keeps theme ids stable (a new cluster maps onto
the existing theme whose answers it overlaps most), never relabels a curated theme, never revives a
merged or retired one, and never moves an answer a person pinned.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter, defaultdict
from collections.abc import Iterable

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from feedback_app import clock
from feedback_app.models import Account, Answer, Submission, Theme, ThemeLink, ThemeModelRecord
from feedback_app.services import audit
from feedback_app.services.errors import ServiceError
from feedback_app.services.inbox import programmes_of
from feedback_app.services.staff_themes import check_may_curate
from feedback_app.theming import ThemeModel, assign, discover

log = logging.getLogger(__name__)
# A new cluster takes over an existing theme when at least this share of its answers were there.
OVERLAP_TO_KEEP_ID = 0.3
# The parsed current model by its version (a digest of its body), so a model saved by any other
# process, or in another database, is never mistaken for the one held here. One entry: ~5 MB.
_model_cache: dict[str, ThemeModel] = {}


class ThemeError(ServiceError):
    """A theme operation cannot be done as asked."""


def model_version(body: str) -> str:
    """The version of a saved model: a digest of its JSON body."""
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _current_model(session: Session) -> tuple[ThemeModel, dict[int, int]] | None:
    current = ThemeModelRecord.current
    version = session.scalar(select(ThemeModelRecord.version).where(current))
    if version is None:
        return None
    model = _model_cache.get(version)
    if model is None:
        # Version and body in one statement: another process may replace the record meanwhile.
        found = session.execute(select(ThemeModelRecord.version, ThemeModelRecord.body).where(
            current)).first()
        if found is None:
            return None
        version, model = found.version, ThemeModel.from_json(found.body)
        _model_cache.clear()
        _model_cache[version] = model
    index_to_theme = dict(session.execute(
        select(Theme.model_index, Theme.id).where(Theme.model_index.is_not(None),
                                                  Theme.state != "retired")).all())
    return model, index_to_theme


def link_new_answers(session: Session, answers: Iterable[Answer]) -> int:
    """Assign fresh answers to existing themes (in the caller's transaction); returns links made."""
    texts = [a for a in answers if a.text_redacted]
    found = _current_model(session) if texts else None
    if found is None:
        return 0
    model, index_to_theme = found
    made = 0
    for answer in texts:
        index, score = assign(model, answer.text_redacted or "")
        theme_id = index_to_theme.get(index) if index is not None else None
        if theme_id is not None:
            session.add(ThemeLink(answer_id=answer.id, theme_id=theme_id, origin="engine",
                                  score=score))
            made += 1
    return made


def _existing_engine_members(session: Session) -> dict[int, set[int]]:
    members: dict[int, set[int]] = defaultdict(set)
    rows = session.execute(select(ThemeLink.theme_id, ThemeLink.answer_id).join(Theme).where(
        Theme.state != "retired"))
    for theme_id, answer_id in rows:
        members[theme_id].add(answer_id)
    return members


def _match(cluster: set[int], members: dict[int, set[int]], taken: set[int]) -> int | None:
    best, best_share = None, 0.0
    for theme_id, answers in members.items():
        if theme_id in taken or not answers:
            continue
        share = len(cluster & answers) / len(cluster)
        if share > best_share:
            best, best_share = theme_id, share
    return best if best_share >= OVERLAP_TO_KEEP_ID else None


def refresh_themes(session: Session, *, seed: int = 0, n_themes: int | None = None,
                   actor_id: int | None = None) -> dict[str, int]:
    """Re-run discovery over every answer's text and save the model; returns counts.

    With n_themes None the engine chooses how many themes there are.
    """
    # In an order the stored words decide, not the random ids, so the same feedback gives the
    # same themes on every run.
    rows = session.execute(
        select(Answer.id, Answer.text_redacted, Submission.programme_id).join(Submission)
        .where(Answer.text_redacted.is_not(None))
        .order_by(Submission.received_on, Answer.text_redacted, Answer.question_key,
                  Submission.id, Answer.position)).all()
    pinned = set(session.scalars(select(ThemeLink.answer_id).where(ThemeLink.origin == "human")))
    found = discover([row.text_redacted or "" for row in rows], seed=seed, n_themes=n_themes)
    clusters: dict[int, set[int]] = defaultdict(set)
    # The label of an engine theme is made from the words of every answer it found there.
    sources: dict[int, set[int]] = defaultdict(set)
    for row, index in zip(rows, found.assignments, strict=True):
        if index is not None:
            sources[index].add(row.programme_id)
            if row.id not in pinned:
                clusters[index].add(row.id)
    members, taken = _existing_engine_members(session), set()
    session.execute(update(Theme).values(model_index=None))
    session.execute(delete(ThemeLink).where(ThemeLink.origin == "engine"))
    created = 0
    for engine_theme in found.themes:
        cluster = clusters.get(engine_theme.index, set())
        theme_id = _match(cluster, members, taken) if cluster else None
        theme = session.get(Theme, theme_id) if theme_id else None
        if theme is None:
            theme = Theme(label=engine_theme.label, language=engine_theme.language,
                          origin="engine", state="suggested")
            session.add(theme)
            created += 1
        if theme.state == "suggested":  # people's labels and keywords stay as they left them
            theme.label, theme.keywords = engine_theme.label, list(engine_theme.keywords)
            theme.label_programmes = sorted(sources.get(engine_theme.index, set()))
        theme.model_index = engine_theme.index
        session.flush()
        taken.add(theme.id)
        session.add_all(ThemeLink(answer_id=a, theme_id=theme.id, origin="engine")
                        for a in sorted(cluster))
    retired = _retire_untaken_engine_themes(session, taken)
    # Only the current model is needed (about 5 MB for 10,000 answers): keep no old ones.
    session.execute(delete(ThemeModelRecord))
    body = found.model.to_json()
    session.add(ThemeModelRecord(body=body, version=model_version(body),
                                 created_on=clock.today(), current=True))
    counts = {"answers": len(rows), "themes": len(found.themes), "created": created,
              "retired": retired, "pinned": len(pinned)}
    audit.record(session, "themes.refreshed", actor_kind="staff" if actor_id else "system",
                 actor_id=actor_id, detail=counts)
    session.commit()
    log.info("themes_refreshed themes=%s created=%s", counts["themes"], created)
    return counts


def _retire_untaken_engine_themes(session: Session, taken: set[int]) -> int:
    stale = session.scalars(select(Theme).where(
        Theme.state == "suggested", Theme.id.not_in(taken) if taken else Theme.id.is_not(None)))
    count = 0
    for theme in stale:
        theme.state, count = "retired", count + 1
    return count


# What staff see -------------------------------------------------------------------------------

THEME_ANSWERS_SHOWN = 200  # the newest answers on a theme's page; enough to curate it by


def live_themes(session: Session) -> list[Theme]:
    """The themes not retired, by name: what staff curate."""
    return list(session.scalars(select(Theme).where(Theme.state != "retired")
                                .order_by(Theme.label, Theme.id)))


def live_theme(session: Session, theme_id: int) -> Theme | None:
    """The theme, unless there is none of that id or it was retired (merged, or left empty)."""
    theme = session.get(Theme, theme_id)
    return None if theme is None or theme.state == "retired" else theme


def answers_in_theme(session: Session, account: Account, theme_id: int) -> list[Answer]:
    """The newest answers in a theme from the programmes whose feedback the account reads."""
    allowed = [programme.id for programme in programmes_of(session, account)]
    return list(session.scalars(
        select(Answer).join(ThemeLink).join(Submission)
        .where(ThemeLink.theme_id == theme_id, Submission.programme_id.in_(allowed))
        .order_by(Submission.received_on.desc(), Submission.id, Answer.position)
        .limit(THEME_ANSWERS_SHOWN)))


# Curation -------------------------------------------------------------------------------------

def _theme(session: Session, theme_id: int) -> Theme:
    theme = live_theme(session, theme_id)
    if theme is None:
        raise ThemeError("That theme does not exist or was retired.")
    return theme


def _check_curator(session: Session, actor_id: int | None, themes: list[Theme]) -> None:
    """Staff curate only themes whose answers are all of their programmes (ThemeNotYoursError);
    no actor is the command line."""
    actor = session.get(Account, actor_id) if actor_id is not None else None
    check_may_curate(session, actor, [theme.id for theme in themes])


def rename_theme(session: Session, *, theme_id: int, label: str, actor_id: int | None) -> Theme:
    """Give a theme a person's label; it is then curated. Raises ThemeError or
    ThemeNotYoursError."""
    label = " ".join(label.split())
    if not 1 <= len(label) <= 200:
        raise ThemeError("A theme's name needs 1 to 200 characters.")
    theme = _theme(session, theme_id)
    _check_curator(session, actor_id, [theme])
    old = theme.label
    theme.label, theme.origin, theme.state = label, "human", "curated"
    audit.record(session, "theme.renamed", actor_kind="staff", actor_id=actor_id,
                 target_kind="theme", target_id=theme.id, detail={"from": old, "to": label})
    session.commit()
    return theme


def merge_themes(session: Session, *, source_ids: list[int], target_id: int,
                 actor_id: int | None) -> Theme:
    """Move every answer of the sources into the target; sources retire. Raises ThemeError or
    ThemeNotYoursError."""
    target = _theme(session, target_id)
    sources = [_theme(session, i) for i in dict.fromkeys(source_ids) if i != target_id]
    if not sources:
        raise ThemeError("Choose at least one other theme to merge.")
    _check_curator(session, actor_id, [target, *sources])
    already = set(session.scalars(select(ThemeLink.answer_id).where(
        ThemeLink.theme_id == target.id)))
    for source in sources:
        for link in session.scalars(select(ThemeLink).where(ThemeLink.theme_id == source.id)):
            if link.answer_id in already:
                session.delete(link)
            else:
                link.theme_id, link.origin = target.id, "human"
                already.add(link.answer_id)
        source.state, source.parent_id, source.model_index = "retired", target.id, None
    target.state = "curated"
    audit.record(session, "theme.merged", actor_kind="staff", actor_id=actor_id,
                 target_kind="theme", target_id=target.id,
                 detail={"merged": [s.id for s in sources]})
    session.commit()
    return target


def split_theme(session: Session, *, theme_id: int, actor_id: int | None,
                parts: int = 2, seed: int = 0) -> list[Theme]:
    """Re-cluster one theme's answers into new curated child themes. Raises ThemeError or
    ThemeNotYoursError."""
    theme = _theme(session, theme_id)
    _check_curator(session, actor_id, [theme])
    links = session.scalars(select(ThemeLink).where(ThemeLink.theme_id == theme.id)).all()
    found_rows = session.execute(
        select(Answer.id, Answer.text_redacted, Submission.programme_id).join(Submission)
        .where(Answer.id.in_([link.answer_id for link in links]))).all()
    answers = {row.id: row.text_redacted or "" for row in found_rows}
    programme_of = {row.id: row.programme_id for row in found_rows}
    if len(answers) < parts * 2:
        raise ThemeError("This theme has too few answers to split.")
    ids = sorted(answers)
    found = discover([answers[i] for i in ids], n_themes=parts, seed=seed)
    sources: dict[int, set[int]] = defaultdict(set)
    for answer_id, index in zip(ids, found.assignments, strict=True):
        if index is not None:
            sources[index].add(programme_of[answer_id])
    children: dict[int, Theme] = {}
    for engine_theme in found.themes:
        # Curated, so discovery leaves it; yet the label is the engine's ("engine"), built from
        # the answers' words, and shows as such to staff who do not answer for all of them.
        child = Theme(label=engine_theme.label, keywords=list(engine_theme.keywords),
                      language=theme.language, origin="engine", state="curated",
                      parent_id=theme.id,
                      label_programmes=sorted(sources.get(engine_theme.index, set())))
        session.add(child)
        children[engine_theme.index] = child
    session.flush()
    by_answer = {link.answer_id: link for link in links}
    for answer_id, index in zip(ids, found.assignments, strict=True):
        if index is not None:
            by_answer[answer_id].theme_id = children[index].id
            by_answer[answer_id].origin = "human"
    moved = Counter(link.theme_id for link in links)
    if moved.get(theme.id, 0) == 0:
        theme.state, theme.model_index = "retired", None
    audit.record(session, "theme.split", actor_kind="staff", actor_id=actor_id,
                 target_kind="theme", target_id=theme.id,
                 detail={"into": [c.id for c in children.values()]})
    session.commit()
    return list(children.values())


def move_answer(session: Session, *, answer_id: int, theme_id: int,
                actor_id: int | None) -> ThemeLink:
    """Pin an answer to a theme: re-discovery will not move it. Raises ThemeError, or
    ThemeNotYoursError when the theme it goes into holds other programmes' answers."""
    theme = _theme(session, theme_id)
    _check_curator(session, actor_id, [theme])
    if session.get(Answer, answer_id) is None:
        raise ThemeError("That answer does not exist any more.")
    session.execute(delete(ThemeLink).where(ThemeLink.answer_id == answer_id))
    link = ThemeLink(answer_id=answer_id, theme_id=theme.id, origin="human", score=None)
    session.add(link)
    audit.record(session, "answer.moved", actor_kind="staff", actor_id=actor_id,
                 target_kind="answer", target_id=answer_id, detail={"theme": theme.id})
    session.commit()
    return link
