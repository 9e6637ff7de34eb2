"""The web survey's steps: forward and back through every page, skipping, the preview's three
buttons, the staff-consent rule, and redaction of every free-text answer before it is kept."""

from __future__ import annotations

import pytest

from feedback_app.services.survey_steps import (
    STAFF_NEEDED,
    Outcome,
    Progress,
    Sent,
    advance,
    shown_step,
)
from feedback_app.services.surveys import Survey, parse_survey

YES_NO = {"options": ["yes", "no"], "labels": {"en": {"yes": "Yes", "no": "No"},
                                               "es": {"yes": "Sí", "no": "No"}}}


def question(key: str, kind: str) -> dict:
    found = {"key": key, "kind": kind, "prompt": {"en": key, "es": key}}
    return {**found, "scale": "yn"} if kind == "choice" else found


def survey() -> Survey:
    """Two pages: a choice and a text, then two texts."""
    return parse_survey({
        "key": "demo", "version": 1, "languages": ["en", "es"],
        "title": {"en": "Demo", "es": "Demo"}, "scales": {"yn": YES_NO},
        "pages": [
            {"key": "first", "heading": {"en": "First", "es": "Primera"},
             "questions": [question("safe", "choice"), question("change", "text")]},
            {"key": "second", "heading": {"en": "Second", "es": "Segunda"},
             "questions": [question("worked", "text"), question("rules", "text")]},
        ],
    }, key="demo", version=1)


CONSENTED = {"consent_staff": "yes", "consent_board": "no", "consent_quote": "yes"}


def keep(progress: Progress, outcome: Outcome) -> Progress:
    """The draft after the route saved the outcome, as drafts.update_draft does."""
    state = {"consents": progress.consents, "answers": progress.answers,
             "redactions": progress.redactions, **outcome.save}
    return Progress.of(outcome.step, progress.language, state)


def test_forward_goes_through_every_step_to_the_preview():
    # Given a new draft
    progress, steps = Progress("intro", "en"), []
    # When the survivor presses Continue or Next on each page
    for sent in (Sent(), Sent(consents=CONSENTED),
                 Sent(answers={"safe": "yes", "change": "More light"}),
                 Sent(answers={"worked": "The food", "rules": ""})):
        outcome = advance(survey(), progress, sent)
        assert outcome.errors == {}
        progress = keep(progress, outcome)
        steps.append(progress.step)
    # Then each step follows the one before, the preview last, with everything kept
    assert steps == ["consent", "page:0", "page:1", "preview"]
    assert progress.consents == CONSENTED
    assert progress.answers == {"safe": "yes", "change": "More light", "worked": "The food",
                                "rules": ""}


def test_back_goes_from_the_last_page_to_the_introduction():
    # Given a draft on the survey's last page
    progress, steps = Progress("page:1", "en", CONSENTED), []
    # When the survivor presses Back on each page
    for _ in range(3):
        progress = keep(progress, advance(survey(), progress, Sent(back=True)))
        steps.append(progress.step)
    # Then each page leads to the one before it, then to consent, then to the introduction
    assert steps == ["page:0", "consent", "intro"]


def test_back_keeps_what_was_typed_on_the_page_redacted():
    # Given a draft on the second page
    progress = Progress("page:1", "en", CONSENTED, {"safe": "no"})
    # When the survivor writes a phone number there and presses Back
    outcome = advance(survey(), progress, Sent(
        back=True, answers={"worked": "Call me on 0612345678", "rules": None}))
    # Then the page before is shown, and the answer is kept without the number
    assert outcome.step == "page:0"
    assert outcome.save["answers"] == {"safe": "no", "worked": "Call me on [phone]", "rules": ""}
    assert outcome.save["redactions"] == {"worked": {"phone": 1}}


def test_skipped_questions_are_kept_empty_and_the_survey_goes_on():
    # Given a draft on the first page, answered once before
    progress = Progress("page:0", "en", CONSENTED, {"safe": "yes", "change": "More light"})
    # When the survivor empties both answers (a choice left unset, a text of spaces)
    outcome = advance(survey(), progress, Sent(answers={"safe": None, "change": "   "}))
    # Then the next page follows, and both questions read as skipped
    assert outcome.step == "page:1"
    assert outcome.save["answers"] == {"safe": "", "change": ""}


def test_every_free_text_answer_is_redacted_in_the_draft_language():
    # Given a Spanish draft on a page of two text questions
    progress = Progress("page:1", "es", CONSENTED)
    # When the survivor writes personal details in each
    outcome = advance(survey(), progress, Sent(answers={
        "worked": "Llámame al 612 345 678", "rules": "Escríbeme a ana@example.org"}))
    # Then neither detail is kept; each answer has its marker and its count
    answers = outcome.save["answers"]
    assert answers == {"worked": "Llámame al [phone]", "rules": "Escríbeme a [email]"}
    assert outcome.save["redactions"] == {"worked": {"phone": 1}, "rules": {"email": 1}}


def test_a_choice_is_kept_as_chosen_and_a_plain_text_has_no_counts():
    # Given a draft on the first page
    progress = Progress("page:0", "en", CONSENTED)
    # When the survivor picks an answer and writes text with nothing personal in it
    outcome = advance(survey(), progress, Sent(answers={"safe": "no",
                                                        "change": "  Warmer rooms  "}))
    # Then the choice is kept as it is, and the text, trimmed, with no redaction counted
    assert outcome.save["answers"] == {"safe": "no", "change": "Warmer rooms"}
    assert outcome.save["redactions"] == {"change": {}}


def test_answers_of_other_pages_and_earlier_counts_are_kept():
    # Given a draft whose first page held a redacted text
    progress = Progress("page:1", "en", CONSENTED, {"change": "Call [phone]"},
                        {"change": {"phone": 1}})
    # When the survivor answers the second page
    outcome = advance(survey(), progress, Sent(answers={"worked": "Yes", "rules": ""}))
    # Then the first page's answer and its count are still there
    assert outcome.save["answers"]["change"] == "Call [phone]"
    assert outcome.save["redactions"]["change"] == {"phone": 1}


@pytest.mark.parametrize("staff", ["no", None, "maybe"])
def test_consent_without_staff_reading_stays_and_says_why(staff):
    # Given a draft on the consent page
    progress = Progress("consent", "en")
    # When the survivor does not let staff read their feedback
    outcome = advance(survey(), progress, Sent(consents={"consent_staff": staff,
                                                         "consent_board": "yes"}))
    # Then the consent page stays, with the staff question marked, and nothing is saved
    assert outcome == Outcome("consent", errors={"consent_staff": STAFF_NEEDED})


def test_consent_with_staff_reading_saves_the_three_choices():
    outcome = advance(survey(), Progress("consent", "en"), Sent(consents=CONSENTED))
    assert outcome == Outcome("page:0", save={"consents": CONSENTED})


@pytest.mark.parametrize(("action", "expected"), [
    ("edit", Outcome("page:0")),
    ("remove", Outcome("preview", take_out=True)),
    ("send", Outcome("preview", send=True)),
    ("", Outcome("preview", send=True)),
])
def test_the_preview_edits_takes_words_out_or_sends(action, expected):
    progress = Progress("preview", "en", CONSENTED, {"change": "More light"})
    assert advance(survey(), progress, Sent(action=action)) == expected


@pytest.mark.parametrize(("step", "shown"), [
    ("intro", "intro"), ("consent", "consent"), ("page:0", "page:0"), ("page:1", "page:1"),
    ("page:2", "preview"), ("page:9", "preview"), ("preview", "preview"),
])
def test_a_page_the_survey_no_longer_has_shows_the_preview(step, shown):
    assert shown_step(survey(), step) == shown


def test_next_on_a_page_the_survey_no_longer_has_sends_from_the_preview():
    # Given a draft left on a third page, of a survey now two pages long
    progress = Progress("page:2", "en", CONSENTED, {"change": "More light"})
    # When a page is sent for it, the preview's rules apply
    assert advance(survey(), progress, Sent(action="edit")) == Outcome("page:0")
