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

import enum
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from feedback_app.theming import cues, wordlists
from feedback_app.theming.spans import Span
from feedback_app.theming.stopwords import stop_words
from feedback_app.theming.tokens import (
    Token,
    capitals_are_reliable,
    starts_sentence,
    tokenize,
)

# Names read letters and digits together, so "m7amiya" or "sa3detni" (Arabic in Latin letters and
# digits) is one word that is no name, not "m" and "amiya".
_WORD_WITH_DIGITS = re.compile(r"[^\W_]+(?:['\u2019\-][^\W_]+)*")
_LATIN_OR_CYRILLIC = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u052f]")
_PARTS = re.compile(r"['\u2019\-]")
MAX_NAME_WORDS = 5


class Evidence(enum.Enum):
    LISTED = "listed"
    AMBIGUOUS = "ambiguous"
    UNKNOWN = "unknown"
    WORD = "word"


@cache
def grammar_words(language: str) -> frozenset[str]:
    """Stop words of the answer's language and of English: "sean" is Spanish grammar, but in an
    English answer "Sean" is a man."""
    return stop_words(language) | stop_words("en")


@dataclass(slots=True)
class _Reading:
    """One answer, tokenised, with what is known about each word and where the cues end."""

    text: str
    tokens: list[Token]
    language: str
    reliable: bool
    cue_ends: dict[str, set[int]]
    # Each word's evidence, worked out once: the rules ask about a word and its neighbours often.
    _evidence: dict[int, Evidence] = field(default_factory=dict)
    # Where the name starting at each word ends, worked out once: the start rules and the
    # caller both ask.
    _ends: dict[int, int] = field(default_factory=dict)

    def evidence(self, index: int) -> Evidence:
        known = self._evidence.get(index)
        if known is None:
            known = self._evidence[index] = self._read_evidence(index)
        return known

    def _read_evidence(self, index: int) -> Evidence:
        word = self.tokens[index].word
        if not _LATIN_OR_CYRILLIC.search(word) or any(ch.isdigit() for ch in word):
            # Arabic and other scripts have their own detector; "m7amiya" is no name
            return Evidence.WORD
        if self.reliable and word[:2].isupper() and not word.isupper():
            return Evidence.WORD  # "OTs", "GPs": acronyms
        parts = [wordlists.plain_key(part) for part in _PARTS.split(word) if part]
        if len(parts) > 1:
            # "m'a", "ajudou-me" are words; "jean-pierre", "Marie-Claire", "N'Golo" are names.
            if all(part in wordlists.given_names() for part in parts):
                return Evidence.LISTED
            readings = {self._word_evidence(part) for part in parts}
            for evidence in (Evidence.LISTED, Evidence.UNKNOWN, Evidence.AMBIGUOUS):
                if evidence in readings:
                    return evidence
            return Evidence.WORD
        key = self.tokens[index].plain
        evidence = self._word_evidence(key)
        if (evidence is Evidence.LISTED and not self.capital(index)
                and key in wordlists.everyday("any")):
            return Evidence.AMBIGUOUS  # "liga para (11)..." in an answer sent as English
        return evidence

    def _word_evidence(self, key: str) -> Evidence:
        if key in wordlists.language_names() or key in cues.NOT_PERSONS:
            return Evidence.WORD  # "English", "thai", "Nigeria", "Dios": never a person alone
        listed = key in wordlists.person_names()
        if (key in grammar_words(self.language) or key in wordlists.everyday(self.language)
                or key in wordlists.names_that_are_words()):
            return Evidence.AMBIGUOUS if listed else Evidence.WORD
        if listed:
            return Evidence.AMBIGUOUS if len(key) <= 2 else Evidence.LISTED
        return Evidence.UNKNOWN if len(key) >= 2 else Evidence.WORD

    def proper(self, index: int) -> bool:
        """A capital letter that says "proper noun": mid-sentence, in an answer whose capitals
        mean something, and not an acronym."""
        token = self.tokens[index]
        return (self.reliable and token.capitalised and not starts_sentence(
            self.text, self.tokens, index) and not (token.word.isupper() and len(token.word) > 1))

    def capital(self, index: int) -> bool:
        """A capital letter that may mark a name: not an acronym, and the answer's capitals
        mean something."""
        token = self.tokens[index]
        return self.reliable and token.capitalised and not (token.word.isupper()
                                                            and len(token.word) > 1)

    def adjacent(self, index: int) -> bool:
        """The token follows the previous one after a single space (or a hyphen)."""
        gap = self.text[self.tokens[index - 1].end:self.tokens[index].start]
        return gap in (" ", "\t", "-")

    def cued(self, kind: str, index: int) -> bool:
        return self.tokens[index].start in self.cue_ends[kind]


def _strong_intro(reading: _Reading, index: int, evidence: Evidence) -> bool:
    """"my name is grace", "me llamo ioana": anything but a grammar word is the name."""
    key = reading.tokens[index].key
    return reading.cued("intro", index) and key not in grammar_words(reading.language)


def _soft_cue(reading: _Reading, index: int, evidence: Evidence) -> bool:
    """"call me bless", "ask Grace", "my lawyer sarah", "Dr Haddad", "a Vitória" (Portuguese).

    After these a lower-case everyday word stays ("call me back", "my lawyer said", "sister
    was"), unless the cue is a nickname and the word is foreign to the answer's language.
    """
    token = reading.tokens[index]
    if reading.cued("title", index) and len(token.word) == 1 and token.word.isalpha() and (
            _clause_ends(reading, index) or _after_cue(reading, index)):
        return True  # "mr b the lawyer", "Mr K, he said": a person known by an initial
    if token.key in grammar_words(reading.language):
        return False
    plausible = evidence in (Evidence.LISTED, Evidence.UNKNOWN) or reading.capital(index)
    if reading.cued("nickname", index):
        foreign = all(part not in wordlists.everyday(reading.language, english=False)
                      and part not in grammar_words(reading.language)
                      for part in _PARTS.split(token.plain) if part)  # not "c'est"
        return plausible or foreign or (
            token.key not in cues.TIME_WORDS and _clause_ends(reading, index))
    if reading.cued("title", index) or reading.cued("thanks", index):
        return plausible or evidence is Evidence.AMBIGUOUS
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
            _name_first(reading, index) or _after_cue(reading, index)
            or _clause_ends(reading, index)
            or bool(cues.COPULA_AFTER.match(reading.text, token.end))
            or bool(cues.KIN_AFTER.match(reading.text, token.end))
            or bool(cues.PRONOUN_AFTER.match(reading.text, token.end))))
    if reading.cued("article", index):
        # Portuguese only: in English "a Chiropractor" is no one. In lower case, "a sofia e o
        # ricardo" are people, "a rosa" may be a rose.
        return reading.language == "pt" and evidence is not Evidence.WORD and (
            reading.proper(index) or evidence is Evidence.LISTED or _name_first(reading, index))
    return False


def _name_first(reading: _Reading, index: int) -> bool:
    """A given name whose everyday sense is rare: a dictionary lists it in lower case too
    ("marta", "francisco", "teresa"), but first with a capital, and it is no word people use for
    a thing ("grace", "rosa", "luz"), no English word and no grammar word."""
    plain = reading.tokens[index].plain
    return (plain in wordlists.names_in_dictionaries()
            and plain not in wordlists.names_that_are_words()
            and plain not in wordlists.everyday("en")
            and plain not in grammar_words(reading.language))


def _clause_ends(reading: _Reading, index: int) -> bool:
    """Nothing but a comma, a full stop or the end follows ("call me bless, everyone does")."""
    rest = reading.text[reading.tokens[index].end:reading.tokens[index].end + 2]
    return not rest.strip() or rest.lstrip()[:1] in ",.;!?)"


def _after_cue(reading: _Reading, index: int) -> bool:
    """"Elona from the albanian community", "Faith the night worker", "Ramesh du groupe",
    "Somchai l'infirmier", "Thanh et moi", "Bishnu told me"."""
    token = reading.tokens[index]
    if role := cues.ROLE_AFTER.match(reading.text, token.end):
        # a word in no list needs "the", "from the"...: "Physio staff" is no one
        return role.group("det") is not None or reading.evidence(index) is not Evidence.UNKNOWN
    if cues.WITH_ME_AFTER.match(reading.text, token.end):
        return True
    return bool(cues.PERSON_VERB_AFTER.match(reading.text, token.end))


def _starts_name(reading: _Reading, index: int) -> bool:
    token = reading.tokens[index]
    if cues.TITLE.match(reading.text, token.start):
        return False  # "doña Dolores": the title stays outside the name
    evidence = reading.evidence(index)
    if _strong_intro(reading, index, evidence) or _soft_cue(reading, index, evidence):
        return True
    if evidence is Evidence.WORD:
        return False
    joins_next = _next_joins(reading, index, evidence)
    if token.key in grammar_words(reading.language) or (
            _is_place(token) and token.plain not in wordlists.given_names()):
        # "My case worker", "An", "Madrid", "Lagos" (surnames too): a person only beside another
        # name ("Will Smith", "Paris Hilton"). "Angus", "Charlotte" are first of all people.
        return joins_next
    if evidence is Evidence.LISTED:
        # All-caps shouting ("MY LAWYER ADRIAN") still names him; "NHS" does not.
        return not (reading.reliable and token.word.isupper() and len(token.word) > 1)
    if not reading.capital(index):
        return evidence is Evidence.AMBIGUOUS and _lower_case_name(reading, index)
    if joins_next:
        return True  # "Elona Hoxha", "Rose Ndlovu"
    if reading.proper(index) and reading.tokens[index - 1].key in cues.NOT_A_PERSON_BEFORE:
        return False  # "my Doctor was good", "in May", "the Will", "from Physio"
    if evidence is Evidence.AMBIGUOUS and (cues.FROM_AFTER.match(reading.text, token.end)
                                           or cues.KIN_AFTER.match(reading.text, token.end)):
        return True  # "Rose from the red cross", "Luz del comedor", "Grâce et sa fille"
    if (evidence is Evidence.AMBIGUOUS and reading.language != "en"
            and token.plain in wordlists.given_names()
            and token.plain not in wordlists.everyday(reading.language, english=False)
            and token.key not in grammar_words(reading.language)):
        return True  # "Blessing es nigeriana": an English word is a name in a Spanish answer
    last = _extend(reading, index)
    if last > index and _after_cue(reading, last):
        return True  # "Socorro Reyes the interpreter"
    if _after_cue(reading, index) or (evidence is Evidence.AMBIGUOUS and (
            cues.WAS_AFTER.match(reading.text, token.end)
            or cues.PRAISE_AFTER.match(reading.text, token.end))):
        # "Bishnu told me", "Hope was always kind to us", "Mark is amazing"
        return token.key not in cues.MONTHS or not reading.proper(index)
    # "honestly Grace is the only one", "tbh Mehret is the only one who listens"
    return reading.proper(index)


def _could_be_lower_case_name(reading: _Reading, index: int) -> bool:
    """A given name, no grammar word, no English word ("destiny brought me here", "hope the home
    office answers") and no article before it ("le destin m'a amenée ici")."""
    token = reading.tokens[index]
    if (token.plain not in wordlists.given_names() or token.key in grammar_words(reading.language)
            or token.plain in wordlists.everyday("en")):
        return False
    return not (index and reading.tokens[index - 1].key in cues.NOT_A_PERSON_BEFORE)


def _lower_case_name(reading: _Reading, index: int) -> bool:
    """A given name that is also a word, typed in lower case, where what follows shows a person:
    "esperanza la trabajadora social", "blessing said she will come", "rosa y yo", "joao paulo"."""
    token = reading.tokens[index]
    if _word_name_leads(reading, index):
        return True
    if not _could_be_lower_case_name(reading, index):
        return False
    role = cues.ROLE_AFTER.match(reading.text, token.end)
    if role is not None and role.group("det") is not None and "," not in role.group():
        return True  # "esperanza la trabajadora social"; "espoir, mon avocat dit" is no one
    if cues.WITH_ME_AFTER.match(reading.text, token.end) or cues.PERSON_VERB_AFTER.match(
            reading.text, token.end):
        return True
    following = index + 1
    return (following < len(reading.tokens) and reading.adjacent(following)
            and token.plain not in wordlists.everyday("en")
            and reading.tokens[following].plain in wordlists.given_names()
            and reading.tokens[following].key not in grammar_words(reading.language)
            and reading.tokens[following].plain not in wordlists.everyday("en"))


def _word_name_leads(reading: _Reading, index: int) -> bool:
    """A name that is a word ("bill", "patience", "blessing") opening a clause, then who the
    person is or what they did: "bill from the food bank gave us", "mark the police officer",
    "blessing said she will come". Elsewhere, or before anything else, it stays a word."""
    token = reading.tokens[index]
    if token.plain not in wordlists.names_that_are_words() or not starts_sentence(
            reading.text, reading.tokens, index):
        return False
    if cues.SPEECH_AFTER.match(reading.text, token.end):
        return True
    if token.plain in cues.ABSTRACT_NOUN_NAMES:
        # "hope from the staff keeps me going", "hope the lawyer calls", "grace a l'association":
        # an abstract noun or a verb before a role, not a person
        return False
    role = cues.ROLE_AFTER.match(reading.text, token.end)
    if role is not None and role.group("det") is not None and "," not in role.group():
        return True
    # "mercedes del banco de alimentos", "rosa from the kitchen": where the person works
    return bool(cues.FROM_AFTER.match(reading.text, token.end))


def _is_place(token: Token) -> bool:
    return token.key in wordlists.places() or token.key in wordlists.ambiguous_places()


def _next_joins(reading: _Reading, index: int, evidence: Evidence) -> bool:
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


def _joins(reading: _Reading, index: int, first: int) -> bool:
    """Whether the token at `index` continues the name that starts at `first`."""
    token = reading.tokens[index]
    evidence = reading.evidence(index)
    if evidence is Evidence.LISTED:
        return True
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


def _extend(reading: _Reading, index: int) -> int:
    """Return the index of the last token of the name starting at `index`."""
    known = reading._ends.get(index)
    if known is None:
        known = reading._ends[index] = _read_extent(reading, index)
    return known


def _read_extent(reading: _Reading, index: int) -> int:
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
            if after < len(tokens) and reading.adjacent(after) and _joins(reading, after, index):
                last = cursor = after
                cursor += 1
                continue
            break
        if not _joins(reading, cursor, index):
            break
        last = cursor
        cursor += 1
    return last


def _joined_before(reading: _Reading, first: int, taken: set[int]) -> int | None:
    """Index of a capitalised word joined to the name at `first` by "and" or a comma."""
    before = first - 1
    if before >= 1 and reading.tokens[before].key in cues.AND_WORDS:
        before -= 1  # "Graham and Catherine": the "and" between is a word of its own
    if before < 0 or before in taken:
        return None
    token = reading.tokens[before]
    evidence = reading.evidence(before)
    if evidence is Evidence.WORD or token.word.isupper():
        return None
    if not reading.capital(before) and not (
            not reading.tokens[first].capitalised and evidence is Evidence.AMBIGUOUS
            and (_could_be_lower_case_name(reading, before)
                 or _listed_word_name_opens(reading, before))):
        return None  # "rocio y pili": both in lower case
    gap_ok = cues.AND_NAME.fullmatch(reading.text, token.end, reading.tokens[first].start)
    return before if gap_ok else None


def _after_and(reading: _Reading, index: int, previous_end: int) -> bool:
    """"Khadija and Zainab", "Jen, Paul": a word joined by "and" to a name is a name if it
    could be one."""
    if previous_end < 0 or not cues.AND_NAME.fullmatch(reading.text, previous_end,
                                                        reading.tokens[index].start):
        return False
    evidence = reading.evidence(index)
    if evidence is Evidence.LISTED:
        return True
    if (evidence is Evidence.AMBIGUOUS and not reading.capital(index)
            and reading.tokens[index].key not in grammar_words(reading.language)):
        # "kwame and faith are my roommates", "amina, precious and me": in a list of people,
        # unless a clause goes on ("i thanked amina and hope to see her", "omar, he spoke")
        return _list_goes_on(reading, index)
    return reading.capital(index) and reading.reliable and evidence is not Evidence.WORD


def _listed_word_name_opens(reading: _Reading, index: int) -> bool:
    """A name that is a word, first in a list of people: "mercy and agnes", "gift, precious"."""
    return (reading.tokens[index].plain in wordlists.names_that_are_words()
            and (starts_sentence(reading.text, reading.tokens, index)
                 or reading.text[:reading.tokens[index].start].rstrip().endswith(",")))


def _list_goes_on(reading: _Reading, index: int) -> bool:
    """After a word in a list of people: the end, a comma, "and", or what people do or are."""
    end = reading.tokens[index].end
    following = index + 1
    if following < len(reading.tokens) and reading.adjacent(following) and (
            reading.tokens[following].plain in wordlists.given_names()
            and reading.tokens[following].key not in grammar_words(reading.language)):
        return True  # "mariam, ana lucia y la tere": a name of two given names
    return (_clause_ends(reading, index) or bool(cues.LIST_GOES_ON.match(reading.text, end))
            or bool(cues.PERSON_VERB_AFTER.match(reading.text, end))
            or bool(cues.FROM_AFTER.match(reading.text, end)))


def _listed_people(reading: _Reading, taken: set[int]) -> list[int]:
    """Words in a list that is then said to be people ("gift, precious and faith are my
    roommates"): two or more names, joined by commas or "and", right before what they are."""
    found: list[int] = []
    for match in cues.PEOPLE_AFTER_LIST.finditer(reading.text):
        last = next((i for i, token in enumerate(reading.tokens) if token.end == match.start()),
                    None)
        members: list[int] = []
        index = last
        while index is not None and index >= 0:
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
    language = language if language in wordlists.EVERYDAY_LANGUAGES else "en"
    reading = _Reading(text, tokens, language, capitals_are_reliable(tokens, language),
                       {name: cues.cue_ends(pattern, text) for name, pattern in patterns})
    found: list[tuple[int, int]] = []
    index, previous_end = 0, -1
    while index < len(tokens):
        if tokens[index].word[-1:].isdigit():
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
        yield Span("name", tokens[first].start, tokens[last].end)
