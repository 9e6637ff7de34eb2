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
_ONE_SYLLABLE = re.compile(_SYLLABLE)
# A word typed in pinyin: a syllable, or two or three run together ("gongzuo", "xiaohong").
_PINYIN_WORD = re.compile(f"(?:{_SYLLABLE}){{1,3}}")
_GIVEN_WORD = re.compile(f"(?:{_SYLLABLE}){{1,2}}")
# An answer of this many words or more, this share of them pinyin syllables, is typed in pinyin.
PINYIN_ANSWER_WORDS = 5
PINYIN_SHARE = 0.8
# Pinyin of the words that stand before a person (叫, 和, 跟, 谢谢, 给, 让, 被, 对, 问, 是...)
# and after one (说, 也, 都, 还, 在, 是, 给, 把, 打, 骂, 骗, 的...).
_PINYIN_CUES_BEFORE = frozenset((
    "jiao", "he", "gen", "xie xie", "xiexie", "gei", "rang", "bei", "dui", "wen", "shi",
    "ren shi", "lian xi", "gao su", "xiang nian", "ming zi", "mingzi", "lao ban", "laoban",
    "she gong", "shegong", "lv shi", "lvshi", "peng you", "pengyou"))
# Measure and time words after a number that is a surname too: "wu ge xiao shi" (五个小时),
# "liu wan" (六万), "jin nian" (今年), "jin tian" (今天), "xia wu" (下午).
_COUNTED = frozenset(("ge", "tian", "nian", "ci", "sui", "kuai", "dian", "wan", "bai", "qian",
                      "zhou", "fen", "zhang", "ben", "bei", "wu", "hou"))
# Everyday words that start with a surname's syllable: 工作, 正常, 小时, 中国, 学校, 高兴...
_PINYIN_WORDS = frozenset((
    "gong zuo", "zheng chang", "xiao shi", "zhong guo", "xue xiao", "gao xing", "jin tian",
    "dong xi", "fang zi", "fang jian", "shi jian", "shi qing", "lu shi", "zhong yao", "zhong wen",
    "cheng shi", "gong si", "gong zi", "gong chang", "song gei", "hu zhao", "jia ren", "jia li",
    "tian qi", "zhu zai", "zhu de", "xie xie", "yang zi", "lin ju", "tang ren", "yin hang",
    "jin qian", "zhao dao", "zhou mo", "ma shang", "fu qin", "mu qin", "gao su", "xiao hai",
    "wen ti", "lian xi", "liang ge", "ren shi", "bai tian", "kong pa", "shen ti", "dai wo"))
# A name of pinyin syllables, one space or hyphen between them.
_PINYIN_GAPS = re.compile(r"[A-Za-z]+(?:[ \t\-][A-Za-z]+){0,2}")
_CLAUSE_MARK = re.compile("[,.!?;:，。！？；：、()（）]")  # noqa: RUF001  full-width ones too
_PINYIN_CUES_AFTER = frozenset((
    "shuo", "he", "ye", "dou", "hai", "zai", "shi", "gei", "ba", "bei", "rang", "gen", "jiao",
    "da", "ma", "pian", "de", "lai", "qu", "bu", "mei", "hen", "jiu", "you", "gao", "bang",
    "dai", "zong", "jin", "zuo"))
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
# "谢谢JOY", "跟tom说", "叫tom的": after these, a listed given name in any case is a name
# (not after 找: "找job" is looking for work).
_CUES_BEFORE_GIVEN = (*_CUES_BEFORE, "谢谢", "感谢", "跟", "和", "告诉", "联系")
# "叫James Walker": a capitalised surname after a given name said beside Han letters.
_SURNAME_AFTER = re.compile(r"[ \t](?P<surname>[A-Z][a-z]{1,15})(?![A-Za-z])")
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


def _surname_end(text: str, end: int) -> int:
    """End of the capitalised surname after a given name ending at `end` ("叫James Walker"),
    or `end`; a place or a language is no surname ("叫Amy English很好")."""
    match = _SURNAME_AFTER.match(text, end)
    if match is None:
        return end
    plain = match.group("surname").casefold()
    if plain in wordlists.language_names() or plain in wordlists.places():
        return end
    return match.end()


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
            yield Span("name", start, _surname_end(text, end))  # "Coco姐", "叫Tony"
        elif plain in given_names and (plain not in everyday or any(
                text.endswith(cue, 0, start) for cue in _CUES_BEFORE_GIVEN)):
            yield Span("name", start, end)  # "谢谢JOY", "叫tom的说"


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
    """Yield Latin-letter names in an answer that holds Han letters. A Vietnamese answer's
    Latin words are Vietnamese, read by its own reader: syllables such as "Việt" and "lương" are
    no pinyin names there ("chị 林美華 nói tiếng Việt")."""
    if language == "vi" or not _mixed(text):
        return
    yield from _on_islands(text, _pinyin_names, language)
    yield from _pinyin_nicknames(text)
    yield from _names_against_han(text)
    yield from _on_islands(text, names.find_names, language)


def _pinyin_words(text: str) -> list[re.Match[str]]:
    return list(_LATIN_WORD.finditer(text))


def is_pinyin_answer(text: str) -> bool:
    """Whether an answer without Han letters is Chinese typed in pinyin: five words or more,
    nearly all of them pinyin syllables ("wo xiang zhao yi fen gongzuo")."""
    found = _pinyin_words(text)
    syllables = sum(_PINYIN_WORD.fullmatch(match.group().casefold()) is not None
                    for match in found)
    return len(found) >= PINYIN_ANSWER_WORDS and syllables >= PINYIN_SHARE * len(found)


def _pinyin_cue_before(text: str, found: list[re.Match[str]], at: int) -> bool:
    """Whether word `at` opens the answer or a clause, or a word of the cues comes before it."""
    if at == 0 or _CLAUSE_MARK.search(text, found[at - 1].end(), found[at].start()):
        return True
    one = found[at - 1].group().casefold()
    two = f"{found[at - 2].group().casefold()} {one}" if at >= 2 else one
    return one in _PINYIN_CUES_BEFORE or two in _PINYIN_CUES_BEFORE


def _pinyin_cue_after(text: str, found: list[re.Match[str]], at: int) -> bool:
    """Whether word `at` ends the answer or a clause, or a word of the cues comes after it."""
    if at + 1 >= len(found) or _CLAUSE_MARK.search(text, found[at].end(), found[at + 1].start()):
        return True
    return found[at + 1].group().casefold() in _PINYIN_CUES_AFTER


def _names_in_pinyin(text: str) -> Iterator[Span]:
    """"zhang wei he li ming ye zai..." (张伟和李明也在): a pinyin surname and one or two
    syllables, with a cue or a clause's edge on both sides; "wo xiang zhao yi fen" (想找一份)
    and "zheng chang de" (正常的) name no one."""
    found = _pinyin_words(text)
    for at, surname in enumerate(found):
        if surname.group().casefold() not in _PINYIN_SURNAMES \
                or not _pinyin_cue_before(text, found, at):
            continue
        for last in (at + 2, at + 1):
            given = found[at + 1:last + 1]
            if last >= len(found) or not given:
                continue
            whole = text[surname.start():found[last].end()]
            if len(given) == 2 and given[1].group().casefold() in _PINYIN_CUES_AFTER:
                continue  # "li ming ye zai": 也 follows the name
            said = " ".join(word.group().casefold() for word in found[at:at + 2])
            if said in _PINYIN_WORDS:
                break  # "zheng chang de gong zuo" (正常的工作) names no one
            if given[0].group().casefold() not in _COUNTED \
                    and all(_GIVEN_WORD.fullmatch(word.group().casefold()) for word in given) \
                    and _PINYIN_GAPS.fullmatch(whole) and _one_case(whole) \
                    and _pinyin_cue_after(text, found, last):
                yield Span("name", surname.start(), found[last].end())
                break


def find_names_in_latin_answer(text: str, language: str = "zh") -> Iterator[Span]:
    """Yield the names of a Chinese answer written without Han letters. Typed in pinyin, most
    words are syllables a surname is written with too ("zhao" 找, "zheng chang" 正常), so a
    pinyin name needs a cue or a clause's edge on both sides, and the Latin rules keep only the
    names that are no pinyin ("Amy"); any other answer is read by the Latin rules."""
    if has_han(text):
        return
    if not is_pinyin_answer(text):
        yield from names.find_names(text, language)
        return
    yield from _names_in_pinyin(text)
    yield from _pinyin_nicknames(text)
    for span in names.find_names(text, language):
        start = span.start
        for word in _LATIN_WORD.finditer(text, span.start, span.end):
            if _PINYIN_WORD.fullmatch(word.group().casefold()) is None:
                yield Span("name", start, span.end)  # "xie xie Amy": only Amy
                break
            start = word.end() + 1


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
