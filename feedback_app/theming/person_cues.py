"""More phrases that mark a word as a person, in English, Spanish, French and Portuguese.

These are the cues for names that are words first: a nickname made of an adjective and its
article ("el chino", "la flaca"), a grammar word ("will", "bill"), a day or a month ("sunday",
"mai"), a word before "'s room" or "didi". Each cue is something only a person is or does, so a
word that is no one never meets it ("the bill came", "on sunday", "la comida china").
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Adjectives people make a nickname of with their article, "el chino", "la flaca", "o baiano":
# looks, build, colour, where someone is from. As plain keys (no accents).
SPANISH_NICKNAMES = _words(
    "chino china chinito chinita flaco flaca flaquito flaquita gordo gorda gordito gordita "
    "negro negra negrito negrita guero guera guerito guerita chato chata moreno morena morenito "
    "morenita rubio rubia chaparro chaparra pelon pelona pelado gringo gringa cholo chola tuerto "
    "tuerta enano enana zurdo zurda mocho mocha chueco chueca calvo colocho colocha catracho "
    "catracha tico tica paisa costeno costena cubano cubana mexicano mexicana "
    # animals and looks people are known by: "el tigre", "el toro", "la chele", "el cabezon"
    "tigre leon lobo toro gato gata mono mona chivo zorro zorra gallo pollo perico chele "
    "cabezon cabezona orejon orejona mechudo mechuda chelo colocho")
PORTUGUESE_NICKNAMES = _words(
    "baiano baiana gordo gorda negao nego neguinho neguinha loiro loira careca alemao galego "
    "galega baixinho baixinha magrelo magrela japa cearense paraiba mineiro mineira paulista "
    "carioca gaucho gaucha moreno morena branquelo")
# Words before a nickname that stop it being one: "al chino" (the corner shop), "hablo el chino"
# (the language), "en la china", "del negro" (the colour).
NOT_NICKNAME_BEFORE = _words(
    "al del en de hablo habla hablar aprendo aprender estudio estudiar comida restaurante tienda "
    "color falo fala falar aprendi ao do no em cor vestido vestida")
# After an article nickname in a Spanish or Portuguese answer, what shows a person: an object
# pronoun and a verb ("la flaca se quedo", "o baiano me batia"), a verb of the past ("cobraba",
# "cobrava"), "the one who" ("el chino era el que cobraba", "o baiano era quem cobrava"), or a
# verb people do.
NICKNAME_PERSON_AFTER = re.compile(
    # "el gordo y el flaco eran los que", "la güera del turno de noche": another nickname, or
    # where the person works, may come between
    r"(?:[ \t]+(?:y|e)[ \t]+(?:el|la|o|a)[ \t]+[^\W\d_]+)?"
    r"(?:[ \t]+(?:del|de la|do|da)[ \t]+(?:turno|cuarto|piso|albergue|cocina|oficina|"
    r"recepci[oó]n|seguridad|limpieza|comedor|refugio|programa|curso|taller|bar|club|"
    r"barrio|entrada|porter[ií]a|obra|campo|fazenda|quarto|cozinha|portaria)"
    r"(?:[ \t]+de[ \t]+[^\W\d_]+)?(?!\w))?"
    r"(?:[ \t]*,)?[ \t]+(?:(?:no|nunca|siempre|ya|tambi[eé]n|nao|n[aã]o|sempre|tamb[eé]m|j[aá]|que)"
    r"[ \t]+)?(?:(?:me|te|se|nos|le|les|lo|los|lhe|lhes)[ \t]+"
    # not "el negro te queda bien", "el rubio se ve natural": a colour, a hair
    r"(?!(?:queda|quedan|ve|ven|gusta|gustan|encanta|sienta|parece|fica|cai)(?!\w))"
    r"[^\W\d_]{2,}|"
    r"[^\W\d_]{2,}(?:aba|aban|ava|avam)|"
    r"(?:es|era|fue|[eé]|foi)[ \t]+(?:(?:el|la|o|a)[ \t]+que|quien|quem)|"
    r"(?:son|eran|fueron|s[aã]o|eram|foram)[ \t]+(?:(?:los|las|os|as)[ \t]+que|quienes|quem)|"
    r"(?:es|era|fue)[ \t]+(?:muy[ \t]+)?(?:buena onda|buen[oa]|mal[oa]|amable|lind[oa]|"
    r"chevere|bac[aá]n|mala onda|pesad[oa])|"
    # "al negro, el que nos cuidaba la puerta": who he is, set after a comma
    r"(?:el|la|o|a)[ \t]+que[ \t]+(?:(?:me|nos|te|le|les|lo|la|se|nao|n[aã]o|no)[ \t]+)?"
    r"[^\W\d_]{2,}(?:aba|aban|ava|avam|[ií]a|[ií]an|[oó]|ou|aron|ieron)|"
    r"(?:tiene|ten[ií]a|dice|dec[ií]a|dijo|vive|viv[ií]a|sabe|sab[ií]a|quiere|quer[ií]a|manda|"
    r"cobra|trabaja|vino|viene|lleg[oó]|tem|tinha|diz|dizia|disse|mora|morava|sabe|sabia|quer|"
    r"queria|manda|cobra|trabalha|veio|vem|chegou))(?!\w)",
    re.IGNORECASE)
# Before an article nickname, what shows a person: "con el chino", "a la flaca" (the "a" that
# Spanish puts before a person), "donde vive el chato", "com o baiano".
NICKNAME_PERSON_BEFORE = re.compile(
    r"(?<!\w)(?:con|a|contra|com|vive|viv[ií]a|dijo|dec[ií]a|lleg[oó]|mandaba|cobraba|trabaja|"
    r"conoce|conoc[ií]a|mora|morava|disse|chegou|mandava|cobrava|conhece|conhecia|"
    # "el dueño es el chato", "o chefe era o baiano": who someone was
    r"(?:due[ñn][oa]|jef[ea]|patr[oó]n|patrona|encargad[oa]|coyote|dono|dona|chefe|patr[aã]o)"
    r"[ \t]+(?:es|era|fue|[eé]|foi)|"
    # "nos encerraba el chino", "me pegaba la flaca": what someone did to the one speaking,
    # not what a colour or a thing was to her ("me gustaba el negro")
    r"(?:me|nos|te|les)[ \t]+(?!gust|qued|encant|sent|parec|ve[ií]a)[^\W\d_]{2,}"
    r"(?:aba|aban|[ií]a|[ií]an)|"
    # "eso lo hizo el tuerto", "me vendio la flaca", "la droga la traia el flaco": who did it,
    # after what was done
    r"(?:me|nos|te|les|lo|la|le)[ \t]+(?!gust|qued|encant|sent|parec|toc|ve[ií]a)"
    r"[^\W\d_]{2,}(?:[oó]|i[oó]|aron|ieron|aba|[ií]a)|"
    # "el que cobraba era el gordo", "a que mandava era a loira", "el que nos traia era el
    # chino"; not "lo que mas me cuesta es el chino", the language
    r"que[ \t]+[^\W\d_]+[ \t]+(?:es|era|fue|[eé]|foi)|"
    # "la que nos recibio en la oficina fue la güera": where it happened may come between
    r"(?<!\w)(?:el|la|quien|o|a)[ \t]+que[ \t]+(?:[^\W\d_]+[ \t]+){1,6}(?:es|era|fue|[eé]|foi))"
    r"[ \t]+$",
    re.IGNORECASE)
# Words that go before a nickname and belong to it: "big mo", "lil tony", "ti jean" (Haitian).
NICKNAME_PREFIXES = _words("big lil ti")
# Kinship titles that a nickname keeps after "we call", "they call her": "mama joy", "papa
# john", "tata adjoua".
NICKNAME_TITLES = _words("mama papa mami papi mamie auntie aunty uncle tata tonton baba")

# "goodluck was the only one who warned me", "bonheur est la seule qui m a aidee", "o baiano
# era quem cobrava": only a person is the one who did something.
THE_ONE_WHO_AFTER = re.compile(
    r"[ \t]+(?:is|was|es|era|fue|est|[eé]tait|c['\u2019]est|[eé]|foi)[ \t]+"
    r"(?:the (?:only )?one (?:who|that)|(?:el|la) (?:[uú]nic[oa] )?que|quien|"
    r"(?:la seule|le seul|celle|celui) qui|(?:a|o) [uú]nic[oa] que|quem)(?!\w)",
    re.IGNORECASE)
# "who" after a nickname: "le grand qui a pris nos papiers", "el gordo que nos pegaba".
WHO_AFTER = re.compile(r"[ \t]+(?:who|qui|quien|que|quem)[ \t]", re.IGNORECASE)
# Honorifics that follow a name: "sita didi", "ram ji", "bikash dai", "amina aunty".
HONORIFIC_AFTER = re.compile(
    r"[ \t]+(?:didi|dai|bhai|bhaiya|ji|jee|baji|bhabhi|sahib|saab|aunty|auntie)(?!\w)",
    re.IGNORECASE)
# What belongs to a person after "'s": "bisi's room", "tolu's baby", "efe's phone".
POSSESSIVE = re.compile(r"['\u2019]s$", re.IGNORECASE)
POSSESSED_AFTER = re.compile(
    r"[ \t]+(?:room|bed|phone|number|baby|babies|kids|children|son|daughter|husband|wife|mum|"
    r"mom|dad|sister|brother|boyfriend|girlfriend|friend|family|case|lawyer|flat|house|place|"
    r"bag|papers|passport|hair|shift|number)(?!\w)",
    re.IGNORECASE)
# "me and big mo waited", "yo y kenia", "moi et aya", "eu e a flor": beside the one speaking.
WITH_ME_BEFORE = re.compile(r"(?<!\w)(?:me and|me n|i and|yo y|moi et|eu e)[ \t]+$",
                            re.IGNORECASE)
# "with aya kouame", "con yaritza", "avec ti jean", "com a flor".
WITH_BEFORE = re.compile(r"(?<!\w)(?:with|con|avec|com|chez)[ \t]+$", re.IGNORECASE)

# Grammar words that are also given names: a person only where the grammar word cannot stand.
GRAMMAR_WORD_NAMES = _words("will bill")
# After "will" or "bill", a verb in the past: "will said", "bill told me", "the boss bill made
# us sleep". "will" before a verb in the past is never the future ("will call" stays a word).
PAST_VERB_AFTER = re.compile(
    r"[ \t]+(?:(?:never|always|also|just|then|still|really|even)[ \t]+)?"
    # not what a bill does too: "came", "got", "was sent"
    r"(?:said|told|asked|explained|helped|gave|made|took|brought|showed|taught|drove|"
    r"shouted|yelled|promised|warned|texted|messaged|called|rang|answered|replied|"
    r"listened|spoke|cooked|stayed|picked|accompanied|threatened|met|knew|"
    r"sorted|fixed|wrote|filled)(?!\w)",
    re.IGNORECASE)
# After "will" or "bill" opening a sentence, where the person is from or works: "Will at
# reception", "bill from the food bank". The future never takes these.
AT_OR_FROM_AFTER = re.compile(r"[ \t]+(?:from|at|in|on|of)[ \t]+(?:the[ \t]+)?[^\W\d_]",
                              re.IGNORECASE)

# Days and months that are given names too ("Sunday" in Nigeria, "Mai" in Vietnam, "Julio",
# "Domingo"): a person after a title or a kinship word, or when they speak.
CALENDAR_NAMES = _words(
    "sunday monday friday domingo julio junio abril mayo mai avril juin august june april "
    "janvier")
# "my daughter mai", "mi hermano domingo", "ma fille mai": a kinship word before a name.
KIN_BEFORE = re.compile(
    r"(?<!\w)(?:my|our|her|his|mi|mis|su|ma|mon|minha|meu|a minha|o meu)[ \t]+"
    r"(?:daughter|son|sister|brother|cousin|friend|niece|nephew|baby|boy|girl|child|"
    r"hija|hijo|hermana|hermano|prima|primo|amiga|amigo|sobrina|sobrino|beb[eé]|"
    r"fille|fils|s[oœ]eur|fr[eè]re|cousine?|amie?|ni[eè]ce|neveu|"
    r"filha|filho|irm[aã]|irm[aã]o|amiga|amigo|sobrinha|sobrinho|beb[eê])[ \t]*(?:,[ \t]*)?$",
    re.IGNORECASE)
# Speech and acts of a person after a name opening a sentence: "sunday told me", "mai said".
SPOKE_AFTER = re.compile(
    r"[ \t]+(?:(?:has|had|never|always|also|just|then|still)[ \t]+)?(?:said|says|told|tells|"
    r"asked|promised|warned|texted|messaged|helped|drove|took|brought|gave|called|rang|"
    r"dijo|me dijo|me ayud[oó]|m['\u2019 ]a dit|m['\u2019 ]a aid[eé]e?|disse|me ajudou)(?!\w)",
    re.IGNORECASE)
# What shows that a word opening a sentence before "from the ..." is a person: what they did,
# after the place ("patience from the hostel helped me", "esperance du cada m'a trouvé une
# place"). At most four words of place between.
FROM_THEN_PERSON = re.compile(
    r"[ \t]+(?:from the|from|at the|at|de la|del|du|da|do|de l['\u2019 ]?|de)[ \t]*"
    r"(?:[^\W\d_]+[ \t]+){1,4}?"
    r"(?:(?:has|had|never|always|also|just|really|still)[ \t]+)?"
    r"(?:helped|helps|gave|gives|said|says|told|tells|took|takes|brought|brings|showed|drove|"
    r"explained|called|listened|taught|cooked|sorted|"
    r"me (?:ayud[oó]|dijo|dio|llev[oó]|encontr[oó]|explic[oó]|consigui[oó])|nos (?:ayud[oó]|dio)|"
    r"m['\u2019 ]a|m['\u2019 ]avait|nous a|est la seule|est celle|est le seul|est celui|"
    r"me (?:ajudou|deu|levou|arranjou|explicou|encontrou)|nos ajudou)(?!\w)",
    re.IGNORECASE)
# "bonjour, je suis espérance, j'ai 25 ans", "hi i am grace,", "soy rosa, tengo tres hijos":
# the one speaking says who she is, and the clause ends on the name.
SELF_BEFORE = re.compile(r"(?<!\w)(?:i am|i'm|im|je suis|moi c['\u2019 ]est|soy|yo soy|sou|eu sou)"
                         r"[ \t]+$", re.IGNORECASE)
# Spanish puts the subject after the verb: "me dijo la chela que viniera", "nos ayudó el
# pepe", "lo trajo la yeni".
SUBJECT_AFTER_VERB = re.compile(
    r"(?<!\w)(?:dijo|ayud[oó]|trajo|llam[oó]|cont[oó]|explic[oó]|dec[ií]a|lleg[oó]|habl[oó]|"
    r"acompa[ñn][oó]|recibi[oó]|atendi[oó]|regal[oó]|prest[oó]|consigui[oó])[ \t]+(?:el|la)[ \t]+$",
    re.IGNORECASE)
# How an answer is signed: "atte. rosario", "atentamente, luz dary", "bisous, awa".
SIGN_OFF_BEFORE = re.compile(
    r"(?<!\w)(?:atte|att|atentamente|atenciosamente|cordialement|regards|saludos|bisous|besos|"
    r"beijos|abrazos|abra[çc]os|bjs|xoxo)[ \t]*(?:[.,:!][ \t]*)?$",
    re.IGNORECASE)
# A list of people ending with the one speaking: "rose, marvellous and me did the course".
AND_ME_AFTER = re.compile(r"[ \t]+(?:and me|and i|y yo|et moi|e eu)(?!\w)", re.IGNORECASE)
# Given names that open compound given names ("luz marina", "mari carmen", "maria de los
# angeles", "jose luis", "ana belen", "jean claude", "marie ange"): a given name after one of
# them is the rest of the name, even where both are words too.
COMPOUND_HEADS = _words("maria mari ana luz rosa jose juan jean marie anne joao luis julio")
# What follows "maria de", "maria das" in names given for a saint or a feast: "maria das
# graças", "maria do carmo", "maria de la paz", "maria de jesus".
DEVOTIONAL_NAMES = _words(
    "gracas dores neves merces penha conceicao fatima lourdes socorro luz paz gloria carmo "
    "carmen angeles anjos remedios mercedes pilar rosario soledad consolacion consuelo "
    "guadalupe jesus nazare aparecida belem lurdes milagros asuncion assuncao piedade piedad "
    "esperanza esperanca salete")
# Words that are what someone is called, not their name: "gracias mija", "oye mana".
ENDEARMENTS = _words(
    "mija mijo mijita mijito mana mano manita manito amor cari\u00f1o carino corazon reina "
    "linda lindo chula chulo preciosa precioso hermosa hermoso guapa guapo nena nene flaca "
    "chama chamo pana parce parcera carnal compa hermana hermano querida querido vieja viejo "
    "negrita negrito gorda gordo cielo bebe bro sis mami papi amiga amigo "
    # who someone is, thanked for what they did: "gracias oficial", "gracias doctora"
    "oficial officer doctor doctora doc profe profesora maestra maestro jefe jefa seño "
    "licenciada licenciado abogada abogado")
# The most common Chinese family names, and the shape of a syllable of a Chinese given name in
# pinyin: "Li Na", "Wang Fang", "Zhang Wei" are a family name, then a given name of one syllable
# that is often a word of another language too ("Na", "Mei", "Le"). Written for the project from
# general knowledge of common Chinese family names.
CHINESE_SURNAMES = _words(
    "li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng "
    "liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye "
    "cheng wei su lu ding ren shen yao jin fu zhong cui tan")
PINYIN_SYLLABLE = re.compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|"
    r"ui|er|a|o|e|i|u)")
