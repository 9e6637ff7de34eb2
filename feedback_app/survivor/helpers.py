"""Small view helpers of the survivor pages."""

from __future__ import annotations

from flask import current_app

from feedback_app.models import Programme
from feedback_app.services.languages import LANGUAGE_NAMES
from feedback_app.services.receipts import format_receipt_code
from feedback_app.services.surveys import Survey


def programme_languages(programme: Programme, survey: Survey) -> list[str]:
    offered = programme.languages or list(current_app.config["LANGUAGES"])
    return [lang for lang in current_app.config["LANGUAGES"]
            if lang in offered and lang in survey.languages]


def language_names(languages: list[str]) -> list[tuple[str, str]]:
    return [(lang, LANGUAGE_NAMES[lang]) for lang in languages]


def receipt_display(code: str) -> list[str]:
    return format_receipt_code(code).split()
