# ruff: noqa: RUF001, RUF002  (Arabic letters are the point of this module)
"""Person names written in Arabic script: shipped name lists, titles, relations and cue phrases.

Arabic has no capital letters, so the Latin-script cue "a capital mid-sentence" does not exist;
what marks a name is the list it is in and the words around it. A listed name that is rarely
anything else ("مريم", "خديجة") is a name anywhere. A name that is an everyday word too ("أمل"
hope, "سعادة" happiness, "كريم" generous) needs context: a title or a role before it ("الأستاذة",
"المترجم"), a relation ("صديقتي", "ابنتي"), an introduction ("اسمي"), a verb of address ("اسأل",
"قولي لـ"), or after it a role, a team ("من فريق", "المتطوعة") or a verb that shows a person
("ساعدتني"). After a title or an introduction even an unlisted word is a name ("الأخت جوان"),
unless it is an everyday word or has the shape of a verb.

The cues are the ways people name others: as a bare subject when the word is a listed name that
is no everyday word ("سلمى ما ردت علي"); after a verb of meeting, calling, telling or helping and
its preposition ("شفت يوسف", "حكيت مع نور", "اتصلت بخالد"); after "يا" ("يا أم علي", not "يا
رب"); with "اللي", a relation or a verb of a person after it ("سعيد اللي بالاستقبال", "وفاء بنت
خالتي", "كريمة كانت بتشجعني"); and a family name with "ال" after a given name or a title ("سامر
الحموي", "الدكتورة السعدي"). An everyday-word name stays a word where the words around it show
one ("عندي أمل", "نور الشمس", "صاحب البيت كريم جداً").

People type names with or without hamza, harakat or tatweel, with "ة" or "ه", "ى" or "ي", so both
the lists and the text are compared in one normalised form; the spans keep the offsets of the
text as typed. A prefix joined to the word ("و", "لـ", "ب", "ف") stays outside the span, and so
do titles and relations.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from feedback_app.theming import wordlists
from feedback_app.theming.spans import Span

# Any Arabic letter (Arabic, Persian and Urdu blocks and the presentation forms): without one
# there is nothing to do, and the check costs one regex scan.
_ARABIC_LETTER = re.compile(r"[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF\uFB50-\uFDFF\uFE70-\uFEFC]")
# A word: letters, harakat and tatweel; digits, Arabic punctuation and ZWNJ split words.
_WORD = re.compile(r"[\u0620-\u065F\u066E-\u06D3\u06D5-\u06EF\u06FA-\u06FF\u0670"
                   r"\uFB50-\uFDFF\uFE70-\uFEFC]+")
_PRESENTATION_FORM = re.compile(r"[\uFB50-\uFDFF\uFE70-\uFEFC]")
# Harakat, tatweel, the dagger alef and Quranic marks are left out of the compared form.
_MARKS = re.compile(r"[\u0640\u064B-\u065F\u0670\u06D6-\u06ED]")
_LETTERS = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا", "ى": "ي", "ی": "ي", "ې": "ي",
    "ئ": "ي", "ؤ": "و", "ة": "ه", "ۀ": "ه", "ہ": "ه", "ھ": "ه", "ک": "ك", "ڪ": "ك", "ء": None,
})
# Letters joined to the front of a word: "and", "so", "with", "for" ("ك" "like" is left out:
# "كلمي" is "talk to", not "like Lama"). "ف" is only read off titles and cue words: on a name
# it is rare, and "فكروا", "فمها" are words.
_CLITICS = "وفبل"
_NAME_CLITICS = "وبل"
_SPACE = re.compile(r"[ \t\u00a0\u200c\u200f\u200e]+")
# What may stand between a cue and the name: "اسمي: مريم", "اسمي - مريم", "السيد «أحمد»".
_CUE_GAP = re.compile(r"[ \t\u00a0\u200c\u200f\u200e]*[:\-\u2013«\"'(]?[ \t\u00a0\u200f\u200e]*")
_BREAK = re.compile(r"[.!?؟\n\r:;؛,،()\[\]\"«»]")
MAX_NAME_WORDS = 5
_WORD_LIMIT = 64  # longer runs of letters are not words anyone types as a name


# Letters held for emphasis ("شكراااا", "ياااا"): three of one letter, or two alefs, never occur in
# a word as spelled.
_HELD_LETTER = re.compile(r"(.)\1\1+|(ا)\2+")


@lru_cache(maxsize=8192)
def normalise(word: str) -> str:
    """The compared form of an Arabic word: hamza on alef, alef maqsura, ta marbuta folded.

    Letters held for emphasis are folded to one: "شكراااا" is "شكرا".
    """
    if _PRESENTATION_FORM.search(word):
        word = unicodedata.normalize("NFKC", word)
    word = _MARKS.sub("", word).translate(_LETTERS)
    return _HELD_LETTER.sub(lambda held: held.group(1) or held.group(2), word)


def _words(text: str) -> frozenset[str]:
    """Compared forms of the words of `text`; a plural verb's "-وا" is also typed "-و" ("قولو")."""
    forms = {normalise(word) for word in text.split()}
    return frozenset(forms | {form[:-1] for form in forms if form.endswith("وا") and len(form) > 3})


# Introductions: a name follows, listed or not.
_INTRO = _words("اسمي إسمي اسمى اسمها اسمه اسمو اسموه اسمهم اسمك إسمها إسمه سموني يسمونني "
                "ينادونني ينادوني يدعى تدعى أدعى ادعى المدعو المدعوة تسمى يسمى سمتني "
                "بينادوني بينادونني بينادولي بيسموني بيسمونى بيقولولي بتنادي بنادي ينادونها "
                "ينادونه بينادوها بينادوه اسمهاش اسموا اسمه اسمهن نسميها نسميه نناديها")
# Words that may sit between an introduction and the name: "اسمي هو أحمد".
_INTRO_FILLER = _words("هو هي كان كانت الكامل الحقيقي الأول الثلاثي بالكامل")
# "أنا X": a name only when what follows looks like a surname and a stop ("أنا آمنة سروة من غانا").
_WEAK_INTRO = _words("أنا انا آنا")
# Titles and roles (with or without "ال", masculine and feminine).
_TITLE = _words(
    "الأستاذ الأستاذة أستاذ أستاذة استاذ استاذة الدكتور الدكتورة دكتور دكتورة د السيد السيدة "
    "سيد سيدة السيده الآنسة آنسة الأخ الأخت الشيخ الشيخة شيخ الحاج الحاجة حاج حاجة الحجي حجي "
    "الست ست مدام المدام المهندس المهندسة الأب القس الكابتن كابتن الأبلة أبلة عمو خالو طنط "
    "خالة الخالة العمة الإمام الأم الأخوات الحجة الحاجه الاستاذه الدكتوره السيدة الأنسة الانسه "
    # Dialect and borrowed titles: Maghreb "السي", "لالة", "مولاي"; Kurdish "كاك"; Persian and
    # Dari "خانم", "آغا"; Egyptian "باشمهندس", "أبلة"; Iraqi and Gulf "حجية", "ملا".
    "السي لالة للا مولاي كاك كاكا كاكه خانم خانوم خانمة آغا آقا اغا الحجية حجية باشمهندس "
    "داكتر الداكتر الدكتورا استاد الأستاد انجنیر ملا الملا المعلم سيدي ستي تيتا عمتو خالتو"
)
# Short titles that are everyday words too ("عم" is also "-ing" in the Levant: "عم اشتغل"): they
# take a listed name or an everyday-word name, never an unlisted word.
_LISTED_TITLE = _words("عم عمو سي ست بيبي")
_ROLE = _words(
    "المحامي المحامية محامي محامية المترجم المترجمة مترجم مترجمة المتطوع المتطوعة متطوع متطوعة "
    "الأخصائي الأخصائية أخصائي أخصائية الاخصائية المشرف المشرفة مشرف مشرفة الممرض الممرضة ممرض "
    "ممرضة الطبيب الطبيبة المعالج المعالجة المرشد المرشدة المدرب المدربة المدرس المدرسة المعلم "
    "المعلمة الموظف الموظفة المسؤول المسؤولة المدير المديرة المنسق المنسقة الباحث الباحثة "
    "العامل العاملة القاضي القاضية الشرطي الشرطية الضابط الضابطة السائق الطباخ الطباخة "
    "المساعد المساعدة المستشار المستشارة الوسيط الوسيطة الحارس الحارسة المربية الداعمة "
    "محاميتي مترجمتي مشرفتي مرشدتي معلمتي مدربتي أستاذتي طبيبتي دكتورتي ممرضتي أخصائيتي "
    "مديرتي مسؤولتي معالجتي محاميي مترجمي مشرفي مرشدي معلمي مدربي أستاذي طبيبي دكتوري "
    # Dialect roles: the driver, the doorman, the guard, the sponsor of a work visa
    "السواق سواق الشوفير شوفير البواب بواب الكفيل كفيل الكفيلة الناطور الخدامة الشغالة"
)
# Adjectives that may follow a role before the name: "الأخصائية الاجتماعية ليلى".
_ROLE_ADJECTIVE = _words(
    "الاجتماعي الاجتماعية النفسي النفسية القانوني القانونية الجديد الجديدة الطبي الطبية "
    "الأول الأولى الثاني الثانية المسؤول المسؤولة الرئيسي الرئيسية المتطوع المتطوعة الشاب "
    "الشابة الحلوة اللطيف اللطيفة الطيبة الطيب الكبيرة الصغيرة"
)
# Relations: "ابنتي هبة", "صديقتي ريم", "جارتنا أم محمد".
_KIN = _words(
    "ابني ابنتي إبني بنتي ولدي زوجي زوجتي جوزي مرتي أختي أخي اخوي خيي أخوي أمي أبي أبوي بابا "
    "ماما صديقي صديقتي صاحبي صاحبتي رفيقي رفيقتي جاري جارتي جارنا جارتنا خالتي عمتي عمي خالي "
    "جدتي جدي حفيدي حفيدتي طفلي طفلتي خطيبي خطيبتي زميلي زميلتي زميلتنا زميلنا صديقتنا صديقنا "
    "أخونا أختنا زوجها زوجته ابنها ابنه بنتها بنته أختها أخته أخوها أمها أمه ابن بنت حماتي "
    "كنتي سلفتي صحبتي حبيبتي حبيبي خويا خويه خوي ختي خيتي راجلي راجلها مراتي مرتو جوزها "
    "اختها اخته اخوها اخوه أختها أخته مرته مرتها ولدها ولده "
    # Plurals and dialect forms: "ضحى وسلام خواتي", "بنات خالتي", Gulf "ربيعي", Iraqi "بنيتي"
    "خواتي اخواتي أخواتي اخوتي إخوتي ولادي أولادي بناتي عيالي صحابي صحاباتي صاحباتي صحباتي "
    "جيراني ربيعي ربيعتي بنيتي وليدي خويتي نسيبي نسيبتي"
)
# Verbs of address: "اسأل أبو بكر", "شكراً لـرنا", "قولي لـأحمد", "كلمي مريم".
_ADDRESS = _words(
    "اسأل اسألي اسألوا سألت اسال اسالي قل قولي قولوا قلت قلتلها قلتله شكرا شكراً شكرًا شكر "
    "أشكر اشكر نشكر أشكرك كلم كلمي كلموا كلمت اتصلي اتصل اتصلوا بلغي بلغ "
    "أرسلي ارسلي اطلبي اطلب راجعي راجع شوفي شوف خبري خبروا "
    # Dialect and thanks: "قوليلها", Moroccan "گولي", "مرسي لـ", "مشكورة نورة", "تسلمي"
    "قوليلها قوليله قولها قوله گولي گولو كولي كولو عيطي عيط عيطو ناديلي ناديلها "
    "بلغيها مرسي ميرسي مشكور مشكورة مشكورين ممنون ممنونة تسلم تسلمي يسلمو تسلمين "
    "تحية تحياتي سلامي سلملي سلميلي سلمولي بوسيلي"
)
# Cue words whose clitic "ل" or "بـ" joined to the name is theirs, not the name's.
_ADDRESS_PREPOSITION = _words("ل لـ ب بـ مع على")
# Right after a name: a role or a relation ("سعادة المتطوعة", "أم محمد جارتنا").
_AFTER_ROLE = _ROLE | _words(
    "جارتنا جارتي جاري جارنا صديقتي صديقي زميلتي زميلي صديقتنا أختنا أخونا المسؤولة المسؤول "
    "صاحب صاحبة"
)
# "X من فريق التواصل", "X من المنظمة": a team or a place of work after "من" or "في".
_TEAM = _words(
    "فريق الفريق منظمة المنظمة جمعية الجمعية مكتب المكتب مركز المركز البلدية بلدية الملجأ ملجأ "
    "السكن الإدارة إدارة المجموعة مجموعة قسم القسم الصليب المفوضية مفوضية الاستقبال المطبخ "
    "المستشفى مستشفى العيادة عيادة الكنيسة المسجد الجامع الشرطة المحكمة المدرسة مدرسة الدورة "
    "الهلال المنظمه البيت الدار دار"
)
_TO_ME = _words("لي لنا ل لـ لينا ليا إلي")
_TEAM_PREPOSITION = _words("من في بـ ب")
# Verbs after a name that show a person ("أمل ساعدتني", "سعادة قالت لي").
_PERSON_VERB = _words(
    "قال قالت قاللي قالتلي ساعدني ساعدتني ساعدتنا ساعدنا أعطتني أعطاني أعطتنا أعطانا علمتني "
    "علمني علمتنا رافقتني رافقني أوصلني أوصلتني أوصلتنا شرح شرحت شرحتلي شرحلي ترجم ترجمت "
    "اتصل اتصلت اتصلت كلمتني كلمني جابت جاب أخذتني أخذني استقبلتني استقبلني سمعتني سمعني "
    "تطبخ يطبخ تساعد يساعد تساعدنا يساعدنا يجيب تجيب ساعدت ساعد وقفت وقف دافعت دافع "
    "فهمتني فهمني احترمتني احترمني تبحث يبحث تعمل يعمل تشتغل يشتغل"
)
# Verbs of meeting, seeing, calling, telling, helping, waiting and living with someone, in
# Modern Standard Arabic and dialect: the listed or everyday-word name after them (directly or
# after "مع", "عند", "على", "لـ", "بـ") is a person: "شفت نور", "حكيت مع ديما", "اتصلت بإيمان".
_MEET = _words(
    "شفت شافت شفنا شاف شافني شافتني شوفت شايفة قابلت قابلنا قابل قابلتني التقيت التقينا التقى "
    "لاقيت زرت زرنا زارت زار زارتني زارني زارتنا عرفت تعرفت تعرفنا اتعرفت اتعرفنا بعرف بتعرف "
    "حكيت حكينا حكت حكى احكي احكيلك احكيلها تكلمت تكلمنا اتكلمت اتكلمنا كلمت كلمنا كلمتها كلمته "
    "اتصلت اتصلنا اتصل اتصلت تصلت دقيت ضربت رنيت رنيتلها بعتت بعثت ارسلت أرسلت راسلت بعتلها "
    "سألت سالت سألنا سألتها سألني سألتني سألوني خبرت خبرتها بلغت رحت روحت مشيت جيت جينا "
    "سافرت سافرنا هربت هربنا نمت نمنا قعدت قعدنا سكنت سكنا اشتغلت "
    "اشتغلنا شغلت خدمت خدمنا تعلمت درست ساعدت ساعدنا ساعدت ساعدتها استنيت انتظرت نطرت ناطرة "
    "بستنى بستنا بنتظر أنتظر بشكر نشكر أشكر اشكر نحب بحب أحب احب بحبها بحبه نسيت وثقت بثق "
    "اعتمدت سلمت سلمي سلملي سلمولي سلم سلموا تحياتي وديت ودتني "
    "استقبلت استقبلتنا استقبلونا جابتني جابني وصلت وصلني وصلتني بقولك قلتلها قلتلو قلتله "
    "شكرت تشكر شكرنا "
    # Dialects: farewell, calling (Gulf "نديت", Iraqi "صيحت", Maghreb "عيطت"), talking (Moroccan
    # "هدرت", Gulf "سولفت", Iraqi "حجيت"), asking (Iraqi "نشدت", Maghreb "سقسيت"), waiting
    # (Moroccan "تسنيت", "تراجيت"), meeting by chance, and present forms ("راني نهدر مع سميرة")
    "ودعت ودعنا ودعتها عزمت عزمنا نديت ناديت صيحت عيطت عيطتلها عيطنا هدرت هدرنا نهدر كنهدر "
    "سولفت سولفنا حجيت حجينا دويت نشدت سقسيت سقسينا تسنيت تراجيت صادفت صادفنا تلاقيت تلاقينا "
    "بحكي نحكي كنحكي نتكلم بتكلم بكلم نكلم كنكلم نعيط نشوف بشوف كنشوف شفتها شفته شوفتها "
    "رافقت رافقنا عشت عشنا رجعت طلعت نزلت وصلنا بتصل نتصل بسأل نسأل نسقسي بستناها")
# After those verbs, a preposition may come before the name ("حكيت مع", "تعرفت على").
_MEET_PREPOSITION = _words("مع عند على ل لـ ب بـ عن ويه ويا وياه معا إلى الى لعند")
# After "يا": a name ("يا أم علي", "يا صابر"), unless the word is one of God's names or an
# exclamation: "يا رب", "يا كريم", "يا سلام", "يا حرام", "يا ريت".
_VOCATIVE = _words("يا يَا ياا")
_VOCATIVE_NOT_A_NAME = _words(
    "رب ربي ربنا الله الله كريم رحمن رحيم لطيف حليم ستار حفيظ عزيز جبار قادر فتاح رزاق معين "
    "حي قيوم سلام سلامة حرام ريت ريتني ريتها خسارة حسرة ويلي عيني قلبي حبيبي حبيبتي حبيبتى "
    "جماعة ناس شباب بنات أخي اختي أختي أخوي خيي خيتي ماما بابا عمي خالتي حجة حاج شيخ أستاذ "
    "دكتور ست مدام أمي أبوي جماعه حلوة حلو غالي غالية فرحة فرحتي صبر "
    "عالم بشر لطف رحمة مسهل ميسر حافظ ساتر مجيب معين منان عظيم قوي")
# Right after an everyday-word name, a relative pronoun shows a person: "سعيد اللي بالاستقبال".
_RELATIVE = _words("اللي الي إللي يلي اللى الى اللِّي")
# Dialect verbs of a person after a name: "كريمة كانت بتشجعني", "منى ووفاء جابوا لنا أكل".
_PERSON_VERB_MORE = _words(
    "كان كانت كانو كانوا صار صارت صاروا راح راحت راحو راحوا اجا اجت إجا إجت جا جات جت جه جت "
    "جاب جابت جابو جابوا جابتلي جابلي جابولنا قال قالت قالو قالوا قالي قلي قالولي گال گالت گالي "
    "حكى حكت حكتلي حكالي حكولي بيحكي بتحكي عطاني عطتني عطاتني اعطاني اعطتني اعطونا عطونا "
    "بعت بعتت بعتتلي بعتلي بعتو وقفت وقف وقفو وقفوا دافعت دافع شرحتلي شرحلي فهمت فهم سمعت سمع "
    "وصلت وصل وصلتني اخد اخدت أخذت أخذ استقبل استقبلت زارت زار طلبت طلب ردت رد قدرت "
    "عم رح راح قاعد قاعدة قاعده بدها بدو بده عاوزة عايزة عايز بتحب بيحب بتعرف بيعرف تعرف يعرف "
    "ماتت مات سافرت سافر هربت هرب تزوجت تزوج نجحت نجح بقت بقى ظلت ضلت ضل تعبت مرضت "
    "كتبت كتب علمتني علمتنا علمني دلتني دلني دلتنا دلنا بتساعدني بيساعدني ساعدتها ساعدته "
    "بتشتغل بيشتغل تشتغل يشتغل تخدم يخدم كتخدم كيخدم غادي غادية راه راها كانت كتسول "
    # Helping in the Maghreb and the Gulf: "مبروكة تعاون فيا", "شما تفزع لنا"
    "تعاون يعاون تعاوني يعاوني تعاونني يعاونني كتعاون كيعاون تعاونا تفزع يفزع تساعدني "
    # "asked" without its hamza is "سال", which is also Persian for "year": only its forms
    "سألت سألتني سألني سالت سالتني سالني سألتلي")


def _verb_forms(stems: str) -> frozenset[str]:
    """The past-tense forms a person's verb takes after a name, from its third-person stem.

    "ولد" gives "ولدت", "ولدو", "ولدوا", "ولدتلي", "ولدني"; a stem in "ى"/"ا" ("حكى", "عطا")
    gives "حكت", "حكو", "حكتلي". One list so every dialect's verb gets every ending.
    """
    forms: set[str] = set()
    for stem in (normalise(word) for word in stems.split()):
        root = stem[:-1] if stem.endswith(("ي", "ا")) else stem
        forms.update({stem, root + "ت", root + "و", root + "وا", stem + "ني", root + "تني",
                      stem + "لي", root + "تلي", stem + "لنا", root + "تلنا", root + "تنا",
                      root + "ولي", root + "ونا", root + "وني", root + "تها", root + "ته"})
    return frozenset(forms)


# Past-tense verbs of a person in MSA and the dialects (Iraqi "گال", "كال"; Maghreb "عاون",
# "عيط"; Gulf "فزع", "سوى"; Egyptian "اتجوز"): "بشرى ولدت", "زهراء كالتلي", "عبدالسلام طلعنا".
_PERSON_PAST = _verb_forms(
    "قال گال كال حكى جاب جا اجا إجا عطا اعطى بعت بعث رد اتصل دق رن ساعد عاون فزع سوى وقف "
    "دافع شرح فهم سمع وصل اخد اخذ استقبل زار طلب ولد رجع طلع نزل دخل خرج قعد نام مرض "
    "تعب بكى ضحك سافر هرب تزوج اتجوز نجح خلص دفع كتب دل ترجم خبر بلغ سلم شاف لقى "
    "قابل تعرف حضر غاب اختفى انسجن انحبس ضرب سرق طرد اشتغل خدم تعلم نسي ودع عزم "
    "نادى عيط هدر حجى سولف نشد سقسى ترك خلى كلم تكلم اتكلم زعل مات توفى راح صار "
    "ظل ضل بقي بقى تحمل نصح ربح خسر عرف حط شال جاوب وافق رفض")
# After a name, how a person is: "أمل بخير", "فرح عمرها ١٢ سنة", "هدى حامل".
_PERSON_STATE = _words("بخير بخيرها عمرها عمره عمرو حامل تعبانة تعبانه مريضة عيانة عيانه "
                       "مسافرة مسافر محبوس محبوسة مسجون مسجونة ساكنة ساكن عايشة عايش")
# "مها هي اللي دلتني": a pronoun, then "اللي" or a verb.
_PRONOUN = _words("هي هو هيه هوه هيا هوا")
# "حسن ما رد", "أمل ما جاتش": after a name, a negation and a verb.
_NEGATION = _words("ما مش مو ماش مانيش ماهيش ماهوش لم لن مب مهوب موب")
# "شما الله يعافيها", "أم علي الله يخليها": a blessing after a name, God's name then the verb.
_GOD = _words("الله ربي ربنا")
_BLESSING = tuple(sorted(_words(
    "يعافي يخلي يحفظ يرحم يسعد يجازي يجزي يبارك يوفق يسلم يكرم يحمي يعطي يرضى يهني يستر "
    "ينور يفرح يجبر يديم يطول يبعد يكثر يخليل يحميل يعوض يشفي يهدي")))
# "صباح الخير", "مساء النور": a greeting, never a name, even though "صباح" is one.
_GREETING_SECOND = _words("الخير النور الفل الورد الياسمين العسل الهنا السعادة الجمال الورود")
_GREETING_HEAD = _words("صباح مساء صبحكم مساكم")
# After a greeting, a name is addressed: "مرحبا رنا", "صباح الخير ريم", "يعطيك العافية أبو محمود".
_GREETING = _words("مرحبا مرحبتين اهلا أهلين هلا هلو هاي سلامات الخير النور عليكم العافية "
                   "العافيه ايديك ايديكي ايدك ايدكي ايديكم إيديك يديك يدك")
# Listed names that are words too, by sense more than by shape: "حسن المعاملة" (good treatment),
# "الوضع محمود" (praiseworthy), "ما لقيت ناصر ولا معين" (a helper). Names anywhere, unless the
# words around them read as that sense.
_WORDY_NAMES = _words("حسن محمود ناصر حميد مجيد رشيد حبيب")
# Words after which a wordy name is the word: "كان حسن", "بكل حسن نية".
_WORDY_BEFORE = _words("كان كانت صار صارت كل بكل جدا أكثر اكثر أقل اقل شو كتير كثير بعض اشي شي "
                       "هذا هاد")
_NOR = _words("ولا ولاحد")
# Nationalities after a name: "نيروشا السريلانكية", "عبدي ورسمه الصومالي". The foreign ones are
# never a family name, masculine or feminine; an Arab one or a common family name ("التونسي",
# "الهندي") is a family name in the masculine form and the nationality in the feminine ("كريمة
# التونسي", "خديجة المغربية").
_FOREIGN_NATIONALITY = _words(
    "الصومالي الاريتري الإريتري الارتيري الاثيوبي الإثيوبي الحبشي النيجيري الغاني الكاميروني "
    "السنغالي الكيني الاوغندي الأوغندي الفلبيني الفليبيني السريلانكي الباكستاني الهندي "
    "البنغالي البنغلاديشي النيبالي الافغاني الأفغاني الايراني الإيراني الاوكراني الأوكراني "
    "الروسي الروماني المولدافي الفيتنامي الصيني الاندونيسي الإندونيسي التايلاندي الكونغولي "
    "الايفواري الغيني التشادي الالباني البلغاري الجورجي الاوزبكي الطاجيكي "
    "الكوري الياباني البورمي الكمبودي اللاوسي الأرمني الارمني")
_NISBA_NATIONALITY = _words(
    "السوري المصري العراقي اللبناني الفلسطيني الاردني الأردني السوداني اليمني الليبي التونسي "
    "الجزائري المغربي السعودي الكويتي الاماراتي الإماراتي القطري البحريني العماني الموريتاني "
    "الحلبي الشامي الدمشقي الحمصي البغدادي البصري الموصلي الهندي التركي الكردي")


# "الله يحفظ ريم", "ربي يخليلي أم علي": the person a blessing is for.
_BLESSING_BEFORE = frozenset(itertools.chain.from_iterable(
    (stem, stem + "لي", stem + "لنا") for stem in _BLESSING))


def _nationality(key: str) -> bool:
    """"السريلانكية", "الصومالي", "المغربية": a nationality that is no family name."""
    if key in _FOREIGN_NATIONALITY:
        return True
    return key.endswith("يه") and (key[:-1] in _FOREIGN_NATIONALITY
                                   or key[:-1] in _NISBA_NATIONALITY)


# A present-tense dialect verb after a name: "بيضحك", "بتشجعني", "بتعرف"; not "بيتها" (her house)
# nor "بتاعي" (mine).
_DIALECT_PRESENT = re.compile(r"^(?:بي|بت|كي|كت|ي)")
_NOT_DIALECT_VERB = re.compile(
    r"^(?:بيت|بتاع|بيان|بيرو|بيع|بين|بتول|يوم|يال|كيف|كيس|كيلو|يمين|يسار)")
# "جميلة كتير", "كريم جداً": an intensifier after an adjective-name shows the adjective.
_INTENSIFIER = _words("كتير كثير كثيرا كثيراً جدا جداً جدًا بزاف وايد واجد خالص قوي اوي أوي شديد "
                      "مرة مره بالحيل هواية كلش")
# After a relation an unlisted word of these shapes is what the person is, not who: participles
# ("مسافرة", "مختفي") and "-ان" adjectives ("زعلانة", "تعبان").
_PARTICIPLE = re.compile(r"^م..|انه?$")
_CUE_WORDS = _INTRO | _WEAK_INTRO | _TITLE | _ROLE | _KIN | _ADDRESS | (
    _GREETING - _words("النور"))
# Everyday-word names that are adjectives too: after a relation or inside a full name they are
# read as the adjective ("صديقتي جميلة", "جاري طيب معنا", "مريم سعيدة") unless a verb shows a
# person.
_ADJECTIVE_NAMES = _words(
    "طيب طيبة كريم كريمة سعيد سعيدة جميل جميلة لطيف لطيفة عزيز عزيزة ممتاز ممتازة تمام حسنا "
    "زين زينة أمين أمينة سليم سليمة نبيل نبيلة عادل عادلة ذكي ذكية شاطر شاطرة فرحان فرحانة "
    "آمنة آمن هادي هادئة صابر صابرة شجاع شجاعة وحيد وحيدة فريد فريدة راضي راضية نادر نادرة "
    "سالم سالمة صالح صالحة مسرور مسرورة غالي غالية حنون ودود وفية كامل كاملة منير منيرة "
    "ناعم ناعمة رزين رزينة صادق صادقة مرضي"
)
# Before an everyday-word name these show it is the word: "عندي أمل", "بكل سعادة", "الله كريم".
_NOT_A_PERSON_BEFORE = _words(
    "عندي عندنا عنده عندها عندك عندهم كل بكل الله ربي ربنا فيه فيها في من عن على الى إلى بدون "
    "مع لي لنا لك له لها أي اي أكثر اكثر أقل جدا يا شو كثير كتير بعض هذه هذا هاي هذي ذلك تلك "
    "كان كانت صار صارت يعطي يعطيك يعطيكم اعطى وين أين فقدت فقدنا ضاع ضاعت لقيت وجدت أشعر أحس "
    "حسيت شعرت بشعور شعور مليانة مليان كلها كله نعمة الحمد حمد"
)
# Written with a final "ى" these are prepositions, even if "علي" is a name: "شكراً على كل شيء".
_PREPOSITIONS_AS_TYPED = frozenset({"على", "علی", "إلى", "الى", "حتى", "متى", "لدى", "عليّ", "إليّ"})
# Streets, schools and mosques are named after people: "شارع الملك فيصل" is an address.
_PLACE_BEFORE = _words("شارع حي حارة ساحة دوار جادة طريق مخيم مطار مدرسة مستشفى جامع مسجد جامعة "
                       "شركة مؤسسة مركز مجمع بناية عمارة برج سوق مول ضاحية منطقة")
_HONORIFIC_IN_PLACE = _words("الملك الأمير الامام الإمام الشيخ السلطان الشهيد الرئيس الخليفة")

# Joined to a following word, these start a compound name: "عبد الله", "أبو بكر", "أم محمد".
_SERVANT = normalise("عبد")
_KUNYA = _words("أبو ابو أم ام ابن بن بنت بو")
# "بن"/"بنت": son or daughter of; "آل" (typed alone) and "آيت": family of, in the Gulf and
# among Amazigh names ("آل سعود", "آيت أحمد").
_LINEAGE = _words("بن بنت ابن ابنة آل آيت")
_AND = normalise("و")
# Second words of compounds with "ال" written apart: "نور الهدى", "فاطمة الزهراء", "علاء الدين".
_COMPOUND_SECOND = _words("الدين الهدى الزهراء الإسلام الإيمان الرحمن الحق الهادي")
# Surname shapes borrowed into Arabic script: Ukrainian, Russian, Polish and Persian endings.
_FOREIGN_SURNAME = re.compile(
    r"(?:ينكو|نكو|تشوك|تشينكو|سكي|سكا|وفا|يفا|وفيتش|يفيتش|فيتش|زاده|يان|اوغلو|اوف|ييف|ايف|سكو)$")
# Shapes of verbs and of words carrying a pronoun ("ساعدتني", "صبركم", "عندها"): not names.
_VERB_SHAPE = re.compile(r"(?:تني|وني|اني|ني|تنا|ونا|وا|هم|هن|كم|كن|تم|ها|تها|ته|وه)$")


# Names told from a word only by the letter folding would erase: typed with a final "ى" or "ء"
# they are names ("سلمى", "ليلى", "هناء"), typed with "ي" or without hamza they are words ("سلمي"
# greet, "ليلي" my night, "مني" from me, "هنا" here). They are looked up as typed.
_SPELLED_NAMES = frozenset({"سلمى", "ليلى", "لمى", "سهى", "نهى", "هناء", "سناء", "رجاء", "لبنى",
                            "يسرى", "سلوى", "نجوى", "رضوى", "بشرى", "هدى", "منى", "ندى", "ضحى",
                            "جنى", "رؤى", "الاء", "بهاء", "ولاء", "دعاء", "سماء", "صفاء",
                            "وفاء", "ثناء", "ربى"})
_SPELLED_EVERYDAY = frozenset({"هدى", "منى", "ندى", "ضحى", "بشرى", "جنى", "رؤى", "رجاء", "ولاء",
                               "دعاء", "سماء", "صفاء", "وفاء", "ثناء", "ربى"})
_FOLDED_WORDS = frozenset({"سلمي", "ليلي", "لمي", "سهي", "نهي", "هنا", "سنا", "رجا", "لبني",
                           "يسري", "سلوي", "نجوي", "رضوي", "بشري", "هدي", "مني", "ندي", "ضحي",
                           "جني", "روي", "الا", "بها", "ولا", "دعا", "سما", "صفا", "وفا",
                           "ثنا", "ربي"})


def _spelled(raw: str) -> tuple[int, str] | None:
    """Where a name that is one only as typed ("سلمى", "وليلى") starts in `raw`, and its form."""
    if raw[-1:] not in "ىءي" and not raw.endswith(("ى\u0640", "ء\u0640")):
        return None  # the cheap test: every such name ends in "ى" or "ء"
    for skip in range(3):
        rest = raw[skip:]
        if skip and (raw[skip - 1] not in _NAME_CLITICS or len(rest) < 2):
            break
        if rest.startswith("\u0640"):
            rest = rest[1:]
            skip += 1
        word = _MARKS.sub("", rest)
        if _PRESENTATION_FORM.search(word):
            word = unicodedata.normalize("NFKC", word)
        word = word.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ؤ", "و")
        if word in _SPELLED_NAMES:
            return skip, word
    return None


@cache
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], dict[str, int]]:
    spelled_listed = _SPELLED_NAMES - _SPELLED_EVERYDAY
    names = (wordlists.word_set("arabic_names") - _FOLDED_WORDS) | spelled_listed
    ambiguous = (wordlists.word_set("arabic_names_ambiguous") - _FOLDED_WORDS) | _SPELLED_EVERYDAY
    words = wordlists.word_set("arabic_words") | _FOLDED_WORDS
    longest: dict[str, int] = {}
    for entry in names | ambiguous:
        parts = entry.split()
        if len(parts) > 1:
            longest[parts[0]] = max(longest.get(parts[0], 1), len(parts))
    return names, ambiguous, words, longest


@cache
def _common_words() -> frozenset[str]:
    """Everyday words by frequency: they block unlisted words after weak cues, never names."""
    names, ambiguous, _, _ = _lists()
    return wordlists.word_set("arabic_common_words") - names - ambiguous


@dataclass(frozen=True, slots=True)
class _Word:
    start: int   # where the name would start: after a joined prefix ("و", "لـ")
    end: int
    key: str     # compared form of the word without its prefix
    full: str    # compared form of the word as typed
    whole_start: int
    raw: str


def _strip_clitic(raw: str, start: int, full: str) -> tuple[int, str] | None:
    """Offset and key of the word without a joined prefix ("وزينب" -> "زينب"), if it has one."""
    if len(full) < 4 or full[0] not in _NAME_CLITICS:
        return None
    cursor = 1
    if full[0] == "و" and full[1] in "بل" and len(full) >= 5:
        cursor = 2
    letters = 0
    for index, ch in enumerate(raw):
        if _MARKS.fullmatch(ch):
            continue
        letters += 1
        if letters > cursor:
            return start + index, full[cursor:]
    return None


def _tokenize(text: str) -> list[_Word]:
    names, ambiguous, words, _ = _lists()
    tokens: list[_Word] = []
    for match in _WORD.finditer(text):
        raw = match.group()
        if len(raw) > _WORD_LIMIT:
            continue
        full = normalise(raw)
        start, key = match.start(), full
        spelled = _spelled(raw)
        if spelled is not None:
            skip, form = spelled
            tokens.append(_Word(start + skip, match.end(), form, full if skip else form, start,
                                raw))
            continue
        if full not in names and full not in ambiguous and full not in words and not (
                _VERB_SHAPE.search(full) and not raw.endswith("ة")):
            # "وزينب", "لـأحمد"; never "فكروا" or "لسنا", which are words with their prefix.
            stripped = _strip_clitic(raw, match.start(), full)
            if stripped is not None and (stripped[1] in names or stripped[1] in ambiguous
                                         or stripped[1] in _KUNYA or stripped[1] == _SERVANT):
                start, key = stripped
        tokens.append(_Word(start, match.end(), key, full, match.start(), raw))
    return tokens


def _spaced(text: str, left: _Word, right: _Word) -> bool:
    return bool(_SPACE.fullmatch(text, left.end, right.whole_start))


def _is_break(text: str, tokens: list[_Word], index: int) -> bool:
    """True at the first word of the text or after sentence punctuation."""
    if index == 0:
        return True
    return bool(_BREAK.search(text, tokens[index - 1].end, tokens[index].whole_start))


def _title_key(token: _Word) -> str:
    """The title or role a word holds, a joined "ل" or "و" left out ("للأستاذة" -> "الأستاذة")."""
    full = token.full
    if full[:1] in _CLITICS and len(full) >= 4:
        rest = full[1:]
        if full[0] == "ل" and rest.startswith("ل"):
            rest = "ا" + rest
        if rest in _TITLE or rest in _ROLE or rest in _KIN:
            return rest
    return full


class _Context:
    """The tokens of one text and what each is: listed name, everyday-word name or neither."""

    def __init__(self, text: str, tokens: list[_Word]) -> None:
        self.text = text
        self.tokens = tokens
        self.names, self.ambiguous, self.words, self.longest = _lists()

    def listed(self, index: int) -> bool:
        return self.tokens[index].key in self.names

    def everyday(self, index: int) -> bool:
        return self.tokens[index].key in self.ambiguous

    def unknown_could_be_name(self, index: int, frequent_too: bool = True,
                              verb_shape_too: bool = True) -> bool:
        """An unlisted word after a strong cue: not an everyday word, not shaped like a verb.

        `frequent_too` also turns away words that are merely frequent ("امبارح" yesterday);
        after an introduction ("اسمي ...") it is off, since a famous name is frequent too.
        `verb_shape_too` turns away the shape of a present-tense verb ("تبحث"); it is off where
        what follows shows a person ("تيرهاس الإريترية").
        """
        token = self.tokens[index]
        key = token.key
        if key in self.words or token.full in self.words or len(key) < 4:
            return False
        if frequent_too and (key in _common_words() or token.full in _common_words()):
            return False
        if key.startswith("ال") or key.endswith("ت"):
            return False
        if _VERB_SHAPE.search(key) and not token.raw.endswith("ة"):
            return False  # a final "ة" is a noun's or a name's, never a verb's
        if key[0] in "وفب" or key.startswith(("لل", "لا", "عال", "عل")) or (
                key[0] == "ل" and key[1:] in self.words):
            return False  # "وجئت", "بالدورة", "للمنظمة", "عالاكل": a joined prefix on a word
        # Present-tense verbs: "تبحث", "يشتغل", "نحتاج", "أعرف".
        return not verb_shape_too or (
            not (key[0] in "يتن" and len(key) <= 6) and not (key[0] == "ا" and len(key) == 4))

    def compound_length(self, index: int) -> int:
        """Words taken by a compound name starting here ("عبد الرحمن", "أبو بكر"), else 0."""
        tokens = self.tokens
        key = tokens[index].key
        nxt = index + 1
        has_next = nxt < len(tokens) and _spaced(self.text, tokens[index], tokens[nxt])
        for size in range(min(self.longest.get(key, 1), len(tokens) - index), 1, -1):
            parts = tokens[index:index + size]
            if all(_spaced(self.text, a, b) for a, b in itertools.pairwise(parts)):
                phrase = " ".join(t.key for t in parts)
                if phrase in self.names or phrase in self.ambiguous:
                    return size
        if not has_next:
            return 0
        second = tokens[nxt].key
        if key == _SERVANT and (second.startswith("ال") or second in self.names):
            return 2
        if key in _KUNYA and key not in _LINEAGE and (
                second in self.names or second in self.ambiguous):
            return 2
        stem = second[2:]
        if key in _KUNYA and key not in _LINEAGE and second.startswith("ال") and (
                stem in self.names or stem in self.ambiguous or stem == _SERVANT):
            return 2  # "أبو العبد", "أم الخير": a kunya with a name made definite
        if second in _COMPOUND_SECOND and (key in self.names or key in self.ambiguous):
            return 2
        return 0

    def surname_like(self, index: int, loose: bool = False) -> bool:
        """A word that continues a name: listed, "ال"/"بن"/"بو" + listed, or a foreign ending.

        `loose` (the name is sure already) also takes everyday-word names that are no adjective:
        "محمد علي", "ليلى حداد", "سناء الخطيب"; never "مريم سعيدة".
        """
        token = self.tokens[index]
        key = token.key
        if token.start != token.whole_start:
            return False  # "ورقمي", "وأنا": a joined "و" starts a new phrase
        if _MARKS.sub("", token.raw) in _PREPOSITIONS_AS_TYPED or _nationality(key):
            return False  # "جمعة خان الأفغاني": the nationality is no part of the name
        if key in self.names:
            return True
        if loose and key in self.ambiguous and key not in _ADJECTIVE_NAMES and not (
                token.raw.endswith("ة") and not key.startswith("ال")):
            return True
        for prefix in ("ال", "بن", "بو", "ابو"):
            stem = key[len(prefix):]
            if key.startswith(prefix) and len(stem) >= 2 and (
                    stem in self.names or stem in self.ambiguous
                    or (stem.endswith("ي") and stem[:-1] in self.names)):
                return True
        if key.endswith("ي") and key[:-1] in self.names and len(key) >= 4:
            return True  # "أحمدي", "محمدي": a given name made a family name
        if self.nisba(index):
            return True  # "سامر الحموي", "ليلى الشمري": a family name from a place or a tribe
        return (len(key) >= 5 and key not in self.words and not key.startswith("ال")
                and bool(_FOREIGN_SURNAME.search(key)))

    def nisba(self, index: int) -> bool:
        """"الحموي", "السعدي": "ال" + a stem + "ي", the shape of most Arab family names.

        The frequent adjectives of that shape ("الماضي", "الطبي", "الاجتماعي") are in the
        everyday-word list, so they never continue a name.
        """
        token = self.tokens[index]
        key = token.key
        return (token.start == token.whole_start and key.startswith("ال") and key.endswith("ي")
                and len(key) >= 6 and key not in self.words and key not in _ROLE_ADJECTIVE
                and key not in _FOREIGN_NATIONALITY
                and not token.raw.endswith("ى") and not _VERB_SHAPE.search(key[2:]))

    def extend(self, first: int, last: int, loose: bool = True) -> int:
        """Index of the last word of the name that starts at `first` and has reached `last`."""
        tokens, text = self.tokens, self.text
        end = last
        cursor = last + 1
        while cursor < len(tokens) and cursor - first < MAX_NAME_WORDS:
            if not _spaced(text, tokens[cursor - 1], tokens[cursor]):
                break
            if tokens[cursor].start != tokens[cursor].whole_start:
                break
            key = tokens[cursor].key
            if key in _LINEAGE and cursor + 1 < len(tokens) and _spaced(
                    text, tokens[cursor], tokens[cursor + 1]):
                size = self.compound_length(cursor + 1) or 1
                if self.surname_like(cursor + 1, loose) or self.everyday(cursor + 1) or size > 1:
                    end = cursor + size
                    cursor = end + 1
                    continue
                break
            size = self.compound_length(cursor)
            if size:
                end = cursor + size - 1
                cursor = end + 1
                continue
            if self.surname_like(cursor, loose):
                end = cursor
                cursor += 1
                continue
            if self.everyday(cursor) and cursor + 1 < len(tokens) and self.surname_like(
                    cursor + 1) and _spaced(text, tokens[cursor], tokens[cursor + 1]):
                # "علي رضا أحمدي": an everyday-word name inside a full name.
                end = cursor + 1
                cursor += 2
                continue
            if loose and self.unlisted_surname(first, cursor):
                end = cursor  # "سامر قطيش": a family name nobody listed after a listed name
                cursor += 1
                continue
            break
        return end

    def unlisted_surname(self, first: int, index: int) -> bool:
        """A rare word after a listed given name that reads as its family name, not as a word.

        Only after a name that is nothing else ("سامر", "مريم", not "أمل"), and only a word that
        no frequency list knows, with no shape of a verb, a nationality or a cue.
        """
        token = self.tokens[index]
        if not self.listed(first) or token.full in _CUE_WORDS or _nationality(token.key):
            return False
        full = token.full
        if full in _PERSON_PAST or full in _PERSON_VERB or full in _PERSON_VERB_MORE or (
                full in _MEET or full in _PERSON_STATE or full in _NEGATION):
            return False
        if token.key.endswith(("نا", "و")):
            return False  # "ونادية رحنا", "جابو": a verb of "we" or "they" in dialect
        return self.unknown_could_be_name(index) and not _PARTICIPLE.search(token.key)

    def head_length(self, index: int) -> int:
        """Words of the name-like head at `index`: a compound, or one listed or unlisted word."""
        return self.compound_length(index) or 1


def _cue_before(ctx: _Context, index: int) -> str | None:
    """The kind of cue right before the word at `index`.

    intro, weak ("أنا"), title, listed-title ("عم"), kin, address, verb (the name is its
    subject), meet ("شفت"), meet-prep ("حكيت مع"), vocative ("يا"); None without one.
    """
    tokens, text = ctx.tokens, ctx.text
    token = tokens[index]
    if token.start != token.whole_start:
        # A joined "لـ"/"بـ": "شكراً لـأحمد", "قولي لـأحمد", "اتصلي بمريم", "حكيت لـوفاء".
        prefix = token.full[0]
        before = index - 1
        if prefix in "لب" and before >= 0 and _spaced(text, tokens[before], token):
            if tokens[before].full in _ADDRESS:
                return "address"
            if tokens[before].full in _MEET:
                return "meet-prep"
        if prefix == "و":
            return None
    before = index - 1
    if before < 0 or not _CUE_GAP.fullmatch(text, tokens[before].end, token.whole_start):
        return None
    previous = tokens[before]
    if previous.full in _ADDRESS_PREPOSITION and before >= 1 and tokens[before - 1].full in (
            _ADDRESS):
        return "address"
    if previous.full in _VOCATIVE or previous.full in _GREETING:
        return "vocative"  # "يا أم علي", "مرحبا رنا", "يعطيك العافية أبو محمود"
    if previous.full in _BLESSING_BEFORE and before >= 1 and tokens[before - 1].full in _GOD:
        return "address"  # "الله يحفظ ريم"
    if previous.full in _LISTED_TITLE:
        return "listed-title"
    if previous.full in _MEET_PREPOSITION and before >= 1 and tokens[before - 1].full in _MEET:
        return "meet-prep"
    if previous.full in _INTRO_FILLER and before >= 1 and tokens[before - 1].full in _INTRO:
        return "intro"
    key = _title_key(previous)
    if previous.full in _INTRO:
        return "intro"
    if previous.full in _WEAK_INTRO:
        return "weak"
    if key in _TITLE or key in _ROLE:
        return "title"
    if previous.full in _ROLE_ADJECTIVE and before >= 1 and (
            _title_key(tokens[before - 1]) in _ROLE):
        return "title"
    if key in _KIN:
        return "kin"
    if previous.full in _ADDRESS:
        return "address"
    if previous.full in _PERSON_VERB or (
            len(previous.full) >= 5 and previous.full.endswith("ني") and not ctx.listed(before)):
        return "verb"  # "رافقتني جنى", "ساعدتني أمل": the subject after its verb
    if previous.full in _PERSON_PAST and previous.full.endswith(("لي", "ني", "لنا", "تنا", "ونا")):
        return "verb"  # "كالتلي زهراء", "جابتلي أمل", "ساعدونا كريم ووفاء"
    if previous.full in _TO_ME and before >= 1 and (
            tokens[before - 1].full in _PERSON_VERB or tokens[before - 1].full in _PERSON_PAST):
        return "verb"  # "قالت لي ريما"
    if previous.full in _MEET:
        return "meet"
    return None


def _definite(token: _Word) -> bool:
    """A word with "ال", perhaps behind a joined "و", "ب", "ف" or "ل": "الجمعية", "والجمعية"."""
    full = token.full
    return full.startswith(("ال", "لل")) or (full[:1] in _CLITICS and full[1:].startswith("ال"))


def _construct_follows(ctx: _Context, index: int) -> bool:
    """"نور الشمس", "أمل حياتي": the everyday word is the head of a phrase, not a name.

    A word with "ال" or a possessive ending, that is no family name, makes the word before it
    the noun it is: "شفت نور الشمس", "يا فرحة قلبي".
    """
    tokens = ctx.tokens
    nxt = index + 1
    if nxt >= len(tokens) or not _spaced(ctx.text, tokens[index], tokens[nxt]):
        return False
    token = tokens[nxt]
    if token.start != token.whole_start or ctx.surname_like(nxt):
        return False
    key = token.key
    if key in _RELATIVE:
        return False
    if key.startswith("ال"):
        return True
    return (key in ctx.words or key in _common_words()) and key.endswith(
        ("ي", "نا", "ها", "ك", "هم", "ه"))


def _person_after(ctx: _Context, last: int) -> bool:
    """After the name: a relation, "اللي", or a verb of a person ("كانت", "بيضحك", "جابو")."""
    tokens, text = ctx.tokens, ctx.text
    nxt = last + 1
    if nxt >= len(tokens) or not _SPACE.fullmatch(text, tokens[last].end, tokens[nxt].whole_start):
        return False
    token = tokens[nxt]
    full = token.full
    if _title_key(token) in _KIN or full in _RELATIVE or full in _PERSON_VERB_MORE or (
            full in _PERSON_PAST):
        return True  # "وفاء بنت خالتي", "إيمان واختها", "سعيد اللي بالاستقبال", "بشرى ولدت"
    if full in _NEGATION and nxt + 1 < len(tokens) and _spaced(text, token, tokens[nxt + 1]) and (
            _verb_like(ctx, nxt + 1)):
        return True  # "حسن ما رد", "أمل ما جاتش"
    if token.start != token.whole_start or full in ctx.names or full in ctx.ambiguous:
        return False
    return (len(full) >= 5 and bool(_DIALECT_PRESENT.match(full))
            and not _NOT_DIALECT_VERB.match(full) and not full.endswith("ه"))


def _verb_like(ctx: _Context, index: int) -> bool:
    """A verb after a negation: listed, with the negation's "-ش" ("جاتش"), or a present form."""
    token = ctx.tokens[index]
    full = token.full
    if full in _PERSON_PAST or full in _PERSON_VERB or full in _PERSON_VERB_MORE or full in _MEET:
        return True
    if len(full) < 4 or full in ctx.names or full in ctx.ambiguous:
        return False
    if full.endswith("ش") and full not in ctx.words:
        return True
    return bool(_DIALECT_PRESENT.match(full)) and not _NOT_DIALECT_VERB.match(full)


def _blessing_after(ctx: _Context, last: int) -> bool:
    """"شما الله يعافيها", "أم علي ربي يحفظها": God's name and a blessing after the name."""
    tokens, text = ctx.tokens, ctx.text
    nxt = last + 1
    return (nxt + 1 < len(tokens) and tokens[nxt].full in _GOD
            and _SPACE.fullmatch(text, tokens[last].end, tokens[nxt].whole_start) is not None
            and _spaced(text, tokens[nxt], tokens[nxt + 1])
            and tokens[nxt + 1].full.startswith(_BLESSING))


def _cue_after(ctx: _Context, last: int) -> bool:
    """A role, a relation, a team or a verb of a person right after the name ending at `last`."""
    tokens, text = ctx.tokens, ctx.text
    nxt = last + 1
    if nxt >= len(tokens) or not _SPACE.fullmatch(text, tokens[last].end, tokens[nxt].whole_start):
        return False
    key = _title_key(tokens[nxt])
    if key in _AFTER_ROLE or key in _KIN or tokens[nxt].full in _PERSON_VERB or (
            tokens[nxt].full in _PERSON_STATE):
        return True  # "سعيد السواق", "كريم اخوي", "فرح بنتي", "أمل بخير", "فرح عمرها ١٢"
    if tokens[nxt].full in _PRONOUN and nxt + 1 < len(tokens) and (
            tokens[nxt + 1].full in _RELATIVE or tokens[nxt + 1].full in _PERSON_PAST):
        return True  # "مها هي اللي دلتني", "ناصر هو قال"
    if _nationality(tokens[nxt].key) or _blessing_after(ctx, last):
        return True  # "نيروشا السريلانكية", "شما الله يعافيها"
    return (tokens[nxt].full in _TEAM_PREPOSITION and nxt + 1 < len(tokens)
            and tokens[nxt + 1].full in _TEAM)


def _ends_phrase(ctx: _Context, last: int) -> bool:
    """Nothing, punctuation, "من" or an "و"-clause follows: "أنا آمنة سروة من غانا"."""
    tokens = ctx.tokens
    nxt = last + 1
    if nxt >= len(tokens) or _BREAK.search(ctx.text, tokens[last].end, tokens[nxt].whole_start):
        return True
    return tokens[nxt].full == normalise("من") or tokens[nxt].full.startswith(_AND)


def _joined_to_name(ctx: _Context, last: int, loose: bool = False) -> bool:
    """"أمل وخديجة": joined by "و" to a listed name, or to an everyday-word name that a verb of
    a person follows ("منى ووفاء جابوا لنا أكل"); `loose` (a verb before shows people) takes
    any everyday-word name ("ساعدونا كريم ووفاء")."""
    tokens = ctx.tokens
    nxt = last + 1
    if nxt >= len(tokens) or not _spaced(ctx.text, tokens[last], tokens[nxt]):
        return False
    token = tokens[nxt]
    if token.full == _AND and nxt + 1 < len(tokens) and _spaced(ctx.text, token, tokens[nxt + 1]):
        nxt += 1
    elif not (token.start != token.whole_start and token.full[0] == _AND):
        return False
    if ctx.listed(nxt):
        return True
    return ctx.everyday(nxt) and (loose or _person_after(ctx, nxt) or _cue_after(ctx, nxt))


def _from_somewhere(ctx: _Context, last: int) -> bool:
    """"من" and a word without "ال" follow: "أنا رامش من نيبال", not "أنا خائفة من الشرطة"."""
    tokens = ctx.tokens
    nxt = last + 1
    return (nxt + 1 < len(tokens) and tokens[nxt].full == normalise("من")
            and _spaced(ctx.text, tokens[last], tokens[nxt])
            and not tokens[nxt + 1].full.startswith("ال")
            and tokens[nxt + 1].full not in ctx.words)


def _weak_intro(ctx: _Context, last: int, extended: int) -> int | None:
    """After "أنا": a name, a surname, then a stop: "أنا آمنة سروة من غانا", not "أنا آمنة هنا"."""
    tokens = ctx.tokens
    if extended == last and last + 1 < len(tokens) and _spaced(
            ctx.text, tokens[last], tokens[last + 1]) and ctx.unknown_could_be_name(last + 1):
        extended = last + 1
    return extended if extended > last and _ends_phrase(ctx, extended) else None


def _in_place_name(ctx: _Context, index: int) -> bool:
    """"شارع الحواش", "مدرسة الملك فيصل": the name of a place, not of a person."""
    tokens = ctx.tokens
    before = index - 1
    if before >= 0 and tokens[before].full in _HONORIFIC_IN_PLACE:
        before -= 1
    return before >= 0 and _title_key(tokens[before]) in _PLACE_BEFORE


def _accept(ctx: _Context, index: int, size: int, cue: str | None, after_name: bool) -> int | None:
    """Index of the last word of the name starting at `index`, or None when it is no name."""
    tokens = ctx.tokens
    last = index + size - 1
    token = tokens[index]
    if _MARKS.sub("", ctx.text[token.start:token.end]) in _PREPOSITIONS_AS_TYPED or (
            _in_place_name(ctx, index)):
        return None
    if size == 1 and (_title_key(token) in _CUE_WORDS or token.full in _CUE_WORDS):
        return None  # "صديقي بلال": the relation is no part of the name
    if token.key in _GREETING_HEAD and last + 1 < len(tokens) and _spaced(
            ctx.text, token, tokens[last + 1]) and tokens[last + 1].key in _GREETING_SECOND:
        return None  # "صباح الخير", "صباح النور": a greeting
    if size == 1 and token.key in _WORDY_NAMES and cue not in _STRONG_CUES and (
            _reads_as_word(ctx, index)):
        return None  # "حسن المعاملة", "الوضع محمود"
    if token.full in ctx.words and token.key == token.full and size == 1 and not (
            ctx.everyday(index) or ctx.listed(index)):
        return None
    listed = size > 1 or ctx.listed(index)
    everyday = not listed and ctx.everyday(index)
    if listed:
        return ctx.extend(index, last)
    if everyday:
        sure = ctx.extend(index, last, loose=False)
        if token.key.startswith("ال"):
            # "السيد الخطيب" is a person, "الخياط قال" is the tailor.
            return ctx.extend(index, last) if cue in ("intro", "title") else None
        adjective = token.key in _ADJECTIVE_NAMES
        if adjective and last + 1 < len(tokens) and tokens[last + 1].full in _INTENSIFIER:
            return None  # "الممرضة جميلة كتير": the adjective, whatever came before
        if cue in ("intro", "title", "address", "listed-title") or after_name:
            return ctx.extend(index, last)
        if cue in ("kin", "verb") and (not adjective or _joined_to_name(ctx, last, loose=True)):
            return ctx.extend(index, last)  # "ساعدتني أمل", "ساعدونا كريم ووفاء"
        if cue == "vocative":
            # "يا صابر تعال", never "يا رب", "يا كريم", "يا سلام" or "يا نور عيني"
            if token.key in _VOCATIVE_NOT_A_NAME or _construct_follows(ctx, last):
                return None
            return ctx.extend(index, last)
        if cue in ("meet", "meet-prep") and (not adjective or cue == "meet-prep") and not (
                _construct_follows(ctx, last)):
            return ctx.extend(index, last)  # "شفت نور بالممر", "حكيت مع سعيد"
        if cue == "weak":
            if not adjective and _from_somewhere(ctx, last):
                return last  # "أنا أمل من سوريا"
            return _weak_intro(ctx, last, sure)
        if sure > last:
            return ctx.extend(index, last)  # "أمل الحسن": a family name follows
        previous = tokens[index - 1] if index > 0 else None
        at_break = _is_break(ctx.text, tokens, index)
        if previous is not None and not at_break and previous.full in _NOT_A_PERSON_BEFORE:
            return None
        after_noun = previous is not None and not at_break and _definite(previous)
        if adjective and after_noun:
            return None  # "صاحب البيت كريم", "الدورة جميلة": the adjective of the noun before
        if _construct_follows(ctx, last) and not _cue_after(ctx, last):
            return None  # "نور الشمس", "رحمة ربنا"
        if _cue_after(ctx, last) or _joined_to_name(ctx, last):
            return last
        if _person_after(ctx, last) and not after_noun:
            return last  # not "الجمعية ديما كتسول" (Moroccan "always")
        return None
    extended = ctx.extend(index, last)
    if cue == "title" and _title_key(tokens[index - 1]) in _TITLE and ctx.nisba(index):
        return extended  # "الدكتورة السعدي": a family name alone after a title
    if cue in ("vocative", "listed-title"):
        return None  # "يا جماعة", "عم اشتغل": only listed names there
    if _is_break(ctx.text, tokens, index) and last + 1 < len(tokens) and _spaced(
            ctx.text, tokens[last], tokens[last + 1]) and _nationality(tokens[last + 1].key) and (
            ctx.unknown_could_be_name(index, verb_shape_too=False)):
        return last  # "تيرهاس الإريترية": a nationality after a word nobody listed
    # Past this point the word is neither listed nor frequent: a rare word after a cue is far
    # more often a name nobody listed than an everyday word.
    if not ctx.unknown_could_be_name(index, frequent_too=cue != "intro"):
        return None
    if cue in ("intro", "title", "address", "meet-prep"):
        return extended
    if cue == "kin" and not _PARTICIPLE.search(tokens[index].key) and (
            _cue_after(ctx, last) or _ends_phrase(ctx, last) or extended > last):
        return extended  # "صديقتي ريتال من حلب", not "صديقتي مسافرة هلق"
    if cue == "meet" and not _construct_follows(ctx, last) and not (
            tokens[index].key.endswith(("ي", "ها", "نا", "ك", "ه"))):
        return extended  # "شفت سمهر بالسوق"; not "شفت ملفي" (my file)
    if after_name and (_person_after(ctx, last) or _cue_after(ctx, last)
                       or _ends_phrase(ctx, last)):
        return extended  # "ماريبل وجوسلين كانوا": joined by "و" to a name before
    if _is_break(ctx.text, tokens, index) and _joined_to_name(ctx, last):
        return extended  # "سمهر وأبرهت": joined by "و" to a listed name after
    if _is_break(ctx.text, tokens, index) and _person_after(ctx, last):
        return extended  # "سمهر كانت معي", "أبرهت اللي بالغرفة"
    if extended > last and tokens[last + 1].key in _LINEAGE:
        return extended  # "سروة بنت أحمد": a lineage shows the word before is a name
    if _is_break(ctx.text, tokens, index) and _cue_after(ctx, last) and (
            tokens[last + 1].full in _TEAM_PREPOSITION or extended > last
            or tokens[last + 1].full in _PERSON_VERB or _nationality(tokens[last + 1].key)
            or _title_key(tokens[last + 1]) in _ROLE or _blessing_after(ctx, last)):
        return extended  # "رامش من المجموعة النيبالية أوصلني", "جيهان قالت لي"
    if cue == "weak" and _from_somewhere(ctx, last):
        return last  # "أنا رامش من نيبال"
    return None


# Cues after which a listed name is a name whatever its sense: "الأستاذ حسن", "شفت ناصر".
_STRONG_CUES = frozenset({"intro", "title", "kin", "address", "vocative", "listed-title",
                          "meet-prep", "meet", "verb"})


def _reads_as_word(ctx: _Context, index: int) -> bool:
    """A wordy name read as its sense: a noun after it ("حسن المعاملة"), a definite noun before it
    ("الوضع محمود"), "ولا" and a word after it ("ناصر ولا معين"), or "كان", "بكل" before it."""
    tokens, text = ctx.tokens, ctx.text
    nxt = index + 1
    if nxt < len(tokens) and _spaced(text, tokens[index], tokens[nxt]):
        following = tokens[nxt]
        if (following.start == following.whole_start and following.key.startswith("ال")
                and not ctx.surname_like(nxt, loose=True) and not _cue_after(ctx, index)):
            return True
        if following.full in _NOR and nxt + 1 < len(tokens) and not ctx.listed(nxt + 1):
            return True
    if _is_break(text, tokens, index):
        return False
    previous = tokens[index - 1]
    if previous.full in _WORDY_BEFORE:
        return True
    return (_definite(previous) and _title_key(previous) not in _CUE_WORDS
            and not _person_after(ctx, index) and not _cue_after(ctx, index))


def _follows_by_and(ctx: _Context, previous_last: int, index: int) -> bool:
    """"خديجة وزينب", "مريم و سارة": the word at `index` is joined by "و" to the name before."""
    tokens, text = ctx.tokens, ctx.text
    token = tokens[index]
    if previous_last == index - 1:
        return (token.start != token.whole_start and token.full[0] == _AND
                and _spaced(text, tokens[previous_last], token))
    return (previous_last == index - 2 and tokens[index - 1].full == _AND
            and _spaced(text, tokens[previous_last], tokens[index - 1])
            and _spaced(text, tokens[index - 1], token))


def _latin_words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Arabic typed in Latin letters and digits ("arabizi": 3 for ع, 7 for ح, 2 for ء): "esmi samira",
# "el m7amiya nadia", "shukran la ustaza rana". Lower case is the rule there, so only these cues
# make the next word a name.
_ARABIZI_CUE = re.compile(
    r"(?<![\w])(?:(?:ana[ \t]+)?(?:esmi|ismi|esmy|ismy|asmi|smiti|esmha|ismha|esmo|ismo|esmu|"
    r"esmou|esmak|esmik)|(?:el|l|al)?[ \t-]?(?:ustaz|ustaza|ostaz|ostaza|ustadha|doktor|"
    r"doktora|doctora|m7amiya|mo7amiya|m7ami|mo7ami|mou7amiya|motarjim|motarjima|mutarjim|"
    r"mutarjima|mtarjma|moutatawi3a|mutatawi3a|mutatawe3|sayed|sayeda|sayyida|sitt|oukht|ukht|"
    r"7ajja|hajja|7ajj|hajj|sheikh|shaykh|moshrifa|mushrifa|mumarida|momarida)|"
    r"ukhti|o5ti|okhti|akhi|a5i|a5oui|sadi2ti|sadi2i|sadiqti|sadiqi|sa7bti|sa7bi|jarti|jarna|"
    r"jaritna|bnti|binti|ibni|ebni|zawji|zoji|jozi|mrati|khalti|5alti|3ammi|3amti|"
    r"(?:shukran|shokran|choukran|chokran|merci)[ \t]+(?:la|li|l)|(?:2oli|2ouli|2ol|qoli|9oli|"
    r"9olilha|2olo)[ \t]+(?:la|li|l)|s2al|is2al|es2al|es2ali|is2ali)[ \t]+",
    re.IGNORECASE,
)
_ARABIZI_HINT = re.compile(r"(?i)(?:esm|ism|smiti|ukht|o5t|okht|akh|a5|sadi|sa7b|jar|bnt|bint|ibn|"
                           r"ebn|zaw|zoj|joz|mrat|khal|5al|3am|ust|ost|dok|doc|m7a|mo7|mou7|mot|"
                           r"mut|mta|mou|say|sitt|7aj|haj|she|sha|mos|mus|mum|mom|sho|cho|mer|"
                           r"2o|qo|9o|s2|is2|es2)")
_ARABIZI_WORD = re.compile(r"[A-Za-z][a-z]{2,}(?:[ \t]+[A-Z][a-z]{2,})?")
# Arabizi words a cue may be followed by that name no one: "el m7amiya kanet", "ukhti fel sham".
_ARABIZI_WORDS = _latin_words(
    "kan kanet kant kanat kano hiya huwa howa hia hya ma mesh mish msh mush bas bs w wa fi fel "
    "f el al l men min mn 3nd 3and 3andi 3endi ma3i ma3aya ma3ana m3ana ma3na ktir kter kteer "
    "mni7 mni7a mumtaz mumtaza mumtazeh helwe helwa 7elwe 7elwa kwayes kwayesa kwayyes zina "
    "zwina sa3detni sa3adni sa3dtni 3alamatni 3alamni 2alet 2al qalet qal galet gal the and "
    "was is from sabra sabour jdida jdid jadida jdide kbira kbir sghira sghir mri9a mrida "
    "mareed mareeda t3bana ta3bana fi lbit ila 3la 3ala 3an")


# A digit inside a Latin word ("m7amiya", "sa3detni", "2oli"): Arabic typed in Latin letters.
_ARABIZI_DIGIT = re.compile(r"[A-Za-z][235679][A-Za-z]|(?<![\w])[235679][a-z]{2,}")


def language_hint_arabizi(text: str, language: str = "ar") -> bool:
    """Cheap test before the arabizi cues run: an Arabic answer, or a digit inside a Latin word,
    and a cue's first letters ("la doctora porque..." in a Spanish answer is Spanish)."""
    if language != "ar" and not _ARABIZI_DIGIT.search(text):
        return False
    return bool(_ARABIZI_HINT.search(text))


def _arabizi_names(text: str) -> Iterator[Span]:
    """Names after an arabizi cue: "esmi samira", "el m7amiya nadia"."""
    for cue in _ARABIZI_CUE.finditer(text):
        word = _ARABIZI_WORD.match(text, cue.end())
        if word is None:
            continue
        parts = word.group().split()
        if parts[0].casefold() in _ARABIZI_WORDS or _ARABIZI_CUE.match(text, word.start()):
            continue  # "shukran la ustaza rana": the title is the next cue, not a name
        if len(parts) > 1 and parts[1].casefold() in _ARABIZI_WORDS:
            yield Span("name", word.start(), word.start() + len(parts[0]))
            continue
        yield Span("name", word.start(), word.end())


def find_arabic_names(text: str, language: str = "ar") -> Iterator[Span]:
    """Yield names written in Arabic script; titles, relations and joined prefixes stay outside."""
    # Answers mix scripts and languages: an Arabic name in a French answer counts, whatever the
    # language; only Arabic typed in Latin letters needs an Arabic answer or arabizi digits.
    if not isinstance(text, str):
        return
    if language_hint_arabizi(text, language if isinstance(language, str) else "ar"):
        yield from _arabizi_names(text)
    if not _ARABIC_LETTER.search(text):
        return
    tokens = _tokenize(text)
    if not tokens:
        return
    ctx = _Context(text, tokens)
    index, previous_last = 0, None
    while index < len(tokens):
        after_name = previous_last is not None and _follows_by_and(ctx, previous_last, index)
        size = ctx.head_length(index)
        cue = _cue_before(ctx, index)
        if tokens[index].start != tokens[index].whole_start and not (
                ctx.listed(index) or ctx.everyday(index) or size > 1):
            size = 0  # "ورقمي": a joined prefix on a word that is no name
        last = _accept(ctx, index, size, cue, after_name) if size else None
        if last is None:
            index += 1
            continue
        yield Span("name", tokens[index].start, tokens[last].end)
        previous_last = last
        index = last + 1
