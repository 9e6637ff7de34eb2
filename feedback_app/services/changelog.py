"""The "you said, we did" change log: staff write and publish entries; the public and survivors
read them. Whether a change helped is in change_feedback.py.

Staff text is redacted before it is saved, like survivors' text, so a pasted name or phone number
never reaches the public page. A quote can only ever be an answer a moderator approved, whose
sender agreed to public quoting, and that is not hidden; the public view checks all three again
when it reads, so a quote leaves the page and the feed the moment any of them stops being true.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from feedback_app import clock
from feedback_app.models import (
    CHANGE_STATUSES,
    Account,
    Answer,
    ChangeEntry,
    ChangeEntryIndicator,
    ChangeEntryQuote,
    ChangeEntryTheme,
    ChangeUpdate,
    Programme,
    Submission,
    Theme,
    ThemeLink,
)
from feedback_app.services import audit
from feedback_app.services.changelog_errors import (
    ChangeField,
    ChangeLogError,
    ChangeNotFoundError,
    EntryNotYoursError,
    QuoteNotAllowedError,
    Reason,
)
from feedback_app.services.disclosure import shown_label
from feedback_app.services.figure_snapshots import PublicSnapshot
from feedback_app.services.inbox import programmes_of
from feedback_app.services.indicators import Indicator, indicators
from feedback_app.services.redaction import redact_answer
from feedback_app.services.staff_themes import themes_for
from feedback_app.services.surveys import SurveyCatalogue
from feedback_app.services.transactions import unit_of_work

TITLE_MAX_CHARS = 200
TEXT_MAX_CHARS = 8000


def _clean(text: str | None, limit: int) -> tuple[str, int]:
    """Staff text with personal details replaced by markers, and how many were replaced."""
    text = (text or "").strip()[:limit]
    if not text:
        return "", 0
    redacted = redact_answer(text, "en")
    return redacted.text.strip(), len(redacted.spans)


@dataclass(frozen=True)
class EntryText:
    title: str
    programme_id: int | None
    heard: str
    did: str
    reason: str = ""
    indicators: tuple[str, ...] = ()  # question keys of the programme's indicators to move


def _apply_text(session: Session, entry: ChangeEntry, text: EntryText, status: str) -> int:
    """Set the entry's words (redacted); returns how many details redaction took out."""
    if text.programme_id is not None and session.get(Programme, text.programme_id) is None:
        raise ChangeLogError(ChangeField.PROGRAMME)
    title, n_title = _clean(text.title, TITLE_MAX_CHARS)
    heard, n_heard = _clean(text.heard, TEXT_MAX_CHARS)
    did, n_did = _clean(text.did, TEXT_MAX_CHARS)
    reason, n_reason = _clean(text.reason, TEXT_MAX_CHARS)
    if not title:
        raise ChangeLogError(ChangeField.TITLE)
    if status == "not doing" and not reason:
        raise ChangeLogError(ChangeField.REASON)
    entry.title, entry.heard, entry.did = title, heard, did
    entry.programme_id = text.programme_id
    entry.reason = reason if status == "not doing" else None
    return n_title + n_heard + n_did + n_reason


def indicator_choices(session: Session, catalogue: SurveyCatalogue,
                      programme_id: int | None) -> tuple[Indicator, ...]:
    """The indicators an entry about this programme may name; none for one about every
    programme (each programme measures other things) or an unknown one."""
    programme = session.get(Programme, programme_id) if programme_id is not None else None
    return indicators(catalogue, programme.survey_key) if programme is not None else ()


def _apply_indicators(session: Session, entry: ChangeEntry, text: EntryText,
                      catalogue: SurveyCatalogue | None) -> list[str]:
    """Make exactly these the indicators the entry means to move; returns their keys, sorted.
    Any key that is not an indicator of the entry's programme refuses the whole change."""
    wanted = set(text.indicators)
    known = {i.question for i in indicator_choices(session, catalogue, text.programme_id)} \
        if catalogue is not None else set()
    if not wanted <= known:
        raise ChangeLogError(ChangeField.INDICATORS)
    entry.indicators = [link for link in entry.indicators if link.question in wanted]
    have = {link.question for link in entry.indicators}
    entry.indicators.extend(ChangeEntryIndicator(question=q) for q in sorted(wanted - have))
    return sorted(wanted)


def _staff_event(session: Session, account: Account, action: str, entry: ChangeEntry,
                 **detail: object) -> None:
    audit.record(session, action, actor_kind="staff", actor_id=account.id,
                 target_kind="change_entry", target_id=entry.id, detail=detail)


# Who may act on which entry: staff on the entries of the programmes they answer for, admins on
# all. An entry with no programme speaks for every programme, so it is an admin's.

def _programmes_answered_for(account: Account) -> set[int] | None:
    """The ids of the programmes a staff account answers for; None for an admin (all of them)."""
    return None if account.role == "admin" else {p.id for p in account.programmes}


def may_act_on(account: Account, entry: ChangeEntry) -> bool:
    """Whether this account may open, change and publish the entry."""
    mine = _programmes_answered_for(account)
    return mine is None or (entry.programme_id is not None and entry.programme_id in mine)


def _check_programme_choice(account: Account, programme_id: int | None) -> None:
    mine = _programmes_answered_for(account)
    if mine is not None and programme_id not in mine:
        raise ChangeLogError(ChangeField.PROGRAMME)


def _may_link_themes(session: Session, account: Account, theme_ids: set[int]) -> bool:
    """Staff link only themes that hold their programmes' answers: the ones they can see."""
    if _programmes_answered_for(account) is None or not theme_ids:
        return True
    return theme_ids <= {view.id for view in themes_for(session, account, theme_ids)}


def entry_for(session: Session, account: Account, entry_id: int) -> ChangeEntry:
    """An entry, draft or published, that this account may act on.

    Raises ChangeNotFoundError, or EntryNotYoursError for another programme's entry.
    """
    entry = get_entry(session, entry_id)
    if not may_act_on(account, entry):
        raise EntryNotYoursError
    return entry


def entries_for(session: Session, account: Account) -> list[ChangeEntry]:
    """The entries this account may act on, drafts included, newest first."""
    return [entry for entry in all_entries(session) if may_act_on(account, entry)]


def create_entry(session: Session, account: Account, text: EntryText, *, status: str,
                 note: str = "", catalogue: SurveyCatalogue | None = None
                 ) -> tuple[ChangeEntry, int]:
    """A new draft entry with its first update; returns it and the details redaction took out.
    Naming indicators needs the survey ``catalogue`` they are read from.

    Raises ChangeLogError (title, status, reason, programme or indicators).
    """
    with unit_of_work(session):
        if status not in CHANGE_STATUSES:
            raise ChangeLogError(ChangeField.STATUS)
        _check_programme_choice(account, text.programme_id)
        entry = ChangeEntry(status=status, published=False)
        replaced = _apply_text(session, entry, text, status)
        named = _apply_indicators(session, entry, text, catalogue)
        note_text, n_note = _clean(note, TEXT_MAX_CHARS)
        entry.updates.append(ChangeUpdate(on=clock.today(), status=status, note=note_text))
        session.add(entry)
        session.flush()
        _staff_event(session, account, "changes.created", entry, status=status,
                     indicators=named)
    return entry, replaced + n_note


def get_entry(session: Session, entry_id: int) -> ChangeEntry:
    """Any entry, draft or published, for staff; raises ChangeNotFoundError."""
    entry = session.get(ChangeEntry, entry_id)
    if entry is None:
        raise ChangeNotFoundError
    return entry


def edit_entry(session: Session, account: Account, entry_id: int, text: EntryText, *,
               catalogue: SurveyCatalogue | None = None) -> int:
    """Change an entry's words, programme and indicators; returns the details redaction took
    out. Naming indicators needs the survey ``catalogue`` they are read from.

    Raises ChangeNotFoundError, EntryNotYoursError or ChangeLogError.
    """
    with unit_of_work(session):
        entry = entry_for(session, account, entry_id)
        _check_programme_choice(account, text.programme_id)
        replaced = _apply_text(session, entry, text, entry.status)
        named = _apply_indicators(session, entry, text, catalogue)
        entry.updated_at = clock.now()
        _staff_event(session, account, "changes.edited", entry, indicators=named)
    return replaced


def change_status(session: Session, account: Account, entry_id: int, *, status: str,
                  note: str, reason: str = "") -> int:
    """Add a step to the public history (status and note); "not doing" needs a reason.

    Raises ChangeNotFoundError, EntryNotYoursError or ChangeLogError (status, note or reason).
    """
    with unit_of_work(session):
        entry = entry_for(session, account, entry_id)
        if status not in CHANGE_STATUSES:
            raise ChangeLogError(ChangeField.STATUS)
        note_text, n_note = _clean(note, TEXT_MAX_CHARS)
        if not note_text:
            raise ChangeLogError(ChangeField.NOTE)
        reason_text, n_reason = _clean(reason, TEXT_MAX_CHARS)
        if status == "not doing" and not reason_text:
            raise ChangeLogError(ChangeField.REASON)
        old, entry.status = entry.status, status
        entry.reason = reason_text if status == "not doing" else None
        entry.updates.append(ChangeUpdate(on=clock.today(), status=status, note=note_text))
        entry.updated_at = clock.now()
        _staff_event(session, account, "changes.status_changed", entry,
                     **{"from": old, "to": status})
    return n_note + n_reason


def set_published(session: Session, account: Account, entry_id: int, published: bool) -> None:
    """Publish an entry (or take it off the public log).

    Raises ChangeNotFoundError or EntryNotYoursError.
    """
    entry = entry_for(session, account, entry_id)
    entry.published = published
    entry.updated_at = clock.now()
    _staff_event(session, account, "changes.published" if published else "changes.unpublished",
                 entry)
    session.commit()


def link_themes(session: Session, account: Account, entry_id: int,
                theme_ids: Iterable[int]) -> None:
    """Make exactly these live themes the entry's "what we heard".

    Raises ChangeNotFoundError, EntryNotYoursError, or ChangeLogError when a theme is unknown or
    retired.
    """
    with unit_of_work(session):
        entry = entry_for(session, account, entry_id)
        wanted = set(theme_ids)
        live = set(session.scalars(select(Theme.id).where(Theme.id.in_(wanted),
                                                          Theme.state != "retired")))
        if live != wanted or not _may_link_themes(session, account, wanted):
            raise ChangeLogError(ChangeField.THEMES)
        entry.themes = [link for link in entry.themes if link.theme_id in wanted]
        have = {link.theme_id for link in entry.themes}
        entry.themes.extend(ChangeEntryTheme(theme_id=t) for t in sorted(wanted - have))
        entry.updated_at = clock.now()
        _staff_event(session, account, "changes.themes_linked", entry, themes=sorted(wanted))


def _quotable() -> list:
    """The conditions every quote meets, whenever it is linked or shown."""
    return [Answer.quote_approved.is_(True), Answer.text_redacted.is_not(None),
            Submission.consent_quote.is_(True), Submission.hidden.is_(False)]


def quote_candidates(session: Session, account: Account, entry: ChangeEntry) -> list[Answer]:
    """Approved, quotable answers of the account's programmes, in the entry's themes if it has
    any, not yet linked to it."""
    allowed = [p.id for p in programmes_of(session, account)]
    linked = {quote.answer_id for quote in entry.quotes}
    query = (select(Answer).join(Submission)
             .where(*_quotable(), Submission.programme_id.in_(allowed))
             .order_by(Submission.received_on.desc(), Submission.id, Answer.position)
             .limit(100))
    theme_ids = [link.theme_id for link in entry.themes]
    if theme_ids:
        query = query.where(Answer.id.in_(select(ThemeLink.answer_id)
                                          .where(ThemeLink.theme_id.in_(theme_ids))))
    return [answer for answer in session.scalars(query) if answer.id not in linked]


def link_quote(session: Session, account: Account, entry_id: int, answer_id: int) -> None:
    """Show an approved, consented, visible answer on the entry.

    Raises ChangeNotFoundError, EntryNotYoursError, QuoteNotAllowedError, or ChangeLogError if
    already linked.
    """
    with unit_of_work(session):
        entry = entry_for(session, account, entry_id)
        allowed = [p.id for p in programmes_of(session, account)]
        answer = session.scalar(select(Answer).join(Submission).where(
            Answer.id == answer_id, *_quotable(), Submission.programme_id.in_(allowed)))
        if answer is None:
            raise QuoteNotAllowedError(ChangeField.ANSWER)
        if any(quote.answer_id == answer_id for quote in entry.quotes):
            raise ChangeLogError(ChangeField.ANSWER, reason=Reason.CONFLICT)
        entry.quotes.append(ChangeEntryQuote(answer_id=answer_id))
        entry.updated_at = clock.now()
        _staff_event(session, account, "changes.quote_linked", entry, answer=answer_id)


def unlink_quote(session: Session, account: Account, entry_id: int, answer_id: int) -> None:
    """Take a quote off the entry.

    Raises EntryNotYoursError, or ChangeNotFoundError (also when the quote is not linked).
    """
    entry = entry_for(session, account, entry_id)
    quote = next((q for q in entry.quotes if q.answer_id == answer_id), None)
    if quote is None:
        raise ChangeNotFoundError
    entry.quotes.remove(quote)
    entry.updated_at = clock.now()
    _staff_event(session, account, "changes.quote_unlinked", entry, answer=answer_id)
    session.commit()


def all_entries(session: Session) -> list[ChangeEntry]:
    """Every entry for staff, drafts included, newest first."""
    return list(session.scalars(select(ChangeEntry).options(selectinload(ChangeEntry.programme))
                                .order_by(ChangeEntry.created_at.desc(), ChangeEntry.id.desc())))


# The public and survivors' view.

def published_entries(session: Session, *, programme_id: int | None = None,
                      order_by_updated: bool = False) -> list[ChangeEntry]:
    """Published entries, newest first; one programme's also include organisation-wide ones."""
    query = (select(ChangeEntry).where(ChangeEntry.published.is_(True))
             .options(selectinload(ChangeEntry.programme)))
    if programme_id is not None:
        query = query.where(or_(ChangeEntry.programme_id == programme_id,
                                ChangeEntry.programme_id.is_(None)))
    newest = ChangeEntry.updated_at if order_by_updated else ChangeEntry.created_at
    return list(session.scalars(query.order_by(newest.desc(), ChangeEntry.id.desc())))


def published_entry(session: Session, entry_id: int) -> ChangeEntry:
    """A published entry; raises ChangeNotFoundError for drafts and unknown ids."""
    entry = session.get(ChangeEntry, entry_id)
    if entry is None or not entry.published:
        raise ChangeNotFoundError
    return entry


@dataclass(frozen=True)
class HeardTheme:
    label: str | None  # None: a small theme with an engine-made label; show a neutral name
    number: int | None  # a public number: None for "fewer than 10", or floored to 5


def heard_themes(session: Session, entry: ChangeEntry,
                 figures: PublicSnapshot) -> list[HeardTheme]:
    """The entry's live themes with their numbers from this month's public snapshot, largest
    shown number first.

    Ordered by the public number, then by link order, never by the raw count: two themes that
    both read "fewer than 10" must not give away which one is bigger.
    """
    out = []
    for link in entry.themes:
        if link.theme.state == "retired":
            continue
        number = figures.theme_number(link.theme_id)
        out.append((number, HeardTheme(shown_label(link.theme, number is not None), number)))
    # A stable sort: equal public numbers keep the order staff linked them in.
    return [heard for _n, heard in sorted(out, key=lambda pair: -(pair[0] or 0))]


def shown_quotes(session: Session, entry: ChangeEntry) -> list[str]:
    """The entry's quotes that may be shown right now."""
    return list(session.scalars(
        select(Answer.text_redacted).join(ChangeEntryQuote, ChangeEntryQuote.answer_id == Answer.id)
        .join(Submission).where(ChangeEntryQuote.entry_id == entry.id, *_quotable())
        .order_by(ChangeEntryQuote.id)))
