"""Odd input never raises: redact, discover and assign give a sensible result for any text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feedback_app.theming import ThemeModel, assign, discover, redact

ODD_TEXTS = [
    "",
    " ",
    "\x00\x1f\x7f",
    "😀🙏🏽🔥",
    "word " * 2_000,
    "a" * 5_000,
    "Привет, مرحبا, 你好, olá, bonjour",
    "the and of to a",
    "!!!???...",
    "12345 67890",
]
# 100 kB texts are tested below by name: in a Hypothesis example their repr would be huge.
any_text = st.text(max_size=300) | st.sampled_from(ODD_TEXTS)
LANGUAGES = st.sampled_from(["en", "es", "fr", "pt", "sw", "xx", ""])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=any_text, language=LANGUAGES)
def test_redact_never_raises_and_keeps_spans_inside_the_text(text: str, language: str) -> None:
    result = redact(text, language)
    assert isinstance(result.text, str)
    assert sum(result.counts.values()) == len(result.spans)
    previous_end = 0
    for span in result.spans:
        assert previous_end <= span.start < span.end <= len(text)
        previous_end = span.end


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(any_text, max_size=12), language=LANGUAGES,
       n_themes=st.none() | st.integers(min_value=-1, max_value=8))
def test_discover_never_raises_and_assigns_every_text_or_none(
    texts: list[str], language: str, n_themes: int | None
) -> None:
    result = discover(texts, language, n_themes=n_themes)
    assert len(result.assignments) == len(texts)
    indices = {theme.index for theme in result.themes}
    assert all(a is None or a in indices for a in result.assignments)
    restored = ThemeModel.from_json(result.model.to_json())
    for text in texts[:3]:
        index, score = assign(restored, text)
        assert index is None or index in indices
        assert -1.0 - 1e-6 <= score <= 1.0 + 1e-6


@pytest.mark.parametrize(
    "texts",
    [
        [],
        ["just one answer about the food"],
        ["", "", ""],
        ["😀", "🙏🏽", "🔥🔥"],
        ["the and of", "to a the", "of of of"],
        ["a" * 100_000, "b" * 100_000],
        ["word " * 20_000, "word " * 20_000, "other"],
    ],
)
def test_degenerate_corpora_give_a_result(texts: list[str]) -> None:
    result = discover(texts)
    assert len(result.assignments) == len(texts)
    assert all(theme.size > 0 for theme in result.themes)


def test_an_all_stop_word_corpus_still_forms_themes() -> None:
    texts = ["all of it", "none of them", "not at all", "all of it", "none of them"] * 3
    result = discover(texts, n_themes=2)
    assert None not in result.assignments


def test_assign_with_an_empty_model_gives_none() -> None:
    empty = discover([]).model
    assert assign(empty, "the food was cold") == (None, 0.0)
