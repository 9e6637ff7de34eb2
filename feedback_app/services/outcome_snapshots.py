"""The board's and the public's outcome figures: worked out once a month, served all month.

As with theme figures (figure_snapshots.py), the figures of a month are made at its first view
from the submissions received before its 1st and stored, so a series of visits within a month
is one visit. Only quarters that ended before the month are shown: a quarter still running would
move from one month to the next by the few answers of a month. Each row is one programme x
indicator x quarter with the figures the audience may read (outcomes.OutcomeRules); the page,
the CSV and the JSON all print these rows and nothing else.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from feedback_app import clock
from feedback_app.models import Programme
from feedback_app.services import change_effect, disclosure, outcomes
from feedback_app.services.figure_snapshots import stored_figures
from feedback_app.services.intervals import Interval
from feedback_app.services.outcomes import Figure, OutcomeRules, Series, Tally
from feedback_app.services.programmes import programmes_by_name
from feedback_app.services.surveys import SurveyCatalogue


@dataclass(frozen=True)
class OutcomeSnapshot:
    month: dt.date
    periods: list[str]
    series: list[Series]  # active programmes by name, each one's indicators in file order
    effects: dict[str, Any] = field(default_factory=dict)  # change_effect.snapshot_effects

    def of(self, programme: Programme) -> list[Series]:
        return [s for s in self.series if s.programme.id == programme.id]


def _row(programme_id: int, question: str, figure: Figure) -> list[Any]:
    interval = figure.interval
    return [programme_id, question, figure.period, figure.status, figure.responses,
            figure.positive_share, figure.partly_share,
            interval.low if interval else None, interval.high if interval else None]


def _figures(session: Session, catalogue: SurveyCatalogue, month: dt.date, rules: OutcomeRules,
             *, board_only: bool) -> dict[str, Any]:
    starts = outcomes.quarters_ending_before(month, outcomes.QUARTERS_SHOWN)
    programmes = programmes_by_name(session)
    tallies = outcomes.by_quarter(outcomes.monthly_tallies(
        session, catalogue, programmes, since=starts[0], before=month, board_only=board_only))
    rows = []
    for programme in programmes:
        for indicator in outcomes.programme_indicators(catalogue, programme):
            for start in starts:
                tally = tallies.get((programme.id, indicator.question, start), Tally())
                rows.append(_row(programme.id, indicator.question,
                                 rules.figure(outcomes.quarter(start), tally)))
    return {"periods": [outcomes.quarter(s) for s in starts], "rows": rows}


def _read(session: Session, catalogue: SurveyCatalogue, month: dt.date,
          figures: dict[str, Any]) -> OutcomeSnapshot:
    found: dict[tuple[int, str], list[Figure]] = {}
    for programme_id, question, period, status, n, positive, partly, low, high in \
            figures["rows"]:
        interval = Interval(low, high) if low is not None else None
        found.setdefault((programme_id, question), []).append(
            Figure(period, status, n, positive, partly, interval))
    series = []
    for programme in programmes_by_name(session):  # one made inactive since is not shown
        for indicator in outcomes.programme_indicators(catalogue, programme):
            if (programme.id, indicator.question) in found:
                series.append(Series(programme, indicator,
                                     found[(programme.id, indicator.question)]))
    return OutcomeSnapshot(month, list(figures["periods"]), series,
                           dict(figures.get("effects", {})))


def public_outcomes(session: Session, catalogue: SurveyCatalogue) -> OutcomeSnapshot:
    """This month's public outcome figures; commits the snapshot if this view made it."""
    month = disclosure.snapshot_month(clock.today())
    figures = stored_figures(session, month, "public-outcomes",
                             lambda m: {**_figures(session, catalogue, m, outcomes.PUBLIC,
                                                   board_only=False),
                                        "effects": change_effect.snapshot_effects(
                                            session, catalogue, m, outcomes.PUBLIC)})
    session.commit()
    return _read(session, catalogue, month, figures)


def board_outcomes(session: Session, catalogue: SurveyCatalogue, *,
                   k_min: int) -> OutcomeSnapshot:
    """This month's board outcome figures (only what survivors let the board read, floored to
    K_MIN); commits the snapshot if this view made it."""
    month = disclosure.snapshot_month(clock.today())
    rules = outcomes.board_rules(k_min)
    figures = stored_figures(session, month, "board-outcomes",
                             lambda m: _figures(session, catalogue, m, rules,
                                                board_only=True))
    session.commit()
    return _read(session, catalogue, month, figures)


EXPORT_COLUMNS = ("programme", "indicator", "period", "responses", "positive_share", "ci_low",
                  "ci_high", "status", "partly_share")


def export_rows(snapshot: OutcomeSnapshot,
                programme: Programme | None = None) -> list[dict[str, Any]]:
    """One row per programme x indicator x quarter, with exactly the figures the pages print:
    floored responses, rounded shares, the interval of those, and nothing for a suppressed
    figure but its status."""
    rows = []
    for series in snapshot.series:
        if programme is not None and series.programme.id != programme.id:
            continue
        for figure in series.figures:
            interval = figure.interval
            rows.append({
                "programme": series.programme.slug, "indicator": series.indicator.question,
                "period": figure.period, "responses": figure.responses,
                "positive_share": figure.positive_share,
                "ci_low": interval.low if interval else None,
                "ci_high": interval.high if interval else None,
                "status": figure.status, "partly_share": figure.partly_share})
    return rows
