"""Phrases in English, Spanish, French and Portuguese that announce a person's name or a place.

All languages' cues are always applied: survivors mix languages, and a Spanish cue in an English
answer still announces a name.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    """Split a space-separated word list (kept as prose so it reads like the language)."""
    return frozenset(text.split())


_GAP = r"[ \t]*(?:[,:\-\u2013][ \t]*)?"
# "my name is maria" is a name even in lower case: the strongest cue.
INTRO = re.compile(
    r"(?<!\w)(?:my name is|my name's|my names|my name|i am called|i'm called|"
    r"me llamo|mi nombre es|je m['\u2019 ]appelle|mon nom est|mon pr[eé]nom est|"
    r"meu nome [eé]|o meu nome [eé]|me chamo|chamo-me|eu me chamo|"
    r"her name is|his name is|her name was|his name was|her name's|his name's|su nombre es|"
    r"su nombre era|mi nombre era|son nom c['\u2019 ]est|son nom est|son pr[eé]nom c['\u2019 ]est|"
    r"o nome dela era|o nome dele era|se llama|"
    r"elle s['\u2019 ]appelle|il s['\u2019 ]appelle|o nome dela [eé]|o nome dele [eé]|"
    r"ela se chama|ele se chama|chama-se|"
    # Romanian and Albanian: "ma numesc ioana", "numele meu e", "emri im eshte", "quhem"
    r"m[aă] numesc|m[aă] cheam[aă]|numele meu (?:e|este)|pe (?:el|ea) (?:il|o) cheam[aă]|"
    r"(?:il|o) chema|emri im (?:[eë]sht[eë]|[eë]|ishte)|un[eë] quhem|quhem|(?:ai|ajo) quhet|"
    r"quhej|une jam)" + _GAP,
    re.IGNORECASE,
)
# What people are called: a name even when it is a word in another language ("llámame bless").
NICKNAME = re.compile(
    # "was called el flaco": a Spanish nickname keeps its article in any language
    r"(?<!\w)(?:(?:is|was|were|are|be|got|get) called[ \t]+(?:el|la)|"
    r"they call me|call me|everyone calls me|people call me|known as|"
    r"call(?:ed|s)? (?:him|her)|is called|was called|are called|"
    r"le llam[aá]bamos|la llam[aá]bamos|le dec[ií]amos|la dec[ií]amos|se llamaba|"
    r"on l['\u2019 ]appelait|elle s['\u2019 ]appelait|il s['\u2019 ]appelait|"
    r"cham[aá]vamos-lhe|chamavam-lhe|se chamava|chamava-se|"
    # "una señora llamada esperanza"; "una llamada importante" is a phone call
    r"(?:se[ñn]or[a]?|mujer|hombre|chic[oa]|chav[oa]|muchach[oa]|ni[ñn][oa]|persona|tip[oa]|"
    r"amig[oa]|compa[ñn]er[oa]|licenciad[oa]|doctor[a]?|abogad[oa])[ \t]+llamad[oa]|"
    # "un tal chucho", "une certaine awa": someone known by that name alone
    r"un tal|una tal|el tal|la tal|um tal|uma tal|un certain|une certaine|a certain|"
    r"me dicen|ll[aá]mame|me llaman|todos me llaman|on m['\u2019 ]appelle|appelle-moi|"
    r"appelez-moi|me chamam(?: de)?|me chama de|chama-me|chamam-me|todos me chamam(?: de)?|"
    r"we call(?:ed)?|they call(?:ed)?|"
    # A nickname often keeps its article: "se hace llamar el flaco", "le dicen la chata".
    r"(?:se hace llamar|se hac[ií]a llamar|le dicen|la dicen|le dec[ií]an|la dec[ií]an|"
    r"apodad[oa]|alias|conocid[oa] como|on l['\u2019 ]appelle|surnomm[eé]e?|chamad[oa] de|"
    r"qu['\u2019 ]on appel(?:le|ait)|qu['\u2019 ]ils appel(?:lent|aient)|on appelait|"
    r"apelidad[oa](?: de)?|o apelido (?:era|[eé])|a gente chamava|"
    # "ii zice lumea Tarzan", "noi ii ziceam Dor", "i thoshin Toni", "e thirrnim Zeza"
    r"(?:[iî]i|[iî]l|o) (?:ziceam|ziceau|zicea|zicem|zice|spuneau|spune|strigau|strig[aă])"
    r"(?: lumea| toti| toat[aă] lumea)?|m[aă] strigau|(?:imi|îmi) zice lumea|"
    r"(?:i|e|ia|ja) (?:thon[eë]|thoshin|thoshim|thërrasin|therrasin|thërrisnin|therrisnin|"
    r"thirrnim|thirrnin)|e quanin|e quajn[eë]|e quanim)"
    r"(?:[ \t]+(?:el|la|le|o|a))?)"
    # a nickname is often written in quotes: 'i thone "Topi"', 'they call him "Big Man"'
    + _GAP + r"[\"\u201c\u201e\u00ab]?",
    re.IGNORECASE,
)
# Portuguese puts an article before a name ("a Vitória ajudou-me", "pergunte pelo Nguyen").
NAME_ARTICLE = re.compile(r"(?<!\w)(?:o|a|pelo|pela|ao|[aà]|com o|com a|do|da|pro|pra)[ \t]+")
# Titles are matched case-sensitively: "Dr Smith", "Sra. García", "M. Dupont", "Mme Martin".
TITLE = re.compile(
    r"(?<!\w)(?i:mr|mrs|ms|dr|dra|sr|sra|srta|mme|mlle|ma[iî]tre|prof)\.?[ \t]+|"
    r"(?<!\w)(?:Mr|Mrs|Ms|Miss|Mx|Dr|Dra|Prof|Profa|Sr|Sra|Srta|Dña|Doña|Don|Dona|Mme|Mlle|Mmes|"
    r"Sister|Father|Pastor|Officer|Judge|Madame|Monsieur|Mademoiselle|Señor|Señora|Señorita|"
    r"Senhor|Senhora|Doutor|Doutora|Docteur|Auntie|Aunty|Aunt|Uncle|Mama|Mum|Papa|Brother|"
    r"Sis|Bro|Madam|Imam|Sheikh|Alhaji|Hajia|Chief|Coach|Tía|Tío|Tia|Tio|Tata|Tonton|Tante|"
    r"Seu|Abuela|Abuelo|Avó|Avô|Mamie|Papi|Mami|"
    r"Doamna|Domnul|Dna|Dl|Dra|Nea|Tanti|Nenea|Zonja|Zoti|Znj|Frau|Herr|Signora|Kyria|Kyrios)"
    r"\.?[ \t]+|(?<![\w.])M\.[ \t]*|"
    # "thank u miss joy", not "i miss joy"
    r"(?i:(?<!\w)(?<!\bi )(?<!\bwe )(?<!\byou )(?<!\bthey )(?<!\bso )(?<!\bstill )"
    r"(?<!\breally )(?<!\bdont )(?<!\bwill )miss)[ \t]+|"
    r"(?<!\w)(?i:se[ñÑ]o|[ñÑ]a|[ñÑ]o|profe|lic|licda|licenciad[oa])\.?[ \t]+|"
    r"(?<!\w)(?i:auntie|aunty|uncle|mama|sister|brother|madam|imam|pastor|t[ií]a|t[ií]o|tata|"
    r"tonton|dona|seu|sra|sr|dr|doctor|docteur|doutora?|madame|monsieur|sor|don|do[ñn]a|maman|"
    r"irm[aã]|madrinha|padrinho|madrina|padrino|hermana|hermano|s[oœ]eur|fr[eè]re|"
    # Romanian and Albanian titles; "doamnei", "domnului" say to whom, "zonjen" whom
    r"doamna|doamnei|domnul|domnului|dna|dl|nea|nenea|tanti|parintele|p[aă]rintele|"
    r"zonja|zonj[eë]n|zonj[eë]s|zoti|zotin|z\.|halla|hall[eë]n|daja|teta|xhaxhi|xhaxhai)[ \t]+"
)
# Roles and phrases after which a capitalised word is a person ("my lawyer, Ana").
ROLE = re.compile(
    r"(?<!\w)(?:case ?worker|social worker|support worker|key ?worker|worker|lawyer|solicitor|"
    r"attorney|advocate|nurse|doctor|counsell?or|therapist|psychologist|manager|officer|"
    r"volunteer|interpreter|translator|teacher|trainer|tutor|advis[eo]r|mentor|coordinator|"
    r"sponsor|receptionist|staff member|named|called|ask for|asked for|thanks to|thank you|"
    r"thank|thanks|"
    r"boss|supervisor|(?:night|day) staff|madam|trainee|judge|"
    r"encargad[oa]|jef[ea]|juez[a]?|jueza|gerente|supervisora|secretari[oa]|cocinera?|"
    r"patr[oó]n|patrona|licenciad[oa]|"
    r"coordinatrice|juriste|psy|patronne|cuisini[eè]re|secr[eé]taire|stagiaire|"
    r"estagi[aá]ri[oa]|patr[aã]o|patroa|cozinheira|secret[aá]ria|"
    r"trabajador[a]? social|abogad[oa]|enfermer[oa]|doctora|m[eé]dic[oa]|psic[oó]log[oa]|"
    r"educador[a]?|voluntari[oa]|int[eé]rprete|traductor[a]?|profesor[a]?|monitor[a]?|"
    r"orientador[a]?|coordinador[a]?|gracias a|se llama|llamad[oa]|"
    r"assistante? sociale?|avocat[e]?|infirmi[eè]re?|m[eé]decin|docteur|psychologue|"
    r"[eé]ducat(?:eur|rice)|b[eé]n[eé]vole|interpr[eè]te|traduct(?:eur|rice)|format(?:eur|rice)|"
    r"conseill(?:er|[eè]re)|merci [aà]|s['\u2019 ]appelle|appel[eé]e?|"
    r"assistente social|advogad[oa]|enfermeir[oa]|doutor[a]?|volunt[aá]ri[oa]|tradutor[a]?|"
    r"obrigad[oa](?: [aà]| ao)?|se chama|chama-se|chamad[oa]|"
    r"tell|told|ask|asked|thank|my friend|remercier|dites [aà]|dis [aà]|decidle a|dile a|"
    r"digam [aà]|diga [aà]|agradecer [aà]o?|mon amie?|mi amig[oa]|minha amiga|meu amigo|"
    r"mention|grateful to|thankyou to|thank you to|saw|seeing|unlike|lady|gentleman|"
    r"agradecid[oa] a|reconnaissante? [aà]|grat[ao] [aà]|"
    r"(?:my|our|her|his|their|mi|mis|su|nuestr[oa]|ma|mon|mes|notre|sa|minha|meu|a minha|"
    r"o meu|nossa|nosso)[ \t]+"
    r"(?:daughter|son|wife|husband|sister|brother|mother|mum|mom|father|dad|cousin|aunt|"
    r"auntie|uncle|niece|nephew|friend|neighbou?r|roommate|room-mate|flatmate|partner|"
    r"boyfriend|girlfriend|baby|child|boy|girl|colleague|boss|"
    r"hija|hijo|esposo|esposa|marido|mujer|hermana|hermano|madre|mam[aá]|padre|pap[aá]|prima|"
    r"primo|t[ií]a|t[ií]o|sobrina|sobrino|vecina|vecino|compa[ñn]era|compa[ñn]ero|novio|novia|"
    r"pareja|beb[eé]|ni[ñn]a|ni[ñn]o|jefa|jefe|pana|parce|parcera|compa|carnal|cuate|chamo|"
    r"chama|"
    r"fille|fils|mari|femme|s[oœ]eur|fr[eè]re|m[eè]re|p[eè]re|cousine?|tante|oncle|ni[eè]ce|"
    r"neveu|voisine?|coloc|colocataire|copine|copain|coll[eè]gue|patronne?|"
    r"filha|filho|esposa|mulher|irm[aã]|irm[aã]o|m[aã]e|pai|tia|tio|sobrinha|sobrinho|"
    r"vizinha|vizinho|colega|namorad[oa]|beb[eê]|chefe|patr[aã]o)"
    # "mi compañera de cuarto es blessing": who she shares a room or a job with
    r"(?:[ \t]+de[ \t]+(?:cuarto|piso|trabajo|celda|habitaci[oó]n|quarto|trabalho))?|"
    r"ask for|ask|asked|pregunta por|pregunta a|pregunten por|preguntad por|pregunte por|"
    r"demandez|demande|demandez [aà]|demande [aà]|pergunte pelo|pergunte pela|pergunta ao|"
    r"pergunta [aà]|perguntem ao|perguntem [aà]|pergunta pelo|pergunta pela|fala pro|fala pra|"
    r"fala com|falar com|habla con|hablar con|parle [aà]|parlez [aà]|talk to|speak to|"
    r"texted|messaged|phoned|rang|met|visited|hugged|miss|missed|"
    r"le dije a|le escrib[ií] a|llam[eé] a|vi a|conoc[ií] a|habl[eé] con|extra[ñn]o a|"
    r"j['\u2019]ai vu|j['\u2019]ai appel[eé]|j['\u2019]ai rencontr[eé]|"
    r"falei pr[ao]|falei com|liguei pr[ao]|liguei para [ao]|conheci [ao]|vi [ao]|"
    r"gracias|merci|obrigad[ao]|shout out to|shout out a|big up|"
    r"joindre|contacter|contactez|liga pra|liga para|ligar pra|ligar para|ligue pra|ligue para|"
    # a whole word: "doctor" must not stop inside "doctora reyes"
    r"llama a|llamar a|llamen a|ll[aá]mele a|text|whatsapp|"
    # Romanian: kin and roles with their article ("sora mea", "avocata"), "lui" before a man
    r"(?:sora|mama|fiica|verisoara|veri[sș]oara|prietena|colega|vecina|m[aă]tu[sș]a|bunica|"
    r"nepoata|so[tț]ia|iubita)[ \t]+mea|(?:fratele|tat[aă]l|tata|fiul|v[aă]rul|prietenul|"
    r"colegul|vecinul|unchiul|bunicul|nepotul|so[tț]ul|iubitul|caseworkerul)[ \t]+meu|"
    r"avocata|avocatul|asistenta|asistentul|psihologa|psihologul|interpreta|interpretul|"
    r"doctori[tț]a|profesoara|profesorul|patronul|patroana|[sș]eful|[sș]efa|politistul|"
    r"poli[tț]istul|mul[tț]umesc(?![ \t]+(?:din|mult|frumos|pentru|pt)(?!\w))|mersi|"
    r"i-am zis|i-am spus|lui)(?!\w)"
    r"(?:[ \t]+(?:is|was|es|era|est|[eé]tait|[eé]|foi))?" + _GAP + r"\(?|"
    # Albanian: kin with "ime", "im" ("motra ime", "vellai im"), roles, "i thashe"; an "e" after
    # them is "of" or "her", never the Portuguese "é" ("i thashe erindit", "mësuesja e italishtes")
    r"(?<!\w)(?:(?:motra|n[eë]na|mamaja|vajza|shoqja|mbesa|kush[eë]rira|halla|teta|gruaja|"
    r"e fejuara|fqinja|kolegia)[ \t]+ime|(?:v[eë]llai|babai|djali|shoku|nipi|kush[eë]riri|daja|"
    r"xhaxhai|burri|i fejuari|fqinji|kolegu)[ \t]+im|avokatja|avokati|psikologia|psikologu|"
    r"m[eë]suesja|m[eë]suesi|p[eë]rkthyesja|p[eë]rkthyesi|p[eë]rkthyesin|operatorja|"
    r"punonj[eë]sja sociale|punonj[eë]si social|shefi|shefja|faleminderit|falemnderit|flm|"
    r"i thash[eë]|pyesni|pyet)(?!\w)" + _GAP + r"\(?",
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
# "In" in Arabic, and in Arabic typed in Latin letters, before a town written in Latin letters:
# "في Utrecht", "fi foyer fi Paris", "kont f Tanger", "sakna b Jounieh". A listed given name
# there is still a person ("fi Nadia bel markaz": there is Nadia at the centre).
PLACE_IN_ARABIC = re.compile(
    r"(?<!\w)(?:(?:في|فى)(?=[ \t]+[A-Z])|(?:fi|fel|f|bi|b)(?=[ \t]+[A-Z][a-z]))[ \t]+")
# First words of compound place names: "Port Louis", "San Pedro", "North Shields", "São Tomé".
GEO_PREFIXES = _words(
    "north south east west new old port san santa são sao saint st ste mount fort lake upper "
    "lower great little nueva nuevo puerto villa vila ciudad ville"
)
# Prepositions after which an ambiguous listed place ("Reading", "Victoria") counts as a place.
PLACE_SOFT = re.compile(r"(?<!\w)(?:from|in|to|near|at|de|en|desde|[aà]|au|em|no|na|para)[ \t]+",
                        re.IGNORECASE)
# After a name, these show the capitalised word is a person ("Aminata la psychologue", "Luz de
# recepción", "Joy from the front desk", "Faith the night worker", "Claire de l'accueil").
ROLE_AFTER = re.compile(
    r"[ \t]*(?:,[ \t]*)?(?:(?P<det>(?:the|la|el|le|o|a|from the|from|at the|at|of the|du|"
    r"de la|del|da|do|de|la de|el de|in the|in|on the|en la|en el|en|au|"
    r"[aà] la|[aà]|na|no|our|my|mi|nuestra|nuestro|notre|ma|mon|minha|meu|nossa|"
    r"nosso)[ \t]+|(?:de |[aà] )?l['\u2019])(?:[^\W\d_]+[ \t]+){0,2}?)?"
    # a word or two may sit between a determiner and the role ("the night worker"), never
    # without one ("Lovely friendly staff" is no one)
    r"(?:assistante? sociale?|assistente social|trabajador[a]? social|psy|m[eé]diat(?:eur|rice)|"
    r"motorista|chauffeur|conductor[a]?|key ?worker|case ?worker|social worker|support worker|"
    r"worker|lawyer|"
    r"solicitor|nurse|doctor|lead|practitioner|podiatrist|physio(?:therapist)?|consultant|"
    r"midwife|carer|gp|psychiatrist|dentist|pharmacist|"
    r"counsell?or|therapist|psychologist|manager|officer|volunteer|interpreter|teacher|cleaner|"
    r"cook|driver|director|receptionist|front desk|reception|shelter|kitchen|office|"
    r"cocinera|cocinero|cuisini[eè]re|cuisinier|cozinheira|cozinheiro|coordinatrice|"
    r"abogad[oa]|enfermer[oa]|psic[oó]log[oa]|educador[a]?|voluntari[oa]|directora?|"
    r"recepci[oó]n|albergue|cocina|oficina|avocat[e]?|infirmi[eè]re|psychologue|[eé]ducatrice|"
    r"directrice|directeur|accueil|foyer|cuisine|bureau|advogad[oa]|enfermeira|diretora?|"
    r"rece(?:p)?[çc][aã]o|casa|cozinha|escrit[oó]rio|team|group|community|organi[sz]ation|"
    r"interpreter|translator|guard|cleaner|cook|staff|charity|church|mosque|"
    r"hostel|food bank|centre|center|hotline|helpline|council|project|programme|program|clinic|"
    r"comedor|refugio|centro|fundaci[oó]n|asociaci[oó]n|parroquia|iglesia|asso|centre|"
    r"cantine|permanence|refeit[oó]rio|associa[cç][aã]o|"
    r"equipo|grupo|comunidad|organizaci[oó]n|int[eé]rprete|traductora?|guardia|limpieza|"
    r"[eé]quipe|groupe|communaut[eé]|association|interpr[eè]te|traductrice|veilleuse|"
    r"veilleur|infirmier|b[eé]n[eé]vole|s[eé]curit[eé]|"
    r"equipa|comunidade|organiza[çc][aã]o|tradutora?|seguran[çc]a|volunt[aá]ri[oa]|"
    r"enfermeiro|abrigo|igreja|"
    r"daughter|wife|husband|sister|brother|mother|cousin|aunt|uncle|niece|nephew|friend|"
    # "gift my son is 6 now"; "son" alone is Spanish "they are" and French "his"
    r"(?:(?<=my )|(?<=our )|(?<=his )|(?<=her ))(?:son|dad|mum|mom|father|kids)|"
    r"neighbou?r|roommate|flatmate|partner|boyfriend|girlfriend|colleague|"
    r"hija|hijo|esposa|esposo|marido|hermana|hermano|madre|prima|primo|t[ií]a|t[ií]o|vecina|"
    r"vecino|amiga|amigo|compa[ñn]era|compa[ñn]ero|novia|novio|"
    r"fille|fils|femme|mari|s[oœ]eur|fr[eè]re|m[eè]re|cousine?|tante|oncle|voisine?|amie?|copine|"
    r"filha|filho|irm[aã]o?|m[aã]e|vizinh[ao]|amig[ao]|namorad[ao]|colega|"
    r"police officer|policeman|policewoman|cop|polic[ií]a|agente|policier|polici[eè]re|gendarme)\b",
    re.IGNORECASE,
)
# A capitalised word joined to a detected name by "and" is a name too ("Jen, Paul and Diane").
# (The comma and the spaces before it are one optional piece: "(?:[ \t]*,)?[ \t]+" could split a
# run of spaces in every way, and the gap between two words is read once per word.)
AND_NAME = re.compile(r"(?:[ \t]*,[ \t]*|(?:[ \t]*,)?[ \t]+"
                      r"(?:and|y|et|e|&|y a|et à|e à|e a|ni|ni a|"
                      # Albanian "dhe", Romanian "si", "și"
                      r"dhe|si|și)"
                      r"[ \t]+)$",
                      re.IGNORECASE)

# Words before a capitalised "May", "Hope", "Will"... that show it is not a person.
NOT_A_PERSON_BEFORE = _words(
    "in on since until till of the a an my our your this that next last by from to every each "
    "early late mid red en el la los las de del desde hasta le les du des au aux dans depuis em "
    "no na "
    "do da "
    "os as dos das ao")

MONTHS = _words("may june april august march mayo junio abril agosto marzo mai juin avril "
                "août mars maio junho março")
NAME_PARTICLES = _words(
    "de da do dos das del della di van von der den ten ter le la du bin bint binti bent ibn ben "
    "al el abu abou ould dela delos delas los las mac mc st")
# After a capitalised word, these show a person ("Bishnu told me", "Espérance m'a aidée",
# "Thanh et moi").
PERSON_VERB_AFTER = re.compile(
    r"(?:[ \t]*,)?[ \t]+(?:(?:has|had|is|was|would|will|never|always|really|also|just|then|still|"
    r"did not|didn['\u2019]t|didnt|does not|doesn['\u2019]t|doesnt|nunca|siempre|tambi[eé]n|"
    r"ya|no|ne|"
    r"jamais|toujours|aussi|sempre|tamb[eé]m|j[aá]|n[aã]o)[ \t]+)?"
    r"(?:said|says|told|tells|helped|helps|gave|gives|showed|shows|explained|explains|called|"
    r"come|answer|reply|call|help|teach|bring|give|tell|explain|message|messages|messaged|"
    # "nos cobraba", "nous frappait", "me batia": an object pronoun, then what someone did
    r"(?:me|nos|te|le|les|lo|m['\u2019]|nous|lui|l['\u2019])[ \t]*[^\W\d_]{2,}"
    r"(?:aba|aban|ait|aient|ava|avam)|"
    r"(?:me|nos) [^\W\d_]+i?[oó](?!\w)|"
    r"calls|rang|came|comes|took|takes|taught|teaches|brought|brings|stayed|listened|listens|"
    r"shouted|yelled|answered|replied|promised|asked|found|met|drove|accompanied|works|worked|"
    r"speaks|spoke|knows|knew|cooks|cooked|started|lives|lived|got|went|made|understood|wants|"
    r"wanted|sent|shared|stole|hit|threatened|looks after|looked after|picked|"
    r"me (?:dijo|ayud[oó]|llam[oó]|habl[oó]|busc[oó]|dio|ense[ñn][oó]|llev[oó]|trajo|"
    r"acompa[ñn][oó]|explic[oó]|grit[oó]|ech[oó])|dijo|ayud[oó]|llam[oó]|habl[oó]|busc[oó]|"
    r"se qued[oó]|trabaja|habla|vino|viene|cocina|sabe|dice|dec[ií]a|cuenta|contaba|quiere|"
    r"pide|explica|manda|mandaba|grita|gritaba|cobra|cobraba|"
    r"nos (?:llevaba|guardaba|daba|tra[ií]a|"
    r"ayud[oó]|dijo|ense[ñn]aba)|"
    r"m['\u2019 ]a|m['\u2019 ]avait|nous a|nous avait|a dit|a aid[eé]|est venue?|[eé]tait|"
    r"nous (?:apportait|emmenait|gardait|aidait|parlait|criait)|me parle|parle|vient|travaille|"
    r"conna[iî]t|appelle|apportait|"
    r"me (?:ajudou|disse|ligou|levou|arranjou|mostrou|deu|explicou|acompanhou|ensinou)|"
    r"ajudou(?:-me|-nos)?|disse|ligou|levou|ficou|trabalha|fala|trazia|arranjou|mostrou|deu|"
    r"explicou|sabe|conhece|vem|veio|cozinha|ensinou)(?!\w)",
    re.IGNORECASE,
)
# What someone did, after a name, in Albanian and Romanian: a pronoun ("me", "m'", "na"; "m-a",
# "mi-a", "ne-a") and a verb in the past ("Valoni m'tha", "Yllka me ndihmoi", "Beni na
# kontrollonin telefonat", "Codru m-a ajutat", "Gigi ne batea"), or a verb that only people do.
OWN_PERSON_VERB_AFTER = {
    "sq": re.compile(
        r"(?:[ \t]*,)?[ \t]+(?:(?:nuk|s['\u2019]?|vetem|gjithmone|prap[eë]?)[ \t]+)?"
        r"(?:(?:m[eë]|m['\u2019]|na|ma|na i|m['\u2019]i|ia)[ \t]*[^\W\d_]{1,20}"
        r"(?:oi|ti|nte|te|nin|shin|ha|ka|ri|ni|on|ur)"
        r"|tha|foli|qan|qeshi|erdhi|punon|punonte|flet|fliste|thote|thoshte|tha se)(?!\w)",
        re.IGNORECASE),
    "ro": re.compile(
        r"(?:[ \t]*,)?[ \t]+(?:(?:nu|mereu|tot|iar)[ \t]+)?"
        r"(?:(?:mi|m|ne|ti|ți|i|le|l|v|ni)-a[ \t]+[^\W\d_]{2,20}"
        r"|(?:ne|ma|mă|imi|îmi|ne mai)[ \t]+[^\W\d_]{2,20}ea"
        r"|a zis|a spus|zicea|spunea|lucreaza|lucrează|vorbea|plangea|plângea)(?!\w)",
        re.IGNORECASE),
}
# "carmen es muy buena", "pepe que ya...": what follows a name after "my caseworker", "tell".
COPULA_AFTER = re.compile(r"[ \t]+(?:is|was|are|were|has|had|es|era|son|eran|est|[eé]tait|a|[eé]|"
                          r"sont|foi|s[aã]o|est[aá]|"
                          r"que|qu['\u2019]|that)(?!\w)", re.IGNORECASE)
# "tell grace i am sorry", "dile a paz que...": after someone addressed, a new clause.
PRONOUN_AFTER = re.compile(r"[ \t]+(?:i|i'm|im|that|she|he|we|they|you|u|yo|que|qu['\u2019]|je|"
                           r"j['\u2019]|eu|who|quien|qui|quem)(?!\w)", re.IGNORECASE)
# "i told rosa about it", "tell grace how much": what one tells a person or asks of one.
TOLD_ABOUT_AFTER = re.compile(r"[ \t]+(?:about|everything|how|why)(?!\w)", re.IGNORECASE)
# "Mark is amazing", "Sue has been a massive help": how people speak of a person, not a thing.
PRAISE_AFTER = re.compile(
    r"[ \t]+(?:is|was|has been|as been|have been|is being|has|is always|is so|is very|"
    r"es|fue|ha sido|est|a [eé]t[eé]|[eé]|foi|tem sido)[ \t]+(?:a |an |so |very |really |"
    r"always |just |the best|muy |tr[eè]s |toujours |muito |sempre )?(?:amazing|great|lovely|"
    r"brilliant|fantastic|wonderful|excellent|fab|kind|helpful|supportive|understanding|"
    r"patient|caring|friendly|nice|good|rude|horrible|unhelpful|massive|star|absolute|"
    r"incre[ií]ble|genial|amable|maravillos[oa]|super|g[eé]nial|gentille?|formid?able|"
    r"incr[ií]vel|[oó]tim[oa]|querid[oa]|simp[aá]tic[oa]|man|woman|lady|guy|girl|"
    r"(?:my|our|mi|ma|mon|notre|minha|meu|nossa|nosso)[ \t]+(?:daughter|son|wife|husband|sister|"
    r"brother|mother|cousin|friend|neighbou?r|roommate|partner|lawyer|caseworker|case worker|"
    r"keyworker|key worker|interpreter|doctor|nurse|teacher|hija|hijo|esposa|marido|hermana|"
    r"hermano|madre|prima|primo|amiga|amigo|vecina|abogad[ao]|fille|fils|femme|mari|s[oœ]eur|"
    r"fr[eè]re|m[eè]re|cousine?|amie?|voisine?|avocate?|filha|filho|mulher|irm[aã]o?|m[aã]e|"
    r"amig[ao]|vizinh[ao]|advogad[ao]))(?!\w)",
    re.IGNORECASE,
)
AND_WORDS = _words("and y et e ni")
# Thanks go to people: after these even a word that is a name counts ("thanks to favour").
THANKS = re.compile(
    r"(?<!\w)(?:thanks to|thank you to|(?:thank you|thank u|thanks|thx)(?:[ \t]+(?:so|very|soo+)"
    r"[ \t]+much)?|thank|big thanks to|shout out to|shout out a|big up|"
    r"gracias a|gracias|merci [aà]|merci|obrigad[oa] [aà]|obrigad[oa] ao|obrigad[oa]|"
    # "multumesc din suflet", "multumesc mult" thank no one by name
    r"obg|obgd[oa]?|brigad[oa]|mul[tț]umesc(?![ \t]+(?:din|mult|frumos|pentru|pt)(?!\w))|"
    r"mersi|ms|faleminderit|falemnderit|flm|"
    r"rrofsh)(?!\w)"
    r"[ \t,!]*",
    re.IGNORECASE)
# "Rose from the red cross", "Luz del comedor", "Claire de la cimade", "Vitória do centro".
FROM_AFTER = re.compile(r"[ \t]+(?:(?:from the|from|de la|del|du|da|do|das|dos|des)[ \t]+|"
                        r"de l['\u2019 ])[^\W\d_]", re.IGNORECASE)
# What may follow a name in a list of people: "and", "are my roommates", "y yo", "sont parties".
LIST_GOES_ON = re.compile(
    r"[ \t]+(?:and|y|et|e|are|were|both|all|share|shared|have|had|live|lived|work|worked|"
    r"son|eran|est[aá]n|viven|trabajan|sont|[eé]taient|vivent|travaillent|s[aã]o|eram|moram|"
    r"trabalham|est[aã]o)(?!\w)", re.IGNORECASE)
# After a list of people: "gift, precious and faith are my roommates", "peace and happiness are
# sisters", "joy and comfort share the room", "constance et patience sont parties".
# It starts at the first space of a run only: tried at every space of 30,000 it took minutes.
PEOPLE_AFTER_LIST = re.compile(
    r"(?<![ \t])[ \t]+(?:(?:are|were|r|son|eran|sont|[eé]taient|s[aã]o|eram)[ \t]+"
    r"(?:(?:my|our|both|all|the|mis|nuestras|nuestros|las|los|mes|nos|les|minhas|meus|as|os)"
    r"[ \t]+)?(?:roommates|"
    r"room-mates|flatmates|friends|sisters|brothers|cousins|colleagues|neighbou?rs|twins|"
    r"amigas|amigos|hermanas|hermanos|primas|primos|compa[ñn]eras|compa[ñn]eros|vecinas|"
    r"amies|amis|s[oœ]eurs|fr[eè]res|cousines|coll[eè]gues|voisines|parties|partis|"
    r"irm[aã]s|irm[aã]os|colegas|vizinhas)|share|shared|comparten|compartimos|"
    r"partagent|partilham|dividem|and me|and i|y yo|et moi|e eu)(?!\w)",
    re.IGNORECASE)
# Prepositions that open a phrase of place or aim, not of who someone is: "a la policia", "at the".
NOT_APPOSITION = re.compile(r"(?:a|[aà]|at|in|on|to|en|na|no|au|aux)(?:[ \t]|l['\u2019]|$)",
                            re.IGNORECASE)
# God by any name is no one a survivor could be found by: "que Diosito me la bendiga".
NOT_PERSONS = _words("god allah dios diosito diosita dieu deus jesucristo cristo christ "
                     "dumnezeu dumnezeule doamne allahu zoti zotit zotin zot perendia")
# Names that are abstract nouns too: "patience from the staff" is what the staff showed.
ABSTRACT_NOUN_NAMES = _words(
    "hope faith peace love joy comfort mercy patience justice success wisdom happiness grace "
    "goodness charity favour favor blessing esperanza paz fe esperance espérance esperanca "
    "esperança")
# "blessing said", "grace told me": words only a person says or does, right after the name.
SPEECH_AFTER = re.compile(
    r"[ \t]+(?:(?:has|had|never|always|also|just|then|still)[ \t]+)?(?:said|says|told|tells|"
    r"asked|promised|warned|texted|messaged|called me|rang me|helped me|helps me|gave me|"
    r"gives me|showed me|took me|takes me|teach|teaches|taught|dijo|me dijo|me ayud[oó]|"
    r"m['\u2019 ]a dit|m['\u2019 ]a aid[eé]e?|disse|me ajudou)(?!\w)",
    re.IGNORECASE)
# "Grâce et sa fille", "Glória e a filha dela", "Joy and her son".
KIN_AFTER = re.compile(
    r"[ \t]+(?:and|et|y|e)[ \t]+(?:her|his|their|sa|son|ses|su|sus|a|o|as|os)[ \t]+"
    r"(?:daughter|son|husband|wife|kids|children|baby|boy|girl|cousin|sister|brother|mother|"
    r"mum|mom|friend|prima|primo|hermana|hermano|amiga|cousine|s[oœ]eur|amie|irm[aã]|"
    r"fille|fils|mari|femme|enfants|"
    r"b[eé]b[eé]|hija|hijo|marido|esposo|esposa|hijos|ni[ñn]os|filha|filho|filhos|beb[eê])",
    re.IGNORECASE)
COPULA_BEFORE = re.compile(r"(?<!\w)(?:is|was|es|era|est|[eé]tait|[eé]|foi)[ \t,:]*$",
                           re.IGNORECASE)
# "Hope was always kind": after a capitalised name that is also a word.
WAS_AFTER = re.compile(r"[ \t]+(?:was|fue|era|[eé]tait|foi)[ \t]", re.IGNORECASE)
# After "call me", these are when, not who ("call me back", "llámame mañana").
TIME_WORDS = _words(
    "back later tomorrow today tonight now again soon anytime asap please when if ma\u00f1ana "
    "luego despu\u00e9s ahora hoy otra demain ce aujourd'hui apr\u00e8s maintenant amanh\u00e3 "
    "depois logo agora hoje")
# "Thanh and I", "Thanh et moi", "Khadija y yo": the capitalised word is someone.
WITH_ME_AFTER = re.compile(r"[ \t]+(?:and i|and me|et moi|y yo|e eu)(?!\w)", re.IGNORECASE)


def cue_ends(pattern: re.Pattern[str], text: str) -> set[int]:
    """Offsets where a word announced by `pattern` would start."""
    return {match.end() for match in pattern.finditer(text)}
