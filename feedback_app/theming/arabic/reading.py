# ruff: noqa: RUF001  (Arabic letters are the point of this module)
"""An Arabic text as the name reader sees it: words, their joined prefixes, and the name lists.

Each word is read against three lists (see `data/README`): names that are rarely anything else,
names that are everyday words too, and everyday words. A prefix joined to a word ("و", "لـ",
"ب") is split off when what is left is a name, so "وزينب" starts at "زينب".
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from feedback_app.theming import wordlists
from feedback_app.theming.arabic import cues, script, verbs
from feedback_app.theming.arabic.script import (
    MARKS,
    PRESENTATION_FORM,
    SPACE,
    offset_after,
)

# Letters joined to the front of a word: "and", "so", "with", "for" ("ك" "like" is left out:
# "كلمي" is "talk to", not "like Lama"). "ف" is only read off titles and cue words: on a name
# it is rare, and "فكروا", "فمها" are words.
CLITICS = "وفبل"
_NAME_CLITICS = "وبل"
# What may stand between a cue and the name: "اسمي: مريم", "اسمي - مريم", "السيد «أحمد»".
CUE_GAP = re.compile(r"[ \t\u00a0\u200c\u200f\u200e]*[:\-\u2013«\"'(]?[ \t\u00a0\u200f\u200e]*")
BREAK = re.compile(r"[.!?؟\n\r:;؛,،()\[\]\"«»]")
MAX_NAME_WORDS = 5
_SURNAME_PARTICLES = frozenset({"دي", "دا", "دو", "دوس", "ديل", "دل", "لا", "فان", "فون"})
_WORD_LIMIT = 64  # longer runs of letters are not words anyone types as a name
# Verbs carrying "to me", "to us", "to her": "قالتلي", "جابولنا", "حكتلها".
_VERB_TO_ME = ("تلي", "ولي", "تلنا", "ولنا", "تله", "تلها", "ولها", "وله", "تلك", "ولك", "نالك",
               "تلكم", "تلكن")
# Names told from a word only by the letter folding would erase: typed with a final "ى" or "ء"
# they are names ("سلمى", "ليلى", "هناء"), typed with "ي" or without hamza they are words ("سلمي"
# greet, "ليلي" my night, "مني" from me, "هنا" here). They are looked up as typed.
_SPELLED_NAMES = frozenset({"سلمى", "ليلى", "لمى", "سهى", "نهى", "هناء", "سناء", "رجاء", "لبنى",
                            "يسرى", "سلوى", "نجوى", "رضوى", "بشرى", "هدى", "منى", "ندى", "ضحى",
                            "جنى", "رؤى", "الاء", "بهاء", "ولاء", "دعاء", "سماء", "صفاء",
                            "وفاء", "ثناء", "ربى", "حواء"})
_SPELLED_EVERYDAY = frozenset({"هدى", "منى", "ندى", "ضحى", "بشرى", "جنى", "رؤى", "رجاء", "ولاء",
                               "دعاء", "سماء", "صفاء", "وفاء", "ثناء", "ربى"})
_FOLDED_WORDS = frozenset({"سلمي", "ليلي", "لمي", "سهي", "نهي", "هنا", "سنا", "رجا", "لبني",
                           "يسري", "سلوي", "نجوي", "رضوي", "بشري", "هدي", "مني", "ندي", "ضحي",
                           "جني", "روي", "الا", "بها", "ولا", "دعا", "سما", "صفا", "وفا",
                           "ثنا", "ربي"})


def _spelled(raw: str) -> tuple[int, str] | None:
    """Where a name that is one only as typed ("سلمى", "وليلى") starts in `raw`, and its form."""
    if raw[-1:] not in "ىءي" and not raw.endswith(("ى\u0640", "ء\u0640")):
        return None  # the cheap test: every such name ends in "ى" or "ء"
    # after the joined prefixes "و", "ب", "ل", or a joined "يا" ("ياسلمى")
    vocative = raw.startswith("يا") and len(raw) >= 5
    for skip in (0, 2) if vocative else range(3):
        rest = raw[skip:]
        if skip and not vocative and (raw[skip - 1] not in _NAME_CLITICS or len(rest) < 2):
            break
        if rest.startswith("\u0640"):
            rest = rest[1:]
            skip += 1
        word = MARKS.sub("", rest)
        if PRESENTATION_FORM.search(word):
            word = unicodedata.normalize("NFKC", word)
        word = word.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ؤ", "و")
        if word in _SPELLED_NAMES:
            return skip, word
    return None


@cache
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], dict[str, int]]:
    spelled_listed = _SPELLED_NAMES - _SPELLED_EVERYDAY
    names = (wordlists.word_set("arabic_names") - _FOLDED_WORDS) | spelled_listed
    ambiguous = (wordlists.word_set("arabic_names_ambiguous") - _FOLDED_WORDS) | _SPELLED_EVERYDAY
    words = wordlists.word_set("arabic_words") | _FOLDED_WORDS
    longest: dict[str, int] = {}
    for entry in names | ambiguous:
        parts = entry.split()
        if len(parts) > 1:
            longest[parts[0]] = max(longest.get(parts[0], 1), len(parts))
    return names, ambiguous, words, longest


@cache
def common_words() -> frozenset[str]:
    """Everyday words by frequency: they block unlisted words after weak cues, never names."""
    names, ambiguous, _, _ = _lists()
    return wordlists.word_set("arabic_common_words") - names - ambiguous


@dataclass(frozen=True, slots=True)
class Word:
    start: int   # where the name would start: after a joined prefix ("و", "لـ")
    end: int
    key: str     # compared form of the word without its prefix
    full: str    # compared form of the word as typed
    whole_start: int
    raw: str


def _strip_clitics(raw: str, start: int, full: str) -> Iterator[tuple[int, str]]:
    """Offset and key of the word without its joined prefixes ("وزينب" -> "زينب", "ولأحمد" ->
    "أحمد"), two letters first and then one ("وبتول" is "بتول", not "تول")."""
    if full in ("وام", "لام", "بام"):
        yield offset_after(raw, start, 1), full[1:]  # "انا وام عمر": a kunya's "أم" joined
    if len(full) < 4 or full[0] not in _NAME_CLITICS:
        return
    if full[0] == "و" and full[1] in "بل" and len(full) >= 5:
        yield offset_after(raw, start, 2), full[2:]
    yield offset_after(raw, start, 1), full[1:]


def tokenize(text: str) -> list[Word]:
    names, ambiguous, words, _ = _lists()
    tokens: list[Word] = []
    for match, full in script.words(text, _WORD_LIMIT):
        raw = match.group()
        start, key = match.start(), full
        spelled = _spelled(raw)
        if spelled is not None:
            skip, form = spelled
            tokens.append(Word(start + skip, match.end(), form, full if skip else form, start,
                               raw))
            continue
        if full not in names and full not in ambiguous and full not in words:
            # "وزينب", "لـأحمد"; never "فكروا" or "لسنا", which are words with their prefix. A
            # name that ends like a verb or a pronoun ("مها", "لينا") keeps that ending once its
            # prefix is off, so "لمها" and "ومها" are Maha.
            verb_shaped = cues.VERB_SHAPE.search(full) and not raw.endswith(("ة", "ى"))
            for stripped in _strip_clitics(raw, match.start(), full):
                if verb_shaped and not (cues.VERB_SHAPE.search(stripped[1])
                                        or "\u0640" in raw[:3]):
                    continue
                if (stripped[1] in names or stripped[1] in ambiguous
                        or stripped[1] in cues.KUNYA or stripped[1] == cues.SERVANT):
                    start, key = stripped
                    break
            rest = full[2:]
            if key == full and full.startswith("يا") and len(rest) >= 3 and (
                    rest in names or rest in ambiguous) and rest not in cues.VOCATIVE_NOT_A_NAME:
                start, key = offset_after(raw, match.start(), 2), rest  # "ياريم وينك"
        tokens.append(Word(start, match.end(), key, full, match.start(), raw))
    return tokens


def spaced(text: str, left: Word, right: Word) -> bool:
    return bool(SPACE.fullmatch(text, left.end, right.whole_start))


def is_break(text: str, tokens: list[Word], index: int) -> bool:
    """True at the first word of the text or after sentence punctuation."""
    if index == 0:
        return True
    return bool(BREAK.search(text, tokens[index - 1].end, tokens[index].whole_start))


def title_key(token: Word) -> str:
    """The title or role a word holds, a joined "ل" or "و" left out ("للأستاذة" -> "الأستاذة")."""
    full = token.full
    if full[:1] in CLITICS and len(full) >= 4:
        rest = full[1:]
        if full[0] == "ل" and rest.startswith("ل"):
            rest = "ا" + rest
        if rest in cues.TITLE or rest in cues.ROLE or rest in cues.KIN:
            return rest
    return full


class Context:
    """The tokens of one text and what each is: listed name, everyday-word name or neither."""

    def __init__(self, text: str, tokens: list[Word]) -> None:
        self.text = text
        self.tokens = tokens
        self.names, self.ambiguous, self.words, self.longest = _lists()

    def listed(self, index: int) -> bool:
        return self.tokens[index].key in self.names

    def everyday(self, index: int) -> bool:
        return self.tokens[index].key in self.ambiguous

    def unknown_could_be_name(self, index: int, frequent_too: bool = True,
                              verb_shape_too: bool = True, plural_shape: bool = False,
                              introduced: bool = False) -> bool:
        """An unlisted word after a strong cue: not an everyday word, not shaped like a verb.

        `frequent_too` also turns away words that are merely frequent ("امبارح" yesterday);
        after an introduction ("اسمي ...") it is off, since a famous name is frequent too.
        `verb_shape_too` turns away the shape of a present-tense verb ("تبحث"); it is off where
        what follows shows a person ("تيرهاس الإريترية"). `plural_shape` takes women's names
        of the shape of a plural ("عنايات", "نعمات"), right after a title or an introduction,
        where a verb in "-ت" ("قالت") does not stand. After an introduction (`introduced`) a
        first "ف" is the name's ("اسمها فيونا"), not a joined "so".
        """
        token = self.tokens[index]
        key = token.key
        if key in self.words or token.full in self.words or len(key) < 4:
            return False
        if frequent_too and (key in common_words() or token.full in common_words()):
            return False
        plural = plural_shape and key.endswith("ات") and len(key) >= 5
        if key.startswith("ال") or (key.endswith("ت") and not plural) or key.endswith(_VERB_TO_ME):
            return False  # "قالتلي", "جابولنا": a verb with its "to me"
        if key[0] == "ا" and key.endswith("ي") and len(key) <= 6 and not token.raw.endswith("ى"):
            return False  # "ارجعي", "استني", "اكتبي": a woman told to do something
        if key[0] == "م" and key.endswith("ش") and len(key) >= 4:
            return False  # "المحامي مردش عليا", "مجاش", "مقالش": an Egyptian "did not"
        if token.full in verbs.PERSON_PAST or token.full in verbs.PERSON_VERB \
                or token.full in verbs.MEET:
            return False
        if cues.VERB_SHAPE.search(key) and not token.raw.endswith("ة"):
            return False  # a final "ة" is a noun's or a name's, never a verb's
        if key[0] == "و" or (key[0] == "ف" and not introduced) or key.startswith(
                ("لل", "لا", "عال", "عل", "هال")) or (
                key[0] in "لب" and self._prefixed_word(key[1:])):
            return False  # "وجئت", "بالدورة", "للمنظمة", "عالاكل", "هالأيام": a joined prefix
        # Present-tense verbs: "تبحث", "يشتغل", "نحتاج", "أعرف".
        return not verb_shape_too or (
            not (key[0] in "يتن" and len(key) <= 6) and not (key[0] == "ا" and len(key) == 4))

    def _prefixed_word(self, rest: str) -> bool:
        """After a joined "ب" or "ل", a word: "بالدورة", "بحكي", "لسنا"; not "بليسنج", a name
        nobody listed that starts with that letter."""
        if rest.endswith("تين") and (rest[:-3] + "ه" in self.words
                                     or rest[:-3] + "ه" in common_words()):
            return True  # "بغرفتين": in two rooms
        return (rest.startswith(("ال", "هال", "عال", "لل")) or len(rest) <= 3
                or rest in self.words or rest in common_words() or rest[0] in "يتنا"
                or bool(cues.VERB_SHAPE.search(rest)))

    def compound_length(self, index: int) -> int:
        """Words taken by a compound name starting here ("عبد الرحمن", "أبو بكر"), else 0."""
        tokens = self.tokens
        key = tokens[index].key
        nxt = index + 1
        has_next = nxt < len(tokens) and spaced(self.text, tokens[index], tokens[nxt])
        for size in range(min(self.longest.get(key, 1), len(tokens) - index), 1, -1):
            parts = tokens[index:index + size]
            if all(spaced(self.text, a, b) for a, b in itertools.pairwise(parts)):
                phrase = " ".join(t.key for t in parts)
                if phrase in self.names or phrase in self.ambiguous:
                    return size
        if not has_next:
            return 0
        second = tokens[nxt].key
        if key == cues.SERVANT and (second.startswith("ال") or second in self.names):
            return 2
        if key in cues.KUNYA and key not in cues.LINEAGE and (
                second in self.names or second in self.ambiguous):
            return 2
        stem = second[2:]
        if key in cues.KUNYA and key not in cues.LINEAGE and second.startswith("ال") and (
                stem in self.names or stem in self.ambiguous or stem == cues.SERVANT
                or second in cues.KUNYA_SECOND):
            return 2  # "أبو العبد", "أم الخير": a kunya with a name made definite
        if second in cues.COMPOUND_SECOND and (key in self.names or key in self.ambiguous):
            return 2
        return 0

    def surname_like(self, index: int, loose: bool = False) -> bool:
        """A word that continues a name: listed, "ال"/"بن"/"بو" + listed, or a foreign ending.

        `loose` (the name is sure already) also takes everyday-word names that are no adjective:
        "محمد علي", "ليلى حداد", "سناء الخطيب"; never "مريم سعيدة".
        """
        token = self.tokens[index]
        key = token.key
        if token.start != token.whole_start:
            return False  # "ورقمي", "وأنا": a joined "و" starts a new phrase
        if MARKS.sub("", token.raw) in cues.PREPOSITIONS_AS_TYPED or cues.nationality(key):
            return False  # "جمعة خان الأفغاني": the nationality is no part of the name
        if key in self.names or key in cues.TITLE_SURNAMES:
            return True  # "رشا الحاج": a title that became a family name
        if loose and key in self.ambiguous and key not in cues.ADJECTIVE_NAMES and not (
                token.raw.endswith("ة") and not key.startswith("ال")):
            return True
        for prefix in ("ال", "بن", "بو", "ابو"):
            stem = key[len(prefix):]
            if not loose and stem in self.ambiguous and key in common_words():
                continue  # "سعادة الدنيا": the world, a word, after a name not sure yet
            if key.startswith(prefix) and len(stem) >= 2 and (
                    stem in self.names or stem in self.ambiguous
                    or (stem.endswith("ي") and stem[:-1] in self.names)):
                return True
        if key.endswith("ي") and key[:-1] in self.names and len(key) >= 4:
            return True  # "أحمدي", "محمدي": a given name made a family name
        if self.nisba(index):
            return True  # "سامر الحموي", "ليلى الشمري": a family name from a place or a tribe
        return (len(key) >= 5 and key not in self.words and not key.startswith("ال")
                and bool(cues.FOREIGN_SURNAME.search(key)))

    def nisba(self, index: int) -> bool:
        """"الحموي", "السعدي": "ال" + a stem + "ي", the shape of most Arab family names.

        The frequent adjectives of that shape ("الماضي", "الطبي", "الاجتماعي") are in the
        everyday-word list, so they never continue a name.
        """
        token = self.tokens[index]
        key = token.key
        return (token.start == token.whole_start and key.startswith("ال") and key.endswith("ي")
                and len(key) >= 6 and key not in self.words and key not in cues.ROLE_ADJECTIVE
                and key not in cues.FOREIGN_NATIONALITY
                and not token.raw.endswith("ى") and not cues.VERB_SHAPE.search(key[2:]))

    def extend(self, first: int, last: int, loose: bool = True) -> int:
        """Index of the last word of the name that starts at `first` and has reached `last`."""
        tokens, text = self.tokens, self.text
        end = last
        cursor = last + 1
        while cursor < len(tokens) and cursor - first < MAX_NAME_WORDS:
            if not spaced(text, tokens[cursor - 1], tokens[cursor]):
                break
            if tokens[cursor].start != tokens[cursor].whole_start:
                break
            key = tokens[cursor].key
            if key in cues.LINEAGE and cursor + 1 < len(tokens) and spaced(
                    text, tokens[cursor], tokens[cursor + 1]):
                size = self.compound_length(cursor + 1) or 1
                # "ولد" is a boy too ("سعيد ولد طيب"): only a listed name makes it "son of".
                loose_lineage = key != cues.SON
                # After "بن" or "بنت" a word nobody listed is the father's ("مروان بن عاشور").
                if self.surname_like(cursor + 1, loose and loose_lineage) or size > 1 or (
                        loose_lineage and (self.everyday(cursor + 1) or self.unknown_could_be_name(
                            cursor + 1, frequent_too=False))):
                    end = cursor + size
                    cursor = end + 1
                    continue
                break
            size = self.compound_length(cursor)
            if size:
                end = cursor + size - 1
                cursor = end + 1
                continue
            if self.surname_like(cursor, loose):
                end = cursor
                cursor += 1
                continue
            particles = self.particles(cursor)
            if particles and (self.listed(cursor + particles) or self.surname_like(
                    cursor + particles)):
                end = cursor + particles  # "ماريا دي لا كروز", "ماريا دا سيلفا"
                cursor = end + 1
                continue
            if self.everyday(cursor) and cursor + 1 < len(tokens) and self.surname_like(
                    cursor + 1) and spaced(text, tokens[cursor], tokens[cursor + 1]):
                # "علي رضا أحمدي": an everyday-word name inside a full name.
                end = cursor + 1
                cursor += 2
                continue
            if loose and self.unlisted_surname(first, cursor):
                end = cursor  # "سامر قطيش": a family name nobody listed after a listed name
                cursor += 1
                continue
            break
        return end

    def particles(self, index: int) -> int:
        """How many of the particles of a Spanish, Portuguese or Dutch surname start at `index`
        ("دي لا", "دا", "فان"), with a word after them; 0 when none does."""
        tokens, count = self.tokens, 0
        while index + count + 1 < len(tokens) and count < 2 and (
                tokens[index + count].full in _SURNAME_PARTICLES) and spaced(
                self.text, tokens[index + count], tokens[index + count + 1]):
            count += 1
        return count

    def unlisted_surname(self, first: int, index: int) -> bool:
        """A rare word after a listed given name that reads as its family name, not as a word.

        Only after a name that is nothing else ("سامر", "مريم", not "أمل"), and only a word that
        no frequency list knows, with no shape of a verb, a nationality or a cue.
        """
        token = self.tokens[index]
        if not self.listed(first) or token.full in cues.CUE_WORDS or cues.nationality(token.key):
            return False
        full = token.full
        if full in verbs.PERSON_PAST or full in verbs.PERSON_VERB or (
                full in verbs.PERSON_VERB_MORE or full in verbs.MEET
                or full in cues.PERSON_STATE or full in cues.NEGATION):
            return False
        if token.key.endswith(("نا", "و")) or token.key in cues.ADJECTIVE_NAMES:
            return False  # "ونادية رحنا", "جابو": a verb of "we" or "they"; "نجلاء شاطرة"
        return self.unknown_could_be_name(index) and not cues.PARTICIPLE.search(token.key)

    def head_length(self, index: int) -> int:
        """Words of the name-like head at `index`: a compound, or one listed or unlisted word."""
        return self.compound_length(index) or 1
