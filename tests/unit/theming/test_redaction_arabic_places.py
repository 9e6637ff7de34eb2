"""Towns, regions and countries in Arabic script are replaced; everyday words that are places
too are kept."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact, wordlists
from feedback_app.theming.arabic.places import find_arabic_places, find_cued_arabic_places
from feedback_app.theming.arabic.script import normalise


def places_in(text: str, language: str = "ar") -> list[str]:
    return [text[s.start:s.end] for s in redact(text, language).spans if s.kind == "place"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أنا من حلب", ["حلب"]),
        ("كنت في مخيم الزعتري سنتين", ["الزعتري"]),
        ("عشنا بمخيم عين الحلوة قبل ما نطلع", ["عين الحلوة"]),
        ("نقلونا من عمان إلى الزرقاء دون أن يسألونا", ["عمان", "الزرقاء"]),
        ("يوهانس صديقي من السودان اشتغلنا سوا", ["السودان"]),
        ("اسمي أوكسانا وجئت من خاركيف", ["خاركيف"]),
        ("ولدت في الدار البيضاء", ["الدار البيضاء"]),
        ("سوريا بلدي وما بقدر ارجع", ["سوريا"]),
        ("جينا عن طريق ليبيا ثم إيطاليا", ["ليبيا", "إيطاليا"]),
        # Joined prefixes stay outside: "بـ", "لـ", "و", Levantine "ع" for "على"
        ("أهلي ساكنين بحمص", ["حمص"]),
        ("بدي روح لليبيا", ["ليبيا"]),
        ("جئت من حلب وحمص", ["حلب", "حمص"]),
        ("رحت عالشام", ["الشام"]),
        # Everyday-word places after a place word or a verb of living or coming
        ("كنا بمخيم الأزرق", ["الأزرق"]),
        ("ساكنة في العين مع بنتي", ["العين"]),
        ("أنا من مالي ووصلت من النيجر", ["مالي", "النيجر"]),
        # A town nobody listed after a place word
        ("ولدت في قرية كفرنبودة", ["كفرنبودة"]),
        # Dialects: Maghreb "ف" for "في", Egyptian, Gulf, Sudanese
        ("خدمت فطنجة عام كامل", ["طنجة"]),
        ("اشتغلت عند عيلة بالكويت", ["الكويت"]),
        ("زول قدم لينا مساعدة كبيرة في الخرطوم", ["الخرطوم"]),
        ("أمي ما زالت في كابل", ["كابل"]),
        # A place in an answer in another language counts too
        ("je viens de سوريا, de la ville de دمشق", ["سوريا", "دمشق"]),
    ],
)
def test_places_in_arabic_script_are_replaced(text: str, expected: list[str]) -> None:
    assert places_in(text) == expected
    assert "[place]" in redact(text, "ar").text


@pytest.mark.parametrize(
    "text",
    [
        "أكلنا حمص وفلافل",                 # chickpeas
        "شفت صور ولادي على التلفون",        # pictures
        "في صور الجواز كان شعري طويل",       # the passport photos
        "جدة ولادي بتسأل عنهم",             # grandmother
        "عندي أمل كبير",
        "الحمد لله نعيش في سلام",
        "عايشة في خوف كل يوم",
        "دفعت من مالي الخاص",               # my money
        "صليت المغرب ورحت نمت",             # the sunset prayer
        "بعد المغرب رجعنا على البيت",
        "وجع في العين من يومين",            # the eye
        "ساكنة في غرفة صغيرة مع بنتي",
        "نزحنا من قرية صغيرة",
        "المدينة كبيرة وما بعرف حدا",
        "الحياة في المخيم صعبة",
        "جيت من الشغل تعبانة",
        "فاطمة الزهراء هي اللي كتبت التقرير ديالي",  # Moroccan "mine", not Diyala
        "كنت بالجنينة مع الولاد",           # the garden, not El Geneina
        "أنا سورية وعمري ٢٥ سنة",           # a nationality, not the country
    ],
)
def test_everyday_words_that_are_places_too_stay(text: str) -> None:
    assert places_in(text) == []


def test_a_town_that_names_a_street_is_left_to_the_address() -> None:
    assert places_in("ساكن بشارع بغداد") == []
    spans = redact("ساكن في شارع بغداد ١٢", "ar").spans
    assert [s.kind for s in spans] == ["address"]


def test_spans_keep_the_offsets_of_the_text_as_typed() -> None:
    text = "وصلتُ إلى إرِيتْريا وبالسّودان"
    spans = [s for s in redact(text, "ar").spans if s.kind == "place"]
    assert [text[s.start:s.end] for s in spans] == ["إرِيتْريا", "السّودان"]


def test_a_cued_place_is_told_from_one_found_by_its_list() -> None:
    assert [s.kind for s in find_cued_arabic_places("أنا من حلب")] == ["place"]
    assert list(find_arabic_places("أنا من حلب")) == []
    assert [s.kind for s in find_arabic_places("سوريا حلوة")] == ["place"]
    assert list(find_cued_arabic_places("سوريا حلوة")) == []


def test_the_shipped_lists_are_normalised_and_hold_the_countries() -> None:
    for name in ("arabic_places", "arabic_places_ambiguous", "arabic_places_cued"):
        entries = wordlists.word_set(name)
        assert entries
        assert all(" ".join(normalise(w) for w in entry.split()) == entry for entry in entries)
    sure = wordlists.word_set("arabic_places")
    for country in ("السودان", "العراق", "اريتريا", "الصومال", "افغانستان", "جنوب السودان"):
        assert normalise(country) in sure or country in sure
    assert "حلب" in wordlists.word_set("arabic_places_ambiguous")
    assert "العين" in wordlists.word_set("arabic_places_cued")


def test_text_without_arabic_letters_costs_nothing() -> None:
    assert list(find_arabic_places("I am from Aleppo " * 5000)) == []
    assert list(find_cued_arabic_places("I am from Aleppo " * 5000)) == []


@pytest.mark.parametrize("text", ["حلب" * 34_000, "من في مخيم " * 9_000,
                                  "من حلب وحمص " * 8_000, "قرية " * 20_000])
def test_a_100_kb_input_of_one_place_word_is_read_whole(text: str) -> None:
    # How long it takes is measured by tests/bench/redaction.py ("unusual inputs").
    spans = [*find_cued_arabic_places(text), *find_arabic_places(text)]
    assert all(span.kind == "place" and 0 <= span.start < span.end <= len(text) for span in spans)
