# ruff: noqa: RUF001  (Arabic letters are the point of this module)
"""The words around an Arabic name: introductions, titles, roles, relations, states of a person
(its verbs are in `verbs`).

Each set is kept in the compared form `script.normalise` gives, so "الأستاذة" and "الاستاذه" are
one word. `names` says how each set is used.
"""

from __future__ import annotations

import itertools
import re

from feedback_app.theming.arabic.script import normalise, word_forms

_NICKNAMING = ("بيسموه بيسموها يسموه يسموها سموه سموها يسمونه يسمونها ينادوه ينادوها لقبه لقبها "
               "لقبو كيسميوه كيسميوها كيعيطو كيعيطولها "
               # and of me: "كانوا ينادوني السمرا", "سموني الحلوة"
               "ينادوني ينادونني بينادوني بينادونني سموني يسموني بيسموني يسمونني لقبوني "
               "يلقبوني كيسميوني كيعيطولي")
# Introductions: a name follows, listed or not.
INTRO = word_forms("اسمي إسمي اسمى اسمها اسمه اسمو اسموه اسمهم اسمك إسمها إسمه سموني يسمونني "
                   "ينادونني ينادوني يدعى تدعى أدعى ادعى المدعو المدعوة تسمى يسمى سمتني "
                   "بينادوني بينادونني بينادولي بيسموني بيسمونى بيقولولي بتنادي بنادي ينادونها "
                   "ينادونه بينادوها بينادوه اسمهاش اسموا اسمه اسمهن نسميها نسميه نناديها "
                   # "they call him", "his nickname", Gulf "يسمونه", Maghreb "سميتي", "سميتها"
                   "سميتي سميتها سميتو سميتك " + _NICKNAMING)
# "بيسموه الأسمر": they call him, his nickname; a word with "ال" after them is a nickname.
NICKNAME_INTRO = word_forms(_NICKNAMING)
# "هاد اسمو عنصرية": after "this", an introduction names a thing, not a person.
DEMONSTRATIVE = word_forms("هاد هادا هادي هاذا هذا هذه هذي هيدا هيدي هيك ده دي هاي هذاك")
# "الجمعية اسمها النور", "المشروع اسمه أمل": a place or a programme named, not a person.
NAMED_THING = word_forms("المشروع البرنامج الشركة المحل المطعم الفندق المكان الكورس الصف البلد "
                         "الضيعة القرية المدينة الحي الشارع التطبيق الموقع الصفحة الكتاب الفيلم "
                         "مشروع برنامج شركة محل مطعم")
# Words that may sit between an introduction and the name: "اسمي هو أحمد".
INTRO_FILLER = word_forms("هو هي كان كانت الكامل الحقيقي الأول الثلاثي بالكامل الكاملة الحقيقية "
                          "الأولى الثلاثية الرسمي الرسمية بالعربي")
# "أنا نور وعمري ٢٢": after "I am" and a name, "and" and my age, my children, my origin.
AND_ABOUT_ME = word_forms("عمري وعمري عندي وعندي معي ومعي جيت وجيت اجيت أصلي اصلي وأصلي")
# "أنا X": a name only when what follows looks like a surname and a stop ("أنا آمنة سروة من غانا").
WEAK_INTRO = word_forms("أنا انا آنا")
# Titles and roles (with or without "ال", masculine and feminine).
TITLE = word_forms(
    "الأستاذ الأستاذة أستاذ أستاذة استاذ استاذة الدكتور الدكتورة دكتور دكتورة د السيد السيدة "
    "سيد سيدة السيده الآنسة آنسة الأخ الأخت الشيخ الشيخة شيخ الحاج الحاجة حاج حاجة الحجي حجي "
    "الست ست مدام المدام المهندس المهندسة الأب القس الكابتن كابتن الأبلة أبلة عمو خالو طنط "
    "خالة الخالة العمة الإمام الأم الأخوات الحجة الحاجه الاستاذه الدكتوره السيدة الأنسة الانسه "
    # Dialect and borrowed titles: Maghreb "السي", "لالة", "مولاي"; Kurdish "كاك"; Persian and
    # Dari "خانم", "آغا"; Egyptian "باشمهندس", "أبلة"; Iraqi and Gulf "حجية", "ملا".
    "السي لالة للا مولاي كاك كاكا كاكه خانم خانوم خانمة آغا آقا اغا الحجية حجية باشمهندس "
    "داكتر الداكتر الدكتورا استاد الأستاد انجنیر ملا الملا المعلم سيدي ستي تيتا عمتو خالتو "
    "الباشمهندس الأبلة "
    # Sudanese "الحبوبة" (grandmother), Egyptian "الأسطى", the sister or nurse "سيستر"
    "الحبوبة حبوبة الحبوبه الأسطى الاسطى اسطى سيستر السيستر"
)
# "سعادة السفير", "معالي الوزير": an honorific before a high office, never a name.
HONORIFIC = word_forms("سعادة معالي فخامة سمو حضرة")
HIGH_OFFICE = word_forms(
    "السفير السفيرة الوزير الوزيرة الرئيس الرئيسة القنصل القنصلة المحافظ المحافظة النائب "
    "النائبة العميد اللواء العقيد الأمير الأميرة الملك الملكة الباشا البيك السلطان المطران "
    "القاضي القاضية المستشار المستشارة")
# Short titles that are everyday words too ("عم" is also "-ing" in the Levant: "عم اشتغل"): they
# take a listed name or an everyday-word name, never an unlisted word.
LISTED_TITLE = word_forms("عم عمو سي ست بيبي")
ROLE = word_forms(
    "المحامي المحامية محامي محامية المترجم المترجمة مترجم مترجمة المتطوع المتطوعة متطوع متطوعة "
    "الأخصائي الأخصائية أخصائي أخصائية الاخصائية المشرف المشرفة مشرف مشرفة الممرض الممرضة ممرض "
    "ممرضة الطبيب الطبيبة المعالج المعالجة المرشد المرشدة المدرب المدربة المدرس المدرسة المعلم "
    "المعلمة الموظف الموظفة المسؤول المسؤولة المدير المديرة المنسق المنسقة الباحث الباحثة "
    "العامل العاملة القاضي القاضية الشرطي الشرطية الضابط الضابطة السائق الطباخ الطباخة "
    "المساعد المساعدة المستشار المستشارة الوسيط الوسيطة الحارس الحارسة المربية الداعمة "
    "محاميتي مترجمتي مشرفتي مرشدتي معلمتي مدربتي أستاذتي طبيبتي دكتورتي ممرضتي أخصائيتي "
    "مديرتي مسؤولتي معالجتي محاميي مترجمي مشرفي مرشدي معلمي مدربي أستاذي طبيبي دكتوري "
    # Dialect roles: the driver, the doorman, the guard, the sponsor of a work visa
    "السواق سواق الشوفير شوفير البواب بواب الكفيل كفيل الكفيلة الناطور الخدامة الشغالة "
    # Who survivors meet on the way out: the investigator, the officer, the cook and the chef,
    # the receptionist, the pharmacist, the midwife, the nun and the priest, the caseworker.
    "المحقق المحققة محقق محققة المفتش المفتشة العسكري الشيف شيف الطباخ المحاسب المحاسبة "
    "الصيدلي الصيدلانية القابلة الداية الراهبة الخوري القسيس الكاهن المندوب المندوبة "
    "الحاضنة المربي المعلمه الموجه الموجهة المستقبلة المناوب المناوبة المرافق المرافقة "
    "السكرتيرة السكرتير المحامى "
    # and who sold or brought them: the contractor, the broker, the smuggler, the agent
    "المقاول المقاولة السمسار السمسارة المهرب المهربة الوكيل الوكيلة التاجر المعلم"
)
# Adjectives that may follow a role before the name: "الأخصائية الاجتماعية ليلى".
ROLE_ADJECTIVE = word_forms(
    "الاجتماعي الاجتماعية النفسي النفسية القانوني القانونية الجديد الجديدة الطبي الطبية "
    "الأول الأولى الثاني الثانية المسؤول المسؤولة الرئيسي الرئيسية المتطوع المتطوعة الشاب "
    "الشابة الحلوة اللطيف اللطيفة الطيبة الطيب الكبيرة الصغيرة"
)
# Relations: "ابنتي هبة", "صديقتي ريم", "جارتنا أم محمد".
KIN = word_forms(
    "ابني ابنتي إبني بنتي ولدي زوجي زوجتي جوزي مرتي أختي أخي اخوي خيي أخوي أمي أبي أبوي بابا "
    "ماما صديقي صديقتي صاحبي صاحبتي رفيقي رفيقتي جاري جارتي جارنا جارتنا خالتي عمتي عمي خالي "
    "جدتي جدي حفيدي حفيدتي طفلي طفلتي خطيبي خطيبتي زميلي زميلتي زميلتنا زميلنا صديقتنا صديقنا "
    "أخونا أختنا زوجها زوجته ابنها ابنه بنتها بنته أختها أخته أخوها أمها أمه ابن بنت حماتي "
    "كنتي سلفتي صحبتي حبيبتي حبيبي خويا خويه خوي ختي خيتي راجلي راجلها مراتي مرتو جوزها "
    "اختها اخته اخوها اخوه أختها أخته مرته مرتها ولدها ولده "
    # Plurals and dialect forms: "ضحى وسلام خواتي", "بنات خالتي", Gulf "ربيعي", Iraqi "بنيتي"
    "خواتي اخواتي أخواتي اخوتي إخوتي ولادي أولادي بناتي عيالي صحابي صحاباتي صاحباتي صحباتي "
    "جيراني ربيعي ربيعتي بنيتي وليدي خويتي نسيبي نسيبتي حبوبتي اخويا ابويا ستي تيتا جدو "
    # Iraqi and Gulf "my brother", "my sister": "اخوية علاوي", "اختية"
    "اخوية اخويه خوية اختية اختيه "
    # the husband, wife or family of someone: "عماد زوج اختي", "مرت أبو سمير", "جوز أمل"
    "زوج زوجة جوز مرت مرات أهل اهل"
)
# "رقم أمل", "تلفون نور": someone's phone; the word after is its owner.
PHONE_OF = word_forms("رقم تلفون تليفون موبايل جوال واتس واتساب "
                      # and someone's case, file and papers: "ربح قضية نسيم", "ملف وسام"
                      "قضية ملف أوراق اوراق جواز باسبور")
# "زوجي السابق ماهر", "بنتي الكبيرة رهف": an adjective between the relation and the name.
KIN_ADJECTIVE = word_forms("السابق السابقة الأول الأولى الاول الاولى الثاني الثانية التاني "
                           "التانية الكبير الكبيرة الصغير الصغيرة الكبرى الصغرى الوسطى الحالي "
                           "الحالية القديم القديمة الجديد الجديدة")
# Verbs of address: "اسأل أبو بكر", "شكراً لـرنا", "قولي لـأحمد", "كلمي مريم".
ADDRESS = word_forms(
    "اسأل اسألي اسألوا سألت اسال اسالي قل قولي قولوا قلت قلتلها قلتله شكرا شكراً شكرًا شكر "
    "أشكر اشكر نشكر أشكرك كلم كلمي كلموا كلمت اتصلي اتصل اتصلوا بلغي بلغ "
    "أرسلي ارسلي اطلبي اطلب راجعي راجع شوفي شوف خبري خبروا "
    # Dialect and thanks: "قوليلها", Moroccan "گولي", "مرسي لـ", "مشكورة نورة", "تسلمي"
    "قوليلها قوليله قولها قوله گولي گولو كولي كولو عيطي عيط عيطو ناديلي ناديلها "
    "بلغيها مرسي ميرسي مشكور مشكورة مشكورين ممنون ممنونة تسلم تسلمي يسلمو تسلمين "
    "تحية تحياتي سلامي سلملي سلميلي سلمولي بوسيلي"
)
# Cue words whose clitic "ل" or "بـ" joined to the name is theirs, not the name's.
ADDRESS_PREPOSITION = word_forms("ل لـ ب بـ مع على")
# "اسألوا عني بشرى": ask someone about me or us (not "قلت عنه كريم", "I said he was kind").
ABOUT = word_forms("عني عنا")
ASK = word_forms("اسأل اسألي اسألوا اسال اسالي اسالو سألت سالت سألنا نشدت سقسيت سقسي سقسيو "
                 "خبري خبروا بلغي بلغوا")
# Right after a name: a role or a relation ("سعادة المتطوعة", "أم محمد جارتنا").
AFTER_ROLE = ROLE | word_forms(
    "جارتنا جارتي جاري جارنا صديقتي صديقي زميلتي زميلي صديقتنا أختنا أخونا المسؤولة المسؤول "
    "صاحب صاحبة "
    # a role in construct with what it is in charge of: "ربيع مسؤول السكن", "منى مشرفة الدار"
    "مسؤول مسؤولة مشرف مشرفة منسق منسقة مدير مديرة موظف موظفة رئيس رئيسة مترجم مترجمة "
    "حارس حارسة سواق سايق "
    # several of them: "ديما ورزان المتطوعات", "سناء ورنا المحاميات"
    "المتطوعات المتطوعين المشرفات المشرفين الموظفات الموظفين المحاميات المحامين المترجمات "
    "الممرضات المعلمات الأخصائيات الاخصائيات المدربات الطباخات الحارسات"
)
# "خلتني اكمل", "خليني اروح": after letting someone, a verb follows, never a name ("أكمل").
CAUSATIVE = word_forms("خلاني خلتني خلوني خليني خليتني خلونا خلتنا خلانا خلاها خلاه خليها خليه "
                       "خلوها خلوه خلي خلى بدي لازم رح")
# Programmes and organisations that help survivors, read as people by the verbs after them
# ("كاريتاس ساعدونا").
ORGANISATION = word_forms("كاريتاس اليونيسف يونيسف اوكسفام أوكسفام الأونروا الاونروا اونروا "
                          "اليونيسيف الصليب الهلال")
# "وايميلي hala@...": my email, not Emily, when an address follows.
MY_CONTACT = word_forms("ايميلي ايميلها ايميله ايميلك ايميلنا إيميلي")
# Forms of "على" after a present verb: "بدور عليكي" (I look for you), never the name "Budur".
ON_FORMS = word_forms("على علي عليكي عليك عليه عليها عليهم عليكم علينا عليا")
# "كريم الشب اللي بالمكتب": a person after the name, then "اللي" or a verb.
PERSON_NOUN = word_forms("الشب الشاب الزلمة الزلمه الرجال الرجل الراجل الولد البنت الصبية الست "
                         "المرا المرة الختيار الختيارة العجوز الحرمة الطفل الطفلة البنية")
# "of": "المعلمة تبعنا رولا", "السيدة ديال الجمعية حنان", "المشرفة بتاعتنا هند": whose the
# person is, between the role and the name.
OF = word_forms("تبع تبعنا تبعي تبعها تبعه تبعت تبعتنا تبعتي ديال ديالنا ديالي ديالها بتاع "
                "بتاعت بتاعة بتاعنا بتاعتنا بتاعي بتاعتي حق حقنا حقي حقت متاع متاعنا نتاع")
# "X من فريق التواصل", "X من المنظمة": a team or a place of work after "من" or "في".
TEAM = word_forms(
    "فريق الفريق منظمة المنظمة جمعية الجمعية مكتب المكتب مركز المركز البلدية بلدية الملجأ ملجأ "
    "السكن الإدارة إدارة المجموعة مجموعة قسم القسم الصليب المفوضية مفوضية الاستقبال المطبخ "
    "المستشفى مستشفى العيادة عيادة الكنيسة المسجد الجامع الشرطة المحكمة المدرسة مدرسة الدورة "
    "الهلال المنظمه البيت الدار دار"
)
TO_ME = word_forms("لي لنا ل لـ لينا ليا إلي")
TEAM_PREPOSITION = word_forms("من في بـ ب")
# After "يا": a name ("يا أم علي", "يا صابر"), unless the word is one of God's names or an
# exclamation: "يا رب", "يا كريم", "يا سلام", "يا حرام", "يا ريت".
VOCATIVE = word_forms("يا يَا ياا")
VOCATIVE_NOT_A_NAME = word_forms(
    "رب ربي ربنا الله الله كريم رحمن رحيم لطيف حليم ستار حفيظ عزيز جبار قادر فتاح رزاق معين "
    "حي قيوم سلام سلامة حرام ريت ريتني ريتها خسارة حسرة ويلي عيني قلبي حبيبي حبيبتي حبيبتى "
    "جماعة ناس شباب بنات أخي اختي أختي أخوي خيي خيتي ماما بابا عمي خالتي حجة حاج شيخ أستاذ "
    "دكتور ست مدام أمي أبوي جماعه حلوة حلو غالي غالية فرحة فرحتي صبر "
    "عالم بشر لطف رحمة مسهل ميسر حافظ ساتر مجيب معين منان عظيم قوي")
# Right after an everyday-word name, a relative pronoun shows a person: "سعيد اللي بالاستقبال".
RELATIVE = word_forms("اللي الي إللي يلي اللى الى اللِّي")
TOWARDS = word_forms("على ع الى إلى لعند عند")
# "كانت أمل كبيرة": verbs of being before a word say what it was, not who did something.
COPULA = word_forms("كانت صارت ظلت ضلت بقيت بقت كنت صرت")
# After a name, how a person is: "أمل بخير", "فرح عمرها ١٢ سنة", "هدى حامل".
PERSON_STATE = word_forms("بخير بخيرها عمرها عمره عمرو حامل تعبانة تعبانه مريضة عيانة عيانه "
                          "عندها عنده عندو معها معه معو "
                          "مسافرة مسافر محبوس محبوسة مسجون مسجونة ساكنة ساكن عايشة عايش")
# "مها هي اللي دلتني": a pronoun, then "اللي" or a verb.
PRONOUN = word_forms("هي هو هيه هوه هيا هوا هوما")
# The Maghreb's "لي" (who) after a pronoun: "مي هي لي عاونتها".
PRONOUN_RELATIVE = RELATIVE | word_forms("لي")
# "حسن ما رد", "أمل ما جاتش": after a name, a negation and a verb.
NEGATION = word_forms("ما مش مو ماش مانيش ماهيش ماهوش لم لن مب مهوب موب")
# "شما الله يعافيها", "أم علي الله يخليها": a blessing after a name, God's name then the verb.
GOD = word_forms("الله ربي ربنا")
BLESSING = tuple(sorted(word_forms(
    "يعافي يخلي يحفظ يرحم يسعد يجازي يجزي يبارك يوفق يسلم يكرم يحمي يعطي يرضى يهني يستر "
    "ينور يفرح يجبر يديم يطول يبعد يكثر يخليل يحميل يعوض يشفي يهدي يسامح يصلح يعين يقوي "
    "يرزق يغفر يوفقها")))
# Between a name and its verb: "فرح دايما بتضحكني", "نور كمان ساعدتني".
ADVERB = word_forms("دايما دايماً دائما دائماً كمان كمانة برضو برضه هلأ هلق هسه هسا لسا لسه "
                    "بعدين وقتها ديما ديالي")
# "جود كانت اصغر وحده": after "was", how she compares, not the name "أصغر".
COMPARATIVE = word_forms("اصغر اكبر احسن اسوأ اطول اقصر اجمل اشطر اقوى اضعف اغلى ارخص")
# Praise said before a sentence starts, written as one word: no noun the next word describes.
EXCLAMATION = word_forms("الحمدلله الحمدالله والحمدلله بالحمدلله الحمدلالله اللهم")
# "صباح الخير", "مساء النور": a greeting, never a name, even though "صباح" is one.
GREETING_SECOND = word_forms("الخير النور الفل الورد الياسمين العسل الهنا السعادة الجمال الورود")
GREETING_HEAD = word_forms("صباح مساء صبحكم مساكم")
# After a greeting, a name is addressed: "مرحبا رنا", "صباح الخير ريم", "يعطيك العافية أبو محمود".
GREETING = word_forms("مرحبا مرحبتين اهلا أهلين هلا هلو هاي سلامات الخير النور عليكم العافية "
                      "العافيه ايديك ايديكي ايدك ايدكي ايديكم إيديك يديك يدك")
# Listed names that are words too, by sense more than by shape: "حسن المعاملة" (good treatment),
# "الوضع محمود" (praiseworthy), "ما لقيت ناصر ولا معين" (a helper). Names anywhere, unless the
# words around them read as that sense.
WORDY_NAMES = word_forms("حسن محمود ناصر حميد مجيد رشيد حبيب")
# Words after which a wordy name is the word: "كان حسن", "بكل حسن نية".
WORDY_BEFORE = word_forms("كان كانت صار صارت كل بكل جدا أكثر اكثر أقل اقل شو كتير كثير بعض اشي شي "
                          "هذا هاد")
NOR = word_forms("ولا ولاحد")
# Nationalities after a name: "نيروشا السريلانكية", "عبدي ورسمه الصومالي". The foreign ones are
# never a family name, masculine or feminine; an Arab one or a common family name ("التونسي",
# "الهندي") is a family name in the masculine form and the nationality in the feminine ("كريمة
# التونسي", "خديجة المغربية").
FOREIGN_NATIONALITY = word_forms(
    "الصومالي الاريتري الإريتري الارتيري الاثيوبي الإثيوبي الحبشي النيجيري الغاني الكاميروني "
    "السنغالي الكيني الاوغندي الأوغندي الفلبيني الفليبيني السريلانكي الباكستاني الهندي "
    "البنغالي البنغلاديشي النيبالي الافغاني الأفغاني الايراني الإيراني الاوكراني الأوكراني "
    "الروسي الروماني المولدافي الفيتنامي الصيني الاندونيسي الإندونيسي التايلاندي الكونغولي "
    "الايفواري الغيني التشادي الالباني البلغاري الجورجي الاوزبكي الطاجيكي "
    "الكوري الياباني البورمي الكمبودي اللاوسي الأرمني الارمني")
_NISBA_NATIONALITY = word_forms(
    "السوري المصري العراقي اللبناني الفلسطيني الاردني الأردني السوداني اليمني الليبي التونسي "
    "الجزائري المغربي السعودي الكويتي الاماراتي الإماراتي القطري البحريني العماني الموريتاني "
    "الحلبي الشامي الدمشقي الحمصي البغدادي البصري الموصلي الهندي التركي الكردي")
# "الله يحفظ ريم", "ربي يخليلي أم علي": the person a blessing is for.
BLESSING_BEFORE = frozenset(itertools.chain.from_iterable(
    (stem, stem + "لي", stem + "لنا") for stem in BLESSING))


def arab_nisba(key: str) -> bool:
    """"المصري", "السوري": a family name after a given name, a nationality after a role."""
    return key in _NISBA_NATIONALITY


def nationality(key: str) -> bool:
    """"السريلانكية", "الصومالي", "المغربية": a nationality that is no family name."""
    if key in FOREIGN_NATIONALITY:
        return True
    if key.endswith(("ين", "ات")) and (key[:-2] in FOREIGN_NATIONALITY):
        return True  # "تسفاي وراحيل الاريتريين", "أمينة وهودان الصوماليات"
    return key.endswith("يه") and (key[:-1] in FOREIGN_NATIONALITY
                                   or key[:-1] in _NISBA_NATIONALITY)


# "جميلة كتير", "كريم جداً": an intensifier after an adjective-name shows the adjective.
INTENSIFIER = word_forms("كتير كثير كثيرا كثيراً جدا جداً جدًا بزاف وايد واجد خالص قوي اوي أوي شديد "
                         "جزيلا جزيلاً ياسر "
                         "مرة مره بالحيل هواية كلش")
# After a relation an unlisted word of these shapes is what the person is, not who: participles
# ("مسافرة", "مختفي") and "-ان" adjectives ("زعلانة", "تعبان").
PARTICIPLE = re.compile(r"^م..|انه?$")
CUE_WORDS = INTRO | WEAK_INTRO | TITLE | ROLE | KIN | ADDRESS | (
    GREETING - word_forms("النور"))
# Everyday-word names that are adjectives too: after a relation or inside a full name they are
# read as the adjective ("صديقتي جميلة", "جاري طيب معنا", "مريم سعيدة") unless a verb shows a
# person.
ADJECTIVE_NAMES = word_forms(
    "طيب طيبة كريم كريمة سعيد سعيدة جميل جميلة لطيف لطيفة عزيز عزيزة ممتاز ممتازة تمام حسنا "
    "زين زينة أمين أمينة سليم سليمة نبيل نبيلة عادل عادلة ذكي ذكية شاطر شاطرة فرحان فرحانة "
    "آمنة آمن هادي هادئة صابر صابرة شجاع شجاعة وحيد وحيدة فريد فريدة راضي راضية نادر نادرة "
    "سالم سالمة صالح صالحة مسرور مسرورة غالي غالية حنون ودود وفية كامل كاملة منير منيرة "
    "ناعم ناعمة رزين رزينة صادق صادقة مرضي عايشة عايش"
)
# Before an everyday-word name these show it is the word: "عندي أمل", "بكل سعادة", "الله كريم".
NOT_A_PERSON_BEFORE = word_forms(
    "عندي عندنا عنده عندها عندك عندهم كل بكل الله ربي ربنا فيه فيها في من عن على الى إلى بدون "
    "مع لي لنا لك له لها أي اي أكثر اكثر أقل جدا يا شو كثير كتير بعض هذه هذا هاي هذي ذلك تلك "
    "كان كانت صار صارت يعطي يعطيك يعطيكم اعطى وين أين فقدت فقدنا ضاع ضاعت لقيت وجدت أشعر أحس "
    "حسيت شعرت بشعور شعور مليانة مليان كلها كله نعمة الحمد حمد "
    # "مش عادل اللي صار" (not fair), "ما حضرت فرح اختي" (my sister's wedding)
    "مش مو موب مب ليس ليست مهو ماهو مانيش حضرت حضرنا حضروا نحضر احضر"
)
# Before a verb: "اذا طلعت عايشة", "لما طلعت من البيت"; a name shaped like a past verb ("طلعت",
# "حكمت") is that verb after them.
VERB_PARTICLE = word_forms("اذا إذا لو لما لمن لمان انو إنو اني انها انه قد لقد يمكن")
# Written with a final "ى" these are prepositions, even if "علي" is a name: "شكراً على كل شيء".
PREPOSITIONS_AS_TYPED = frozenset({"على", "علی", "إلى", "الى", "حتى", "متى", "لدى", "عليّ", "إليّ"})
# Streets, schools and mosques are named after people: "شارع الملك فيصل" is an address.
PLACE_BEFORE = word_forms("شارع حي حارة ساحة دوار جادة طريق مخيم مطار مدرسة مستشفى جامع مسجد جامعة "
                          "جبل زنقة درب نهج محلة فريج "
                          "شركة مؤسسة مركز مجمع بناية عمارة برج سوق مول ضاحية منطقة")
HONORIFIC_IN_PLACE = word_forms("الملك الأمير الامام الإمام الشيخ السلطان الشهيد الرئيس الخليفة")
# Joined to a following word, these start a compound name: "عبد الله", "أبو بكر", "أم محمد".
SERVANT = normalise("عبد")
KUNYA = word_forms("أبو ابو أم ام ابن بن بنت بو ود")  # Sudanese "ود": son of ("ود الحاج")
# "بن"/"بنت": son or daughter of; "آل" (typed alone) and "آيت": family of, in the Gulf and
# among Amazigh names ("آل سعود", "آيت أحمد"); Mauritanian "ولد" ("سالم ولد محمد"); Sudanese
# "بت" (daughter of: "سارة بت الزبير").
LINEAGE = word_forms("بن بنت ابن ابنة آل آيت ولد بت")
SON = normalise("ولد")
# Titles that are family names after a given name: "رشا الحاج", "سامي الحاج".
TITLE_SURNAMES = word_forms("الحاج")
AND = normalise("و")
FROM = normalise("من")
# Second words of compounds with "ال" written apart: "نور الهدى", "فاطمة الزهراء", "علاء الدين".
COMPOUND_SECOND = word_forms("الدين الهدى الزهراء الإسلام الإيمان الرحمن الحق الهادي")
# Kunyas with a definite word that is no name alone: "أم الخير", "أبو العز", "أبو البركات".
KUNYA_SECOND = word_forms("الخير العز البركات المجد الفضل العبد الوفا السعد الليل الهول الغيث")
# Surname shapes borrowed into Arabic script: Ukrainian, Russian, Polish and Persian endings,
# and German, Scandinavian, Spanish and Filipino ones ("فوغلزانغ", "هاوغلاند", "رودريغيز").
FOREIGN_SURNAME = re.compile(
    r"(?:ينكو|نكو|تشوك|تشينكو|سكي|سكا|وفا|يفا|وفيتش|يفيتش|فيتش|زاده|يان|اوغلو|اوف|ييف|ايف|سكو"
    r"|انغ|لاند|بيرغ|بيرج|شتاين|سون|ريغيز|يغيز|اليز|ايغ)$")
# Shapes of verbs and of words carrying a pronoun ("ساعدتني", "صبركم", "عندها"): not names.
VERB_SHAPE = re.compile(r"(?:تني|وني|اني|ني|تنا|ونا|وا|هم|هن|كم|كن|تم|ها|تها|ته|وه)$")
