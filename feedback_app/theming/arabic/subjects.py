# ruff: noqa: RUF001  (Arabic letters are the point of this module)
"""Names whose letters the cue rules of `names` would read as something else.

A name that looks like a verb ("تيجيست", "تريز") when a verb of a person follows it, at the start
of a sentence or after a title ("تيجيست بتحكي عربي", "الراهبه تريز جابتني"); a name that is a
word after an honorific ("الحاج مفتاح"); a foreign name of two short words after a nationality
("البنت الصينيه لي مي كانت"); the person something was got or heard from ("جبت رقمكم من
صالح"); a name called out before what the person is asked to do ("بشرى اتصلي فيني"); a relation
and another one after "او" ("اخوي سعيد او مرتو"). And the other way: a word before a plural role
is the noun of a phrase, not a name ("حنان الموظفات", the staff's kindness).
"""

from __future__ import annotations

from feedback_app.theming.arabic import around, cues, verbs
from feedback_app.theming.arabic.reading import Context, common_words, is_break, spaced, title_key
from feedback_app.theming.arabic.script import word_forms

# Verbs of getting or hearing something from someone, with the thing between: "جبت رقمكم من".
_GOT = verbs.FROM_PERSON | word_forms(
    "جبت جبنا جابت جابو اخدت أخدت اخدنا أخذنا سمعت سمعنا عرفت عرفنا استلمنا وصلني وصلنا "
    "لقيت طلبت طلبنا اشتريت استعرت")
# What is asked of the person named first: "بشرى اتصلي فيني", "سعاد ردي علي".
_ASKED = word_forms(
    "اتصلي اتصل اتصلوا كلميني كلمني ردي رد ردوا تعالي تعال تعالوا ساعديني ساعدني اسمعيني "
    "اسمعني خبريني خبرني ابعتيلي ابعتلي ارسليلي راسليني دقيلي رني رنيلي سامحيني سامحني")
OR = word_forms("او أو ولا")
_ABOUT = word_forms("عن على")
# Endings of a thing someone has: "حقوقك" (your rights), "ورقي", "اوراقهم".
_POSSESSED = ("ك", "ي", "كم", "هم", "نا", "ها", "كي")


def cue_before(ctx: Context, index: int) -> str | None:
    """The cues `around.cue_before` leaves: "من" after getting something, a name called out, a
    family and its name."""
    tokens, text = ctx.tokens, ctx.text
    token = tokens[index]
    before = index - 1
    if _family_name(ctx, index):
        return "family"  # "كنت اشتغل عند عيلة الحمصي"
    if token.start == token.whole_start and before >= 1 and tokens[before].full == cues.FROM and (
            spaced(text, tokens[before], token) and around.ends_phrase(ctx, index)) and (
            tokens[before - 1].full in _GOT or (before >= 2 and tokens[before - 2].full in _GOT)):
        return "meet-prep"  # "جبت رقمكم من صالح،"
    if before >= 1 and tokens[before].full in _ABOUT and spaced(text, tokens[before], token) and (
            tokens[before - 1].full in cues.ASK) and (
            ctx.listed(index) or ctx.everyday(index) or not token.raw.endswith(_POSSESSED)):
        return "address"  # "اسألوا عن جميلة بالاستقبال": ask for her; not "عن حقوقك"
    nxt = index + 1
    if is_break(text, tokens, index) and nxt < len(tokens) and spaced(text, token, tokens[nxt]) \
            and tokens[nxt].full in _ASKED:
        return "vocative"  # "بشرى اتصلي فيني"
    return None


# "عيلة الحمصي", "بيت" left out ("بيت الخالة" is a house): a family, then the name it bears.
_FAMILY = word_forms("عيلة عيله عائلة عائله عايلة عايله أسرة اسرة اسره عيلت عائلت")


def _family_name(ctx: Context, index: int) -> bool:
    """A family, not made definite, then "ال" and a family name's shape "...ي": "عند عيلة
    الحمصي", "اشتغلت عند عائلة الشمري"; never "العيلة الكبيرة" or "عيلة كبيرة"."""
    tokens, before = ctx.tokens, index - 1
    token = tokens[index]
    if before < 0 or not spaced(ctx.text, tokens[before], token):
        return False
    family = tokens[before].full
    if family not in _FAMILY and not (family[:1] in "وبل" and family[1:] in _FAMILY):
        return False
    key = token.key
    return key.startswith("ال") and key.endswith("ي") and (
        ctx.nisba(index) or ctx.listed(index) or ctx.everyday(index))


def did_something_next(ctx: Context, last: int) -> bool:
    """A past verb of a person right after: "الراهبه تريز جابتني", "تيجيست بتحكي"."""
    tokens, nxt = ctx.tokens, last + 1
    if nxt >= len(tokens) or not spaced(ctx.text, tokens[last], tokens[nxt]):
        return False
    full = tokens[nxt].full
    return full in verbs.PERSON_PAST or full in verbs.PERSON_VERB or (
        full.endswith(("تني", "تنا", "تلي")) and len(full) >= 5)


def named_in_t(ctx: Context, index: int, last: int) -> bool:
    """After a relation or a title, a word nobody uses ending in "ت", then where she is from or
    what she did: "صاحبتي جوليت من الفلبين", "البنت الحبشية تجست كانت تبكي"."""
    key = ctx.tokens[index].key
    if not key.endswith("ت") or len(key) < 4 or key[0] in "او" or _used(ctx, index):
        return False
    return around.from_somewhere(ctx, last) or around.from_place(ctx, last) or (
        around.person_after(ctx, last) or did_something_next(ctx, last))


def _used(ctx: Context, index: int) -> bool:
    """A word people use, or a verb or state of a person: no name nobody listed."""
    token = ctx.tokens[index]
    key = token.key
    return (token.start != token.whole_start or key in ctx.words or key in common_words()
            or key in cues.CUE_WORDS or key in cues.PERSON_STATE or key in verbs.PERSON_PAST
            or key in verbs.MEET or key in verbs.PERSON_VERB_MORE or key in verbs.PERSON_VERB)


def subject_first(ctx: Context, index: int) -> bool:
    """At the start of a sentence, a word nobody uses ending in "ت" and then what she does:
    "تيجيست بتحكي عربي", "ميسرت ساعدتني"; never "تعبت بشغلي" (I got tired), a listed word."""
    tokens, token = ctx.tokens, ctx.tokens[index]
    key, nxt = token.key, index + 1
    if not is_break(ctx.text, tokens, index) or not key.endswith("ت") or len(key) < 5 or (
            key[0] in "او" or _used(ctx, index)):
        return False
    if nxt >= len(tokens) or not spaced(ctx.text, token, tokens[nxt]):
        return False
    full = tokens[nxt].full
    present = full.startswith(("بت", "بي")) and len(full) >= 5 and (
        not verbs.NOT_DIALECT_VERB.match(full))
    return present or did_something_next(ctx, index)


# Honorifics that go before a name, never before a noun: "الحاج مفتاح", "الشيخ نمر".
_HONORIFIC = word_forms("الحاج الحاجة الحاجه الحجي الحجية الشيخ الشيخة حاج حاجة شيخ السي لالة "
                        "الأستاذ الأستاذة الاستاذ الاستاذه السيد السيدة الأخت الأخ الأب القس")


def titled_word(ctx: Context, index: int) -> bool:
    """A word after an honorific is a name when no verb or pronoun hangs on it and the phrase
    ends or a person's verb follows: "والمسؤول عليه الحاج مفتاح"; not "صبر الأستاذة علينا"."""
    tokens, token = ctx.tokens, ctx.tokens[index]
    if index < 1 or title_key(tokens[index - 1]) not in _HONORIFIC:
        return False
    key = token.key
    if token.start != token.whole_start or key.startswith("ال") or len(key) < 3 or (
            key in common_words() or key in cues.CUE_WORDS or key in cues.PRONOUN
            or key in cues.ADVERB or key in cues.OF or cues.VERB_SHAPE.search(key)
            or key.endswith(("نا", "ي", "ك", "ه")) or key in cues.ON_FORMS
            or key in verbs.PERSON_VERB_MORE or key in verbs.PERSON_PAST):
        return False
    return around.ends_phrase(ctx, index) or around.person_after(ctx, index)


def foreign_pair(ctx: Context, index: int) -> int | None:
    """"البنت الصينيه لي مي كانت": two short words after a person and a nationality, then a
    verb of a person, are one foreign name. The index of its last word, or None."""
    tokens, text = ctx.tokens, ctx.text
    second, verb = index + 1, index + 2
    if index < 2 or verb >= len(tokens) or not cues.nationality(tokens[index - 1].key):
        return None
    if tokens[index - 2].full not in cues.PERSON_NOUN and title_key(tokens[index - 2]) not in (
            cues.ROLE):
        return None
    first, word = tokens[index], tokens[second]
    if not (spaced(text, first, word) and spaced(text, word, tokens[verb])) or (
            first.full in cues.RELATIVE or word.full in cues.RELATIVE):
        return None
    short = all(len(t.key) <= 4 and t.start == t.whole_start for t in (first, word))
    name_like = ctx.listed(second) or ctx.everyday(second) or word.key not in ctx.words
    full = tokens[verb].full
    person = full in verbs.PERSON_VERB_MORE or full in verbs.PERSON_PAST or full in cues.RELATIVE
    return second if short and name_like and person else None


def or_someone(ctx: Context, last: int) -> bool:
    """"او" or "ولا" and a relation or a name after: "اخوي سعيد او مرتو ام ورد"."""
    tokens, nxt = ctx.tokens, last + 1
    if nxt + 1 >= len(tokens) or tokens[nxt].full not in OR or not (
            spaced(ctx.text, tokens[last], tokens[nxt])
            and spaced(ctx.text, tokens[nxt], tokens[nxt + 1])):
        return False
    return around.kin_word(tokens[nxt + 1]) or ctx.listed(nxt + 1)


def plural_role_after(ctx: Context, last: int) -> bool:
    """A plural role right after: "حنان الموظفات" is the staff's kindness, not Hanan."""
    tokens, nxt = ctx.tokens, last + 1
    if nxt >= len(tokens) or not spaced(ctx.text, tokens[last], tokens[nxt]):
        return False
    full = tokens[nxt].full
    return full.startswith("ال") and full.endswith(("ات", "ين")) and full in cues.AFTER_ROLE
