"""Every marker `redact()` can write stands out on the survivor's preview."""

from __future__ import annotations

import pytest

from feedback_app.templating import marked
from feedback_app.theming import redact
from feedback_app.theming.spans import KINDS


@pytest.mark.parametrize("kind", KINDS)
def test_each_redaction_kind_is_highlighted_on_the_preview(kind: str) -> None:
    assert f'<mark class="redacted">[{kind}]</mark>' in str(marked(f"see [{kind}] here"))


def test_new_handle_and_date_markers_are_highlighted_and_the_rest_escaped() -> None:
    text = redact("<b>find me on telegram @sunny_k22, born 21/08/1996</b>").text
    html = str(marked(text))
    assert '<mark class="redacted">[handle]</mark>' in html
    assert '<mark class="redacted">[date]</mark>' in html
    assert "&lt;b&gt;" in html and "<b>" not in html
