"""Receipt-code guessing is limited per client and in all; right codes are not counted."""

from __future__ import annotations

from tests.flow import Survivor

WRONG = "0000 0000 0000 0000 0001"


def test_eleventh_wrong_code_in_an_hour_is_refused_kindly(app_factory):
    app = app_factory()
    guesser = Survivor(app.test_client(), environ={"REMOTE_ADDR": "192.0.2.10"})
    for _ in range(10):
        guesser.opens_receipt(WRONG)
        assert guesser.last.status_code == 200
    guesser.opens_receipt(WRONG)
    assert guesser.last.status_code == 429
    assert "Please wait a little" in guesser.html
    other = Survivor(app.test_client(), environ={"REMOTE_ADDR": "192.0.2.11"})
    other.opens_receipt(WRONG)
    assert other.last.status_code == 200


def test_right_codes_do_not_count_against_the_limit(app_factory):
    app = app_factory()
    survivor = Survivor(app.test_client(), environ={"REMOTE_ADDR": "192.0.2.20"})
    code = survivor.submits()
    for _ in range(15):
        survivor.opens_receipt(code)
        assert survivor.heading() == "Your feedback"


def test_site_wide_limit_counts_failures_from_every_client(app_factory):
    app = app_factory(RECEIPT_LIMIT_ALL="5 per hour")
    for n in range(5):
        Survivor(app.test_client(), environ={"REMOTE_ADDR": f"192.0.2.{30 + n}"}).opens_receipt(
            WRONG)
    late = Survivor(app.test_client(), environ={"REMOTE_ADDR": "192.0.2.99"})
    late.opens_receipt(WRONG)
    assert late.last.status_code == 429
