"""Each catalogue keeps the register its glossary names, where a machine can see a slip.

Survivors and the public are spoken to in one way, staff, admins and the board in another
(Spanish: tú and usted), or everyone in one way (French: vous; Portuguese: European, formal
without a pronoun; Arabic: the singular imperative for survivors, the plural for staff). A slip
shows as a word that only the other register uses: "escriba" is never the tú imperative, "tu" is
never usted, "equipe" is never European Portuguese. Only such unambiguous words are listed, so a
hit is a real slip; the glossaries say the rest to the people who review the translations.
"""

from __future__ import annotations

import re

import pytest

from tests.unit.test_languages import _messages
from tests.unit.test_translations import SURVIVOR_FACING, marked_strings

# Read by survivors and the public though they live beside staff pages: the poster, the outcome
# figures and change effects that public pages include, and the form checks the survivor's
# consent questions share with staff forms.
PUBLIC_TOO = ("templates/staff/poster.html", "templates/change_effect.html",
              "templates/outcomes", "forms.py")
STAFF_FACING = ("staff", "board", "auth", "templates/staff", "templates/board",
                "templates/auth", "templates/signed_in.html")

# Usted forms: pronouns and imperatives that tú never uses.
ES_USTED = ("usted", "ustedes", "escriba", "envíe", "pulse", "elija", "abra", "vuelva",
            "inténtelo", "guárdelo", "guárdela", "responda", "díganos", "revise", "espere",
            "marque", "siga", "cuéntenos", "indique", "dé")
# Tú forms: pronouns, possessives and imperatives that usted never uses.
# ("escribe", "usa", "vuelve" are left out: they are also "he, she or you (usted) writes".)
ES_TU = ("tú", "tu", "tus", "te", "ti", "contigo", "inténtalo", "elige", "puedes", "quieres",
         "tienes", "eres", "estás", "verás", "fíjate", "cierras", "guárdalo", "dinos", "cuéntanos",
         "enviaste", "escribiste", "elegiste")
APOSTROPHES = ("'", "\u2019")  # French writes both; the catalogue has the typographic one
FR_TU = ("tu", "te", "toi", "ton", "ta", "tes", *(f"t{mark}" for mark in APOSTROPHES))
# Brazilian words and spellings, each with the word European Portuguese uses instead.
PT_BRAZILIAN = {"você": "(none: formal without a pronoun)", "vocês": "(none)",
                "equipe": "equipa", "contato": "contacto", "contatos": "contactos",
                "registro": "registo", "registros": "registos", "usuário": "utilizador",
                "usuários": "utilizadores", "arquivo": "ficheiro", "arquivos": "ficheiros",
                "celular": "telemóvel", "tela": "ecrã", "cadastro": "registo",
                "deletar": "apagar", "deletada": "apagada", "pra": "para", "ônibus": "autocarro",
                "recepção": "receção", "aplicativo": "aplicação", "baixar": "descarregar",
                "planilha": "folha de cálculo", "senha": "palavra-passe",
                "senhas": "palavras-passe",
                "salvar": "guardar", "digite": "escreva", "digitar": "escrever", "rodada": "ronda",
                "rodadas": "rondas", "compartilhar": "partilhar", "compartilhada": "partilhada",
                "compartilhado": "partilhado", "redefinição": "reposição"}
# Arabic: the plural for staff, never for survivors; the singular for survivors, never for staff.
# Only imperatives no past tense shares ("حاولوا", "أرسلوا" are also "they tried", "they sent"),
# and "your" joined to the words the texts use.
AR_PLURAL = ("أنتم", "اكتبوا", "افتحوا", "احفظوا", "ارجعوا", "عودوا", "تابعوا", "أجيبوا",
             "يمكنكم", "لديكم", "رمزكم", "رأيكم", "إجابتكم", "إجاباتكم", "رسالتكم", "كلماتكم",
             "هويتكم", "اسمكم", "يصلكم", "ساعدكم", "ترسلون", "أجبتم")
AR_SINGULAR = ("اكتب", "اختر", "افتح", "احفظ", "ارجع", "تابع", "أجب", "يمكنك", "لديك", "رمزك",
               "رأيك", "إجابتك", "إجاباتك", "بريدك", "متصفحك", "اخترت", "سجلت", "تتولاها")

SURVIVORS = marked_strings(SURVIVOR_FACING + PUBLIC_TOO)
STAFF = marked_strings(STAFF_FACING) - SURVIVORS - marked_strings(PUBLIC_TOO)

# language -> (words survivor texts never hold, words staff texts never hold)
SLIPS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "es": (ES_USTED, ES_TU),
    "fr": (FR_TU, FR_TU),
    "pt": (tuple(PT_BRAZILIAN), tuple(PT_BRAZILIAN)),
    "ar": (AR_PLURAL, AR_SINGULAR),
}


def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    # Letters on either side mean another word: "te" is not a hit in "tema", "tu" not in "tus".
    # A word that ends in an apostrophe ("t'") is joined to the next one, so only its start counts.
    marks = "".join(APOSTROPHES)
    alternatives = "|".join(
        re.escape(word) + ("" if word.endswith(APOSTROPHES) else rf"(?![\w{marks}])")
        for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w{marks}])(?:{alternatives})", re.IGNORECASE)


def slips(code: str, audience: set[str], words: tuple[str, ...]) -> list[tuple[str, str]]:
    """The texts for an audience whose translation holds a word of the other register."""
    pattern = _pattern(words)
    return [(pattern.findall(translated)[0], translated) for english, translated in
            _messages(code) if english in audience and pattern.search(translated)]


def test_the_audiences_are_found_and_apart():
    assert len(SURVIVORS) >= 100 and len(STAFF) >= 200
    assert not SURVIVORS & STAFF


@pytest.mark.parametrize("code", sorted(SLIPS))
def test_survivor_and_public_texts_keep_their_register(code):
    assert slips(code, SURVIVORS, SLIPS[code][0]) == []


@pytest.mark.parametrize("code", sorted(SLIPS))
def test_staff_and_board_texts_keep_their_register(code):
    assert slips(code, STAFF, SLIPS[code][1]) == []


@pytest.mark.parametrize(("code", "words", "text"), [
    ("es", ES_USTED, "Escriba su respuesta."),
    ("es", ES_USTED, "Nunca sabrán quién es usted."),
    ("es", ES_TU, "Revisa tus respuestas."),
    ("es", ES_TU, "Inténtalo de nuevo."),
    ("fr", FR_TU, "Merci pour ton avis."),
    ("fr", FR_TU, "Nous t'écrirons."),
    ("fr", FR_TU, "Nous t\u2019écrirons."),
    ("pt", tuple(PT_BRAZILIAN), "A equipe respondeu."),
    ("pt", tuple(PT_BRAZILIAN), "Você pode retirar."),
    ("ar", AR_PLURAL, "اكتبوا رأيكم"),
    ("ar", AR_SINGULAR, "اكتب رأيك"),
    ("ar", AR_SINGULAR, "شكرًا على رأيك."),
])
def test_a_word_of_the_other_register_is_caught(code, words, text):
    assert _pattern(words).search(text)


@pytest.mark.parametrize(("words", "text"), [
    (ES_TU, "Este tema tiene temas."),          # "te" inside "tema"
    (FR_TU, "Votre avis compte."),
    (tuple(PT_BRAZILIAN), "A equipa respondeu pelo contacto."),
    (AR_SINGULAR, "اكتبوا"),                     # the plural holds the singular's letters
])
def test_words_inside_other_words_are_not_slips(words, text):
    assert not _pattern(words).search(text)
