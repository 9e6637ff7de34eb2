# ruff: noqa: RUF003  (Arabic letters are the point of this script)
"""Rebuild the shipped Arabic-script place lists from CLDR (through Babel) and written towns.

Run by hand when the lists need refreshing:
`python feedback_app/theming/data/build_arabic_places.py`. The app never imports this script; it
reads the three files it writes, normalised the way `arabic.script.normalise` reads a text (hamza
forms, alef maqsura, ta marbuta, harakat and tatweel folded), so "إريتريا", "اريتريا" and
"إرِيتريا" are one entry.

- `arabic_places.txt`: countries, regions, cities, towns and camps that are rarely anything else
("سوريا", "الخرطوم", "الزعتري"): places anywhere;
- `arabic_places_ambiguous.txt`: places that are everyday words or names too ("حلب" milking,
"صور" pictures, "جدة" grandmother, "حمص" chickpeas): places after a preposition ("من حلب",
"بحمص") or a place word;
- `arabic_places_cued.txt`: places whose everyday sense is far the more common ("العين" the eye,
"السلام" peace, "مالي" my money, "الجديدة" the new one): places only after a place word or a
verb of living, coming or being born ("مخيم الأزرق", "ساكنة في العين", "أنا من مالي").
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from babel import Locale

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from feedback_app.theming.arabic.script import normalise  # noqa: E402

# CLDR territory codes that are no country: the world, continents, unions, test locales.
NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "ZZ", "XA", "XB", "QO"})
ARTICLE = "ال"

# Written for the project from general knowledge of geography: the towns, regions and camps of
# the countries survivors come from, pass through and arrive in, as Arabic speakers write them,
# with the spellings people type (with and without hamza, "ة" or "ه", "اسطنبول" or "إسطنبول").
# "_" joins the words of one place ("دير_الزور"); "السودان" and "سودان" both where people write
# both.
SURE = """
سوريا سورية الشام بلاد_الشام دمشق الشام ريف_دمشق حلب الشهباء اللاذقية طرطوس إدلب ادلب درعا
دير_الزور الرقة الحسكة القامشلي القنيطرة الغوطة الغوطة_الشرقية منبج عفرين كوباني عين_العرب
جرابلس البوكمال معرة_النعمان سراقب جسر_الشغور الزبداني مضايا يبرود جرمانا صحنايا قدسيا حرستا
عربين جوبر اليرموك خان_الشيح النيرب الهول الركبان عين_عيسى تل_أبيض تل_رفعت رأس_العين
مصياف بانياس القرداحة صافيتا تلكلخ السلمية الحولة تلبيسة الرستن الوعر بابا_عمرو
العراق بغداد البصرة الموصل أربيل اربيل هولير كركوك النجف كربلاء الفلوجة تكريت سامراء السليمانية
دهوك الناصرية الديوانية سنجار تلعفر زاخو الأنبار نينوى ديالى كردستان إقليم_كردستان ذي_قار
بابل الكاظمية الأعظمية مدينة_الصدر بعقوبة الحويجة دوميز القائم
لبنان بيروت طرابلس صيدا زحلة بعلبك جونية النبطية البقاع عكار عرسال البداوي نهر_البارد
عين_الحلوة شاتيلا صبرا_وشاتيلا برج_البراجنة المية_ومية جبل_لبنان الضاحية_الجنوبية
برج_حمود الأشرفية الحمرا بنت_جبيل مرجعيون حلبا المنية
الأردن عمان الزرقاء إربد اربد العقبة السلط مادبا مأدبا جرش الكرك المفرق معان الطفيلة الرمثا
الزعتري مريجيب_الفهود البقعة الوحدات سحاب الرصيفة
فلسطين غزة قطاع_غزة رفح خان_يونس جباليا الضفة_الغربية رام_الله نابلس القدس بيت_لحم طولكرم
قلقيلية أريحا دير_البلح النصيرات الشاطئ بيت_حانون الخليل
مصر القاهرة الإسكندرية اسكندرية الجيزة أسوان الأقصر أسيوط سوهاج بورسعيد بور_سعيد السويس
الإسماعيلية طنطا الزقازيق دمياط الفيوم بني_سويف شرم_الشيخ الغردقة كفر_الشيخ الدقهلية المنوفية
القليوبية العريش سيناء المنيا قنا المحلة المحلة_الكبرى
السودان سودان الخرطوم أم_درمان ام_درمان بحري الخرطوم_بحري بورتسودان بور_سودان كسلا نيالا الفاشر
دارفور كردفان القضارف ود_مدني مدني عطبرة دنقلا الدمازين كادقلي الجنينة الأبيض النيل_الأزرق
جنوب_السودان جنوب_سودان جوبا ملكال أويل رمبيك
ليبيا طرابلس بنغازي مصراتة مصراته سبها زوارة صبراتة سرت درنة طبرق الكفرة غدامس أجدابيا
زليتن غريان بني_وليد القطرون تاجوراء الزاوية فزان
تونس صفاقس القيروان بنزرت قابس مدنين جرجيس نابل المنستير قفصة جربة سوسة
الجزائر وهران قسنطينة عنابة البليدة سطيف تلمسان بجاية باتنة تيزي_وزو ورقلة تمنراست بسكرة
الشلف غرداية
المغرب الدار_البيضاء كازا كازابلانكا فاس مراكش طنجة أكادير اكادير مكناس وجدة تطوان الناظور
الحسيمة القنيطرة سلا آسفي بني_ملال خريبكة تازة سطات العرائش الصويرة الراشيدية ورزازات
الفنيدق الرباط سبتة مليلية تيزنيت
موريتانيا نواكشوط نواذيبو
اليمن صنعاء عدن تعز الحديدة المكلا ذمار مأرب حضرموت صعدة المهرة لحج
السعودية المملكة_العربية_السعودية الرياض مكة مكة_المكرمة المدينة_المنورة الدمام الطائف تبوك
أبها القصيم حائل نجران جازان جيزان ينبع الأحساء الجبيل خميس_مشيط بريدة
الإمارات الامارات دبي أبوظبي أبو_ظبي الشارقة عجمان رأس_الخيمة الفجيرة أم_القيوين
قطر الدوحة الكويت البحرين المنامة عمان مسقط صلالة صحار
إيران طهران مشهد أصفهان اصفهان شيراز تبريز الأهواز الاهواز كرج كرمانشاه زاهدان
أفغانستان افغانستان كابل كابول هرات قندهار مزار_شريف جلال_آباد جلال_اباد قندوز غزني بلخ هلمند
باميان
باكستان كراتشي لاهور إسلام_آباد اسلام_اباد بيشاور كويتا راولبندي ملتان
تركيا إسطنبول اسطنبول استانبول أنقرة انقرة إزمير ازمير غازي_عنتاب عنتاب أورفا اورفا
شانلي_أورفا مرسين أضنة اضنة هاتاي أنطاكية انطاكيا أنطاكيا كلس أنطاليا انطاليا قونية
ديار_بكر ماردين أدرنة ادرنة بودروم إزميت
إريتريا اريتريا ارتريا إرتريا أسمرة اسمرا أسمرا مصوع كرن أغوردات تسني
إثيوبيا اثيوبيا أثيوبيا الحبشة أديس_أبابا اديس_ابابا ديرة_داوا دير_داوا جوندر غوندر مقلي ميكيلي
بحر_دار أواسا تيغراي تغراي أمهرة أوروميا الأوغادين
الصومال صومال مقديشو مقديشيو هرجيسا هرقيسا كيسمايو بوصاصو بيدوا غالكعيو بربرة بونتلاند
أرض_الصومال صوماليلاند جيبوتي
تشاد أنجامينا انجامينا نجامينا أبشي موندو
النيجر نيامي أغاديز اغاديز زيندر
نيجيريا لاغوس أبوجا ابوجا بنين_سيتي إيدو ايدو مايدوغوري كادونا إبادان
مالي باماكو تمبكتو بوركينا_فاسو واغادوغو السنغال داكار غينيا كوناكري ساحل_العاج أبيدجان
غانا أكرا اكرا سيراليون فريتاون ليبيريا مونروفيا الكاميرون ياوندي دوالا الصحراء_الكبرى
أوغندا كمبالا كينيا نيروبي
اليونان أثينا اثينا ليسبوس ميتيليني موريا ساموس خيوس كوس سالونيك تسالونيكي باترا
إيطاليا ايطاليا روما ميلانو نابولي لامبيدوزا صقلية باليرمو كاتانيا تورينو بولونيا فلورنسا
إسبانيا اسبانيا مدريد برشلونة إشبيلية اشبيلية فالنسيا ملقة مالقة ألميريا الميريا جزر_الكناري
الأندلس
فرنسا باريس مرسيليا ليون كاليه تولوز ستراسبورغ بوردو مونبلييه
ألمانيا المانيا برلين ميونخ ميونيخ هامبورغ فرانكفورت كولونيا كولن دوسلدورف شتوتغارت بريمن
هانوفر
المملكة_المتحدة بريطانيا إنجلترا انجلترا انكلترا إنكلترا اسكتلندا ويلز لندن مانشستر
برمنغهام ليفربول غلاسكو ليدز كارديف إدنبرة
هولندا أمستردام امستردام بلجيكا بروكسل النمسا فيينا السويد ستوكهولم الدنمارك الدنمارك
كوبنهاغن النرويج أوسلو سويسرا جنيف زيورخ
أوكرانيا اوكرانيا كييف كييف خاركيف خاركوف أوديسا اوديسا لفيف دنيبرو ماريوبول
روسيا موسكو رومانيا بوخارست ألبانيا البانيا تيرانا نيبال كاتماندو الفلبين مانيلا فيتنام
هانوي بنغلاديش بنغلادش دكا سريلانكا كولومبو إندونيسيا جاكرتا
أمريكا امريكا أميركا اميركا كندا أوروبا اوروبا
"""

# Everyday words or names too: places after a preposition or a joined "بـ", "لـ", "فـ"; and
# "بليز" (Belize), far more often the English "please" typed in Arabic letters.
AMBIGUOUS = """
سورية حلب حمص حماة حماه جدة صور تدمر جبلة دوما داريا سلمية السويداء الرستن
الرمادي الكوت العقبة حديثة الأقصر الشرقية الغربية مطروح المنصورة الخليل جنين
عدن تعز مأرب الرباط بركان سلا الخبر الطائف
بور بنين كوبا بيرو بورصة وان عصب موريا
الخليج المغرب المدينة قطر
بحري سوسة كلس تازة سرت سبها قابس قفصة فاس آسفي المهرة ينبع بريدة بيدوا بربرة كولونيا
لفيف سحاب حائل
بليز
"""

# Everyday words far more often than places: places only after a place word ("مخيم الأزرق",
# "مدينة العين") or a verb of living, coming, fleeing or being born ("ساكنة في العين").
CUED = """
العين الأمل السلام النور الرحمة الخير التل القصير الحلة العمارة البيضاء الجديدة الجزيرة
الأزرق الساحل مالي ديالى قم ليل البندقية الضاحية البحيرة الخمس العيون الداخلة الجنينة الحديدة
القائم الأبيض الزاوية الوحدة الحرية الشاطئ النصر الفيحاء الحمرا البقعة الوحدات الحسين
الشرق الغرب الشمال الجنوب الصحراء الريف الجبل الوادي النيل الحدود البر
الباب المنية مدني كوس مشهد جربة إب أبها مسقط مقلي الوعر السلمية
"""

# Places the everyday-word list holds for another reason ("لبنان" read as "ل" + "بنان").
NOT_WORDS = "لبنان"


def entries(block: str) -> set[str]:
    """Normalised entries of a hand-written block; "_" joins the words of one place."""
    places = {" ".join(normalise(word) for word in item.split("_")) for item in block.split()}
    return {place for place in places if len(place) >= 2}


def cldr_countries() -> set[str]:
    """Country names in Arabic from CLDR as written ("السودان", "جنوب السودان", "الكونغو")."""
    names: set[str] = set()
    for code, name in Locale("ar").territories.items():
        if not (len(code) == 2 and code.isalpha()) or code in NOT_COUNTRIES:
            continue
        names.add(re.sub(r"\s*\(.*?\)", "", name).split(" - ")[0].strip())
    return names


def normalised(places: set[str]) -> set[str]:
    return {" ".join(normalise(word) for word in place.split()) for place in places}


def without_article(places: set[str]) -> set[str]:
    """"سودان" from "السودان": one-word countries are typed without their article too (not
    "ألمانيا", whose "أل" is no article)."""
    return {normalise(place[len(ARTICLE):]) for place in places
            if place.startswith(ARTICLE) and " " not in place and len(place) >= 5}


def read(name: str) -> set[str]:
    text = (HERE / name).read_text(encoding="utf-8")
    return {line.strip() for line in text.splitlines() if line.strip()}


def write(name: str, words: set[str]) -> None:
    (HERE / name).write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")


def main() -> None:
    everyday = read("arabic_words.txt")
    person_names = read("arabic_names.txt") | read("arabic_names_ambiguous.txt")
    cued = entries(CUED)
    ambiguous = entries(AMBIGUOUS) - cued
    countries = cldr_countries()
    sure = (entries(SURE) | normalised(countries)) - cued - ambiguous
    # Country names typed without "ال" ("سودان", "عراق") are rarer and some are words: they
    # need a preposition; one that is a person's name too ("هند") is left out.
    ambiguous |= without_article(countries) - sure - cued - person_names
    # A place that is an everyday word or a person's name needs context wherever it is listed.
    cued |= (sure & everyday) - entries(NOT_WORDS)
    ambiguous |= (sure & person_names) - cued
    sure -= cued | ambiguous
    write("arabic_places.txt", sure)
    write("arabic_places_ambiguous.txt", ambiguous)
    write("arabic_places_cued.txt", cued)


if __name__ == "__main__":
    main()
