"""Whether a Ge'ez-script word nobody listed may be a name: not an everyday word, not a verb.

Most names in Tigrinya answers are in no list: a sister's rare name, an Italian lawyer's surname
as an Eritrean writes it ("ላንዞኒ", "ሊንድክቪስት"). Where the words around one show a person (a
kinship word or title before it, a listed given name before it), a word counts as a name unless
it is an everyday word (`geez_everyday.txt`, read off the project's own Tigrinya) or has the shape
of a verb: the prefixes of its imperfect and relative forms ("ይ", "ክ", "ዝ", "ኣይ") or the
endings of a verb with its person or object ("ሓጊዛትኒ" she helped me, "ከይዱ" he went, "ረኺብኩም").
"""

from __future__ import annotations

import re

from feedback_app.theming.geez import cues
from feedback_app.theming.geez.script import Word, a_order, geez_set, normalise, stems, u_order

# The endings of a verb's person and object: "-ትኒ" (she ... me), "-ኩ"/"-ኹ" (I), "-ኩም" (you),
# "-ዎም" (them), "-ና" after a verb (we), "-ልና"/"-ለይ" (for us, for me).
_VERB_END = re.compile("(?:{})$".format("|".join(normalise(end) for end in (
    "ትኒ", "ትና", "ኩ", "ኹ", "ኩም", "ኹም", "ኽን", "ዎም", "ዎ", "ዋ", "ሎም", "ልና", "ለይ", "ልካ", "ልኪ",
    "ልኩም", "ኩዎ", "ኩዋ", "ክዎ", "ክዋ",
    # Amharic: "she ...", "... me", "... us" ("ረድታኛለች" she helped me)
    "ለች", "ኛል", "ኝ", "ናል", "ዋል"))))
# "-uni", "-una": a verb with "me" or "us" after a vowel u ("ሓጊዙኒ" he helped me, "ሃሪሙና" he
# beat us); "ጽገወይኒ" and "ፍሊሞና", names, end in "-ኒ" and "-ና" too.
_ME_US = (normalise("ኒ"), normalise("ና"))
# The passive "ተ-" of "ተታሒዛ" (she was caught).
_PASSIVE = normalise("ተ")
# A joined "to", "from", "towards", "with", "like", "at": a word so starting begins a new phrase
# ("ሚኪኤል ንገሮ", tell Mikiel), as a family name takes no prefix.
_PREFIXED = tuple(normalise(prefix) for prefix in ("ን", "ካብ", "ናብ", "ምስ", "ከም", "ኣብ"))
# Quotation marks that set a nickname apart before "called" ("ባምቡ" ይብልዎ).
QUOTED_GAP = re.compile("[ \t]*[\"'\u201c\u201d\u00ab\u00bb\u2018\u2019]+[ \t]*")


def everyday(word: Word) -> bool:
    known = geez_set("geez_everyday")
    return word.text in cues.NOT_A_NAME or word.text in cues.COPULA or any(
        stem.stem in known or stem.stem in cues.NOT_A_NAME or stem.stem in cues.COPULA
        for stem in stems(word))


def could_be_name(word: Word) -> bool:
    """Whether an unlisted word, after a kinship word, a title or a given name, names someone."""
    text = word.text
    if len(text) < 2 or everyday(word) or text in cues.HOLY_WORDS:
        return False
    if text.startswith(cues.VERB_STARTS) or text.startswith(_PREFIXED) or _VERB_END.search(
            text) or u_order(text[-1]) or (text.endswith(_ME_US) and u_order(text[-2])):
        return False
    if text.startswith(_PASSIVE) and len(text) >= 4 and a_order(text[-1]):
        return False  # "ተታሒዛ" she was caught, "ተሰዊራ" she hid: a passive verb in "she"
    return not any(text in group for group in (cues.BEFORE_NAME, cues.KIN_AFTER, cues.CALLED,
                                               cues.GREETING, cues.WITH_SOMEONE, cues.KIN_NOUN))
