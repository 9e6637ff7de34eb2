"""Redaction at intake: the one place the app hands survivor text to the theming engine."""

from __future__ import annotations

from feedback_app.theming import Redaction, redact


def redact_answer(text: str, language: str = "en") -> Redaction:
    """Personal details replaced by markers; the only form of free text ever stored."""
    return redact(text, language)
