"""An SMS conversation in progress: the only row that knows a survivor is texting.

It holds no phone number: `key_hmac` is an HMAC of the number under a key that changes every day
(services/sms_store.py), and the row is deleted when the conversation ends or expires. Answers are
redacted before they are written here. `expires_at` is kept to the hour, never the minute. A
receipt code is never written here either: one that did not go out is replaced, not kept.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from feedback_app.models.base import Base, RowId, intpk, json_dict, one_of, utc_datetime

# receipt_pending: the submission is stored, but the gateway has not yet taken its receipt text.
SMS_STAGES = ("language", "consent", "board", "quote", "question", "receipt_pending", "sent")


class SmsConversation(Base):
    __tablename__ = "sms_conversation"

    id: Mapped[intpk]
    key_hmac: Mapped[str] = mapped_column(String(64), unique=True)
    stage: Mapped[str] = mapped_column(one_of(SMS_STAGES, name="stage"))
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"))
    language: Mapped[str | None] = mapped_column(String(8))
    question: Mapped[int] = mapped_column(Integer, default=0)
    consent_staff: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_board: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_quote: Mapped[bool] = mapped_column(Boolean, default=False)
    # question key -> the chosen option or the redacted text; and how many details were taken out
    answers: Mapped[json_dict] = mapped_column(default=dict)
    redactions: Mapped[json_dict] = mapped_column(default=dict)
    submission_id: Mapped[int | None] = mapped_column(
        RowId, ForeignKey("submission.id", ondelete="SET NULL"), nullable=True
    )
    # The newest staff reply already sent by SMS, so each is sent once.
    last_reply_id: Mapped[int | None] = mapped_column(RowId, nullable=True)
    expires_at: Mapped[utc_datetime] = mapped_column(index=True)

    programme = relationship("Programme")

    def expired(self, now: dt.datetime) -> bool:
        return self.expires_at <= now
