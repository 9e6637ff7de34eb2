"""Small view helpers of the survivor pages."""

from __future__ import annotations

from feedback_app.models import Programme
from feedback_app.providers import offered_languages
from feedback_app.services.receipts import format_receipt_code
from feedback_app.services.surveys import Survey


def programme_languages(programme: Programme, survey: Survey) -> list[tuple[str, str]]:
    """The deployment's languages (code, name in itself) that the programme offers and the
    survey is written in, in the deployment's order; a programme naming none offers them all."""
    return [(code, name) for code, name in offered_languages()
            if (not programme.languages or code in programme.languages)
            and code in survey.languages]


def receipt_display(code: str) -> list[str]:
    return format_receipt_code(code).split()
