# ruff: noqa: RUF001, RUF002, RUF003  (Arabic letters are the point of these tests)
"""Arabic people and streets as survivors type them: Egyptian relations, foreign names, "ه" for
"ة" in buildings and villages; and the months, births and honest interpreters that name no one."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def found(text: str, kind: str) -> list[str]:
    return [text[s.start:s.end] for s in redact(text, "ar").spans if s.kind == kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Egyptian relations, and a state only a person is in after "still"
        ("أخويا سعيد لسه مسجون عندهم ومحدش بيسأل", ["سعيد"]),
        # "أنا" and a name that is an adjective too, then the age
        ("انا منير، عمري ٢٣ سنة وجيت لحالي", ["منير"]),
        # a foreign name nobody listed after "بس", before a nationality
        ("بس جوسلينا الفلبينية قالت لي اكتبي", ["جوسلينا"]),
        # a plural nationality after two people joined by "و"
        ("برهان وتسفاي الاريتريين ناموا بالشارع", ["برهان", "تسفاي"]),
        # the particles of a Spanish surname written in Arabic letters
        ("المحامية روزا دي لا كروز ما بتحكي عربي", ["روزا دي لا كروز"]),
        # a kunya after "let" is the person let, not "let me"
        ("خلي أبو سمير يرجعلنا الجوازات", ["أبو سمير"]),
        # Sudanese "حوا" after "ماما", and virtue names of Nigeria and Ghana
        ("ماما حوا كانت تطبخ لنا كل يوم", ["حوا"]),
        ("بعتتلي ديستيني رسالة انها بخير", ["ديستيني"]),
        ("شكرا ماما وبريشس على كل شي", ["بريشس"]),
        # a listed name in another's name stays a name: "in my husband's name, Khaled"
        ("الملف مسجل باسم زوجي خالد", ["خالد"]),
        ("المترجم أمين ساعدني كتير بالمحكمة", ["أمين"]),
    ],
)
def test_arabic_names_as_survivors_type_them_are_removed(text: str, expected: list[str]) -> None:
    # Given an answer naming people the way survivors write
    # When it is redacted
    # Then each of them, and only them, is a name
    assert found(text, "name") == expected


@pytest.mark.parametrize(
    "text",
    [
        "شهر رمضان كان صعب بالسكن، ما في فطور",
        "بنتي ما عندها شهادة ميلاد لهلأ",
        "بكرا عيد ميلاد ابني وما معي مصاري",
        "بدنا مترجم أمين يا جماعة، مش واحد بيحكي كلامنا برا",
        "الملف باسم زوجي وهو مسافر",
        "كنا ٨ بنات بغرفتين والحمام واحد",
        "انا سعيد، شكرا على كل شي",
        "ما لقيت ناصر ولا معين غير الجمعية",
    ],
)
def test_months_births_and_adjectives_stay_words(text: str) -> None:
    # Given an answer whose name-like words are a month, a birth, an adjective or a room count
    # When it is redacted
    # Then no name is taken out
    assert found(text, "name") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "ه" for "ة" in the building, a floor after it
        ("ساكنة بحي الرشيد شارع ٧ عماره ١٢ الطابق التالت",
         "حي الرشيد شارع ٧ عماره ١٢ الطابق التالت"),
        # a landmark with "جوار", then the building
        ("انا في شارع المطار جوار جامع النور بنايه ٥ مع اختي",
         "شارع المطار جوار جامع النور بنايه ٥"),
        # the villages of a camp and the caravan
        ("نقلونا على مخيم الزعتري قريه ٦ كرفان ٢٣", "مخيم الزعتري قريه ٦ كرفان ٢٣"),
        # a landmark's name ends where "و" starts the next clause
        ("كنا بمخيم البقعة بلوك ٣ بالقرب من مدرسة الوكالة وراح كل شي",
         "مخيم البقعة بلوك ٣ بالقرب من مدرسة الوكالة"),
    ],
)
def test_arabic_streets_typed_with_ha_are_removed(text: str, expected: str) -> None:
    # Given an address with "ه" for "ة", a village of a camp or a landmark
    # When it is redacted
    # Then the whole address is one span
    assert found(text, "address") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "القرية ٣ ساعات بالباص عن المركز",
        "عشت بالقرية ٣ سنين قبل ما اجي",
        "العماره كلها ما فيها مي",
        "الباص رقم ٢٧ بيوقف جنب المدرسه",
    ],
)
def test_villages_buildings_and_buses_said_in_passing_stay(text: str) -> None:
    # Given a village, a building or a bus said in passing, with no number of a home
    # When it is redacted
    # Then nothing is an address
    assert found(text, "address") == []
