"""What every template may use: the page's language and direction, the menu, plain-word statuses,
a survey's text in a language and the marker highlighting. Registered by create_app, so no
blueprint owns another's helpers."""

from __future__ import annotations

from typing import Any

from flask import Flask
from flask_babel import format_date, get_locale
from flask_babel import gettext as _
from markupsafe import Markup, escape

from feedback_app import charts
from feedback_app.labels import (
    DOMAIN_NAMES,
    OUTCOME_STATUS_NAMES,
    change_status_name,
    status_text,
)
from feedback_app.menu import menu_items
from feedback_app.providers import offered_languages
from feedback_app.services.languages import LANGUAGE_NAMES, RIGHT_TO_LEFT, language_tag
from feedback_app.services.outcomes import Figure
from feedback_app.services.surveys import text_in
from feedback_app.theming.spans import KINDS

# Every kind redact() finds, and the words a survivor listed on the preview.
MARKERS = (*KINDS, "removed")


def marked(text: str) -> Markup:
    """Escape text, then wrap redaction markers such as [phone] in <mark> so they stand out."""
    html = str(escape(text))
    for kind in MARKERS:
        html = html.replace(f"[{kind}]", f'<mark class="redacted">[{kind}]</mark>')
    return Markup(html)  # noqa: S704  (escaped above; only our own markup added)


def theme_name(theme_id: int, label: str | None) -> str:
    """A theme's name as a reader may see it: its label, or a neutral name when there is none
    to show (for staff, an engine label that could repeat another programme's words; for the
    board, one built from words it may not read)."""
    return label or _("Theme %(number)d", number=theme_id)


def trend_chart_of(figures: list[Figure]) -> charts.Chart:
    """The trend chart of an indicator's figures, its ticks in the page's language."""
    return charts.trend(figures, lambda n: _("%(num)d %%", num=n))


def _page_language() -> dict[str, Any]:
    language = str(get_locale() or "en")
    rtl = language in RIGHT_TO_LEFT
    return {"lang": language, "lang_tag": language_tag(language),
            "text_dir": "rtl" if rtl else "ltr"}



def init_templating(app: Flask) -> None:
    app.jinja_env.policies["ext.i18n.trimmed"] = True
    app.context_processor(_page_language)
    app.add_template_filter(marked, "marked")
    app.jinja_env.globals.update(
        menu_items=menu_items, status_text=status_text, format_date=format_date,
        language_names=LANGUAGE_NAMES, offered_languages=offered_languages,
        language_tag=language_tag, right_to_left=RIGHT_TO_LEFT,
        change_status_name=change_status_name,
        theme_name=theme_name, domain_names=DOMAIN_NAMES,
        outcome_status_names=OUTCOME_STATUS_NAMES, trend_chart_of=trend_chart_of,
        # A survey's text in the page's language: templates never pick from the translations.
        text_in=text_in)
