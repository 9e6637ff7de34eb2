"""Albanian given names that are words too, where Albanian grammar shows a person.

Many Albanian names are everyday nouns ("Shpresa" hope, "Drita" light, "Gëzimi" joy, "Liria"
freedom, "Dashuria" love), so the word list alone reads them as words. Albanian says who
someone is right after the name: a name opening a sentence, then "ishte shoferi" (was the
driver), "është shoku im" (is my friend), "ishte 15 vjeçe" (was 15), "nga dhoma ngjitur"
(from the room next door), "nga Shkodra", "dhe Flutura" (and Flutura), "e quanin" (they called
him), or a pronoun and a verb in the past ("me mësoi", "na merrte"). "Shpresa është e fundit"
(hope is the last) and "Dashuria ishte e madhe" (love was great) stay: an adjective is no person.
"""

from __future__ import annotations

import re

from feedback_app.theming import cues, wordlists
from feedback_app.theming.name_reading import Reading, case_stem, grammar_words
from feedback_app.theming.reach import match_after
from feedback_app.theming.tokens import starts_sentence

# Who a person is, after "është"/"ishte": kin, friends, the people of the work and the help.
_WHO = (
    r"shok(?:u|ja|e)?|shoqe|shoqja|mik(?:u|ja|e)?|v[eë]llai|v[eë]lla|motra|motr[eë]|"
    r"kush[eë]ri(?:ri|ra|n[eë])?|kush[eë]rir[eë]|gruaja|grua|burri|djali|vajza|n[eë]na|"
    r"babai|halla|tezja|teze|xhaxhai|daja|nipi|mbesa|shef(?:i|ja)?|shofer(?:i)?|pronar(?:i)?|"
    r"menaxher(?:i|ja)?|avokat(?:i|ja|e)?|mjek(?:u|ja|e)?|infermier(?:i|ja|e)?|"
    r"p[eë]rkthyes(?:i|ja|e)?|m[eë]sues(?:i|ja|e)?|punonj[eë]s(?:i|ja|e)?|polic(?:i|ja)?|"
    r"rekrutues(?:i|ja)?|i dashuri|e dashura|e vetmja|i vetmi|"
    r"(?:m[eë] )?e vogla|(?:m[eë] )?i vogli|(?:m[eë] )?e madhja|(?:m[eë] )?i madhi"
)
# What follows a name that opens a sentence, read a few words on at most.
_PERSON_AFTER = re.compile(
    r"(?:[ \t]*,)?[ \t]+(?:"
    rf"(?:[eë]sht[eë]|ishte|ish|asht|osht|ishin|jan[eë])[ \t]+(?:{_WHO})(?!\w)"
    r"|(?:[eë]sht[eë]|ishte|ish|asht|osht)[ \t]+\d{1,2}[ \t]*vje[cç]"
    r"|nga[ \t]+(?:dhoma|sh[eë]rbimi|organizata|shoqata|qendra|streha|ekipi|[A-ZË][^\W\d_]+)(?!\w)"
    r"|e[ \t]+(?:quanin|quajn[eë]|thirrnin)(?!\w)"
    r"|(?:dhe|e)[ \t]+(?P<other>[A-ZË][^\W\d_]{2,20})(?!\w)"
    r"|(?:m[eë]|m['\u2019]|na|ma|ia)[ \t]*[^\W\d_]{1,20}(?:oi|ti|nte|te|nin|shin|ha|ka|ri|ni|on|ur)"
    r"(?!\w)"
    r"|e[ \t]+(?:kishte|mbaroi|mori|solli|dinte|njihte)(?!\w)"
    r")",
)


def _given(plain: str) -> bool:
    """A given name or surname, as written or in one of its cases ("Gëzimi", "Besnikut")."""
    return (plain in wordlists.given_names() or plain in wordlists.surnames()
            or case_stem(plain, "sq") is not None)


def albanian_person(reading: Reading, index: int) -> bool:
    """A name that is a word, opening an Albanian sentence, then who the person is or did."""
    if reading.language != "sq":
        return False
    token = reading.tokens[index]
    if (not token.capitalised or not starts_sentence(reading.text, reading.tokens, index)
            or token.key in grammar_words("sq") or token.plain in cues.NOT_PERSONS
            or token.plain in wordlists.places() or not _given(token.plain)):
        return False
    found = match_after(_PERSON_AFTER, reading.text, token.end)
    if found is None:
        return False
    other = found.group("other")
    # "Beni dhe Tani", "Yllka dhe Flutura": two people; "Shpresa dhe Puna" is two words
    return other is None or _given(wordlists.plain_key(other))


# "në Gent", "ne Pire", "nga Maqedonia": after "in" a capital starts a place, even one that is
# a given name too (Gent); after "from" only a word that is no given name ("nga Drita" is a person).
_IN = frozenset(("ne", "në"))
_FROM = frozenset(("nga", "prej"))


def place_after_in(reading: Reading, index: int) -> bool:
    """Whether an Albanian word right after "in" or "from" names a place, not a person."""
    if reading.language != "sq" or index == 0 or not reading.adjacent(index):
        return False
    before, token = reading.tokens[index - 1].key, reading.tokens[index]
    return before in _IN or (before in _FROM and token.plain not in wordlists.given_names())


# "i dhashe krasniqit", "ia dhashe pasaporten klodit", "i thashe erindit": the clitic "i"/"ia"
# and a verb, a word at most between, then the person given or told in the dative.
_TOLD_BEFORE = re.compile(r"(?<!\w)(?:i|ia|ja|t['\u2019]ia)[ \t]+[^\W\d_]{2,20}"
                          r"(?:[ \t]+[^\W\d_]{2,20})?[ \t]+$", re.IGNORECASE)
_DATIVE_ENDINGS = ("it", "ut", "es")
_REACH_BEFORE = 50


def _cased_listed_name(plain: str) -> bool:
    """A listed given name or surname that is no word, in an Albanian case: "klodit" (Klodi),
    "erindit" (Erind), "krasniqit", "krasniqin" (Krasniqi)."""
    stem = case_stem(plain, "sq")
    if (stem is None and plain[-1:] in ("t", "n") and plain[-2:-1] in ("i", "u")
            and plain[:-1] in wordlists.person_names()):
        stem = plain[:-1]
    return (stem is not None and stem not in wordlists.everyday("sq")
            and stem not in grammar_words("sq"))


def lower_case_cased_name(reading: Reading, index: int, cued: bool) -> bool:
    """A listed name in lower case and in a case no word has, where Albanian shows a person:
    after a role or "i thashe" (`cued`), given or told something ("i dhashe krasniqit 500
    euro"), or doing something ("arditi me tha")."""
    token = reading.tokens[index]
    if (reading.language != "sq" or token.capitalised or token.plain in wordlists.everyday("sq")
            or not _cased_listed_name(token.plain)):
        return False
    if cued:
        return True
    own = cues.OWN_PERSON_VERB_AFTER["sq"]
    if match_after(own, reading.text, token.end) and len(token.plain) >= 5:
        return True
    return token.plain.endswith(_DATIVE_ENDINGS) and _TOLD_BEFORE.search(
        reading.text, max(0, token.start - _REACH_BEFORE), token.start) is not None


def nickname_word(reading: Reading, index: int) -> bool:
    """A capitalised word after "i thoshin", "i thone", even an everyday one: "te gjithe i
    thoshin Tani" (they all called him Tani, "tani" is now)."""
    return (reading.language == "sq" and reading.cued("nickname", index)
            and reading.proper(index))
