"""On the preview, a survivor lists more words to take out: a nickname, a town, a workplace that
no word list knows. They become [removed] before anything is stored, and the list is kept nowhere.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from feedback_app.extensions import db
from feedback_app.models import Answer, Draft
from tests.flow import Survivor

# A small town, a hotel and a nickname: no word list of the redactor knows them.
WORDS = "the sunrise hotel in beius where bubbles works nights"


def at_preview(client, language: str = "en", **answers: str) -> Survivor:
    survivor = Survivor(client)
    survivor.starts_survey(language)
    while survivor.step() != "preview":
        survivor.answers_page(**answers)
    return survivor


def every_stored_text(app) -> str:
    """All rows of every table, as text: where a listed word could hide."""
    with app.app_context():
        tables = db.metadata.sorted_tables
        return "\n".join(str(row) for table in tables
                         for row in db.session.execute(select(table)))


def test_listed_words_are_taken_out_before_sending_and_the_list_is_kept_nowhere(app, client):
    # (written "Beius staff", the name tagger takes the unknown capitalised word before "staff"
    # for a person already; in lower case only the survivor's list takes it out)
    survivor = at_preview(client, should_change=f"Bubbles from {WORDS}",
                          worked_well="the beius staff")
    survivor.post({"action": "remove", "remove_words": "Sunrise Hotel, BEIUS, Bubbles"})
    assert survivor.heading() == "Check before you send"
    assert "We took out 5 words. Check again below." in survivor.html
    assert '<mark class="redacted">[removed]</mark>' in survivor.html
    assert "Beius" not in survivor.html and "beius" not in survivor.html
    survivor.sends()
    with app.app_context():
        answers = {a.question_key: a for a in db.session.scalars(select(Answer))}
        assert answers["should_change"].text_redacted == (
            "[removed] from the [removed] in [removed] where [removed] works nights")
        assert answers["should_change"].redactions == {"removed": 4}
        assert answers["worked_well"].text_redacted == "the [removed] staff"
    stored = every_stored_text(app).casefold()
    assert "beius" not in stored and "bubbles" not in stored and "sunrise" not in stored


def test_arabic_words_go_with_their_joined_letters(app, client):
    survivor = at_preview(client, "ar", should_change="كنت في العمارة الخضراء وصديقتي فراشة معي")
    survivor.post({"action": "remove", "remove_words": "الخضراء، فراشة"})
    survivor.sends()
    with app.app_context():
        stored = db.session.scalar(select(Answer.text_redacted).where(
            Answer.question_key == "should_change"))
    assert stored == "كنت في العمارة [removed] وصديقتي [removed] معي"


@pytest.mark.parametrize(("typed", "message"), [
    ("   ", "Please type the words to take out, separated by commas."),
    ("Timișoara", "We did not find those words in your answers."),
    (", ".join(f"name{n}" for n in range(21)), "Please list at most 20 words or names"),
])
def test_nothing_to_take_out_is_told_kindly_and_keeps_everything(app, client, typed, message):
    survivor = at_preview(client, should_change="the caseworker in oradea never called")
    survivor.post({"action": "remove", "remove_words": typed})
    assert survivor.last.status_code == 400
    assert message in survivor.html
    assert "the caseworker in oradea never called" in survivor.html  # the answers are untouched
    if typed.strip():
        assert f'value="{typed}"' in survivor.html  # what they typed comes back
    with app.app_context():
        draft = db.session.scalars(select(Draft)).one()
        assert draft.step == "preview"
        assert draft.state["answers"]["should_change"] == "the caseworker in oradea never called"
    assert survivor.sends()


def test_taking_out_twice_adds_up(app, client):
    survivor = at_preview(client, should_change="sunny and precious from lagos")
    survivor.post({"action": "remove", "remove_words": "sunny"})
    survivor.post({"action": "remove", "remove_words": "precious, lagos"})
    survivor.sends()
    with app.app_context():
        answer = db.session.scalar(select(Answer).where(Answer.question_key == "should_change"))
        assert answer.text_redacted == "[removed] and [removed] from [removed]"
        assert answer.redactions == {"removed": 3}
