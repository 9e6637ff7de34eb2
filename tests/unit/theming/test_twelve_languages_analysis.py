# ruff: noqa: RUF001  (Cyrillic and Ge'ez letters are the point here)
"""Answers in the new languages become sensible terms, and small corpora group into themes whose
labels read in their own script."""

from __future__ import annotations

import re

import pytest

from feedback_app.theming import discover
from feedback_app.theming.text import SATISFIED_TERM, analyse

HAN = re.compile(r"[\u4e00-\u9fff]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def test_chinese_is_read_as_character_pairs_without_function_words() -> None:
    terms, words = analyse("工作人员的态度很好，但是饭菜不好吃。", "zh")
    assert {"工作", "人员", "态度", "饭菜", "好吃"} <= set(terms)
    # "的", "很" and the pair "但是" carry no theme; no pair spans punctuation
    assert not {"的", "很", "但是", "员的", "好但"} & set(terms)
    assert terms == words


def test_a_one_character_chinese_answer_keeps_its_character() -> None:
    terms, _ = analyse("累", "zh")
    assert terms == ["累"]


def test_russian_is_stemmed_and_loses_its_stop_words() -> None:
    terms, words = analyse("Адвокаты мне очень помогли, но ждать пришлось долго", "ru")
    assert "адвокат" in terms and "помогл" in terms
    assert not {"мне", "но"} & set(terms)
    assert "адвокаты" in words  # labels show the word as written


def test_romanian_stems_alike_with_or_without_diacritics() -> None:
    with_marks, _ = analyse("avocații m-au ajutat", "ro")
    without, _ = analyse("avocatii m-au ajutat", "ro")
    assert with_marks[0] == analyse("avocatul", "ro")[0][0] == "avoc"
    assert "ajut" in with_marks and "ajut" in without


def test_tigrinya_is_split_at_ethiopic_punctuation_and_loses_its_stop_words() -> None:
    terms, _ = analyse("ሰራሕተኛታት ሕያዋት እዮም።መግቢ ግን ውሑድ እዩ፣ገንዘብ ፲ የለን", "ti")
    assert {"ሰራሕተኛታት", "ሕያዋት", "መግቢ", "ውሑድ", "ገንዘብ"} <= set(terms)
    assert not {"እዮም", "ግን", "እዩ", "፲"} & set(terms)
    assert all("።" not in t and "፣" not in t for t in terms)


def test_vietnamese_keeps_tone_marks_and_reads_a_decomposed_answer_alike() -> None:
    composed = "nhân viên rất tốt"
    decomposed = "nha\u0302n vie\u0302n ra\u0302\u0301t to\u0302\u0301t"
    assert analyse(composed, "vi") == analyse(decomposed, "vi")
    assert "nhân" in analyse(composed, "vi")[0]


@pytest.mark.parametrize(
    ("text", "language"),
    [("没有", "zh"), ("都很好", "zh"), ("всё хорошо", "ru"), ("ні, все добре", "uk"),
     ("nu, totul e bine", "ro"), ("asgjë", "sq"), ("không có gì", "vi"), ("የለን", "ti"),
     ("لا شيء", "ar")],
)
def test_nothing_to_improve_is_recognised_in_each_language(text: str, language: str) -> None:
    assert SATISFIED_TERM in analyse(text, language)[0]


@pytest.mark.parametrize(
    ("text", "language"),
    [("不好", "zh"), ("không tốt", "vi"), ("nu e bine", "ro"), ("не хорошо", "ru"),
     ("nuk është mirë", "sq")],
)
def test_not_good_is_never_nothing_to_improve(text: str, language: str) -> None:
    assert SATISFIED_TERM not in analyse(text, language)[0]


CHINESE = [
    "工作人员很友好，帮了我很多",
    "工作人员态度很好",
    "工作人员非常耐心",
    "这里的工作人员很友好",
    "工作人员总是听我说话",
    "饭菜太少了，常常吃不饱",
    "饭菜不好吃",
    "饭菜很冷",
    "饭菜不够吃",
    "每天的饭菜都一样",
    "律师一直没有回我电话",
    "律师没有给我解释",
    "我的律师很忙，很难联系",
    "律师帮我办好了文件",
    "律师的电话总是打不通",
]
RUSSIAN = ["сотрудники очень добрые и внимательные", "сотрудники всегда помогали мне",
           "добрые сотрудники в приюте", "сотрудники приюта слушали меня",
           "спасибо сотрудникам за помощь", "еда была холодная", "еды слишком мало",
           "еда невкусная и холодная", "холодная еда каждый день", "мало еды для детей",
           "адвокат не отвечал на звонки", "адвокат ничего не объяснил", "адвокат долго не звонил",
           "мой адвокат помог с документами", "адвокату трудно дозвониться"]


def _grouped(assignments: list[int | None], size: int) -> list[set[int | None]]:
    return [set(assignments[start:start + size]) for start in range(0, len(assignments), size)]


def test_a_chinese_corpus_groups_into_themes_labelled_in_chinese() -> None:
    # Given staff, food and lawyer answers in Chinese, themed by a service that passes "en"
    result = discover(CHINESE, "en", n_themes=3)
    # Then each topic is one theme, detected as Chinese
    assert all(len(group) == 1 and None not in group for group in _grouped(result.assignments, 5))
    assert {theme.language for theme in result.themes} == {"zh"}
    labels = [theme.label for theme in result.themes]
    # And labels are Chinese words with no space between characters
    assert all(HAN.search(label) and not re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff]", label)
               for label in labels)
    assert any("工作人员" in label for label in labels)
    assert any("律师" in label for label in labels)


def test_a_russian_corpus_groups_into_themes_labelled_in_russian() -> None:
    result = discover(RUSSIAN, "en", n_themes=3)
    found = _grouped(result.assignments, 5)
    assert all(len(group - {None}) == 1 for group in found)
    assert {theme.language for theme in result.themes} == {"ru"}
    labels = [theme.label for theme in result.themes]
    assert all(CYRILLIC.search(label) for label in labels)
    assert any("адвокат" in label for label in labels)
    assert any("сотрудники" in label for label in labels)
