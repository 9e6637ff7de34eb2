"""Names that are words first, and the cues that show a person all the same.

"will" and "bill" are grammar words, "sunday" and "mai" are days and months, "patience" and
"bonheur" are what people feel, "luz" and "marina" are things: each is someone only where a
person is meant ("will said", "my daughter mai", "bonheur du foyer est la seule qui m'a aidée",
"luz marina"). Each rule asks for a cue only a person meets (see `person_cues`).
"""

from __future__ import annotations

import re

from feedback_app.theming import cues, person_cues, person_slots, spanish_people, wordlists
from feedback_app.theming.name_context import apposition, clause_ends, could_be_lower_case_name
from feedback_app.theming.name_reading import Evidence, Reading, grammar_words
from feedback_app.theming.reach import match_after
from feedback_app.theming.tokens import starts_sentence

_LOOK_BACK_CHARS = 24  # "my little sister, " and a space
_ROLE_PHRASE_CHARS = 32  # "the nurse at the clinic": a role and where it is
# "thanks bill for the lift", "shout out to will and the team": after thanks, someone thanked
_THANKED_AFTER = re.compile(r"(?:[ \t]*,)?[ \t]+(?:for|por|pour|pelo|pela|and|y|et|e)(?!\w)",
                            re.IGNORECASE)
_SURNAME_OPENERS = frozenset(("van", "von"))
_SURNAME_PARTICLES = frozenset(("den", "der", "de", "dem"))


def _number_follows(reading: Reading, index: int) -> bool:
    """"mai 2023", "june 5th": a date, not a person."""
    rest = reading.text[reading.tokens[index].end:reading.tokens[index].end + 3].lstrip(" ,")
    return rest[:1].isdigit()


def grammar_word_name(reading: Reading, index: int) -> bool:
    """"will said", "bill told me", "the boss bill made us sleep", "Will at reception": where the
    grammar word cannot be one, because a verb in the past or a place follows it."""
    token = reading.tokens[index]
    if token.plain not in person_cues.GRAMMAR_WORD_NAMES:
        return False
    if reading.cued("thanks", index) and (clause_ends(reading, index) or _THANKED_AFTER.match(
            reading.text, token.end)):
        return True  # "shout out to will and the team"; "thanks to will power" stays
    if index and reading.tokens[index - 1].key in cues.NOT_A_PERSON_BEFORE:
        return False  # "the bill said", "my bill was high"
    opens = starts_sentence(reading.text, reading.tokens, index)
    cued = reading.cued("role", index) or reading.cued("title", index) or reading.proper(index)
    if not (opens or cued):
        return False
    if match_after(person_cues.PAST_VERB_AFTER, reading.text, token.end) or (
            opens and match_after(person_cues.FROM_THEN_PERSON, reading.text, token.end)):
        return True  # "bill from the food bank gave us": the bill from the council gives nothing
    # "Will at reception", "will from the job training": the future takes no place after it
    return (opens and token.plain == "will"
            and bool(match_after(person_cues.AT_OR_FROM_AFTER, reading.text, token.end)))


def calendar_name(reading: Reading, index: int) -> bool:
    """"el profe julio", "my daughter mai", "sunday told me": a day or a month that names
    someone, after a title or a kinship word, or opening a sentence before what they said."""
    token = reading.tokens[index]
    if token.plain not in person_cues.CALENDAR_NAMES or _number_follows(reading, index):
        return False
    if index and reading.tokens[index - 1].key in cues.NOT_A_PERSON_BEFORE:
        return False  # "in june", "el domingo", "le mai"
    start = token.start
    if reading.cued("title", index) or person_cues.KIN_BEFORE.search(
            reading.text, max(0, start - _LOOK_BACK_CHARS), start):
        return True
    return (starts_sentence(reading.text, reading.tokens, index)
            and bool(match_after(person_cues.SPOKE_AFTER, reading.text, token.end)))


def calendar_word(reading: Reading, index: int) -> bool:
    """A day or a month that could open a list of people ("sunday and obinna from the
    salvation army"): at the start of a sentence, no number after it."""
    return (reading.tokens[index].plain in person_cues.CALENDAR_NAMES
            and starts_sentence(reading.text, reading.tokens, index)
            and not _number_follows(reading, index))


def _could_be_person(reading: Reading, index: int) -> bool:
    """A word that may name someone: in a name list or in none, no grammar word."""
    token = reading.tokens[index]
    if token.key in grammar_words(reading.language) or len(token.word) < 2:
        return False
    evidence = reading.evidence(index)
    if evidence is Evidence.AMBIGUOUS:
        return (token.plain in wordlists.given_names()
                and token.plain not in cues.ABSTRACT_NOUN_NAMES)
    return evidence is not Evidence.WORD


def person_around(reading: Reading, index: int) -> bool:
    """"goodluck was the only one who warned me", "sita didi", "bisi's room", "me and kenia":
    what only a person is or has, right beside the word."""
    token = reading.tokens[index]
    text, end, start = reading.text, token.end, token.start
    if token.plain in wordlists.given_names() and token.key not in grammar_words(
            reading.language):
        if person_cues.SELF_BEFORE.search(text, max(0, start - 12), start) and clause_ends(
                reading, index) and not spanish_people.adjective(reading, index):
            # "je suis espérance, j'ai 25 ans"; "i am tired,", "soy modesto," are no one
            return True
        if match_after(cues.KIN_AFTER, text, end) and not person_slots.after_a_word(reading, index):
            # "i share a room with precious and her baby"; "la iglesia bautista y su esposa"
            return True
    if not _could_be_person(reading, index):
        return False
    after_a_word = index and reading.tokens[index - 1].key in cues.NOT_A_PERSON_BEFORE
    if match_after(person_cues.THE_ONE_WHO_AFTER, text, end) and not after_a_word:
        return True  # not "le foyer de schaerbeek est la seule qui": the foyer is
    if match_after(person_cues.HONORIFIC_AFTER, text, end):
        return True
    if person_cues.POSSESSIVE.search(token.word) and match_after(person_cues.POSSESSED_AFTER,
                                                                 text, end):
        return True
    if (person_cues.SUBJECT_AFTER_VERB.search(text, max(0, start - 16), start)
            or person_cues.SIGN_OFF_BEFORE.search(text, max(0, start - 16), start)
            or (match_after(cues.WITH_ME_AFTER, text, end) and not after_a_word)):
        # "me dijo la chela", "atte. rosario", "yuleidy y yo llegamos juntas"; "the xray and
        # i" is a thing
        return reading.evidence(index) is not Evidence.AMBIGUOUS or could_be_lower_case_name(
            reading, index)
    if person_cues.WITH_ME_BEFORE.search(text, max(0, start - 8), start):
        evidence = reading.evidence(index)
        return evidence is not Evidence.AMBIGUOUS or could_be_lower_case_name(reading, index)
    return False


def chinese_name(reading: Reading, index: int) -> bool:
    """"con Li Na", "Wang Fang me ayudo": a capitalised Chinese family name, then a capitalised
    syllable of a given name, where capitals mean something."""
    token = reading.tokens[index]
    following = index + 1
    if (not reading.reliable or not token.capitalised or token.word.isupper()
            or token.plain not in person_cues.CHINESE_SURNAMES
            or following >= len(reading.tokens) or not reading.adjacent(following)):
        return False
    second = reading.tokens[following]
    return (second.capitalised and not second.word.isupper() and len(second.word) <= 6
            and person_cues.PINYIN_SYLLABLE.fullmatch(second.plain) is not None
            and reading.evidence(following) is not Evidence.WORD)


def with_full_name(reading: Reading, index: int) -> bool:
    """"avec aya kouame", "with Mai Linh": after "with", a given name and a second name."""
    token = reading.tokens[index]
    following = index + 1
    start = token.start
    if (following >= len(reading.tokens) or not reading.adjacent(following)
            or token.plain not in wordlists.given_names()
            or token.key in grammar_words(reading.language)
            or not person_cues.WITH_BEFORE.search(reading.text, max(0, start - 6), start)):
        return False
    second = reading.tokens[following]
    return (reading.evidence(following) in (Evidence.LISTED, Evidence.UNKNOWN)
            and len(second.word) >= 3 and second.key not in grammar_words(reading.language))


def word_name_from_somewhere(reading: Reading, index: int) -> bool:
    """A name that is a word, opening a sentence, then where the person is from and what they
    did: "patience from the hostel helped me", "esperance du cada m'a trouvé une place". In
    French, Spanish and Portuguese a noun opening a sentence has its article, so "bonheur du
    foyer" with none is someone."""
    token = reading.tokens[index]
    if token.plain not in wordlists.names_that_are_words() or not starts_sentence(
            reading.text, reading.tokens, index):
        return False
    if match_after(person_cues.FROM_THEN_PERSON, reading.text, token.end):
        return True
    # "bonheur du foyer", "esperanza del albergue"; "paz del alma" is peace
    return reading.language in ("es", "fr", "pt") and apposition(
        match_after(cues.ROLE_AFTER, reading.text, token.end))


def compound_rest(reading: Reading, index: int) -> int | None:
    """"luz marina", "mari carmen", "maria de los angeles": a given name that opens compound
    names, then another given name (not both words too: "rosa blanca" is a flower). Returns
    the index of the second given name."""
    token = reading.tokens[index]
    if token.plain not in person_cues.COMPOUND_HEADS or token.key in reading.not_names or (
            reading.language == "fr" and token.plain == "mari"):  # "mon mari jean": her husband
        return None  # "ana lissa bestanna": in an Arabic answer, "ana" is I
    following = index + 1
    while (following < len(reading.tokens) and reading.tokens[following].plain
           in cues.NAME_PARTICLES and following - index <= 2 and reading.adjacent(following)):
        following += 1
    if following >= len(reading.tokens) or not reading.adjacent(following):
        return None
    second = reading.tokens[following]
    if following > index + 1 and second.plain in person_cues.DEVOTIONAL_NAMES and (
            token.plain in ("maria", "mari")):
        return following  # "maria das gracas", "maria de la paz"
    if (second.plain in wordlists.given_names()
            and second.key not in grammar_words(reading.language)
            and not (token.plain in wordlists.names_that_are_words()
                     and second.plain in wordlists.names_that_are_words())):
        return following
    return None


def particle_surname(reading: Reading, index: int) -> int | None:
    """"van den broeck", "von der Heide": a Dutch or German surname opening with its particles,
    in any case. Returns the index of the word after the particles."""
    tokens = reading.tokens
    second, third = index + 1, index + 2
    if (tokens[index].plain not in _SURNAME_OPENERS or third >= len(tokens)
            or tokens[second].plain not in _SURNAME_PARTICLES
            or not (reading.adjacent(second) and reading.adjacent(third))):
        return None
    surname = tokens[third]
    if surname.key in grammar_words(reading.language) or len(surname.word) < 3:
        return None
    return third if reading.evidence(third) in (Evidence.LISTED, Evidence.UNKNOWN) else None


def between_commas_after_role(reading: Reading, index: int) -> bool:
    """"the nurse at the clinic, joy, always smiles", "la dame de l'accueil, sandrine, est
    gentille": a given name set between commas, after a role a few words before."""
    token = reading.tokens[index]
    text = reading.text
    if (token.plain not in wordlists.given_names() or reading.evidence(index) is Evidence.WORD
            or token.key in grammar_words(reading.language)
            or text[max(0, token.start - 2):token.start] != ", "
            or text[token.end:token.end + 1] != ","):
        return False
    comma = token.start - 2
    window = text[max(0, comma - _ROLE_PHRASE_CHARS):comma]
    if any(mark in window for mark in ".!?\n"):
        window = window[max(window.rfind(mark) for mark in ".!?\n") + 1:]
    first = comma - len(window)
    return any(end in reading.cue_ends["role"] for end in range(first, comma + 1))


# "lindo era o apelido do aliciador", "flaco es como le dicen", "tiger was his nickname"
_NICKNAME_SAID_AFTER = re.compile(
    r"[ \t]+(?:era|es|fue|[eé]|foi|was|is)[ \t]+(?:(?:o|el|su|seu|sua|his|her|their|the|mi|meu)"
    r"[ \t]+)?(?:apelido|apodo|alias|sobrenombre|nickname|nick)(?!\w)"
    r"|[ \t]+(?:es|era)[ \t]+como[ \t]+(?:le|lo|la)[ \t]+(?:dicen|dec[ií]an|llaman|llamaban)(?!\w)",
    re.IGNORECASE)


def said_to_be_a_nickname(reading: Reading, index: int) -> bool:
    """A word opening a sentence that is then said to be what someone was called: "lindo era o
    apelido do aliciador". Whatever the word means, here it is his name."""
    token = reading.tokens[index]
    return (token.key not in grammar_words(reading.language)
            and starts_sentence(reading.text, reading.tokens, index)
            and match_after(_NICKNAME_SAID_AFTER, reading.text, token.end) is not None)
