"""How Spanish marks a word as a person, in every register, where the word alone says nothing.

Survivors writing Spanish often type in lower case, and many given names are words too ("pilar",
"justo", "alegria") or in no list ("yoana", "fercho"). The grammar still shows a person:

- the "a" Spanish puts before a person, doubled by a pronoun: "le dije a rosario", "yo le conte
  todo a ana", "se lo dije a inma", "ni a ella ni a fercho";
- a vocative: "oye kenia si lees esto", "hola yuri, gracias";
- what only a person has: "el cuarto de bisi", "el cheque de justo", "la mama de yeni";
- a kinship word before a name that is a word: "mi hija alegria", "mi tia morena";
- "el señor", "la señora" in lower case: "el señor castro no me creyo";
- the article Spanish speakers put before a given name: "como la vanessa", "la yeni";
- who the person is, right after the name: "yoana la rumana", "pancho el de seguridad",
  "raquel la que cocina";
- what the person did, after them: "fatu me enseñaron", "dairon nos recluto".

Each cue is one a thing never meets, and an adjective ("soy modesto", "mi hija mayor") stays.
"""

from __future__ import annotations

import re

from feedback_app.theming import cues, person_cues, wordlists
from feedback_app.theming.name_context import after_cue, clause_ends
from feedback_app.theming.name_reading import Evidence, Reading, grammar_words
from feedback_app.theming.person_slots import says_how_something_is, typo_of_everyday
from feedback_app.theming.reach import match_after
from feedback_app.theming.spanish_roles import (
    ACTS_AFTER,
    CLITIC_AFTER,
    DEMONYMS,
    DID_AFTER,
    DID_BEFORE,
    DONE_TO_AFTER,
    FAREWELL_AFTER,
    FAREWELL_BEFORE,
    FROM_PLACE_AFTER,
    PERSONAL_A_JUST_BEFORE,
    PLURAL_AFTER,
    ROLES,
    YOUNG_PEOPLE,
)
from feedback_app.theming.tokens import starts_sentence


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_LOOK_BACK = 40

# Where people met or were reached, never who: "por tiktok me contacto".
_APPS = _words("tiktok insta instagram facebook face whatsapp wasap telegram snapchat google "
               "uber youtube wallah wallahi walah inshallah hamdulillah alhamdulillah "
               "mashallah jaja jajaja")
_CALLING_WORDS = _words("mira oye oiga oigan")
# Interjections and fillers that open a clause like a name would: "osea nadie me ayuda".
_FILLERS = _words("osea ojala pucha chale neta aja orale wey guey bueno pues igual tipo xfa "
                  "alla aca alli asi")
# Names that are words whose sense as a word is rare in an answer: "milagros", "mercedes".
_NAMES_FIRST = _words("milagros mercedes dolores amparo socorro consuelo rosario soledad "
                      "pilar trinidad remedios rocio")
_SAINTS = _words("san santa santo santisima santisimo sao virgen")
_WORD = r"[^\W\d_]+"
# "le dije a", "yo le conte todo a", "se lo dije a", "les pregunte a", "le di las gracias a";
# "dile a", "avisenle a", "preguntale a": the pronoun doubles the person the "a" names.
_PERSONAL_A = re.compile(
    r"(?<!\w)(?:(?:le|les|se[ \t]+l[oa]s?)[ \t]+" + _WORD + r"(?:[ \t]+(?:todo|toda|todito|eso|"
    r"esto|algo|ya|tambi[eé]n|bien|mucho|miedo|ayuda|permiso|las gracias|la verdad|lo mismo|"
    r"un favor)){0,2}|"
    r"[^\W\d_]{1,12}(?:[aeií]le|[aeií]les|[ae]nle|[ae]nles|[aei]selo|[aei]sela))"
    r"[ \t]+a[ \t]+$",
    re.IGNORECASE)
# "ni a ella ni a fercho", "a el y a su hermano", "con ella y con yuri": beside a pronoun of a
# person, joined by "y", "ni" or "o".
_BESIDE_A_PERSON = re.compile(
    r"(?<!\w)(?:a|con|para|de)[ \t]+(?:ella|[eé]l|ellas|ellos|usted|ustedes|ti|vos)"
    r"(?:[ \t]*,)?[ \t]+(?:y|ni|o|e)[ \t]+(?:a|con|para|de)[ \t]+$",
    re.IGNORECASE)
# "oye kenia si lees esto", "hola yuri,", "mira yamileth": calling someone, opening a clause.
_VOCATIVE = re.compile(
    r"(?:^|[.!?,;:\n(])[ \t]*(?:oye|oiga|oigan|mira|mir[aá]|hola|holi|ey|hey|querid[oa]|ay)"
    r"(?:[ \t]*,)?[ \t]+$",
    re.IGNORECASE)
# Only a person has a room, a cheque, a mother: "el cuarto de bisi", "el cheque de justo".
_POSSESSION = (
    r"(?<!\w)(?:el|la|los|las|al|del|mi|su|tu)[ \t]+(?:cuarto|cama|"
    # papers and cases are also "of" a place or a matter: "los papeles de extranjeria"
    r"(?P<about>cheque|sueldo|pasaporte|papeles|caso|expediente|cita|cumplea[ñn]os|deuda)|"
    r"celular|cel|tel[eé]fono|ropa|cosas|maleta|mochila|novi[oa]|espos[oa]|marido|mujer|hij[oa]s?|herman[oa]s?|mam[aá]|pap[aá]|madre|padre|"
    r"prim[oa]s?|t[ií][oa]|abuel[oa]|beb[eé]|ni[ñn][oa]s?|familia|amig[oa]s?|compa[ñn]er[oa]s?"
    r")[ \t]+de[ \t]+")
_OWNER_BEFORE = re.compile(_POSSESSION + r"$", re.IGNORECASE)
# "el cuarto de bisi y precious": the second owner of the same room.
_SECOND_OWNER_BEFORE = re.compile(_POSSESSION + _WORD + r"[ \t]+(?:y|e)[ \t]+$", re.IGNORECASE)
# "mi hija alegria", "mi tia morena", "su esposo justo": a kinship word, then the name.
_KIN_BEFORE = re.compile(
    r"(?<!\w)(?:mi|mis|su|sus|tu|tus|nuestr[oa]s?)[ \t]+(?:hij[oa]s?|hijit[oa]s?|herman[oa]s?|"
    r"hermanit[oa]s?|mam[aá]|madre|pap[aá]|padre|prim[oa]s?|t[ií][oa]s?|abuel[oa]s?|"
    r"sobrin[oa]s?|espos[oa]|marido|novi[oa]|amig[oa]s?|compa[ñn]er[oa]s?|vecin[oa]s?|"
    r"cu[ñn]ad[oa]s?|niet[oa]s?|suegr[oa]s?|beb[eé]s?|bebit[oa]s?|ni[ñn][oa]s?)(?:[ \t]*,)?[ \t]+$",
    re.IGNORECASE)
# "el señor castro", "a la señora maritza", "la señorita daniela".
_SENOR_BEFORE = re.compile(r"(?<!\w)(?:el|la|al|del)[ \t]+se[ñn]or(?:a|ita)?[ \t]+$",
                           re.IGNORECASE)
# "como la vanessa", "con el pepe": a given name with its article, as people talk.
_ARTICLE_BEFORE = re.compile(r"(?<!\w)(?:el|la)[ \t]+$", re.IGNORECASE)
# Who the person is, right after the name: "la rumana", "el de seguridad", "la que cocina",
# "el portero".
_WHO_AFTER = re.compile(
    r"(?:[ \t]*,)?[ \t]+(?:el|la)[ \t]+(?:de|del|que|" + DEMONYMS + "|" + ROLES + r")(?!\w)",
    re.IGNORECASE)
# "el tipo que nos recluto, dairon, tenia un insta": a name set between commas after a person.
_PERSON_THEN_COMMA = re.compile(
    r"(?<!\w)(?:el|la|un|una|mi|su)[ \t]+(?:[^\W\d_]+[ \t]+)?(?:tip[oa]|se[ñn]or[a]?|man|"
    r"hombre|mujer|muchach[oa]|chav[oa]|vato|morr[oa]|chic[oa]|" + DEMONYMS + "|" + ROLES
    + r")(?!\w)[^.!?\n,]{0,32},[ \t]*$",
    re.IGNORECASE)
# "paz, la psicologa, me escucho", "rosario, mi abogada del centro, nunca contesta".
_ROLE_BETWEEN_COMMAS = re.compile(
    r"[ \t]*,[ \t]*(?:el|la|mi|nuestr[oa])[ \t]+(?:se[ñn]ora?|" + ROLES
    + r")(?!\w)[^\W\d_ \t]*(?:[ \t]+[^\W\d_]+){0,3}[ \t]*,",
    re.IGNORECASE)
# A word that starts a name, right after a role: the role is hers, not the word's before it
# ("wallah la educadora Rocío").
_NAME_NEXT = re.compile(r"[ \t]*(?:,[ \t]*)?(?P<word>[^\W\d_]+)")
# Words that follow a kinship word or "el señor" and describe the person: "mi hija mayor".
_DESCRIBING = _words(
    "mayor menor grande chica chico chiquita chiquito peque\u00f1a peque\u00f1o pequena pequeno "
    "mediana mediano linda lindo bella bello hermosa hermoso preciosa precioso bonita bonito "
    "querida querido sola solo santa santo joven vieja viejo alto alta bajo baja amable")
# A word in no list shaped like a Spanish verb or noun is one: "guardaban", "extranjeria".
_VERB_SHAPE = re.compile(
    r"(?:aba|aban|abas|[ií]an|aron|ieron|ando|iendo|amos|emos|imos|mente|cion|sion|dad|miento|"
    # plurals, imperatives and a pronoun on a verb: "cobijas", "mandad", "escribeme"
    r"eria|as|os|[aei]d|[aei]dme|[aeiou](?:me|nos|les)|[aeií]le|[ae]nle|"
    # "mandenme", "diganles": an imperative to many, with its pronoun
    r"n(?:me|nos|les?|l[oa]s?))$")
# Who someone is, before the name: "la fiscal", "la señora", "el portero", "mi abuela".
_ROLE_BEFORE = re.compile(
    r"(?<!\w)(?:el|la|al|del|mi|su|nuestr[oa])[ \t]+(?:se[ñn]or(?:a|ita)?|seño|" + YOUNG_PEOPLE
    + "|" + ROLES
    + r")[ \t]+$",
    re.IGNORECASE)
# After "que ... fue": "la que me recibio fue", "el que nos pegaba era", "la unica que me llama es".
_WHO_WAS_BEFORE = re.compile(
    r"(?<!\w)(?:que|quien)[ \t]+(?:[^\W\d_]+[ \t]+){1,3}?(?:es|era|fue)[ \t]+$",
    re.IGNORECASE)
# "si ven a", "busco a", "estuve con", "vivo con": a person is seen, sought, lived with.
_WITH_OR_SEEN_BEFORE = re.compile(
    r"(?<!\w)(?:(?:ven|vi|vieron|ve|busquen|busco|buscan|buscaba|encuentren|conocen|conozco|"
    r"extra[ñn]o|ayuden|cuiden|avisen|"
    # what is done to a person, never to a thing: "denuncie a oscar", "deportaron a maribel"
    r"denunci[eé]|denunciamos|denunciar|conoc[ií]|conoci[oó]|busqu[eé]|visit[eé]|acus[eé]|"
    r"deportaron|detuvieron|arrestaron|agarraron|secuestraron|abrac[eé]|salud[eé]|"
    r"amenaz[oó]|amenazaba|golpe[oó]|golpeaba)[ \t]+a|"
    r"(?:vivo|viv[ií]a|vivimos|estuve|estaba|me quedo|me quedaba|duermo|dorm[ií]a|"
    r"comparto cuarto|salgo|sal[ií]a|ando|andaba|"
    # who came, crossed or ran away with her: "yo vine con yoana desde moldavia"
    r"vine|vino|vinimos|llegu[eé]|llegamos|viaj[eé]|viajamos|cruc[eé]|cruzamos|"
    r"me escap[eé]|nos escapamos|escap[eé]|me fui|nos fuimos)(?:[ \t]+ahora)?"
    # "vivia con la yesi": the article Spanish speakers put before a given name
    r"[ \t]+con)(?:[ \t]+(?:el|la))?[ \t]+$",
    re.IGNORECASE)


def spanish_person(reading: Reading, index: int) -> bool:
    """Whether Spanish grammar around the word shows that it names someone."""
    if reading.language != "es":
        return False
    text, token = reading.text, reading.tokens[index]
    before = text[max(0, token.start - _LOOK_BACK):token.start]
    if (token.plain in wordlists.surnames() and token.key not in grammar_words("es")
            and len(token.word) > 2 and _ROLE_BEFORE.search(before)):
        return True  # "el agente mendoza": a surname after who he is, a town too or not
    if _not_a_name(reading, index) or says_how_something_is(reading, index):
        return False  # "el cuarto es modesto"
    evidence = reading.evidence(index)
    given = token.plain in wordlists.given_names()
    if evidence is Evidence.WORD and not given:
        return False  # most words of an answer: no cue below makes them someone
    if _PERSONAL_A.search(before) or _BESIDE_A_PERSON.search(before):
        return evidence is not Evidence.WORD or given  # "le dije a kenia": a country too
    if _VOCATIVE.search(before) and token.plain not in person_cues.ENDEARMENTS:
        return evidence is not Evidence.WORD or given
    if (PERSONAL_A_JUST_BEFORE.search(before)
            and match_after(DONE_TO_AFTER, text, token.end)
            and (given or evidence is Evidence.UNKNOWN)):
        return could_be_person(reading, index)  # "a yarelis tambien la engañaron"
    if token.plain in _DESCRIBING:
        return False  # "mi hija mayor", "el señor mayor"
    if _KIN_BEFORE.search(before):
        # "mi hija alegria", "mi hijo salvador"
        return given or (evidence is Evidence.UNKNOWN and could_be_person(reading, index))
    if _SENOR_BEFORE.search(before) or _ROLE_BEFORE.search(before):
        # "el señor castro", "la fiscal yuli"; "la policia vino a las 3" is what she did
        if evidence is Evidence.UNKNOWN:
            return could_be_person(reading, index)
        if evidence is Evidence.LISTED or (token.plain in wordlists.surnames() and not given):
            return True
        # "la doctora paz", "la niña flor": right after who she is, a given name is hers,
        # unless it reads as an adjective ("el juez justo")
        return given and (not adjective(reading, index) or _given_no_thing(
            reading, index, strict=True) or bool(match_after(ACTS_AFTER, text, token.end)
                                                 or clause_ends(reading, index)))
    if evidence is Evidence.WORD:
        return False
    owner = _OWNER_BEFORE.search(before)
    if owner is None and (second := _SECOND_OWNER_BEFORE.search(before)) is not None and (
            could_be_person(reading, index - 2)):
        owner = second
    if owner is not None:
        if owner.group("about") is not None and evidence is Evidence.UNKNOWN:
            return False
        return could_be_person(reading, index) and token.plain not in cues.MONTHS
    if _ARTICLE_BEFORE.search(before) and (_given_not_a_word(reading, index) or (
            match_after(DID_AFTER, text, token.end) and _given_no_thing(reading, index))):
        return True  # "como la vanessa", "el pepe nos llevaba"; "la rosa", "el van" are things
    if reading.cued("role", index) and _given_no_thing(reading, index) and CLITIC_AFTER.match(
            text, token.end):
        return True  # "la psicologa milagros me escucha"
    if _in_pair_of_people(reading, index):
        return True  # "luz y flor me acompañaron al juzgado"
    if given and _opens_clause(reading, index) and match_after(
            _ROLE_BETWEEN_COMMAS, text, token.end):
        return True  # "paz, la psicologa, me escucho": who she is, set between commas
    if not could_be_person(reading, index):
        return False
    if _PERSON_THEN_COMMA.search(before) and text[token.end:token.end + 1] == ",":
        return True
    if index == 0 and given and match_after(FAREWELL_AFTER, text, token.end):
        return True  # "luz, gracias por todo": the answer opens on the one it thanks
    unknown = evidence is Evidence.UNKNOWN or _given_no_thing(reading, index)
    if unknown and (_WHO_WAS_BEFORE.search(before) or _WITH_OR_SEEN_BEFORE.search(before)
                    or DID_BEFORE.search(before) or FAREWELL_BEFORE.search(before)):
        return True
    if index and reading.tokens[index - 1].key in cues.NOT_A_PERSON_BEFORE:
        return False
    if unknown and _opens_clause(reading, index) and not (
            _after_que(reading, index) and evidence is not Evidence.UNKNOWN
            and not _given_no_thing(reading, index, strict=True)) and (
            match_after(ACTS_AFTER, text, token.end) or after_cue(reading, index)
            or match_after(FAREWELL_AFTER, text, token.end)):
        return True  # "yuli se fue del albergue", "yuli mi compañera de cuarto", "yuli, gracias"
    who = match_after(_WHO_AFTER, text, token.end)
    if who is not None and not _name_follows(text, who.end()):
        return True
    return evidence is Evidence.UNKNOWN and bool(match_after(DID_AFTER, text, token.end))


def _opens_clause(reading: Reading, index: int) -> bool:
    """The word opens a sentence, or follows a comma, "y", "pero" or "que"."""
    tokens, text = reading.tokens, reading.text
    if starts_sentence(text, tokens, index) or text[:tokens[index].start].rstrip(
            " \t").endswith(","):
        return True
    return tokens[index - 1].key in ("pero", "que", "porque", "aunque")


def _after_que(reading: Reading, index: int) -> bool:
    """"que sali de ahi": after "que" a verb without its accent reads like a name; a given name
    that is a word too ("sali", "vino") is the verb there."""
    return bool(index) and reading.tokens[index - 1].key in ("pero", "que", "porque", "aunque")


def _given_no_thing(reading: Reading, index: int, strict: bool = False) -> bool:
    """A given name that names no thing here ("pepe", "milagros"; not "rosa", "luz"); when
    `strict`, no Spanish word at all ("yuli", "milagros"; not "pepe", "vino")."""
    plain = reading.tokens[index].plain
    if plain not in wordlists.given_names() or plain in _DESCRIBING:
        return False
    if plain in _NAMES_FIRST or plain not in wordlists.everyday("es", english=False):
        return True
    return not strict and plain not in wordlists.names_that_are_words()


def _in_pair_of_people(reading: Reading, index: int) -> bool:
    """"luz y flor me acompañaron", "la chela y juancho me recogieron", "erlin y nelson de
    mecanica": two people opening a clause, then what they did together or where they work.
    Either one is a name."""
    tokens, text = reading.tokens, reading.text
    pair = _pair_around(reading, index)
    if pair is None:
        return False
    first, second = pair
    opener = first - 1 if first and tokens[first - 1].key in ("el", "la") else first
    head = text[:tokens[opener].start].rstrip(" \t")
    if not (starts_sentence(text, tokens, opener) or _CLAUSE_BEFORE.search(head)):
        return False
    members = (first, second)
    if not all(_pair_member(reading, i) for i in members):
        return False
    if match_after(PLURAL_AFTER, text, tokens[second].end):
        return True
    # "erlin y nelson de mecanica": one of them in no list at all, the other a given name
    return (match_after(FROM_PLACE_AFTER, text, tokens[second].end) is not None
            and any(reading.evidence(i) is Evidence.UNKNOWN for i in members)
            and any(_given_no_thing(reading, i) for i in members))


_CLAUSE_BEFORE = re.compile(r"(?:^|,)(?:[ \t]*(?:y|pero))?$", re.IGNORECASE)


def _pair_around(reading: Reading, index: int) -> tuple[int, int] | None:
    """(first, second) of "X y Y" or "X y la Y" around the word at `index`, or None."""
    tokens = reading.tokens

    def key(at: int) -> str:
        return tokens[at].key if 0 <= at < len(tokens) else ""

    if key(index + 1) in ("y", "e"):
        return index, index + (3 if key(index + 2) in ("el", "la") else 2)
    if key(index - 1) in ("y", "e") and index >= 2:
        return index - 2, index
    if key(index - 1) in ("el", "la") and key(index - 2) in ("y", "e") and index >= 3:
        return index - 3, index
    return None


def _pair_member(reading: Reading, index: int) -> bool:
    if index >= len(reading.tokens) or _not_a_name(reading, index):
        return False
    if reading.tokens[index].plain in wordlists.given_names():
        return True
    return reading.evidence(index) is Evidence.UNKNOWN and could_be_person(reading, index)


def _name_follows(text: str, end: int) -> bool:
    following = match_after(_NAME_NEXT, text, end)
    if following is None:
        return False
    word = following.group("word")
    return word[:1].isupper() or wordlists.plain_key(word) in wordlists.given_names()


def calling_word(reading: Reading, index: int) -> bool:
    """"mira yanina", "oye chabela": in Spanish, "mira" opening a clause is "look", not Mira."""
    token = reading.tokens[index]
    return (reading.language == "es" and token.plain in _CALLING_WORDS and not token.capitalised
            and (starts_sentence(reading.text, reading.tokens, index)
                 or reading.text[:token.start].rstrip(" \t").endswith(",")))


def adjective(reading: Reading, index: int) -> bool:
    """A Spanish or Portuguese word whose other gender is a word too ("modesto", "modesta"): an
    adjective, not a name, after "soy"."""
    plain = reading.tokens[index].plain
    if reading.language not in ("es", "pt") or plain[-1:] not in ("a", "o"):
        return False
    words = wordlists.everyday(reading.language, english=False)
    other = plain[:-1] + ("o" if plain.endswith("a") else "a")
    return plain in words and other in words


def _not_a_name(reading: Reading, index: int) -> bool:
    token = reading.tokens[index]
    return (token.key in grammar_words(reading.language) or len(token.word) < 2
            or token.plain in cues.NOT_PERSONS or token.plain in person_cues.CALENDAR_NAMES
            or token.plain in _APPS or token.plain in _FILLERS
            or (token.key in wordlists.places() and token.plain not in wordlists.given_names()))


def could_be_person(reading: Reading, index: int) -> bool:
    """A listed name, a word in no list that is no verb form, or a given name that is a word."""
    if index < 0 or _not_a_name(reading, index):
        return False
    token = reading.tokens[index]
    evidence = reading.evidence(index)
    if evidence is Evidence.LISTED:
        return True
    if evidence is Evidence.UNKNOWN:
        # "toa la semana": a word one letter from an everyday word is that word, typed fast
        return (len(token.word) >= 3 and not _VERB_SHAPE.search(token.plain)
                and not typo_of_everyday(token.plain, reading.language))
    # "blessing me enseño": an English word that is a feeling is a name in a Spanish answer
    return evidence is Evidence.AMBIGUOUS and token.plain in wordlists.given_names() and (
        token.plain not in cues.ABSTRACT_NOUN_NAMES
        or (reading.language != "en"
            and token.plain not in wordlists.everyday(reading.language, english=False)))


def _given_not_a_word(reading: Reading, index: int) -> bool:
    """A given name that is no Spanish or English word: "vanessa", "yeni", "tere"."""
    plain = reading.tokens[index].plain
    return (plain in wordlists.given_names() and plain not in wordlists.everyday("es")
            and plain not in wordlists.names_that_are_words())


def after_saint(reading: Reading, index: int) -> bool:
    """"san pedro sula", "la santisima trinidad", "santa maria": a saint, a church or a town."""
    if not index:
        return False
    before = reading.tokens[index - 1].plain
    if reading.tokens[index].plain == "salvador" and before in ("nuestro", "el"):
        return True  # "a la virgen y a nuestro salvador", "soy de el salvador": Christ, a country
    return before in _SAINTS and reading.adjacent(index)
