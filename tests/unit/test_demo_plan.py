"""The demo's written texts and its plan of a year: enough texts in every language, none holding
a detail, and a plan that is the same on every run and fits whatever survey version is newest."""

from __future__ import annotations

import copy
import datetime as dt
import tomllib

import pytest

from feedback_app.config import PROJECT_ROOT
from feedback_app.services.demo import demo_texts, new_demo_password, plan_year
from feedback_app.services.demo_changes import build_demo_changes
from feedback_app.services.passwords import password_problem
from feedback_app.services.redaction import redact_answer
from feedback_app.services.surveys import Survey, SurveyCatalogue, parse_survey

TODAY = dt.date(2026, 6, 15)
LANGUAGES = ("en", "es", "fr", "pt", "ar")
SHIPPED = {"safe-house": "shelter", "legal-clinic": "legal-aid", "case-support": "case-management",
           "health-access": "health", "work-ready": "job-training"}


def texts_in(language: str) -> list[str]:
    return [text for kind in demo_texts()[language].values() for texts in kind.values()
            for text in texts]


def shipped_surveys() -> dict[str, tuple[Survey, tuple[str, ...]]]:
    catalogue = SurveyCatalogue(PROJECT_ROOT / "surveys")
    return {slug: (catalogue.get(key), LANGUAGES) for slug, key in SHIPPED.items()}


@pytest.mark.parametrize(("language", "at_least"),
                         [("en", 60), ("es", 60), ("fr", 30), ("pt", 30), ("ar", 30)])
def test_each_language_has_enough_distinct_texts_for_every_survey(language, at_least):
    texts = texts_in(language)
    assert len(set(texts)) == len(texts) >= at_least
    assert set(demo_texts()[language]) == set(SHIPPED.values())


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_written_text_holds_a_detail_redaction_would_take_out(language):
    assert [text for text in texts_in(language)
            if redact_answer(text, language).text != text] == []


def test_the_plan_is_the_same_on_every_run_and_spans_the_year_before_today():
    first = plan_year(shipped_surveys(), today=TODAY)
    assert first == plan_year(shipped_surveys(), today=TODAY)
    assert first != plan_year(shipped_surveys(), today=TODAY, seed=17)
    days = [plan.day for plan in first]
    assert days == sorted(days)
    assert TODAY - dt.timedelta(days=365) <= days[0] and days[-1] < TODAY
    assert len({(day.year, day.month) for day in days}) >= 12


def test_a_newer_survey_version_with_more_questions_gets_them_answered():
    # Given a v2 of the shelter survey with another choice question on a scale of its own
    with (PROJECT_ROOT / "surveys" / "shelter" / "v1.toml").open("rb") as file:
        raw = copy.deepcopy(tomllib.load(file))
    raw["version"] = 2
    raw["scales"]["got_help"] = {"options": ["yes", "no", "not_needed"], "labels": {
        lang: {"yes": "Yes", "no": "No", "not_needed": "Not needed"} for lang in raw["languages"]}}
    raw["pages"][0]["questions"].append({
        "key": "health_help", "kind": "choice", "scale": "got_help",
        "prompt": dict.fromkeys(raw["languages"], "Did you get help with your health?")})
    survey = parse_survey(raw, key="shelter", version=2)
    # When the year is planned for it
    plans = plan_year({"safe-house": (survey, LANGUAGES)}, today=TODAY)
    # Then the new question is answered with each of its options, and skipped now and then
    answered = [plan.answers.get("health_help") for plan in plans]
    assert {"yes", "no", "not_needed"} <= set(answered)
    assert 0 < answered.count(None) < len(plans) * 0.2


def test_change_entries_name_their_programmes_questions_and_steps_in_order():
    questions = {slug: {q.key for q in survey.questions()}
                 for slug, (survey, _) in shipped_surveys().items()}
    changes = build_demo_changes()
    assert {change.steps[-1].status for change in changes} == {"done", "in progress"}
    for change in changes:
        assert set(change.aims_to_move) <= questions[change.programme]
        ago = [step.days_ago for step in change.steps]
        assert ago == sorted(ago, reverse=True) and ago[-1] > 0


def test_demo_passwords_pass_the_password_rules_and_differ():
    passwords = {new_demo_password() for _ in range(20)}
    assert len(passwords) == 20
    assert all(password_problem(p) is None and len(p) >= 16 for p in passwords)
