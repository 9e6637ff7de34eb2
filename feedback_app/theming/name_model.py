"""Names the rules do not reach, read by a tagger learnt from survivors' hand-written words.

The rules and lists read names by their cues ("my name is", "ask", "chị") and by the names they
know. A name with no cue before it and in no list ("yara, rawan w bayan", "se numea sorinel")
slips past them. `data/names.crfsuite` is a conditional random field (CRFsuite) over the words
of an answer, trained by `data/build_name_model.py` on the labelled set's **tuning** split only
(never the held-out one): each word is described by itself, its beginning and ending, its
shape, whether a shipped list knows it as a name or an everyday word, and the same for the two
words either side, in the answer's language and across languages.

`add_model_names` runs after the rules: a word that no detector took becomes a name where the
tagger is sure of it (`THRESHOLD`), and joins a name right beside it ("Papușa" beside the rules'
"Căldăraru"). Grammar words, kinship words, titles and the names that are also words are never
taken on the tagger's word alone.
Chinese answers are not read (their words have no spaces; `chinese` reads them).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from functools import cache, lru_cache

import pycrfsuite

from feedback_app.theming.arabic import arabizi
from feedback_app.theming.cyrillic import cues as cyrillic_cues
from feedback_app.theming.spans import Span
from feedback_app.theming.stopwords import stop_words, theme_stop_words
from feedback_app.theming.vietnamese_foreign import vietnamese_shape
from feedback_app.theming.wordlists import (
    DATA_DIR,
    EVERYDAY_LANGUAGES,
    everyday,
    mixed_in_everyday,
    names_in_dictionaries,
    names_that_are_words,
    plain_key,
    word_set,
)

MODEL_FILE = DATA_DIR / "names.crfsuite"
NAME, OTHER = "N", "O"
# How sure the tagger must be (its marginal probability of "name") before a word the rules left
# becomes a name: chosen on tuning rounds the rules had not been tuned on (see data/README).
THRESHOLD = 0.8
LANGUAGES = frozenset(("en", "es", "fr", "pt", "ar", "vi", "ru", "uk", "ro", "sq", "ti"))
# A word, split where Arabic letters meet Latin ones ("وFrancesca" is "و" and "Francesca").
WORD = re.compile(r"[\u0600-\u06ff]+|[^\W\d_\u0600-\u06ff]+(?:['\u2019\-][^\W\d_\u0600-\u06ff]+)*")
_ARABIC_CLITICS = re.compile(r"^(?:و|ف|ب|ل|ك)?(?:ال)?")
_NAME_LISTS = ("given_names", "surnames", "arabic_names", "geez_names", "tigrinya_latin_names",
               "vietnamese_given_names", "vietnamese_family_names", "cyrillic_given_names",
               "written_names")
_EVERYDAY_LISTS = {"ar": ("arabic_common_words", "arabic_words"), "ru": ("cyrillic_everyday",),
                   "uk": ("cyrillic_everyday",), "vi": ("vietnamese_words",),
                   "ti": ("stopwords_ti",), "sq": ("stopwords_sq",)}
_WORD_NAME_LISTS = ("names_that_are_words", "cyrillic_word_names", "cyrillic_not_names",
                    "geez_names_words", "arabic_names_ambiguous", "vietnamese_words")
_TITLES = frozenset(("mr", "mrs", "ms", "miss", "dr", "sr", "sra", "srta", "dona", "dom", "mme",
                     "mlle", "m", "herr", "frau", "signora", "signor", "doamna", "domnul", "zonja",
                     "zoti", "san", "sama"))
# Months and weekdays, which dictionaries also list as given names ("January", "June"): the
# rules read them as names where a cue says so ("my friend June"), the tagger never alone.
_CALENDAR = frozenset((
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
    "agosto", "septiembre", "octubre", "noviembre", "diciembre", "janvier", "fevrier", "mars",
    "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
    "janeiro", "fevereiro", "marco", "maio", "junho", "julho", "setembro", "outubro",
    "novembro", "dezembro"))
# Kin, which dictionaries list as given names too ("Mari", "Fils"): never a name alone or
# joined to the name beside it ("mon mari jean-luc").
_KIN = frozenset((
    "mari", "femme", "mere", "pere", "soeur", "frere", "fille", "fils", "cousin", "cousine",
    "oncle", "tante", "marido", "esposa", "mujer", "hija", "hijo", "hermana", "hermano", "madre",
    "padre", "tia", "tio", "prima", "primo", "mulher", "filha", "filho", "irma", "irmao", "mae",
    "pai", "husband", "wife", "sister", "brother", "mother", "father", "daughter", "son", "aunt",
    "uncle"))
# The German nouns of papers and offices that answers written anywhere hold ("Anmeldung",
# "Ausländerbehörde", "Landratsamt"): long words so ending are never given names.
_PAPER_ENDINGS = ("ung", "heit", "keit", "schaft", "behörde", "behorde", "amt", "stelle",
                  "zentrum", "bescheid", "ausweis")
_MIN_PAPER_WORD = 7
# The tagger adds words in Latin and Cyrillic letters only. Most Arabic and Ge'ez words that
# name someone are everyday words too ("آمنة" safe, "ተስፋ" hope), and the tagger, on a few
# hundred answers, took everyday Arabic words for names ("فلوسي" my money): their rules read
# them by context. Latin letters typed in an Arabic or Tigrinya answer are read.
_READ_SCRIPTS = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0400-\u04ff]")
_GAP_MARK = re.compile(r"[^\w\s]")
_local = threading.local()


@cache
def _known_names() -> frozenset[str]:
    return frozenset(plain_key(word) for name in _NAME_LISTS for word in word_set(name))


@cache
def _everyday(language: str) -> frozenset[str]:
    """The language's everyday words (with English's, as `everyday` gives them) or its own
    lists of them, as plain keys; nothing from the other languages."""
    words = set(everyday(language)) if language in EVERYDAY_LANGUAGES else set()
    for name in _EVERYDAY_LISTS.get(language, ()):
        words.update(plain_key(word) for word in word_set(name))
    return frozenset(words)


@cache
def _never_alone(language: str) -> frozenset[str]:
    """Words the tagger may not make a name on its own: grammar, kinship and titles, the
    language's everyday words and those of the languages every answer mixes in ("merci"), and
    the names that are words ("Shpresa", "Blessing", "Надежда", "ተስፋ", "آمنة"), which the
    rules read by their context."""
    # A given name a dictionary spells with a capital ("Gemma", "Marta") is a name first, even
    # where wordfreq counts it among everyday words.
    listed = {plain_key(word) for word in names_in_dictionaries()}
    words = set(mixed_in_everyday()) | _everyday(language)
    words -= listed
    words |= theme_stop_words(language) | stop_words("en") | _TITLES | _CALENDAR | _KIN
    for name in _WORD_NAME_LISTS:
        words.update(word_set(name))
    if language in ("ru", "uk"):
        words |= cyrillic_cues.PEOPLE | cyrillic_cues.TITLES | cyrillic_cues.PRONOUNS
    if language == "ar":  # Arabic typed in Latin letters: "kan" was, "fil" in the
        words |= arabizi.COMMON_WORDS
    return frozenset(plain_key(word) for word in words)


def _shape(word: str) -> str:
    if word.isupper() and len(word) > 1:
        return "upper"
    if word[:1].isupper():
        return "title"
    return "lower" if word.islower() else "mixed"


@lru_cache(maxsize=65536)
def _describe(word: str, language: str) -> tuple[str, ...]:
    """What is said of one word, as itself or (with a "c-1", "c+2" ... before) as a neighbour."""
    key = plain_key(word)
    said = [f"w={key}", f"shape={_shape(word)}"]
    if key in _known_names():
        said.append("known")
    if key in _everyday(language):
        said.append("everyday")
    if "\u0600" <= word[:1] <= "\u06ff":
        bare = _ARABIC_CLITICS.sub("", key)
        if bare != key and len(bare) > 1:
            said.append(f"bare={bare}")
            if bare in _known_names():
                said.append("bare-known")
    return tuple(said)


def _gap(text: str) -> str:
    return "".join(_GAP_MARK.findall(text))[:2]


def features(text: str, words: list[re.Match[str]], language: str) -> list[list[str]]:
    """Each word's features, the same in training and in use."""
    described = [_describe(word.group(), language) for word in words]
    out: list[list[str]] = []
    for index, word in enumerate(words):
        key = plain_key(word.group())
        said = list(described[index])
        if key in names_that_are_words():
            said.append("name-word")
        said += [f"s{n}={key[-n:]}" for n in (2, 3, 4)] + [f"p{n}={key[:n]}" for n in (2, 3)]
        said.append(f"len={min(len(key), 10)}")
        for step in (-2, -1, 1, 2):
            other = index + step
            if 0 <= other < len(words):
                tag = f"c{step}"
                said += [tag + feature for feature in described[other]]
            else:
                said.append(f"c{step}=edge")
        before = _gap(text[words[index - 1].end():word.start()]) if index else "^"
        after = (_gap(text[word.end():words[index + 1].start()]) if index + 1 < len(words)
                 else "$")
        said += [f"before={before}", f"after={after}"]
        out.append(said + [f"{language}|{feature}" for feature in said])
    return out


def _tagger() -> pycrfsuite.Tagger | None:
    """One tagger per thread (a CRFsuite tagger holds the answer it is reading); None when the
    model file is missing, so the rules still run."""
    if not hasattr(_local, "tagger"):
        tagger = pycrfsuite.Tagger()
        try:
            tagger.open(str(MODEL_FILE))
        except (OSError, ValueError):
            tagger = None
        _local.tagger = tagger
    return _local.tagger


def name_chances(text: str, language: str, words: list[re.Match[str]],
                 asked: Iterable[int]) -> dict[int, float]:
    """The tagger's chance that each `asked` word of `text` (by its index in `words`, the
    `WORD` matches) is (part of) a name; none when the model file is missing."""
    tagger = _tagger()
    if not words or tagger is None:
        return {}
    tagger.set(features(text, words, language))
    tagger.tag()
    return {index: tagger.marginal(NAME, index) for index in asked}


def _joined(text: str, spans: Iterable[Span], added: set[Span]) -> list[Span]:
    """Join a name the tagger added to a name right beside it (only spaces between)."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        last = out[-1] if out else None
        if (last is not None and last.kind == span.kind == "name"
                and (last in added or span in added) and not text[last.end:span.start].strip()):
            out[-1] = Span("name", last.start, span.end)
            added.add(out[-1])
        else:
            out.append(span)
    return out


def _may_take(word: str, language: str, never: frozenset[str]) -> bool:
    """Whether the tagger alone may make `word` a name. In a Vietnamese answer a word spelled
    like a Vietnamese syllable is left to the syllable reader ("anh kia" is that man), which
    knows which syllables name someone; the tagger reads the others ("Gareth", "Tanaka-san")."""
    key = plain_key(word)
    if len(word) < 2 or key in never or not _READ_SCRIPTS.search(word) or (
            len(key) >= _MIN_PAPER_WORD and key.endswith(_PAPER_ENDINGS)):
        return False
    return not (language == "vi" and vietnamese_shape(key))


def _uncovered(words: list[re.Match[str]], spans: list[Span]) -> list[int]:
    """Indexes of the words no span touches (both in order, the spans not overlapping)."""
    free: list[int] = []
    taken = iter(spans)
    span = next(taken, None)
    for index, word in enumerate(words):
        while span is not None and span.end <= word.start():
            span = next(taken, None)
        if span is None or span.start >= word.end():
            free.append(index)
    return free


def add_model_names(text: str, language: str, spans: list[Span]) -> list[Span]:
    """`spans` (the rules' non-overlapping detections) with the tagger's sure names added.

    The tagger only runs when some word is left that it may take: most answers have none (every
    word is grammar, an everyday word or already a detail), and they cost no tagging."""
    if language not in LANGUAGES:
        return spans
    never = _never_alone(language)
    words = list(WORD.finditer(text))
    candidates = [index for index in _uncovered(words, spans)
                  if _may_take(words[index].group(), language, never)]
    if not candidates:
        return spans
    chances = name_chances(text, language, words, candidates)
    added = {Span("name", words[index].start(), words[index].end())
             for index, chance in chances.items() if chance >= THRESHOLD}
    if not added:
        return spans
    return _joined(text, [*spans, *added], added)
