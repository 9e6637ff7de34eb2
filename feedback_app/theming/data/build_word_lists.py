"""Rebuild the shipped name and place lists from Faker (MIT) and pytz (MIT) word lists.

Run by hand when the lists need refreshing: `python feedback_app/theming/data/build_word_lists.py`.
The app never imports this script; it reads the text files it writes. Faker and pytz are only needed
here (both come with the test extras), never at run time.
"""

from __future__ import annotations

import importlib
import unicodedata
from pathlib import Path

import pytz  # type: ignore[import-untyped]
import stopwordsiso  # type: ignore[import-untyped]
from stop_words import get_stop_words  # type: ignore[import-untyped]

HERE = Path(__file__).resolve().parent
# Latin-script locales that cover the people survivors and staff are likely to name: the four
# interface languages and the main countries of origin and destination in trafficking reports.
NAME_LOCALES = (
    "en en_GB en_IE en_US en_NG en_KE en_IN en_PK en_NZ es es_ES es_MX es_AR es_CO es_CL es_CA "
    "fr_FR fr_BE fr_CA fr_CH fr_DZ pt_BR pt_PT it_IT de_DE nl_NL ro_RO pl_PL cs_CZ sk_SK hu_HU "
    "bg_BG uk_UA ru_RU lt_LT lv_LV et_EE hr_HR sl_SI sv_SE no_NO da_DK fi_FI tr_TR az_AZ sw "
    "yo_NG ig_NG ha_NG tw_GH zu_ZA id_ID vi_VN"
)
ADDRESS_LOCALES = "en_GB en_US es_ES es_MX fr_FR pt_BR pt_PT"
PLACE_ATTRIBUTES = ("countries", "states", "regions", "departments", "cities", "concelhos",
                    "distritos", "estados", "counties", "provinces")
# Names that are everyday words in the four languages: they count as names only with context.
EVERYDAY_NAMES = """
will hope faith may june april august grace joy mark bill rose dawn summer sunny amber iris ivy
holly violet pearl ruby crystal honey angel star sky patience constance prudence mercy charity
chance frank earl guy jack jean lane lee miles page reed rich sage sterling victor art carol
sol luz paz mar rosa cruz dolores pilar consuelo amparo esperanza victoria gloria mercedes ángel
rocío nieves aurora alba belén milagros remedios caridad fe socorro blanca paloma estrella perla
flor lina salud soledad concepción asunción encarnación reyes rosario trinidad piedad
claire aimée espérance blanche marine céleste victoire rose prune olive colombe violette
graça glória esperança vitória alegria céu branca clara pérola conceição
ward lady love lucky comfort walker judge link sad worth male odd mile ray rush mate wing forum
journey bell minor park harm precious jail owe fed unknown wash corona tone post weeks pleasant
tea king queen young long green brown white black gray grey hall hill wood stone church page
nurse sister baby dear darling sweet buddy boss chief doc major general private
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


def main() -> None:
    vocab = vocabulary()
    locales = NAME_LOCALES.split()
    first_fields = ("first_names", "first_names_male", "first_names_female")
    first = set().union(*(provider_values("person", loc, first_fields) for loc in locales))
    last = set().union(*(provider_values("person", loc, ("last_names",)) for loc in locales))
    first = {w for w in first if len(w) >= 2}
    ambiguous_first = {w for w in first if w in vocab or len(w) <= 2} | set(EVERYDAY_NAMES.split())
    places = set().union(*(provider_values("address", loc, PLACE_ATTRIBUTES)
                           for loc in ADDRESS_LOCALES.split()))
    places |= {fold(city.replace("_", " ")) for city in CITIES.split()}
    places |= {fold(zone.split("/")[-1].replace("_", " ")) for zone in pytz.common_timezones
               if "/" in zone and not zone.startswith("Etc")}
    ambiguous_places = {w for w in places if w in vocab or len(w) <= 3}
    ambiguous_places |= set(EVERYDAY_PLACES.split())
    write("given_names.txt", first - ambiguous_first)
    write("given_names_ambiguous.txt", ambiguous_first)
    write("surnames.txt", {w for w in last if len(w) >= 3} - vocab)
    write("places.txt", places - ambiguous_places)
    write("places_ambiguous.txt", ambiguous_places)


if __name__ == "__main__":
    main()
