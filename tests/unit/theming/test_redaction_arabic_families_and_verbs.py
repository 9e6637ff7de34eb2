# ruff: noqa: RUF001  (Arabic letters are the point of these tests)
"""Arabic answers as survivors type them: a family and the name it bears, Iraqi relations, names
in arabizi with digits; and the verbs, amounts, "please", sunset and German papers that name no
one and no place."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def found(text: str, kind: str) -> list[str]:
    return [text[s.start:s.end] for s in redact(text, "ar").spans if s.kind == kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a family, then the family name it bears
        ("كنت اشتغل عند عيلة الحمصي والمدام تقفل علي الباب", ["الحمصي"]),
        ("اشتغلت سنتين عند عائلة الشمري بدون معاش", ["الشمري"]),
        # Iraqi "my brother", and a common Iraqi name
        ("اخوية علاوي بعده ببغداد وهو مريض", ["علاوي"]),
        # two women joined by "و", one of them a common name
        ("إشراقة ومناهل كانو شغالين معاي بالبيوت", ["إشراقة", "مناهل"]),
        # a given name typed in arabizi with its digits
        ("ana ismi 7asan w ma 7ada 7aka m3i", ["7asan"]),
        ("ya 3ali ta3al la3andi", ["3ali"]),
    ],
)
def test_names_of_families_relations_and_arabizi_are_removed(
        text: str, expected: list[str]) -> None:
    assert found(text, "name") == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an Egyptian "did not reply" after the lawyer
        ("المحامي مردش عليا من أسبوعين", "مردش عليا"),
        # "the happiness of the world": an everyday-word name before a common word with "ال"
        ("سعاده الدنيا كلها ما بتسوى لحظه حريه", "سعاده الدنيا"),
        # a name shaped like a past verb, after "if" or "when"
        ("ما بعرف اذا طلعت عايشه", "طلعت"),
        ("لما طلعت من البيت ما كان معي شي", "طلعت"),
        # a family made definite and described names no one
        ("العيلة الكبيرة ساعدتني كتير", "العيلة الكبيرة"),
        # arabizi words: "even", "long ago", Moroccan "she comes"
        ("kanet trodd 3al whatsapp hatta bel leil", "hatta"),
        ("ma 7ada 3amel ma3i hek men zaman", "zaman"),
        ("l'assistante sociale katji gha nhar tlat", "katji"),
        # German words of papers and courses between Arabic ones
        ("der Deutschkurs ممتاز بس الـ Termin بالجوب سنتر دايما الصبح", "Deutschkurs"),
        ("der Deutschkurs ممتاز بس الـ Termin بالجوب سنتر دايما الصبح", "Termin"),
    ],
)
def test_verbs_words_and_papers_name_no_one(text: str, kept: str) -> None:
    assert found(text, "name") == []
    assert kept in redact(text, "ar").text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an amount of money is no ID number
        ("الدين كان ۱۲۰۰۰ دولار وكل شهر بيزيد", "۱۲۰۰۰ دولار"),
        ("دفعت ٤٥٠٠٠ ليرة للمهرب", "٤٥٠٠٠ ليرة"),
        # an arabizi word with digits is no ID number
        ("el akl ya3ni... bala ta3li2", "ta3li2"),
    ],
)
def test_amounts_and_arabizi_words_are_no_numbers(text: str, kept: str) -> None:
    assert found(text, "number") == []
    assert kept in redact(text, "ar").text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # "please" typed in Arabic letters, never Belize
        ("هاد رقم المشغل، بليز لا تعطوه رقمي", "بليز"),
        # sunset after a time of day or a prayer, never Morocco
        ("اشتغلنا من الساعة ٥ الصبح للمغرب بلا معاش", "للمغرب"),
        ("بعد صلاة المغرب بيسكروا الباب", "المغرب"),
    ],
)
def test_please_and_sunset_are_no_places(text: str, kept: str) -> None:
    assert found(text, "place") == []
    assert kept in redact(text, "ar").text


def test_morocco_after_a_preposition_stays_a_place() -> None:
    assert found("انا من المغرب وجيت لاسبانيا", "place")[0] == "المغرب"
