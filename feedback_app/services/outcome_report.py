"""A programme's report for a funder or a board meeting: one quarter or one year, on paper.

A report leaves the organisation, so every figure in it follows the public rules, whoever prints
it: responses floored to 5 and shown from 10, shares rounded, intervals from the shown figures
(outcomes.PUBLIC), and theme counts as public numbers. Only periods that have ended can be
reported: a running quarter would say something different on each copy. A year's own figure is
shown only when each of its quarters is, since the year less the quarters on the same page
would otherwise narrow down a quarter that reads "too few answers".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from feedback_app.models import ChangeEntry, Programme, ReviewRound
from feedback_app.services import board, changelog, disclosure, outcomes, staff_themes
from feedback_app.services.errors import Reason, ServiceError
from feedback_app.services.indicators import Indicator
from feedback_app.services.outcomes import Figure, Series, Tally
from feedback_app.services.surveys import SurveyCatalogue
from feedback_app.services.theme_sizes import theme_figures

FIRST_YEAR = 2000  # no programme reported before; keeps a typed year to four digits
QUARTERS_CHARTED = outcomes.QUARTERS_SHOWN  # the trend up to the period's end
PERIODS_OFFERED = 4  # quarters (and years) listed to choose from
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_YEAR = re.compile(r"(\d{4})")


class ReportPeriodError(ServiceError):
    """The period is not written as a quarter (2026-Q3) or a year (2026)."""

    reason = Reason.INVALID


class PeriodNotOverError(ReportPeriodError):
    """The period has not ended yet, or is before any report could cover."""

    reason = Reason.NOT_FOUND


@dataclass(frozen=True)
class ReportPeriod:
    name: str  # "2026-Q3" or "2026"
    start: dt.date  # its first day
    end: dt.date  # the first day after it

    @property
    def last_day(self) -> dt.date:
        return self.end - dt.timedelta(days=1)

    @property
    def is_year(self) -> bool:
        return "-" not in self.name

    def holds(self, day: dt.date) -> bool:
        return self.start <= day < self.end

    def quarters(self) -> list[dt.date]:
        """The first months of the quarters it is made of."""
        count = 4 if self.is_year else 1
        return [self.start + relativedelta(months=3 * n) for n in range(count)]


def _quarter(year: int, number: int) -> ReportPeriod:
    start = dt.date(year, 3 * number - 2, 1)
    return ReportPeriod(f"{year}-Q{number}", start, start + relativedelta(months=3))


def _year(year: int) -> ReportPeriod:
    return ReportPeriod(str(year), dt.date(year, 1, 1), dt.date(year + 1, 1, 1))


def latest_quarter(today: dt.date) -> ReportPeriod:
    """The newest quarter that has ended by ``today``."""
    start = outcomes.quarter_start(today.replace(day=1)) - relativedelta(months=3)
    return _quarter(start.year, (start.month - 1) // 3 + 1)


def parse_period(text: str | None, *, today: dt.date) -> ReportPeriod:
    """The period written as 2026-Q3 or 2026; none written: the newest ended quarter. Raises
    ReportPeriodError (not written so) or PeriodNotOverError (not ended, or too early)."""
    text = (text or "").strip().upper()[:20]
    if not text:
        return latest_quarter(today)
    if found := _QUARTER.fullmatch(text):
        period = _quarter(int(found[1]), int(found[2]))
    elif found := _YEAR.fullmatch(text):
        period = _year(int(found[1]))
    else:
        raise ReportPeriodError("not a quarter or a year")
    if period.end > today or period.start.year < FIRST_YEAR:
        raise PeriodNotOverError("the period has not ended")
    return period


def periods_offered(today: dt.date) -> list[ReportPeriod]:
    """The newest ended quarters, then the newest ended years, newest first."""
    newest = latest_quarter(today)
    quarters = [newest]
    while len(quarters) < PERIODS_OFFERED:
        start = quarters[-1].start - relativedelta(months=3)
        quarters.append(_quarter(start.year, (start.month - 1) // 3 + 1))
    years = [_year(today.year - back) for back in range(1, 1 + PERIODS_OFFERED // 2)]
    return quarters + years


@dataclass(frozen=True)
class ReportIndicator:
    indicator: Indicator
    figure: Figure  # the period's own figure
    series: Series  # the quarters up to the period's end, oldest first


@dataclass(frozen=True)
class ReportTheme:
    theme_id: int
    label: str | None  # None: a neutral name, as staff of the programme see it
    number: int  # a public number: floored to 5, at least 10


@dataclass(frozen=True)
class ReportRound:
    round: ReviewRound
    priorities: board.PriorityList


@dataclass(frozen=True)
class OutcomeReport:
    programme: Programme
    period: ReportPeriod
    indicators: list[ReportIndicator]
    themes: list[ReportTheme]  # those with a public number in the period, largest first
    rounds: list[ReportRound]  # closed in the period with a published priority list
    changes: list[ChangeEntry]  # published, updated in the period


def _period_figure(period: ReportPeriod, quarters: list[Figure], tally: Tally) -> Figure:
    if not period.is_year:
        return quarters[-1]
    if any(f.status == outcomes.SUPPRESSED for f in quarters[-4:]):
        return Figure(period.name, outcomes.SUPPRESSED)
    return outcomes.PUBLIC.figure(period.name, tally)


def _indicators(session: Session, catalogue: SurveyCatalogue, programme: Programme,
                period: ReportPeriod) -> list[ReportIndicator]:
    starts = outcomes.quarters_ending_before(period.end, QUARTERS_CHARTED)
    tallies = outcomes.by_quarter(outcomes.monthly_tallies(
        session, catalogue, [programme], since=starts[0], before=period.end))
    found = []
    for indicator in outcomes.programme_indicators(catalogue, programme):
        quarterly = [tallies.get((programme.id, indicator.question, s), Tally()) for s in starts]
        figures = [outcomes.PUBLIC.figure(outcomes.quarter(s), t)
                   for s, t in zip(starts, quarterly, strict=True)]
        total = Tally()
        for tally in quarterly[-len(period.quarters()):]:
            total.add(tally)
        found.append(ReportIndicator(indicator, _period_figure(period, figures, total),
                                     Series(programme, indicator, figures)))
    return found


def _themes(session: Session, programme: Programme, period: ReportPeriod) -> list[ReportTheme]:
    counted = []
    for figures in theme_figures(session, programme_id=programme.id,
                                 received_before=period.end):
        within = set().union(*(ids for month, ids in figures.months.items()
                               if period.holds(month)))
        number = disclosure.public_number(len(within))
        if number is not None:
            counted.append((figures.theme.id, number))
    labels = staff_themes.labels_seen_by(session, {programme.id}, [t for t, _n in counted])
    # By the shown number, then by id: never by the exact count the number was floored from.
    return [ReportTheme(theme_id, labels.get(theme_id), number)
            for theme_id, number in sorted(counted, key=lambda pair: (-pair[1], pair[0]))]


def _rounds(session: Session, period: ReportPeriod) -> list[ReportRound]:
    closed = session.scalars(select(ReviewRound).where(
        ReviewRound.state == "closed", ReviewRound.closed_on >= period.start,
        ReviewRound.closed_on < period.end).order_by(ReviewRound.closed_on, ReviewRound.id))
    found = [ReportRound(r, board.priority_list(session, round_id=r.id)) for r in closed]
    return [r for r in found if r.priorities.published]


def _changes(session: Session, programme: Programme, period: ReportPeriod) -> list[ChangeEntry]:
    def updated_within(entry: ChangeEntry) -> bool:
        return (period.holds(entry.updated_at.date())
                or any(period.holds(update.on) for update in entry.updates))

    return [entry for entry in changelog.published_entries(session, programme_id=programme.id,
                                                           order_by_updated=True)
            if updated_within(entry)]


def outcome_report(session: Session, catalogue: SurveyCatalogue, programme: Programme,
                   period: ReportPeriod) -> OutcomeReport:
    """The report of one programme for one ended period, every figure by the public rules."""
    return OutcomeReport(programme, period, _indicators(session, catalogue, programme, period),
                         _themes(session, programme, period), _rounds(session, period),
                         _changes(session, programme, period))
