"""A survey file the app was told to use goes missing (a deployment mistake): survivors get a kind
answer that says it is our fault, never a 500, on the web and by SMS, and /r keeps working."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import select

from feedback_app.config import PROJECT_ROOT
from feedback_app.extensions import db
from feedback_app.models import Submission
from tests.flow import Survivor
from tests.sms_phone import SHELTER_QUESTION_COUNT, Phone, twilio_settings

OUR_FAULT = "It is not your fault: something is missing on our side."


@pytest.fixture
def surveys(tmp_path: Path) -> Path:
    copy = tmp_path / "surveys"
    shutil.copytree(PROJECT_ROOT / "surveys", copy)
    return copy


@pytest.fixture
def app(app_factory: Callable[..., Flask], surveys: Path) -> Flask:
    return app_factory(SURVEYS_DIR=str(surveys), **twilio_settings())


def test_a_programme_whose_survey_folder_is_gone_gets_a_kind_page(app, surveys):
    survivor = Survivor(app.test_client())
    survivor.opens_programme()
    survivor.chooses_language("en")
    shutil.rmtree(surveys / "shelter")
    for response in (survivor.get(), survivor.client.get("/p/safe-house")):
        page = response.get_data(as_text=True)
        assert response.status_code == 503, page[:300]
        assert "This survey is not open just now" in page and OUR_FAULT in page
        assert "Retry-After" not in response.headers  # we cannot promise when it is fixed


@pytest.mark.parametrize("gone", ["its version", "every version"])
def test_a_receipt_whose_survey_version_is_gone_still_opens_with_everything_in_it(
        app, surveys, gone):
    # Given feedback sent on the shelter survey, in the version the programme follows
    survivor = Survivor(app.test_client())
    code = survivor.submits(should_change="More hot water in the mornings")
    with app.app_context():
        version = db.session.scalars(select(Submission.survey_version)).one()
    # When that version's file, or every version's, is no longer there
    pattern = f"v{version}.toml" if gone == "its version" else "v*.toml"
    for path in (surveys / "shelter").glob(pattern):
        path.unlink()
    assert not (surveys / "shelter" / f"v{version}.toml").exists()
    # Then the survivor still reads what they sent, and may still withdraw it
    survivor.opens_receipt(code)
    assert survivor.last.status_code == 200
    assert "<h1>Your feedback</h1>" in survivor.html
    assert "More hot water in the mornings" in survivor.html
    assert 'href="/r/withdraw"' in survivor.html


def test_an_sms_keyword_whose_survey_is_gone_gets_a_kind_text(app, surveys):
    shutil.rmtree(surveys / "shelter")
    phone = Phone(app.test_client(), number="+15005550101")
    assert phone.text("SHELTER") == [
        "Sorry, this survey is not open just now. Nothing was kept. Please try again later."]
    assert phone.text("HELP")[0].startswith("Answer with the number shown.")


@pytest.mark.parametrize("text", ["1", "HELP", "LEGAL"])
def test_an_sms_conversation_whose_survey_goes_missing_ends_kindly(app, surveys, text):
    phone = Phone(app.test_client(), number="+15005550102")
    phone.text("SHELTER")
    phone.text("1")  # English
    phone.text("1")  # consent
    phone.text("1")  # board
    assert phone.text("2")[0].startswith(f"1/{SHELTER_QUESTION_COUNT}")  # quote: no; question 1
    shutil.rmtree(surveys / "shelter")
    answer = phone.text(text)
    assert answer and all(len(message) > 0 for message in answer)
    if text == "1":
        assert answer == ["Stopped. Nothing was kept. Thank you."]
    if text == "LEGAL":  # another programme's keyword starts that survey instead
        assert answer[0].startswith("1 English")
