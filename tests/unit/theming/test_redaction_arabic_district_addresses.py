# ruff: noqa: RUF001  (Arabic letters and Arabic-Indic digits are the point here)
"""Arabic addresses that start with the neighbourhood, the camp or the compound, or with the
floor before the building; the landmark and the district stay inside the address."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def addresses_in(text: str) -> list[str]:
    return [text[s.start:s.end] for s in redact(text, "ar").spans if s.kind == "address"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # the neighbourhood, village or compound right before the street, with no comma
        ("كنا ساكنين بباب الرمل شارع المدارس بناية ١٢", "باب الرمل شارع المدارس بناية ١٢"),
        ("ساكنة في عزبة النخل شارع ٧ بيت ٣٠", "عزبة النخل شارع ٧ بيت ٣٠"),
        ("بيتهم في كفر الدوار شارع المحطة عمارة ٤", "كفر الدوار شارع المحطة عمارة ٤"),
        ("كنت عايشة بحومة الشوك نهج ١٢", "حومة الشوك نهج ١٢"),
        ("كنت عند الكفيل في فريج بن عمران سكة ١٢ بيت ٤", "فريج بن عمران سكة ١٢ بيت ٤"),
        ("نقلونا لمجمع النخيل بلازا عمارة ٣ شقة ٨", "مجمع النخيل بلازا عمارة ٣ شقة ٨"),
        # a district named after a man, Khartoum's way
        ("اهلي في الحاج يوسف مربع ٤ منزل ١٩", "الحاج يوسف مربع ٤ منزل ١٩"),
        # the camp before a landmark, the district after the building
        ("بيتنا بمخيم البقعة قرب الجامع الكبير بلوك ٦", "مخيم البقعة قرب الجامع الكبير بلوك ٦"),
        ("بالطابق ٣ عمارة ١٥ في حي التضامن", "الطابق ٣ عمارة ١٥ في حي التضامن"),
        # the floor first, then the named building it is in
        ("حبسوني بالطابق الخامس ببناية الاحلام", "الطابق الخامس ببناية الاحلام"),
        ("كانت الشقه بالدور التالت بعمارة الحجار", "الدور التالت بعمارة الحجار"),
        # a Moroccan subdivision with its number, a compound with its villa
        ("ساكنة في تجزئة النور رقم ١٤٥", "تجزئة النور رقم ١٤٥"),
        ("سكنت بكمبوند الريحان فيلا ٨", "كمبوند الريحان فيلا ٨"),
        # a named building after the neighbourhood and a landmark; the district before a landmark
        ("كانو حاطيني ببيت بحي السلم قرب الفرن بناية ابو علي",
         "حي السلم قرب الفرن بناية ابو علي"),
        ("ساكنة هلأ بالدويلعة جنب الكنيسة بناية رقم ١٥", "الدويلعة جنب الكنيسة بناية رقم ١٥"),
        # a street named after a man in four words
        ("ساكنة بشارع الامير محمد بن عبدالعزيز فيلا ٤", "شارع الامير محمد بن عبدالعزيز فيلا ٤"),
    ],
)
def test_addresses_that_start_with_the_neighbourhood_or_the_floor_are_found(
        text: str, address: str) -> None:
    # Given a survivor giving an address the way it is given where she lived
    # Then the whole address is one span, with the joined "بـ" or "في" outside
    assert addresses_in(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "الحي كله كان ساكت بالليل",
        "ساكنة بحي شعبي والناس طيبين",
        "باب الغرفة مكسور من شهر",
        "الطابق الخامس ما فيه مي",
        "بالمجمع في ٣ عيادات وملعب",
        "المنطقة بعيدة عن المركز ساعة بالباص",
    ],
)
def test_neighbourhood_and_building_words_without_an_address_stay(text: str) -> None:
    # Given words of places and floors that give nobody's address
    # Then no address is found
    assert addresses_in(text) == []
