# ruff: noqa: RUF001  (Arabic letters are the point of this module)
"""What the words before and after a word say about it: a cue before a name, a person after it.

The cues are the ways people name others (see `names`): a title, a role or a relation before
the name, a verb of meeting or telling and its preposition, "يا"; and after it a role, a team, a
verb that shows a person, a blessing, or "اللي".
"""

from __future__ import annotations

from functools import cache

from feedback_app.theming import wordlists
from feedback_app.theming.arabic import cues, verbs
from feedback_app.theming.arabic.reading import (
    BREAK,
    CLITICS,
    CUE_GAP,
    Context,
    Word,
    common_words,
    is_break,
    spaced,
    title_key,
)
from feedback_app.theming.arabic.script import SPACE, normalise


@cache
def places() -> frozenset[str]:
    """Towns, regions and countries written in Arabic script, in compared form."""
    return wordlists.word_set("arabic_places") | wordlists.word_set("arabic_places_ambiguous")


def _is(full: str, words: frozenset[str]) -> bool:
    """The word is in `words`, as typed or behind a joined "و" or "ف" ("واسألوا", "فقولي")."""
    return full in words or (full[:1] in "وف" and len(full) > 3 and full[1:] in words)


def cue_before(ctx: Context, index: int) -> str | None:
    """The kind of cue right before the word at `index`.

    intro, weak ("أنا"), title, listed-title ("عم"), kin, owner ("رقم"), address, verb (the
    name is its subject), meet ("شفت"), meet-prep ("حكيت مع"), vocative ("يا"); None without one.
    """
    tokens, text = ctx.tokens, ctx.text
    token = tokens[index]
    if token.start != token.whole_start:
        # A joined "لـ"/"بـ": "شكراً لـأحمد", "قولي لـأحمد", "اتصلي بمريم", "حكيت لـوفاء".
        prefix = token.full[0]
        before = index - 1
        if prefix in "لب" and before >= 1 and tokens[before].full in cues.INTENSIFIER and spaced(
                text, tokens[before], token) and _is(tokens[before - 1].full, cues.ADDRESS):
            return "address"  # "شكرًا كتير لإيمان"
        if prefix in "لب" and before >= 0 and spaced(text, tokens[before], token):
            if _is(tokens[before].full, cues.ADDRESS):
                return "address"
            if tokens[before].full in verbs.MEET:
                return "meet-prep"
        if prefix == "و":
            # "انا وايمان هربنا": me and someone, the people a story is about.
            return "kin" if before >= 0 and tokens[before].full in cues.WEAK_INTRO and spaced(
                text, tokens[before], token) else None
        if token.full.startswith("يا") and token.full[2:] == token.key:
            return "vocative"  # "ياريم وينك": "يا" joined to the name
    before = index - 1
    if before < 0 or not CUE_GAP.fullmatch(text, tokens[before].end, token.whole_start):
        return None
    previous = tokens[before]
    if previous.full in cues.ADDRESS_PREPOSITION and before >= 1 and _is(
            tokens[before - 1].full, cues.ADDRESS):
        return "address"
    if previous.full in cues.ABOUT and before >= 1 and _is(tokens[before - 1].full, cues.ASK):
        return "address"  # "اسألوا عني بشرى": ask Bushra about me
    if previous.full in cues.VOCATIVE or previous.full in cues.GREETING:
        return "vocative"  # "يا أم علي", "مرحبا رنا", "يعطيك العافية أبو محمود"
    if previous.full in cues.BLESSING_BEFORE and before >= 1 \
            and tokens[before - 1].full in cues.GOD:
        return "address"  # "الله يحفظ ريم"
    if previous.full in cues.LISTED_TITLE:
        return "listed-title"
    if previous.full in verbs.MEET_PREPOSITION and before >= 1 \
            and tokens[before - 1].full in verbs.MEET:
        return "meet-prep"
    if previous.full == cues.FROM and before >= 1 and tokens[before - 1].full in verbs.FROM_PERSON:
        return "meet-prep"  # "طلبت من وسام", "تعلمت من ريتاج"
    if previous.full in cues.INTRO_FILLER and before >= 1 and tokens[before - 1].full in cues.INTRO:
        return "intro"
    key = title_key(previous)
    if _is(previous.full, cues.INTRO):
        if before >= 1 and (tokens[before - 1].full in cues.DEMONSTRATIVE
                            or title_key(tokens[before - 1]) in cues.TEAM
                            or tokens[before - 1].full in cues.NAMED_THING):
            return None  # "هاد اسمو عنصرية", "الجمعية اسمها النور": what a thing is called
        return "intro"
    if previous.full in cues.WEAK_INTRO:
        return "weak"
    if key in cues.TITLE or key in cues.ROLE:
        return "title"
    if previous.full in cues.ROLE_ADJECTIVE and before >= 1 and (
            title_key(tokens[before - 1]) in cues.ROLE):
        return "title"
    if key in cues.KIN:
        return "kin"
    if previous.full in cues.PHONE_OF:
        return "owner"  # "رقم أمل": only a name someone is known by
    if previous.full in cues.KIN_ADJECTIVE and before >= 1 and (
            title_key(tokens[before - 1]) in cues.KIN):
        return "kin"  # "زوجي السابق ماهر"
    if before >= 1 and (tokens[before - 1].full in cues.PERSON_NOUN
                        or title_key(tokens[before - 1]) in cues.ROLE) and (
            cues.nationality(previous.key) or cues.arab_nisba(previous.key)):
        return "kin"  # "البنت السورية ملك", "الشب المصري حمادة", "العاملة الاندونيسية سيتي"
    if previous.full in cues.PERSON_NOUN:
        return "person"  # "الشب علاء اللي بالمكتب"; never a word nobody lists
    if _of_someone(ctx, before):
        return "title"  # "المعلمة تبعنا رولا", "السيدة ديال الجمعية حنان"
    if _is(previous.full, cues.ADDRESS):
        return "address"
    if previous.full in verbs.PERSON_VERB or (
            len(previous.full) >= 5 and previous.full.endswith("ني") and not ctx.listed(before)
            and not definite(previous)):  # "الوطني": an adjective, no verb
        return "verb"  # "رافقتني جنى", "ساعدتني أمل": the subject after its verb
    if previous.full in verbs.PERSON_PAST \
            and previous.full.endswith(("لي", "ني", "لنا", "تنا", "ونا")):
        return "verb"  # "كالتلي زهراء", "جابتلي أمل", "ساعدونا كريم ووفاء"
    if previous.full in verbs.PERSON_PAST and previous.full.endswith("ت") and (
            previous.full not in cues.COPULA) and (before == 0 or is_break(text, tokens, before)):
        return "past"  # "راحت هدى على ألمانيا", "تزوجت منى": she went, she married
    if previous.full in cues.TO_ME and before >= 1 and (
            tokens[before - 1].full in verbs.PERSON_VERB
            or tokens[before - 1].full in verbs.PERSON_PAST):
        return "verb"  # "قالت لي ريما"
    if _is(previous.full, verbs.MEET):
        return "meet"
    return None



def _of_someone(ctx: Context, before: int) -> bool:
    """A role and whose it is end at `before`: "المعلمة تبعنا", "السيدة ديال الجمعية"."""
    tokens, text = ctx.tokens, ctx.text
    if before >= 2 and definite(tokens[before]) and tokens[before - 1].full in cues.OF \
            and spaced(text, tokens[before - 1], tokens[before]):
        before -= 1  # "ديال الجمعية": of the association
    if before < 1 or tokens[before].full not in cues.OF or not spaced(
            text, tokens[before - 1], tokens[before]):
        return False
    key = title_key(tokens[before - 1])
    return key in cues.TITLE or key in cues.ROLE


def definite(token: Word) -> bool:
    """A word with "ال", perhaps behind a joined "و", "ب", "ف" or "ل": "الجمعية", "والجمعية"."""
    full = token.full
    return full.startswith(("ال", "لل")) or (full[:1] in CLITICS and full[1:].startswith("ال"))



def construct_follows(ctx: Context, index: int) -> bool:
    """"نور الشمس", "أمل حياتي": the everyday word is the head of a phrase, not a name.

    A word with "ال" or a possessive ending, that is no family name, makes the word before it
    the noun it is: "شفت نور الشمس", "يا فرحة قلبي".
    """
    tokens = ctx.tokens
    nxt = index + 1
    if nxt >= len(tokens) or not spaced(ctx.text, tokens[index], tokens[nxt]):
        return False
    token = tokens[nxt]
    if token.start != token.whole_start or ctx.surname_like(nxt):
        return False
    if token.full.startswith(("لل", "بال", "عال", "وال", "فال")):
        return False  # "رحت مع فرح للمستشفى": a preposition and its noun, never "Farah's ..."
    key = token.key
    if key in cues.RELATIVE or title_key(token) in cues.ROLE:
        return False  # "مع سعادة المنسقة": the name, then the role
    if token.full in verbs.PERSON_VERB or token.full in verbs.PERSON_VERB_MORE or (
            token.full in verbs.PERSON_PAST):
        return False  # "زهرة وصلتني": a verb of a person, not "my ..."
    if key.startswith("ال"):
        return True
    return (key in ctx.words or key in common_words()) and key.endswith(
        ("ي", "نا", "ها", "ك", "هم", "ه"))



def verb_on_me_after(ctx: Context, last: int) -> bool:
    """A present verb on me or us right after: "طلبت من وسام يساعدني", not "my ..."."""
    nxt = last + 1
    tokens = ctx.tokens
    if nxt >= len(tokens) or not spaced(ctx.text, tokens[last], tokens[nxt]):
        return False
    key = tokens[nxt].key
    return key[0] in "يت" and len(key) >= 5 and key.endswith(("ني", "نا"))


def person_after(ctx: Context, last: int) -> bool:
    """After the name: a relation, "اللي", or a verb of a person ("كانت", "بيضحك", "جابو")."""
    tokens, text = ctx.tokens, ctx.text
    nxt = last + 1
    if nxt >= len(tokens) or not SPACE.fullmatch(text, tokens[last].end, tokens[nxt].whole_start):
        return False
    token = tokens[nxt]
    if token.full in cues.ADVERB and nxt + 1 < len(tokens) and spaced(text, token, tokens[nxt + 1]):
        nxt, token = nxt + 1, tokens[nxt + 1]  # "فرح دايما بتضحكني": an adverb before the verb
        if token.full.startswith("م") and len(token.full) >= 5 and token.full not in ctx.names:
            return True  # "أخويا سعيد لسه محبوس": still held, a state only a person is in
    full = token.full
    if kin_word(token) or full in cues.RELATIVE or full in verbs.PERSON_VERB_MORE or (
            full in verbs.PERSON_PAST):
        return True  # "وفاء بنت خالتي", "إيمان واختها", "سعيد اللي بالاستقبال", "بشرى ولدت"
    if full in cues.NEGATION and nxt + 1 < len(tokens) \
            and spaced(text, token, tokens[nxt + 1]) and (
            _verb_like(ctx, nxt + 1) or tokens[nxt + 1].full in cues.PERSON_STATE):
        return True  # "حسن ما رد", "أمل ما جاتش", "فيروز ما عندها أوراق"
    if token.start != token.whole_start or full in ctx.names or full in ctx.ambiguous:
        return False
    # "بيضحك", "بتشجعني", and the short plurals "بيجو", "بتحكو"
    return ((len(full) >= 5 or (len(full) == 4 and full.startswith(("بي", "بت"))
                                and full.endswith("و")))
            and bool(verbs.DIALECT_PRESENT.match(full))
            and not verbs.NOT_DIALECT_VERB.match(full) and not full.endswith("ه"))



def kin_word(token: Word) -> bool:
    """A relation, perhaps behind "و": "اختي", "واختها"; not "لبنتي" (for my daughter)."""
    key = title_key(token)
    return key in cues.KIN and (token.full[0] != "ل" or key == token.full)


def _verb_like(ctx: Context, index: int) -> bool:
    """A verb after a negation: listed, with the negation's "-ش" ("جاتش"), or a present form."""
    token = ctx.tokens[index]
    full = token.full
    if full in verbs.PERSON_PAST or full in verbs.PERSON_VERB or full in verbs.PERSON_VERB_MORE \
            or full in verbs.MEET:
        return True
    if len(full) < 4 or full in ctx.names or full in ctx.ambiguous:
        return False
    if (full.endswith("ش") and full not in ctx.words) or (
            full.endswith(("ت", "و")) and not full.startswith("ال")):
        return True  # "أمل ما جاتش", "نور ما قصرت", "مها ما ردو": a past verb after "ما"
    return bool(verbs.DIALECT_PRESENT.match(full)) and not verbs.NOT_DIALECT_VERB.match(full)



def blessing_after(ctx: Context, last: int) -> bool:
    """"شما الله يعافيها", "أم علي ربي يحفظها": God's name and a blessing after the name."""
    tokens, text = ctx.tokens, ctx.text
    nxt = last + 1
    return (nxt + 1 < len(tokens) and tokens[nxt].full in cues.GOD
            and SPACE.fullmatch(text, tokens[last].end, tokens[nxt].whole_start) is not None
            and spaced(text, tokens[nxt], tokens[nxt + 1])
            and tokens[nxt + 1].full.startswith(cues.BLESSING))



def cue_after(ctx: Context, last: int) -> bool:
    """A role, a relation, a team or a verb of a person right after the name ending at `last`."""
    tokens, text = ctx.tokens, ctx.text
    nxt = last + 1
    if nxt >= len(tokens) or not SPACE.fullmatch(text, tokens[last].end, tokens[nxt].whole_start):
        return False
    key = title_key(tokens[nxt])
    if key in cues.AFTER_ROLE or kin_word(tokens[nxt]) or tokens[nxt].full in verbs.PERSON_VERB or (
            tokens[nxt].full in cues.PERSON_STATE):
        # "سعيد السواق", "كريم اخوي", "فرح بنتي", "أمل بخير"; not "مكان امان لبنتي" (for her)
        return True
    if tokens[nxt].full in cues.PRONOUN and nxt + 1 < len(tokens) and (
            tokens[nxt + 1].full in cues.PRONOUN_RELATIVE
            or tokens[nxt + 1].full in verbs.PERSON_PAST):
        return True  # "مها هي اللي دلتني", "ناصر هو قال"
    if cues.nationality(tokens[nxt].key) or blessing_after(ctx, last):
        return True  # "نيروشا السريلانكية", "شما الله يعافيها"
    if tokens[nxt].full in cues.PERSON_NOUN and nxt + 1 < len(tokens) and spaced(
            text, tokens[nxt], tokens[nxt + 1]) and (
            tokens[nxt + 1].full in cues.RELATIVE or tokens[nxt + 1].full in verbs.PERSON_VERB_MORE
            or tokens[nxt + 1].full in verbs.PERSON_PAST):
        return True  # "كريم الشب اللي بالمكتب"
    return (tokens[nxt].full in cues.TEAM_PREPOSITION and nxt + 1 < len(tokens)
            and tokens[nxt + 1].full in cues.TEAM)



def ends_phrase(ctx: Context, last: int) -> bool:
    """Nothing, punctuation, "من" or an "و"-clause follows: "أنا آمنة سروة من غانا"."""
    tokens = ctx.tokens
    nxt = last + 1
    if nxt >= len(tokens) or BREAK.search(ctx.text, tokens[last].end, tokens[nxt].whole_start):
        return True
    return tokens[nxt].full == normalise("من") or tokens[nxt].full.startswith(cues.AND)



def joined_to_name(ctx: Context, last: int, loose: bool = False) -> bool:
    """"أمل وخديجة": joined by "و" to a listed name, or to an everyday-word name that a verb of
    a person follows ("منى ووفاء جابوا لنا أكل"); `loose` (a verb before shows people) takes
    any everyday-word name ("ساعدونا كريم ووفاء")."""
    # A list runs on: "مها ولينا وجود كانوا معي" is three people because a verb ends the list.
    for _ in range(_LIST_NAMES):
        nxt = joined_next(ctx, last)
        if nxt is None:
            return False
        if ctx.listed(nxt):
            return True
        if not ctx.everyday(nxt):
            return False
        if loose or person_after(ctx, nxt) or cue_after(ctx, nxt):
            return True
        last = nxt
    return False


_LIST_NAMES = 5


def joined_next(ctx: Context, last: int) -> int | None:
    """The word joined by "و" after the word at `last` ("وخديجة", "و خديجة"), or None."""
    tokens = ctx.tokens
    nxt = last + 1
    if nxt >= len(tokens) or not spaced(ctx.text, tokens[last], tokens[nxt]):
        return None
    token = tokens[nxt]
    if token.full == cues.AND and nxt + 1 < len(tokens) \
            and spaced(ctx.text, token, tokens[nxt + 1]):
        return nxt + 1
    if token.start != token.whole_start and token.full[0] == cues.AND:
        return nxt
    return None



def after_on_me_verb(ctx: Context, index: int) -> bool:
    """Right after a verb that takes "على": "سلمت علي", "وضحكوا علي"."""
    previous = ctx.tokens[index - 1]
    return spaced(ctx.text, previous, ctx.tokens[index]) and _is(previous.full, verbs.ON_ME)


def role_follows(ctx: Context, last: int) -> bool:
    """A role with "ال" right after: "الطيب المترجم", not an adjective before its noun."""
    nxt = last + 1
    tokens = ctx.tokens
    return (nxt < len(tokens) and spaced(ctx.text, tokens[last], tokens[nxt])
            and tokens[nxt].full.startswith("ال") and tokens[nxt].full in cues.ROLE)


def from_place(ctx: Context, last: int) -> bool:
    """"من" and a listed place follow: "صديقتي جميلة من الخرطوم"."""
    tokens = ctx.tokens
    nxt = last + 1
    return (nxt + 1 < len(tokens) and tokens[nxt].full == normalise("من")
            and spaced(ctx.text, tokens[last], tokens[nxt])
            and spaced(ctx.text, tokens[nxt], tokens[nxt + 1])
            and tokens[nxt + 1].key in places())


def to_place(ctx: Context, last: int) -> bool:
    """"على" or "الى" and a listed place follow: "راحت هدى على ألمانيا"."""
    tokens = ctx.tokens
    nxt = last + 1
    return (nxt + 1 < len(tokens) and tokens[nxt].full in cues.TOWARDS
            and spaced(ctx.text, tokens[last], tokens[nxt])
            and spaced(ctx.text, tokens[nxt], tokens[nxt + 1])
            and tokens[nxt + 1].key in places())


def from_somewhere(ctx: Context, last: int) -> bool:
    """"من" and a word without "ال" follow: "أنا رامش من نيبال", not "أنا خائفة من الشرطة"."""
    tokens = ctx.tokens
    nxt = last + 1
    return (nxt + 1 < len(tokens) and tokens[nxt].full == normalise("من")
            and spaced(ctx.text, tokens[last], tokens[nxt])
            and not tokens[nxt + 1].full.startswith("ال")
            and tokens[nxt + 1].full not in ctx.words)
