# ruff: noqa: RUF001  (Cyrillic letters in word lists are the point here)
"""Turning an answer into the terms that theming counts: pieces, stop words kept or dropped, stems.

Stop-word lists drop "no", "nothing", "all" and "everything", but "nothing", "no" and "all good" are
real answers ("nothing to improve") and must group together rather than vanish. So negations and
quantifiers are kept, and an answer made only of stop words keeps its words as they are.

Snowball stems English, Spanish, French, Portuguese, Russian and Romanian. Arabic, Ukrainian,
Albanian, Vietnamese, Chinese and Tigrinya are left unstemmed: NLTK has no stemmer for the last
five, and Arabic has been themed unstemmed from the start.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import cache

from nltk.stem.snowball import SnowballStemmer

from feedback_app.theming.language import SUPPORTED, base_language, fallback_stop_words
from feedback_app.theming.segmenting import segment
from feedback_app.theming.stopwords import theme_stop_words

MAX_TOKENS = 400
MAX_TOKEN_CHARS = 30
_STEMMERS = {"en": "english", "es": "spanish", "fr": "french", "pt": "portuguese",
             "ru": "russian", "ro": "romanian"}
KEEP = {
    "en": "no not nothing none never nobody all everything always more less too enough good bad "
          "better worse",
    "es": "no nada nunca nadie todo todos siempre más menos bien mal mejor peor",
    "fr": "ne pas non rien jamais personne tout tous toujours plus moins bien mal mieux",
    "pt": "não nada nunca ninguém tudo todos sempre mais menos bem mal melhor pior",
    "ar": "لا لم لن ليس ما كل جميع دائما أبدا أكثر أقل",
    "vi": "không chưa chẳng chả đừng tất cả mọi luôn hơn kém nhiều ít quá tốt xấu",
    "zh": "不 没 没有 无 都 所有 一切 全部 总是 从来 更 太 好 不好 坏 够",
    "ru": "не нет ничего никогда никто ни все всегда больше меньше хорошо плохо лучше хуже "
          "слишком",
    "uk": "не ні нічого ніколи ніхто все всі завжди більше менше добре погано краще гірше "
          "занадто",
    "ro": "nu niciodata nimic nimeni niciun nicio tot toti toate totul mereu mai mult putin bine "
          "rau bun prea",
    "sq": "jo nuk mos as kurrë askush asgjë asnjë gjithë gjithçka gjithmonë shumë pak mjaft më "
          "mirë keq",
    "ti": "የለን የላን የለዉን የለዋን የለናን የለኹን ኣይፋል ፈጺሙ ጨሪሱ ኩሉ ኩላ ኩሎም ኩለን ብዙሕ ብዙሓት ቁሩብ "
          "ውሑድ ሒደት ዝያዳ",
}


# Short "nothing to improve" answers share one extra term, so "no", "nothing" and "all good" group
# together even in a small batch where their words never co-occur.
SATISFIED_TERM = "_nothing_to_improve_"
SATISFIED_WORDS_SHOWN = {
    "en": "nothing to improve", "es": "nada que mejorar", "fr": "rien à améliorer",
    "pt": "nada a melhorar", "ar": "لا شيء للتحسين", "vi": "không có gì cần cải thiện",
    "zh": "没有需要改进的", "ru": "нечего улучшать", "uk": "нічого покращувати",
    "ro": "nimic de îmbunătățit", "sq": "asgjë për të përmirësuar", "ti": "ዝመሓየሽ የለን",
}
# The words of the first four languages, matched as typed (as they always have been), for any
# language; each newer language adds its own, matched without accents or tone marks too
# ("khong co gi", "asgje").
_SATISFIED_CORE_WORDS = (
    "no nothing none nil nope na good fine ok okay perfect nada bien rien non bem tudo todo tout "
    "nenhum nenhuma não nao ninguno"
)
_SATISFIED_OTHER_WORDS = (
    "all everything to improve can't cant think of anything that i really at the moment thanks "
    "thank you it is was fine great very so far for me now que mejorar nadie está esta todo va "
    "à améliorer ameliorer ça va tout est a melhorar está tá obrigado obrigada gracias merci es "
    "de"
)
# Per newer language: (its "nothing to improve" words, the words that may go with them).
_SATISFIED_BY_LANGUAGE = {
    "ar": ("لا ممتاز جيد تمام كويس الحمدلله", "شيء شي كل للتحسين شكرا جدا الحمد لله يوجد ما في"),
    "vi": ("không tốt ổn hài", "có gì cần cải thiện mọi thứ đều rất cảm ơn hết ạ tất cả lòng hiện "
                              "tại chưa sửa đổi"),
    "zh": ("没有 满意 不错 挺好 很好 都好 还好 可以 好 没 无 好的",
           "什么 么要 要改 改进 进的 改善 善的 都很 一切 切都 非常 常好 常满 很满 谢谢 目前 前没 "
           "暂时 时没 问题 有问 么问 有什 没什 都 意"),
    "ru": ("нет ничего хорошо нормально отлично ок порядке",
           "всё все улучшать улучшить менять нечего спасибо очень пока у меня было мне нравится в"),
    "uk": ("ні нічого добре нормально чудово гаразд порядку",
           "все покращувати покращити змінювати нема немає дякую дуже поки що мене мені "
           "подобається в"),
    "ro": ("nu nimic bine bun perfect ok", "totul tot e este de îmbunătățit mulțumesc foarte "
                                          "deocamdată acum am schimbat"),
    "sq": ("jo asgjë mirë rregull shkëlqyeshëm ok", "gjithçka është shumë faleminderit për të "
                                                   "përmirësuar ndryshuar tani në kam ka"),
    "ti": ("የለን ጽቡቕ ሕራይ ኣይፋል", "እዩ ኩሉ ዝኾነ ነገር ዘመሓይሽ ዝመሓየሽ ምምሕያሽ የቐንየለይ የቐንየልና "
                                "ብጣዕሚ ኣዝዩ ሕጂ ንሕጂ ዘድሊ"),
}
# "not good" in one word of "no" and one of "good" ("không tốt", "nu e bine"): never satisfied.
_NOT = frozenset(str.split("không chưa chẳng nu nuk не"))
_PRAISE = frozenset(str.split("tốt ổn bine bun mirë хорошо добре"))
MAX_SATISFIED_TOKENS = 6
# A Chinese answer is counted in character pairs, so the same short answer has more pieces.
_MAX_SATISFIED_TOKENS_BY_LANGUAGE = {"zh": 10}


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


_FIRST_CORE = frozenset(_SATISFIED_CORE_WORDS.split())
_FIRST_WORDS = _FIRST_CORE | frozenset(_SATISFIED_OTHER_WORDS.split())
_NOT_FOLDED = frozenset(_fold(w) for w in _NOT)
_PRAISE_FOLDED = frozenset(_fold(w) for w in _PRAISE)


@cache
def _satisfied_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """(core words, all words) of "nothing to improve" answers in `language`."""
    if language not in _SATISFIED_BY_LANGUAGE:
        return _FIRST_CORE, _FIRST_WORDS
    core, other = _SATISFIED_BY_LANGUAGE[language]
    own_core = frozenset(core.split())
    own = own_core | frozenset(other.split())
    return (_FIRST_CORE | own_core | {_fold(w) for w in own_core},
            _FIRST_WORDS | own | {_fold(w) for w in own})


def is_satisfied_answer(tokens: list[str], language: str = "en") -> bool:
    """True for short answers that only say "nothing to improve" ("no", "all good", "rien")."""
    limit = _MAX_SATISFIED_TOKENS_BY_LANGUAGE.get(language, MAX_SATISFIED_TOKENS)
    if not 0 < len(tokens) <= limit:
        return False
    core, words = _satisfied_words(language)
    if not (all(t in words or _fold(t) in words for t in tokens)
            and any(t in core or _fold(t) in core for t in tokens)):
        return False
    folded = [_fold(t) for t in tokens]
    return not any(t in _NOT_FOLDED and _PRAISE_FOLDED.intersection(folded[i + 1:i + 3])
                   for i, t in enumerate(folded))


def _plain_romanian(word: str) -> str:
    return _fold(word)


def _plain_russian(word: str) -> str:
    return word.replace("ё", "е")


# How a token is compared with the stop words: Romanian lists are written without ș, ț, ă
# (and people often type them so); Russian writes "всё" as "все" as often as not.
_STOP_KEY: dict[str, Callable[[str], str]] = {"ro": _plain_romanian, "ru": _plain_russian}


@cache
def drop_words(language: str) -> frozenset[str]:
    """Stop words that carry no theme (negations and quantifiers are not among them)."""
    base = theme_stop_words(language) if language in SUPPORTED else fallback_stop_words(language)
    keep = KEEP.get(language, "").split()
    key = _STOP_KEY.get(language)
    if key is not None:
        base = frozenset(key(w) for w in base)
        keep = [key(w) for w in keep]
    return base - frozenset(keep)


@cache
def _keep_words(language: str) -> frozenset[str]:
    key = _STOP_KEY.get(language, str)
    return frozenset(key(w) for w in KEEP.get(language, "").split())


@cache
def _stemmer(language: str) -> SnowballStemmer | None:
    name = _STEMMERS.get(language)
    return SnowballStemmer(name) if name else None


# NLTK's Romanian stemmer knows ş and ţ with a cedilla, the older way of typing ș and ț.
_ROMANIAN_CEDILLA = str.maketrans("șț", "şţ")


@cache
def _stem(word: str, language: str) -> str:
    stemmer = _stemmer(language)
    if stemmer is None:
        return word
    if language == "ro":
        word = word.translate(_ROMANIAN_CEDILLA)
    elif language == "ru":
        word = word.replace("ё", "е")
    return stemmer.stem(word)


def surface_tokens(text: str) -> list[str]:
    """Lower-cased pieces (words, Han pairs), capped so a 100 kB answer costs no more than a long
    one."""
    tokens = segment(text)[:MAX_TOKENS]
    return [t for t in tokens if len(t) <= MAX_TOKEN_CHARS]


def analyse(text: str, language: str) -> tuple[list[str], list[str]]:
    """Return (terms, surface words): stems without stop words, and the words they came from."""
    language = base_language(language)
    tokens = surface_tokens(text)
    drop = drop_words(language)
    key = _STOP_KEY.get(language)
    # One Han character is a word ("好", "累"); one Latin letter is none.
    shortest = 1 if language == "zh" else 2
    if key is None:
        kept = [t for t in tokens if t not in drop and len(t) >= shortest]
    else:
        kept = [t for t in tokens if key(t) not in drop and len(t) >= shortest]
    if not kept:
        # An all-stop-word answer ("all of it", "not at all") still says something: keep its
        # negations and quantifiers, or failing those every word.
        keep = _keep_words(language)
        kept = [t for t in tokens if (key(t) if key else t) in keep] or tokens
    terms = [_stem(t, language) for t in kept]
    if is_satisfied_answer(tokens, language):
        terms += [SATISFIED_TERM, SATISFIED_TERM]
        shown = SATISFIED_WORDS_SHOWN.get(language, SATISFIED_WORDS_SHOWN["en"])
        kept = [*kept, shown, shown]
    return terms, kept
