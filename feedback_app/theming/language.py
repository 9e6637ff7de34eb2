"""Cheap per-text language detection for theming mixed-language corpora: script, then words.

Survivors answer in the language they are most at ease with; a programme in Spain gets Spanish,
English and Romanian in one batch, one in London Vietnamese, Tigrinya and Chinese. The script
settles most answers (Arabic, Han, Ethiopic); within Cyrillic and Latin, letters only some
languages use (ы, ї, ă, ë, đ) and weighted stop words decide. It needs no model and no data, and
a short answer it cannot decide falls back to the caller's language.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

import stopwordsiso  # type: ignore[import-untyped]

from feedback_app.theming import scripts, wordlists
from feedback_app.theming.stopwords import THEMING_LANGUAGES, theme_stop_words

SUPPORTED: tuple[str, ...] = THEMING_LANGUAGES
LATIN = ("en", "es", "fr", "pt", "ro", "sq", "vi")
# The languages with a list of everyday words (wordlists.everyday).
_EVERYDAY = ("en", "es", "fr", "pt")
CYRILLIC = ("ru", "uk")
SAMPLE_CHARS = 2000
MIN_SCORE = 0.75
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# Letters of each script, counted to find the one an answer is written in.
_SCRIPT_LETTERS = {
    "ar": scripts.ARABIC_LETTER,
    "zh": scripts.HAN_LETTER,
    "ti": scripts.ETHIOPIC_LETTER,
    "cyrillic": scripts.CYRILLIC_LETTER,
    "latin": re.compile(r"[\u00c0-\u024f\u1e00-\u1eff]"),  # with [a-z], counted apart
}
_ASCII_LETTER = re.compile(r"[a-z]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# Japanese writes Han characters too; an answer with kana is not Chinese.
_KANA = scripts.KANA_LETTER

# Letters that only some languages use: a cue for answers of a few words. Weight per letter,
# capped per language so one long word cannot outweigh everything else.
_LETTER_CUES = {
    "pt": ("ãõêôç", 0.5), "es": ("ñ¿¡", 0.5), "fr": ("èùœâîûëïç", 0.5),
    "ro": ("ăâîșțşţ", 0.7), "sq": ("ëç", 0.7),
    # Vietnamese-only letters: ơ ư đ and the vowels with a tone mark below or a hook above.
    "vi": ("ơưđ" + "".join(chr(c) for c in range(0x1EA0, 0x1EFA)), 1.0),
    "ru": ("ыэъё", 1.0), "uk": ("іїєґ", 1.0),
}
LETTER_CUE_CAP = 2.5
# Words typed without their accents ("khong", "eshte", "foarte"), which the stop-word lists
# spell only with them: common and telling in one language alone.
_PLAIN_WORDS = {
    "vi": "khong duoc nhung nguoi cua toi chung rat nhieu voi lam nay mot cac giup viec nhan "
          "vien tot benh luat chi ho cho nhu minh chua duoc dung biet",
    "ro": "si sa este foarte mult nicio niciun sunt fost dar avocatul asistentul ma imi mi "
          "ajutat bine lucru cand cum pentru acolo aici mereu dar pe prea acum vreau nevoie "
          "trebuie niciodata nimeni",
    "sq": "eshte nje shume per nuk dhe qe jane ishte mire punes avokati keq mua ketu",
    "pt": "nao voce tambem sao entao obrigado obrigada",
    "es": "tambien senora manana esta gracias",
    "fr": "etait tres deja ca apres",
}
# Word openings and endings that mark a language where its letters were left out: Vietnamese
# "ngh", "nh", "kh"; Albanian "xh", "gj"; French elision ("m'a", "qu'il"); Portuguese "nh"
# between vowels ("minha") and verbs in -ou ("explicou"); the Romanian article on the end of a
# noun ("avocatul", "copiilor"); Ukrainian -ння, -ти and Russian -ие, -ый, -ть.
_WORD_SHAPES = {
    "vi": re.compile(r"^(?:ngh|ng|nh|kh)[aeiouy]"),
    "sq": re.compile(r"xh|gj|ë$"),
    "fr": re.compile(r"^(?:[cdjlmn]|qu)'"),
    "pt": re.compile(r"[aeiou]nh[aeiou]|^[^\W\d_]{2,}[^\W\d_aeiou]ou$"),
    "ro": re.compile(r"^[^\W\d_]{2,}[^f\W\d_]ul$|^[^\W\d_]{3,}(?:ului|ilor)$"),
    "uk": re.compile(r"(?:ння|ти)$"),
    "ru": re.compile(r"(?:ие|ия|ый|ть)$"),
}
# Clitics joined by a hyphen, which splits words: Portuguese after a verb ("ajudou-me"),
# Romanian before one ("m-au", "mi-a").
_HYPHEN_SHAPES = {
    "pt": re.compile(r"[^\W\d_]-(?:me|te|se|nos|lhe|lhes|o|a|os|as)\b"),
    "ro": re.compile(r"\b(?:m|s|n|l|v|i|mi|ți|ne|le)-[^\W\d_]"),
}
WORD_EVIDENCE_CACHE = 1 << 16
# The English list carries two-letter country and web codes ("au", "ca", "pe", "com"), which
# are words of other languages; only these short ones are English words.
_ENGLISH_SHORT = frozenset(str.split(
    "a i am an as at be by do go he if in is it me my no of oh on or so to up us we"))
SHAPE_WEIGHT = 0.5
SHAPE_CAP = 1.5


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


@cache
def _weights(codes: tuple[str, ...]) -> dict[str, dict[str, float]]:
    """Per language, each stop word's weight: 1 / how many of `codes` list it."""
    lists: dict[str, set[str]] = {}
    for code in codes:
        words = set(theme_stop_words(code))
        if code == "en":
            words = {w for w in words if len(w) > 3 or w in _ENGLISH_SHORT
                     or (len(w) == 3 and w not in ("com", "org", "net", "edu", "gov"))}
        if code in ("ro", "sq"):
            words |= {_fold(w) for w in words}  # typed without ș, ë: still the same words
        words |= set(_PLAIN_WORDS.get(code, "").split())
        lists[code] = words
    shared: dict[str, int] = {}
    for words in lists.values():
        for word in words:
            shared[word] = shared.get(word, 0) + 1
    # A Romanian, Albanian or Vietnamese stop word that is an everyday word of English, Spanish,
    # French or Portuguese says little: "care" is Romanian for "which", "time" Albanian for
    # "mine", and an English answer about care must stay English.
    everyday = {code: wordlists.everyday(code, english=False) for code in _EVERYDAY}
    weights: dict[str, dict[str, float]] = {}
    for code, words in lists.items():
        weights[code] = {}
        for word in words:
            other = 0
            if code not in _EVERYDAY:
                other = sum(_fold(word) in everyday[e] for e in _EVERYDAY
                            if e in codes and word not in lists[e])
            weights[code][word] = 1.0 / (shared[word] + other)
    return weights


def script_of(sample: str) -> str | None:
    """The script most of the letters are in ("ar", "zh", "ti", "cyrillic", "latin"), or None."""
    ascii_letters = len(_ASCII_LETTER.findall(sample))
    others = _non_ascii(sample)
    if not others:  # most answers: nothing else to count
        return "latin" if ascii_letters else None
    counts = {name: len(pattern.findall(others)) for name, pattern in _SCRIPT_LETTERS.items()}
    counts["latin"] += ascii_letters
    best = max(counts, key=lambda name: counts[name])
    if counts[best] == 0 or (best == "zh" and _KANA.search(others)):
        return None
    return best


def _non_ascii(sample: str) -> str:
    """The characters outside ASCII, where every script but Latin and every telling letter is."""
    return "".join(_NON_ASCII.findall(sample))


@cache
def _letter_patterns() -> dict[str, tuple[re.Pattern[str], float]]:
    return {code: (re.compile(f"[{re.escape(letters)}]"), weight)
            for code, (letters, weight) in _LETTER_CUES.items()}


@lru_cache(maxsize=WORD_EVIDENCE_CACHE)
def _word_evidence(word: str, codes: tuple[str, ...]
                   ) -> tuple[tuple[tuple[str, float], ...], tuple[str, ...]]:
    """A word's (language, stop-word weight) pairs and the languages its shape points to.

    Answers repeat their words, so each is worked out once (up to a bound, as answers may hold
    any string at all).
    """
    weights = _weights(codes)
    stops = tuple((code, weights[code][word]) for code in codes if word in weights[code])
    shapes = tuple(code for code in codes
                   if code in _WORD_SHAPES and _WORD_SHAPES[code].search(word))
    return stops, shapes


def language_scores(text: str, codes: tuple[str, ...] = LATIN) -> dict[str, float]:
    """Evidence for each of `codes`: weighted stop words, telling letters and word shapes."""
    sample = unicodedata.normalize("NFC", text[:SAMPLE_CHARS]).casefold()
    scores = dict.fromkeys(codes, 0.0)
    shaped = dict.fromkeys(codes, 0)
    for word in _WORD.findall(sample):
        stops, shapes = _word_evidence(word, codes)
        for code, weight in stops:
            scores[code] += weight
        for code in shapes:
            shaped[code] += 1
    if "-" in sample:
        for code, pattern in _HYPHEN_SHAPES.items():
            if code in shaped:
                shaped[code] += len(pattern.findall(sample))
    others = _non_ascii(sample)
    letters = _letter_patterns()
    for code in codes:
        if code in letters and others:
            pattern, weight = letters[code]
            scores[code] += min(LETTER_CUE_CAP, len(pattern.findall(others)) * weight)
        scores[code] += min(SHAPE_CAP, shaped[code] * SHAPE_WEIGHT)
    return scores


def base_language(code: str) -> str:
    """The language without its script: the app's "zh_Hans" is theming's "zh"."""
    return code.split("_", 1)[0] if isinstance(code, str) else code


def detect_language(text: str, default: str) -> str:
    """Return the language `text` is written in, else `default` when unsure."""
    default = base_language(default)
    if not isinstance(text, str):
        return default
    sample = text[:SAMPLE_CHARS]
    script = script_of(sample.casefold())
    if script is None:
        return default
    if script in ("ar", "zh", "ti"):
        return script
    codes = CYRILLIC if script == "cyrillic" else LATIN
    scores = language_scores(sample, codes)
    best = max(scores, key=lambda code: (scores[code], code == default))
    if scores[best] >= MIN_SCORE and scores[best] > scores.get(default, 0.0):
        return best
    if script == "cyrillic" and default not in CYRILLIC:
        # Cyrillic is no Latin-script language: Russian is the likelier of the two.
        return best if scores[best] > 0 else "ru"
    return default


@cache
def fallback_stop_words(language: str) -> frozenset[str]:
    """Stop words for a language theming does not know (from `stopwordsiso`, MIT), or none."""
    try:
        return frozenset(w.casefold() for w in stopwordsiso.stopwords(language))
    except Exception:  # an unknown language code must never break theming
        return frozenset()
