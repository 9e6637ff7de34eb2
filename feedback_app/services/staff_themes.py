"""What staff see of themes, and which they may curate: only through their programmes' answers.

Discovery groups every programme's answers at once, so one theme can hold answers of several
programmes. A staff member sees a theme when it holds an answer of a programme they answer for,
and its size counts the submissions of those programmes only. The engine builds a theme's label
and keywords from every answer in it, so they would repeat another programme's words (from a
group as small as two answers): staff see them only when every programme they were built from
(``Theme.label_programmes``, kept by discovery and by a split) is one of theirs. Otherwise the
theme reads as a neutral name ("Theme 12") unless a person named it, and shows no keywords.
Curating (rename, merge, split, moving an answer into it) regroups or renames other programmes'
answers too, so staff curate only themes whose answers are all of their programmes. Admins see,
count and curate every theme.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from feedback_app.models import Account, Answer, Submission, Theme, ThemeLink
from feedback_app.services.errors import Reason, ServiceError
from feedback_app.services.theme_sizes import theme_figures


class ThemeNotYoursError(ServiceError):
    """The theme holds answers of a programme this staff member does not answer for."""

    reason = Reason.FORBIDDEN


@dataclass(frozen=True)
class StaffTheme:
    """A live theme as one staff account sees it."""

    theme: Theme
    count: int  # distinct visible submissions of the account's programmes
    label: str | None  # None: show a neutral name; the engine's label repeats others' words
    keywords: list[str]
    curatable: bool  # every answer in it is of the account's programmes

    @property
    def id(self) -> int:
        return self.theme.id

    @property
    def named_by_person(self) -> bool:
        return self.theme.origin == "human"


def programmes_answered_for(account: Account) -> set[int] | None:
    """The ids of the programmes a staff account answers for; None for an admin (all of them)."""
    return None if account.role == "admin" else {p.id for p in account.programmes}


def _programmes_by_theme(session: Session,
                         theme_ids: Collection[int] | None = None) -> dict[int, set[int]]:
    """The programmes with an answer in each theme, hidden answers included: a hidden answer's
    words are in the engine's label as much as any other's."""
    query = (select(ThemeLink.theme_id, Submission.programme_id).distinct()
             .join(Answer, Answer.id == ThemeLink.answer_id)
             .join(Submission, Submission.id == Answer.submission_id))
    if theme_ids is not None:
        query = query.where(ThemeLink.theme_id.in_(theme_ids))
    found: dict[int, set[int]] = defaultdict(set)
    for theme_id, programme_id in session.execute(query):
        found[theme_id].add(programme_id)
    return found


def _view(theme: Theme, count: int, programmes: set[int], mine: set[int] | None) -> StaffTheme:
    own = mine is None or programmes <= mine
    # Whose words the label repeats: those it was built from, which stay in it after their
    # answers leave; for a theme made before that was kept, those of the answers it holds.
    built_from = programmes if theme.label_programmes is None else set(theme.label_programmes)
    own_words = mine is None or built_from <= mine
    label = theme.label if own_words or theme.origin == "human" else None
    return StaffTheme(theme, count, label, list(theme.keywords) if own_words else [], own)


def themes_for(session: Session, account: Account,
               theme_ids: Collection[int] | None = None) -> list[StaffTheme]:
    """The live themes this account sees (those of ``theme_ids`` only, if given), by name."""
    mine = programmes_answered_for(account)
    programmes = _programmes_by_theme(session, theme_ids)
    views = [_view(f.theme, f.count, programmes.get(f.theme.id, set()), mine)
             for f in theme_figures(session, theme_ids=theme_ids, programme_ids=mine)
             if mine is None or programmes.get(f.theme.id, set()) & mine]
    return sorted(views, key=lambda v: (v.label is None, v.label or "", v.id))


def theme_for(session: Session, account: Account, theme_id: int) -> StaffTheme | None:
    """The live theme as this account sees it; None when it holds nothing of theirs."""
    found = themes_for(session, account, [theme_id])
    return found[0] if found else None


def labels_for(session: Session, account: Account) -> dict[int, str | None]:
    """The name each theme the account sees shows it, by theme id (None: a neutral name)."""
    return {view.id: view.label for view in themes_for(session, account)}


def labels_seen_by(session: Session, programme_ids: set[int],
                   theme_ids: Collection[int]) -> dict[int, str | None]:
    """The name each of these themes shows staff who answer for exactly these programmes, by
    theme id (None: a neutral name), whoever asks: a report printed by an admin must not carry
    another programme's words either."""
    if not theme_ids:
        return {}
    programmes = _programmes_by_theme(session, theme_ids)
    return {theme.id: _view(theme, 0, programmes.get(theme.id, set()), programme_ids).label
            for theme in session.scalars(select(Theme).where(Theme.id.in_(theme_ids)))}


def check_may_curate(session: Session, account: Account | None,
                     theme_ids: Collection[int]) -> None:
    """Raises ThemeNotYoursError when a staff account would curate a theme holding answers of a
    programme it does not answer for. No account (the command line) and admins may curate all."""
    mine = programmes_answered_for(account) if account is not None else None
    if mine is None:
        return
    programmes = _programmes_by_theme(session, theme_ids)
    if any(not programmes.get(theme_id, set()) <= mine for theme_id in theme_ids):
        raise ThemeNotYoursError
