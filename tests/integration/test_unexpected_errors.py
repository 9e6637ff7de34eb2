"""An unexpected error: a kind page and a log line that says where, never what it said; in tests,
the error itself, so a bug shows its trace."""

from __future__ import annotations

import logging

import pytest

from feedback_app import create_app
from tests.apps import config_for_tests

SECRET = "my name is Ngozi Okafor and my number is 07700 900123"


def _app_with_a_broken_page(database_url: str, testing: bool):
    app = create_app(config_for_tests(database_url, TESTING=testing))

    @app.get("/broken-for-test")
    def broken() -> str:
        raise ValueError(SECRET)

    return app


def test_an_unexpected_error_gets_the_kind_page_and_a_log_without_its_message(
        sqlite_url: str, caplog: pytest.LogCaptureFixture) -> None:
    # Given a deployed app (not testing) whose page fails with a message holding personal words
    app = _app_with_a_broken_page(sqlite_url, testing=False)
    # When someone opens it
    with caplog.at_level(logging.ERROR, logger="feedback_app"):
        response = app.test_client().get("/broken-for-test")
    # Then they get the kind 500 page, and the log says the type and where, not the message
    assert response.status_code == 500
    page = response.get_data(as_text=True)
    assert "Something went wrong on our side" in page
    assert "Ngozi" not in page and "Traceback" not in page
    lines = [record.getMessage() for record in caplog.records
             if record.getMessage().startswith("unexpected_error")]
    assert len(lines) == 1
    assert "type=ValueError" in lines[0]
    assert "test_unexpected_errors.py:" in lines[0] and ":broken" in lines[0]
    assert "Ngozi" not in caplog.text and "07700" not in caplog.text


def test_in_tests_an_unexpected_error_shows_itself(sqlite_url: str) -> None:
    app = _app_with_a_broken_page(sqlite_url, testing=True)
    with pytest.raises(ValueError, match="Ngozi"):
        app.test_client().get("/broken-for-test")
