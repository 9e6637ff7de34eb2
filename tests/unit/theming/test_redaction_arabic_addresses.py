# ruff: noqa: RUF001  (Arabic letters and Arabic-Indic digits are the point here)
"""Addresses written the Arabic way: neighbourhood, landmark and building as much as street."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def addresses_in(text: str) -> list[str]:
    return [text[s.start:s.end] for s in redact(text, "ar").spans if s.kind == "address"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a building and its flat or floor, with no street at all
        ("بلوك ٤ شقة ٩ هون كانوا حابسينا", "بلوك ٤ شقة ٩"),
        ("عمارة رقم ٧، شقة ٣، اذا بدكم تبعتوا حدا", "عمارة رقم ٧، شقة ٣"),
        ("ساكنة ببناية ٢٧، الطابق الثالث مع بنتي", "بناية ٢٧، الطابق الثالث"),
        # the neighbourhood before the building, with "بـ", "في" or after "العنوان:"
        ("كنا ساكنين بالرابية، بناية ٤٠، شقة ٦ ومدام سعاد تقفل علينا", "الرابية، بناية ٤٠، شقة ٦"),
        ("الشقة في الهاشمي، عمارة ١٢ وفيها رطوبة", "الهاشمي، عمارة ١٢"),
        # a landmark between the street and the building, or before the building
        ("البيت شارع الجامعة مقابل مطعم الريم، بناية ١٩، المدام اسمها سلوى",
         "شارع الجامعة مقابل مطعم الريم، بناية ١٩"),
        ("شارع الحمرا جنب بنك عودة بناية ٥ طابق ٣", "شارع الحمرا جنب بنك عودة بناية ٥ طابق ٣"),
        ("الدار قرب مسجد النور، بناية ٧، الطابق ٢", "قرب مسجد النور، بناية ٧، الطابق ٢"),
        # hills and circles of Amman, areas of Damascus, Kuwaiti blocks, Iraqi and Egyptian forms
        ("ساكنين بجبل عمان، الدوار الثالث، عمارة ١٤", "جبل عمان، الدوار الثالث، عمارة ١٤"),
        ("بيتي بمنطقة المزة، جادة ٤، بناية ١٢", "منطقة المزة، جادة ٤، بناية ١٢"),
        ("قطعة ٣ شارع ١٢ منزل ٢٥", "قطعة ٣ شارع ١٢ منزل ٢٥"),
        ("كنت بمحلة ٩٠٥ زقاق ١٢ دار ٤ ببغداد", "محلة ٩٠٥ زقاق ١٢ دار ٤"),
        ("العنوان: ١٥ ش التحرير، الدور التالت، شقة ٧", "١٥ ش التحرير، الدور التالت، شقة ٧"),
        ("إقامة النور، عمارة ٣، شقة ١٢، الرباط", "إقامة النور، عمارة ٣، شقة ١٢، الرباط"),
        # the town before the neighbourhood
        ("العنوان: الزرقاء الجديدة، حي الأمير محمد، شارع ٣٦، عمارة ٨",
         "الزرقاء الجديدة، حي الأمير محمد، شارع ٣٦، عمارة ٨"),
        # digits of every system
        ("بلوك ۷ شقة 12", "بلوك ۷ شقة 12"),
        # a camp's sector and caravan, the neighbourhood with no comma, a joined "بـ"
        ("مخيم الزعتري، قطاع ٥، كرفان ١٢، هناك سكنا", "مخيم الزعتري، قطاع ٥، كرفان ١٢"),
        ("ساكنة بالرابية بناية ٥ طابق ٢", "الرابية بناية ٥ طابق ٢"),
        ("حطونا بشارع الحمرا ببناية ١٧", "شارع الحمرا ببناية ١٧"),
    ],
)
def test_an_arabic_address_without_a_numbered_street_is_one_span(text: str, address: str) -> None:
    # Given a survivor telling where a house is the way people there give it
    # Then the neighbourhood, landmark, building and flat are one address
    assert addresses_in(text) == [address]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a numbered street, its district, then the building (Cairo)
        ("الشقة في شارع ٩ المعادي عمارة ٢٣ صاحبها بيزعق", "شارع ٩ المعادي عمارة ٢٣"),
        # a camp or village right before its block, with no comma
        ("الخيمة تبعنا بمخيم البقعة بلوك ٣ وما في كهربا", "مخيم البقعة بلوك ٣"),
        # a building named after a family, a numbered complex, a Riyadh exit
        ("عنواني شارع المدارس، بناية ابو خليل، ط ٢", "شارع المدارس، بناية ابو خليل، ط ٢"),
        ("الاجتماع بالمكتب شارع الملكة رانيا، مجمع ١٠٤ الساعة ١٠", "شارع الملكة رانيا، مجمع ١٠٤"),
        ("الشغل كان طريق الملك فهد، مخرج ٥، فيلا ١١", "طريق الملك فهد، مخرج ٥، فيلا ١١"),
        # a house number with a joined "بـ", a building and the landmark beside it
        ("كنت ساكنة ب٣ شارع النصر قبل الملجأ", "٣ شارع النصر"),
        ("كانت الشقة في عمارة ١٧ بجانب مستشفى الأمل", "عمارة ١٧ بجانب مستشفى الأمل"),
        # the floor of a named tower
        ("كانت المدام ساكنة بالطابق ٩ من برج الريم", "الطابق ٩ من برج الريم"),
        # after "my address", a street or neighbourhood with no number is still an address
        ("عنواني الحالي حي السلام قرب الجامع الكبير", "حي السلام قرب الجامع الكبير"),
        ("عنوان البيت: شارع النيل، الدقي", "شارع النيل، الدقي"),
        # the neighbourhood joined to "بـ" after a noun, a street and a named building
        ("البيت بالصويفية، عمارة رقم ٥", "الصويفية، عمارة رقم ٥"),
        ("حبسونا بالأشرفية، شارع مار مخايل، بناية غصوب", "الأشرفية، شارع مار مخايل، بناية غصوب"),
        # a named building with its floor, the second street, a house number then its street
        ("برج حمود، بناية الأمل، الطابق الخامس هونيك كانوا يشغلونا",
         "برج حمود، بناية الأمل، الطابق الخامس"),
        ("كنا بـحي الزهور، الشارع التاني، البيت الرابع", "حي الزهور، الشارع التاني، البيت الرابع"),
        ("كنت بالبيت رقم ٤٥ بشارع الأمير حسن", "البيت رقم ٤٥ بشارع الأمير حسن"),
        # a building named after a title and a name, a villa in its district
        ("طابق ٣، بناية الحاج حسن، شارع مار الياس", "طابق ٣، بناية الحاج حسن، شارع مار الياس"),
        ("عمارة ٥ بالزرقاء", "عمارة ٥ بالزرقاء"),
    ],
)
def test_an_arabic_address_in_more_local_forms_is_one_span(text: str, address: str) -> None:
    # Given a survivor telling where a house is the way people there give it
    # Then the neighbourhood, landmark, building and flat are one address
    assert addresses_in(text) == [address]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("حطونا بشارع بغداد، بناية السلام، الطابق ٢، هونيك ما في شبابيك",
         "شارع بغداد، بناية السلام، الطابق ٢"),
        ("ساكنة بشارع الجيش، عمارة الأمل، ط ٣، والكهربا مقطوعة",
         "شارع الجيش، عمارة الأمل، ط ٣"),
        ("اشتغلت بشارع المدينة قرب فرن الأمل بناية 4، المدام اسمها سعاد",
         "شارع المدينة قرب فرن الأمل بناية 4"),
    ],
)
def test_an_arabic_address_ends_before_the_sentence_goes_on(text: str, address: str) -> None:
    # Given an address followed by "there", "and the water" or "the madam": no town
    # Then the address stops at its last building, floor or flat
    assert addresses_in(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "طريق ٣ ساعات بالباص كل يوم",
        "عندنا بيت ٣ غرف بالضيعة",
        "المكتب جنب المدرسة بس الدوام ٣ ساعات",
        "كنا ٤ بالغرفة بالطابق ٣ بالمركز",
        "سكنت بالطابق التاني شهرين",
        "شارع المطار جنب المدرسة زحمة كتير",
        "ساكنة بمنطقة بعيدة عن الشغل، والباص ٢ ساعة",
        "جبل كبير ورا المخيم وبس",
        "غرفة ١٢ بالمركز فيها ٤ بنات",
        # "my address" with no street after it, a floor "of the building", an emergency exit
        "العنوان ما بعرفه",
        "عنواني تغير كتير",
        "الشقة في الطابق ٣ من العمارة",
        "مخرج الطوارئ مسكر",
        # a house or villa in the camp or "the area", a big building
        "كنا ٤ بنات ببيت ٣ بالمخيم",
        "الفيلا ٢ بالمنطقة كانت كبيرة",
        "شارع الحمرا بناية كبيرة كتير",
    ],
)
def test_floors_rooms_landmarks_and_distances_said_in_passing_stay(text: str) -> None:
    assert redact(text, "ar").text == text


@pytest.mark.parametrize(
    "text",
    ["في مخيم البقعة ٣ عيادات", "نزلنا من مخيم الزعتري بالباص ٣ ساعات"],
)
def test_a_camp_with_a_count_or_a_ride_after_it_is_no_address(text: str) -> None:
    # Given a camp's name (a place) and a count after it, not a block or a caravan
    # Then nothing there is an address
    assert addresses_in(text) == []
