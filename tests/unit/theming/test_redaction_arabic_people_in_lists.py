"""Arabic names the word-by-word cues miss: lists of people joined by "و" where only one name is
known, a name that looks like a verb before what the person did, a name that is a word after an
honorific, two short foreign words after a nationality, the person something came from."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def names_in(text: str) -> list[str]:
    return [text[s.start:s.end] for s in redact(text, "ar").spans if s.kind == "name"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one listed name makes the whole list people, up to a stop or a verb of a person
        ("انا وخديجة وجيسيلا ومارغو كنا ننام على الارض", ["خديجة", "جيسيلا", "مارغو"]),
        ("الصيادين حسين وتوان وكوفي اشتغلوا بدون معاش", ["حسين", "توان", "كوفي"]),
        ("كانت معنا فاطمة وبينتو وعايدة، وكلنا بالمطبخ", ["فاطمة", "بينتو", "عايدة"]),
        ("يوسف ورمضاني من الجمعيه ساعدونا كتير", ["يوسف", "رمضاني"]),
        # "me and" starts a list of people even when nobody listed the names
        ("انا وجيسيلا وميرون، ما حدا كان يفتحلنا الباب", ["جيسيلا", "ميرون"]),
        # two names that are words too, and the plural verb of what they did
        ("عوض والطيب اتصلوا فيني من الخرطوم", ["عوض", "الطيب"]),
        # the list ends where they were; a first name of the shape of "we ..." ("ناديا")
        ("اشتغلت مع لطيفة وسميرة ورانيا بالمصنع", ["لطيفة", "سميرة", "رانيا"]),
        ("ناديا وجوزفين وكريستين كانوا معي بالبيت", ["ناديا", "جوزفين", "كريستين"]),
    ],
)
def test_everyone_in_a_list_of_people_is_a_name(text: str, expected: list[str]) -> None:
    # Given a survivor naming the people beside her in one breath, only one of them known
    # Then every name of the list is taken out, not only the known one
    assert names_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سارة وبعدين رحنا عالسوق", ["سارة"]),
        ("كان في اكل وشرب ومصاري", []),
        ("الغرفه نضيفه وكبيرة وفيها شباك", []),
        ("اسمي هاله وايميلي hala.syria93@gmail.com اذا بدك", ["هاله"]),
    ],
)
def test_words_joined_to_a_name_that_go_on_the_sentence_stay(
        text: str, expected: list[str]) -> None:
    # Given "and then", things listed, or "and my email" after a name
    # Then only the name is taken out
    assert names_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # at the start of a sentence, a name ending in "ت" and what she does
        ("ميسرت بتشتغل بالمطبخ من الصبح لليل", ["ميسرت"]),
        ("سلاماويت ساعدتني اكتب الورقه", ["سلاماويت"]),
        # after a title, a name shaped like a verb and then a verb of a person
        ("الراهبة تريزا جابتلي اكل وبطانية", ["تريزا"]),
        ("المدام تيسا قالتلي ارجعي بكرا", ["تيسا"]),
        # after a relation or a nationality, a name ending in "ت", then where she is from
        ("صاحبتي جوليت من الفلبين هربت قبلي", ["جوليت"]),
        ("البنت الحبشية تجست كانت تبكي", ["تجست"]),
        # asking for someone by name
        ("اسألوا عن جميلة بالاستقبال", ["جميلة"]),
        # a name that is a word after an honorific, at the end of the phrase
        ("المسؤول عن البيت الشيخ نمر", ["نمر"]),
        # a contractor, a broker or a smuggler after his name
        ("سالم السمسار اخد جوازاتنا", ["سالم"]),
        ("كريم المهرب قال الطريق امان", ["كريم"]),
        # two short foreign words after a person and a nationality, then a verb of a person
        ("البنت الصينية وي لينغ كانت تبكي كل ليلة", ["وي لينغ"]),
        # the person a number or news came from
        ("عرفت عنكم من نادر، الله يجزيه الخير", ["نادر"]),
        # someone called out before what she is asked to do
        ("هدى اتصلي فيني لما توصلي", ["هدى"]),
        # a relation, then "or" and another relation
        ("اسألوا اخوي سليم او مرته", ["سليم"]),
        # a given name and a family name that is an adjective too, as one name
        ("خالي عبده سالم هو اللي دبرلنا الشغل", ["عبده سالم"]),
    ],
)
def test_a_name_the_word_cues_would_read_as_a_word_is_a_name(
        text: str, expected: list[str]) -> None:
    # Given a name shaped like a verb or a word, in a place only a person stands
    # Then it is taken out
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "تعبت بشغل البيت كتير",
        "صاحبتي سكتت من الخوف",
        "بنتي تعبت كتير",
        "اسأل عن الموضوع بالمكتب",
        "اسأل عن حقوقك بالمكتب",
        "نجاح الدورة كان بسبب صبر الأستاذة علينا",
        "الشيخ كمان كان معنا",
        "البنت الصينيه لي ساعدتني راحت",
        "حنان الموظفات هو اللي خلاني اكمل",
        "الرقم الوطني حقي ضاع",
        "جبت الاكل من السوق",
        "ماكو مترجم كردي بالمخيم",
    ],
)
def test_verbs_pronouns_and_phrases_in_those_places_stay(text: str) -> None:
    # Given "I got tired", "with us", "also", "who helped me", the staff's kindness, "mine"
    # Then no name is found
    assert names_in(text) == []
