"""Names and addresses in Latin letters inside a Chinese answer.

Pinyin names ("wang li", "CHEN MEILING", "zhang xiaohong") are a pinyin surname and one or two
pinyin syllables; English names taken at work ("社工Amy", "KEVIN是中介", "Coco姐") stand straight
against Han letters. Addresses abroad ("工厂在Via Pistoiese 212, Prato") and other Latin names
are left to the Latin rules, read on the stretches between Han letters (`script.latin_islands`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from feedback_app.theming import addresses, names, wordlists
from feedback_app.theming.chinese import words
from feedback_app.theming.chinese.script import latin_islands
from feedback_app.theming.scripts import HAN, has_han
from feedback_app.theming.spans import Span

_SYLLABLE = ("(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
             "(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|"
             "iu|ua|uo|ui|ue|er|a|o|e|i|u|v)")
# Romanised common surnames. "He", "Ma", "Long", "Fan", "Pan", "Tan" and "Wan" are left out:
# in an answer they are far more often English words than a surname.
_PINYIN_SURNAMES_TEXT = (
    "wang li zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin guo luo liang song "
    "zheng xie han tang feng dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai "
    "jia ding wei xue ye yan du dai xia zhong tian ren fang shi yao liao zou xiong jin hao "
    "kong bai cui kang mao qiu qin gu hou shao meng duan lei qian yin chang qiao lai gong wen "
    "ouyang situ shangguan zhuge")
_PINYIN_SURNAMES = frozenset(_PINYIN_SURNAMES_TEXT.split())
_PINYIN_NAME = re.compile(
    rf"(?<![A-Za-z])(?P<surname>{'|'.join(sorted(_PINYIN_SURNAMES, key=len, reverse=True))})"
    rf"[ \t]+(?P<given>{_SYLLABLE}(?:[ \t\-]?{_SYLLABLE})?)(?![A-Za-z])",
    re.IGNORECASE,
)
# Pinyin of letters common in given names. "xiao" before one, or one said twice, is how friends
# call each other ("xiaohong", "lanlan"); 小姐, 小孩 and 小时 and laughter ("haha") are no names.
_GIVEN_SYLLABLES = frozenset((
    "hong", "li", "fang", "yan", "mei", "lan", "ming", "hua", "qiang", "jun", "wei", "ling", "ping",
    "juan", "yun", "min", "jing", "ting", "qing", "long", "bao", "lin", "feng", "tao", "bo", "hui",
    "xia", "xiu", "ying", "yu", "zhen", "zhu", "fei", "qian", "dan", "ni", "na", "jia", "yue",
    "chun"))
_SAID_TWICE_NOT_NAMES = frozenset(("mei", "na"))  # meimei is 妹妹; nana is left to the Latin rules
_PINYIN_NICKNAME = re.compile(r"(?<![A-Za-z0-9_@.])[A-Za-z]{4,10}(?![A-Za-z0-9_])")
_LATIN_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z]{2,15}(?![A-Za-z])")
_HAN_CHAR = re.compile(f"[{HAN}]")
_TITLE_AFTER = re.compile("|".join(sorted(words.TITLES_AFTER, key=len, reverse=True)))
# "叫Tony", "英文名是Lily", "社工Amy": a name even where it is an English word too.
_CUES_BEFORE = ("叫", *words.STRONG_CUES, *words.ROLES_BEFORE)
# Titles written in English before a name ("律师Mr Patel"): the title stays, the name after it is
# read by the Latin rules.
# Up to three capitalised words, a house number and 号, then floors or rooms: one space at most
# between pieces, so nothing can backtrack over a run of spaces.
_STREET_NUMBERED = re.compile(
    r"(?<![A-Za-z])(?P<street>[A-Z][a-z]{1,15}(?:[ \t][A-Z][a-z]{1,15}){0,2})[ \t]?\d{1,5}"
    r"[A-Za-z]?号(?:[ \t]?\d{1,4}(?:楼|层|室|号房|单元))*")
_HONORIFICS = frozenset(("mr", "mrs", "ms", "miss", "dr", "sir", "madam", "mister"))


def _one_case(text: str) -> bool:
    """Lower case, capitals or Title Case throughout: "CHEN MEILING", "Wang Li", "wang li"."""
    parts = text.replace("-", " ").split()
    return text.islower() or text.isupper() or all(part.istitle() for part in parts)


def _pinyin_names(text: str, language: str) -> Iterator[Span]:
    del language
    everyday = wordlists.everyday("en")
    for match in _PINYIN_NAME.finditer(text):
        given = match.group("given").casefold().replace(" ", "").replace("-", "")
        if not _one_case(match.group()):
            continue
        if len(given) >= 3 and given in everyday and given not in wordlists.given_names():
            continue  # "zhou can" is no name; "li hua" is
        yield Span("name", match.start(), match.end())


def _pinyin_nicknames(text: str) -> Iterator[Span]:
    """"xiaohong你在看吗", "lanlan u ok??": a friend's name in pinyin, said as friends say it."""
    everyday = wordlists.everyday("en")
    for match in _PINYIN_NICKNAME.finditer(text):
        word = match.group().casefold()
        if word in everyday:
            continue
        half = len(word) // 2
        doubled = len(word) % 2 == 0 and word[:half] == word[half:] \
            and word[:half] in _GIVEN_SYLLABLES and word[:half] not in _SAID_TWICE_NOT_NAMES
        if doubled or (word.startswith("xiao") and word[4:] in _GIVEN_SYLLABLES):
            yield Span("name", match.start(), match.end())


def _names_against_han(text: str) -> Iterator[Span]:
    everyday = wordlists.everyday("en")
    given_names = wordlists.given_names()
    for match in _LATIN_WORD.finditer(text):
        word, start, end = match.group(), match.start(), match.end()
        before_han = start > 0 and _HAN_CHAR.match(text, start - 1) is not None
        after_han = _HAN_CHAR.match(text, end) is not None
        if not (before_han or after_han):
            continue
        plain = word.casefold()
        if plain in _HONORIFICS:
            continue
        capitalised = word.istitle() or word.isupper()
        if word.istitle() and len(word) >= 3 and before_han and after_han \
                and plain in given_names:
            yield Span("name", start, end)  # "不要再信那个Tony了": an English name among Han
        elif capitalised and (_TITLE_AFTER.match(text, end)
                            or any(text.endswith(cue, 0, start) for cue in _CUES_BEFORE)):
            yield Span("name", start, end)  # "Coco姐", "叫Tony": what one is called at work
        elif plain in given_names and plain not in everyday:
            yield Span("name", start, end)


def _on_islands(text: str, find: Callable[[str, str], Iterator[Span]],
               language: str) -> Iterator[Span]:
    islands = latin_islands(text)
    for span in find(islands.text, language):
        original = islands.to_original(span)
        if original is not None:
            yield original


def _mixed(text: str) -> bool:
    return has_han(text) and re.search("[A-Za-z]", text) is not None


def find_latin_names_in_chinese(text: str, language: str = "zh") -> Iterator[Span]:
    """Yield Latin-letter names in an answer that holds Han letters."""
    if not _mixed(text):
        return
    yield from _on_islands(text, _pinyin_names, language)
    yield from _pinyin_nicknames(text)
    yield from _names_against_han(text)
    yield from _on_islands(text, names.find_names, language)


def find_pinyin_places_in_chinese(text: str, language: str = "zh") -> Iterator[Span]:
    """Yield Chinese towns and provinces written in pinyin ("我是wenzhou来的")."""
    del language
    if not _mixed(text):
        return
    places = wordlists.word_set("chinese_places")
    for match in _LATIN_WORD.finditer(text):
        if match.group().casefold() in places:
            yield Span("place", match.start(), match.end())


def _streets_numbered_in_chinese(text: str) -> Iterator[Span]:
    """"Jalan Petaling 88号3楼", "Gerrard Street 12号": a street abroad in its own letters with
    its number written the Chinese way. One word alone is a street only when it is no English
    word ("Room 3号" is a room)."""
    everyday = wordlists.everyday("en")
    for match in _STREET_NUMBERED.finditer(text):
        street = match.group("street").split()
        if len(street) >= 2 or street[0].casefold() not in everyday:
            yield Span("address", match.start(), match.end())


def find_latin_addresses_in_chinese(text: str, language: str = "zh") -> Iterator[Span]:
    """Yield Latin-letter addresses ("Via Pistoiese 212, Prato") in an answer with Han letters."""
    if _mixed(text):
        yield from _on_islands(text, addresses.find_addresses, language)
        yield from _streets_numbered_in_chinese(text)
