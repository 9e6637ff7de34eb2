"""Stop words: the redactor's four languages, and the twelve that theming reads.

The redactor reads `stop_words` and `any_stop_words` for en, es, fr and pt only, as it always
has; theming reads `theme_stop_words` for every language the platform offers. Lists come from
the `stop-words` package (BSD-3) and `stopwordsiso` (MIT), read from the installed packages at
first use, and for Albanian and Tigrinya from files shipped in `data/` (see `data/README`).
Nothing is downloaded.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import stopwordsiso  # type: ignore[import-untyped]
from stop_words import get_stop_words  # type: ignore[import-untyped]

LANGUAGE_NAMES = {"en": "english", "es": "spanish", "fr": "french", "pt": "portuguese"}
# The `stop-words` list of each language it has, by the name it files it under.
_PACKAGE_LISTS = {**LANGUAGE_NAMES, "ro": "romanian", "ru": "russian", "uk": "ukrainian",
                  "vi": "vietnamese", "zh": "chinese"}
_SHIPPED_LISTS = {"sq": "stopwords_sq.txt", "ti": "stopwords_ti.txt"}
_DATA = Path(__file__).parent / "data"
# Arabic has been themed with stopwordsiso's list from the start; it stays, so themes found
# before keep their terms.
_ISO_LISTS = ("ar",)
THEMING_LANGUAGES: tuple[str, ...] = ("en", "es", "fr", "pt", "ar", "vi", "zh", "ru", "uk", "ro",
                                      "sq", "ti")

# Vietnamese lists one-syllable words that are what an answer is about: "nhà" (home, the
# shelter), "việc" (work), "ăn" (eat), "khó" (hard), "người" (people). Themes need them.
_VIETNAMESE_THEME_WORDS = frozenset(str.split(
    "nhà việc ăn nước người khó dễ tốt tháng năm ngày giờ tuổi tên tin thiếu giảm nhanh mạnh "
    "hiểu nghe nói hỏi chơi ngồi tìm tăng bán sáng lớn nhỏ dài xa gần lâu mất chọn giữ gặp xem "
    "thích muốn cần nguồn tay lòng lời con em chị anh bà ông cô bác chú cha bạn khách tiền "
    "chuyện cao ngọt thiếu chịu sợ đau"
))
# Chinese one-character function words split a run of characters into the pieces that
# theming pairs up; "好" (good), "人" (people), "打" (hit), "看" (see a doctor), "上" (go to
# work) and the negations are part of what an answer says and are never split on.
_CHINESE_NOT_SPLIT = frozenset("好人小有无不没打看上下去来拿用自同起么一")
# Sentence particles the package list leaves out: they end a piece as "了" does.
_CHINESE_PARTICLES = frozenset("吗呢啊呀哦嗯吧啦")


@cache
def stop_words(language: str) -> frozenset[str]:
    """Return one of the redactor's four languages' stop words, or an empty set for any other."""
    name = LANGUAGE_NAMES.get(language)
    if name is None:
        return frozenset()
    return frozenset(word.casefold() for word in get_stop_words(name))


@cache
def any_stop_words() -> frozenset[str]:
    """Stop words of all four languages: names are never stop words in any of them."""
    return frozenset().union(*(stop_words(code) for code in LANGUAGE_NAMES))


@cache
def theme_stop_words(language: str) -> frozenset[str]:
    """Stop words theming drops in `language` (one of the twelve), or an empty set."""
    if language in _SHIPPED_LISTS:
        lines = (_DATA / _SHIPPED_LISTS[language]).read_text(encoding="utf-8").splitlines()
        return frozenset(line.strip().casefold() for line in lines if line.strip())
    if language in _ISO_LISTS:
        return frozenset(w.casefold() for w in stopwordsiso.stopwords(language))
    name = _PACKAGE_LISTS.get(language)
    if name is None:
        return frozenset()
    words = frozenset(word.casefold() for word in get_stop_words(name))
    if language == "vi":
        # Answers are read syllable by syllable, so only one-syllable entries can match.
        return frozenset(w for w in words if " " not in w) - _VIETNAMESE_THEME_WORDS
    if language == "zh":
        # Two-character function words ("我们", "因为") from stopwordsiso's longer list, as the
        # character pairs they match.
        pairs = frozenset(w for w in stopwordsiso.stopwords("zh") if len(w) == 2)
        return words | pairs
    return words


@cache
def chinese_split_characters() -> frozenset[str]:
    """One-character Chinese function words ("的", "了", "我") where a run of characters breaks."""
    singles = frozenset(w for w in theme_stop_words("zh") if len(w) == 1)
    return (singles | _CHINESE_PARTICLES) - _CHINESE_NOT_SPLIT
