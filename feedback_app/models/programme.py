"""A programme survivors give feedback on: a shelter, legal aid, case management..."""

from __future__ import annotations

from sqlalchemy import Boolean, String
from sqlalchemy.orm import Mapped, mapped_column

from feedback_app.models.base import Base, intpk, json_list, one_of, str80, str200

PROGRAMME_KINDS = ("shelter", "legal-aid", "case-management", "health", "job-training", "other")


class Programme(Base):
    __tablename__ = "programme"

    id: Mapped[intpk]
    slug: Mapped[str80] = mapped_column(unique=True)
    name: Mapped[str200]
    kind: Mapped[str] = mapped_column(one_of(PROGRAMME_KINDS, name="kind"))
    survey_key: Mapped[str80]
    # None follows the newest published version; a number pins one.
    survey_version: Mapped[int | None]
    languages: Mapped[json_list]
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The word survivors text to start an SMS conversation, stored folded (SHELTER); None: no SMS.
    sms_keyword: Mapped[str | None] = mapped_column(String(40), unique=True, nullable=True)

    def __repr__(self) -> str:
        return f"<Programme {self.slug}>"
