# ruff: noqa: RUF001  (Cyrillic letters are the point of this script)
"""Rebuild `cyrillic_everyday.txt`, the everyday Russian and Ukrainian words, from wordfreq.

Run by hand when the list needs refreshing (needs the `wordlists` extra):
`python feedback_app/theming/data/build_cyrillic_words.py`. The app never imports this script.

The list tells an unlisted capitalised word at the start of a sentence ("Потом", "Сказали") from
a name nobody listed, and a word after a kinship word ("тетя сказала") from a name in lower
case. Given names that are words too stay in it ("вера", "олег" is there as well): listed names
are read from `cyrillic_given_names.txt` first, so the list only ever speaks for unlisted words.
"""

from __future__ import annotations

import re
from pathlib import Path

from wordfreq import top_n_list, zipf_frequency

HERE = Path(__file__).resolve().parent
MIN_ZIPF = 3.5
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+(?:'[\u0400-\u04ff]+)?")


def everyday_words() -> list[str]:
    words: set[str] = set()
    for language in ("ru", "uk"):
        for word in top_n_list(language, 60000):
            if zipf_frequency(word, language) < MIN_ZIPF:
                break
            word = word.casefold().replace("ё", "е").replace("\u2019", "'")
            if _CYRILLIC_WORD.fullmatch(word):
                words.add(word)
    return sorted(words)


def main() -> None:
    header = ("# Everyday Russian and Ukrainian words (wordfreq 3.1.1, Zipf >= 3.5), lower case,"
              " ё as е.\n# Rebuilt by build_cyrillic_words.py; CC BY-SA 4.0 (see README).\n")
    (HERE / "cyrillic_everyday.txt").write_text(header + "\n".join(everyday_words()) + "\n",
                                                encoding="utf-8")


if __name__ == "__main__":
    main()
