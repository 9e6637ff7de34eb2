"""Romanian names the word lists read as words, where the grammar shows a person: a name called
out in its vocative, a woman's name in "-ei" saying whose, a name that is a word then who the
person is, and the diminutives, Moldovan names and surnames answers use; God, kin called out
("mamaie", "frate") and places stay."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def found(text: str, kind: str = "name") -> list[str]:
    return [text[s.start:s.end] for s in redact(text, "ro").spans if s.kind == kind]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the vocative at the head of what was said: Costel -> costele, Ion -> ioane, Maria -> mario
        ('i-am zis "costele, lasa-ma in pace" si a ras', ["costele"]),
        ("el striga: ioane, vino aici!", ["ioane"]),
        ('"mario, mamaie, vino acasa" mi-a zis bunica', ["mario"]),
        ("ii ziceam mereu: Gigele, da-mi actele", ["Gigele"]),
        # whose: a woman's name in -ei
        ("telefonul Ioanei e inchis de o saptamana", ["Ioanei"]),
        # a name that is a word (flower, forest), then who the person is
        ("Floare e o fata din Craiova care a stat cu mine", ["Floare"]),
        ("cu Codru, fratele meu, am lucrat pe santier in Birmingham", ["Codru"]),
        # diminutives, Moldovan names and surnames
        ("Dănuț cu Larisa au fost recrutorii in satul nostru", ["Dănuț", "Larisa"]),
        ("serghei mi-a luat actele la granita", ["serghei"]),
        ("gigel stie adresa mamei", ["gigel"]),
        ("ma numesc ioana lacatus si am 22 de ani", ["ioana lacatus"]),
        ("ma numesc maria stanciu, am venit din galati", ["maria stanciu"]),
    ],
)
def test_a_romanian_name_is_taken_out_where_the_grammar_shows_a_person(
        text: str, names: list[str]) -> None:
    assert found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        '"doamne, ajuta-ma" ziceam in fiecare noapte',
        '"frate, nu pot" i-am zis',
        '"dragule, stai linistit" zicea el',
        '"baiete, da-mi banii" striga patronul',
        "Speranta e ca o sa primesc actele",
        "Floare e o planta frumoasa",
        "Aeroportul Romei era plin cand am plecat",
        "la Politie, fratele meu a dat declaratie",
        "Dumnezeu, tatal nostru, m-a ajutat",
        # "lacatus" is a locksmith too
        "am lucrat la un lacatus in Bucuresti",
    ],
)
def test_kin_called_out_god_places_and_words_stay(text: str) -> None:
    assert found(text) == []


def test_the_words_around_a_vocative_are_kept() -> None:
    redacted = redact('"costele, da-mi actele" i-am zis', "ro").text
    assert redacted == '"[name], da-mi actele" i-am zis'
