"""What the words around a candidate say: a cue before it ("my name is", "ask", "Dr", a role, a
Portuguese article) and what follows it ("from the outreach team", "said", "and I").
"""

from __future__ import annotations

import re

from feedback_app.theming import (
    albanian_people,
    albanian_words,
    cues,
    person_cues,
    person_slots,
    wordlists,
)
from feedback_app.theming.name_reading import PARTS, Evidence, Reading, grammar_words
from feedback_app.theming.reach import match_after
from feedback_app.theming.tokens import starts_sentence


def strong_intro(reading: Reading, index: int, evidence: Evidence) -> bool:
    """"my name is grace", "me llamo ioana": anything but a grammar word is the name."""
    token = reading.tokens[index]
    return (reading.cued("intro", index) and token.key not in grammar_words(reading.language)
            and not albanian_words.said_what_i_am(reading.language, reading.text, token.start,
                                                  token.plain))


def soft_cue(reading: Reading, index: int, evidence: Evidence) -> bool:
    """"call me bless", "ask Grace", "my lawyer sarah", "Dr Haddad", "a Vitória" (Portuguese).

    After these a lower-case everyday word stays ("call me back", "my lawyer said", "sister
    was"), unless the cue is a nickname and the word is foreign to the answer's language.
    """
    token = reading.tokens[index]
    if reading.cued("title", index) and len(token.word) == 1 and token.word.isalpha() and (
            clause_ends(reading, index) or after_cue(reading, index)):
        return True  # "mr b the lawyer", "Mr K, he said": a person known by an initial
    if albanian_people.nickname_word(reading, index):
        return True  # "i thoshin Tani": what they called him, a word or not
    if albanian_people.lower_case_cased_name(reading, index, reading.cued("role", index)):
        return True  # "i thashe erindit", "i dhashe krasniqit 500 euro", "arditi me tha"
    if token.key in grammar_words(reading.language):
        return False
    plausible = evidence in (Evidence.LISTED, Evidence.UNKNOWN) or reading.capital(index)
    if reading.cued("nickname", index):
        foreign = all(part not in wordlists.everyday(reading.language, english=False)
                      and part not in grammar_words(reading.language)
                      for part in PARTS.split(token.plain) if part)  # not "c'est"
        # "qu'on appelait le vieux nous frappait", "le grand qui a pris nos papiers"
        return plausible or foreign or (token.key not in cues.TIME_WORDS and (
            clause_ends(reading, index) or after_cue(reading, index)
            or bool(match_after(person_cues.WHO_AFTER, reading.text, token.end))))
    if reading.cued("thanks", index) and token.plain in person_cues.ENDEARMENTS:
        return False  # "gracias mija", "gracias reina": what she is called, not her name
    if reading.cued("title", index) or reading.cued("thanks", index):
        # "doña mari", "Miss India": a name that is a language or a country, after a title
        return plausible or evidence is Evidence.AMBIGUOUS or (
            evidence is Evidence.WORD and token.plain in wordlists.given_names()
            and token.plain in wordlists.language_names())
    if reading.cued("role", index):
        if evidence is Evidence.UNKNOWN and not token.capitalised and "," in reading.text[
                max(0, token.start - 3):token.start]:
            return False  # "su marido, guardaban los pasaportes": a new clause, not his name
        # "mi trabajadora social carmen es", "dile a pepe que": a name that is also a word,
        # when what follows reads as what the person is or did ("the nurse was pleasant" is
        # no one).
        if cues.COPULA_BEFORE.search(reading.text, max(0, token.start - 12), token.start):
            # "the nurse was pleasant"; "my caseworker is luz" in an English answer is Luz
            return plausible or (evidence is Evidence.AMBIGUOUS and token.plain not in
                                 wordlists.everyday(reading.language, english=False))
        return plausible or (evidence is Evidence.AMBIGUOUS and (
            _name_first(reading, index) or after_cue(reading, index)
            or clause_ends(reading, index)
            or bool(match_after(cues.COPULA_AFTER, reading.text, token.end))
            or bool(match_after(cues.KIN_AFTER, reading.text, token.end))
            or bool(match_after(cues.PRONOUN_AFTER, reading.text, token.end))
            or (token.plain not in cues.ABSTRACT_NOUN_NAMES
                and bool(match_after(cues.TOLD_ABOUT_AFTER, reading.text, token.end)))))
    if reading.cued("article", index):
        # Portuguese only: in English "a Chiropractor" is no one. In lower case, "a sofia e o
        # ricardo" are people, "a rosa" may be a rose.
        return reading.language == "pt" and evidence is not Evidence.WORD and (
            reading.proper(index) or evidence is Evidence.LISTED or _name_first(reading, index))
    return False


def _name_first(reading: Reading, index: int) -> bool:
    """A given name whose everyday sense is rare: a dictionary lists it in lower case too
    ("marta", "francisco", "teresa"), but first with a capital, and it is no word people use for
    a thing ("grace", "rosa", "luz"), no English word and no grammar word."""
    plain = reading.tokens[index].plain
    return (plain in wordlists.names_in_dictionaries()
            and plain not in wordlists.names_that_are_words()
            and plain not in wordlists.everyday("en")
            and plain not in grammar_words(reading.language))


# Names a dictionary capitalises that are things first, and act in a sentence as things do:
# "ginger helps with the nausea", "grant helped me pay the rent".
_THINGS_FIRST = frozenset(("ginger", "grant", "penny", "candy", "brandy", "sherry", "sandy",
                           "misty", "rusty", "dusty", "chase", "gene"))


def _dictionary_name(reading: Reading, index: int) -> bool:
    """A given name that a dictionary lists with a capital first ("ana", "jenny", "ramon"),
    whatever rare sense it also has in lower case; no name that is a word people use ("grace",
    "mark", "rose") and no grammar word."""
    plain = reading.tokens[index].plain
    return (plain in wordlists.names_in_dictionaries() and plain not in _THINGS_FIRST
            and plain not in wordlists.names_that_are_words()
            and reading.tokens[index].key not in grammar_words(reading.language))



def clause_ends(reading: Reading, index: int) -> bool:
    """Nothing but a comma, a full stop or the end follows ("call me bless, everyone does")."""
    rest = reading.text[reading.tokens[index].end:reading.tokens[index].end + 2]
    return not rest.strip() or rest.lstrip()[:1] in ",.;!?)"


def after_cue(reading: Reading, index: int) -> bool:
    """"Elona from the albanian community", "Faith the night worker", "Ramesh du groupe",
    "Somchai l'infirmier", "Thanh et moi", "Bishnu told me"."""
    token, text = reading.tokens[index], reading.text
    if role := match_after(cues.ROLE_AFTER, text, token.end):
        # a word in no list needs "the", "from the"...: "Physio staff" is no one
        return role.group("det") is not None or reading.evidence(index) is not Evidence.UNKNOWN
    if match_after(cues.WITH_ME_AFTER, text, token.end):
        return True
    own = cues.OWN_PERSON_VERB_AFTER.get(reading.language)
    if own is not None and match_after(own, text, token.end) and not (
            reading.language == "sq" and reading.evidence(index) is Evidence.UNKNOWN):
        # Albanian's word list is short: a word in no list before "me ndihmoi" is as often
        # "Mesuesja" (the teacher) as a name
        return True
    return bool(match_after(cues.PERSON_VERB_AFTER, text, token.end))


def apposition(role: re.Match[str] | None) -> bool:
    """A role right after a word that says who the word is: "esperanza la trabajadora social",
    "rosa from the kitchen"; not where the word went or what it asked of ("pedi socorro a la
    policia", "help at the shelter")."""
    if role is None or role.group("det") is None or "," in role.group():
        return False
    return cues.NOT_APPOSITION.match(role.group("det").lstrip(" \t,")) is None


def could_be_lower_case_name(reading: Reading, index: int) -> bool:
    """A given name, no grammar word, no English word ("destiny brought me here", "hope the home
    office answers") and no article before it ("le destin m'a amenée ici")."""
    token = reading.tokens[index]
    if (token.plain not in wordlists.given_names() or token.key in grammar_words(reading.language)
            or (token.plain in wordlists.everyday("en") and not _name_among_foreign_words(
                reading, index))):
        return False
    return not (index and reading.tokens[index - 1].key in cues.NOT_A_PERSON_BEFORE)


def _name_among_foreign_words(reading: Reading, index: int) -> bool:
    """"nelly me recibio", "ruth m'a aidée": a name that is a rare English word ("nelly",
    "ruth", "jenny"), in an answer in another language, where it can only be the name."""
    plain = reading.tokens[index].plain
    return (reading.language != "en" and plain in wordlists.names_in_dictionaries()
            and plain not in wordlists.names_that_are_words()
            and plain not in wordlists.everyday(reading.language, english=False))


_EXCLAIMING = frozenset(("que", "qué", "quelle", "quel", "quanta", "cuanta", "cuánta"))


def lower_case_name(reading: Reading, index: int) -> bool:
    """A given name that is also a word, typed in lower case, where what follows shows a person:
    "esperanza la trabajadora social", "blessing said she will come", "rosa y yo", "joao paulo"."""
    token = reading.tokens[index]
    if _word_name_leads(reading, index):
        return True
    if reading.language in ("es", "pt") and person_slots.after_a_word(reading, index):
        return False  # "no busco consuelo", "la curp esta mal"
    if index and reading.tokens[index - 1].key in _EXCLAIMING and starts_sentence(
            reading.text, reading.tokens, index - 1) and token.plain in wordlists.everyday(
            reading.language, english=False):
        return False  # "que alegria me dio", "quelle joie": what she felt, not who
    if _dictionary_name(reading, index) and not (
            index and reading.tokens[index - 1].key in cues.NOT_A_PERSON_BEFORE) and (
            match_after(cues.PERSON_VERB_AFTER, reading.text, token.end)):
        return True  # "only ana understood me", "when jenny teach": a name first, then an act
    if not could_be_lower_case_name(reading, index):
        return False
    role = match_after(cues.ROLE_AFTER, reading.text, token.end)
    if apposition(role):
        return True  # "esperanza la trabajadora social"; "espoir, mon avocat dit" is no one
    if (match_after(cues.WITH_ME_AFTER, reading.text, token.end)
            or match_after(cues.PERSON_VERB_AFTER, reading.text, token.end)):
        return True
    following = index + 1
    # "il chema Dorin": a word a cue ends with is the cue's ("Chema" is a name in Spanish)
    return (following < len(reading.tokens) and reading.adjacent(following)
            and not any(reading.tokens[following].start in ends
                        for ends in reading.cue_ends.values())
            and token.plain not in wordlists.everyday("en")
            and reading.tokens[following].plain in wordlists.given_names()
            and reading.tokens[following].key not in grammar_words(reading.language)
            and reading.tokens[following].plain not in wordlists.everyday("en"))


def _word_name_leads(reading: Reading, index: int) -> bool:
    """A name that is a word ("bill", "patience", "blessing") opening a clause, then who the
    person is or what they did: "bill from the food bank gave us", "mark the police officer",
    "blessing said she will come". Elsewhere, or before anything else, it stays a word."""
    token = reading.tokens[index]
    if token.plain not in wordlists.names_that_are_words() or not starts_sentence(
            reading.text, reading.tokens, index):
        return False
    if match_after(cues.SPEECH_AFTER, reading.text, token.end):
        return True
    if token.plain in cues.ABSTRACT_NOUN_NAMES:
        # "hope from the staff keeps me going", "hope the lawyer calls", "grace a l'association":
        # an abstract noun or a verb before a role, not a person
        return False
    role = match_after(cues.ROLE_AFTER, reading.text, token.end)
    if apposition(role):
        return True
    # "mercedes del banco de alimentos", "rosa from the kitchen": where the person works
    return bool(match_after(cues.FROM_AFTER, reading.text, token.end))
