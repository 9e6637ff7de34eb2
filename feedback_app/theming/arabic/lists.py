# ruff: noqa: RUF001  (Arabic letters are the point of this module)
"""People named in a list joined by "و": "انا وسارة ورحاب ولين كنا بنفس الغرفة", "نغوين ورحيم
وبابلو ناموا على الطراد", "سفيان ونسيمه من الجمعيه".

Survivors name the women they shared a room with and the men they worked beside in one breath,
and often only one of them is a name anyone listed. A list is people when "أنا" starts it or
one of its words is a listed name, and it ends the way a list of people does: a stop, a verb of
a person ("ناموا", "كانو"), "كنا", "كلنا", "من" and where they are from. Then every word of it
that could be a name is one, even the word nobody listed and "و" is joined to ("ولين").
"""

from __future__ import annotations

import re

from feedback_app.theming.arabic import around, cues, forms, verbs
from feedback_app.theming.arabic.reading import (
    BREAK,
    Context,
    common_words,
    spaced,
    title_key,
)
from feedback_app.theming.arabic.script import offset_after, word_forms

# After a list of people: "we were", "all of us", "together", "with me".
_LIST_END = word_forms("كنا كنت كلنا كلهن كلهم كلهم سوا سوى سوية سويا مع معي معاي معنا معانا")
# Words that go on a sentence after "و", never a person: "and then", "and also", "and all".
_NOT_IN_A_LIST = _LIST_END | cues.ADVERB | forms.CONJUNCTION | word_forms(
    "بعدين بعد بعدها كمان كل كلها كله الحين هلق هلا هسه هيك هكذا هاد هذا هذه هذي بدون غير")
# Latin letters or digits after the last word: an email, a phone, a word in another script.
_OTHER_WORDS = re.compile(r"[A-Za-z0-9\u0660-\u0669\u06f0-\u06f9@]")
_IN = word_forms("في فى عند بنفس")
MAX_MEMBERS = 6


def listed_together(ctx: Context) -> dict[int, tuple[int, int]]:
    """Index of each word that is a name only as one of a list of people -> its (start, end)."""
    tokens = ctx.tokens
    found: dict[int, tuple[int, int]] = {}
    index = 0
    while index < len(tokens) - 1:
        run = [index]
        while len(run) < MAX_MEMBERS and (nxt := _joined(ctx, run[-1])) is not None:
            run.append(nxt)
        if len(run) > 1:
            found.update(_names_of(ctx, run))
        index = run[-1] + 1
    return found


def _joined(ctx: Context, last: int) -> int | None:
    """The word "و" joins to the word at `last`: "ورحيم", "و رحيم"."""
    tokens, nxt = ctx.tokens, last + 1
    if nxt >= len(tokens) or not spaced(ctx.text, tokens[last], tokens[nxt]):
        return None
    token = tokens[nxt]
    if token.full == cues.AND:
        return nxt + 1 if nxt + 1 < len(tokens) and spaced(ctx.text, token, tokens[nxt + 1]) else (
            None)
    return nxt if token.full[:1] == cues.AND and len(token.full) >= 3 else None


def _member(ctx: Context, index: int, first: bool) -> tuple[int, str]:
    """Where the name would start and its compared form, a joined "و" left out."""
    token = ctx.tokens[index]
    if first or token.start != token.whole_start or token.full[:1] != cues.AND:
        return token.start, token.key
    return offset_after(token.raw, token.whole_start, 1), token.full[1:]


def _could_be_name(ctx: Context, key: str) -> str | None:
    """"listed", "everyday" or "unknown" for a word that may be a name in a list, else None."""
    if key in ctx.names:
        return "listed"
    if key in ctx.ambiguous:
        return "everyday"
    if len(key) < 3 or key in ctx.words or key.startswith("ال"):
        return None
    if key in common_words() and (len(key) < 4 or key in _NOT_IN_A_LIST):
        return None  # a frequent word may be a name ("بابلو"), but not "وبعدين" or "وكمان"
    if key in cues.CUE_WORDS or key in cues.PRONOUN or key in cues.MY_CONTACT or (
            cues.nationality(key)) or (
            key in verbs.PERSON_PAST or key in verbs.PERSON_VERB or key in verbs.MEET
            or key in verbs.PERSON_VERB_MORE or cues.VERB_SHAPE.search(key)):
        return None
    if key[0] in "يتن" and len(key) <= 5 and not key.endswith(("ه", "ا")):
        return None  # "ونروح", "وتعبت": a verb; "ونسيمه", "ناديا" are names
    return "unknown"


def _names_of(ctx: Context, run: list[int]) -> dict[int, tuple[int, int]]:
    """The names of one run of words joined by "و", when the run is a list of people."""
    tokens = ctx.tokens
    me = tokens[run[0]].full in cues.WEAK_INTRO  # "انا وسارة": me and someone
    members = run[1:] if me else run
    kinds = []
    for position, index in enumerate(members):
        start, key = _member(ctx, index, first=not me and position == 0)
        kind = _could_be_name(ctx, key)
        if kind is None:
            break
        kinds.append((index, start, kind))
    if len(kinds) < (1 if me else 2) or not _ends_list(ctx, kinds[-1][0]):
        return {}
    if not (me or any(k == "listed" for _, _, k in kinds) or (
            all(k == "everyday" for _, _, k in kinds) and _they_did(ctx, kinds[-1][0]))):
        return {}  # "عوض والطيب اتصلوا": two names that are words too, and what they did
    return {index: (start, tokens[index].end) for index, start, _ in kinds}


def _ends_list(ctx: Context, last: int) -> bool:
    """A stop, a verb of a person, "كنا", "من" or a nationality after the list's last word."""
    tokens, nxt = ctx.tokens, last + 1
    gap_end = tokens[nxt].whole_start if nxt < len(tokens) else len(ctx.text)
    if _OTHER_WORDS.search(ctx.text, tokens[last].end, gap_end):
        return False  # "وايميلي hala@...": what follows is an address, not a stop
    if nxt >= len(tokens) or BREAK.search(ctx.text, tokens[last].end, gap_end):
        return True
    if not spaced(ctx.text, tokens[last], tokens[nxt]):
        return False
    token = tokens[nxt]
    if token.full.startswith(("بال", "بل")) or token.full in _IN:
        return True  # "لطيفة وسميرة ورانيا بالمصنع": where they were
    return (token.full in _LIST_END or token.full == cues.FROM or cues.nationality(token.key)
            or title_key(token) in cues.AFTER_ROLE or around.person_after(ctx, last))


def _they_did(ctx: Context, last: int) -> bool:
    """A plural verb of a person right after: "اتصلوا", "كانو", "جابو"."""
    nxt = last + 1
    if nxt >= len(ctx.tokens) or not spaced(ctx.text, ctx.tokens[last], ctx.tokens[nxt]):
        return False
    full = ctx.tokens[nxt].full
    return full.endswith(("و", "وا")) and (
        full in verbs.PERSON_PAST or full in verbs.PERSON_VERB_MORE or full in verbs.MEET)
