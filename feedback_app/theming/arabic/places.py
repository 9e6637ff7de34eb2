"""Towns, regions and countries written in Arabic script: shipped lists and the words before them.

Three lists (see `data/README`): places that are rarely anything else ("سوريا", "الخرطوم",
"الزعتري") count anywhere; places that are everyday words or names too ("حلب" milking, "صور"
pictures, "جدة" grandmother, "حمص" chickpeas) count after a preposition, separate or joined ("من
حلب", "في صور", "بحمص", "لجدة"); places whose everyday sense is far the more common ("العين" the
eye, "السلام" peace, "مالي" my money, "الأزرق" blue) count only after a place word ("مخيم
الأزرق", "مدينة العين") or a verb of living, coming, fleeing or being born and its preposition
("ساكنة في العين", "أنا من مالي"). After a place word a town nobody listed counts too, when it
is no frequent word ("قرية كفرنبودة", "مخيم الركبان").

The text and the lists are compared in the form `script.normalise` gives (hamza, ta
marbuta, alef maqsura, harakat and tatweel folded); spans keep the offsets of the text as typed,
and a prefix joined to the place ("و", "ب", "ل", "ف", "ك") stays outside the span, as does the
place word ("مخيم"). A town named in a street ("شارع بغداد") is part of an address, not a place.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from feedback_app.theming import wordlists
from feedback_app.theming.arabic import script
from feedback_app.theming.arabic.script import (
    ARABIC_LETTER,
    SPACE,
    normalise,
    offset_after,
)
from feedback_app.theming.spans import Span

_WORD_LIMIT = 40  # longer runs of letters are no place name
_ARTICLE = "ال"

SURE, PREPOSITION, CUED = 0, 1, 2  # how much context a listed place needs


def _words(text: str) -> frozenset[str]:
    return frozenset(normalise(word) for word in text.split())


# Prepositions before a place: "من حلب", "في صور", "إلى الزرقاء", dialect "على عمان", "ع الشام".
_PREPOSITIONS = _words("من في فى إلى الى لـ ل بـ ب على ع عبر نحو باتجاه لعند حتى داخل خارج "
                       "مواليد ضواحي ريف أطراف اطراف قرب جنب")
# Joined to a place these are prepositions too: "بحمص" (in), "لجدة" (to), Maghreb "فطنجة" (in).
_JOINED_PREPOSITIONS = "بلف"
# Prefixes joined to a word: "وسوريا", "بحلب", "لليبيا", "فالسودان", "كمصر", "والبصرة".
_CLITICS = ("وب", "ول", "وف", "فب", "فل", "و", "ف", "ب", "ل", "ك")
# Place words: after them a listed place of any kind counts, and a town nobody listed.
_PLACE_WORDS = _words(
    "مخيم معسكر مدينة بلدة قرية ضيعة محافظة ولاية إقليم اقليم مقاطعة قضاء ناحية منطقة عاصمة "
    "جزيرة مخيمات مدينتي قريتي ضيعتي بلدتي بلدي بلد دولة دوار بلاد مدن قرى محافظات")
# A town nobody listed is taken after these only: "منطقة", "بلد", "دولة" take everyday words too
# ("منطقة آمنة", "بلد غريب").
_NAMING_PLACE_WORDS = _words("مخيم معسكر مدينة بلدة قرية ضيعة محافظة ولاية قضاء ناحية مقاطعة "
                             "مخيمات")
# Verbs of living, coming, fleeing, moving and being born, and "أنا"/"أصلي": before a
# preposition they make even an everyday-word place one ("ساكنة في العين", "أنا من مالي").
_ORIGIN_VERBS = _words(
    "ساكن ساكنة ساكنه ساكنين أسكن اسكن نسكن بسكن سكنت سكنا سكنّا عايش عايشة عايشه عايشين أعيش "
    "اعيش نعيش بعيش عشت عشنا مقيم مقيمة أقيم اقيم جيت جئت اجيت جينا جئنا أتيت اتيت جاي جاية "
    "وصلت وصلنا هربت هربنا هاربة هارب نزحت نزحنا نازح نازحة ولدت انولدت اتولدت تولدت مولود "
    "مولودة طلعت طلعنا خرجت خرجنا سافرت سافرنا انتقلت انتقلنا نقلونا نقلوني رحلوني رحلونا "
    "رجعت رجعنا رحت رحنا روحت أنا انا آنا إحنا احنا نحنا نحن أصلي اصلي أصلها اصلها أصله اصله "
    "أصلنا اصلنا أهلي اهلي عيلتي عائلتي هو هي كبرت تربيت"
)
# Street words: a town after them names a street, which the address detector reads.
_STREET_WORDS = _words("شارع جادة زنقة نهج زقاق درب")
# After a place these describe it ("حلب الشرقية", "حمص القديمة"); any other word with "ال"
# after an everyday-word place makes it a noun ("صور الجواز": the passport photos).
_PLACE_ADJECTIVES = _words(
    "القديمة الجديدة الشرقية الغربية الشمالية الجنوبية الكبرى الصغرى المحتلة المحررة البلد "
    "العاصمة المدينة")
# First words of town names nobody listed, after a place word or a preposition: "كفر نبل",
# "دير حافر", "تل تمر", "سيدي بوزيد", "عين ترما", "بني سويف".
_GEO_HEADS = _words("كفر دير تل خان بني سيدي عزبة نزلة منشية بير بئر جسر عين وادي جبل راس رأس "
                    "ام أم بيت")


# "من الصبح للمغرب", "صلاة المغرب": after a time of day or a prayer "المغرب" is sunset.
_SUNSET = normalise("المغرب")
_TIMES_OF_DAY = _words("الصبح الصباح الفجر الظهر الضهر العصر الساعة صلاة صلاه اذان أذان وقت")


@dataclass(frozen=True, slots=True)
class _Word:
    start: int        # where a place would start: after a joined prefix
    end: int
    key: str          # compared form without the prefix
    full: str         # compared form as typed
    whole_start: int
    clitic: str       # the joined prefix, compared form ("" when none)


@cache
def _lists() -> tuple[dict[str, int], dict[str, tuple[tuple[str, ...], ...]]]:
    """Each listed place's tier, and the places by first word (longest first)."""
    tiers: dict[str, int] = {}
    for tier, name in ((CUED, "arabic_places_cued"), (PREPOSITION, "arabic_places_ambiguous"),
                       (SURE, "arabic_places")):
        tiers.update((place, tier) for place in wordlists.word_set(name))
    heads: dict[str, list[tuple[str, ...]]] = {}
    for place in tiers:
        words = tuple(place.split())
        heads.setdefault(words[0], []).append(words)
    return tiers, {head: tuple(sorted(seqs, key=len, reverse=True))
                   for head, seqs in heads.items()}


@cache
def _frequent_words() -> frozenset[str]:
    """Words that never name a town nobody listed: everyday words, frequent words, names."""
    return (wordlists.word_set("arabic_words") | wordlists.word_set("arabic_common_words")
            | wordlists.word_set("arabic_names") | wordlists.word_set("arabic_names_ambiguous"))


def _split_clitic(raw: str, start: int, full: str,
                  heads: dict[str, tuple[tuple[str, ...], ...]]) -> tuple[int, str, str] | None:
    """(start, key, prefix) of a place word behind a joined prefix: "بحلب", "لليبيا", "عالشام"."""
    for clitic in _CLITICS:
        if not full.startswith(clitic) or len(full) - len(clitic) < 2:
            continue
        rest = full[len(clitic):]
        if rest in heads:
            return offset_after(raw, start, len(clitic)), rest, clitic
        if clitic.endswith("ل") and rest.startswith("ل") and _ARTICLE + rest[1:] in heads:
            # "لليبيا" is "ل" + "الليبيا"... and "للسودان" is "ل" + "السودان", its alef dropped.
            return offset_after(raw, start, len(clitic)), _ARTICLE + rest[1:], clitic
    if full.startswith("عال") and full[1:] in heads:
        return offset_after(raw, start, 1), full[1:], "ع"  # "عالشام": "على" + "الشام"
    return None


def _tokenize(text: str) -> list[_Word]:
    _, heads = _lists()
    tokens: list[_Word] = []
    for match, full in script.words(text, _WORD_LIMIT):
        raw = match.group()
        start, key, clitic = match.start(), full, ""
        if full not in heads:
            split = _split_clitic(raw, match.start(), full, heads)
            if split is not None:
                start, key, clitic = split
        tokens.append(_Word(start, match.end(), key, full, match.start(), clitic))
    return tokens


def _spaced(text: str, left: _Word, right: _Word) -> bool:
    return bool(SPACE.fullmatch(text, left.end, right.whole_start))


def _key_without_clitic(token: _Word) -> str:
    """A cue word's form without "و", "ب", "ل": "وبمخيم" -> "مخيم"."""
    full = token.full
    for clitic in _CLITICS:
        if full.startswith(clitic) and full[len(clitic):] in _PLACE_WORDS:
            return full[len(clitic):]
    return full


class _Reader:
    """The tokens of one text and the places found so far."""

    def __init__(self, text: str, tokens: list[_Word]) -> None:
        self.text = text
        self.tokens = tokens
        self.tiers, self.heads = _lists()

    def previous(self, index: int) -> _Word | None:
        """The word before, when only spaces stand between."""
        if index == 0:
            return None
        before = self.tokens[index - 1]
        return before if _spaced(self.text, before, self.tokens[index]) else None

    def context(self, index: int) -> int:
        """How much context stands before the word at `index`: CUED (a place word or a verb
        of origin and its preposition), PREPOSITION, or SURE (none)."""
        token = self.tokens[index]
        before = self.previous(index)
        if before is not None and _key_without_clitic(before) in _PLACE_WORDS:
            return CUED
        joined = token.clitic != "" and (token.clitic[-1] in _JOINED_PREPOSITIONS
                                         or token.clitic == "ع")
        preposition = joined or (before is not None and before.full in _PREPOSITIONS)
        if not preposition:
            return SURE
        verb = before if joined else (self.previous(index - 1) if index >= 1 else None)
        if verb is not None and verb.full in _ORIGIN_VERBS:
            return CUED
        return PREPOSITION

    def after_street(self, index: int) -> bool:
        """"شارع بغداد", "بشارع حلب": the town names a street."""
        before = self.previous(index)
        return before is not None and any(
            before.full[len(clitic):] in _STREET_WORDS for clitic in ("", *_CLITICS)
            if before.full.startswith(clitic))

    def listed_end(self, index: int) -> tuple[int, int] | None:
        """(last index, tier) of the listed place that starts at `index`, longest first."""
        tokens = self.tokens
        for words in self.heads.get(tokens[index].key, ()):
            last = index + len(words) - 1
            if last >= len(tokens):
                continue
            run = tokens[index + 1:last + 1]
            if all(t.full == w for t, w in zip(run, words[1:], strict=True)) and all(
                    _spaced(self.text, tokens[i], tokens[i + 1]) for i in range(index, last)):
                return last, self.tiers[" ".join(words)]
        return None

    def sunset(self, index: int) -> bool:
        """"اشتغلنا من الساعة 5 الصبح للمغرب": the evening prayer's time, not Morocco."""
        if self.tokens[index].key != _SUNSET:
            return False
        return any(_key_without_clitic(self.tokens[before]) in _TIMES_OF_DAY
                   for before in range(max(0, index - 2), index))

    def noun_follows(self, last: int) -> bool:
        """"صور الجواز", "في حلب الغنم": a word with "ال" makes an everyday-word place a noun."""
        nxt = last + 1
        if nxt >= len(self.tokens) or not _spaced(self.text, self.tokens[last], self.tokens[nxt]):
            return False
        token = self.tokens[nxt]
        return (not token.clitic and token.full.startswith(_ARTICLE)
                and token.full not in _PLACE_ADJECTIVES and token.full not in self.heads)

    def rare(self, index: int) -> bool:
        """A word that may name a town nobody listed: no frequent word, no name."""
        token = self.tokens[index]
        key = token.full
        stem = key[len(_ARTICLE):] if key.startswith(_ARTICLE) else key
        frequent = _frequent_words()
        return (len(stem) >= 3 and not token.clitic and key not in frequent
                and stem not in frequent and not key.startswith("لل")
                and key not in _PLACE_WORDS and key not in _PREPOSITIONS)

    def unlisted_end(self, index: int, context: int) -> int | None:
        """Last index of a town nobody listed at `index`: "قرية كفرنبودة", "من كفر نبل"."""
        tokens = self.tokens
        token = tokens[index]
        before = self.previous(index)
        named = before is not None and _key_without_clitic(before) in _NAMING_PLACE_WORDS
        head = token.full in _GEO_HEADS and not token.clitic
        if head and index + 1 < len(tokens) and _spaced(self.text, token, tokens[index + 1]) \
                and (named or context >= PREPOSITION) and self.rare(index + 1):
            return index + 1
        if named and self.rare(index):
            return index
        return None


def find_arabic_places(text: str, language: str = "ar") -> Iterator[Span]:
    """Yield listed places in Arabic script that need no context ("سوريا", "الخرطوم")."""
    del language  # an Arabic place in a French answer counts too
    yield from _find(text, cued=False)


def find_cued_arabic_places(text: str, language: str = "ar") -> Iterator[Span]:
    """Yield places in Arabic script made sure by the words before them ("من حلب", "مخيم
    الأزرق", "ساكنة في العين", "قرية كفرنبودة")."""
    del language
    yield from _find(text, cued=True)


def _find(text: str, cued: bool) -> Iterator[Span]:
    if not isinstance(text, str) or not ARABIC_LETTER.search(text):
        return
    tokens = _tokenize(text)
    reader = _Reader(text, tokens)
    index = 0
    carried = SURE  # "من حلب وحمص": a place joined by "و" to a cued one shares its cue
    while index < len(tokens):
        token = tokens[index]
        context = reader.context(index)
        if token.clitic == "و" and carried > SURE and index > 0 and _spaced(
                text, tokens[index - 1], token):
            context = max(context, carried)
        if reader.after_street(index):
            carried = SURE
            index += 1
            continue
        found = reader.listed_end(index)
        last = None
        if found is not None:
            last, tier = found
            single_word_place = last == index and tier > SURE
            if tier > context or (single_word_place and reader.noun_follows(last)) or (
                    reader.sunset(index)):
                last = None
        if last is None and context > SURE:
            last = reader.unlisted_end(index, context)
        if last is None:
            carried = SURE
            index += 1
            continue
        if cued == (context > SURE):
            yield Span("place", token.start, tokens[last].end)
        carried = max(context, PREPOSITION)
        index = last + 1
