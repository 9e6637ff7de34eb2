"""discover() groups answers into labelled themes; assign() places new ones; models round-trip."""

from __future__ import annotations

import json

import pytest

from feedback_app.theming import ThemeModel, assign, discover

STAFF = [
    "the staff were kind and friendly", "friendly staff, always kind to me",
    "kind staff who listened", "the staff at the shelter were friendly",
    "staff kind and patient with my questions", "very friendly and kind staff",
]
FOOD = [
    "the food was cold and small portions", "more food please, portions too small",
    "food was cold every night", "better food, the portions were cold",
    "cold food and no choice of meals", "food portions were small and cold",
]
NOTHING = ["nothing", "no", "nothing to improve", "nothing, all good", "no nothing", "all good"]
LEGAL = [
    "the lawyer explained my visa case clearly", "my lawyer never called about the visa",
    "legal aid lawyer helped with the visa papers", "visa papers took months, lawyer slow",
    "the lawyer explained the court and visa", "lawyer helped me with the visa appeal",
]


def corpus(times: int = 3) -> list[str]:
    return (STAFF + FOOD + NOTHING + LEGAL) * times


def test_each_group_of_similar_answers_shares_a_theme() -> None:
    # Given answers about four clearly different things
    texts = corpus()
    # When themes are discovered with four themes
    result = discover(texts, n_themes=4, seed=0)
    # Then answers of each kind mostly share one theme
    for group in (STAFF, FOOD, NOTHING, LEGAL):
        themes = [result.assignments[texts.index(text)] for text in group]
        assert max(themes.count(t) for t in set(themes)) >= len(group) - 1


def test_short_answers_like_nothing_and_all_good_land_in_a_theme() -> None:
    result = discover(corpus(), n_themes=4, seed=0)
    texts = corpus()
    themes = {result.assignments[texts.index(text)] for text in ("nothing", "no", "all good")}
    assert None not in themes
    assert len(themes) == 1


def test_themes_have_labels_keywords_sizes_and_representatives() -> None:
    texts = corpus()
    result = discover(texts, n_themes=4, seed=0)
    assert sum(theme.size for theme in result.themes) == len(
        [a for a in result.assignments if a is not None])
    for theme in result.themes:
        assert theme.label and theme.keywords
        assert all(result.assignments[i] == theme.index for i in theme.representatives)
    food_theme = result.themes[result.assignments[texts.index(FOOD[0])]]
    assert "food" in food_theme.label or "cold" in food_theme.label


def test_no_theme_holds_more_than_35_percent_when_k_is_chosen() -> None:
    result = discover(corpus(5), seed=0)
    largest = max(theme.size for theme in result.themes)
    assert largest <= 0.35 * len(corpus(5)) + 1


def test_discovery_is_repeatable_with_the_same_seed() -> None:
    assert discover(corpus(), seed=3).assignments == discover(corpus(), seed=3).assignments


def test_assign_places_a_new_answer_in_the_matching_theme() -> None:
    texts = corpus()
    result = discover(texts, n_themes=4, seed=0)
    index, score = assign(result.model, "the food is always cold")
    assert index == result.assignments[texts.index(FOOD[0])]
    assert 0.0 < score <= 1.0 + 1e-9


def test_model_survives_a_json_round_trip() -> None:
    result = discover(corpus(), n_themes=4, seed=0)
    restored = ThemeModel.from_json(result.model.to_json())
    json.loads(result.model.to_json())
    for text in ("kind staff", "cold food", "nothing", "visa lawyer"):
        assert assign(restored, text)[0] == assign(result.model, text)[0]


def test_unknown_model_version_is_refused() -> None:
    payload = json.loads(discover(corpus(1), n_themes=2).model.to_json())
    payload["version"] = 99
    with pytest.raises(ValueError, match="version"):
        ThemeModel.from_json(json.dumps(payload))


def test_a_mixed_language_corpus_is_themed_per_language() -> None:
    spanish = ["la comida estaba fría y era poca", "el personal fue muy amable conmigo",
               "la abogada me explicó el caso", "nada que mejorar, todo bien"] * 4
    result = discover(corpus(2) + spanish, n_themes=6, seed=0)
    languages = {result.themes[a].language for a in result.assignments[-len(spanish):]
                 if a is not None}
    assert languages == {"es"}
    assert assign(result.model, "la comida fría")[0] is not None


def test_an_unsupported_language_is_themed_without_stemming() -> None:
    texts = ["ushauri wa kisheria ulikuwa mzuri", "chakula kilikuwa baridi sana",
             "ushauri wa kisheria ulisaidia", "chakula baridi kila siku"] * 3
    result = discover(texts, language="sw", n_themes=2, seed=0)
    assert result.assignments[0] == result.assignments[2]
    assert result.assignments[1] == result.assignments[3]
    assert result.assignments[0] != result.assignments[1]
