"""Who someone is, in Spanish: where they are from and what they do, and what people are said to
do together.

These are the words a Spanish speaker puts beside a name to say who is meant ("yoana la rumana",
"el agente quintero", "abdelkrim el mediador"), as regex alternatives, and the cues built on
them that `spanish_people` reads.
"""

from __future__ import annotations

import re

DEMONYMS = (
    r"rumana?o?|filipin[oa]|colombian[oa]|venezolan[oa]|hondure[ñn][oa]|salvadore[ñn][oa]|"
    r"guatemaltec[oa]|nicarag[uü]ense|nica|catrach[oa]|mexican[oa]|dominican[oa]|cuban[oa]|"
    r"peruan[oa]|ecuatorian[oa]|bolivian[oa]|paraguay[oa]|uruguay[oa]|argentin[oa]|chilen[oa]|"
    r"brasile[ñn][oa]|haitian[oa]|nigerian[oa]|ghanes[a]?|senegales[a]?|marroqu[ií]|"
    r"argelin[oa]|egipci[oa]|siri[oa]|afgan[oa]|pakistan[ií]|vietnamita|tailandes[a]?|"
    r"ucranian[oa]|rus[oa]|moldav[oa]|b[uú]lgar[oa]|albanes[a]?|polac[oa]|georgian[oa]|"
    r"eritre[oa]|et[ií]ope|somal[ií]|sudanes[a]?|camerunes[a]?|congole[ñn][oa]|marfile[ñn][oa]|"
    r"guinean[oa]|gambian[oa]|african[oa]|espa[ñn]ol[a]?|gring[oa]|paisa|costeñ[oa]|"
    r"venezolan[oa]|chapin[a]?")
ROLES = (
    r"porter[oa]|vigilante|guardia|due[ñn][oa]|jef[ea]|encargad[oa]|coordinador[a]?|maestr[oa]|"
    r"profe|profesor[a]?|ch[oó]fer|chofer|recepcionista|licenciad[oa]|doctor[a]?|m[eé]dic[oa]|"
    r"enfermer[oa]|psic[oó]log[oa]|abogad[oa]|trabajador[a]?|educador[a]?|voluntari[oa]|"
    r"int[eé]rprete|traductor[a]?|cociner[oa]|monja|cura|pastor[a]?|patr[oó]n|patrona|"
    r"coyote|meser[oa]|cajer[oa]|fiscal|jueza?|polic[ií]a|secretari[oa]|director[a]?|"
    r"asistente|tutor[a]?|monitor[a]?|"
    # police and officials, and who helps in a shelter or a clinic
    r"agente|oficial|detective|inspector[a]?|sargento|teniente|comisari[oa]|c[oó]nsul|"
    r"mediador[a]?|consejer[oa]|terapeuta|psiquiatra|pediatra|ginec[oó]log[oa]|dentista|"
    r"sacerdote|misioner[oa]|supervisor[a]?|gerente|capataz|mayordom[oa]|caseworker|"
    r"case[ \t]+manager|manager")
# Words for a young person or a worker that go before her name as a role does: "la niña flor
# de la guarderia", "el chico tesfay", "la muchacha karla".
YOUNG_PEOPLE = r"ni[ñn][oa]|chic[oa]|muchach[oa]|chamac[oa]|morr[oa]|chav[oa]|pelad[oa]"
# Where two people who do something together came from, after the second: "erlin y nelson de
# mecanica", "luz y rosa del comedor".
FROM_PLACE_AFTER = re.compile(r"[ \t]+(?:del|de[ \t]+la|de[ \t]+los|de)[ \t]+[^\W\d_]{3,}",
                              re.IGNORECASE)
# "a yarelis tambien la engañaron", "a maria la conoci en el bus": a person put first with her
# "a", and the pronoun that stands for her before what was done to her.
DONE_TO_AFTER = re.compile(
    r"[ \t]+(?:(?:tambi[eé]n|ya|no|nunca|s[ií]|todav[ií]a)[ \t]+)?(?:l[oa]s?|les?)[ \t]+"
    r"[^\W\d_]{2,}(?:[oó]|aron|ieron|aba|aban|[ií]a|[ií]an|[eé]|amos|imos|[ií])(?!\w)",
    re.IGNORECASE)
PERSONAL_A_JUST_BEFORE = re.compile(r"(?:^|[,;:.!?\n]|(?<!\w)(?:y|pero|que|porque))[ \t]*a[ \t]+$",
                                    re.IGNORECASE)
# What a person did, after them: "me enseñaron", "nos recluto", "me atendio", "le pego".
DID_AFTER = re.compile(
    r"[ \t]+(?:(?:no|nunca|siempre|ya|tambi[eé]n)[ \t]+)?(?:me|nos|te|le|les|lo|la|los|las)"
    r"[ \t]+[^\W\d_]{2,}(?:[oó]|aron|ieron|aba|aban|[ií]a|[ií]an)(?!\w)",
    re.IGNORECASE)
# What someone does to the one speaking: "me escucha", "nos ayuda", "le cobra".
CLITIC_AFTER = re.compile(
    r"[ \t]+(?:(?:no|nunca|siempre|ya|tambi[eé]n)[ \t]+)?(?:me|nos|te|le|les)[ \t]+"
    r"[^\W\d_]{2,}(?!\w)",
    re.IGNORECASE)
# What two people did or are: "me acompañaron", "se fueron", "llegaron", "son mis primas".
PLURAL_AFTER = re.compile(
    r"[ \t]+(?:(?:no|nunca|siempre|ya|tambi[eé]n)[ \t]+)?(?:(?:me|nos|te|le|les|se|lo|la|los|las)"
    r"[ \t]+)?(?:[^\W\d_]{2,}(?:aron|ieron|aban|[ií]an)|son|eran|est[aá]n|estaban)(?!\w)",
    re.IGNORECASE)
# What a person is or does, after a word opening a clause: "yuli se fue", "yuli de la oficina
# fue muy amable", "yuli nunca contesta", "yuli y su hija llegaron".
ACTS_AFTER = re.compile(
    r"[ \t]+(?:(?:del|de la|de los|de)[ \t]+(?:[^\W\d_]+[ \t]+){1,3}?)?"
    r"(?:(?:no|nunca|siempre|ya|tambi[eé]n|todav[ií]a|solo|casi|a veces)[ \t]+){0,2}"
    r"(?:(?:me|nos|te|le|les|lo|la|los|las|se)[ \t]+[^\W\d_]{2,}|y[ \t]+su[ \t]+[^\W\d_]+|"
    r"es|era|fue|est[aá]|estaba|estuvo|tiene|ten[ií]a|tuvo|sabe|sab[ií]a|dice|dec[ií]a|dijo|"
    r"hace|hac[ií]a|hizo|va|iba|viene|ven[ií]a|vino|llega|lleg[oó]|llegaba|trabaja|trabajaba|"
    r"vive|viv[ií]a|habla|hablaba|habl[oó]|ayuda|ayudaba|ayud[oó]|contesta|contest[oó]|llama|"
    r"llam[oó]|cuida|cuidaba|trae|tra[ií]a|trajo|da|daba|dio|quiere|quer[ií]a|puede|pod[ií]a|"
    r"pudo|conoce|manda|mand[oó]|mandaba|sigue|sigui[oó]|cocina|cocinaba|grita|gritaba|cobra|"
    r"cobraba|sali[oó]|entr[oó]|anda|andaba|qued[oó])(?!\w)",
    re.IGNORECASE)
# "me atendio", "me ayudo mucho": the person comes after what they did.
DID_BEFORE = re.compile(
    r"(?<!\w)(?:me|nos|le|les)[ \t]+(?:atendi[oó]|recibi[oó]|ayud[oó]|dijo|explic[oó]|"
    r"acompa[ñn][oó]|trajo|llev[oó]|cont[oó]|salv[oó]|cuid[oó])(?:[ \t]+(?:mucho|bastante|"
    r"tambi[eé]n))?[ \t]+$",
    re.IGNORECASE)
# Calling someone at the end or the start: "te quiero mucho yuli", "yuli, gracias por todo".
FAREWELL_BEFORE = re.compile(
    r"(?<!\w)(?:te (?:quiero|extra[ñn]o|amo)|cu[ií]date|bendiciones)(?:[ \t]+mucho)?"
    r"(?:[ \t]*,)?[ \t]+$",
    re.IGNORECASE)
FAREWELL_AFTER = re.compile(
    r"[ \t]*,[ \t]*(?:gracias|te (?:quiero|extra[ñn]o)|perd[oó]n|cu[ií]date)(?!\w)",
    re.IGNORECASE)
