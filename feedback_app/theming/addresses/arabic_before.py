# ruff: noqa: RUF002, RUF003  (Arabic letters are the point here)
"""What Arabic speakers write right before a building or a street: the camp, the neighbourhood,
the district named after a man, the compound with a borrowed name.

"مخيم البقعة بلوك ٣", "بالكرامة، بناية ١٠٣", "في الحاج يوسف مربع ٩", "لمجمع دريم سيتي عمارة ٥".
`arabic` reads the address; these patterns say where it starts once that place is added.
"""

from __future__ import annotations

import re

from feedback_app.theming.arabic.script import normalise


def typed_ta(pattern: str) -> str:
    """The pattern with each "ة" matching "ه" too: most people type "عماره", "بنايه", "قريه"."""
    out, in_class = [], False
    for char in pattern:
        if char == "[" and not in_class:
            in_class = True
        elif char == "]" and in_class:
            in_class = False
        out.append(("ةه" if in_class else "[ةه]") if char == "ة" else char)
    return "".join(out)


# Before a building, the camp or village it stands in, with no comma: "مخيم البقعة بلوك ٣".
TOWN_JUST_BEFORE = re.compile(typed_ta(
    r"(?<![^\W\d_])(?:[بفل]|(?:في|فى)[ \t]+)?(?P<place>(?:مخيم|قرية|ضيعة|بلدة|مدينة|مجمع|منطقة|"
    r"ضاحية|حي|باب|عزبة|كفر|حومة|تجزئة|كمبوند|فريج|حارة)[ \t]+"
    r"[^\W\d_]{2,}(?:[ \t]+[^\W\d_]{2,})?)"
    # a camp numbered among others, before a comma: "مخيم دوميز ١، بلوك C"
    r"(?:[ \t]+\d{1,2}(?!\d)[ \t]*[،,])?[ \t]+$"))
# Before a building, the neighbourhood it stands in: "بالكرامة، بناية ١٠٣", "في الرابية، عمارة
# ٥", "العنوان: الهاشمي الشمالي، بناية ٢".
PLACE_BEFORE = re.compile(
    r"(?:(?<![^\W\d_])(?:في|فى)[ \t]+|(?<![^\W\d_])[بل](?=ال)|(?<![^\W\d_])(?=ال)|^|(?<=:)[ \t]*)"
    r"(?P<place>[^\W\d_]{2,}(?:[ \t]+[^\W\d_]{2,})?)[ \t]*[،,][ \t]*$"
)
# A district named after a man, right before the street: Khartoum's "الحاج يوسف", Aden's "الشيخ
# عثمان", "في الملك فيصل".
HONOURED_PLACE_BEFORE = re.compile(
    r"(?:(?<![^\W\d_])(?:في|فى)[ \t]+|(?<![^\W\d_])ب(?=ال))(?P<place>(?:الحاج|الشيخ|الملك|الأمير|"
    r"الامير|الإمام|الامام|السلطان)[ \t]+(?P<name>[^\W\d_]{3,}))[ \t]+$")
# ... or right before it after "بـ" or "في", with no comma: "ساكنة بالرابية بناية ٥ طابق ٢".
PLACE_JUST_BEFORE = re.compile(
    r"(?:(?<![^\W\d_])(?:في|فى)[ \t]+|(?<![^\W\d_])ب(?=ال))(?P<place>[^\W\d_]{3,})[ \t]+$")
# Words before a town's or camp's name: "مخيم الزعتري", "مدينة الحسين".
TOWN_WORDS = frozenset(normalise(word) for word in ("مخيم", "مدينة", "بلدة", "قرية", "ضيعة", "حي"))
# Borrowed words in the names of compounds and towers ("دريم سيتي", "النخيل بلازا"), which the
# everyday-word list holds for their sense in English.
BORROWED_NAME_WORDS = frozenset(normalise(word) for word in (
    "سيتي", "تاور", "تاورز", "بارك", "بلازا", "هايتس", "جاردنز", "جاردن", "فيو", "ريزيدنس", "هيلز"))
