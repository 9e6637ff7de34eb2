"""Names in Arabic script are replaced; everyday Arabic words that are also names are kept."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact, wordlists
from feedback_app.theming.arabic.names import find_arabic_names
from feedback_app.theming.arabic.script import normalise


def names_in(text: str, language: str = "ar") -> list[str]:
    return [text[s.start:s.end] for s in redact(text, language).spans if s.kind == "name"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شو اسمك؟ اسمي رهف", ["رهف"]),
        ("انا اسمي فاطمه من سوريا", ["فاطمه"]),
        ("إسمي محمد علي وعمري ٣٠ سنة", ["محمد علي"]),
        ("المحامية سناء الخطيب ساعدتني كثيراً", ["سناء الخطيب"]),
        ("المحامي الأستاذ خالد العمر شرح لي كل شيء", ["خالد العمر"]),
        ("المرشدة الاجتماعية صفاء بنت عمر", ["صفاء بنت عمر"]),
        ("السيدة أم علي جارتنا طبخت لنا", ["أم علي"]),
        ("اسألي أم محمد عن المواعيد", ["أم محمد"]),
        ("قولوا لأبو خالد إني بخير", ["أبو خالد"]),
        ("عبد الرحمن وعبد الله ساعدوني", ["عبد الرحمن", "عبد الله"]),
        ("نور الدين المترجم كان ممتاز", ["نور الدين"]),
        ("أختي رغد ما زالت في الأردن", ["رغد"]),
        ("صديقي بلال ساعدني أجد شغل", ["بلال"]),
        ("ابنتي الصغيرة لانا مريضة", ["لانا"]),
        ("هبة وريم وعلا صديقاتي في الدورة", ["هبة", "ريم", "علا"]),
        ("تعرفت على تسفاي وميرون في السكن", ["تسفاي", "ميرون"]),
        ("وصلت مع ناتاليا شيفتشينكو إلى المطار", ["ناتاليا شيفتشينكو"]),
        ("أنا رامش من نيبال", ["رامش"]),
        ("الأخت سيتا من نيبال", ["سيتا"]),
        ("رافقتني جنى إلى المستشفى", ["جنى"]),
        ("سروة بنت أحمد ساعدتني", ["سروة بنت أحمد"]),
        ("الشيخ عبد الكريم في الجامع ساعدنا", ["عبد الكريم"]),
        ("esmi samira w ana mn souria", ["samira"]),
        ("el m7amiya nadia sa3detni ktir", ["nadia"]),
    ],
)
def test_arabic_names_are_found_whole_and_alone(text: str, expected: list[str]) -> None:
    # Given a survivor's sentence with a name in it, When it is redacted
    # Then the whole name is one span, and the title, relation or cue around it stays
    assert names_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وفاء من فريق الدعم اتصلت بي", ["وفاء"]),
        ("أمل المتطوعة كانت تطبخ لنا", ["أمل"]),
        ("كريم قال لي إن الأوراق جاهزة", ["كريم"]),
        ("الممرضة إيمان أعطتني الدواء", ["إيمان"]),
        ("المشرفة هدى كانت قاسية معنا", ["هدى"]),
        ("اسمي نور الهدى وأريد أن أشكر الجميع", ["نور الهدى"]),
        ("أنا أمل من سوريا", ["أمل"]),
    ],
)
def test_everyday_word_names_count_where_they_name_someone(
        text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "عندي أمل أن أجد عملاً",
        "بكل سعادة أشارك في الدورة",
        "الله كريم والحمد لله",
        "نور الشمس لا يدخل الغرفة",
        "هدى الله الجميع",
        "صباح الخير للجميع",
        "الإيمان بالله ساعدني",
        "سلام عليكم، الدورة كانت مفيدة",
        "الطبيب كان كريم معنا",
        "أنا سعيدة جداً بالدورة",
        "أنا آمنة هنا الحمد لله",
        "المحامية لم ترد على اتصالاتي",
        "المترجم شرح لي كل شيء",
        "الأخصائية الاجتماعية ساعدتني كثيراً",
        "صديقتي تبحث عن عمل",
        "ابني عنده ربو",
        "جاري طيب معنا",
        "أختي الكبيرة تسكن في ألمانيا",
        "شكراً لكم على كل شيء",
        "شكرا للمنظمة وللمتطوعين",
        "شكراً على كل شيء، أشعر أنني إنسانة من جديد",
        "الأكل من المطبخ كان بارداً",
        "أنا خائفة من الشرطة",
        "سافرت في جوان الماضي",
        "تغيرت الأخصائية ثلاث مرات في سنة واحدة",
        "لبنان بلد جميل",
        "فكروا فينا شوي",
        "el m7amiya kanet mumtaza",
        "أنا منتظر الرد من شهرين",
    ],
)
def test_everyday_arabic_words_that_are_also_names_are_kept(text: str) -> None:
    # A town or country in the sentence ("ألمانيا") is a place, which is no name
    assert [s for s in redact(text, "ar").spans if s.kind != "place"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A listed name needs no cue at all, as the subject or anywhere
        ("رنا ما جات اليوم عالدورة", ["رنا"]),
        ("سلمى ما ردت على رسائلي", ["سلمى"]),
        ("زرغونه وملالي وصلوا قبلي", ["زرغونه", "ملالي"]),
        ("حودن الصومالية كانت معي بالغرفة", ["حودن"]),
        ("ماريا وجوسلين اشتغلوا معي بنفس البيت", ["ماريا", "جوسلين"]),
        ("أبو علي صاحب البيت طردنا", ["أبو علي"]),
        # After verbs of seeing, calling, helping and telling, and their prepositions
        ("شفت حسام بالسوق وسلم علي", ["حسام"]),
        ("اتصلت بسوسن وقالت بكرة", ["سوسن"]),
        ("ساعدني عمار بالترجمة", ["عمار"]),
        ("نمت عند أم خليل ليلتين", ["أم خليل"]),
        ("قابلت تسفالدت بالمخيم", ["تسفالدت"]),
        ("شفت ريتال بالسوق", ["ريتال"]),
        # "يا" before a name
        ("يا رنا تعالي شوفي", ["رنا"]),
        ("يا أبو محمود الله يسلمك", ["أبو محمود"]),
        # A family name with "ال" after a given name, or alone after a title
        ("خالد الحموي ساعدنا بالسكن", ["خالد الحموي"]),
        ("الدكتور الجبوري فحصني منيح", ["الجبوري"]),
        ("المحامي عبد الفتاح السيد طلب الأوراق", ["عبد الفتاح السيد"]),
        ("شفت مريم الأسبوع الماضي", ["مريم"]),
        # Titles of the dialects and of Kurdish and Dari speakers
        ("كاك هيمن ساعدني بالأوراق", ["هيمن"]),
        ("لالة خديجة كتعاونا بزاف", ["خديجة"]),
        ("خانم فرشته ترجمت لي", ["فرشته"]),
        ("اسمي الحقيقي سمر بس بينادوني سمسم", ["سمر", "سمسم"]),
    ],
)
def test_names_are_found_in_the_ways_people_name_others(text: str, expected: list[str]) -> None:
    # Given a name as a bare subject, after a verb or preposition, after "يا", with a family
    # name or a dialect title, When the sentence is redacted, Then each name is one span
    assert names_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("نور اللي بالمطبخ بتطبخ منيح", ["نور"]),
        ("وفاء بنت خالتي سافرت قبلي", ["وفاء"]),
        ("كريم ابن الجيران بيلعب مع ولادي", ["كريم"]),
        ("منى ووفاء جابوا لنا الأكل", ["منى", "وفاء"]),
        ("أمل كانت معي من أول يوم", ["أمل"]),
        ("حكيت مع إيمان عن الموضوع", ["إيمان"]),
        ("سألت منى عن الموعد", ["منى"]),
        ("شكرا لصابر على تعبه", ["صابر"]),
        ("يا صابر تعال ساعدني", ["صابر"]),
    ],
)
def test_everyday_word_names_count_after_a_relation_a_verb_or_a_vocative(
        text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "عندي إيمان إنو الله معنا",
        "كل يوم فيه أمل جديد",
        "كانت فرحة كبيرة لما وصلت الإقامة",
        "سلام للجميع وشكرا",
        "يا رب ارحمنا",
        "يا سلام على هالشغل",
        "يا كريم فرجها علينا",
        "صرت سعيدة بالشغل الجديد",
        "ما شاء الله عليهم",
        "إلا الشغل ما في شي",
        "ولا حدا سأل عني",
        "استني هنا شوي",
        "شفت الدكتور امبارح",
        "اتصلت بالمحامية ما ردت",
        "يا جماعة الوضع صعب",
        "لقيت أمل بعد كل هالتعب",
        "الممرضة جميلة كتير ولطيفة",
        "صاحب البيت كريم جداً معنا",
        "عم اشتغل بمطعم",
        "رحت مع زوجي للسفارة",
        "شفت نور الشمس لأول مرة من شهور",
        "رحمة ربنا وسعت الكل",
        "بكل وفاء وإخلاص",
        "مع تحياتي لكل الفريق",
        "الخدمة كانت صعيبة والجمعية ديما كتسول علينا",
        "المترجم كان يترجم للعربي وكان صبور",
        "صديقتي مسكينة تعبت كتير",
        "زوجي مختفي من سنة",
        "صاحبتي مسافرة هلق",
        "قابلت ناس طيبين",
        "الكفيل اللي كان عنده الجواز هرب",
        "فلوسي كانت عند الكفيل",
        "شفت ملفي بالمكتب وأخدت نسخة",
    ],
)
def test_everyday_words_that_look_like_names_stay(text: str) -> None:
    # Given words that are names elsewhere (أمل, إيمان, سلام, كريم, "يا رب") used as words
    # Then the survivor's sentence comes back untouched
    assert redact(text, "ar").text == text


def test_a_name_typed_with_its_final_letter_is_told_from_the_word() -> None:
    # "سلمى" is a name, "سلمي على" is "greet"; "هنا" is "here", "ولا" is "nor"
    assert names_in("سلمي على رانيا كتير") == ["رانيا"]
    assert names_in("سلمى قالت لي استني هنا") == ["سلمى"]


def test_a_street_named_after_a_person_is_no_person() -> None:
    # "شارع الملك فيصل" is part of an address, not someone the survivor names
    assert names_in("كنت أسكن في شارع الحواش قبل الملجأ") == []
    assert names_in("مدرسة الملك فيصل قريبة") == []


@pytest.mark.parametrize(
    "typed",
    ["فاطمة الزهراء", "فاطمه الزهرا", "فاطِمَة الزَّهراء", "فـاطـمـة الزهراء"],
)
def test_a_name_is_found_however_it_is_typed(typed: str) -> None:
    # Given hamza, ta marbuta, harakat or tatweel typed or left out
    text = f"شكراً لـ{typed} على كل شيء"
    # Then it is the same name, and its span is the text as typed, "لـ" left outside
    assert names_in(text) == [typed]


def test_a_joined_prefix_stays_outside_the_span() -> None:
    text = "قولي لـأحمد إن بطاقة الباص انتهت، وزينب تعرف"
    assert names_in(text) == ["أحمد", "زينب"]
    assert redact(text, "ar").text == "قولي لـ[name] إن بطاقة الباص انتهت، و[name] تعرف"


def test_a_name_and_a_phone_in_one_sentence_are_both_replaced() -> None:
    assert redact("اسمي مريم ورقمي ٠٧٩٥٥٥٠١٢٣", "ar").text == "اسمي [name] ورقمي [phone]"


@pytest.mark.parametrize("language", ["ar", "en", "fr", "es", "pt", "xx"])
def test_arabic_names_are_found_whatever_the_language_of_the_answer(language: str) -> None:
    # Answers mix scripts: an Arabic name in a French answer is still a name
    assert names_in("Merci à la sœur خديجة pour tout", language) == ["خديجة"]


def test_text_without_arabic_letters_yields_nothing() -> None:
    assert list(find_arabic_names("Mariam and Amal from the team helped me", "en")) == []


def test_shipped_lists_are_normalised_and_documented() -> None:
    # The text is compared in normalised form, so every entry must be written in it too
    readme = (wordlists.DATA_DIR / "README").read_text(encoding="utf-8")
    for name in ("arabic_names", "arabic_names_ambiguous", "arabic_words",
                 "arabic_common_words"):
        entries = wordlists.word_set(name)
        assert len(entries) > 200
        assert all(entry == normalise(entry) for entry in entries)
        assert f"{name}.txt" in readme


@pytest.mark.parametrize(
    "unit",
    ["مريم ", "الأستاذة ", "و ", "اسمي ", "عبد ", "أمل من ", "ب", "esmi ", "ukhti 3", "يا ",
     "شفت ", "نور اللي ", "سلمى ", "لـسلمى ", "حكيت مع "],
)
def test_100_kb_of_one_arabic_word_or_cue_is_read_whole(unit: str) -> None:
    # How long it takes is measured by tests/bench/redaction.py ("unusual inputs").
    text = (unit * (100_000 // len(unit) + 1))[:100_000]
    spans = list(find_arabic_names(text, "ar"))
    assert all(0 <= s.start < s.end <= len(text) for s in spans)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negation and a verb after the name, in dialect
        ("حسن ما رد على التلفون من يومين", ["حسن"]),
        ("أمل ما جاتش للدرس اليوم", ["أمل"]),
        # a relation, a dialect role, how the person is, "هي اللي" after the name
        ("كريم اخوي لسه هناك", ["كريم"]),
        ("فرح بنتي بتحب المدرسة", ["فرح"]),
        ("سعيد السواق وصلنا عالمطار", ["سعيد"]),
        ("الحمد لله أمل بخير هلق", ["أمل"]),
        ("مها هي اللي دلتني عالمكتب", ["مها"]),
        # a blessing after or before the name
        ("روضة الله يحفظها وقفت معي", ["روضة"]),
        ("الله يحفظ ريم ويخليها", ["ريم"]),
        # greetings and thanks, letters held for emphasis
        ("مرحبا رنا، كيفك؟", ["رنا"]),
        ("صباح الخير ديما", ["ديما"]),
        ("شكراااا لينا على كل شي", ["لينا"]),
        # a plural verb with its object before the names, a dialect plural "قولو"
        ("ساعدونا كريم ووفاء بالاوراق", ["كريم", "وفاء"]),
        ("قولو لإيمان تجي بكرا", ["إيمان"]),
        # verbs of calling and talking in Moroccan and Iraqi, Iraqi "كال"
        ("كل نهار نهدر مع سميرة فالتيليفون", ["سميرة"]),
        ("صيحت على حيدر بس ما سمعني", ["حيدر"]),
        ("نور كالتلي لا تخافين", ["نور"]),
        # kunyas with a definite name, Afghan compounds with "الله"
        ("ابو العبد فتحلنا الباب بالليل", ["ابو العبد"]),
        ("نور الله كان يترجم لنا من الدري", ["نور الله"]),
        # a family name nobody listed after a listed given name
        ("المحامي سامر قطيش ساعدني بالقضية", ["سامر قطيش"]),
    ],
)
def test_names_are_found_in_the_words_people_put_around_them(
        text: str, expected: list[str]) -> None:
    # Given a survivor naming someone the way people do in speech, When it is redacted
    # Then each name is one span, and the words around it stay
    assert names_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign nationality after a name is no part of it, masculine or feminine
        ("عبدي ورسمه الصومالي ساعدني اترجم", ["عبدي ورسمه"]),
        ("تيرهاس الإريترية كانت تنام جنبي", ["تيرهاس"]),
        # an Arab one in the masculine is the family name
        ("مدام سلوى التونسي عاونتني بزاف", ["سلوى التونسي"]),
    ],
)
def test_a_nationality_after_a_name_shows_a_person_and_stays_outside(
        text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "صباح النور عليكم كلكم",
        "حسن المعاملة بالمركز خلاني ارتاح",
        "الوضع محمود والحمد لله",
        "ما لقيت ناصر ولا معين غير الجمعية",
        "شكرا لكل الفريق، ربي يحفظكم",
        "يسلمو ايديكم على هالشغل",
        "ام المشاكل كانت الاقامة",
        "المصريين اللي بالمركز ساعدونا كتير",
        "الاكل الحلبي اطيب اكل",
        "قدم لينا مساعدة كبيرة في الخرطوم",
        "جان الشغل صعب هواية بس هسه زين",
        "نور الكهربا ما اجت امبارح",
        "الله يحفظ الجميع",
        "رحمة ربنا وسعت كل شي",
    ],
)
def test_greetings_blessings_and_words_of_dialect_that_look_like_names_stay(text: str) -> None:
    # Given greetings, blessings and dialect words that are names elsewhere ("صباح", "حسن",
    # "ناصر", Iraqi "جان" was, Sudanese "لينا" to us), Then no word of it is taken for a name
    # (a town in it, "الخرطوم", is a place)
    assert [s for s in redact(text, "ar").spans if s.kind != "place"] == []


def test_letters_held_for_emphasis_are_read_as_one() -> None:
    assert normalise("شكرااااا") == normalise("شكرا")
    assert normalise("ياااا") == "يا"
    assert normalise("الله") == "الله"
