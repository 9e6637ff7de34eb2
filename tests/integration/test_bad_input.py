"""Bad input gets a kind page that keeps what was typed; never a server error."""

from __future__ import annotations

from sqlalchemy import func, select

from feedback_app.extensions import db
from feedback_app.models import Draft, Submission
from tests.flow import Survivor
from tests.support.html import radio_choices, text_fields


def at_first_text_page(client) -> Survivor:
    survivor = Survivor(client)
    survivor.starts_survey()
    for _ in range(10):
        if "<textarea" in survivor.html:
            break
        survivor.answers_page()
    assert "<textarea" in survivor.html, survivor.heading()
    return survivor


def text_field(survivor: Survivor) -> str:
    return text_fields(survivor.html)[0]


def test_unknown_programme_gets_a_kind_404(client):
    response = client.get("/p/no-such-programme")
    assert response.status_code == 404
    assert "We could not find that page" in response.get_data(as_text=True)


def test_wrong_method_gets_a_kind_405(client):
    response = client.put("/p/safe-house")
    assert response.status_code == 405
    assert "Please use the buttons on the page" in response.get_data(as_text=True)


def test_hundred_kilobyte_answer_is_kept_with_a_kind_message(app, client):
    survivor = at_first_text_page(client)
    field = text_field(survivor)
    long_text = "word " * 20_000
    survivor.post({field: long_text, "nav": "next"})
    assert survivor.last.status_code == 400
    assert "Please shorten this answer" in survivor.html
    assert long_text.strip() in survivor.html
    with app.app_context():
        assert db.session.scalars(select(Draft.step)).one().startswith("page:")


def test_oversized_body_gets_a_kind_413(app, client):
    survivor = at_first_text_page(client)
    survivor.post({text_field(survivor): "x" * 400_000, "nav": "next"})
    assert survivor.last.status_code == 413
    assert "too long to send" in survivor.html


def test_broken_csrf_shows_what_was_typed_and_saves_nothing(app, client):
    survivor = at_first_text_page(client)
    field = text_field(survivor)
    typed = "The curfew is too early for people who work late shifts"
    response = client.post("/p/safe-house", data={"csrf_token": "forged", "step": survivor.step(),
                                                  field: typed, "nav": "next"})
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "This page had expired" in html and typed in html
    with app.app_context():
        draft = db.session.scalars(select(Draft)).one()
        assert typed not in str(draft.state)


def test_expired_page_gives_back_even_a_short_answer_but_not_the_choices(client):
    survivor = at_first_text_page(client)
    response = client.post("/p/safe-house", data={
        "csrf_token": "expired", text_field(survivor): "Too noisy", "felt_safe": "partly"})
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert ">Too noisy</textarea>" in html
    assert ">partly</textarea>" not in html


def test_invalid_choice_is_refused_kindly_and_keeps_the_rest(app, client):
    survivor = Survivor(client)
    survivor.starts_survey()
    radio, _value = radio_choices(survivor.html)[0]
    survivor.post({radio: "definitely", "nav": "next"})
    assert survivor.last.status_code == 400
    assert "Please choose one of the answers, or leave it empty to skip." in survivor.html
    assert f'href="#{radio}"' in survivor.html  # the summary links to the first choice


def test_control_characters_are_dropped_not_refused(app, client):
    survivor = at_first_text_page(client)
    survivor.post({text_field(survivor): "Noisy\x00 rooms\x07 at night", "nav": "next"})
    assert survivor.last.status_code == 200
    with app.app_context():
        answers = db.session.scalars(select(Draft)).one().state["answers"]
        assert "Noisy rooms at night" in answers.values()


def test_unknown_language_is_refused_kindly(app, client):
    survivor = Survivor(client)
    survivor.opens_programme()
    survivor.post({"language": "xx"})
    assert survivor.last.status_code == 400
    assert "Please choose a language." in survivor.html
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Draft)) == 0
        assert db.session.scalar(select(func.count()).select_from(Submission)) == 0


def test_programme_address_with_a_nul_byte_is_just_not_found(client):
    response = client.post("/p/%00", data={})
    assert response.status_code in (400, 404)
    assert client.get("/p/%00").status_code == 404
