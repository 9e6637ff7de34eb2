"""Rebuild everyday_ro.txt and everyday_sq.txt, the everyday words of Romanian and Albanian.

Run by hand when the lists need refreshing (see data/README for the sources and their licences):

    pip install -e '.[wordlists]'
    python feedback_app/theming/data/build_everyday_ro_sq.py HUNSPELL_DIR

HUNSPELL_DIR is the folder of Debian's hunspell-ro dictionary (ro_RO), read as
build_word_lists.py reads the others; hunspell-tools and hunspell must be on the PATH.

Romanian is built as en, es, fr and pt are: the words wordfreq counts at Zipf 3.0 or more, less
the listed names that hunspell does not spell in lower case, with the stop words. wordfreq has no
Albanian, so Albanian words come from the lexicon of uniparser-albanian (MIT): every word form
that its analyser reads as a form of an everyday (lower-case) word, tried on the stems of its
lexicon with the common endings of nouns, adjectives and verbs, and every listed name that the
analyser reads as such a form ("drita" light, "tani" now, "isha" I was), with the Albanian stop
words shipped in stopwords_sq.txt. The app never imports this script.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import stopwordsiso  # type: ignore[import-untyped]
from stop_words import get_stop_words  # type: ignore[import-untyped]

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))
from build_word_lists import everyday_words, lower_case_entries, write  # noqa: E402

from feedback_app.theming.wordlists import plain_key  # noqa: E402

# Endings tried on each stem of the Albanian lexicon, as typed without diacritics (ë as e): the
# cases and articles of nouns and adjectives, and the persons and tenses of verbs. The analyser
# keeps only the forms that are real; the rest are dropped.
ALBANIAN_ENDINGS = ("a", "i", "t", "n", "e", "ja", "je", "ra", "oi")
# Lexicon entries that are not everyday words: abbreviations and names.
_NOT_WORDS = ("abbr", "PN", "persn", "famn", "topn", "patrn")


def _romanian(folder: Path, names: set[str], given: set[str]) -> set[str]:
    lower_case = lower_case_entries(folder, ("ro_RO",), names, "ro", given)
    stops = {plain_key(w) for w in stopwordsiso.stopwords("ro")}
    stops |= {plain_key(w) for w in get_stop_words("romanian")}
    return everyday_words("ro", names, lower_case) | stops


def _albanian_lexicon() -> tuple[set[str], set[str]]:
    """(lemmas of every everyday word, stems of the underived ones), as plain keys."""
    import uniparser_albanian  # type: ignore[import-untyped]
    lexicon = Path(uniparser_albanian.__file__).parent / "data_nodiacritics" / "lexemes.txt"
    lemmas: set[str] = set()
    stems: set[str] = set()
    for block in lexicon.read_text(encoding="utf-8").split("-lexeme"):
        fields = dict(line.strip().split(":", 1) for line in block.splitlines() if ":" in line)
        tags = fields.get("gramm", "").strip().split(",")
        lemma = fields.get("lex", "").strip()
        if any(tag in tags for tag in _NOT_WORDS) or not lemma[:1].islower():
            continue
        lemmas.add(plain_key(lemma))
        if "deriv" in tags:
            continue  # derived words are rarer: their lemma is kept, their forms are not tried
        for stem in fields.get("stem", "").replace("|", "//").split("//"):
            stem = stem.strip().replace(".", "").replace("-", "")
            if stem.isalpha() and stem[:1].islower():
                stems.add(plain_key(stem))
    return lemmas, stems


def _albanian(names: set[str]) -> set[str]:
    from uniparser_albanian import AlbanianAnalyzer  # type: ignore[import-untyped]
    analyser = AlbanianAnalyzer(mode="nodiacritics")
    lemmas, stems = _albanian_lexicon()
    candidates = {stem + ending for stem in stems for ending in ALBANIAN_ENDINGS} - lemmas
    candidates = {w for w in candidates if len(w) >= 2} | names
    words: set[str] = set()
    ordered = sorted(candidates)
    for start in range(0, len(ordered), 5000):
        batch = ordered[start:start + 5000]
        for word, analyses in zip(batch, analyser.analyze_words(batch), strict=True):
            if any(a.lemma[:1].islower() and not any(tag in a.gramm.split(",")
                                                     for tag in _NOT_WORDS)
                   for a in analyses):
                words.add(word)
    stops = set((HERE / "stopwords_sq.txt").read_text(encoding="utf-8").split())
    return words | {w for w in lemmas if w.isalpha()} | {plain_key(w) for w in stops}


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
