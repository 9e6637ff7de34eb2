"""Romanian given names where Romanian grammar shows a person the word lists cannot.

Romanian calls someone by the vocative ("Ioane", "costele", "Gigele", "mario") at the head of
what was said to them; says whose something is with the name in "-ei" ("telefonul Ioanei",
"mama Elenei"); opens a sentence with a name that is a word too and then says who the person is
("Floare e o fata din Craiova"); and names someone, then says between commas who they are to us
("cu Codru, fratele meu, am lucrat"). "Speranta e ca..." (hope is that), "Doamne," (God) and
"in Anglia, sora mea..." stay: no person is said there.
"""

from __future__ import annotations

import re

from feedback_app.theming import cues, wordlists
from feedback_app.theming.name_reading import Reading, case_stem, grammar_words
from feedback_app.theming.reach import match_after
from feedback_app.theming.tokens import starts_sentence

# Before a name called out: the start of the answer, a quote mark, a colon or a dash.
_CALLED_BEFORE = re.compile(r"(?:^|[\"\u201c\u201d\u201e\u00ab\u00bb':\-])[ \t]*$")
# After it: a comma or an exclamation mark ("ioane, fugi", "Gigele!").
_CALLED_AFTER = re.compile(r"[ \t]*[,!]")
# Kin and the people of the work and the help, with "my", "his", "her", "our".
_KIN = (r"(?:fratele|tat[aă]l|fiul|v[aă]rul|prietenul|colegul|vecinul|unchiul|bunicul|nepotul|"
        r"so[tț]ul|iubitul|cumnatul|sora|mama|fiica|veri[sș]oara|prietena|colega|vecina|"
        r"m[aă]tu[sș]a|bunica|nepoata|so[tț]ia|iubita|cumnata|fina|nasa|na[sș]ul)"
        r"[ \t]+(?:meu|mea|lui|ei|nostru|noastr[aă]|mamei|tatei)")
# Between commas after a name: who the person is to us, and the comma that closes it ("la
# Politie, fratele meu a dat declaratie" says where, not who).
_KIN_BETWEEN_COMMAS = re.compile(rf"[ \t]*,[ \t]*{_KIN}[ \t]*(?:[,.;)]|$)", re.IGNORECASE)
# After a name opening a sentence: "is", "was" and who the person is.
_WHO_AFTER = re.compile(
    r"(?:[ \t]*,)?[ \t]+(?:e|este|era|a[ \t]+fost)[ \t]+(?:"
    r"(?:o|un)[ \t]+(?:fat[aă]|b[aă]iat|femeie|b[aă]rbat|tip|tip[aă]|doamn[aă]|domn|prieten[aă]?|"
    r"coleg[aă]?|vecin[aă]?|veri[sș]oar[aă]|v[aă]r|om)(?!\w)"
    rf"|{_KIN}(?!\w))",
    re.IGNORECASE)
# Whose: a woman's name in "-ei" or "-ăi" ("Ioanei", "Biancăi"), as (ending, the name's own).
_OBLIQUE = (("ei", "a"), ("ai", "a"))


def _own_word(plain: str) -> bool:
    """A Romanian word first ("floare" flower, "lupu" the wolf), whatever the name lists say."""
    return plain in wordlists.everyday("ro", english=False) or plain in grammar_words("ro")


def _not_someone(plain: str) -> bool:
    """God, a place or a language: "Doamne", "Romei" (Rome's), "Chinei" (China's)."""
    return (plain in cues.NOT_PERSONS or plain in wordlists.places()
            or plain in wordlists.language_names())


def called_by_vocative(reading: Reading, index: int) -> bool:
    """A given name in its vocative, called out at the head of what was said: `"costele, da-mi
    actele"`, `ii ziceam: Gigele, da-mi actele`, `"mario, mamaie, vino acasa"`."""
    token = reading.tokens[index]
    plain = token.plain
    if _not_someone(plain) or (plain in wordlists.everyday("ro")
                               and plain not in wordlists.given_names()):
        return False  # "doamne,", "hello,"
    stem = case_stem(plain, "ro")
    if stem is None or _own_word(stem) or plain == stem:
        return False
    before = reading.text[max(0, token.start - 3):token.start]
    return (_CALLED_BEFORE.search(before) is not None
            and _CALLED_AFTER.match(reading.text, token.end) is not None)


def whose_name(reading: Reading, index: int) -> bool:
    """A woman's name in "-ei", "-ăi" mid-sentence with a capital, saying whose something is:
    "telefonul Ioanei e inchis", "copilul Biancăi"."""
    token = reading.tokens[index]
    if not reading.proper(index):
        return False
    plain = token.plain
    for ending, instead in _OBLIQUE:
        stem = plain[:-len(ending)] + instead
        if (plain.endswith(ending) and stem in wordlists.given_names() and not _own_word(stem)
                and not _not_someone(stem) and not _not_someone(plain)):
            return True
    return False


def said_who(reading: Reading, index: int) -> bool:
    """A name that is a word, then who the person is: "Floare e o fata din Craiova" opening a
    sentence, "cu Codru, fratele meu, am lucrat" with a capital mid-sentence."""
    token = reading.tokens[index]
    if not token.capitalised or token.key in grammar_words("ro") or _not_someone(token.plain):
        return False
    if starts_sentence(reading.text, reading.tokens, index):
        return (token.plain in wordlists.given_names()
                and match_after(_WHO_AFTER, reading.text, token.end) is not None)
    return reading.proper(index) and match_after(
        _KIN_BETWEEN_COMMAS, reading.text, token.end) is not None


def romanian_person(reading: Reading, index: int) -> bool:
    """A Romanian name the lists read as a word, where the grammar around it shows a person."""
    if reading.language != "ro":
        return False
    return (called_by_vocative(reading, index) or whose_name(reading, index)
            or said_who(reading, index))
