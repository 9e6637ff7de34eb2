"""Small view helpers shared by the survivor pages."""

from __future__ import annotations

from flask import current_app
from markupsafe import Markup, escape

from feedback_app.models import Programme
from feedback_app.services.receipts import ReceiptKdf, format_receipt_code
from feedback_app.services.surveys import Survey, SurveyCatalogue
from feedback_app.theming.spans import KINDS

# Each language named in itself, so a survivor finds theirs whatever the page's language.
LANGUAGE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "pt": "Português",
                  "ar": "العربية"}
# Every kind redact() finds, and the words a survivor listed on the preview.
MARKERS = (*KINDS, "removed")


def catalogue() -> SurveyCatalogue:
    return SurveyCatalogue(current_app.config["SURVEYS_DIR"])


def kdf() -> ReceiptKdf:
    config = current_app.config
    return ReceiptKdf(salt=config["RECEIPT_SALT"], memory_kib=config["RECEIPT_KDF_MEMORY_KIB"],
                      time_cost=config["RECEIPT_KDF_TIME_COST"])


def programme_languages(programme: Programme, survey: Survey) -> list[str]:
    offered = programme.languages or list(current_app.config["LANGUAGES"])
    return [lang for lang in current_app.config["LANGUAGES"]
            if lang in offered and lang in survey.languages]


def language_names(languages: list[str]) -> list[tuple[str, str]]:
    return [(lang, LANGUAGE_NAMES[lang]) for lang in languages]


def receipt_display(code: str) -> list[str]:
    return format_receipt_code(code).split()


def marked(text: str) -> Markup:
    """Escape text, then wrap redaction markers such as [phone] in <mark> so they stand out."""
    html = str(escape(text))
    for kind in MARKERS:
        html = html.replace(f"[{kind}]", f'<mark class="redacted">[{kind}]</mark>')
    return Markup(html)  # noqa: S704  (escaped above; only our own markup added)


def status_text(status: str) -> str:
    """A submission's status in plain words, in the page's language."""
    from flask_babel import gettext as _

    return {
        "received": _("Received. Staff will read it soon."),
        "read": _("Read by staff."),
        "answered": _("Staff have replied. See the messages below."),
        "closed": _("Closed. Thank you for your feedback."),
    }.get(status, _("Received. Staff will read it soon."))
