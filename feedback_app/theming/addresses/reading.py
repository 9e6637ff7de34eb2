
"""How a street name is read in any language: its words, where it may end, and what ends it.

Word sets are kept as prose, one language after another, so each reads as itself.
"""

from __future__ import annotations

import re

from feedback_app.theming import wordlists


def word_set(text: str) -> frozenset[str]:
    """A space-separated word list, lower case (kept as prose so each language reads as itself)."""
    return frozenset(text.casefold().split())


# Words that end a lower-case street name: what comes after an address in a sentence
# ("i live at 27b cromwell road now, please write there").
GRAMMAR_WORDS = word_set(
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
    "vive viven vivimos vivía vivian vivían queda quedaba esta estan trabaja trabajaba "
    "le les une des et ou mais donc qui au aux à dans sous avec sans pour par chez depuis est "
    "sont était étaient ont avait ai je il elle on nous vous ils elles moi mon ma mes ton ta "
    "tes son sa ses notre votre leur ne pas plus très aussi maintenant là ici après quand où "
    "comme parce habite habitait vit vivent travaille "
    "os as um uma uns umas mas do da dos das em no na nos nas ao aos às pelo pela pra até é "
    "foi estão estava estou tem têm tinha há lhe eu ele nós eles meu minha meus minhas seu sua "
    "seus suas agora lá aqui ali já também muito não sim onde depois moro morava mora moram "
    "moramos fica ficava trabalha trabalhava"
)
# Units after a number: "3 hours", "2 bus stops", "5 km", "20 euros" are amounts, not addresses.
COUNT_WORDS = word_set(
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
# "e" joins an Albanian street to its name: "rruga e Dibrës".
LINKS = word_set("of the de del la las los el da do dos das du des le les aux au e")
ELIDED = re.compile(r"^[ldLD]['\u2019]")  # "rue de l'Église", "allée d'Ormesson"
_ELIDED_GRAMMAR = re.compile(r"^[cjmnst]['\u2019]|^qu['\u2019]")  # "n'avait", "j'ai", "qu'il"
# Words that start a flat, floor or door after a street name ("Suite 114", "Apt. 939").
_UNIT_WORDS = word_set(
    "flat apt apartment unit suite studio piso planta puerta interior edif edificio depto dpto "
    "departamento apto apartamento bloco bloque andar bât bat bâtiment batiment étage etage "
    "escalier porte appt appartement"
)
NUM = r"\d{1,5}[A-Za-z]?(?:[ \t]?-[ \t]?\d{1,5}[A-Za-z]?)?"
SPACE = re.compile(r"[ \t]+")
_WORD_AT = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")
# Abbreviations with a dot inside a street name: "St. John's Road", "Av. Gral. Paz 120".
_DOTTED = word_set("st ste sta sto s dr gral gen pres prof av dom pe cel eng sr sra")


def alternatives(words: frozenset[str]) -> str:
    """A regex alternation of `words`, longest first; a word ending in a letter ends there."""
    return "|".join(re.escape(word) + ("(?![^\\W\\d_])" if word[-1].isalpha() else "")
                    for word in sorted(words, key=len, reverse=True))


MAX_STREET_WORDS = 5
MAX_LOWER_CASE_STREET_WORDS = 3


def words_from(text: str, pos: int, limit: int) -> list[tuple[int, int, str]]:
    """Consecutive words from `pos`, one space apart (or ". " after "St", "Av", "Gral")."""
    found: list[tuple[int, int, str]] = []
    while len(found) < limit:
        match = _WORD_AT.match(text, pos)
        if match is None:
            break
        found.append((match.start(), match.end(), match.group()))
        gap = SPACE.match(text, match.end() + (text[match.end():match.end() + 1] == "."
                                               and match.group().casefold() in _DOTTED))
        if gap is None:
            break
        pos = gap.end()
    return found


def is_capitalised(word: str) -> bool:
    return ELIDED.sub("", word)[:1].isupper()


def loose_word(word: str) -> bool:
    key = word.casefold()
    return key not in GRAMMAR_WORDS and key not in COUNT_WORDS and key not in LINKS \
        and key not in _UNIT_WORDS and not _ELIDED_GRAMMAR.match(key)


def name_ends(words: list[tuple[int, int, str]], loose: bool) -> list[int]:
    """Indexes of the words a street name can end on, joined by link words ("de la", "of the"),
    which never end a name. A name that starts with a capital goes on while words are
    capitalised ("rue Roland n'avait" ends at "Roland"); one in lower case needs `loose`."""
    ends: list[int] = []
    capitalised = None
    for index, (_, _, word) in enumerate(words):
        key = word.casefold()
        if key in LINKS:
            continue
        if key.rstrip(".") in _UNIT_WORDS:
            break  # "avenue David Suite 114": the flat starts here
        if ELIDED.match(word) and index and words[index - 1][2].casefold() not in LINKS:
            break  # "de l'Église" is a name; "république l'hiver dernier" ends at "république"
        if capitalised is None:
            capitalised = is_capitalised(word)
        if capitalised:
            if not is_capitalised(word):
                break
        elif not loose or not loose_word(word) or len(ends) >= MAX_LOWER_CASE_STREET_WORDS:
            break
        ends.append(index)
    return ends


def followed_by_count(text: str, end: int) -> bool:
    """True when a unit follows the number: "calle mayor 3 veces" is not an address."""
    gap = SPACE.match(text, end)
    word = _WORD_AT.match(text, gap.end()) if gap else None
    return word is not None and word.group().casefold() in COUNT_WORDS


def listed_place_words(words: list[tuple[int, int, str]]) -> int:
    """How many of `words` make a listed town ("bradford", "saint denis"), or 0."""
    keys = tuple(word.casefold() for _, _, word in words)
    for place in wordlists.place_prefixes().get(keys[0], ()):
        if keys[:len(place)] == place:
            return len(place)
    return 0
