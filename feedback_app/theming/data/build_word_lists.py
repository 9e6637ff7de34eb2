"""Rebuild the shipped name, everyday-word and place lists.

Run by hand when the lists need refreshing (see data/README for the sources and their licences):

    pip install -e '.[wordlists]'
    python feedback_app/theming/data/build_word_lists.py HUNSPELL_DIR

HUNSPELL_DIR is the folder of the hunspell dictionaries (Debian's hunspell-en-us, hunspell-es,
hunspell-fr-classical, hunspell-pt-pt and hunspell-pt-br packages put them in one folder), and
hunspell's `unmunch` and `hunspell` must be on the PATH (Debian's hunspell-tools and hunspell).
The app never imports this script; it reads the text files it writes.
"""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
import unicodedata
from pathlib import Path

import babel
import pytz  # type: ignore[import-untyped]
import stopwordsiso  # type: ignore[import-untyped]
from stop_words import get_stop_words  # type: ignore[import-untyped]
from wordfreq import iter_wordlist, zipf_frequency  # type: ignore[import-untyped]

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from feedback_app.theming.wordlists import plain_key  # noqa: E402

# Latin-script locales that cover the people survivors and staff are likely to name: the four
# interface languages and the main countries of origin and destination in trafficking reports.
NAME_LOCALES = (
    "en en_GB en_IE en_US en_NG en_KE en_IN en_PK en_NZ es es_ES es_MX es_AR es_CO es_CL es_CA "
    "fr_FR fr_BE fr_CA fr_CH fr_DZ pt_BR pt_PT it_IT de_DE nl_NL ro_RO pl_PL cs_CZ sk_SK hu_HU "
    "bg_BG uk_UA ru_RU lt_LT lv_LV et_EE hr_HR sl_SI sv_SE no_NO da_DK fi_FI tr_TR az_AZ sw "
    "yo_NG ig_NG ha_NG tw_GH zu_ZA id_ID vi_VN en_TH uz_UZ"
)
# Faker attributes that hold names in Latin letters (zh_CN and zh_TW keep pinyin in the last two).
FIRST_FIELDS = ("first_names", "first_names_male", "first_names_female", "first_names_unisex",
                "middle_names", "first_romanized_names")
LAST_FIELDS = ("last_names", "last_romanized_names")
ROMANIZED_LOCALES = "zh_CN zh_TW"
# The languages with an everyday-word list, the hunspell dictionaries that tell which listed names
# are also everyday words there (a lower-case entry: "grace", "rose", French "mai"), and how common
# a word must be (wordfreq's Zipf scale: 3.0 is once in a million words) to count as everyday.
EVERYDAY_LANGUAGES = {"en": ("en_US",), "es": ("es_ES",), "fr": ("fr",),
                      "pt": ("pt_PT", "pt_BR")}
EVERYDAY_ZIPF = 3.0
ADDRESS_LOCALES = "en_GB en_US es_ES es_MX fr_FR pt_BR pt_PT"
PLACE_ATTRIBUTES = ("countries", "states", "regions", "departments", "cities", "concelhos",
                    "distritos", "estados", "counties", "provinces")
# Names that are everyday words in the four languages: they count as names only with context.
NAMES_THAT_ARE_WORDS = """
will hope faith may june april august grace joy mark bill rose dawn summer sunny amber iris ivy
holly violet pearl ruby crystal honey angel star sky patience constance prudence mercy charity
chance frank earl guy jack jean lane lee miles page reed rich sage sterling victor art carol
sol luz paz mar rosa cruz dolores pilar consuelo amparo esperanza victoria gloria mercedes ángel
rocío nieves aurora alba belén milagros remedios caridad fe socorro blanca paloma estrella perla
flor lina salud soledad concepción asunción encarnación reyes rosario trinidad piedad
claire aimée espérance blanche marine céleste victoire rose prune olive colombe violette
graça glória esperança vitória alegria céu branca clara pérola conceição amor santa dores
ángeles
blessing precious destiny gift comfort patience mercy favour favor goodness peace happiness
innocent lucky prince princess success wisdom justice treasure miracle godwin gloria
marvellous goodluck joie bonheur merveille précieuse gloire providence
kenia israel salvador mauricio montserrat guadalupe maurice
"""
# Languages survivors speak that the locale data does not name in one word.
MORE_LANGUAGE_NAMES = """
darija dari farsi pashto tigrinya tigrinia tigrigna amharic oromo tigre somali twi yoruba igbo
hausa wolof lingala tagalog bisaya bengali bangla urdu punjabi swahili kurdish kurmanji sorani
creole kreyol patois pidgin fula fulani mandinka bambara edo ewe ga fante krio nepali sinhala
tamil telugu malayalam gujarati hindi rohingya
"""
# Given names that the locale data also holds as a language or a region ("Marco", "Dominique"):
# in survivors' words they name people far more often, so they are names, not words always.
# Names that are countries too ("Kenia", "Israel", "El Salvador") are in NAMES_THAT_ARE_WORDS:
# names with context.
PEOPLE_FIRST = """
marco dominique
"""
# Words that Faker lists as names but people here use as words: never a name without context.
WORDS_NOT_NAMES = """
ward lady love walker judge link sad worth male odd mile ray rush mate wing forum
journey bell minor park harm precious jail owe fed unknown wash corona tone post weeks pleasant
tea king queen young green brown white black gray grey hall hill wood stone church page
nurse sister baby dear darling sweet buddy boss chief doc major general private doctor doctora
doutor doutora docteur lawyer abogado abogada avocat advogado advogada
atte
"""
# Large cities and countries of origin, destination and transit in trafficking reports, typed
# here because the Faker address lists of several countries hold made-up towns. "_" joins the
# words of one name.
CITIES = """
london birmingham manchester leeds liverpool sheffield bristol newcastle nottingham leicester
coventry bradford cardiff glasgow edinburgh belfast southampton portsmouth brighton luton
peterborough northampton derby wolverhampton stoke hull plymouth swansea aberdeen dundee dublin
cork limerick galway new_york los_angeles chicago houston miami atlanta boston seattle dallas
toronto montreal vancouver madrid barcelona valencia sevilla seville zaragoza málaga malaga
murcia palma bilbao alicante córdoba cordoba valladolid vigo gijón granada almería getafe paris
marseille lyon toulouse nice nantes strasbourg montpellier bordeaux lille rennes reims
villeurbanne grenoble toulon dijon angers nîmes calais lisboa lisbon porto braga coimbra faro
amadora setúbal funchal aveiro são_paulo rio_de_janeiro brasília salvador fortaleza
belo_horizonte manaus recife porto_alegre curitiba goiânia belém ciudad_de_méxico guadalajara
monterrey puebla tijuana bogotá medellín cali lima quito caracas asunción la_paz santiago
buenos_aires lagos abuja kano ibadan benin_city accra kumasi nairobi mombasa kampala addis_ababa
asmara khartoum tripoli tunis algiers casablanca rabat dakar abidjan freetown monrovia conakry
bamako kinshasa luanda maputo harare johannesburg cape_town durban tirana durrës bucharest
bucurești iași cluj constanța sofia plovdiv varna chișinău kyiv kiev kharkiv odesa lviv minsk
moscow warsaw kraków budapest prague bratislava belgrade sarajevo skopje pristina hanoi
ho_chi_minh_city haiphong da_nang manila cebu davao bangkok chiang_mai phnom_penh vientiane
yangon dhaka chittagong kathmandu karachi lahore islamabad kabul tehran baghdad damascus aleppo
beirut istanbul ankara izmir beijing shanghai guangzhou fuzhou shenzhen nigeria ghana eritrea
ethiopia sudan somalia albania romania bulgaria moldova ukraine vietnam philippines thailand
cambodia myanmar bangladesh nepal pakistan afghanistan iran iraq syria morocco algeria tunisia
libya senegal guinea sierra_leone liberia cameroon congo angola mozambique zimbabwe kenya uganda
colombia venezuela paraguay bolivia peru ecuador honduras guatemala el_salvador nicaragua
dominican_republic haiti cuba brasil brazil portugal españa spain france england scotland wales
ireland
"""
EVERYDAY_PLACES = "reading bath nice mobile victoria orange march split male bar sale"


def fold(word: str) -> str:
    """Lower-case without changing accents: the lists are matched on `str.casefold()`."""
    return unicodedata.normalize("NFC", word).casefold().strip()


def provider_values(kind: str, locale: str, attributes: tuple[str, ...]) -> set[str]:
    try:
        module = importlib.import_module(f"faker.providers.{kind}.{locale}")
    except ModuleNotFoundError:
        return set()
    values: set[str] = set()
    for attribute in attributes:
        raw = getattr(module.Provider, attribute, ())
        if isinstance(raw, property):
            continue
        items = raw.keys() if isinstance(raw, dict) else raw
        values.update(fold(item) for item in items if isinstance(item, str))
    return values


def vocabulary() -> set[str]:
    words: set[str] = set()
    languages = (("en", "english"), ("es", "spanish"), ("fr", "french"), ("pt", "portuguese"))
    for code, name in languages:
        words.update(fold(w) for w in stopwordsiso.stopwords(code))
        words.update(fold(w) for w in get_stop_words(name))
    for locale in ("en_US", "es_ES", "fr_FR"):
        module = importlib.import_module(f"faker.providers.lorem.{locale}")
        words.update(fold(w) for w in module.Provider.word_list)
    return words


def write(name: str, words: set[str]) -> None:
    lines = sorted(w for w in words if w and w.replace(" ", "").replace("-", "").isalpha())
    (HERE / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def written_names() -> tuple[set[str], set[str]]:
    """Given names and surnames from written_names.txt (see its header)."""
    given: set[str] = set()
    last: set[str] = set()
    for line in (HERE / "written_names.txt").read_text(encoding="utf-8").splitlines():
        field, _, names = line.partition("#")[0].partition(":")
        target = {"given": given, "surnames": last}.get(field.strip())
        if target is not None:
            target.update(plain_key(name) for name in names.split())
    return given, last


def _entry_word(line: str) -> str:
    """The word of a dictionary line or an expanded form, or "" for a phrase ("maria vai com as
    outras", "água de coco"). A form may carry flags and morphology ("amiez/n'q'l'm'|",
    "nom po:nom")."""
    fields = line.split("/", 1)[0].split("\t", 1)[0].split()
    if not fields or (len(fields) > 1 and ":" not in fields[1]):
        return ""
    return fields[0]


def _stems(folder: Path, dictionary: str, forms: set[str]) -> dict[str, set[str]]:
    """hunspell's stems of each form (`hunspell -s`, Debian's hunspell): "pedro" -> "pedrar"."""
    command = ["hunspell", "-s", "-d", str(folder / dictionary)]
    # A fixed program run on the maintainer's own dictionary files.
    done = subprocess.run(command, input="\n".join(sorted(forms)), capture_output=True,  # noqa: S603
                          encoding="utf-8", errors="replace", check=True)
    stems: dict[str, set[str]] = {}
    for line in done.stdout.splitlines():
        parts = line.split()
        if len(parts) == 2:
            stems.setdefault(parts[0], set()).add(parts[1])
    return stems


def lower_case_entries(folder: Path, dictionaries: tuple[str, ...], wanted: set[str],
                       language: str, given: set[str]) -> set[str]:
    """Which of `wanted` a hunspell dictionary spells in lower case, as a stem or in an inflected
    form ("rosas", "read"): everyday words, not only proper names.

    hunspell's `unmunch` (Debian's hunspell-tools) expands each dictionary into its word forms.
    A given name that is only a form of a rare word ("pedro" of "pedrar", "paula" of "paular",
    forms of Portuguese verbs nobody uses) stays a name: a form counts for a given name when
    the word it comes from is common (Zipf EVERYDAY_ZIPF: "bela" of "belo", "anda" of "andar").
    """
    words: set[str] = set()
    for dictionary in dictionaries:
        stems = (folder / f"{dictionary}.dic").read_text(encoding="utf-8").splitlines()[1:]
        for line in stems:
            word = _entry_word(line)
            if word[:1].islower() and (key := plain_key(word)) in wanted:
                words.add(key)
        forms: dict[str, set[str]] = {}
        command = ["unmunch", str(folder / f"{dictionary}.dic"), str(folder / f"{dictionary}.aff")]
        # A fixed program run on the maintainer's own dictionary files.
        with subprocess.Popen(command, stdout=subprocess.PIPE,  # noqa: S603
                              stderr=subprocess.DEVNULL, encoding="utf-8",
                              errors="replace") as expanded:
            assert expanded.stdout is not None
            for line in expanded.stdout:
                word = _entry_word(line)
                if word[:1].islower() and (key := plain_key(word)) in wanted \
                        and key not in words:
                    forms.setdefault(key, set()).add(word)
        names_as_forms = {form for key, found in forms.items() if key in given for form in found}
        lemmas = _stems(folder, dictionary, names_as_forms) if names_as_forms else {}
        for key, found in forms.items():
            if key not in given or any(
                    zipf_frequency(stem, language) >= EVERYDAY_ZIPF
                    for form in found for stem in lemmas.get(form, ()) if stem != form):
                words.add(key)
    return words


def capitalised_entries(folder: Path, dictionaries: tuple[str, ...], wanted: set[str]) -> set[str]:
    """Which of `wanted` a hunspell dictionary lists with a capital as a stem ("Francisco",
    "Marta"): names the dictionary knows as names, whatever else it lists in lower case."""
    words: set[str] = set()
    for dictionary in dictionaries:
        stems = (folder / f"{dictionary}.dic").read_text(encoding="utf-8").splitlines()[1:]
        for line in stems:
            fields = line.split("/", 1)[0].split()
            if fields and fields[0][:1].isupper() and (key := plain_key(fields[0])) in wanted:
                words.add(key)
    return words


def language_names(language: str) -> set[str]:
    """One-word names of languages, countries, months and days in `language` ("English", "thai",
    "Nigeria", "january", "domingo"): words, even where a list also holds them as names.

    Months and days that are given names too ("May", "April") stay names with context.
    """
    locale = babel.Locale.parse(language)
    calendar = (*locale.months["format"]["wide"].values(),
                *locale.days["format"]["wide"].values())
    names = (*locale.languages.values(), *locale.territories.values(), *calendar)
    words = {plain_key(name) for name in names if " " not in name}
    return (words | {plain_key(w) for w in MORE_LANGUAGE_NAMES.split()}) - {
        plain_key(w) for w in (NAMES_THAT_ARE_WORDS + PEOPLE_FIRST).split()}


def everyday_words(language: str, names: set[str], lower_case: set[str]) -> set[str]:
    """Common words of `language`, less the names that its dictionary does not list in lower case.

    wordfreq counts "sarah" and "nguyen" as often as many words; the dictionary says "grace" and
    "rose" are words as well as names, and "sarah" is not.
    """
    words: set[str] = set()
    for word in iter_wordlist(language, "best"):
        if zipf_frequency(word, language) < EVERYDAY_ZIPF:
            break
        words.add(plain_key(word))
    return {w for w in words if w.isalpha() and (w not in names or w in lower_case)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("hunspell_dir", type=Path, help="folder of the hunspell .dic files")
    folder = parser.parse_args().hunspell_dir
    vocab = vocabulary()
    locales = NAME_LOCALES.split() + ROMANIZED_LOCALES.split()
    first = set().union(*(provider_values("person", loc, FIRST_FIELDS) for loc in locales))
    last = set().union(*(provider_values("person", loc, LAST_FIELDS) for loc in locales))
    # Only Latin, Cyrillic and Greek letters: the Han and Devanagari names are not matched yet.
    first = {plain_key(w) for w in first if len(w) >= 2 and _alphabetic(w)}
    last = {plain_key(w) for w in last if len(w) >= 3 and _alphabetic(w)}
    more_first, more_last = written_names()
    first |= more_first
    last |= more_last
    first |= {plain_key(w) for w in NAMES_THAT_ARE_WORDS.split()}
    not_names = {plain_key(w) for w in WORDS_NOT_NAMES.split()} - {
        plain_key(w) for w in NAMES_THAT_ARE_WORDS.split()}
    first -= not_names
    last -= not_names
    for language, dictionaries in EVERYDAY_LANGUAGES.items():
        lower_case = lower_case_entries(folder, dictionaries, first | last, language, first)
        stops = {plain_key(w) for w in stopwordsiso.stopwords(language)}
        write(f"everyday_{language}.txt",
              everyday_words(language, first | last, lower_case) | stops)
    write("names_in_dictionaries.txt", set().union(*(
        capitalised_entries(folder, dictionaries, first)
        for dictionaries in EVERYDAY_LANGUAGES.values())))
    write("names_that_are_words.txt", {plain_key(w) for w in NAMES_THAT_ARE_WORDS.split()})
    write("language_names.txt", set().union(*map(language_names, EVERYDAY_LANGUAGES)))
    places = set().union(*(provider_values("address", loc, PLACE_ATTRIBUTES)
                           for loc in ADDRESS_LOCALES.split()))
    places |= {fold(city.replace("_", " ")) for city in CITIES.split()}
    places |= {plain_key(place) for place in places}  # "constanta" as typed without accents
    places |= {fold(zone.split("/")[-1].replace("_", " ")) for zone in pytz.common_timezones
               if "/" in zone and not zone.startswith("Etc")}
    ambiguous_places = {w for w in places if w in vocab or len(w) <= 3}
    ambiguous_places |= set(EVERYDAY_PLACES.split())
    write("given_names.txt", first)
    write("surnames.txt", last)
    write("places.txt", places - ambiguous_places)
    write("places_ambiguous.txt", ambiguous_places)


def _alphabetic(name: str) -> bool:
    return all(not ch.isalpha() or ord(ch) < 0x0530 for ch in name)


if __name__ == "__main__":
    main()
