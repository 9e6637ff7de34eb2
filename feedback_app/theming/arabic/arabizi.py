
"""Names in Arabic typed in Latin letters and digits ("arabizi"): "esmi samira", "el m7amiya nadia".

Lower case is the rule there, so only cue words make the next word a name, and only in an Arabic
answer or one with digits inside its words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from feedback_app.theming import wordlists
from feedback_app.theming.spans import Span


def _latin_words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Arabic typed in Latin letters and digits ("arabizi": 3 for ع, 7 for ح, 2 for ء): "esmi samira",
# "el m7amiya nadia", "shukran la ustaza rana". Lower case is the rule there, so only these cues
# make the next word a name.
_ARABIZI_CUE = re.compile(
    r"(?<![\w])(?:(?:ana[ \t]+)?(?:esmi|ismi|esmy|ismy|asmi|smiti|esmha|ismha|esmo|ismo|esmu|"
    r"esmou|esmak|esmik|esma|isma|esmaha|ismaha|esmuh|ismuh)|ya|"
    r"(?:el|l|al)?[ \t-]?(?:ustaz|ustaza|ostaz|ostaza|ustadha|doktor|"
    r"doktora|doctora|m7amiya|mo7amiya|m7ami|mo7ami|mou7amiya|motarjim|motarjima|mutarjim|"
    r"mutarjima|mtarjma|moutatawi3a|mutatawi3a|mutatawe3|sayed|sayeda|sayyida|sitt|oukht|ukht|"
    r"7ajja|hajja|7ajj|hajj|sheikh|shaykh|moshrifa|mushrifa|mumarida|momarida)|"
    r"ukhti|o5ti|okhti|akhi|a5i|a5oui|sadi2ti|sadi2i|sadiqti|sadiqi|sa7bti|sa7bi|jarti|jarna|"
    r"sa7beti|sa7ibti|sahbti|sahbeti|sa7beti|rfi2ti|rfi2ti|"
    r"jaritna|bnti|binti|ibni|ebni|zawji|zoji|jozi|mrati|khalti|5alti|3ammi|3amti|"
    r"(?:shukran|shokran|choukran|chokran|merci)[ \t]+(?:(?:ktir|kteer|kter|ktiir|jazilan|"
    r"bzaf|kteeer)[ \t]+)?(?:la|li|l)|(?:2oli|2ouli|2ol|qoli|9oli|"
    r"9olilha|2olo)[ \t]+(?:la|li|l)|s2al|is2al|es2al|es2ali|is2ali)[ \t]+",
    re.IGNORECASE,
)
_ARABIZI_HINT = re.compile(r"(?i)(?:esm|ism|smiti|ya|em|ukht|o5t|okht|akh|a5|sadi|sa7b|jar|bnt|"
                           r"bint|ibn|ebn|zaw|zoj|joz|mrat|khal|5al|3am|ust|ost|dok|doc|m7a|mo7|mou7|mot|"
                           r"mut|mta|mou|say|sitt|7aj|haj|she|sha|mos|mus|mum|mom|sho|shu|cho|mer|"
                           r"2o|qo|9o|s2|is2|es2|abu|abou|abo|umm|oum|om)")
_ARABIZI_WORD = re.compile(r"[A-Za-z][a-z]{2,}(?:[ \t]+[A-Z][a-z]{2,})?")
# Arabizi words a cue may be followed by that name no one: "el m7amiya kanet", "ukhti fel sham".
COMMON_WORDS = _latin_words(
    "kan kanet kant kanat kano hiya huwa howa hia hya ma mesh mish msh mush bas bs w wa fi fel "
    "f el al l men min mn 3nd 3and 3andi 3endi ma3i ma3aya ma3ana m3ana ma3na ktir kter kteer "
    "mni7 mni7a mumtaz mumtaza mumtazeh helwe helwa 7elwe 7elwa kwayes kwayesa kwayyes zina "
    "zwina sa3detni sa3adni sa3dtni 3alamatni 3alamni 2alet 2al qalet qal galet gal the and "
    "was is from sabra sabour jdida jdid jadida jdide kbira kbir sghira sghir mri9a mrida "
    "mareed mareeda t3bana ta3bana fi lbit ila 3la 3ala 3an "
    # after "abu" or "um": words, not names ("um yes", "um i think")
    "yes no i you we it so ok okay well like what is am "
    # "kel shi" (everything), the sponsor, the manager, the driver, the guard, the centre; after
    # "ya": God, a pity, I wish, people, girls, my dear
    "shi shee she2 kel kol koll kell kafeel kafil kafeela kafila mudir mudira sawe2 sawa2 7aris "
    "haris natour markaz shelter rab rabbi allah 7aram haram reit rait salam jama3a shabab "
    "banat 7abibi 7abibti habibi habibti 3ayni albi 2albi ukhti akhi khayye 5ayye ne7na a5i "
    "3ammi khalti ma3ana ma3na zalame sitti shu shou chou masr enno inno ennou inu abu abou um "
    "umm oum em bala kenna kunna konna kinna "
    # "even", "long ago", Moroccan "she comes": "hatta bel leil", "men zaman", "katji gha nhar tlat"
    "hatta hata 7atta 7ata zaman zamaan zamen katji kayji kanji katjiw kayjiw kanjiw "
    # words the name lists also hold as surnames or given names: "of" and "I was" in Moroccan
    # ("jma3a dyal", "kont sghira"), "still", "outside", "because", "where", "I have", "some",
    # "in order to", "here", "I", "you", "we", "house", "came to me", "O brothers"
    "dyal dial diali dyali dyalek dyalha dyalo kont kunt konti kunti kenti kent kenet kena "
    "lissa lessa lesa lsa barra bara berra ashan ashen 3ashan 3ashen 3shan 3lashan 3alashan "
    "wen wein fein fen fin indi endi 3indi chi chwiya shwaya bach bash baach hna hena henna "
    "ana ena enta enti inta inti ehna e7na dar darna jani jatni akhwana ikhwana a5wana ikhwani "
    "khawatna akhawati khwati "
    # "we came", "all of it", "at all", "if", Egyptian "girl" ("ya bet")
    "jina jeena jit jeet kello kollo kullo kulo kolo aslan asln iza eza bet "
    # "my name", "his name", "her name": cues, never part of the name after them
    "esmi ismi esmy ismy esmo ismo esmou esmu ismu esmha ismha esmaha ismaha "
    # words said after anything: "I mean", "by God", "God willing", "thank God", "enough"
    "ya3ni ya3ne yaani wallah walla wallahi inshallah inchallah nshallah hamdullah 7amdullah "
    "alhamdulillah hamdulillah mashallah khalas 5alas yalla yallah "
    # "all", "always"
    "kil kill dayman da2iman dayeman")
# A word that goes on with a digit ("jama3a", "sa3b") is arabizi, not a name.
_DIGIT_NEXT = re.compile(r"[A-Za-z]*\d")
# A digit inside a Latin word ("m7amiya", "sa3detni", "2oli"): Arabic typed in Latin letters.
_ARABIZI_DIGIT = re.compile(r"[A-Za-z][235679][A-Za-z]|(?<![\w])[235679][a-z]{2,}")


# A kunya, "father of" or "mother of" and a name: "abu ali", "ABU MAZEN", "oum kalthoum", "abou
# el 3abed". After "abu" any word is the name; "um" is English too ("um I think"), so after it
# only a capitalised or listed given name counts.
_KUNYA = re.compile(
    r"(?<![\w])(?P<kunya>(?i:abu|abou|abo|aboo)|(?P<mother>(?i:umm|um|oum|om|omm|em|emm|imm)))"
    r"[ \t]+"
    r"(?:(?i:el|al|l)[ \t-]?)?(?P<name>[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]{1,})(?![\w'])")
# Towns named with "abu": "abu dhabi", "abu ghraib".
_KUNYA_PLACES = _latin_words("dhabi zabi zaby dabi ghraib ghrib simbel dis")


def _kunya_names(text: str) -> Iterator[Span]:
    for match in _KUNYA.finditer(text):
        name = match.group("name")
        key = name.casefold()
        if key in COMMON_WORDS or len(name) > 20:
            continue
        if match.group("mother") and not (name[0].isupper() or key in wordlists.given_names()):
            continue
        if key in _KUNYA_PLACES or _ARABIZI_CUE.match(text, match.start("name")):
            continue
        yield Span("name", match.start(), match.end())


# Weaker cues, after which only a listed given name counts: telling, greeting, meeting or staying
# with someone ("7akeet la hala", "sallmouli 3ala hiba", "ro7t ma3 rania"), and a list ("w rasha").
_ARABIZI_WEAK_CUE = re.compile(
    r"(?<![\w])(?:(?:7akeet|7keet|e7keet|7ket|2elt|2olt|sallmouli|sallemli|sallmili|salmili|"
    r"shft|shefet|shoft|ro7t|re7t|nemt|2a3adt|ettasalt|tasalt|tkallamt|7akit|hkit|hdart|mshit)"
    r"[ \t]+(?:la|li|l|ma3|m3a|m3|3and|3nd|3ala|3la|3a|3end|m3a)|w|wa)[ \t]+", re.IGNORECASE)
# Arabizi verbs of a person after a name: "mona sa3adetni", "Zeina kanet ma3i".
_PERSON_AFTER = _latin_words("kan kanet kant kanat kano kanu kanou 2al 2alet 2alatli gal galet "
                             "qal qalet jab jabet eja ejet ra7 ra7et hrbet hirbet bte7ki byi7ki "
                             "sa3adetni sa3detni sa3adatni sa3adni sa3dni sa3adetna sa3adna "
                             "3awnatni 3awenetni 2alatli 2alli 2aletli e7ketli 7aketli jabetli "
                             "jabli btesa3edni bysa3edni")
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z0-9]+)")


def _listed_name_after_weak_cue(text: str) -> Iterator[Span]:
    """A listed given name after a weak cue, or before an arabizi verb at a sentence start."""
    for word in re.finditer(r"(?<![\w'])[A-Za-z][a-z]{2,14}(?![\w'])", text):
        key = word.group().casefold()
        if key in COMMON_WORDS or key not in wordlists.given_names() or (
                key in wordlists.everyday("fr")):
            continue  # "will", "mark", "grace": words in the English said between
        after = _NEXT_WORD.match(text, word.end())
        verb = after is not None and after.group(1).casefold() in _PERSON_AFTER
        before = text[max(0, word.start() - 30):word.start()]
        starts = not before.strip() or before.rstrip()[-1:] in ".!?,;\n"
        if any(cue.end() == len(before) for cue in _ARABIZI_WEAK_CUE.finditer(before)) \
                or (verb and starts):
            yield Span("name", word.start(), word.end())


# "ana w 3abeer w Rou2a 5alasna": me and the people with me, names typed with digits for the
# letters Latin has not (3 for ع, 2 for ء, 7 for ح, 5 for خ).
_ME_AND = re.compile(r"(?i)(?<![\w])(?:ana|ena|ani)[ \t]+wa?[ \t]+")
_AND_NEXT = re.compile(r"(?i)[ \t]*(?:,[ \t]*|[ \t]+)wa?[ \t]+")
_ARABIZI_NAME = re.compile(r"[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*(?![\w'])")
_ME_AND_NAMES = 5
# Who else "ana w" joins that is no name: my family, my children, my friends.
_ME_AND_KIN = _latin_words("ahli ahle ahlee ahla emmi ommi immi mama mami baba abi abuya jozi "
                           "zawji zoji wladi awladi wlade banati bnati binti bente ibni ebni "
                           "as7abi s7abi sa7ebti sa7bti rfi2ti jiranna jirani kamen kaman hiye "
                           "huwe hiya huwa howe heye enta enti ente inti")


def _me_and_names(text: str) -> Iterator[Span]:
    """The names in "ana w Amina w Halima": each word joined by "w" that is no arabizi word."""
    for cue in _ME_AND.finditer(text):
        pos = cue.end()
        for _ in range(_ME_AND_NAMES):
            word = _ARABIZI_NAME.match(text, pos)
            key = word.group().casefold() if word is not None else ""
            if word is None or key in COMMON_WORDS or key in _ME_AND_KIN or len(key) < 3 \
                    or _ARABIZI_CUE.match(text, pos) or (
                        key[0].isdigit() and not _ARABIZI_DIGIT.match(key)):
                break  # "ana w ahli", "ana w 12 wa7de": no name
            yield Span("name", word.start(), word.end())
            joined = _AND_NEXT.match(text, word.end())
            if joined is None:
                break
            pos = joined.end()


# A word with the digits arabizi writes letters with, and those letters in Latin spelling.
_DIGIT_WORD = re.compile(r"[A-Za-z0-9]*[2-9][A-Za-z0-9]*(?![\w'])")
_DIGIT_LETTERS = str.maketrans({"7": "h", "5": "kh", "3": "", "2": "", "9": "q", "8": "gh",
                                "6": "t"})


def _listed_with_digits(word: str) -> bool:
    """"7asan", "3ali", "5aled": a given name typed with arabizi digits, listed once the digits
    are read as the letters they stand for ("hasan", "ali", "khaled"); not "jama3a" (people)."""
    if len(word) > 15 or not any(char.isalpha() for char in word):
        return False
    spelled = word.casefold().translate(_DIGIT_LETTERS)
    return len(spelled) >= 3 and spelled.isalpha() and spelled not in COMMON_WORDS and (
        spelled in wordlists.given_names())


def _hint(text: str, language: str) -> bool:
    """Cheap test before the arabizi cues run: an Arabic answer, or a digit inside a Latin word,
    and a cue's first letters ("la doctora porque..." in a Spanish answer is Spanish)."""
    if language != "ar" and not _ARABIZI_DIGIT.search(text):
        return False
    return bool(_ARABIZI_HINT.search(text))


def find_arabizi_names(text: str, language: str = "ar") -> Iterator[Span]:
    """Names after an arabizi cue: "esmi samira", "el m7amiya nadia", in an Arabic answer or one
    with arabizi digits."""
    if not isinstance(text, str) or not isinstance(language, str):
        return
    if language == "ar":
        yield from _listed_name_after_weak_cue(text)
        yield from _me_and_names(text)
    if not _hint(text, language):
        return
    yield from _kunya_names(text)
    for cue in _ARABIZI_CUE.finditer(text):
        word = _ARABIZI_WORD.match(text, cue.end())
        digits = _DIGIT_WORD.match(text, cue.end())
        if digits is not None and _listed_with_digits(digits.group()):
            yield Span("name", digits.start(), digits.end())  # "ana ismi 7asan"
            continue
        if word is None:
            continue
        parts = word.group().split()
        common = parts[0].casefold() in COMMON_WORDS and not (
            parts[0][0].isupper() and parts[0].casefold() in wordlists.given_names())
        if common or _ARABIZI_CUE.match(text, word.start()) or (
                _DIGIT_NEXT.match(text, word.start() + len(parts[0]))):
            continue  # "shukran la ustaza rana": the title is the next cue; "ya jama3a": a word
        if len(parts) > 1 and parts[1].casefold() in COMMON_WORDS:
            yield Span("name", word.start(), word.start() + len(parts[0]))
            continue
        surname = _SURNAME_AFTER.match(text, word.end()) if len(parts) == 1 else None
        if surname is not None and _family_name(surname.group("surname")):
            yield Span("name", word.start(), surname.end("surname"))  # "zeinab 3abdelfattah"
            continue
        yield Span("name", word.start(), word.end())


# The family name after a given name typed in lower case: a word with its "el" or not, that
# ends the clause or comes before "and", "from" or a verb ("jerlyn pabustan w el agent",
# "7amdan el 3otaibi 7abasni").
_SURNAME_AFTER = re.compile(
    r"[ \t]+(?P<surname>(?:(?i:el|al)[ \t-])?[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]{3,})"
    r"(?=[ \t]*(?:[,.;!?\n]|$)"
    r"|[ \t]+(?i:w|wa|we|men|min|mn|from|and|el|[0-9a-z]+(?:ni|na|ou|o)\b))")


def _family_name(word: str) -> bool:
    """Whether a word after a given name may be the family name: no arabizi or English word."""
    key = word.casefold().split()[-1].lstrip("-")
    return key not in COMMON_WORDS and key not in wordlists.everyday("en") and (
        key not in wordlists.everyday("fr")) and not _ARABIZI_CUE.match(key + " ")
