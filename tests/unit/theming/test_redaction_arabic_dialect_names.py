"""Names in the ways survivors place them in dialect; the words that only look like names stay."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def names_in(text: str, language: str = "ar") -> list[str]:
    return [text[s.start:s.end] for s in redact(text, language).spans if s.kind == "name"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relation with its adjective, a family relation in construct, a phone's owner
        ("زوجي السابق ماهر كان يضربني", ["ماهر"]),
        ("عماد زوج اختي ساعدني بالفلوس", ["عماد"]),
        ("رقم أمل عندي بس ما بترد", ["أمل"]),
        ("صديقتي جميلة من حمص اجت معي عالمركز", ["جميلة"]),
        # a role after the name, with or without "ال", and a person noun with "اللي"
        ("ربيع مسؤول السكن ما رضي يصلح الشباك", ["ربيع"]),
        ("كريم الشب اللي بالاستقبال بيساعدنا", ["كريم"]),
        ("بدي احكي مع سعادة المنسقة بس ما بترد", ["سعادة"]),
        ("ياخي الطيب المترجم زول كويس", ["الطيب"]),
        # titles of the Sudan and Egypt, a title that is a name too
        ("الحبوبة آمنة كانت تحكيلنا قصص", ["آمنة"]),
        ("عم سيد البواب كان بيفتحلنا الباب", ["سيد"]),
        # verbs and cues behind a joined "و", asking someone about me, thanks with "كتير"
        ("واسألوا عني بشرى بالمكتب", ["بشرى"]),
        ("شكرًا كتير لإيمان على صبرها", ["إيمان"]),
        ("بسلم على جوزفين النيجيرية", ["جوزفين"]),
        # nicknames, names with "إ" that look definite, kunyas with a definite word
        ("في واحد بيسموه الأسود هو اللي كان يسوق", ["الأسود"]),
        ("بشكر كتير سعاد وإلهام", ["سعاد", "إلهام"]),
        ("أم الخير كانت تطبخلنا", ["أم الخير"]),
        # names that are frequent words only because many people carry them
        ("ساعدتني سيرين كتير بالأوراق", ["سيرين"]),
        ("فيروز ما عندها أوراق لهلق", ["فيروز"]),
        ("ساندي صاحبتي راحت على كندا", ["ساندي"]),
        # names from Eritrea, Ethiopia, Lebanon and Nigeria written in Arabic letters
        ("تيغست ما بتحكي عربي", ["تيغست"]),
        ("كانت معي بالغرفة فيفيان وتيريزا", ["فيفيان", "تيريزا"]),
        ("المشرف الجديد اسمه طوني", ["طوني"]),
        # "وبتول" is "and Batool", not "and with Tool"; "حواء" typed with its hamza
        ("سارة ولمى وبتول كانوا معي", ["سارة", "لمى", "بتول"]),
        ("ده رقم امي حواء في الخرطوم", ["حواء"]),
    ],
)
def test_dialect_names_are_found_where_people_put_them(text: str, expected: list[str]) -> None:
    # Given a survivor naming someone the way people talk
    # Then the name, and only the name, is replaced
    assert names_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Blessing من نيجيريا صديقتي بالغرفة", ["Blessing"]),
        ("Tigist قالت لي استني", ["Tigist"]),
        ("اذا حدا بدو يحكي معي ما برد على مكالمات. Samira", ["Samira"]),
        ("ABU ALI EL 7ARIS MA BYSM7LNA NTLA3", ["ABU ALI"]),
        ("el 7aj abu samir sa3adna ktir", ["abu samir"]),
        # a Latin name behind a joined "و", or in lower case after an Arabic role
        ("Meseret وHirut كانوا معي", ["Meseret", "Hirut"]),
        ("مع Fatima وAmina", ["Fatima", "Amina"]),
        ("المشرفة lina ما بترد", ["lina"]),
    ],
)
def test_latin_letter_names_in_an_arabic_answer_are_found(text: str, expected: list[str]) -> None:
    # Given a name typed in Latin letters, or arabizi, in an answer in Arabic
    # Then it is replaced like a name in Arabic letters
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an honorific before an office, a wedding, "not fair", "alive", a language
        "سعادة السفير ما رد علينا",
        "ما حضرت فرح اختي لاني كنت محبوسة",
        "مش عادل اللي صار معنا",
        "الحمد لله انا عايشة",
        "ما في مترجم تغرينيا بالمركز",
        "بعرف احكي مع الدكتور لحالي",
        # what a thing is called, "greeted me", a woman told to wait, "told me" before a role
        "هاد اسمو ظلم",
        "الجمعية اسمها النور بتساعد البنات",
        "سلمت علي وقالتلي ارجع بكرة",
        "قالتلي المشرفة استني",
        "الأخصائية قالت ارجعي بكرة",
        "الكفيل ما عطاني جوازي",
        # the nationality after a role, "my passport" after "number", signatures that are words
        "المترجم المصري ما كان يفهم لهجتنا",
        "رقم جوازي عند الكفيل",
        "ساعدوني كتير. Thanks",
        "Facebook كانوا ينشروا صور البنات",
        # "abu" in a town's name, "um" in English
        "ana hala2 b abu dhabi",
        "um I think the shelter was ok bas el akl la2",
        # English words after an Arabic role or relation
        "أختي will come",
        "المحامية case ما بتتابع",
        "الدكتور mark",
    ],
)
def test_words_that_look_like_names_in_dialect_stay(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name joined to its prefix, even when the name itself ends like "her" or "us"
        ("شكراً لـمها ولينا وجود على المساعدة", ["مها", "لينا", "جود"]),
        # a list of names that are words too, and a list between commas
        ("مها ولينا وجود كانوا معي بالغرفة", ["مها", "لينا", "جود"]),
        ("كنا ٤ بنات: سلمى، جنان، ريما وأروى", ["سلمى", "جنان", "ريما", "أروى"]),
        # what they called me, a nickname with "ال"
        ("كانوا ينادوني السمرا بالبيت", ["السمرا"]),
        # roles survivors meet: the investigator, the chef
        ("المحققة منى سألتني كتير أسئلة", ["منى"]),
        ("كان الشيف عماد يصرخ علينا", ["عماد"]),
        # a verb of a person after a name that is a word too, praise before it
        ("زهرة وصلتني عالمستشفى", ["زهرة"]),
        ("الحمدلله ياسمين كانت معي", ["ياسمين"]),
        # the girl and her nationality, the young man, whose supervisor
        ("البنت السورية ملك كانت معي", ["ملك"]),
        ("الشب علاء اللي بالمكتب ساعدني", ["علاء"]),
        ("السيدة ديال الجمعية حنان عاونتني", ["حنان"]),
        ("حبوبتي آمنة ربتني", ["آمنة"]),
        # a woman's name of the shape of a plural after a title
        ("الست عنايات صاحبة البيت", ["عنايات"]),
        # introducing myself at the start
        ("السلام عليكم، انا هاجر", ["هاجر"]),
        ("أنا نور، عمري ٢٢ سنة", ["نور"]),
        # a family name that was a title, a Mauritanian "son of"
        ("المترجمة رشا الحاج ساعدتني", ["رشا الحاج"]),
        ("سالم ولد محمد هو المسؤول", ["سالم ولد محمد"]),
        # someone's case, whom I asked and believed
        ("هو اللي ربح قضية نسيم وما بياخد شي", ["نسيم"]),
        ("طلبت من وسام يساعدني بالأوراق", ["وسام"]),
        ("حتى المحامي ما صدق فاتن", ["فاتن"]),
        # names that frequency lists took for words, and names from Ethiopia and Sri Lanka
        ("اللي ساعدني هو أنور من المنظمة", ["أنور"]),
        ("صديقتي ميهريت رجعت على إثيوبيا", ["ميهريت"]),
        ("كان معي بالبيت دلروكشي من سريلانكا", ["دلروكشي"]),
        # she went, married or came, told first, and a name never forgotten
        ("راحت هدى على ألمانيا", ["هدى"]),
        ("تزوجت منى وراحت", ["منى"]),
        ("جت نوال تزورني", ["نوال"]),
        ("ما بنسى حياة أبداً", ["حياة"]),
    ],
)
def test_names_in_more_of_the_ways_survivors_give_them_are_found(
        text: str, expected: list[str]) -> None:
    # Given a survivor naming someone by a cue, a list or a name the lists lacked
    # Then each name, and only the name, is replaced
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the girl or the boy and what they are
        "البنت صغيرة كتير",
        "الولد سعيد بالمدرسة",
        "البنت السورية حلوة كتير",
        # "I am" and how I am
        "أنا سعيدة",
        "أنا حامل",
        "انا وحيدة هون",
        "أنا هاجرت من هناك",
        # a boy, asking the manager, fearing everything, a whole file, believing everything
        "عندي ولد صغير",
        "طلبت من المدير",
        "خفت من كل شي",
        "ملف كامل",
        "صدقت كل شي",
        # nobody agreed to help, "kind" in the plural after a role, a role alone
        "ومحد رضي يساعدني",
        "المشرفة حنينات خلاص",
        "المحامية قالت انو لازم نستنى",
        "كانوا ينادوني الشغالة",
        # "the light of our house", "hope helps me"
        "نور بيتنا راح",
        "الحمد لله عندي أمل يساعدني أعيش",
        # hope that was big or died, the joy of Eid, the girls' happiness, these days
        "كانت أمل كبيرة",
        "ماتت أمل عندي",
        "جت فرحة العيد",
        "راحت سعادة البنات",
        "ما بنسى هالأيام",
    ],
)
def test_words_around_those_cues_that_name_no_one_stay(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # arabizi: "her name is", "thank you so much to", "ya" and a name, "mother of" as "em"
        ("bint esma joy mn el philippines", ["joy"]),
        ("shukran ktir la rasha w dima", ["rasha", "dima"]),
        ("ya maha wein 7atayti el awra2", ["maha"]),
        ("3and em ali nemna lailtein", ["em ali"]),
        ("sa7beti aya hrbet ma3i", ["aya"]),
        # a listed given name after going or staying with someone, or before a verb of a person
        ("ro7t ma3 sara 3al mahkame", ["sara"]),
        ("mona sa3adetni ktir", ["mona"]),
    ],
)
def test_names_in_arabic_typed_in_latin_letters_are_found(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # God, a pity, people, my sister after "ya"; arabizi words that go on with a digit
        "ya rab sa3edna",
        "ya allah shu sa3b",
        "ya jama3a wein el akl",
        "ya ukhti ma fi shi",
        # everything, the sponsor, "without", and English words that are names too
        "ALLAH Y5ALIKON MA3I 3 WLAD W MA 3NDI SHI",
        "el kafeel a5ad el passport",
        "el akl ya3ni... bala ta3li2",
        "will kan ktir sa3b",
        "ro7t ma3 mark el wara2a",
    ],
)
def test_arabizi_words_that_look_like_names_stay(text: str) -> None:
    assert names_in(text) == []
