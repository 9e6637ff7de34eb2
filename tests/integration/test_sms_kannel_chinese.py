# ruff: noqa: RUF001  (Chinese punctuation is the point here)
"""Simplified Chinese through the real Kannel, on SQLite and PostgreSQL: UCS-2 both ways, and a
staff reply of Chinese alone (no space, digit or Latin letter in it), long enough to travel in
several parts, reaches the phone whole."""

from __future__ import annotations

import datetime as dt
import secrets

from sqlalchemy import select

from feedback_app.extensions import db
from feedback_app.models import Reply, Submission
from feedback_app.services.sms_encoding import UCS2, fit
from tests.sms_phone import RECEIPT, SHELTER_CHOICE_COUNT
from tests.support.voices import VOICES

# With the catalogue's "Reply from the team" before it: about 90 characters, two UCS-2 parts,
# none of them ASCII.
CHINESE_REPLY = ("谢谢您告诉我们晚饭的事情。我们已经和厨房谈过了，从下周起晚饭会准时送到，"
                 "而且是热的。如果还有问题，请随时告诉我们，我们会认真听您说。祝您一切安好。")


def test_a_chinese_conversation_and_a_long_chinese_reply_arrive_whole(kannel, kannel_app):
    # Given a survivor who answers the shelter survey in Chinese through Kannel
    number = "+8613800000" + f"{secrets.randbelow(1000):03d}"
    kannel.send(number, "SHELTER")
    consent = kannel.send(number, "7")
    assert consent and "同意" in consent[0], consent
    for text in ("1", "1", "2", *["1"] * SHELTER_CHOICE_COUNT):
        kannel.send(number, text)
    for voice in VOICES["zh_Hans"][:-1]:
        kannel.send(number, voice)
    (receipt,) = kannel.send(number, VOICES["zh_Hans"][-1])
    assert "回执码" in receipt, receipt
    code = RECEIPT.search(receipt).group(1)
    with kannel_app.app_context():
        submission = db.session.scalars(select(Submission)).one()
        assert submission.language == "zh_Hans"
        assert VOICES["zh_Hans"][0] in {a.text_redacted for a in submission.answers}
        db.session.add(Reply(submission_id=submission.id, body=CHINESE_REPLY,
                             sent_on=dt.date.today(), number=1))
        db.session.commit()
    # When they text the Chinese code word with their code
    (reply,) = kannel.send(number, f"回执码 {code}")
    # Then the team's reply reaches the phone whole, in UCS-2 parts joined again
    assert reply == f"团队回复：{CHINESE_REPLY}"
    assert not any(char.isascii() for char in reply)
    assert fit(reply).coding == UCS2 and fit(reply).segments >= 2
