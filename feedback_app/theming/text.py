"""Turning an answer into the terms that theming counts: tokens, stop words kept or dropped, stems.

Stop-word lists drop "no", "nothing", "all" and "everything", but "nothing", "no" and "all good" are
real answers ("nothing to improve") and must group together rather than vanish. So negations and
quantifiers are kept, and an answer made only of stop words keeps its words as they are.
"""

from __future__ import annotations

from functools import cache

from nltk.stem.snowball import SnowballStemmer
from nltk.tokenize import RegexpTokenizer

from feedback_app.theming.language import SUPPORTED, fallback_stop_words
from feedback_app.theming.stopwords import LANGUAGE_NAMES, stop_words

_TOKENIZER = RegexpTokenizer(r"[^\W\d_]+(?:'[^\W\d_]+)?")
MAX_TOKENS = 400
MAX_TOKEN_CHARS = 30
KEEP = {
    "en": "no not nothing none never nobody all everything always more less too enough good bad "
          "better worse",
    "es": "no nada nunca nadie todo todos siempre más menos bien mal mejor peor",
    "fr": "ne pas non rien jamais personne tout tous toujours plus moins bien mal mieux",
    "pt": "não nada nunca ninguém tudo todos sempre mais menos bem mal melhor pior",
}


# Short "nothing to improve" answers share one extra term, so "no", "nothing" and "all good" group
# together even in a small batch where their words never co-occur.
SATISFIED_TERM = "_nothing_to_improve_"
SATISFIED_WORDS_SHOWN = {"en": "nothing to improve", "es": "nada que mejorar",
                         "fr": "rien à améliorer", "pt": "nada a melhorar"}
_SATISFIED_CORE = frozenset(str.split(
    "no nothing none nil nope na good fine ok okay perfect nada bien rien non bem tudo todo tout "
    "nenhum nenhuma não nao ninguno"
))
_SATISFIED_WORDS = _SATISFIED_CORE | frozenset(str.split(
    "all everything to improve can't cant think of anything that i really at the moment thanks "
    "thank you it is was fine great very so far for me now que mejorar nadie está esta todo va "
    "à améliorer ameliorer ça va tout est a melhorar está tá obrigado obrigada gracias merci es "
    "de"
))
MAX_SATISFIED_TOKENS = 6


def is_satisfied_answer(tokens: list[str]) -> bool:
    """True for short answers that only say "nothing to improve" ("no", "all good", "rien")."""
    return (0 < len(tokens) <= MAX_SATISFIED_TOKENS and all(t in _SATISFIED_WORDS for t in tokens)
            and any(t in _SATISFIED_CORE for t in tokens))


@cache
def drop_words(language: str) -> frozenset[str]:
    """Stop words that carry no theme (negations and quantifiers are not among them)."""
    base = stop_words(language) if language in SUPPORTED else fallback_stop_words(language)
    return base - frozenset(KEEP.get(language, "").split())


@cache
def _stemmer(language: str) -> SnowballStemmer | None:
    name = LANGUAGE_NAMES.get(language)
    return SnowballStemmer(name) if name else None


@cache
def _stem(word: str, language: str) -> str:
    stemmer = _stemmer(language)
    return stemmer.stem(word) if stemmer else word


def surface_tokens(text: str) -> list[str]:
    """Lower-cased word tokens, capped so a 100 kB answer costs no more than a long one."""
    tokens = _TOKENIZER.tokenize(text[:20_000].casefold())[:MAX_TOKENS]
    return [t for t in tokens if len(t) <= MAX_TOKEN_CHARS]


def analyse(text: str, language: str) -> tuple[list[str], list[str]]:
    """Return (terms, surface words): stems without stop words, and the words they came from."""
    tokens = surface_tokens(text)
    drop = drop_words(language)
    kept = [t for t in tokens if t not in drop and len(t) > 1]
    if not kept:
        # An all-stop-word answer ("all of it", "not at all") still says something: keep its
        # negations and quantifiers, or failing those every word.
        keep = frozenset(KEEP.get(language, "").split())
        kept = [t for t in tokens if t in keep] or tokens
    terms = [_stem(t, language) for t in kept]
    if is_satisfied_answer(tokens):
        terms += [SATISFIED_TERM, SATISFIED_TERM]
        shown = SATISFIED_WORDS_SHOWN.get(language, SATISFIED_WORDS_SHOWN["en"])
        kept = [*kept, shown, shown]
    return terms, kept
