"""Arabic names joined to "يا" or "و", in lists with "أنا", nicknames made with "أبو" and "أم",
and the verbs, organisations and contact words that only share a name's letters."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def names_in(text: str, language: str = "ar") -> list[str]:
    return [text[s.start:s.end] for s in redact(text, language).spans if s.kind == "name"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "يا" typed joined to the name, with a final "ى" or without
        ("ياسلمى وينك، صارلي شهر ما شفتك", ["سلمى"]),
        ("يامريم اشتقتلك كتير", ["مريم"]),
        # me and someone: the people the story is about
        ("انا وامل هربنا سوا من بيت الكفيل", ["امل"]),
        ("انا وايمان وسلمى كنا بنفس الغرفه", ["ايمان", "سلمى"]),
        # a nickname made of "أبو" or "أم" and any word, after "they call him"
        ("كانو ينادوه ابو سكسوكة وهو اللي اخد جوازي", ["ابو سكسوكة"]),
        ("بيسموها ام الزلف وهي اللي كانت تضربنا", ["ام الزلف"]),
        # a name nobody listed, joined to "و", then "هو اللي" or the Maghreb's "هي لي"
        ("بعد ما هربت من الدار وتغريد هي اللي دلتني عالمكتب", ["تغريد"]),
        ("ومنيرة هي لي عاونتني نلقى خدمة", ["منيرة"]),
        # several names, then the role they share
        ("ديما وحلا المتطوعات بيجو كل خميس", ["ديما", "حلا"]),
        # a name after a nationality, and then a verb of a person
        ("البنت الاثيوبيه تسفاي ما بتحكي عربي", ["تسفاي"]),
        ("الصبيه الاوكرانيه أولينا ما بتعرف حدا هون", ["أولينا"]),
        ("البنت النيجيرية بليسنج ما بتحكي عربي", ["بليسنج"]),
        ("العاملة الاندونيسية سوسانتي هربت معي", ["سوسانتي"]),
        # a name nobody listed joined by "و" to a name before, then a verb of a person
        ("البنات الاثيوبيات مسرت وتسيون كانو يبكو كل ليله", ["مسرت", "تسيون"]),
        # a kunya's "أم" joined to "و", Sudan's "ود", Egypt's "الباشمهندس"
        ("رحنا انا وام عمر على المحكمة", ["ام عمر"]),
        ("الزول اسمه ود الحاج بتاع الشغل", ["ود الحاج"]),
        ("الباشمهندس حسام كان بيشغلنا بلا راتب", ["حسام"]),
        # an everyday-word name at the start, then "ما" and a past verb, an adverb, a short plural
        ("نور ما قصرت معي ابدا", ["نور"]),
        ("فرح دايما بتضحكني لما ازعل", ["فرح"]),
        ("حنان وهدى بيجو كل يوم", ["حنان", "هدى"]),
        ("رحت مع فرح للمستشفى", ["فرح"]),
        ("بسمة الله يسامحها اخدت اغراضي", ["بسمة"]),
        # a name nobody listed, shaped like a verb, before a foreign nationality
        ("اكوسوا الغانية رجعت على بلدها", ["اكوسوا"]),
    ],
)
def test_names_joined_or_listed_the_way_people_type_them_are_found(
        text: str, expected: list[str]) -> None:
    # Given a survivor naming someone with a joined "يا" or "و", a list or a nickname
    # Then the name, and only the name, is replaced
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "يا" joined to God's names and exclamations
        "ياحرام شو صار فينا بهالمكان",
        "يارب تفرجها علينا",
        # after "let me", "I have to", "I will": a verb in a name's letters ("أكمل", "أمجد")
        "المنظمة خلتني اكمل دراستي",
        "لازم اكمل الاوراق قبل العيد",
        # after "اللي", a verb with a joined "و": "وداني" (took me), never "Dani"
        "هو اللي وداني للمحامي اول مرة",
        # a present verb and "على": "I look for", never "Budur"
        "صارلي اسبوع بدور عليكي بالسكن",
        # an organisation the verbs after it make look like people
        "كاريتاس ساعدونا بالايجار شهرين",
        "شكرا لكاريتاس على المساعده",
        # "and my email", then the address
        "وايميلي sara.home@example.org اذا بدكم تردو",
        # "for my daughter": a relation with "ل" after a word is no cue
        "بدي مكان امان لبنتي وبس",
        # after "was", how she compares: "the youngest", never "Asghar"
        "البنت السودانية كانت اصغر وحده فينا",
        "الحياة ما كانت سهلة ابدا",
        # a person word or a thanks before a nationality
        "وحده الاثيوبية كانت تساعدنا",
        "شكرا الاثيوبية على الاكل",
    ],
)
def test_verbs_organisations_and_contact_words_with_a_names_letters_stay(text: str) -> None:
    # Given words that share a name's letters but name no one
    # Then no name is found in them
    assert names_in(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ana w 3abeer w Rou2a 5alasna el course", ["3abeer", "Rou2a"]),
        ("ana wa 7anan w Isra2 stanaina sa3tein", ["7anan", "Isra2"]),
    ],
)
def test_names_after_me_and_in_arabizi_are_found(text: str, expected: list[str]) -> None:
    # Given "me and" someone in Arabic typed in Latin letters and digits
    # Then each name joined by "w" is replaced
    assert names_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ana w ahli kenna bel bet", []),
        ("ana w wladi bel shelter min shahrein", []),
        ("سارة ومشيت على البيت لحالي", ["سارة"]),
    ],
)
def test_family_and_verbs_after_me_and_or_a_name_stay(text: str, expected: list[str]) -> None:
    # Given "me and my family", or a name and then "and I walked"
    # Then only the name is found, never the family or the verb
    assert names_in(text) == expected
