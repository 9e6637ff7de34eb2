# ruff: noqa: RUF001  (Arabic letters and Arabic-Indic digits are the point here)
"""Where survivors live after they leave: a tent in a numbered camp, a district and its street,
an address abroad in Latin letters, and file numbers with a letter among the digits."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def found(text: str, kind: str) -> list[str]:
    return [text[s.start:s.end] for s in redact(text, "ar").spans if s.kind == kind]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a camp numbered among others, a block named by a letter, a tent
        ("عايشين بمخيم قوشتبه ٢، بلوك D، خيمة ١٢٠ من سنتين", "مخيم قوشتبه ٢، بلوك D، خيمة ١٢٠"),
        ("اختي بمخيم الزعتري قطاع ٣ خيمه ٧٧ ولادها مرضانين", "مخيم الزعتري قطاع ٣ خيمه ٧٧"),
        ("الخيمة تبعنا بلوك ب خيمه ١٤ جنب الحمامات", "بلوك ب خيمه ١٤"),
    ],
)
def test_a_tent_in_a_camp_is_an_address(text: str, address: str) -> None:
    # Given a survivor telling which tent of which block of which camp the family lives in
    # Then the camp, the block and the tent are one address
    assert found(text, "address") == [address]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("كنا ننام بمحل بالفرناج، شارع الجمهورية، قرب الجامع، والمعلم كان يقفل علينا",
         "الفرناج، شارع الجمهورية، قرب الجامع"),
        ("الشغل كان بالمنشية، شارع الثورة، جنب الكنيسه", "المنشية، شارع الثورة، جنب الكنيسه"),
        ("بيت الكفيل في باب توما، شارع المستقيم، قرب الكنيسة",
         "باب توما، شارع المستقيم، قرب الكنيسة"),
        ("المخزن كان في قرجي، شارع الفاتح، جنب الجمعيه وفيه ٩٠ واحد",
         "قرجي، شارع الفاتح، جنب الجمعيه"),
        ("كنا ساكنين في حي النصر، شارع الجلاء، جنب البلدية", "حي النصر، شارع الجلاء، جنب البلدية"),
    ],
)
def test_a_district_its_street_and_a_landmark_are_an_address(text: str, address: str) -> None:
    # Given a district, then a street with no number, then the landmark beside it, by commas
    # Then the three are one address, as precise as a house number
    assert found(text, "address") == [address]


@pytest.mark.parametrize(
    "text",
    [
        "وبعدين، شارع المطار جنب المدرسة كان زحمة",
        "بصراحة، شارع الحمرا قرب البنك ما في امان بالليل",
        "كل يوم، شارع المطار جنب المدرسة كان زحمة",
        "قعدنا بخيمه ٣ اشهر بدون كهربا",
        "بالمخيم كل خيمه فيها ٩ انفار",
    ],
)
def test_a_street_by_a_landmark_said_in_passing_and_tents_counted_stay(text: str) -> None:
    # Given a street and a landmark after "and then" or "frankly", or tents and months counted
    # Then nothing is taken out
    assert redact(text, "ar").text == text


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("هلق صرنا بهولندا، عنواني Kerkstraat 12, 3011 Rotterdam والمكتب بعيد",
         "Kerkstraat 12, 3011 Rotterdam"),
        ("العنوان الجديد: Lindenweg 7a, 80331 München ابعتولي الورق هونيك",
         "Lindenweg 7a, 80331 München"),
        ("اخوي عنوانه Bahnhofstraße 3 بس ما بعرف الرمز", "Bahnhofstraße 3"),
    ],
)
def test_an_address_abroad_after_the_arabic_word_for_address_is_an_address(
        text: str, address: str) -> None:
    # Given a survivor who moved on writing the new address the way the post there wants it
    # Then the street, its number, the post code and the town are one address
    assert found(text, "address") == [address]


@pytest.mark.parametrize(
    "text",
    ["العنوان ما بعرفه لسه", "العنوان Google 2 مرات غلط", "عنواني بالانجليزي صعب"],
)
def test_the_word_address_without_a_street_after_it_takes_nothing(text: str) -> None:
    assert found(text, "address") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("رقم الملف عند المفوضيه ٣٢١-٢٢ب٠٥٥٦٧ وما حدا رد", "٣٢١-٢٢ب٠٥٥٦٧"),
        ("الكرت مكتوب عليه ١٢٣٤٥/ج/٢٠ بس ضاع", "١٢٣٤٥/ج/٢٠"),
        ("رقم المعاملة 88ع412 عند المحامي", "88ع412"),
        ("الملف رقم م/٤٥٦٧٨ وما حدا رد", "م/٤٥٦٧٨"),
    ],
)
def test_a_file_number_with_an_arabic_letter_among_its_digits_is_a_number(
        text: str, number: str) -> None:
    # Given a file number copied as printed, its series letter among the digits
    # Then the whole reference is one ID number
    assert found(text, "number") == [number]


@pytest.mark.parametrize(
    "text",
    ["دفعت ٥٠٠٠٠ ل.س للمهرب", "اشتغلت ١٢٠٠٠ ساعة بدون معاش"],
)
def test_an_amount_before_arabic_words_is_no_post_code(text: str) -> None:
    # Given five digits and then Arabic words, which have no capitals to be a town
    # Then nothing is an address
    assert found(text, "address") == []


@pytest.mark.parametrize(
    "text",
    ["اجيت من ٢٠١٤م لهلق", "دفعنا ١٥٠٠٠ل.س للمهرب", "الغرفة ١٢ب فيها ٤ بنات", "ب٢٠١٩ طلعنا",
     "ب-٢٠١٩ رحنا على تركيا"],
)
def test_years_amounts_and_rooms_with_a_letter_stay(text: str) -> None:
    assert found(text, "number") == []
