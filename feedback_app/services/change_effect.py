"""Did the change help? A done change-log entry's indicators in equal windows before and after
the day it was done: the share positive in each, the difference (after minus before) and its
95 % Newcombe interval.

The windows are as long as the time since the change, capped at WINDOW_MAX_DAYS, so the two
stay equal: the after-window starts the day after the done date and ends today for staff, or
on the last day before the snapshot month for the public; the before-window has as many days
and ends the day before the done date. The done day itself is in neither, since its answers
may come from before or after the change. The difference shows only once both windows hold
EFFECT_MIN_RESPONSES shown answers; before that it is "too early to tell". Every page says it is
observed, not proof of cause: other things change too, and other people answer in each window.

Staff read exact figures at each view. The public's are worked out once a month, with the
public outcome snapshot (outcome_snapshots.py), from the submissions received before the month
began: responses floored and shares rounded by the public rules, the difference and interval
from those shown figures alone (as outcomes.OutcomeRules does for Wilson). They are stored, not
counted again at each view, because a withdrawal or a hidden submission within the month would
otherwise move them, and a watcher could tell one answer from the next.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from feedback_app.models import ChangeEntry, Programme
from feedback_app.services import outcomes
from feedback_app.services.indicators import Indicator
from feedback_app.services.intervals import Interval, newcombe
from feedback_app.services.outcomes import Figure, OutcomeRules, Tally
from feedback_app.services.surveys import SurveyCatalogue

WINDOW_MAX_DAYS = 182  # half a year each side: older answers say little about the change
EFFECT_MIN_RESPONSES = 30  # fewer in either window: too few to tell a change from chance
BEFORE, AFTER = "before", "after"


@dataclass(frozen=True)
class Windows:
    """Two windows of ``days`` days either side of the done date, which is in neither."""

    done_on: dt.date
    days: int

    @property
    def before_first(self) -> dt.date:
        return self.done_on - dt.timedelta(days=self.days)

    @property
    def before_last(self) -> dt.date:
        return self.done_on - dt.timedelta(days=1)

    @property
    def after_first(self) -> dt.date:
        return self.done_on + dt.timedelta(days=1)

    @property
    def after_last(self) -> dt.date:
        return self.done_on + dt.timedelta(days=self.days)


@dataclass(frozen=True)
class IndicatorEffect:
    indicator: Indicator
    before: Figure | None = None  # None: no window yet (the change was done too recently)
    after: Figure | None = None
    difference: float | None = None  # None: too early to tell
    interval: Interval | None = None


@dataclass(frozen=True)
class ChangeEffect:
    done_on: dt.date
    windows: Windows | None  # None: not one whole day since the change yet
    effects: list[IndicatorEffect] = field(default_factory=list)  # in indicators.toml order


def done_on(entry: ChangeEntry) -> dt.date | None:
    """The day a done entry was done: the latest update that set it done; None if not done."""
    if entry.status != "done":
        return None
    days = [update.on for update in entry.updates if update.status == "done"]
    return days[-1] if days else None  # updates are in the order they were added


def windows(done: dt.date, end: dt.date) -> Windows | None:
    """Equal windows either side of ``done``, the after one ending the day before ``end``."""
    days = min((end - done).days - 1, WINDOW_MAX_DAYS)
    return Windows(done, days) if days > 0 else None


def named_indicators(catalogue: SurveyCatalogue, entry: ChangeEntry) -> list[Indicator]:
    """The indicators of the entry's programme that the entry names, in indicators.toml order."""
    if entry.programme is None:
        return []
    named = {link.question for link in entry.indicators}
    return [i for i in outcomes.programme_indicators(catalogue, entry.programme)
            if i.question in named]


def _window_tallies(session: Session, catalogue: SurveyCatalogue, programme: Programme,
                    since: dt.date, before: dt.date, board_only: bool) -> dict[str, Tally]:
    """Question key -> tally of the answers received in [since, before), one grouped query."""
    summed: dict[str, Tally] = {}
    for (_programme, question, _month), tally in outcomes.monthly_tallies(
            session, catalogue, [programme], since=since, before=before,
            board_only=board_only).items():
        summed.setdefault(question, Tally()).add(tally)
    return summed


def _enough(figure: Figure) -> bool:
    return figure.responses is not None and figure.responses >= EFFECT_MIN_RESPONSES \
        and figure.positive_share is not None


def measured(indicator: Indicator, before: Tally, after: Tally,
             rules: OutcomeRules) -> IndicatorEffect:
    """One indicator's windows as ``rules`` let an audience read them; the difference and its
    interval come from the shown figures only, and only when both windows hold enough."""
    shown_before, shown_after = rules.figure(BEFORE, before), rules.figure(AFTER, after)
    if not (_enough(shown_before) and _enough(shown_after)):
        return IndicatorEffect(indicator, shown_before, shown_after)
    n_before, n_after = shown_before.responses or 0, shown_after.responses or 0
    share_before, share_after = shown_before.positive_share or 0.0, \
        shown_after.positive_share or 0.0
    # Exact shares give back the exact counts; rounded ones the counts the page implies.
    interval = newcombe(round(share_after * n_after), n_after, round(share_before * n_before),
                        n_before)
    return IndicatorEffect(indicator, shown_before, shown_after,
                           round(share_after - share_before, 6),
                           outcomes.outward_to_whole_per_cent(interval))


def _measure(session: Session, catalogue: SurveyCatalogue, programme: Programme,
             done: dt.date, found: Windows | None, named: list[Indicator],
             rules: OutcomeRules, board_only: bool) -> ChangeEffect:
    if found is None:
        return ChangeEffect(done, None, [IndicatorEffect(i) for i in named])
    before = _window_tallies(session, catalogue, programme, found.before_first, done,
                             board_only)
    after = _window_tallies(session, catalogue, programme, found.after_first,
                            found.after_last + dt.timedelta(days=1), board_only)
    return ChangeEffect(done, found, [
        measured(i, before.get(i.question, Tally()), after.get(i.question, Tally()), rules)
        for i in named])


def staff_effect(session: Session, catalogue: SurveyCatalogue, entry: ChangeEntry, *,
                 today: dt.date) -> ChangeEffect | None:
    """The entry's effect with exact figures, the after-window ending today; None unless the
    entry is done and names indicators."""
    done, named = done_on(entry), named_indicators(catalogue, entry)
    if done is None or not named or entry.programme is None:
        return None
    return _measure(session, catalogue, entry.programme, done,
                    windows(done, today + dt.timedelta(days=1)), named, outcomes.STAFF,
                    board_only=False)


# The monthly snapshot ----------------------------------------------------------------------

def _figure_row(figure: Figure | None) -> list[Any] | None:
    if figure is None:
        return None
    return [figure.status, figure.responses, figure.positive_share]


def _figure_of(period: str, row: list[Any] | None) -> Figure | None:
    if row is None:
        return None
    status, responses, share = row
    return Figure(period, status, responses, share)


def snapshot_effects(session: Session, catalogue: SurveyCatalogue, month: dt.date,
                     rules: OutcomeRules, *, board_only: bool = False) -> dict[str, Any]:
    """Every done entry's effect as ``rules`` let an audience read it, counted from the
    submissions received before ``month``: the part of a monthly snapshot pages read."""
    entries = session.scalars(
        select(ChangeEntry).where(ChangeEntry.status == "done",
                                  ChangeEntry.programme_id.is_not(None))
        .options(selectinload(ChangeEntry.updates), selectinload(ChangeEntry.indicators),
                 selectinload(ChangeEntry.programme)))
    stored: dict[str, Any] = {}
    for entry in entries:
        done, named = done_on(entry), named_indicators(catalogue, entry)
        if done is None or not named or entry.programme is None:
            continue
        effect = _measure(session, catalogue, entry.programme, done, windows(done, month),
                          named, rules, board_only)
        stored[str(entry.id)] = {
            "done_on": done.isoformat(),
            "days": effect.windows.days if effect.windows else None,
            "indicators": {
                e.indicator.question: [
                    _figure_row(e.before), _figure_row(e.after), e.difference,
                    e.interval.low if e.interval else None,
                    e.interval.high if e.interval else None]
                for e in effect.effects}}
    return stored


def snapshot_effect(stored: Mapping[str, Any], catalogue: SurveyCatalogue,
                    entry: ChangeEntry) -> ChangeEffect | None:
    """The entry's effect from a month's snapshot, for the indicators it names now; None unless
    it is done and names indicators. One named or done since the month began reads "too early
    to tell" until the next month's snapshot."""
    done, named = done_on(entry), named_indicators(catalogue, entry)
    if done is None or not named:
        return None
    found = stored.get(str(entry.id))
    if found is None:
        return ChangeEffect(done, None, [IndicatorEffect(i) for i in named])
    done = dt.date.fromisoformat(found["done_on"])
    shown = Windows(done, found["days"]) if found["days"] else None
    effects = []
    for indicator in named:
        row = found["indicators"].get(indicator.question)
        if row is None or shown is None:
            effects.append(IndicatorEffect(indicator))
            continue
        before, after, difference, low, high = row
        effects.append(IndicatorEffect(
            indicator, _figure_of(BEFORE, before), _figure_of(AFTER, after), difference,
            Interval(low, high) if low is not None else None))
    return ChangeEffect(done, shown, effects)
