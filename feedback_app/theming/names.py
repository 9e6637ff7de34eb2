"""Person names in Latin, Greek and Cyrillic script: word lists, the shape of the text, and context.

No list knows every survivor's name, and many names are everyday words too ("Grace", "Will", French
"mai"), so each word is read three ways (see `Evidence`):

- *listed*: a given name or surname in the shipped lists and not an everyday word of the answer's
  language or of English ("ioana", "nguyen", "chidinma"): a name in any case;
- *ambiguous*: listed but also an everyday word ("Grace", "Rose", "Faith"): a name only with
  context;
- *unknown*: in no list at all ("Tesfay" if the list missed it): a name with context, or next to
  another name.

Context is a phrase before the word ("my name is", "ask", "my lawyer", "Dr", Portuguese "o"/"a"),
after it ("from the outreach team", "said", "m'a aidée", "and I"), a capital letter where no
sentence starts (when the answer's capitals mean anything), or a name beside it. A name runs on
over the words that follow it ("Maria dela Cruz", "Nguyen Van An", "Mariam bint Khalid").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from feedback_app.theming import (
    albanian_people,
    albanian_words,
    cues,
    person_cues,
    person_slots,
    portuguese_people,
    romanian_people,
    spanish_people,
    word_names,
    wordlists,
)
from feedback_app.theming.arabic import arabizi
from feedback_app.theming.name_context import (
    after_cue,
    clause_ends,
    could_be_lower_case_name,
    lower_case_name,
    soft_cue,
    strong_intro,
)
from feedback_app.theming.name_reading import Evidence, Reading, grammar_words
from feedback_app.theming.nicknames import find_nicknames
from feedback_app.theming.reach import match_after
from feedback_app.theming.spans import Span
from feedback_app.theming.tokens import (
    Token,
    capitals_are_reliable,
    starts_sentence,
    tokenize,
)

# Names read letters and digits together, so "m7amiya" or "sa3detni" (Arabic in Latin letters and
# digits) is one word that is no name, not "m" and "amiya".
_WORD_WITH_DIGITS = re.compile(r"[^\W_]+(?:['\u2019\-][^\W_]+)*")
MAX_NAME_WORDS = 5
MAX_LISTED_PEOPLE = 8  # "gift, precious and faith are my roommates": a list, not a page of them
# How a person is addressed, never a name of its own, even before a comma and a name.
_FORMS_OF_ADDRESS = frozenset((
    "señora", "señor", "señorita", "senora", "senor", "senorita", "doña", "dona", "don", "sra",
    "sr", "srta", "seño", "lic", "licenciada", "licenciado", "doctora", "doctor", "dra", "dr",
    "madam", "madame", "monsieur", "senhora", "senhor"))
# "in Houston", "en Constanța": a town that is a given name too is the town after these.
# Romanian "din", "langa" and Albanian "nga", "ne" too: "din Constanta", "nga Prizreni".
_TO_A_PLACE = frozenset(("in", "en", "em", "desde", "from", "near", "hacia", "à", "to", "din",
                         "în", "langa", "lângă", "nga", "ne", "në"))
# "a luz y a rosario", "ni a ella ni a paz": Spanish says the "a" before a person again.
_PERSONAL_A_AGAIN = re.compile(r"(?:[ \t]*,)?[ \t]+(?:y|e|ni|o)[ \t]+a[ \t]+", re.IGNORECASE)


def _starts_name(reading: Reading, index: int) -> bool:
    token = reading.tokens[index]
    if match_after(cues.TITLE, reading.text, token.start) and not (
            reading.cued("title", index) and token.plain in wordlists.given_names()
            and token.plain not in wordlists.everyday(reading.language)):
        # "doña Dolores": the title stays outside the name; "la seño irma" is Irma, in Spanish
        # no title ("irmã" is Portuguese)
        return False
    if (token.plain in cues.NOT_PERSONS or albanian_words.no_name(reading.language, token.plain)
            or albanian_people.place_after_in(reading, index)
            or spanish_people.after_saint(reading, index)
            or spanish_people.calling_word(reading, index)):
        return False  # "gracias a Dios", "san pedro sula", "la Santisima Trinidad"
    evidence = reading.evidence(index)
    if strong_intro(reading, index, evidence) or soft_cue(reading, index, evidence):
        return True
    if _word_first_name(reading, index):
        return True
    if evidence is Evidence.WORD:
        return False
    joins_next = _next_joins(reading, index, evidence)
    if token.key in grammar_words(reading.language) or (_is_place(token, reading.language) and (
            token.plain not in wordlists.given_names()
            or (index and reading.tokens[index - 1].key in _TO_A_PLACE))):
        # "My case worker", "An", "Madrid", "Lagos" (surnames too): a person only beside another
        # name ("Will Smith", "Paris Hilton"). "Angus", "Charlotte" are first of all people.
        return joins_next
    if evidence is Evidence.LISTED:
        # All-caps shouting ("MY LAWYER ADRIAN") still names him; "NHS" does not.
        return not (reading.reliable and token.word.isupper() and len(token.word) > 1)
    if not reading.capital(index):
        return evidence is Evidence.AMBIGUOUS and lower_case_name(reading, index)
    if joins_next:
        return True  # "Elona Hoxha", "Rose Ndlovu"
    if reading.proper(index) and reading.tokens[index - 1].key in cues.NOT_A_PERSON_BEFORE:
        return False  # "my Doctor was good", "in May", "the Will", "from Physio"
    if evidence is Evidence.AMBIGUOUS and (match_after(cues.FROM_AFTER, reading.text, token.end)
                                           or match_after(cues.KIN_AFTER, reading.text, token.end)):
        return True  # "Rose from the red cross", "Luz del comedor", "Grâce et sa fille"
    if (evidence is Evidence.AMBIGUOUS and reading.language != "en"
            and token.plain in wordlists.given_names()
            and token.plain not in wordlists.everyday(reading.language, english=False)
            and token.key not in grammar_words(reading.language)):
        return True  # "Blessing es nigeriana": an English word is a name in a Spanish answer
    last = _extend(reading, index)
    if last > index and after_cue(reading, last):
        return True  # "Socorro Reyes the interpreter"
    if after_cue(reading, index) or (evidence is Evidence.AMBIGUOUS and (
            match_after(cues.WAS_AFTER, reading.text, token.end)
            or match_after(cues.PRAISE_AFTER, reading.text, token.end))):
        # "Bishnu told me", "Hope was always kind to us", "Mark is amazing"
        return token.key not in cues.MONTHS or not reading.proper(index)
    # "honestly Grace is the only one", "tbh Mehret is the only one who listens"
    return reading.proper(index)


def _word_first_name(reading: Reading, index: int) -> bool:
    """A name that is a word first, where a person is meant (see `word_names`)."""
    return (word_names.grammar_word_name(reading, index)
            or word_names.calendar_name(reading, index)
            or word_names.person_around(reading, index)
            or word_names.with_full_name(reading, index)
            or word_names.chinese_name(reading, index)
            or word_names.word_name_from_somewhere(reading, index)
            or word_names.compound_rest(reading, index) is not None
            or word_names.particle_surname(reading, index) is not None
            or word_names.between_commas_after_role(reading, index)
            or word_names.said_to_be_a_nickname(reading, index)
            or spanish_people.spanish_person(reading, index)
            or portuguese_people.portuguese_person(reading, index)
            or albanian_people.albanian_person(reading, index)
            or romanian_people.romanian_person(reading, index)
            or person_slots.person_slot(reading, index)
            or person_slots.family_name(reading, index))


def _is_place(token: Token, language: str) -> bool:
    """A listed place, or in Albanian one in its case ("Kosovës", "Londrën")."""
    return (token.key in wordlists.places() or token.key in wordlists.ambiguous_places()
            or albanian_words.albanian_place(language, token.plain))


def _next_joins(reading: Reading, index: int, evidence: Evidence) -> bool:
    """A capitalised word followed by a listed name, or a listed name followed by a capital."""
    following = index + 1
    if following >= len(reading.tokens) or not reading.adjacent(following):
        return False
    if not reading.reliable or (not reading.capital(index) and evidence is not Evidence.LISTED):
        return False  # "from Phenelzine to Isocarboxazid": "to" is no name
    if reading.tokens[following].plain in cues.NAME_PARTICLES and reading.capital(index):
        # "Maria dela Cruz", "Mariam bint Khalid"
        return _extend(reading, index) > following
    next_evidence = reading.evidence(following)
    if not reading.capital(following) or next_evidence is Evidence.WORD:
        return False
    return Evidence.LISTED in (evidence, next_evidence) or (
        Evidence.UNKNOWN in (evidence, next_evidence) and reading.proper(following))


def _joins(reading: Reading, index: int, first: int) -> bool:
    """Whether the token at `index` continues the name that starts at `first`."""
    token = reading.tokens[index]
    evidence = reading.evidence(index)
    if (evidence is Evidence.LISTED or word_names.compound_rest(reading, first) == index
            or word_names.particle_surname(reading, first) == index
            or (index == first + 1 and word_names.chinese_name(reading, first))
            or (index == first + 1 and word_names.with_full_name(reading, first))):
        return True  # "luz marina", "maria de los angeles", "avec aya kouame"
    if evidence is Evidence.AMBIGUOUS and not reading.capital(index):
        # "jose luis", "ana rosa"; "sarah will call" is Sarah alone.
        return (token.key not in grammar_words(reading.language)
                and token.plain not in wordlists.everyday("en"))
    if not reading.capital(index) or not reading.capital(first):
        return False
    if token.key in grammar_words(reading.language):
        # "Nguyen Van An": a capitalised grammar word inside a name, when it is a listed name.
        return reading.proper(index) and token.plain in wordlists.given_names()
    return evidence is not Evidence.WORD or reading.proper(index)


def _extend(reading: Reading, index: int) -> int:
    """Return the index of the last token of the name starting at `index`."""
    known = reading.ends.get(index)
    if known is None:
        known = reading.ends[index] = _read_extent(reading, index)
    return known


def _read_extent(reading: Reading, index: int) -> int:
    last = index
    cursor = index + 1
    tokens = reading.tokens
    while cursor < len(tokens) and cursor - index < MAX_NAME_WORDS and reading.adjacent(cursor):
        if tokens[cursor].plain in cues.NAME_PARTICLES:
            # "dela Cruz", "de los Santos", "bint Khalid", "van der Berg": a particle joins only
            # when a name follows it.
            after = cursor + 1
            while after < len(tokens) and tokens[after].plain in cues.NAME_PARTICLES and (
                    reading.adjacent(after)) and after - cursor < 2:
                after += 1
            if (after < len(tokens) and reading.adjacent(after) and _joins(reading, after, index)
                    and not _place_after_particle(reading, after, index)):
                last = cursor = after
                cursor += 1
                continue
            break
        if not _joins(reading, cursor, index):
            break
        last = cursor
        cursor += 1
    return last


def _place_after_particle(reading: Reading, index: int, first: int) -> bool:
    """"el hermano beto de la iglesia": after "de la", a word of the answer's language in lower
    case says where the person is from; "maria de los angeles", "juan de la cruz" go on."""
    token = reading.tokens[index]
    return (not token.capitalised and reading.evidence(index) is Evidence.AMBIGUOUS
            and token.plain not in wordlists.names_that_are_words()
            and token.plain in wordlists.everyday(reading.language, english=False)
            and word_names.compound_rest(reading, first) != index)


def _joined_before(reading: Reading, first: int, taken: set[int]) -> int | None:
    """Index of a capitalised word joined to the name at `first` by "and" or a comma."""
    before = first - 1
    if before >= 1 and reading.tokens[before].key in cues.AND_WORDS:
        before -= 1  # "Graham and Catherine": the "and" between is a word of its own
    if before < 0 or before in taken:
        return None
    token = reading.tokens[before]
    if token.plain in _FORMS_OF_ADDRESS:
        return None  # "una señora, maritza": who she is, not a second name
    if before and _is_place(token, reading.language) and reading.tokens[
            before - 1].key in _TO_A_PLACE:
        return None  # "në Birmingham, Fluturën kurrë": where she was seen, then who
    evidence = reading.evidence(before)
    gap_ok = cues.AND_NAME.fullmatch(reading.text, token.end, reading.tokens[first].start)
    if albanian_words.article_e(reading.language, reading.text[token.end:reading.tokens[
            first].start]) and not reading.proper(before):
        return None  # "Mësuesja e italishtes Francesca": the teacher of Italian
    if _word_opens_list(reading, before, first):
        return before if gap_ok else None
    if evidence is Evidence.WORD or token.word.isupper():
        return None
    if not reading.capital(before) and not (
            not reading.tokens[first].capitalised and evidence is Evidence.AMBIGUOUS
            and (could_be_lower_case_name(reading, before)
                 or _listed_word_name_opens(reading, before))):
        return None  # "rocio y pili": both in lower case
    return before if gap_ok else None


def _word_opens_list(reading: Reading, index: int, first: int) -> bool:
    """A word that is a name here, first before "and" a name: "sunday and obinna from the
    salvation army", "shout out a kenia y yaritza", "merci jb et wilson"."""
    token = reading.tokens[index]
    if word_names.calendar_word(reading, index):
        return reading.tokens[first].plain not in person_cues.CALENDAR_NAMES
    initials = len(token.word) == 2 and not any(ch in "aeiouy" for ch in token.key)
    return (reading.cued("thanks", index) or reading.cued("title", index)) and (
        initials or token.plain in wordlists.given_names())


def _after_and(reading: Reading, index: int, previous_end: int) -> bool:
    """"Khadija and Zainab", "Jen, Paul": a word joined by "and" to a name is a name if it
    could be one."""
    if previous_end < 0 or not cues.AND_NAME.fullmatch(reading.text, previous_end,
                                                       reading.tokens[index].start):
        return False
    gap = reading.text[previous_end:reading.tokens[index].start]
    if albanian_words.article_e(reading.language, gap) and not reading.capital(index):
        return False  # "Francescën e sportelit e dua": of the counter, and "I love her"
    evidence = reading.evidence(index)
    if evidence is Evidence.LISTED:
        return True
    if (evidence is Evidence.UNKNOWN and not reading.capital(index) and "," not in gap
            and spanish_people.could_be_person(reading, index)):
        return True  # "a yurany y stefany", "ni jenny ni sofi": a word in no list, beside a name
    if (_PERSONAL_A_AGAIN.fullmatch(gap) and evidence is Evidence.AMBIGUOUS
            and spanish_people.could_be_person(reading, index)):
        return True  # "gracias a luz y a rosario": the "a" before a person, said again
    if (evidence is Evidence.AMBIGUOUS and not reading.capital(index)
            and reading.tokens[index].key not in grammar_words(reading.language)):
        # "kwame and faith are my roommates", "amina, precious and me": in a list of people,
        # unless a clause goes on ("i thanked amina and hope to see her", "omar, he spoke")
        return _list_goes_on(reading, index)
    return reading.capital(index) and reading.reliable and evidence is not Evidence.WORD


def _listed_word_name_opens(reading: Reading, index: int) -> bool:
    """A name that is a word, first in a list of people: "mercy and agnes", "gift, precious"."""
    return (reading.tokens[index].plain in wordlists.names_that_are_words()
            and (starts_sentence(reading.text, reading.tokens, index)
                 or reading.text[max(0, reading.tokens[index].start - 4):
                                 reading.tokens[index].start].rstrip().endswith(",")))


def _list_goes_on(reading: Reading, index: int) -> bool:
    """After a word in a list of people: the end, a comma, "and", or what people do or are."""
    end = reading.tokens[index].end
    following = index + 1
    if following < len(reading.tokens) and reading.adjacent(following) and (
            reading.tokens[following].plain in wordlists.given_names()
            and reading.tokens[following].key not in grammar_words(reading.language)):
        return True  # "mariam, ana lucia y la tere": a name of two given names
    role = match_after(cues.ROLE_AFTER, reading.text, end)
    return (clause_ends(reading, index) or bool(match_after(cues.LIST_GOES_ON, reading.text, end))
            or (role is not None and role.group("det") is not None)  # "rocío in the kitchen"
            or bool(match_after(cues.PERSON_VERB_AFTER, reading.text, end))
            or bool(match_after(cues.FROM_AFTER, reading.text, end)))


def _listed_people(reading: Reading, taken: set[int]) -> list[int]:
    """Words in a list that is then said to be people ("gift, precious and faith are my
    roommates"): two or more names, joined by commas or "and", right before what they are."""
    found: list[int] = []
    ending_at: dict[int, int] = {}  # built at the first match: most answers have none
    for match in cues.PEOPLE_AFTER_LIST.finditer(reading.text):
        if not ending_at:
            ending_at = {token.end: i for i, token in enumerate(reading.tokens)}
        members: list[int] = []
        index = ending_at.get(match.start())
        while index is not None and index >= 0 and len(members) < MAX_LISTED_PEOPLE:
            token = reading.tokens[index]
            if reading.evidence(index) is Evidence.WORD or token.key in grammar_words(
                    reading.language):
                break
            members.append(index)
            before = index - 1
            if before >= 0 and reading.tokens[before].key in cues.AND_WORDS:
                before -= 1
            if before < 0 or not cues.AND_NAME.fullmatch(reading.text, reading.tokens[before].end,
                                                         token.start):
                break
            index = before
        if len(members) >= 2:
            found.extend(i for i in members if i not in taken)
    return found


def find_names(text: str, language: str = "en") -> Iterator[Span]:
    """Yield person names; a title ("Dr", "Sra.") stays outside the span, as it names no one."""
    tokens = tokenize(text, _WORD_WITH_DIGITS)
    if not tokens:
        return
    patterns = (("intro", cues.INTRO), ("nickname", cues.NICKNAME), ("title", cues.TITLE),
                ("role", cues.ROLE), ("article", cues.NAME_ARTICLE), ("thanks", cues.THANKS))
    not_names = arabizi.COMMON_WORDS if language == "ar" else frozenset()
    language = language if language in wordlists.EVERYDAY_LANGUAGES else "en"
    reading = Reading(text, tokens, language, capitals_are_reliable(tokens, language),
                       {name: cues.cue_ends(pattern, text) for name, pattern in patterns},
                      not_names)
    found: list[tuple[int, int]] = list(find_nicknames(reading))
    nicknamed = {i for first, last in found for i in range(first, last + 1)}
    index, previous_end = 0, -1
    while index < len(tokens):
        if tokens[index].word[-1:].isdigit() or index in nicknamed:
            index += 1  # a number is never a name
        elif _starts_name(reading, index) or _after_and(reading, index, previous_end):
            last = _extend(reading, index)
            found.append((index, last))
            previous_end, index = tokens[last].end, last + 1
        else:
            index += 1
    taken = {i for first, last in found for i in range(first, last + 1)}
    for index in _listed_people(reading, taken):
        found.append((index, index))
        taken.add(index)
    for first, _ in list(reversed(found)):  # "Jen, Paul and Diane": Jen is known by Paul
        cursor = first
        while reading.reliable and (before := _joined_before(reading, cursor, taken)) is not None:
            found.append((before, before))
            taken.add(before)
            cursor = before
    for first, last in sorted(found):
        if first and first - 1 not in taken and person_slots.given_name_before(reading, first):
            first -= 1  # "en casa de Rocío Peña": her given name, before the surname found
        end = tokens[last].end
        if person_cues.POSSESSIVE.search(tokens[last].word) and len(tokens[last].word) > 3:
            end -= 2  # "Bisi's room": the name is Bisi
        yield Span("name", tokens[first].start, end)
