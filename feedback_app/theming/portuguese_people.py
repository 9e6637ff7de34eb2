"""How Portuguese marks a word as a person where the word alone says nothing.

Portuguese puts an article before a given name ("a flor", "o wellington"), and many given names
are words ("luz", "flor", "paz", "esperança") or in no list ("mamadu"). What follows still shows
a person:

- what she did, right after: "o wellington usou meu cpf", "o mamadu me arranjou";
- where she works, then what she did: "a flor do refeitorio sempre guarda um prato", "a
  esperanca de maputo me ensinou a andar de metro";
- "foi o mamadu djalo que arranjou": the one who did it;
- beside the one speaking: "pra mim e pra aparecida", "comigo e com a joana".

A thing never does these ("a luz do quarto apagou", "o wifi caiu"), so the words stay.
"""

from __future__ import annotations

import re

from feedback_app.theming import spanish_people, wordlists
from feedback_app.theming.name_reading import Evidence, Reading, grammar_words
from feedback_app.theming.reach import match_after

_LOOK_BACK = 40
# What only a person does to someone or for someone: teach, explain, call, keep a plate for.
_PERSON_VERBS = (
    r"ajud(?:a|ou|ava)|ensin(?:a|ou|ava)|explic(?:a|ou|ava)|cham(?:a|ou|ava)|lev(?:a|ou|ava)|"
    r"acompanh(?:a|ou|ava)|lig(?:a|ou|ava)|acolhe(?:u)?|recebe(?:u)?|atende(?:u)?|atendia|"
    r"arranj(?:a|ou|ava)|busc(?:a|ou|ava)|mostr(?:a|ou)|cont(?:a|ou)|fal(?:a|ou|ava)|diz|"
    r"disse|dizia|pergunt(?:a|ou)|mand(?:a|ou|ava)|guard(?:a|ou|ava)|escut(?:a|ou)|ouve|ouviu|"
    r"acalm(?:a|ou)|cuid(?:a|ou|ava)|trat(?:a|ou|ava)|convers(?:a|ou)|entende(?:u)?|sorri(?:u)?|"
    r"rez(?:a|ou)|cozinh(?:a|ou|ava)|traz|trouxe|trazia|deu|dava|vendeu|roub(?:a|ou)|bate(?:u)?|"
    r"batia|prometeu|peg(?:a|ou)|us(?:a|ou)|abra[çc](?:a|ou)|visit(?:a|ou)")
_ADVERBS = r"(?:(?:sempre|j[aá]|tamb[eé]m|nunca|n[aã]o|s[oó]|ainda)[ \t]+)?"
# not "se chamava": "o cafetao se chamava amor" names him after it
_CLITIC = r"(?:(?:me|nos|te|lhe|lhes|se(?![ \t]+cham)|a|o)[ \t]+)?"
# What only a person does, even for a name that is a feeling ("a esperanca de maputo me
# ensinou"; "a esperança de ver meus filhos me ajuda" is hope).
_PERSON_ONLY_VERBS = (
    r"ensin(?:a|ou|ava)|explic(?:a|ou|ava)|cham(?:a|ou|ava)|acompanh(?:a|ou|ava)|lig(?:a|ou|ava)|"
    r"arranj(?:a|ou|ava)|busc(?:a|ou)|mostr(?:a|ou)|cont(?:a|ou)|fal(?:a|ou|ava)|disse|dizia|"
    r"pergunt(?:a|ou)|guard(?:a|ou|ava)|escut(?:a|ou)|ouviu|cuid(?:a|ou|ava)|convers(?:a|ou)|"
    r"sorri(?:u)?|rez(?:a|ou)|cozinh(?:a|ou|ava)|visit(?:a|ou)|abra[çc](?:a|ou)|atende(?:u)?")
# Where she works or comes from: "do refeitorio", "da linha de apoio", "de maputo", "la do cras";
# not what is hoped for ("de ver meus filhos", "de voltar").
_FROM = (r"(?:(?:l[aá][ \t]+)?(?:do|da|de|dos|das)[ \t]+(?![^\W\d_]+(?:ar|er|ir)(?!\w))"
         r"(?:[^\W\d_]+[ \t]+){1,3}?)")
# Services where people work, after which any act is the person's: "a paz da linha de apoio me
# acalmou" ("a paz do jardim" is peace).
_SERVICE_FROM = (r"(?:(?:l[aá][ \t]+)?(?:do|da|de)[ \t]+(?:linha|cras|creas|caps|ong|"
                 r"recep[çc][aã]o|portaria|equipe|defensoria|associa[çc][aã]o|pastoral|secretaria|refeit[oó]rio|"
                 r"triagem|acolhimento|limpeza|lavanderia)(?:[ \t]+[^\W\d_]+){0,2}?[ \t]+)")
# Who a person is, said after her: "a luz la do cras e um anjo".
_PERSON_PREDICATE = (r"(?:[eé]|foi|era)[ \t]+(?:um anjo|uma santa|uma m[aã]e|gente boa|um amor|"
                     r"muito (?:querida|atenciosa|carinhosa|educada|grossa)|querida|atenciosa|"
                     r"carinhosa|grossa|mal[ \-]educada)")
_DID_AFTER = re.compile(rf"[ \t]+{_FROM}?{_ADVERBS}{_CLITIC}(?:{_PERSON_VERBS})(?!\w)",
                        re.IGNORECASE)
_TO_ME_AFTER = re.compile(rf"[ \t]+{_ADVERBS}(?:me|nos)[ \t]+(?:{_PERSON_ONLY_VERBS})(?!\w)",
                          re.IGNORECASE)
_FROM_THEN_DID_AFTER = re.compile(
    rf"[ \t]+(?:{_FROM}{_ADVERBS}{_CLITIC}(?:{_PERSON_ONLY_VERBS})|{_SERVICE_FROM}{_ADVERBS}"
    rf"{_CLITIC}(?:{_PERSON_VERBS})|{_FROM}?{_PERSON_PREDICATE})(?!\w)", re.IGNORECASE)
# "o wellington usou", "a joana ficou": a verb in the past, right after a name that is no word.
_PAST_AFTER = re.compile(
    rf"[ \t]+{_ADVERBS}(?:(?:me|nos|te|lhe|lhes|se)[ \t]+[^\W\d_]{{2,}}|"
    r"[^\W\d_]{2,}(?:ou|eu|iu))(?!\w)", re.IGNORECASE)
# Offices and services typed in lower case, never a person: "a aima nao atende".
_AGENCIES = frozenset((
    "aima", "sef", "cras", "creas", "caps", "inss", "sus", "ong", "pf", "acnur", "oim", "apav",
    "cpcj", "upa", "ubs", "cpf", "cnpj", "detran", "receita"))
# A word in no list shaped like a Portuguese noun of a role or a thing: "o aliciador", "o
# cafetao", "a patroa", "a papelada".
_NOUN_SHAPE = re.compile(r"(?:dor|dora|dores|eiro|eira|ista|[cst][aã]o|gem|dade|mento|ada)$")
_ARTICLE_BEFORE = re.compile(r"(?<!\w)(?:o|a)[ \t]+$", re.IGNORECASE)
# "foi o mamadu djalo que arranjou": the one who did it, named.
_CLEFT_BEFORE = re.compile(r"(?<!\w)(?:foi|era|é|e)[ \t]+(?:o|a)[ \t]+$", re.IGNORECASE)
_CLEFT_AFTER = re.compile(r"(?:[ \t]+[^\W\d_]+)?[ \t]+(?:que|quem)[ \t]", re.IGNORECASE)
_CLEFT_SECOND_BEFORE = re.compile(r"(?<!\w)(?:foi|era)[ \t]+(?:o|a)[ \t]+[^\W\d_]+[ \t]+$",
                                  re.IGNORECASE)
_CLEFT_AFTER_SECOND = re.compile(r"[ \t]+(?:que|quem)[ \t]", re.IGNORECASE)
# "pra mim e pra aparecida", "comigo e com a joana": beside the one speaking.
_BESIDE_ME_BEFORE = re.compile(
    r"(?<!\w)(?:(?:pra|para|com|de)[ \t]+(?:mim|ela|ele|voc[eê])|comigo)(?:[ \t]*,)?[ \t]+e[ \t]+"
    r"(?:pra|para|com|de)[ \t]+(?:(?:o|a)[ \t]+)?$", re.IGNORECASE)


def portuguese_person(reading: Reading, index: int) -> bool:
    """Whether Portuguese grammar around the word shows that it names someone."""
    token = reading.tokens[index]
    if reading.language != "pt" or not _could_be_named(reading, index):
        return False
    text = reading.text
    before = text[max(0, token.start - _LOOK_BACK):token.start]
    evidence = reading.evidence(index)
    plain = token.plain
    a_word = plain in wordlists.names_that_are_words() or plain in wordlists.everyday(
        "pt", english=False)
    if _BESIDE_ME_BEFORE.search(before):
        return True
    if (_CLEFT_BEFORE.search(before) and match_after(_CLEFT_AFTER, text, token.end)) or (
            _CLEFT_SECOND_BEFORE.search(before)
            and match_after(_CLEFT_AFTER_SECOND, text, token.end)):
        return evidence is not Evidence.AMBIGUOUS or not a_word  # "foi o mamadu djalo que"
    if not _ARTICLE_BEFORE.search(before):
        return False
    if a_word:
        return bool(match_after(_FROM_THEN_DID_AFTER, text, token.end))  # "a flor do refeitorio"
    if plain in wordlists.given_names() and match_after(_DID_AFTER, text, token.end):
        return True  # "o kwame me ensinou"
    if match_after(_TO_ME_AFTER, text, token.end):
        return True  # "o mamadu me arranjou": a word in no list, then what he did for her
    # "o wellington usou": a given name that is no word, then what he did
    return plain in wordlists.given_names() and bool(match_after(_PAST_AFTER, text, token.end))


def _could_be_named(reading: Reading, index: int) -> bool:
    """A word that may name someone here: no grammar word, office or role noun."""
    token = reading.tokens[index]
    if token.key in grammar_words("pt") or token.plain in _AGENCIES or (
            reading.evidence(index) is Evidence.UNKNOWN and _NOUN_SHAPE.search(token.plain)):
        return False
    return (spanish_people.could_be_person(reading, index)
            or token.plain in wordlists.names_that_are_words())
