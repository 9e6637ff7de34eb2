"""Rebuild everyday_ro.txt and everyday_sq.txt, the everyday words of Romanian and Albanian.

Run by hand when the lists need refreshing (see data/README for the sources and their licences):

    pip install -e '.[wordlists]'
    python feedback_app/theming/data/build_everyday_ro_sq.py HUNSPELL_DIR

HUNSPELL_DIR is the folder of Debian's hunspell-ro dictionary (ro_RO), read as
build_word_lists.py reads the others; hunspell-tools and hunspell must be on the PATH.

Romanian is built as en, es, fr and pt are: the words wordfreq counts at Zipf 3.0 or more, less
the listed names that hunspell does not spell in lower case, with the stop words. wordfreq has no
Albanian, so Albanian words come from the lexicon of uniparser-albanian (MIT): the forms its
paradigms give every everyday (lower-case) word, kept where the definitions and examples of the
Albanian dictionary in albanianlanguage (MIT) use them, a listed name only where it is a common
word there ("drita" light, "shpresa" hope, "isha" I was), with the Albanian stop words shipped in
stopwords_sq.txt. Pass --albanian-only (HUNSPELL_DIR is then not read) to rebuild only these.
The app never imports this script.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from pathlib import Path

import stopwordsiso  # type: ignore[import-untyped]
from stop_words import get_stop_words  # type: ignore[import-untyped]

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))
from build_word_lists import everyday_words, lower_case_entries, write  # noqa: E402

from feedback_app.theming.wordlists import plain_key  # noqa: E402

# An Albanian word form is kept if the corpus below counts it at least this often: the list then
# holds about 38,000 forms in some 330 kB, the words answers use rather than every rare one.
ALBANIAN_COUNT = 2
# A listed name is an everyday Albanian word only if its word sense is common: the corpus counts
# it this often ("drita" light, "shpresa" hope, "lule" flower); rarer senses stay names.
NAME_SENSE_COUNT = 20
# Lexicon entries that are not everyday words: abbreviations and names.
_NOT_WORDS = {"abbr", "PN", "persn", "famn", "topn", "patrn"}
# An ending of a paradigm: the stem it takes (<1>: the second stem of the entry), the letters,
# and <.> where more endings of the paradigms it names follow (the verbs' tenses and persons).
_FLEX = re.compile(r"(?:<(\d+)>)?\.([^.<>]*)(<\.>)?")


def _romanian(folder: Path, names: set[str], given: set[str]) -> set[str]:
    lower_case = lower_case_entries(folder, ("ro_RO",), names, "ro", given)
    stops = {plain_key(w) for w in stopwordsiso.stopwords("ro")}
    stops |= {plain_key(w) for w in get_stop_words("romanian")}
    return everyday_words("ro", names, lower_case) | stops


def _paradigms(text: str) -> dict[str, list[tuple[str, list[str]]]]:
    """Each paradigm's endings as (ending, paradigms that follow it)."""
    table: dict[str, list[tuple[str, list[str]]]] = {}
    flexes: list[tuple[str, list[str]]] = []
    for line in text.splitlines():
        key, _, value = line.strip().partition(":")
        if key == "-paradigm":
            flexes = table.setdefault(value.strip(), [])
        elif key == "-flex":
            flexes.append((value.strip(), []))
        elif key == "paradigm" and flexes:
            flexes[-1][1].append(value.strip())
    return table


def _endings(table: dict[str, list[tuple[str, list[str]]]], name: str,
             depth: int = 0) -> set[tuple[int | None, str]]:
    """(stem number or None for every stem, ending) of every form of paradigm `name`."""
    found: set[tuple[int | None, str]] = set()
    for flex, following in table.get(name, []) if depth < 5 else []:
        for alternative in flex.split("//"):
            match = _FLEX.fullmatch(alternative.strip())
            if not match:
                continue  # an ending with a condition or an infix: rare, left out
            stem = int(match.group(1)) if match.group(1) else None
            if not match.group(3):
                found.add((stem, match.group(2)))
            for more in following if match.group(3) else []:
                found |= {(stem, match.group(2) + tail)
                          for _, tail in _endings(table, more, depth + 1)}
    return found


def _albanian_forms() -> tuple[set[str], set[str]]:
    """Every form the paradigms of uniparser-albanian give the everyday words of its lexicon,
    and those of its verbs, as plain keys: generated directly, which takes seconds where
    analysing each candidate took hours."""
    import uniparser_albanian  # type: ignore[import-untyped]
    data = Path(uniparser_albanian.__file__).parent / "data_nodiacritics"
    table = _paradigms((data / "paradigms.txt").read_text(encoding="utf-8"))
    cache: dict[str, set[tuple[int | None, str]]] = {}
    forms: set[str] = set()
    verbs: set[str] = set()
    for block in (data / "lexemes.txt").read_text(encoding="utf-8").split("-lexeme"):
        fields = [line.strip().split(":", 1) for line in block.splitlines() if ":" in line]
        values = {key: value.strip() for key, value in fields}
        lemma = values.get("lex", "")
        if set(values.get("gramm", "").split(",")) & _NOT_WORDS or not lemma[:1].islower():
            continue
        words = {plain_key(lemma)}
        stems = [[alt.strip() for alt in slot.split("//")]
                 for slot in values.get("stem", "").split("|")]
        for key, paradigm in fields:
            if key != "paradigm":
                continue
            if paradigm.strip() not in cache:
                cache[paradigm.strip()] = _endings(table, paradigm.strip())
            for number, ending in cache[paradigm.strip()]:
                for slot in [stems[number]] if number is not None and number < len(stems) \
                        else (stems if number is None else []):
                    words |= {plain_key(stem[:-1] + ending) for stem in slot
                              if stem.count(".") == 1 and stem.endswith(".")}
        forms |= words
        if "V" in values.get("gramm", "").split(","):
            verbs |= words
    forms = {form for form in forms if form.isalpha() and len(form) >= 2}
    return forms, verbs & forms


def _albanian_counts() -> Counter[str]:
    """How often each lower-case word occurs in the definitions and examples of the Albanian
    dictionary shipped by albanianlanguage: the only Albanian text on the package index, read
    for its counts alone (no text of it is shipped)."""
    import albanianlanguage  # type: ignore[import-untyped]
    counts: Counter[str] = Counter()
    path = Path(albanianlanguage.__file__).parent / "data" / "words.csv"
    with path.open(encoding="utf-8", newline="") as rows:
        for row in csv.DictReader(rows):
            counts.update(plain_key(word) for word in re.findall(r"[^\W\d_]+", row["definition"])
                          if word[:1].islower())
    return counts


def _albanian(names: set[str]) -> set[str]:
    counts = _albanian_counts()
    forms, verbs = _albanian_forms()
    # A form of a verb ("dola" I went out) is a word however few times the dictionary says it.
    words = {form for form in forms if counts[form] >= (
        NAME_SENSE_COUNT if form in names and form not in verbs else ALBANIAN_COUNT)}
    stops = set((HERE / "stopwords_sq.txt").read_text(encoding="utf-8").split())
    return words | {plain_key(w) for w in stops}


# Towns of Romania, Moldova, Albania, Kosovo and North Macedonia that survivors come from, and
# the towns abroad as Romanian and Albanian write them, from general knowledge of geography.
# Albanian towns are listed in the forms an answer uses ("Durrës", "Durrësi", "nga Durrësit").
TOWNS = """
bucuresti bucurești iasi iași cluj timisoara timișoara constanta constanța craiova brasov
brașov galati galați ploiesti ploiești oradea braila brăila arad pitesti pitești sibiu bacau
bacău targu mures suceava botosani botoșani buzau buzău satu mare ramnicu valcea
drobeta-turnu severin piatra neamt piatra neamț tulcea focsani focșani vaslui slobozia
calarasi călărași giurgiu alexandria zalau zalău deva hunedoara resita reșița slatina
targoviste târgoviște targu jiu târgu jiu bistrita bistrița alba iulia miercurea ciuc
sfantu gheorghe sfântu gheorghe baia mare tandarei țăndărei medias mediaș barlad bârlad
pascani pașcani onesti onești husi huși falticeni fălticeni dorohoi radauti rădăuți
caracal rosiori roșiori mangalia turda petrosani petroșani lugoj
chisinau chișinău balti bălți orhei ungheni cahul soroca hincesti hîncești lapusna
strasei strășeni comrat tiraspol edinet edineț causeni căușeni
tirana tiranë tirane tiranes tiranës durres durrës durresi durrësi durresit durrësit
vlore vlorë vlora vlores vlorës elbasan elbasani elbasanit shkoder shkodër shkodra shkodres
shkodrës fier fieri fierit korce korçë korca korces korçës berat berati beratit lushnje
lushnjë lushnja kavaje kavajë kavaja gjirokaster gjirokastër gjirokastra sarande sarandë
saranda kukes kukës kukesi kukësi lezhe lezhë lezha pogradec pogradeci librazhd peshkopi
burrel tropoje tropojë bajram curri puke pukë mirdite mirditë kruje krujë
prishtine prishtinë prishtina prishtines prishtinës prizren prizreni prizrenit peje pejë
peja pejes gjakove gjakovë gjakova gjakoves mitrovice mitrovicë mitrovica ferizaj ferizaji
gjilan gjilani podujeve podujevë vushtrri suhareke suharekë rahovec malisheve drenas
tetove tetovë tetova shkup shkupi kercove kumanove ulqin ulqini tuz preshevë presheve
londra londer londër londres anglia angli anglie italia itali italie spania spanje
germania gjermani gjermania franta franța franca francë greqi greqia grecia athina athine
athinë selanik selaniku salonic turcia turqi austria austri belgia belgjike olanda holanda
elvetia zvicer irlanda irlande scotia skoci rumania rumani romania moldova kosova kosove
kosovë shqiperi shqipëri shqiperia shqipëria milano milanoja napoli roma torino bari barit
patra patras birmingham manchester
kanada kanadaja amerike amerika brescia puglia bergamo verona firence bolonja sicili sicilia
bathore kamez kamza kamzës
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("hunspell_dir", type=Path, help="folder of ro_RO.dic and ro_RO.aff")
    parser.add_argument("--albanian-only", action="store_true", help="keep everyday_ro.txt")
    folder = parser.parse_args().hunspell_dir
    given = set((HERE / "given_names.txt").read_text(encoding="utf-8").split())
    names = given | set((HERE / "surnames.txt").read_text(encoding="utf-8").split())
    if "--albanian-only" not in sys.argv:
        write("everyday_ro.txt", _romanian(folder, names, given))
    write("everyday_sq.txt", _albanian(names))
    towns = {plain_key(town) for town in TOWNS.split()} | {t.casefold() for t in TOWNS.split()}
    write("places_ro_sq.txt", towns - names)


if __name__ == "__main__":
    main()
