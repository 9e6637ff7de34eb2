# ruff: noqa: RUF002, RUF003  (Arabic-Indic digits in the examples are the point here)
"""Places in English, Spanish, French and Portuguese; street addresses in those and in Arabic.

A listed city, region or country counts when capitalised; one that is also an everyday word
("Reading", "Nice") needs a preposition before it. After "I live in", "soy de", "j'habite à",
"moro em" and the like, any capitalised words count, listed or not. The comment that opens the
street-address section below says how an address is read.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from feedback_app.theming import cues, months, wordlists
from feedback_app.theming.spans import Span
from feedback_app.theming.stopwords import any_stop_words
from feedback_app.theming.tokens import Token, tokenize

_CAP = r"[^\W\d_a-z][^\W\d_]*(?:['\u2019\-][^\W\d_]+)*"


def _keys(text: str) -> frozenset[str]:
    """A space-separated word list, lower case (kept as prose so each language reads as itself)."""
    return frozenset(text.casefold().split())


# --- Street addresses -----------------------------------------------------------------------
# An address is read in two steps. A street is found in each language's order: number, name and
# street type in English ("27b Cromwell Road"); number, type and name in French ("23 bd de
# Belleville"); type, name and number in Spanish and Portuguese ("C/ Olivar 6", "Rua do Carmo,
# 27"); type and name, with the number before or after, in Arabic ("١٤ شارع الجامعة"). Then the
# street is extended over what follows it: flat, floor and door ("Flat 2", "3º B", "3e étage",
# "الطابق الثالث"), a post code, and a town after a comma ("..., 28012 Madrid", "..., عمان").
#
# Capitalised street names are taken after any street type. Survivors often type in lower case,
# so a lower-case name also counts after the street types that are not everyday words ("road",
# "calle", "rue", "rua"; not "way", "place", "court" or "cours"), when none of its words is a
# grammar word or a unit of time, distance, money or people ("a 10 minute drive", "2 bus stops",
# "j'ai 3 cours de français" stay).

# Words that end a lower-case street name: what comes after an address in a sentence
# ("i live at 27b cromwell road now, please write there").
_GRAMMAR_WORDS = _keys(
    "a an the and or but so then now there here this that these those it its is was were are be "
    "been has have had do does did will would can could should to in on at by for from with "
    "without into onto over under near after before since until till about i you he she we they "
    "me him her us them my your his our their who which what when where why how not no yes "
    "please write send call live lived living stay stayed moved went go come came got get still "
    "just only also very too really all some any every because if as than is isn't wasn't "
    "el la los las un una unos unas y o e u pero que en con sin por para desde hasta sobre entre "
    "hacia es son era eran fue está están estaba estoy tiene tienen tenía hay había me te se le "
    "les lo nos mi mis tu su sus yo él ella ellos ellas ahora allí allá aquí ahí ya también muy "
    "sí cuando donde como porque más antes después pues vivo vivía escribidme escríbanme manden "
    "le les une des et ou mais donc qui au aux à dans sous avec sans pour par chez depuis est "
    "sont était étaient ont avait ai je il elle on nous vous ils elles moi mon ma mes ton ta "
    "tes son sa ses notre votre leur ne pas plus très aussi maintenant là ici après quand où "
    "comme parce "
    "os as um uma uns umas mas do da dos das em no na nos nas ao aos às pelo pela pra até é "
    "foi estão estava estou tem têm tinha há lhe eu ele nós eles meu minha meus minhas seu sua "
    "seus suas agora lá aqui ali já também muito não sim onde depois moro morava"
)
# Units after a number: "3 hours", "2 bus stops", "5 km", "20 euros" are amounts, not addresses.
_COUNT_WORDS = _keys(
    "minute minutes min mins hour hours hr hrs day days week weeks month months year years yr "
    "yrs time times mile miles km kms metre metres meter meters people persons person kids "
    "children child men women girls boys pounds euros dollars quid pence night nights floors "
    "rooms beds buses stops steps "
    "minuto minutos hora horas día días dia dias semana semanas mes meses año años ano anos vez "
    "veces kilómetros kilometros metros personas niños niñas hijos hijas hombres mujeres pesos "
    "dólares noche noches habitaciones camas "
    "heure heures jour jours semaines mois an ans année années fois kilomètres mètres "
    "personnes enfants hommes femmes nuit nuits chambres lits "
    "mês meses vezes quilômetros quilómetros pessoas crianças filhos filhas homens mulheres "
    "reais noite noites quartos "
    "ساعة ساعات يوم أيام ايام أسبوع اسبوع أسابيع اسابيع شهر أشهر اشهر شهور سنة سنوات سنين عام "
    "أعوام دقيقة دقائق مرة مرات طفل أطفال اطفال شخص أشخاص اشخاص ناس دينار درهم جنيه ليرة دولار "
    "يورو ريال كيلو كم متر غرفة غرف"
)
# Words inside a street name that join its parts: "Calle de la Constitución", "Isle of Dogs".
_LINKS = _keys("of the de del la las los el da do dos das du des le les aux au")
_ELIDED = re.compile(r"^[ldLD]['\u2019]")  # "rue de l'Église", "allée d'Ormesson"
_ELIDED_GRAMMAR = re.compile(r"^[cjmnst]['\u2019]|^qu['\u2019]")  # "n'avait", "j'ai", "qu'il"
# Words that start a flat, floor or door after a street name ("Suite 114", "Apt. 939").
_UNIT_WORDS = _keys(
    "flat apt apartment unit suite studio piso planta puerta interior edif edificio depto dpto "
    "departamento apto apartamento bloco bloque andar bât bat bâtiment batiment étage etage "
    "escalier porte appt appartement"
)

# English street types, British and American (the USPS list's common entries); the first line
# also counts after a lower-case name.
_EN_LOOSE_TYPES = _keys(
    "street st road rd avenue ave lane ln crescent terrace boulevard blvd gardens grove mews "
    "drive highway hwy"
)
_EN_TYPES = _EN_LOOSE_TYPES | _keys(
    "dr close way court ct place pl square sq garden groves hill hills row walk walks parade "
    "mews park parkway pkwy circle cir cove coves creek crossing crossroad crossroads junction "
    "junctions landing meadow meadows mill mills mount mountain mountains orchard pass path pine "
    "pines plaza port ports prairie ranch run shore shores spur stream trace track trail tunnel "
    "union unions view views vista well wells isle island lake lakes light lights lodge loop "
    "mall manor oval bypass causeway common commons corner corners dale dam divide estate "
    "estates extension falls field fields flat flats ford fords fort freeway gateway glen glens "
    "green haven inlet key keys knoll knolls ramp rest route shoal shoals skyway squares summit "
    "village villages ville ways wall burg burgs bluff bluffs bottom branch bridge camp canyon "
    "cape cliff cliffs club curve expressway harbor harbors harbour harbours hollow lock locks "
    "neck point points ridge ridges river roads spring springs station stations streets "
    "throughway turnpike underpass overpass forge forges fork forks heights mission ferry center "
    "centre rapid rapids plain plains brook brooks loaf motorway alley wynd chase rise vale yard"
)
# Street types written before the name (Spanish, Portuguese, French), with their abbreviations.
# The loose ones also count before a lower-case name.
_ES_PT_LOOSE_TYPES = _keys(
    "calle c/ c. cl avda avda. avenida av av. plaza pza pza. plz paseo pº p° travesía travesia "
    "carretera ctra ctra. glorieta callejón callejon urbanización urbanizacion urb urb. rambla "
    "rua r. travessa tv tv. trav. praça praca pç. largo estrada estr. alameda al. rodovia rod. "
    "beco"
)
_ES_PT_TYPES = _ES_PT_LOOSE_TYPES | _keys(
    "camino carrera cra cra. kra ronda vía via vial boulevard bulevar andador prolongación "
    "prolongacion cañada pasadizo periférico periferico calzada cerrada privada circuito calleja "
    "pasaje cuesta polígono poligono "
    "vila viela fazenda campo pátio patio setor lago condomínio condominio aeroporto praia "
    "ladeira quadra caminho calçada calcada recanto colônia colonia chácara chacara jardim núcleo "
    "nucleo loteamento viaduto vale conjunto distrito esplanada estação estacao favela feira "
    "lagoa morro parque passarela residencial sítio sitio trecho trevo vereda"
)
# After these a capitalised name is a street even without a number ("na Rua Augusta").
_ES_PT_PLAIN_TYPES = _keys(
    "rua avenida travessa alameda largo praça estrada viela beco rodovia calle paseo avda. "
    "avda"
)
# The other types need "na", "no", "em"... before them to count without a number ("o quarto na
# Lago Silveira"): "Campo", "Vale" and "Jardim" are everyday words and town names too.
_BEFORE_PLAIN_TYPE = re.compile(r"(?:^|\W)(?:na|no|em|à|pela|pelo|en|la|el)[ \t]+$", re.IGNORECASE)
_FR_LOOSE_TYPES = _keys(
    "rue avenue av av. bd boulevard bld allée allee allé alle impasse imp. chemin quai faubourg "
    "fbg"
)
_FR_TYPES = _FR_LOOSE_TYPES | _keys(
    "place pl. route rte cours square passage cité cite rang montée montee rond-point sentier "
    "voie esplanade parvis résidence residence hameau lotissement promenade villa cour"
)
# These count before a lower-case name that starts with "de", "du", "des": "place de la gare".
_FR_LINKED_TYPES = _keys("place pl. route rte square passage cité cite esplanade promenade voie")
# A capitalised name after these counts with no number before it ("le foyer rue des Lilas").
_FR_PLAIN_TYPES = _keys("rue avenue boulevard bd allée allee allé impasse chemin quai")

_NUM = r"\d{1,5}[A-Za-z]?(?:[ \t]?-[ \t]?\d{1,5}[A-Za-z]?)?"
_SPACE = re.compile(r"[ \t]+")
_WORD_AT = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")
# Abbreviations with a dot inside a street name: "St. John's Road", "Av. Gral. Paz 120".
_DOTTED = _keys("st ste sta sto s dr gral gen pres prof av dom pe cel eng sr sra")
# "14 Albert Road", "Flat 2, 31 Stanley Street", "221B Baker Street".
_EN_HEAD = re.compile(
    r"(?<![\w/.,\-])(?:(?i:flat|apt|apartment|unit|studio|suite)\.?[ \t]+\d{1,4}[A-Za-z]?[ \t]*,?"
    rf"[ \t]+(?:{_NUM},?[ \t]+)?|{_NUM},?[ \t]+)(?=[^\W\d_])"
)
# "23 bd de belleville", "27 bis rue Oberkampf", "12, rue de la Paix".
_FR_HEAD = re.compile(
    rf"(?<![\w/.,\-]){_NUM}[ \t]*,?[ \t]*(?:(?i:bis|ter|quater|b|t)(?!\w)[ \t]*,?[ \t]*)?"
    r"(?P<type>[^\W\d_]+(?:-[^\W\d_]+)?\.?)[ \t]+"
)


def _alternatives(words: frozenset[str]) -> str:
    """A regex alternation of `words`, longest first; a word ending in a letter ends there."""
    return "|".join(re.escape(word) + ("(?![^\\W\\d_])" if word[-1].isalpha() else "")
                    for word in sorted(words, key=len, reverse=True))


# "calle mayor 12", "C/ Olivar 6", "Rua do Carmo, 27": the type, then the name.
_ES_PT_HEAD = re.compile(rf"(?<![\w/.])(?P<type>{_alternatives(_ES_PT_TYPES)})[ \t]*",
                         re.IGNORECASE)
# Streets named after a date: "Rua 25 de Março", "Avenida 9 de Julio", "Calle 5 de Mayo".
_DATE_NAME = re.compile(r"\d{1,2}[ \t]+de[ \t]+(?P<month>[^\W\d_]+)", re.IGNORECASE)
_NUMBER_AFTER = re.compile(
    r",?[ \t]*(?:(?i:n[º°o]|n\.º|no\.|n[uú]m\.?|n[uú]mero|#)[ \t]*)?"
    rf"(?:{_NUM}|[Ss]/[Nn])(?!\w)(?![:.,/]\d)"
)
# Colombian and similar grid addresses: "Calle 45 # 12-30", "Carrera 7 No. 45-12".
_GRID = re.compile(
    r"(?<!\w)(?i:calle|carrera|cra|kra|cl|avenida|av|diagonal|dg|transversal|tv)\.?[ \t]*"
    r"\d{1,3}[A-Za-z]?(?:[ \t]?bis)?[ \t]*(?:#|(?i:n[º°o]|no)\.?)[ \t]*\d{1,3}[A-Za-z]?[ \t]*-"
    r"[ \t]*\d{1,3}(?!\d)"
)
# Post office boxes: "PO Box 1234", "apartado de correos 45", "caixa postal 88", "ص.ب ١٢٣".
_PO_BOX = re.compile(
    r"(?<!\w)(?:(?i:p\.?[ \t]?o\.?[ \t]?box|apartado(?:[ \t]+de[ \t]+correos)?|apdo\.?|"
    r"caixa[ \t]+postal|bo[iî]te[ \t]+postale)|ص\.?[ \t]?ب\.?|صندوق[ \t]+(?:ال)?بريد)"
    r"[ \t]*:?[ \t]*\d{1,6}(?!\d)"
)

# Arabic: the street types stand before the name. A bare "شارع" (not "الشارع", "the street")
# starts a street name; a joined و، ف، ب or ل stays outside the span.
_AR_HEAD = re.compile(
    r"(?:(?<![\w/.,\-])(?P<num>\d{1,5})[ \t]*[،,]?[ \t]*)?"
    r"(?:(?<![^\W\d_])|(?<=(?<![^\W\d_])[وفبل]))"
    r"(?P<type>شارع|طريق|جادة|ساحة|زقاق|درب|نهج|زنقة|حارة|ممر|دوار|حي)(?![^\W\d_])[ \t]+"
)
_AR_LETTERS = re.compile(r"[\u0621-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]")
_AR_GRAMMAR_WORDS = _keys(
    "في فى من إلى الى على عن مع قبل بعد عند و أو او ثم لكن ولكن فيه فيها به بها له لها هو هي هم "
    "كان كانت كنت كنا يكون لا لم لن ما هذا هذه ذلك تلك التي الذي الذين الآن الان هناك هنا جدا يا "
    "أن ان إن انا أنا نحن انت أنت حتى لأن لان بس كل منذ حيث عندي عندنا لي لنا مش مو ليس قرب "
    "بجانب جنب خلف أمام امام وراء قريب بعيد بين داخل وين اين أين شي شيء أسكن اسكن سكنت أعيش "
    "اعيش عشت ارسلوا أرسلوا اكتبوا"
)
_AR_MONTH = re.compile(rf"[ \t]+(?:{months.ARABIC})(?![^\W\d_])")
_AR_NUMBER_AFTER = re.compile(r"[ \t]*(?:رقم[ \t]*)?\d{1,5}(?!\d)(?![:./]\d)")
_AR_ORDINAL = (r"(?:ال)?(?:أول|اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|أرضي|ارضي|أخير|"
               r"اخير)[ىة]?(?![^\W\d_])")
_AR_UNIT_WORD = r"(?:ال)?(?:بناية|بناء|عمارة|مبنى|برج|فيلا|منزل|بيت|شقة|شقه|طابق|دور|مدخل|بلوك)"
# "بناية ٢٧", "الطابق الثالث", "شقة رقم ٥", and the Moroccan "رقم ٥" after the street.
_AR_UNIT = re.compile(
    rf"{_AR_UNIT_WORD}[ \t]+(?:رقم[ \t]*)?(?:\d{{1,4}}(?!\d)|{_AR_ORDINAL})"
    r"|رقم[ \t]*\d{1,4}(?!\d)"
)
# A named building, compound or neighbourhood: "بناية الحسن", "مجمع النخيل", "حي السلام".
_AR_NAMED_UNIT = re.compile(r"(?P<word>(?:ال)?(?:بناية|عمارة|مبنى|برج|فيلا|مجمع)|حي)[ \t]+")

# Flat, floor and door after a street: "Flat 2", "apto 42", "Piso 5", "bât. B", "3º B",
# "2º izquierda", "3e étage", "2º andar", "Edif. 830 , Depto. 388".
_UNIT = re.compile(
    r"(?i:flat|apt|apartment|unit|suite|room|piso|planta|puerta|pta|esc|escalera|interior|int|"
    r"edif|edificio|depto|dpto|departamento|apto|apartamento|ap|bloco|bloque|bl|andar|sala|"
    r"casa|lote|torre|portal|b[âa]t|b[âa]timent|[ée]tage|escalier|porte|appt|appartement|"
    r"esq|dto)\.?[ \t]*(?:(?i:n[º°o])\.?[ \t]*)?(?:\d{1,4}[A-Za-z]?|[A-Z])(?!\w)"
    r"|\d{1,2}\.?[ \t]?(?:[º°ª]"
    r"|(?i:er|[eè]re|e|[eè]me|o|a)(?=[ \t]+(?i:[ée]tage|andar|piso|planta)))"
    r"\.?(?:[ \t]*(?:(?i:[ée]tage|andar|piso|planta|izquierda|izqda|izq|izda|derecha|dcha|"
    r"dch|dta|dto|esq|esquerdo|direito|centro|ctro|frente|fte)\.?|[A-H])(?!\w))?"
    r"|\d{1,2}[ \t]+(?i:andar|piso|planta)(?!\w)"
)
# Floors named without a number, taken after a comma: "Av. de la Paz, 23, bajo", "r/c esq".
_FLOOR_WORD = re.compile(
    r"(?i:bajo|bj|entlo|entresuelo|[áa]tico|r/c|r[ée]s-do-ch[ãa]o|rdc|rez-de-chauss[ée]e)"
    r"(?:[ \t]*(?:(?i:izquierda|izqda|izq|izda|derecha|dcha|dch|esq|dto|dt)\.?|[A-H])(?!\w))?"
    r"(?![\w/])"
)
# A flat or building written before the street: "appartement 12, 5 rue Victor Hugo",
# "bât. A, 3 allée des Pins", "شقة ٤ الطابق ٢ شارع الملكة رانيا".
_UNIT_BEFORE = re.compile(
    r"(?:(?:(?i:flat|apt|apartment|unit|studio|suite|appartement|appt|app|b[âa]t|b[âa]timent|"
    r"escalier|esc|[ée]tage|piso|puerta|apto|apartamento|bloco|bloque|casa|lote|andar)\.?"
    r"[ \t]*(?:(?i:n[º°o])\.?[ \t]*)?(?:\d{1,4}[A-Za-z]?|[A-Z])(?!\w)"
    rf"|{_AR_UNIT_WORD}[ \t]+(?:رقم[ \t]*)?(?:\d{{1,4}}(?!\d)|{_AR_ORDINAL}))[ \t]*[,،]?[ \t]*)+$"
)
# ... and its word alone when the address starts with the unit's number ("عمارة رقم ٧ شارع").
_UNIT_WORD_BEFORE = re.compile(
    rf"(?:{_AR_UNIT_WORD}|(?i:flat|apt|apartment|unit|studio|suite|appartement|appt|b[âa]t|"
    r"b[âa]timent|apto|apartamento|bloco|bloque|casa))[ \t]+(?:(?:رقم|(?i:n[º°o]\.?))[ \t]*)?$"
    # "No. 5 Church Street", "au n° 5 rue Lepic", "number 12 Hill Road"
    r"|(?<!\w)(?i:no\.|n[º°]\.?|number|num[ée]ro|n[úu]mero)[ \t]*$"
)
UNIT_BEFORE_CHARS = 60
_POSTCODE_WORD = r"(?:(?i:cep|c\.p\.|cp|c[óo]digo postal|code postal)[ \t]*:?[ \t]*)?"
# Post codes inside an address (any case): UK, Portugal and Brazil, five digits (Spain, France,
# US, Morocco, Jordan), and a US state with its ZIP.
_TAIL_POSTCODE = re.compile(
    rf"{_POSTCODE_WORD}(?:(?i:[a-z]{{1,2}}\d[a-z\d]?[ \t]?\d[a-z]{{2}})(?!\w)"
    r"|\d{4,5}-\d{3}(?![\w\-])|\d{5}(?![\w\-])|[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?(?![\w\-]))"
)
_INNER_NUMBER = re.compile(r"[ \t]+\d{1,4}[A-Za-z]?(?![\w\-])(?![:.,/]\d)")
_TAIL_GAP = re.compile(
    r"(?:\.(?=[ \t]*[,،]))?[ \t]*(?P<comma>[,،]|(?<=[ \t])[-\u2013](?=[ \t]))?[ \t]*")
MAX_TOWNS = 2  # a neighbourhood and a town: "..., sala 1201 - Centro, Rio de Janeiro"
_CEDEX = re.compile(r"[ \t]+CEDEX(?:[ \t]+\d{1,2})?(?!\w)")
MAX_STREET_WORDS = 5
MAX_LOWER_CASE_STREET_WORDS = 3


def _words(text: str, pos: int, limit: int) -> list[tuple[int, int, str]]:
    """Consecutive words from `pos`, one space apart (or ". " after "St", "Av", "Gral")."""
    found: list[tuple[int, int, str]] = []
    while len(found) < limit:
        match = _WORD_AT.match(text, pos)
        if match is None:
            break
        found.append((match.start(), match.end(), match.group()))
        gap = _SPACE.match(text, match.end() + (text[match.end():match.end() + 1] == "."
                                                and match.group().casefold() in _DOTTED))
        if gap is None:
            break
        pos = gap.end()
    return found


def _capitalised(word: str) -> bool:
    return _ELIDED.sub("", word)[:1].isupper()


def _loose_word(word: str) -> bool:
    key = word.casefold()
    return key not in _GRAMMAR_WORDS and key not in _COUNT_WORDS and key not in _LINKS \
        and key not in _UNIT_WORDS and not _ELIDED_GRAMMAR.match(key)


def _name_ends(words: list[tuple[int, int, str]], loose: bool) -> list[int]:
    """Indexes of the words a street name can end on, joined by link words ("de la", "of the"),
    which never end a name. A name that starts with a capital goes on while words are
    capitalised ("rue Roland n'avait" ends at "Roland"); one in lower case needs `loose`."""
    ends: list[int] = []
    capitalised = None
    for index, (_, _, word) in enumerate(words):
        key = word.casefold()
        if key in _LINKS:
            continue
        if key.rstrip(".") in _UNIT_WORDS:
            break  # "avenue David Suite 114": the flat starts here
        if _ELIDED.match(word) and index and words[index - 1][2].casefold() not in _LINKS:
            break  # "de l'Église" is a name; "république l'hiver dernier" ends at "république"
        if capitalised is None:
            capitalised = _capitalised(word)
        if capitalised:
            if not _capitalised(word):
                break
        elif not loose or not _loose_word(word) or len(ends) >= MAX_LOWER_CASE_STREET_WORDS:
            break
        ends.append(index)
    return ends


def _followed_by_count(text: str, end: int) -> bool:
    """True when a unit follows the number: "calle mayor 3 veces" is not an address."""
    gap = _SPACE.match(text, end)
    word = _WORD_AT.match(text, gap.end()) if gap else None
    return word is not None and word.group().casefold() in _COUNT_WORDS


def _english_streets(text: str) -> Iterator[tuple[int, int]]:
    """English order: number, name, type ("14 Albert Road", "27b cromwell road")."""
    pos = 0
    while (head := _EN_HEAD.search(text, pos)) is not None:
        pos = head.start() + 1
        words = _words(text, head.end(), MAX_STREET_WORDS + 1)
        best = None
        for index in range(1, len(words)):
            street_type = words[index][2]
            if street_type.casefold() not in _EN_TYPES:
                continue
            names = [word for _, _, word in words[:index]]
            if names == ["the"] or names == ["The"]:  # "12 The Crescent", "4 the green"
                best = words[index][1]
                continue
            if names[0].casefold() in _LINKS:
                break
            strict = _capitalised(street_type) and all(
                _capitalised(word) or word.casefold() in _LINKS for word in names)
            loose = street_type.casefold() in _EN_LOOSE_TYPES and len(names) <= \
                MAX_LOWER_CASE_STREET_WORDS and all(_loose_word(word) for word in names
                                                    if not _capitalised(word))
            if strict or loose:
                best = words[index][1]
        if best is not None:
            yield head.start(), best
            pos = best


def _numbered_end(text: str, end: int) -> int | None:
    """End of the house number right after a street name, or None ("calle mayor 3 veces")."""
    number = _NUMBER_AFTER.match(text, end)
    if number is None or _followed_by_count(text, number.end()):
        return None
    return number.end()


def _type_first_end(text: str, head: re.Match[str]) -> int | None:
    """Where a Spanish or Portuguese street that starts with its type ends, or None."""
    kind = head.group("type").casefold()
    date = _DATE_NAME.match(text, head.end())
    if date and months.is_latin_month(date.group("month")):  # "Rua 25 de Março, 300"
        end = _numbered_end(text, date.end())
        return end or (date.end() if kind in _ES_PT_PLAIN_TYPES else None)
    words = _words(text, head.end(), MAX_STREET_WORDS + 2)
    for index in _name_ends(words, kind in _ES_PT_LOOSE_TYPES):
        end = _numbered_end(text, words[index][1])
        if end is not None:
            return end
    names = _name_ends(words, loose=False)
    plain = kind in _ES_PT_PLAIN_TYPES or (
        _capitalised(head.group("type")) and _BEFORE_PLAIN_TYPE.search(
            text[max(0, head.start() - 12):head.start()]) is not None)
    if names and plain and _listed_place_words(
            [(head.start(), head.end("type"), head.group("type")), *words]) < 2:
        return words[names[-1]][1]  # not "na Campo Grande": a town, found as a place
    return None


def _type_first_streets(text: str) -> Iterator[tuple[int, int]]:
    """Spanish and Portuguese order: type, name, number ("Calle de Alcalá 214", "rua das flores
    12"); with a capitalised name, no number is needed after the plain types ("na Rua Augusta")."""
    pos = 0
    while (head := _ES_PT_HEAD.search(text, pos)) is not None:
        pos = head.end()
        if head.end() == head.end("type") and not head.group("type").endswith(("/", ".")):
            continue  # a full word needs a space before the name
        end = _type_first_end(text, head)
        if end is not None:
            yield head.start(), end
            pos = end


def _french_streets(text: str) -> Iterator[tuple[int, int]]:
    """French order: number, type, name ("18 rue des Lilas", "23 bd de belleville")."""
    pos = 0
    while (head := _FR_HEAD.search(text, pos)) is not None:
        pos = head.start() + 1
        kind = head.group("type").casefold()
        if kind not in _FR_TYPES and kind.rstrip(".") not in _FR_TYPES:
            continue
        loose = kind in _FR_LOOSE_TYPES or kind.rstrip(".") in _FR_LOOSE_TYPES
        words = _words(text, head.end(), MAX_STREET_WORDS + 2)
        if kind in _FR_LINKED_TYPES and _french_article_link(words):
            loose = True  # "5 place de la république", not "1 place disponible" or "de libre"
        ends = _name_ends(words, loose)
        if ends:
            end = words[ends[-1]][1]
            yield head.start(), end
            pos = end


def _french_article_link(words: list[tuple[int, int, str]]) -> bool:
    """True when the name starts "du", "des", "de la", "de l'" or "de" and a listed town."""
    keys = [word.casefold() for _, _, word in words[:2]]
    if not keys:
        return False
    if keys[0] in ("du", "des") or keys[:2] == ["de", "la"] or _ELIDED.match(keys[0]):
        return True
    return keys[0] == "de" and len(words) > 1 and _listed_place_words(words[1:]) > 0


_FR_PLAIN = re.compile(rf"(?<![^\W\d_])(?:{_alternatives(_FR_PLAIN_TYPES)})[ \t]+", re.IGNORECASE)


def _plain_french_streets(text: str) -> Iterator[tuple[int, int]]:
    """A French street named without its number: "le foyer rue des Lilas"."""
    for head in _FR_PLAIN.finditer(text):
        words = _words(text, head.end(), MAX_STREET_WORDS + 2)
        ends = _name_ends(words, loose=False)
        if ends:
            yield head.start(), words[ends[-1]][1]


def _arabic_word_ok(word: str) -> bool:
    """True for a word that can name a street or town: not a grammar word, "and ..." or a unit."""
    if word in _AR_GRAMMAR_WORDS or word in _COUNT_WORDS:
        return False
    return not (word[:1] in "وف" and word[1:] in _AR_GRAMMAR_WORDS)


def _arabic_streets(text: str) -> Iterator[tuple[int, int, bool]]:
    """Arabic: "شارع الملك فيصل ١٢", "١٤ شارع الجامعة", "شارع الرشيد، بناية ٢٧".

    Yields (start, end, whether a number was written); without one, the street needs a building,
    floor or flat after it to count (the tail).
    """
    pos = 0
    while (head := _AR_HEAD.search(text, pos)) is not None:
        pos = head.start() + 1
        start = head.start() if head.group("num") else head.start("type")
        numbered = head.group("num") is not None
        end = None
        name_number = _AR_NUMBER_AFTER.match(text, head.end())
        if name_number:  # "زنقة ١٢": a street named by its number, or a date ("شارع ١٤ رمضان")
            end = name_number.end()
            numbered = True
            month = _AR_MONTH.match(text, end)
            end = month.end() if month else end
        elif (end := _arabic_words_end(text, head.end(), 3)) is not None:
            number = _AR_NUMBER_AFTER.match(text, end)
            if number and not _followed_by_count(text, number.end()):
                end = number.end()
                numbered = True
        if end is not None:
            yield start, end, numbered
            pos = end


def _arabic_named_unit_end(text: str, pos: int) -> int | None:
    """End of "بناية الحسن" (a building's name) or "حي السلام" (a neighbourhood) at `pos`."""
    head = _AR_NAMED_UNIT.match(text, pos)
    if head is None:
        return None
    return _arabic_words_end(text, head.end(), 1 if head.group("word") != "حي" else 3)


def _arabic_words_end(text: str, pos: int, limit: int) -> int | None:
    """End of up to `limit` Arabic name words at `pos` (a grammar word or unit ends them)."""
    end = None
    for _, word_end, word in _words(text, pos, limit):
        if not _AR_LETTERS.match(word) or not _arabic_word_ok(word):
            break
        end = word_end
    return end


def _town_end(text: str, pos: int) -> int | None:
    """End of a town after an address's comma: capitalised, a listed place, or Arabic."""
    words = _words(text, pos, 3)
    if not words:
        return None
    first = words[0][2]
    key = first.casefold()
    if _AR_LETTERS.match(first):
        if not _arabic_word_ok(first):
            return None
        if len(words) > 1 and words[1][2].startswith("ال") and first.startswith("ال") \
                and _arabic_word_ok(words[1][2]):
            return words[1][1]
        return words[0][1]
    listed = _listed_place_words(words)
    if listed:
        return words[listed - 1][1]
    if not _capitalised(first) or key in _GRAMMAR_WORDS or key in _COUNT_WORDS \
            or key in any_stop_words() or key in wordlists.given_names():
        return None
    ends = _name_ends(words, loose=False)
    return words[ends[-1]][1] if ends else None


def _listed_place_words(words: list[tuple[int, int, str]]) -> int:
    """How many of `words` make a listed town ("bradford", "saint denis"), or 0."""
    keys = tuple(word.casefold() for _, _, word in words)
    for place in wordlists.place_prefixes().get(keys[0], ()):
        if keys[:len(place)] == place:
            return len(place)
    return 0


def _tail_end(text: str, pos: int) -> tuple[int, bool]:
    """Extend a street over its flat, floor, post code and town; (end, whether a unit was read).

    A town counts only after a comma ("7 oak lane, bradford BD1 4AX"); lower case, it has to be a
    listed place or be followed by a post code ("now, please write there" stays).
    """
    end, had_unit, towns = pos, False, 0
    inner = _INNER_NUMBER.match(text, end) if text[end - 1:end].isdigit() else None
    if inner and not _followed_by_count(text, inner.end()):
        end, had_unit = inner.end(), True  # "Calzada Jalisco 541 185": the inner number
    for _ in range(8):
        gap = _TAIL_GAP.match(text, end)
        at = gap.end()
        unit = None if towns else (
            _UNIT.match(text, at) or _AR_UNIT.match(text, at)
            or (_FLOOR_WORD.match(text, at) if gap.group("comma") else None))
        if unit:
            end, had_unit = unit.end(), True
            continue
        named = None if towns else _arabic_named_unit_end(text, at)
        if named is not None:
            end, had_unit = named, True
            continue
        postcode = _TAIL_POSTCODE.match(text, at)
        if postcode and not _followed_by_count(text, postcode.end()):
            end = postcode.end()
            town = _TAIL_GAP.match(text, end)
            after = _town_end(text, town.end()) if town.group("comma") is None else None
            if after is not None:
                end, towns = after, towns + 1
            cedex = _CEDEX.match(text, end)
            end = cedex.end() if cedex else end
            continue
        if gap.group("comma") and towns < MAX_TOWNS:
            town = _town_end(text, at)
            if town is None:
                town = _town_before_postcode(text, at)
            if town is not None:
                end, towns = town, towns + 1
                continue
        break
    return end, had_unit


def _town_before_postcode(text: str, pos: int) -> int | None:
    """A lower-case, unlisted town right before a post code: "..., leeds LS1 4AP"."""
    words = _words(text, pos, 2)
    for index in range(len(words)):
        if not all(_loose_word(word) for _, _, word in words[:index + 1]):
            return None
        gap = _SPACE.match(text, words[index][1])
        if gap and _TAIL_POSTCODE.match(text, gap.end()):
            return words[index][1]
    return None


# Post codes on their own: UK ("SW1A 1AA"), Portugal ("1000-001"), Brazil ("01310-100"); five-digit
# codes (Spain, France, US) only when a capitalised town follows ("28013 Madrid", "75011 Paris").
_POSTCODE = re.compile(
    r"(?<!\w)[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}(?!\w)"
    rf"|(?<![\w\-])\d{{4,5}}-\d{{3}}(?![\w\-])(?:[ \t]+{_CAP})?"
    rf"|(?<![\w\-])\d{{5}}[ \t]+{_CAP}(?:[ \t]+{_CAP})?"
)


_JOIN = re.compile(r"[ \t]*[,،]?[ \t]*")


def _street_pieces(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, whether it is an address on its own) of every street with its tail."""
    for start, end in itertools.chain(_english_streets(text), _french_streets(text),
                                      _type_first_streets(text), _plain_french_streets(text),
                                      ((m.start(), m.end()) for m in _GRID.finditer(text))):
        yield start, _tail_end(text, end)[0], True
    for start, end, numbered in _arabic_streets(text):
        tail, had_unit = _tail_end(text, end)
        yield start, tail, numbered or had_unit
    for match in _PO_BOX.finditer(text):
        gap = _SPACE.match(text, match.end())  # "ص.ب ١٢٣٤ عمان": the town may follow directly
        town = _town_end(text, gap.end()) if gap else None
        yield match.start(), _tail_end(text, town or match.end())[0], True


def _streets(text: str) -> Iterator[tuple[int, int]]:
    """Whole addresses: pieces that touch or sit a comma apart are one address ("حي الشيخ
    جراح، شارع ٥"), and a flat or building written before the street belongs to it."""
    merged: list[list[int]] = []
    for start, end, alone in sorted(_street_pieces(text)):
        if merged and (start <= merged[-1][1]
                       or _JOIN.fullmatch(text, merged[-1][1], start) is not None):
            merged[-1][1] = max(merged[-1][1], end)
            merged[-1][2] |= alone
        else:
            merged.append([start, end, alone])
    for start, end, alone in merged:
        if alone:
            yield _unit_before(text, start), end


def _unit_before(text: str, start: int) -> int:
    """Where an address starts once a flat or building written before its street is added."""
    if text[start:start + 1].isdigit():
        word = _UNIT_WORD_BEFORE.search(text, max(0, start - UNIT_BEFORE_CHARS), start)
        start = word.start() if word else start
    before = _UNIT_BEFORE.search(text, max(0, start - UNIT_BEFORE_CHARS), start)
    return before.start() if before else start


def find_addresses(text: str, language: str = "en") -> Iterator[Span]:
    """Yield street addresses (street, flat, post code and town, in each language's order) and
    post codes on their own."""
    del language  # every order applies: survivors write an address as its country does
    for start, end in _streets(text):
        yield Span("address", start, end)
    for match in _POSTCODE.finditer(text):
        yield Span("address", match.start(), match.end())


# French and other compound town names: "Ledoux-sur-Gosselin", "Saint-Denis", "Aix-en-Provence".
_COMPOUND_PLACE = re.compile(
    rf"(?<![\w\-])(?:(?:Saint|Sainte|St|Ste|San|Santa|São)-{_CAP}(?:-{_CAP})*"
    rf"|{_CAP}-(?:sur|sous|lès|les|en|le|la|de|du|des|aux)-{_CAP}(?:-{_CAP})*)"
)


def _listed_place_end(tokens: list[Token], index: int, text: str) -> int | None:
    """If a listed place starts at `index`, return the index of its last token."""
    for words in wordlists.place_prefixes().get(tokens[index].key, ()):
        last = index + len(words) - 1
        if last >= len(tokens):
            continue
        run = tokens[index:last + 1]
        if tuple(t.key for t in run) != words:
            continue
        gaps_ok = all(text[a.end:b.start] in (" ", "-") for a, b in itertools.pairwise(run))
        if gaps_ok and all(t.capitalised or t.key in cues.NAME_PARTICLES for t in run):
            return last
    return None


def _cued_run_end(tokens: list[Token], index: int, text: str) -> int:
    """After "I live in", take the capitalised words that follow (up to three)."""
    last = index
    while last + 1 < len(tokens) and last - index < 3:
        nxt = tokens[last + 1]
        if text[tokens[last].end:nxt.start] not in (" ", "-"):
            break
        if nxt.key in cues.NAME_PARTICLES and last + 2 < len(tokens) \
                and tokens[last + 2].capitalised:
            last += 2
            continue
        if not nxt.capitalised:
            break
        last += 1
    return last


def _place_end(text: str, tokens: list[Token], index: int, cued: set[int],
               after_preposition: set[int]) -> tuple[int | None, bool]:
    """(last token index of a place starting here or None, whether context made it certain)."""
    token = tokens[index]
    if not token.capitalised:
        return None, False
    certain = token.start in cued and token.key not in any_stop_words()
    last = _listed_place_end(tokens, index, text)
    if last is not None and " ".join(t.key for t in tokens[index:last + 1]) in \
            wordlists.ambiguous_places() and token.start not in after_preposition | cued:
        last = None
    if token.key in cues.GEO_PREFIXES and index + 1 < len(tokens) and not token.word.isupper():
        nxt = tokens[index + 1]
        certain = certain or (nxt.capitalised and not nxt.word.isupper()
                              and nxt.key not in any_stop_words()
                              and text[token.end:nxt.start] == " ")
    if certain:
        last = max(last or index, _cued_run_end(tokens, index, text))
    return last, certain


def _places(text: str, want_certain: bool) -> Iterator[Span]:
    tokens = tokenize(text)
    cued = cues.cue_ends(cues.PLACE, text)
    after_preposition = cues.cue_ends(cues.PLACE_SOFT, text)
    index = 0
    while index < len(tokens):
        last, certain = _place_end(text, tokens, index, cued, after_preposition)
        if last is None:
            index += 1
            continue
        if certain == want_certain:
            yield Span("place", tokens[index].start, tokens[last].end)
        index = last + 1


def find_places(text: str, language: str = "en") -> Iterator[Span]:
    """Yield listed cities, regions and countries; a person cue wins ("Dr Paris")."""
    del language
    return _places(text, want_certain=False)


def find_cued_places(text: str, language: str = "en") -> Iterator[Span]:
    """Yield places made certain by context ("I am from ...", "Port ...") or shape ("X-sur-Y")."""
    del language
    yield from _places(text, want_certain=True)
    for match in _COMPOUND_PLACE.finditer(text):
        yield Span("place", match.start(), match.end())
