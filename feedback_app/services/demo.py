"""The demo's year of feedback: synthetic survivors, planned from a seed, stored through the same
path as real feedback (redacted, themed, recorded).

Nobody said these words: the texts in data/demo-feedback.toml were written for the demo. The
plan comes from a seeded random generator, so the same day and surveys always give the same
year. Ratings move over time the way a newcomer should see outcomes move: the shelter's safety
rises after its change, legal aid's "kept informed" falls and recovers, case support stays flat.
"""

from __future__ import annotations

import datetime as dt
import random
import secrets
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from feedback_app.models import Account, Answer, Programme, Submission, Theme, ThemeLink
from feedback_app.services.passwords import password_problem
from feedback_app.services.receipts import ReceiptKdf
from feedback_app.services.submissions import Consents, store_submission
from feedback_app.services.surveys import Question, Survey
from feedback_app.services.transactions import unit_of_work

DEMO_TEXTS_FILE = Path(__file__).resolve().parent.parent / "data" / "demo-feedback.toml"
DEMO_SEED = 16
# The year is the 364 days before today: all of it inside the default retention of 365 days,
# so the first purge after the demo deletes none of it.
DEMO_DAYS = 364
DEMO_MONTHS = 12
SUBMISSIONS_PER_PROGRAMME = (110, 145)
# Believable shares for an organisation whose survivors speak these languages.
LANGUAGE_WEIGHTS = {"en": 38, "es": 24, "fr": 13, "pt": 10, "ar": 15}
SMS_SHARE = 0.15
CHOICE_SKIPPED_SHARE = 0.07
TEXT_SHARES = {"change": 0.6, "worked": 0.45}
BOARD_CONSENT_SHARE = 0.8
QUOTE_CONSENT_SHARE = 0.35
WITHDRAWN_SHARE = 0.012
HIDDEN_SHARE = 0.012
PARTLY_SHARE_OF_THE_REST = 0.45
# Options that say the question did not apply; chosen now and then, never a rating.
NOT_APPLICABLE = ("not_needed", "not_applicable", "dont_know")
NOT_APPLICABLE_SHARE = 0.1
NEGATIVE = ("no", "worse", "never")

# The share answering the first (best) option, month by month from the oldest month; questions
# not named here stay near their programme's level.
TRENDS: dict[str, dict[str, tuple[float, ...]]] = {
    # A night guard and new locks in month 5 (demo_changes.py): safety rises after it.
    "safe-house": {
        "felt_safe": (0.40, 0.42, 0.38, 0.41, 0.45, 0.62, 0.70, 0.74, 0.77, 0.78, 0.80, 0.82),
        "private_space": (0.35, 0.36, 0.34, 0.38, 0.40, 0.48, 0.55, 0.56, 0.58, 0.60, 0.60, 0.62),
    },
    # The lawyer who kept everyone informed left in month 3; calls before hearings from month 8.
    "legal-clinic": {
        "kept_informed": (0.72, 0.70, 0.66, 0.50, 0.38, 0.32, 0.35, 0.48, 0.60, 0.68, 0.72, 0.74),
    },
    "health-access": {
        "own_language": (0.30, 0.32, 0.30, 0.35, 0.38, 0.40, 0.45, 0.50, 0.55, 0.58, 0.60, 0.64),
    },
    "work-ready": {
        "paid_work": (0.20, 0.22, 0.22, 0.25, 0.28, 0.30, 0.31, 0.34, 0.36, 0.38, 0.40, 0.42),
    },
}
# Case support: flat all year.
LEVELS = {"safe-house": 0.6, "legal-clinic": 0.62, "case-support": 0.58, "health-access": 0.6,
          "work-ready": 0.56}
DEFAULT_LEVEL = 0.6
DEMO_PASSWORD_BYTES = 12  # 16 characters of 64 kinds: 96 random bits


@dataclass(frozen=True)
class PlannedSubmission:
    slug: str
    day: dt.date
    language: str
    channel: str
    consents: Consents
    answers: dict[str, str] = field(default_factory=dict)
    withdrawn: bool = False
    hidden: bool = False


@dataclass(frozen=True)
class StoredDemo:
    """A stored demo submission that is withdrawn or hidden later in the year."""

    plan: PlannedSubmission
    submission_id: int
    receipt_key: str


# texts[language][survey key]["change" | "worked"]
DemoTexts = Mapping[str, Mapping[str, Mapping[str, Sequence[str]]]]


@cache
def demo_texts() -> DemoTexts:
    """The hand-written demo texts, read once per process."""
    with DEMO_TEXTS_FILE.open("rb") as file:
        return tomllib.load(file)


def demo_days(today: dt.date) -> list[dt.date]:
    """The days of the demo year, oldest first, today not among them."""
    return [today - dt.timedelta(days=n) for n in range(DEMO_DAYS, 0, -1)]


def month_index(day: dt.date, first: dt.date) -> int:
    """Which of the twelve months of the year this day falls in (0 is the oldest)."""
    return min(DEMO_MONTHS - 1, (day - first).days * DEMO_MONTHS // DEMO_DAYS)


def positive_share(slug: str, question_key: str, month: int) -> float:
    trend = TRENDS.get(slug, {}).get(question_key)
    return trend[month] if trend else LEVELS.get(slug, DEFAULT_LEVEL)


def _choice(rng: random.Random, options: Sequence[str], share: float) -> str:
    """An option drawn so that the first (best) one comes with about ``share``."""
    not_applicable = [o for o in options if o in NOT_APPLICABLE]
    rated = [o for o in options if o not in NOT_APPLICABLE]
    if not_applicable and rng.random() < NOT_APPLICABLE_SHARE:
        return rng.choice(not_applicable)
    if len(rated) == 1 or rng.random() < share:
        return rated[0]
    negative = next((o for o in rated if o in NEGATIVE), rated[-1])
    partly = [o for o in rated[1:] if o != negative]
    if partly and rng.random() < PARTLY_SHARE_OF_THE_REST:
        return rng.choice(partly)
    return negative


def _text_bucket(question: Question) -> str:
    return "worked" if "well" in question.key or "worked" in question.key else "change"


def _answers(rng: random.Random, slug: str, survey: Survey, language: str,
             month: int) -> dict[str, str]:
    answers = {}
    texts = demo_texts().get(language, {}).get(survey.key, {})
    for question in survey.questions():
        if question.kind == "choice":
            if rng.random() >= CHOICE_SKIPPED_SHARE:
                options = [value for value, _label in survey.options(question, "en")]
                answers[question.key] = _choice(rng, options,
                                                positive_share(slug, question.key, month))
        else:
            bucket = _text_bucket(question)
            if texts.get(bucket) and rng.random() < TEXT_SHARES[bucket]:
                answers[question.key] = rng.choice(list(texts[bucket]))
    return answers


def plan_year(surveys: Mapping[str, tuple[Survey, Sequence[str]]], *, today: dt.date,
              seed: int = DEMO_SEED) -> list[PlannedSubmission]:
    """A year of feedback for each programme (slug -> its survey and languages), oldest first."""
    rng = random.Random(seed)  # noqa: S311 - a reproducible demo, not a secret
    days = demo_days(today)
    # Fewer people write at the weekend.
    weights = [0.5 if day.weekday() >= 5 else 1.0 for day in days]
    planned = []
    for slug, (survey, offered) in surveys.items():
        languages = [lang for lang in LANGUAGE_WEIGHTS if lang in offered] or list(offered[:1])
        count = rng.randint(*SUBMISSIONS_PER_PROGRAMME)
        for day in sorted(rng.choices(days, weights=weights, k=count)):
            language = rng.choices(languages, [LANGUAGE_WEIGHTS.get(x, 1) for x in languages])[0]
            consents = Consents(staff=True, board=rng.random() < BOARD_CONSENT_SHARE,
                                quote=rng.random() < QUOTE_CONSENT_SHARE)
            planned.append(PlannedSubmission(
                slug=slug, day=day, language=language,
                channel="sms" if rng.random() < SMS_SHARE else "web", consents=consents,
                answers=_answers(rng, slug, survey, language, month_index(day, days[0])),
                withdrawn=rng.random() < WITHDRAWN_SHARE, hidden=rng.random() < HIDDEN_SHARE))
    return sorted(planned, key=lambda plan: plan.day)


def demo_receipt_kdf(kdf: ReceiptKdf) -> ReceiptKdf:
    """The site's receipt salt at the lowest argon2id cost: the cost protects a code a survivor
    holds, and a demo code is thrown away unseen the moment its key is made."""
    return ReceiptKdf(salt=kdf.salt, memory_kib=8, time_cost=1)


def store_demo_day(session: Session, *, planned: Sequence[PlannedSubmission],
                   programmes: Mapping[str, Programme], surveys: Mapping[str, Survey],
                   kdf: ReceiptKdf) -> list[StoredDemo]:
    """Store one day's demo submissions as real ones are stored (dated by the app's clock), in
    one commit; return those to withdraw or hide later. Raises SubmissionError as
    store_submission does (a plan that no longer fits its survey)."""
    later = []
    with unit_of_work(session):
        for plan in planned:
            _code, submission = store_submission(
                session, programme=programmes[plan.slug], survey=surveys[plan.slug],
                language=plan.language, consents=plan.consents, answers=plan.answers,
                kdf=demo_receipt_kdf(kdf), channel=plan.channel)
            if plan.withdrawn or plan.hidden:
                later.append(StoredDemo(plan, submission.id, submission.receipt_key))
    return later


def has_feedback(session: Session, slugs: Sequence[str]) -> bool:
    """Whether any of these programmes holds feedback: then the demo adds none."""
    return bool(session.scalar(select(func.count(Submission.id)).join(Programme).where(
        Programme.slug.in_(slugs))))


def holds_real_work(session: Session, slugs: Sequence[str]) -> bool:
    """Whether the site has accounts, or feedback outside these programmes: a site in use."""
    accounts = session.scalar(select(func.count(Account.id)))
    elsewhere = session.scalar(select(func.count(Submission.id)).join(Programme).where(
        Programme.slug.not_in(slugs)))
    return bool(accounts or elsewhere)


def programme_themes(session: Session, programme_id: int) -> list[tuple[Theme, int]]:
    """Live themes holding this programme's answers, with how many, largest first."""
    count = func.count(ThemeLink.answer_id)
    rows = session.execute(
        select(Theme, count).join(ThemeLink, ThemeLink.theme_id == Theme.id)
        .join(Answer, Answer.id == ThemeLink.answer_id).join(Submission)
        .where(Submission.programme_id == programme_id, Theme.state != "retired")
        .group_by(Theme.id).order_by(count.desc(), Theme.id)).all()
    return [(theme, n) for theme, n in rows]


def quotable_answer(session: Session, *, programme_id: int, theme_ids: Sequence[int],
                    language: str = "en") -> Answer | None:
    """A visible answer of the programme in these themes whose sender agreed to quoting."""
    return session.scalar(
        select(Answer).join(Submission).join(ThemeLink, ThemeLink.answer_id == Answer.id)
        .where(Submission.programme_id == programme_id, Submission.consent_quote.is_(True),
               Submission.hidden.is_(False), Submission.language == language,
               Answer.text_redacted.is_not(None), ThemeLink.theme_id.in_(theme_ids))
        .order_by(Submission.received_on.desc(), Answer.text_redacted).limit(1))


def account_by_email(session: Session, email: str) -> Account | None:
    return session.scalar(select(Account).where(Account.email == email))


def new_demo_password() -> str:
    """A random password the password rules accept, for a demo account."""
    while True:
        password = secrets.token_urlsafe(DEMO_PASSWORD_BYTES)
        if password_problem(password) is None:
            return password
