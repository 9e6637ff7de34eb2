"""How each programme is doing: its indicators by quarter and by month, counted in the database.

One grouped query counts the choice answers of every indicator by programme, survey, question,
option and month; everything after it works on those groups (a few hundred rows for years of
feedback), never on survivors' rows. Who may see what of the result is ``OutcomeRules``: staff
read exact figures; the board and the public read floored responses, rounded shares and
intervals worked out from those shown figures alone, from the monthly snapshot
(outcome_snapshots.py), so no view tells more than the figures it prints (docs/disclosure.md).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction

from dateutil.relativedelta import relativedelta
from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from feedback_app.models import Answer, Programme, Submission
from feedback_app.services import disclosure
from feedback_app.services.indicators import Indicator, indicators
from feedback_app.services.intervals import Interval, wilson
from feedback_app.services.surveys import SurveyCatalogue

PROVISIONAL_BELOW = 30  # fewer responses: "provisional", an interval but no ranking
SHOWN, PROVISIONAL, SUPPRESSED = "shown", "provisional", "suppressed"
QUARTERS_SHOWN = 8
MONTHS_SHOWN = 12

Month = dt.date  # a month is its first day


@dataclass
class Tally:
    responses: int = 0
    positive: int = 0
    partly: int = 0

    def add(self, other: Tally) -> None:
        self.responses += other.responses
        self.positive += other.positive
        self.partly += other.partly


@dataclass(frozen=True)
class Figure:
    """One indicator of one programme in one period, as an audience may read it."""

    period: str  # "2026-Q3" or "2026-07"
    status: str  # shown, provisional or suppressed
    responses: int | None = None  # exact for staff, floored for the board and the public
    positive_share: float | None = None
    partly_share: float | None = None
    interval: Interval | None = None
    complete: bool = True  # False: the period has not ended ("so far")


@dataclass(frozen=True)
class Series:
    programme: Programme
    indicator: Indicator
    figures: list[Figure] = field(default_factory=list)  # oldest first


# Periods -------------------------------------------------------------------------------------

def quarter(month: Month) -> str:
    return f"{month.year}-Q{(month.month - 1) // 3 + 1}"


def quarter_start(month: Month) -> Month:
    return month.replace(month=(month.month - 1) // 3 * 3 + 1, day=1)


def month_key(month: Month) -> str:
    return f"{month.year}-{month.month:02d}"


def quarters_ending_before(first_day: Month, count: int) -> list[Month]:
    """The first months of the ``count`` whole quarters that ended before ``first_day``."""
    current = quarter_start(first_day)  # not over before first_day, whichever day that is
    return [current - relativedelta(months=3 * back) for back in range(count, 0, -1)]


def quarters_up_to(today: dt.date, count: int) -> list[Month]:
    """The first months of the last ``count`` quarters, ending with today's (not yet over)."""
    current = quarter_start(today.replace(day=1))
    return [current - relativedelta(months=3 * back) for back in range(count - 1, -1, -1)]


# Counting ------------------------------------------------------------------------------------

def programme_indicators(catalogue: SurveyCatalogue,
                         programme: Programme) -> tuple[Indicator, ...]:
    return indicators(catalogue, programme.survey_key)


def monthly_tallies(session: Session, catalogue: SurveyCatalogue,
                    programmes: Iterable[Programme], *, since: Month | None = None,
                    before: Month | None = None,
                    board_only: bool = False) -> dict[tuple[int, str, Month], Tally]:
    """(programme id, question key, month) -> tally of the indicator answers received in
    [since, before); hidden submissions do not count, withdrawn ones are gone. ``board_only``:
    only submissions whose survivors let the board read them, as the board's theme counts."""
    programmes = list(programmes)
    by_survey = {p.survey_key: {i.question: i for i in programme_indicators(catalogue, p)}
                 for p in programmes}
    questions = {q for found in by_survey.values() for q in found}
    if not programmes or not questions:
        return {}
    year = extract("year", Submission.received_on)
    month = extract("month", Submission.received_on)
    query = (select(Submission.programme_id, Submission.survey_key, Answer.question_key,
                    Answer.choice, year, month, func.count())
             .join(Answer, Answer.submission_id == Submission.id)
             .where(Submission.programme_id.in_([p.id for p in programmes]),
                    Submission.hidden.is_(False), Answer.choice.is_not(None),
                    Answer.question_key.in_(sorted(questions)))
             .group_by(Submission.programme_id, Submission.survey_key, Answer.question_key,
                       Answer.choice, year, month))
    if since is not None:
        query = query.where(Submission.received_on >= since)
    if before is not None:
        query = query.where(Submission.received_on < before)
    if board_only:
        query = query.where(Submission.consent_board.is_(True))
    tallies: dict[tuple[int, str, Month], Tally] = {}
    for programme_id, survey_key, question, choice, y, m, n in session.execute(query):
        indicator = by_survey.get(survey_key, {}).get(question)
        kind = indicator.counts_as(choice) if indicator else None
        if kind is None:
            continue
        tally = tallies.setdefault((programme_id, question, dt.date(int(y), int(m), 1)), Tally())
        tally.responses += n
        tally.positive += n if kind == "positive" else 0
        tally.partly += n if kind == "partly" else 0
    return tallies


def by_quarter(tallies: dict[tuple[int, str, Month], Tally]) -> dict[tuple[int, str, Month],
                                                                     Tally]:
    """The monthly tallies summed into quarters, keyed by each quarter's first month."""
    summed: dict[tuple[int, str, Month], Tally] = {}
    for (programme_id, question, month), tally in tallies.items():
        summed.setdefault((programme_id, question, quarter_start(month)), Tally()).add(tally)
    return summed


# What an audience reads ----------------------------------------------------------------------

@dataclass(frozen=True)
class OutcomeRules:
    """How exact an audience's figures are: staff (step 1, minimum 1), the board (K_MIN) or the
    public (5 from 10)."""

    step: int
    minimum: int

    @property
    def exact(self) -> bool:
        return self.step == 1

    def figure(self, period: str, tally: Tally, *, complete: bool = True) -> Figure:
        if self.exact:
            return _exact_figure(period, tally, complete)
        shown = disclosure.floored(tally.responses, self.step, self.minimum)
        if shown is None:
            return Figure(period, SUPPRESSED, complete=complete)
        positive = rounded_share(tally.positive, tally.responses, shown)
        partly = rounded_share(tally.partly, tally.responses, shown)
        # From the shown figures only: an interval of the exact counts would give them away.
        interval = wilson(round(positive * shown), shown)
        status = PROVISIONAL if shown < PROVISIONAL_BELOW else SHOWN
        return Figure(period, status, shown, positive, partly,
                      outward_to_whole_per_cent(interval), complete)


STAFF = OutcomeRules(step=1, minimum=1)
PUBLIC = OutcomeRules(step=disclosure.PUBLIC_STEP, minimum=disclosure.PUBLIC_MIN)


def board_rules(k_min: int) -> OutcomeRules:
    k = disclosure.effective_k_min(k_min)
    return OutcomeRules(step=k, minimum=k)


def rounded_share(part: int, whole: int, shown_responses: int) -> float:
    """part / whole as the board and the public read it: to whole per cent from 100 shown
    responses, to 5 points below; halves up, in exact fractions (0.725 is a half)."""
    steps = 100 if shown_responses >= 100 else 20
    return math.floor(Fraction(part, whole) * steps + Fraction(1, 2)) / steps


def outward_to_whole_per_cent(interval: Interval | None) -> Interval | None:
    """An interval to whole per cent, outward, as every page prints it."""
    if interval is None:
        return None
    return Interval(math.floor(interval.low * 100 + 1e-9) / 100,
                    math.ceil(interval.high * 100 - 1e-9) / 100)


def _exact_figure(period: str, tally: Tally, complete: bool) -> Figure:
    if tally.responses == 0:
        return Figure(period, SUPPRESSED, 0, complete=complete)
    status = PROVISIONAL if tally.responses < PROVISIONAL_BELOW else SHOWN
    return Figure(period, status, tally.responses, tally.positive / tally.responses,
                  tally.partly / tally.responses,
                  outward_to_whole_per_cent(wilson(tally.positive, tally.responses)), complete)


# Staff ---------------------------------------------------------------------------------------

def staff_series(session: Session, catalogue: SurveyCatalogue, programmes: list[Programme],
                 *, today: dt.date, by: str = "quarter") -> list[Series]:
    """Every indicator of these programmes by quarter (the last eight, today's so far) or by
    month (the last twelve), exact: staff read each submission anyway."""
    if by == "month":
        periods = disclosure.months_back(today, MONTHS_SHOWN)
        label, following = month_key, relativedelta(months=1)
    else:
        periods = quarters_up_to(today, QUARTERS_SHOWN)
        label, following = quarter, relativedelta(months=3)
    tallies = monthly_tallies(session, catalogue, programmes, since=periods[0])
    if by != "month":
        tallies = by_quarter(tallies)
    series = []
    for programme in programmes:
        for indicator in programme_indicators(catalogue, programme):
            figures = [STAFF.figure(label(start),
                                    tallies.get((programme.id, indicator.question, start),
                                                Tally()),
                                    complete=start + following <= today)
                       for start in periods]
            series.append(Series(programme, indicator, figures))
    return series
