# ruff: noqa: RUF001  (Arabic-Indic and Persian digits and dashes are the point here)
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
    "工作人员很好。饭菜不好吃！",
    "的了的了的了",
    "ሰራሕተኛታት ሕያዋት እዮም። ፲፪ ፡ ፣ ፤ ፥ ፦ ፧",
    "nha\u0302n vie\u0302n ra\u0302\u0301t to\u0302\u0301t",
    "ещё всё, її ґанок",
    "și ţara ş ț",
]
# 100 kB texts are tested below by name: in a Hypothesis example their repr would be huge.
any_text = st.text(max_size=300) | st.sampled_from(ODD_TEXTS)
# The twelve languages offered (Chinese as services and the catalogues name it too), and codes
# theming does not know.
LANGUAGES = st.sampled_from(["en", "es", "fr", "pt", "ar", "vi", "zh", "zh_Hans", "ru", "uk", "ro",
                             "sq", "ti", "sw", "xx", ""])


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


# Text as pasted from phones and chats: every digit system, separators, right-to-left and
# zero-width marks, Arabic letters, "@" and "/", emoji.
_MARKS = ("\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad"
          "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_PASTED = (
    "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३４５ +-./()\u2013:@_ \n" + _MARKS
    + "رقمي ولدت عام يونيو born né en de junio telegram wa.me/ t.me/ 😀🙏🏽"
)
mixed_text = st.text(alphabet=st.sampled_from(_PASTED), max_size=300) | st.lists(
    st.sampled_from(["٠٧٩٥٥٥٠١٢٣", "+234 803 123 4567", "21/08/1996", "@sunny_k22", "wa.me/963",
                     "5 de junio de 1997", "ولدت عام ١٩٩٦", *_MARKS, " ", "😀", "a@b.co"]),
    max_size=30).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=mixed_text, language=st.sampled_from(["en", "es", "fr", "pt", "ar", "fa", ""]))
def test_redact_of_mixed_digits_and_invisible_marks_never_raises(text: str, language: str) -> None:
    result = redact(text, language)
    assert sum(result.counts.values()) == len(result.spans)
    previous_end = 0
    for span in result.spans:
        assert previous_end <= span.start < span.end <= len(text)
        previous_end = span.end
    # Every character outside the spans is kept as typed, in order, with one marker per span.
    expected, cursor = [], 0
    for span in result.spans:
        expected += [text[cursor:span.start], f"[{span.kind}]"]
        cursor = span.end
    assert result.text == "".join([*expected, text[cursor:]])


@settings(max_examples=100, deadline=None)
@given(marks=st.lists(st.tuples(st.integers(min_value=1, max_value=9), st.sampled_from(_MARKS)),
                      max_size=6),
       digits=st.sampled_from(["0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"]))
def test_a_phone_broken_by_any_invisible_marks_is_still_one_whole_phone(
    marks: list[tuple[int, str]], digits: str
) -> None:
    number = "".join(digits[int(d)] for d in "0795550123")
    for position, mark in sorted(marks, reverse=True):
        number = number[:position] + mark + number[position:]
    text = f"رقمي {number} شكرا"
    result = redact(text, "ar")
    assert [s.kind for s in result.spans] == ["phone"]
    assert result.text == "رقمي [phone] شكرا"


@pytest.mark.parametrize(
    "text",
    [
        "0" * 100_000,
        "٠" * 100_000,
        "1 " * 50_000,
        "1-" * 50_000,
        "12/" * 33_000,
        "+1 (2) " * 14_000,
        "\u200b1" * 50_000,
        "@" * 100_000,
        "@a" * 50_000,
        "wa.me/" * 16_000,
        "born " * 20_000,
        "5 de junio de " * 7_000,
        "ولدت عام " * 11_000,
        "\u200f٠" * 50_000,
        "telegram: " * 10_000,
        "a" * 100_000,
        "12 rue " * 14_000,
        "calle mayor 1, " * 6_500,
        "Av. " * 25_000,
        "7 oak lane, " * 8_000,
        "شارع " * 20_000,
        "٣ شارع الحرية، بناية " * 5_000,
        "case number 1234 " * 6_000,
    ],
    ids=lambda text: f"{text[:8]!r}x{len(text)}",
)
def test_100_kb_of_digits_separators_or_cues_returns(text: str) -> None:
    # No timing assert: under a normal run this returns; catastrophic backtracking would not.
    result = redact(text, "ar")
    assert all(0 <= s.start < s.end <= len(text) for s in result.spans)


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
