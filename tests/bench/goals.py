"""Side-by-side figures and design goals for the theming benchmarks.

A ratio line puts our figure over the baseline's, both measured in the same run, so a slower or
busier machine moves both. A goal line says PASS or FAIL against a number from the design, and
`finish` turns any FAIL into a non-zero exit, so a script can guard the goals in CI.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Goal:
    """One design goal: what it asks, what was measured, and whether it was met."""

    name: str
    met: bool
    detail: str


def print_ratio(what: str, ours: float, baseline: float, *, unit: str = "",
                spec: str = ".3f") -> None:
    """Print `ratio` with ours / baseline; a ratio over a baseline at or below zero says nothing
    (an ARI below chance, say), so it is printed as n/a beside both figures."""
    figures = f"{ours:{spec}}{unit} / {baseline:{spec}}{unit}"
    if baseline <= 0:
        print(f"ratio {what}: {figures} = n/a (baseline at or below 0)")
    else:
        print(f"ratio {what}: {figures} = {ours / baseline:.2f}")


def finish(goals: list[Goal], *, check: bool) -> int:
    """Print one PASS or FAIL line per goal and return the exit status: 1 when a goal is missed
    and checking is on, else 0."""
    print()
    for goal in goals:
        print(f"{'PASS' if goal.met else 'FAIL'}  {goal.name}: {goal.detail}")
    missed = [goal for goal in goals if not goal.met]
    print(f"{len(goals) - len(missed)} of {len(goals)} goals met"
          + ("" if check or not missed else " (not checked: --no-check)"))
    return 1 if missed and check else 0
