"""Names in forms the cue rules of `names` do not see, and words that only share a name's letters.

A name nobody listed joined to "و" before "هو اللي" or a verb of a person ("ومزمل هو اللي
وداني", "مسرت وتسيون كانو"), a nickname of "أبو" or "أم" and any word ("ينادوه ابو شنب"), a word
nobody uses as a word before a foreign nationality ("اكوسوا الغانية"); and the verbs,
organisations and contact words in a name's letters ("خلتني اكمل", "بدور عليكي", "كاريتاس
ساعدونا", "وايميلي hala@...").
"""

from __future__ import annotations

import re

from feedback_app.theming.arabic import cues, verbs
from feedback_app.theming.arabic.reading import (
    Context,
    Word,
    common_words,
    is_break,
    spaced,
    title_key,
)
from feedback_app.theming.arabic.script import offset_after, word_forms


def verb_or_thing(ctx: Context, index: int, cue: str | None, after_name: bool) -> bool:
    """A name's letters that are a verb or a thing here: "خلتني اكمل" (let me go on), "اللي
    وداني" (who took me), "بدور عليكي" (I look for you), "كاريتاس ساعدونا", "وايميلي hala@"."""
    tokens, token = ctx.tokens, ctx.tokens[index]
    if token.key in cues.COMPARATIVE and index > 0 and tokens[index - 1].full in cues.COPULA:
        return True
    if token.key in cues.ORGANISATION or (
            token.full[:1] in "لوب" and token.full[1:] in cues.ORGANISATION):
        return True
    if index > 0 and cue not in ("intro", "title") and (
            (tokens[index - 1].full in cues.CAUSATIVE and token.key[0] in "اينت"
             and token.key not in cues.KUNYA)
            or (tokens[index - 1].full in cues.RELATIVE and token.start != token.whole_start)):
        return True
    if cue is None and index > 0 and tokens[index - 1].full in _NAMED_DAY and spaced(
            ctx.text, tokens[index - 1], token):
        return True  # "شهر رمضان", "شهادة ميلاد", "عيد ميلاد": a month or a birth, no one
    nxt = index + 1
    if cue is None and token.full in _IN_THE_NAME_OF and nxt < len(tokens) and (
            title_key(tokens[nxt]) in cues.KIN or ctx.listed(nxt)):
        return True  # "باسم زوجي خالد": in my husband's name
    if cue is None and not after_name and token.full[0] == "ب" and nxt < len(tokens) and (
            tokens[nxt].full in cues.ON_FORMS and spaced(ctx.text, token, tokens[nxt])):
        return True
    return token.key in cues.MY_CONTACT and cue not in ("intro", "title", "kin") and bool(
        _CONTACT_AFTER.match(ctx.text, token.end))


_CONTACT_AFTER = re.compile(r"[ \t:]*[A-Za-z0-9+@\u0660-\u0669]")


def before_nationality(ctx: Context, index: int) -> bool:
    """At the start of a sentence, a word nobody uses as a word, then a foreign nationality:
    "جوي الفلبينية", "اكوسوا الغانية"; never "البنت الغانية", "وحده الاثيوبية"."""
    tokens = ctx.tokens
    token, nxt = tokens[index], index + 1
    return (is_break(ctx.text, tokens, index) and nxt < len(tokens)
            and spaced(ctx.text, token, tokens[nxt]) and len(token.key) >= 3
            and not token.key.startswith("ال") and token.start == token.whole_start
            and (tokens[nxt].key in cues.FOREIGN_NATIONALITY
                 or tokens[nxt].key[:-1] in cues.FOREIGN_NATIONALITY)
            and title_key(token) not in cues.TITLE and title_key(token) not in cues.ROLE
            and title_key(token) not in cues.KIN and token.full not in cues.PERSON_NOUN
            and token.full not in cues.DEMONSTRATIVE and token.full not in ctx.words
            and token.key not in common_words() and token.full not in cues.CUE_WORDS)


# Nouns whose next word is a month, a feast or a birth, never a person: "شهر رمضان".
_NAMED_DAY = word_forms("شهر عيد شهادة شهاده تاريخ ليلة ليله صلاة صلاه")
_IN_THE_NAME_OF = word_forms("باسم بإسم بأسم")
# Words that start a clause, after which a person may come first: "بس بيرلا الفلبينية قالت".
CONJUNCTION = word_forms("بس لكن بعدين وبعدين حتى كمان يعني اما أما وبس ولكن")


def about_me_next(ctx: Context, last: int) -> bool:
    """After "أنا" and the word, a comma then the age or what I have: "انا منير، عمري ١٩"; so an
    adjective ("انا سعيد، شكرا") stays a word unless the speaker goes on about themselves."""
    nxt = last + 1
    return nxt < len(ctx.tokens) and ctx.tokens[nxt].full in cues.AND_ABOUT_ME


def nickname_kunya(ctx: Context, index: int) -> bool:
    """After "بيسموه", "اسمه": "أبو" or "أم" and any word is the name ("ابو شنب", "ام الزلف")."""
    tokens = ctx.tokens
    nxt = index + 1
    if tokens[index].key not in cues.KUNYA or tokens[index].key in cues.LINEAGE or (
            nxt >= len(tokens) or not spaced(ctx.text, tokens[index], tokens[nxt])):
        return False
    after = tokens[nxt]
    return (after.start == after.whole_start and len(after.key) >= 2
            and (after.full not in cues.CUE_WORDS or after.key in cues.TITLE_SURNAMES)
            and after.full not in cues.PRONOUN
            and after.full not in cues.RELATIVE and after.full not in verbs.PERSON_VERB_MORE)


def unlisted_joined_who(ctx: Context, index: int, after_name: bool) -> bool:
    """"ومزمل هو اللي وداني": a word nobody listed, joined to "و", then "هو اللي" or "هي لي";
    or after a name, then a verb of a person: "مسرت وتسيون كانو يبكو"."""
    tokens = ctx.tokens
    token = tokens[index]
    if token.start != token.whole_start or token.full[:1] != cues.AND or len(token.full) < 5 or (
            index + 1 >= len(tokens)) or ctx.listed(index) or ctx.everyday(index):
        return False
    pronoun = tokens[index + 1]
    relative = tokens[index + 2] if index + 2 < len(tokens) else pronoun
    who = pronoun.full in cues.PRONOUN and relative.full in cues.PRONOUN_RELATIVE and (
        spaced(ctx.text, token, pronoun) and spaced(ctx.text, pronoun, relative))
    listed_pair = after_name and spaced(ctx.text, token, pronoun) and (
        pronoun.full in verbs.PERSON_VERB_MORE or pronoun.full in verbs.PERSON_PAST
        or cues.nationality(pronoun.key))
    if not (who or listed_pair):
        return False
    stripped = Word(offset_after(token.raw, token.start, 1), token.end, token.full[1:],
                    token.full, token.whole_start, token.raw)
    tokens[index] = stripped
    if ctx.unknown_could_be_name(index, verb_shape_too=who) and stripped.key not in cues.CUE_WORDS:
        return True
    tokens[index] = token
    return False
