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

import re
from collections.abc import Iterator

from feedback_app.theming.arabic import around, cues, forms, lists, subjects, verbs
from feedback_app.theming.arabic.latin import find_latin_names
from feedback_app.theming.arabic.reading import (
    Context,
    common_words,
    is_break,
    spaced,
    title_key,
    tokenize,
)
from feedback_app.theming.arabic.script import ARABIC_LETTER, MARKS, SPACE
from feedback_app.theming.spans import Span


def _weak_intro(ctx: Context, last: int, extended: int) -> int | None:
    """After "أنا": a name, a surname, then a stop: "أنا آمنة سروة من غانا", not "أنا آمنة هنا"."""
    tokens = ctx.tokens
    if extended == last and last + 1 < len(tokens) and spaced(
            ctx.text, tokens[last], tokens[last + 1]) and ctx.unknown_could_be_name(last + 1):
        extended = last + 1
    return extended if extended > last and around.ends_phrase(ctx, extended) else None


def _introduced(ctx: Context, last: int) -> bool:
    """After "أنا" at the start of a sentence, the word ends it: a comma, a stop, the end, or "و"
    and the age or the children: "أنا نور، عمري ٢٢", "انا هاجر وعندي بنتين"."""
    tokens = ctx.tokens
    nxt = last + 1
    if nxt >= len(tokens) or is_break(ctx.text, tokens, nxt):
        return True
    return tokens[nxt].full in cues.AND_ABOUT_ME or (
        tokens[nxt].start != tokens[nxt].whole_start and tokens[nxt].key in cues.AND_ABOUT_ME)


def _in_place_name(ctx: Context, index: int) -> bool:
    """"شارع الحواش", "مدرسة الملك فيصل": the name of a place, not of a person."""
    tokens = ctx.tokens
    before = index - 1
    if before >= 0 and tokens[before].full in cues.HONORIFIC_IN_PLACE:
        before -= 1
    return before >= 0 and title_key(tokens[before]) in cues.PLACE_BEFORE


def _accept(ctx: Context, index: int, size: int, cue: str | None, after_name: bool) -> int | None:
    """Index of the last word of the name starting at `index`, or None when it is no name."""
    tokens = ctx.tokens
    last = index + size - 1
    token = tokens[index]
    if MARKS.sub("", ctx.text[token.start:token.end]) in cues.PREPOSITIONS_AS_TYPED or (
            _in_place_name(ctx, index)):
        return None
    if cue == "family":
        return ctx.extend(index, last)  # "عند عيلة الحمصي": the name the family bears
    if token.raw == "علي" and index > 0 and around.after_on_me_verb(ctx, index):
        return None  # "وسلمت علي": on me
    if forms.verb_or_thing(ctx, index, cue, after_name):
        return None
    if size == 1 and forms.before_nationality(ctx, index):
        return index  # "ميرسي الغانية واكوسوا": a word that is a name before a nationality
    if token.key in cues.HONORIFIC and last + 1 < len(tokens) and (
            tokens[last + 1].full in cues.HIGH_OFFICE):
        return None  # "سعادة السفير": an honorific
    if size == 1 and (title_key(token) in cues.CUE_WORDS or token.full in cues.CUE_WORDS) and not (
            cue in ("title", "listed-title") and ctx.everyday(index)
            and not token.key.startswith("ال")):
        return None  # "صديقي بلال": the relation is no part of the name; "عم سيد" is a name
    if token.key in cues.GREETING_HEAD and last + 1 < len(tokens) and spaced(
            ctx.text, token, tokens[last + 1]) and tokens[last + 1].key in cues.GREETING_SECOND:
        return None  # "صباح الخير", "صباح النور": a greeting
    if size == 1 and token.key in cues.WORDY_NAMES and cue not in _STRONG_CUES and (
            _reads_as_word(ctx, index)):
        return None  # "حسن المعاملة", "الوضع محمود"
    if size == 1 and cue == "kin" and (pair := subjects.foreign_pair(ctx, index)) is not None:
        return pair  # "البنت الصينيه لي مي كانت"
    if token.full in ctx.words and token.key == token.full and size == 1 and not (
            ctx.everyday(index) or ctx.listed(index)):
        return last if cue == "title" and subjects.titled_word(ctx, index) else None
    listed = size > 1 or ctx.listed(index)
    everyday = not listed and ctx.everyday(index)
    if listed:
        return ctx.extend(index, last)
    if everyday:
        sure = ctx.extend(index, last, loose=False)
        if token.key.startswith("ال") and ctx.text[token.start] not in "إأآ":
            if cue == "title" and cues.arab_nisba(token.key) and (
                    title_key(tokens[index - 1]) not in cues.TITLE):
                return None  # "المترجم المصري": the Egyptian translator
            # "السيد الخطيب" is a person, "الخياط قال" is the tailor; "الطيب المترجم" is a
            # person (an adjective follows its noun), and so is "بنتها الجوهرة كانوا".
            if cue in ("intro", "title") or around.role_follows(ctx, last) or (
                    (cue == "kin" or after_name) and token.key[2:] not in cues.ADJECTIVE_NAMES
                    and around.person_after(ctx, last)):
                return ctx.extend(index, last)
            return None
        adjective = token.key in cues.ADJECTIVE_NAMES
        if adjective and cue == "title" and not around.definite(tokens[index - 1]) and (
                title_key(tokens[index - 1]) not in cues.TITLE):
            return None  # "بدنا مترجم أمين": an honest interpreter, whoever it is
        if adjective and last + 1 < len(tokens) and tokens[last + 1].full in cues.INTENSIFIER:
            return None  # "الممرضة جميلة كتير": the adjective, whatever came before
        if cue in ("intro", "title", "address", "listed-title") or after_name:
            return ctx.extend(index, last)
        if cue in ("kin", "verb", "owner", "person") and (
                not adjective or around.joined_to_name(ctx, last, loose=True)
                or (cue in ("kin", "person") and (
                    around.from_place(ctx, last) or around.person_after(ctx, last)
                    or subjects.or_someone(ctx, last)))):
            return ctx.extend(index, last)  # "ساعدتني أمل", "ساعدونا كريم ووفاء"
        if cue == "past":
            # "تزوجت منى وراحت", "جت نوال تزورني"; never "ماتت أمل عندي", "جت فرحة العيد"
            if adjective or around.construct_follows(ctx, last):
                return None
            if around.to_place(ctx, last) or around.verb_on_me_after(ctx, last) or (
                    around.ends_phrase(ctx, last) and last + 1 < len(tokens)
                    and tokens[last + 1].full.startswith(cues.AND)):
                return ctx.extend(index, last)
            return None
        if cue == "vocative":
            # "يا صابر تعال", never "يا رب", "يا كريم", "يا سلام" or "يا نور عيني"
            if token.key in cues.VOCATIVE_NOT_A_NAME or around.construct_follows(ctx, last):
                return None
            return ctx.extend(index, last)
        if cue in ("meet", "meet-prep") and (not adjective or cue == "meet-prep") and (
                not around.construct_follows(ctx, last) or around.verb_on_me_after(ctx, last)):
            return ctx.extend(index, last)  # "شفت نور بالممر", "حكيت مع سعيد"
        if cue == "weak":
            if not adjective and around.from_somewhere(ctx, last):
                return last  # "أنا أمل من سوريا"
            if is_break(ctx.text, tokens, index - 1) and _introduced(ctx, last) and (
                    not adjective or forms.about_me_next(ctx, last)):
                return last  # "السلام عليكم، انا هاجر", "أنا نور، عمري ٢٢", "انا منير، عمري"
            return _weak_intro(ctx, last, sure)
        if sure > last:
            return ctx.extend(index, last)  # "أمل الحسن": a family name follows
        previous = tokens[index - 1] if index > 0 else None
        at_break = is_break(ctx.text, tokens, index)
        if previous is not None and not at_break and (
                previous.full in cues.NOT_A_PERSON_BEFORE or (
                    previous.full in cues.VERB_PARTICLE and token.full in verbs.PERSON_PAST)):
            return None
        after_noun = previous is not None and not at_break and around.definite(previous) and (
            previous.full not in cues.EXCLAMATION)  # "الحمدلله ياسمين كانت معي"
        if adjective and after_noun:
            return None  # "صاحب البيت كريم", "الدورة جميلة": the adjective of the noun before
        if around.construct_follows(ctx, last) and not around.cue_after(ctx, last):
            return None  # "نور الشمس", "رحمة ربنا"
        if subjects.plural_role_after(ctx, last) and not around.joined_to_name(ctx, last):
            return None  # "حنان الموظفات": the staff's kindness
        if around.cue_after(ctx, last) or around.joined_to_name(ctx, last):
            return last
        if around.person_after(ctx, last) and not after_noun:
            return last  # not "الجمعية ديما كتسول" (Moroccan "always")
        return None
    extended = ctx.extend(index, last)
    if cue == "title" and title_key(tokens[index - 1]) in cues.TITLE and ctx.nisba(index):
        return extended  # "الدكتورة السعدي": a family name alone after a title
    if cue in ("vocative", "listed-title", "person", "past"):
        return None  # "يا جماعة", "عم اشتغل", "البنت صغيرة": only listed names there
    if (is_break(ctx.text, tokens, index) or tokens[index - 1].full in forms.CONJUNCTION) \
            and last + 1 < len(tokens) and spaced(ctx.text, tokens[last], tokens[last + 1]) \
            and cues.nationality(tokens[last + 1].key) \
            and ctx.unknown_could_be_name(index, verb_shape_too=False):
        return last  # "تيرهاس الإريترية": a nationality after a word nobody listed
    if cue == "intro" and token.key.startswith("ال") and len(token.key) >= 5 and (
            tokens[index - 1].full in cues.NICKNAME_INTRO) and (
            token.key not in ctx.words and token.key not in cues.INTRO_FILLER
            and token.key not in cues.CUE_WORDS and not cues.nationality(token.key)):
        return extended  # "بيسموه الأسمر": a nickname
    if (cue is None and subjects.subject_first(ctx, index)) or (
            cue in ("kin", "title") and subjects.named_in_t(ctx, index, last)):
        return extended  # "تيجيست بتحكي عربي", "صاحبتي جوليت من الفلبين"
    if cue == "title" and size == 1 and (surname := _foreign_surname(ctx, index)) is not None:
        return surname  # "المحامية كلير دوبون", "المحامي يوست فان دايك": a full name from abroad
    # Past this point the word is neither listed nor frequent: a rare word after a cue is far
    # more often a name nobody listed than an everyday word. After "my name is", a word that
    # closes the phrase is the name whatever its shape ("اسمي ترحاس، عربي مو كويس").
    if not ctx.unknown_could_be_name(
            index, frequent_too=cue != "intro",
            verb_shape_too=not ((cue == "title" and subjects.did_something_next(ctx, last)) or (
                cue == "intro" and (last + 1 >= len(tokens)
                                    or is_break(ctx.text, tokens, last + 1)))),
            introduced=cue == "intro",
            plural_shape=cue == "intro" or (
                cue == "title" and title_key(tokens[index - 1]) in cues.TITLE)):
        return None
    if cue in ("intro", "title", "address", "meet-prep"):
        return extended
    if cue in ("kin", "verb") and not cues.PARTICIPLE.search(tokens[index].key) and not (
            cue == "verb" and (tokens[index].key.endswith(("ي", "ها", "نا", "ك", "ه"))
                               or (tokens[index].key[0] == "ا" and len(tokens[index].key) <= 6))
    ) and (
            around.cue_after(ctx, last) or around.ends_phrase(ctx, last) or extended > last
            or (last + 1 < len(tokens) and tokens[last + 1].full in cues.INTENSIFIER)
            or (cue == "kin" and around.person_after(ctx, last))):
        return extended  # "صديقتي ريتال من حلب", "ساعدتني سيرين كتير"; not "صديقتي مسافرة هلق"
    if cue == "meet" and not around.construct_follows(ctx, last) and not (
            tokens[index].key.endswith(("ي", "ها", "نا", "ك", "ه"))):
        return extended  # "شفت سمهر بالسوق"; not "شفت ملفي" (my file)
    if after_name and (around.person_after(ctx, last) or around.cue_after(ctx, last)
                       or around.ends_phrase(ctx, last)):
        return extended  # "ماريبل وجوسلين كانوا": joined by "و" to a name before
    if is_break(ctx.text, tokens, index) and around.joined_to_name(ctx, last):
        return extended  # "سمهر وأبرهت": joined by "و" to a listed name after
    partner = around.joined_next(ctx, last)
    if partner is not None and ctx.listed(partner) and not around.definite(tokens[index - 1]) and (
            around.from_somewhere(ctx, partner) or around.person_after(ctx, partner)
            or around.cue_after(ctx, partner)):
        return extended  # "كان معي تيجست وألماز من إثيوبيا": a pair of people, one listed
    if is_break(ctx.text, tokens, index) and around.person_after(ctx, last):
        return extended  # "سمهر كانت معي", "أبرهت اللي بالغرفة"
    if extended > last and tokens[last + 1].key in cues.LINEAGE:
        return extended  # "سروة بنت أحمد": a lineage shows the word before is a name
    if is_break(ctx.text, tokens, index) and around.cue_after(ctx, last) and (
            tokens[last + 1].full in cues.TEAM_PREPOSITION or extended > last
            or tokens[last + 1].full in verbs.PERSON_VERB or cues.nationality(tokens[last + 1].key)
            or title_key(tokens[last + 1]) in cues.ROLE or title_key(tokens[last + 1]) in cues.KIN
            or around.blessing_after(ctx, last)):
        return extended  # "رامش من المجموعة النيبالية أوصلني", "جيهان قالت لي"
    if cue == "weak" and around.from_somewhere(ctx, last):
        return last  # "أنا رامش من نيبال"
    return None


def _foreign_surname(ctx: Context, index: int) -> int | None:
    """After a title, a word nobody listed, then a family name nobody listed (a Dutch or Spanish
    particle may come between): the index of that family name, or None. Names from abroad in
    Arabic letters are often frequent words in a news corpus ("كلير") or have the shape of a
    verb ("يوست"); the family name after them shows a person."""
    tokens = ctx.tokens
    first, nxt = tokens[index], index + 1
    if nxt >= len(tokens) or not spaced(ctx.text, first, tokens[nxt]) or (
            first.full in cues.CUE_WORDS or not ctx.unknown_could_be_name(
                index, frequent_too=False, verb_shape_too=False)):
        return None  # "المحامية وقفت جنبي": a verb of what she did
    surname = nxt + ctx.particles(nxt)
    if surname >= len(tokens) or tokens[surname].start != tokens[surname].whole_start or not (
            ctx.unknown_could_be_name(surname)) or cues.PARTICIPLE.search(tokens[surname].key):
        return None
    key = tokens[surname].key
    if ctx.listed(surname) or ctx.everyday(surname) or any(
            key.endswith(end) and key[:-len(end)] in common_words()
            for end in _POSSESSIVE_ENDINGS):
        return None  # "الكفيل اخد جوازي": my passport; "الدكتور انسان كريم": generous
    return surname


_POSSESSIVE_ENDINGS = ("ي", "ها", "نا", "ك", "ه", "كم", "هم")


# Cues after which a listed name is a name whatever its sense: "الأستاذ حسن", "شفت ناصر".
_STRONG_CUES = frozenset({"intro", "title", "kin", "address", "vocative", "listed-title",
                          "meet-prep", "meet", "verb", "person"})


def _reads_as_word(ctx: Context, index: int) -> bool:
    """A wordy name read as its sense: a noun after it ("حسن المعاملة"), a definite noun before it
    ("الوضع محمود"), "ولا" and a word after it ("ناصر ولا معين"), or "كان", "بكل" before it."""
    tokens, text = ctx.tokens, ctx.text
    nxt = index + 1
    if nxt < len(tokens) and spaced(text, tokens[index], tokens[nxt]):
        following = tokens[nxt]
        if (following.start == following.whole_start and following.key.startswith("ال")
                and not ctx.surname_like(nxt, loose=True) and not around.cue_after(ctx, index)):
            return True
        if following.full in cues.NOR and nxt + 1 < len(tokens) and not ctx.listed(nxt + 1):
            return True
    if is_break(text, tokens, index):
        return False
    previous = tokens[index - 1]
    if previous.full in cues.WORDY_BEFORE:
        return True
    return (around.definite(previous) and title_key(previous) not in cues.CUE_WORDS
            and not around.person_after(ctx, index) and not around.cue_after(ctx, index))


def _follows_by_and(ctx: Context, previous_last: int, index: int) -> bool:
    """"خديجة وزينب", "مريم و سارة": the word at `index` is joined by "و" to the name before."""
    tokens, text = ctx.tokens, ctx.text
    token = tokens[index]
    if previous_last == index - 1:
        return (token.start != token.whole_start and token.full[0] == cues.AND
                and spaced(text, tokens[previous_last], token))
    return (previous_last == index - 2 and tokens[index - 1].full == cues.AND
            and spaced(text, tokens[previous_last], tokens[index - 1])
            and spaced(text, tokens[index - 1], token))


_LIST_COMMA = re.compile(r"[ \t\u00a0\u200f\u200e]*[،,][ \t\u00a0\u200f\u200e]*")


def _in_comma_list(ctx: Context, previous_last: int, index: int) -> bool:
    """"سلمى، جنان، ريما وأروى": a name between commas in a list of names."""
    tokens, text = ctx.tokens, ctx.text
    if previous_last != index - 1 or not _LIST_COMMA.fullmatch(
            text, tokens[previous_last].end, tokens[index].whole_start):
        return False
    nxt = index + 1
    if nxt >= len(tokens):
        return False
    joined = around.joined_next(ctx, index)
    if joined is None and _LIST_COMMA.fullmatch(text, tokens[index].end, tokens[nxt].whole_start):
        joined = nxt
    return joined is not None and (ctx.listed(joined) or ctx.everyday(joined))


def find_arabic_names(text: str, language: str = "ar") -> Iterator[Span]:
    """Yield names written in Arabic script; titles, relations and joined prefixes stay outside."""
    # Answers mix scripts and languages: an Arabic name in a French answer counts, whatever the
    # language (Arabic typed in Latin letters is read in `arabizi`).
    del language
    if not isinstance(text, str) or not ARABIC_LETTER.search(text):
        return
    tokens = tokenize(text)
    if not tokens:
        return
    ctx = Context(text, tokens)
    yield from _one_span_per_name(text, _names_in(ctx))
    yield from find_latin_names(text)


def _one_span_per_name(text: str, spans: Iterator[Span]) -> Iterator[Span]:
    """Name spans only a space apart are one name: "عمي عبده سالم", whose "سالم" is an
    adjective too, read on its own."""
    held: Span | None = None
    for span in spans:
        if held is not None and SPACE.fullmatch(text, held.end, span.start):
            held = Span("name", held.start, span.end)
            continue
        if held is not None:
            yield held
        held = span
    if held is not None:
        yield held


def _names_in(ctx: Context) -> Iterator[Span]:
    """Each name's span, word by word: the cue rules first, then the lists of people."""
    tokens = ctx.tokens
    in_lists = lists.listed_together(ctx)
    index, previous_last = 0, None
    while index < len(tokens):
        after_name = previous_last is not None and (
            _follows_by_and(ctx, previous_last, index)
            or _in_comma_list(ctx, previous_last, index))
        size = ctx.head_length(index)
        cue = around.cue_before(ctx, index) or subjects.cue_before(ctx, index)
        if size == 1 and cue == "intro" and forms.nickname_kunya(ctx, index):
            size = 2  # "كانو ينادوه ابو شنب": a kunya made of any word
        if forms.unlisted_joined_who(ctx, index, previous_last == index - 1 and spaced(
                ctx.text, tokens[index - 1], tokens[index])):
            yield Span("name", tokens[index].start, tokens[index].end)
            previous_last = index
            index += 1
            continue
        if tokens[index].start != tokens[index].whole_start and not (
                ctx.listed(index) or ctx.everyday(index) or size > 1):
            size = 0  # "ورقمي": a joined prefix on a word that is no name
        last = _accept(ctx, index, size, cue, after_name) if size else None
        if last is None and index in in_lists:
            yield Span("name", *in_lists[index])  # "انا وسارة ورحاب ولين كنا"
            previous_last = index
        elif last is not None:
            yield Span("name", tokens[index].start, tokens[last].end)
            previous_last, index = last, last
        index += 1
