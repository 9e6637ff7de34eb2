"""Phrases in English, Spanish, French and Portuguese that announce a person's name or a place.

All languages' cues are always applied: survivors mix languages, and a Spanish cue in an English
answer still announces a name.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    """Split a space-separated word list (kept as prose so it reads like the language)."""
    return frozenset(text.split())


_GAP = r"[ \t]*[,:\-\u2013]?[ \t]*"
# "my name is maria" is a name even in lower case: the strongest cue.
INTRO = re.compile(
    r"(?<!\w)(?:my name is|my name's|my names|i am called|i'm called|they call me|call me|"
    r"me llamo|mi nombre es|me dicen|je m['\u2019]appelle|mon nom est|mon pr[eé]nom est|"
    r"on m['\u2019]appelle|meu nome [eé]|o meu nome [eé]|me chamo|chamo-me|eu me chamo)" + _GAP,
    re.IGNORECASE,
)
# Titles are matched case-sensitively: "Dr Smith", "Sra. García", "M. Dupont", "Mme Martin".
TITLE = re.compile(
    r"(?<!\w)(?i:mr|mrs|ms|dr|dra|sr|sra|srta|mme|mlle|ma[iî]tre|prof)\.?[ \t]+|"
    r"(?<!\w)(?:Mr|Mrs|Ms|Miss|Mx|Dr|Dra|Prof|Profa|Sr|Sra|Srta|Dña|Doña|Don|Dona|Mme|Mlle|Mmes|"
    r"Sister|Father|Pastor|Officer|Judge|Madame|Monsieur|Mademoiselle|Señor|Señora|Señorita|"
    r"Senhor|Senhora|Doutor|Doutora|Docteur)\.?[ \t]+|(?<![\w.])M\.[ \t]*"
)
# Roles and phrases after which a capitalised word is a person ("my lawyer, Ana").
ROLE = re.compile(
    r"(?<!\w)(?:case ?worker|social worker|support worker|key ?worker|worker|lawyer|solicitor|"
    r"attorney|advocate|nurse|doctor|counsell?or|therapist|psychologist|manager|officer|"
    r"volunteer|interpreter|translator|teacher|trainer|tutor|advis[eo]r|mentor|coordinator|"
    r"receptionist|staff member|named|called|ask for|asked for|thanks to|thank you|thank|thanks|"
    r"trabajador[a]? social|abogad[oa]|enfermer[oa]|doctora|m[eé]dic[oa]|psic[oó]log[oa]|"
    r"educador[a]?|voluntari[oa]|int[eé]rprete|traductor[a]?|profesor[a]?|monitor[a]?|"
    r"orientador[a]?|coordinador[a]?|gracias a|se llama|llamad[oa]|"
    r"assistante? sociale?|avocat[e]?|infirmi[eè]re?|m[eé]decin|docteur|psychologue|"
    r"[eé]ducat(?:eur|rice)|b[eé]n[eé]vole|interpr[eè]te|traduct(?:eur|rice)|format(?:eur|rice)|"
    r"conseill(?:er|[eè]re)|merci [aà]|s['\u2019]appelle|appel[eé]e?|"
    r"assistente social|advogad[oa]|enfermeir[oa]|doutor[a]?|volunt[aá]ri[oa]|tradutor[a]?|"
    r"obrigad[oa](?: [aà]| ao)?|se chama|chama-se|chamad[oa]|"
    r"tell|told|ask|asked|thank|my friend|remercier|dites [aà]|dis [aà]|decidle a|dile a|"
    r"digam [aà]|diga [aà]|agradecer [aà]o?|mon amie?|mi amig[oa]|minha amiga|meu amigo|"
    r"mention|grateful to|thankyou to|thank you to|saw|seeing|unlike|lady|gentleman|"
    r"agradecid[oa] a|reconnaissante? [aà]|grat[ao] [aà])"
    r"(?:[ \t]+(?:is|was|es|era|est|[eé]tait|[eé]|foi))?" + _GAP + r"\(?",
    re.IGNORECASE,
)
# After these, a capitalised word is a place even if it is not in the list.
PLACE = re.compile(
    r"(?<!\w)(?:i am from|i'm from|im from|i come from|i came from|from the city of|i live in|"
    r"i lived in|living in|we live in|moved to|born in|grew up in|"
    r"soy de|vengo de|vivo en|viv[ií]a en|nac[ií] en|me mud[eé] a|"
    r"je viens de|je suis de|j['\u2019]habite [aà]|j['\u2019]habite en|j['\u2019]habitais [aà]|"
    r"n[eé]e? [aà]|je vis [aà]|"
    r"sou de|venho de|moro em|morava em|nasci em|vivo em|mudei para|"
    r"(?:moved|sent|brought|took|taken|trafficked|transferred)(?: me| us| them)? (?:to|from)|"
    r"near|close to|cerca de|me mandaron a|nos mandaron a|me enviaron a|nos llevaron a|"
    r"pr[eè]s de|envoy[ée]e?s? [aà]|emmen[ée]e?s? [aà]|perto de|"
    r"mandaram-(?:me|nos) para|levaram-(?:me|nos) para)" + _GAP,
    re.IGNORECASE,
)
# First words of compound place names: "Port Louis", "San Pedro", "North Shields", "São Tomé".
GEO_PREFIXES = _words(
    "north south east west new old port san santa são sao saint st ste mount fort lake upper "
    "lower great little nueva nuevo puerto villa vila ciudad ville"
)
# Prepositions after which an ambiguous listed place ("Reading", "Victoria") counts as a place.
PLACE_SOFT = re.compile(r"(?<!\w)(?:from|in|to|near|at|de|en|desde|[aà]|au|em|no|na|para)[ \t]+",
                        re.IGNORECASE)
# After a name, these show the capitalised word is a person ("Aminata la psychologue", "Luz de
# recepción", "Joy from the front desk").
ROLE_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?P<det>the|la|el|le|o|a|l['\u2019]|from the|at the|of the|du|de la|del|da|"
    r"do|de)?"
    r"[ \t]*(?:case ?worker|social worker|support worker|worker|lawyer|solicitor|nurse|doctor|"
    r"counsell?or|therapist|psychologist|manager|officer|volunteer|interpreter|teacher|cleaner|"
    r"cook|driver|director|receptionist|front desk|reception|shelter|kitchen|office|"
    r"abogad[oa]|enfermer[oa]|psic[oó]log[oa]|educador[a]?|voluntari[oa]|directora?|"
    r"recepci[oó]n|albergue|cocina|oficina|avocat[e]?|infirmi[eè]re|psychologue|[eé]ducatrice|"
    r"directrice|directeur|accueil|foyer|cuisine|bureau|advogad[oa]|enfermeira|diretora?|"
    r"rece[çc][aã]o|casa|cozinha|escrit[oó]rio)\b",
    re.IGNORECASE,
)
# A capitalised word joined to a detected name by "and" is a name too ("Jen, Paul and Diane").
AND_NAME = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]*,?[ \t]+(?:and|y|et|e|&|y a|et à|e à|e a)[ \t]+)$",
                      re.IGNORECASE)
CLITICS = _words("me nos te m'a m\u2019a nous lo la")

# Words before a capitalised "May", "Hope", "Will"... that show it is not a person.
NOT_A_PERSON_BEFORE = _words(
    "in on since until till of the a an my our your this that next last by from every each early "
    "late mid en el la los las de del desde hasta le les du des au aux dans depuis em no na do da "
    "os as dos das ao")

# Verbs that, right after a capitalised sentence-initial "Hope" or "Will", make it a person.
PERSON_VERBS = _words(
    "was helped said told gave listened explained called came went never always really made "
    "took showed understood fue ayudó dijo escuchó explicó siempre m'a m\u2019a toujours "
    "foi ajudou "
    "disse explicou ouviu sempre")

MONTHS = _words("may june april august march mayo junio abril agosto marzo mai juin avril "
                   "août mars maio junho março")
NAME_PARTICLES = _words("de da do dos das del della di van von der le la du bin al el")


def cue_ends(pattern: re.Pattern[str], text: str) -> set[int]:
    """Offsets where a word announced by `pattern` would start."""
    return {match.end() for match in pattern.finditer(text)}
