"""The demo's "you said, we did" entries: what each demo programme heard and did over the year.

Each entry's steps happen on their own days, months before today, so the change log shows a
change done long enough ago for the ratings after it to be read beside the ones before it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class DemoStep:
    days_ago: int
    status: str
    note: str


@dataclass(frozen=True)
class DemoChange:
    programme: str  # slug
    title: str
    heard: str
    did: str
    steps: tuple[DemoStep, ...]  # the first one creates the entry
    # Words of the themes it answers, matched against the keywords discovery gives them.
    theme_words: tuple[str, ...]
    # The survey questions whose ratings the change means to move (the entry's indicators).
    aims_to_move: tuple[str, ...]
    quote: bool = True

    def step_on(self, day: dt.date, today: dt.date) -> DemoStep | None:
        """The step taken on this day, if any."""
        return next((step for step in self.steps
                     if today - dt.timedelta(days=step.days_ago) == day), None)


def build_demo_changes() -> list[DemoChange]:
    """The demo's change entries. Month 5 of the demo year is about 210 days before today."""
    return [
        DemoChange(
            programme="safe-house", title="A night guard and new locks at the house",
            heard="People staying at the house told us they did not feel safe at night: the "
                  "back door was often left open and the yard was dark.",
            did="A night guard is now on duty every night, the back door locks by itself and "
                "the yard has lights.",
            steps=(DemoStep(250, "planned", "We are choosing how to cover every night."),
                   DemoStep(228, "in progress", "The new locks are in; the guard starts soon."),
                   DemoStep(212, "done", "The night guard started and the yard lights are on.")),
            theme_words=("safe", "night", "door", "lock", "guard", "fear"),
            aims_to_move=("felt_safe",)),
        DemoChange(
            programme="legal-clinic", title="A call before every hearing",
            heard="People told us they waited months without news of their case, and travelled "
                  "to court for hearings that had moved.",
            did="Each person's lawyer or a volunteer now calls before every hearing and whenever "
                "a date moves, in the person's language.",
            steps=(DemoStep(170, "planned", "We are finding volunteers who speak the languages."),
                   DemoStep(150, "in progress", "Calls have started for the hearings next month."),
                   DemoStep(120, "done", "Everyone with a hearing now gets a call first.")),
            theme_words=("call", "court", "case", "hearing", "date", "news", "wait"),
            aims_to_move=("kept_informed",)),
        DemoChange(
            programme="health-access", title="An interpreter at every appointment",
            heard="People told us clinics had no interpreter, so children translated for their "
                  "parents, and doctors spoke past them.",
            did="We are booking a professional interpreter with every appointment we arrange, "
                "and asking for a woman doctor when someone wants one.",
            steps=(DemoStep(95, "planned", "We are agreeing interpreter hours with the clinics."),
                   DemoStep(40, "in progress", "Two clinics now have interpreters booked.")),
            theme_words=("interpreter", "translate", "language", "doctor", "clinic"),
            aims_to_move=("own_language",)),
        DemoChange(
            programme="work-ready", title="Childcare during classes",
            heard="Parents told us they could not come to the courses without someone to look "
                  "after their children.",
            did="We are opening a room with a childminder during every class.",
            steps=(DemoStep(60, "planned", "We are looking for a room near the classes."),
                   DemoStep(20, "in progress", "The room is found; the childminder starts soon.")),
            theme_words=("child", "childcare", "class", "course"),
            aims_to_move=("paid_work",), quote=False),
    ]
