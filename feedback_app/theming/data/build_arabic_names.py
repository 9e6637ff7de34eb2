"""Rebuild the shipped Arabic-script name lists from Faker (MIT), wordfreq and hand-written words.

Run by hand when the lists need refreshing:
`python feedback_app/theming/data/build_arabic_names.py`. The app never imports this script; it
reads the three files it writes, already normalised the way `arabic.script.normalise` reads a
text (hamza forms, alef maqsura, ta marbuta, harakat and tatweel folded), so a name typed
"فاطمة", "فاطمه" or "فاطِمَة" is one entry.

- `arabic_names.txt`: given and family names that are rarely anything else;
- `arabic_names_ambiguous.txt`: names that are everyday words too (أمل "hope", سعادة "happiness",
  كريم "generous"): names only with context;
- `arabic_words.txt`: everyday words that never start a name, so a title or a cue followed by
  one of them ("المحامية كانت", "صديقتي مريضة") names no one;
- `arabic_common_words.txt`: the words wordfreq counts as frequent, which block an unlisted word
  after a weak cue ("الدكتور امبارح").
"""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path

import stopwordsiso  # type: ignore[import-untyped]
import wordfreq

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from arabic_name_sources import (  # noqa: E402  (beside this script)
    COMMON_NAMES,
    COMPOUNDS,
    EVERYDAY_NAMES,
    EVERYDAY_WORDS,
    HALVES,
    MORE_NAMES,
    NOT_NAMES,
)

from feedback_app.theming.arabic.script import normalise  # noqa: E402

# wordfreq's Arabic words at or above this Zipf frequency are everyday words (a few hundred
# thousand entries below it are mostly rare names, typos and inflections nobody needs).
COMMON_ZIPF = 3.5
# "ال...ي" words at least this frequent are adjectives ("الماضي", "الطبي"), never a family name.
NISBA_ADJECTIVE_ZIPF = 4.4
ARABIC_WORD = re.compile(r"[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]+")
# Arabic-script person providers: Levant, Gulf, Maghreb and Persian names (Dari speakers write
# Afghan names the same way).
LOCALES = ("ar_AA", "ar_DZ", "ar_PS", "ar_SA", "fa_IR")
# Tribe and clan entries of Faker's lists ("بنو هاشم", "قبيلة هذيل") are no one's surname.
TRIBE_PREFIXES = ("بنو ", "بني ", "قبيلة ")

COMPOUND_HALVES = frozenset(normalise(word) for word in HALVES.split())


def provider_names(attribute: str) -> set[str]:
    names: set[str] = set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        names.update(getattr(provider, attribute, ()))
    return names


def entries(words: set[str]) -> set[str]:
    """Normalised entries; tribe names, bracketed notes and halves of compounds left out."""
    kept: set[str] = set()
    for word in words:
        if any(word.startswith(prefix) for prefix in TRIBE_PREFIXES) or "(" in word:
            continue
        key = normalise(word)
        if key in COMPOUND_HALVES:
            continue
        if len(key.replace(" ", "")) >= 2:
            kept.add(key)
    return kept


def everyday_words() -> set[str]:
    words = {normalise(word) for word in stopwordsiso.stopwords("ar")}
    words |= {normalise(word) for word in EVERYDAY_WORDS.split()}
    return {word for word in words if word}


def common_words(known_names: set[str]) -> set[str]:
    """Arabic words wordfreq counts at least three times in a million (Zipf 3.5), names left out.

    They keep an unlisted word after a weak cue ("الدكتور امبارح", "yesterday") from being read
    as a name; after an introduction ("اسمي ...") the detector does not consult them, since famous
    names are frequent words there too.
    """
    kept: set[str] = set()
    for word in wordfreq.top_n_list("ar", 200_000):
        if wordfreq.zipf_frequency(word, "ar") < COMMON_ZIPF:
            break
        key = normalise(word)
        if ARABIC_WORD.fullmatch(key) and key not in known_names:
            kept.add(key)
    return kept


def frequent_nisba_adjectives(known_names: set[str]) -> set[str]:
    """"الماضي", "الثاني", "الطبي": adjectives shaped like a family name, too frequent to be one."""
    return {word for word in common_words(known_names)
            if word.startswith("ال") and word.endswith("ي") and len(word) >= 5
            and wordfreq.zipf_frequency(word, "ar") >= NISBA_ADJECTIVE_ZIPF}


def write(name: str, words: set[str]) -> None:
    (HERE / name).write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")


def main() -> None:
    fields = ("first_names", "first_names_male", "first_names_female", "last_names")
    names = entries(set().union(*(provider_names(field) for field in fields)))
    # Hand-written names: one a word, except the compounds listed whole ("فاطمة الزهراء").
    names |= entries(set(MORE_NAMES.split())) | entries(set(COMPOUNDS.strip().splitlines()))
    names |= entries(set(COMMON_NAMES.split()))
    words = everyday_words()
    not_names = entries(set(NOT_NAMES.split()))
    ambiguous = (entries(set(EVERYDAY_NAMES.split())) | (names & words)) - not_names
    names = names - ambiguous - not_names - words
    write("arabic_names.txt", names)
    write("arabic_names_ambiguous.txt", ambiguous)
    words |= frequent_nisba_adjectives(names | ambiguous)
    write("arabic_words.txt", (words | not_names) - ambiguous - names)
    write("arabic_common_words.txt",
          common_words(names | ambiguous) - words - not_names - ambiguous - names)


if __name__ == "__main__":
    main()
