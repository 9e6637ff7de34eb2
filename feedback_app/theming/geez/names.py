"""Names of people in Ge'ez script, and names in Latin letters within a Ge'ez-script answer.

A listed given name counts wherever it stands ("ዮናስ", "ንሚኪኤል", "ዳዊትን": the joined "to" and
"and" stay outside). A name that is also a word ("ሰላም" peace, "ተስፋ" hope) counts only where
something shows it names someone: a title or kinship word before it ("ሓወይ ተስፋ"), kinship
after it ("ትዕግስቲ ሓፍተይ"), a greeting or thanks ("ሰላም ሰላም"), "my name is" or "called", or
a list of names around it. Father's and grandfather's names after a given name join its span
("ተስፋይ ገብረመድህን"), as Eritreans write a full name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from feedback_app.theming import wordlists
from feedback_app.theming.geez import cues, unlisted
from feedback_app.theming.geez import latin as geez_latin
from feedback_app.theming.geez.script import Word, geez_set, normalise, stems, u_order, words
from feedback_app.theming.scripts import has_ethiopic
from feedback_app.theming.spans import Span

_PLAIN, _WORD = "plain", "word"
# Between two words of one name: spaces only.
_SPACES = re.compile(r"[ \t\u00a0]+")
# Between two names of a list: a Ge'ez or Latin comma or word space, or "and also".
_LIST_GAP = re.compile(f"[ \t]*[\u1361\u1363\u1365,;][ \t]*|[ \t]+(?:{normalise('ከምኡ')}"
                       "['\u2019]ውን|ምስ|ወ)[ \t]+")
_LATIN_WORD = re.compile(r"[A-Za-z][a-z]+|[A-Z]+")
# A capitalised name of up to three words, particles between them ("Van Dijk", "de Vries").
_LATIN_NAME = re.compile(r"(?:(?:[Vv]an|[Dd]e[nr]?|[Vv]on|[Dd][ia]|[Ee]l|[Aa]l)[ \t])?[A-Z][a-z]+"
                         r"(?:[ \t](?:(?:van|de[nr]?|von|di|da|el|al|bin|ben)[ \t])?[A-Z][a-z]+)?")
_MAX_NAME_WORDS = 3
_SENTENCE_END = re.compile("[\u1362\u1361!?.\n]")
_AND, _OF, _BY, _VIA = normalise("ን"), normalise("ናይ"), normalise("ብ"), normalise("ኣቢ")
_ME = normalise("ኒ")


def _kind(stem: str) -> str | None:
    if stem in cues.HOLY_WORDS:
        return None
    if stem in geez_set("geez_names_words"):
        return _WORD
    return _PLAIN if stem in geez_set("geez_names") or _joined(stem) else None


@lru_cache(maxsize=65536)
def _joined(stem: str) -> bool:
    """A Christian name of two halves, listed or not ("ገብረሂወት", "ለተሚካኤል", "ሃብተገርግሽ")."""
    return any(stem[len(head):].endswith(cues.JOINED_ENDINGS) and len(stem) > len(head) + 1
               for head in cues.JOINED_HEADS if stem.startswith(head))


@cache
def _place_pairs() -> frozenset[str]:
    return frozenset(place for place in geez_set("geez_places") if " " in place)


def _listed(word: Word) -> tuple[Word, str] | None:
    """The stem of `word` that is a listed name, and whether it is a plain name or also a word."""
    for stem in stems(word):
        kind = _kind(stem.stem)
        if kind is not None:
            return stem, kind
    return None


def _touching(text: str, left: Word, right: Word) -> bool:
    return _SPACES.fullmatch(text, left.end, right.start) is not None


def _holy_at(found: list[Word], index: int) -> int:
    """How many words from `index` make a name of God or a saint ("ኪዳነ ምሕረት"), or 0."""
    for phrase in cues.HOLY:
        if tuple(word.text for word in found[index:index + len(phrase)]) == phrase:
            return len(phrase)
    return 0


class _Reading:
    def __init__(self, text: str) -> None:
        self.text = text
        self.found = words(text)
        self.listed = [_listed(word) for word in self.found]
        self.named: list[Word | None] = [None] * len(self.found)
        self.holy = [False] * len(self.found)
        for index in range(len(self.found)):
            for offset in range(_holy_at(self.found, index)):
                self.holy[index + offset] = True
        # A name inside a place's name ("ኣዲስ ኣበባ", "ዓዲ ሓሩሽ") names no one.
        for index in range(len(self.found) - 1):
            if any(f"{first.stem} {second.stem}" in _place_pairs()
                   for first in stems(self.found[index], suffixes=False)
                   for second in stems(self.found[index + 1], prefixes=False)):
                self.holy[index] = self.holy[index + 1] = True

    def name(self, index: int, any_word: bool = False) -> bool:
        """Mark word `index` a name if it is listed (or, with `any_word`, any word that is not
        an everyday one); True if it is one now."""
        if not 0 <= index < len(self.found) or self.holy[index]:
            return False
        if self.named[index] is not None:
            return True
        listed = self.listed[index]
        if listed is not None:
            self.named[index] = listed[0]
            return True
        word = self.found[index]
        stem = next((s for s in stems(word, suffixes=False) if s.stem not in cues.NOT_A_NAME
                     and s.stem not in cues.COPULA and s.stem not in cues.HOLY_WORDS), None)
        if any_word and stem is not None and word.text not in cues.NOT_A_NAME and \
                not stem.stem.startswith(cues.VERB_STARTS):
            self.named[index] = stem
            return True
        return False

    def name_joined(self, index: int) -> bool:
        """Mark word `index` a name without its joined "and" ("ሩታን" -> "ሩታ"), listed or not."""
        if not 0 <= index < len(self.found) or self.holy[index]:
            return False
        if self.named[index] is not None or self.listed[index] is not None:
            return self.name(index)
        stem = next((s for s in stems(self.found[index], prefixes=False)
                     if s.stem_end < s.end), None)
        if stem is None or stem.stem in cues.NOT_A_NAME or stem.stem.startswith(
                cues.VERB_STARTS) or stem.stem in cues.PRONOUN_AND or stem.stem in cues.COPULA:
            return False
        self.named[index] = stem
        return True

    def ends_in_and(self, index: int) -> bool:
        return 0 <= index < len(self.found) and self.found[index].text.endswith(_AND) and \
            self.found[index].text not in cues.NOT_A_NAME

    def word_kind(self, index: int) -> str | None:
        listed = self.listed[index] if 0 <= index < len(self.found) else None
        return None if listed is None or self.holy[index] else listed[1]

    def starts_sentence(self, index: int) -> bool:
        return index == 0 or _SENTENCE_END.search(
            self.text, self.found[index - 1].end, self.found[index].start) is not None

    def near(self, left: int, right: int) -> bool:
        return left >= 0 and right < len(self.found) and _touching(
            self.text, self.found[left], self.found[right])

    def read_cues(self) -> None:
        # "ምሕረት ዝበሃል ኣይፈልጡን": they knew nothing called mercy; that word names no one.
        for index, word in enumerate(self.found):
            if word.text in cues.CALLED and self.word_kind(index - 1) == _WORD and \
                    self._no_such_thing(index + 1):
                self.holy[index - 1] = True
        for index, word in enumerate(self.found):
            listed = self.listed[index]
            if listed is not None and listed[1] == _PLAIN:
                self.name(index)
            if word.text in cues.NAME_IS:
                self._after_name_is(index)
            elif (word.text in cues.BEFORE_NAME or word.text in cues.GREETING) and self.near(
                    index, index + 1) and not self._word_with_prefix(index + 1):
                self.name(index + 1, any_word=self._saint_joined(index + 1) or (
                    word.text in cues.BEFORE_NAME and self._unlisted_name(index + 1)))
            if word.text in cues.CALLED and self.near(index - 1, index) and self.name(
                    index - 1, any_word=True) and self.near(index - 2, index - 1):
                self.name(index - 2)
            elif word.text in cues.CALLED and self._quoted_before(index):
                self.name(index - 1, any_word=True)  # "ባምቡ" ይብልዎ: they call him "Bambu"
            if word.text in cues.KIN_AFTER and self.near(index - 1, index):
                self.name(index - 1)

    def read_context(self) -> None:
        """Rules on the words around a name: a title, "me and", "with", a kin noun, a verb."""
        found, count = self.found, len(self.found)
        for index, word in enumerate(found):
            if word.text in cues.STRONG_TITLE and self.near(index, index + 1):
                self.name(index + 1, any_word=True)
            if word.text in cues.PRONOUN_AND:
                for other in (index - 1, index + 1):
                    if self.ends_in_and(other) and self.near(min(index, other), max(index, other)):
                        self.name_joined(other)
            if word.text in cues.APART_BEFORE and index + 2 < count and self.near(
                    index, index + 1) and self.near(index + 1, index + 2) and self.word_kind(
                    index + 1) and self.word_kind(index + 2):
                # "ምስ ሰላም ኪዳነ": a given and a father's name after "with", "of", "from"
                self.name(index + 1)
                self.name(index + 2)
            if self.word_kind(index) != _WORD:
                continue
            nxt = found[index + 1].text if index + 1 < count else ""
            if index > 0 and found[index - 1].text == _OF and nxt in cues.KIN_NOUN:
                self.name(index)  # "ናይ ፍቕሪ ቆልዓ": Fiqri's child
            elif word.text.startswith(_BY) and nxt.startswith(_VIA):
                self.name(index)  # "ብሰላም ኣቢለ": through Selam
            elif self.starts_sentence(index) and self._says_after(index):
                self.name(index)  # "ሰላም ብዙሕ ሰላም ትብለኩም": Selam sends her greetings
            elif self.starts_sentence(index) and nxt == _OF and any(
                    found[at].text in cues.COPULA for at in range(index + 2, min(
                        index + 6, count))):
                self.name(index)  # "ሓጎስ ናይ ካምፕ ኮሚቴ እዩ": Hagos is on the camp committee

    def _word_with_prefix(self, index: int) -> bool:
        """Whether word `index` is a name-word with "by", "to" or "with" joined before it: after
        kin or "his name" it is a word ("ደቀይ ብሰላም ክመጹ", my children to come in peace; "ሽሙ
        ብሓቂ ኣይፈልጦን", his name I truly do not know), as a name there takes no prefix."""
        listed = self.listed[index] if 0 <= index < len(self.found) else None
        return listed is not None and listed[1] == _WORD and listed[0].stem_start > \
            listed[0].start

    def _saint_joined(self, index: int) -> bool:
        """Whether word `index` is a first half joined to a saint's name ("ፍሽጽዮን", "ዘሚካኤል"),
        a name after a title or kinship word even when unlisted ("ጓለይ ፍሽጽዮን 4 ዓመት")."""
        if not 0 <= index < len(self.found):
            return False
        text = self.found[index].text
        return any(text.endswith(end) and len(text) >= len(end) + 2 for end in cues.SAINT_ENDINGS)

    def _no_such_thing(self, index: int) -> bool:
        return 0 <= index < len(self.found) and self.found[index].text.startswith(
            cues.NO_SUCH_THING)

    def _says_after(self, index: int) -> bool:
        """Whether a verb of saying or living in the third person comes two or three words on,
        with no other verb before it."""
        for at in range(index + 1, min(index + 4, len(self.found))):
            text = self.found[at].text
            if text.startswith(cues.SAYS):
                return at > index + 1
            if text.startswith(cues.VERB_STARTS) or text in cues.COPULA:
                return False
        return False

    def _after_name_is(self, index: int) -> None:
        # "ስመይ ሕርይቲ ተኽለ እዩ": every word up to the copula, when it comes within three.
        ahead = range(index + 1, min(index + 1 + _MAX_NAME_WORDS, len(self.found)))
        closing = next((at for at in ahead if self.found[at].text in cues.COPULA), None)
        last = closing - 1 if closing is not None else index + 1
        for at in range(index + 1, last + 1):
            if not self.near(at - 1, at) or self._word_with_prefix(at) or \
                    self._unlisted_with_prefix(at) or not self.name(at, any_word=True):
                break

    def _unlisted_with_prefix(self, index: int) -> bool:
        """Whether word `index` is unlisted and starts with a joined "to", "by", "from" or
        "with": after "ስመይ" it says what befell the name, as a name there takes no prefix
        ("ስመይ ብጌጋ ተጻሒፉ", my name was written wrongly; "ስሙ ንፖሊስ ነጊረዮም", I told the police
        his name)."""
        if self.listed[index] is not None or self.named[index] is not None:
            return False
        return any(stem.stem_start > stem.start for stem in stems(self.found[index],
                                                                      suffixes=False))

    def read_pairs_and_lists(self) -> None:
        for _ in range(2):
            for index in range(len(self.found) - 1):
                if self.named[index] is not None and self.near(index, index + 1):
                    joined = self.found[index].text in cues.JOINED_FIRST
                    self.name(index + 1, any_word=joined or self._surname_before_place(
                        index + 1) or self._unlisted_surname(index, index + 1))
            # "ሩታን ኤልሳን ትርሓስን": beside a name joined by "and", a word joined so is one too
            for index in range(len(self.found)):
                if self.named[index] is None or not self.ends_in_and(index):
                    continue
                for other in (index - 1, index + 1):
                    if self.ends_in_and(other) and self.near(min(index, other), max(index, other)):
                        self.name_joined(other)
            for index in range(len(self.found)):
                listed = self.listed[index]
                if self.named[index] is not None or listed is None:
                    continue
                if any(self._in_list(index, other) for other in (index - 2, index - 1, index + 1,
                                                                  index + 2)):
                    self.name(index)

    def _surname_before_place(self, index: int) -> bool:
        """Whether word `index`, after a name, is its family name nobody listed: "where" or
        "when" comes next ("ያኤል ሾሻኒ ኣብ ኢላት", "ብርሃነ ሃብተስላሰ ዕለት ልደተይ"), and it does
        not end as a verb with "me" does ("ሳባ ሓጊዛትኒ ኣብ ..." is Saba helped me at ...)."""
        after = index + 1
        if after >= len(self.found) or not self.near(index, after) or \
                self.found[after].text not in cues.AFTER_A_FULL_NAME:
            return False
        text = self.found[index].text
        if text in cues.KIN_AFTER or text in cues.BEFORE_NAME or text in cues.WITH_SOMEONE:
            return False  # "ገነት ሓፍተይ ኣብ ...": Genet, my sister, at ...
        return not (text.endswith(cues.VERB_ENDINGS) or (
            text.endswith(_ME) and len(text) >= 2 and u_order(text[-2])))

    def _unlisted_name(self, index: int) -> bool:
        return 0 <= index < len(self.found) and self.listed[index] is None and \
            unlisted.could_be_name(self.found[index])

    def _unlisted_surname(self, given: int, index: int) -> bool:
        """Whether word `index`, right after the given name `given`, is a family name nobody
        listed ("ጁልያ ፈራረሲ", "ማቴዮ ላንዞኒ"): only after a listed given name with nothing joined
        to its end, and only a word that is neither everyday nor a verb."""
        first = self.named[given]
        return self.listed[given] is not None and first is not None and \
            first.stem_end == first.end and self._unlisted_name(index)

    def _quoted_before(self, index: int) -> bool:
        """Whether the word before `index` stands in quotation marks right before it."""
        return index > 0 and unlisted.QUOTED_GAP.fullmatch(
            self.text, self.found[index - 1].end, self.found[index].start) is not None and \
            unlisted.could_be_name(self.found[index - 1])

    def _in_list(self, index: int, other: int) -> bool:
        if not 0 <= other < len(self.found) or self.named[other] is None:
            return False
        left, right = sorted((index, other))
        return _LIST_GAP.fullmatch(self.text, self.found[left].end,
                                   self.found[right].start) is not None

    def spans(self) -> Iterator[Span]:
        index = 0
        while index < len(self.found):
            first = self.named[index]
            if first is None:
                index += 1
                continue
            start, last = first.stem_start, first
            if index > 0 and self.found[index - 1].text in cues.KUNYA and self.near(index - 1,
                                                                                  index):
                start = self.found[index - 1].start
            index += 1
            while self._continues(index):
                last = self.named[index]
                index += 1
            yield Span("name", start, last.stem_end)


    def _continues(self, index: int) -> bool:
        """Whether word `index` goes on the name before it: a suffix ("and") ends a name."""
        before = self.named[index - 1]
        return index < len(self.found) and self.named[index] is not None and self.near(
            index - 1, index) and before is not None and before.stem_end == before.end


def _latin_names(original: str, reading: _Reading) -> Iterator[Span]:
    """A Latin-letter name right after a Ge'ez title, kinship word or thanks, with "to" or "with"
    joined to it or not ("ኣምላኽ ይሃብካ jan", "ሓወይ Samuel", "ንጠበቓይ Van Dijk"): a listed given
    name in any case, or capitalised words with the particles of Dutch, German, Italian and
    Arabic surnames between them, unless they name an office or a place."""
    given = wordlists.given_names()
    for word in reading.found:
        if not any(stem.stem in cues.BEFORE_NAME or stem.stem in cues.GREETING
                   for stem in stems(word, suffixes=False)):
            continue
        gap = _SPACES.match(original, word.end)
        first = _LATIN_WORD.match(original, gap.end()) if gap else None
        if first is None:
            continue
        latin = _LATIN_NAME.match(original, first.start())
        if latin is not None and not geez_latin.not_a_person(latin.group()):
            yield Span("name", latin.start(), latin.end())
        elif wordlists.plain_key(first.group()) in given:
            yield Span("name", first.start(), first.end())


def find_geez_names(text: str, language: str = "ti") -> Iterator[Span]:
    """Names in a text with Ge'ez letters; nothing for any other text."""
    del language  # Tigrinya, Amharic and Tigre names are read alike
    if not has_ethiopic(text):
        return
    reading = _Reading(normalise(text))
    reading.read_cues()
    reading.read_context()
    reading.read_pairs_and_lists()
    yield from reading.spans()
    yield from _latin_names(text, reading)
