"""The languages the platform speaks, each named in itself, so a survivor finds theirs whatever
the language of the page or text message they are reading.

Each language has a glossary beside its catalogue (``translations/<code>/glossary.toml``), written
for the people who review the translations: the language's name in its own script, the
register survivors and staff are addressed in, the terms that never vary, and the words a
survivor may text. The name and the SMS words are read from there, so a deployment adds a language
with files alone (docs/translating.md).

Codes are Babel's locale names, which name the catalogue folders: "zh_Hans" is Simplified
Chinese. Pages write them as BCP 47 tags ("zh-Hans") in their `lang` attributes.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from feedback_app.services.errors import Reason, ServiceError

TRANSLATIONS_DIR = Path(__file__).resolve().parents[1] / "translations"
GLOSSARY_FILE = "glossary.toml"
RIGHT_TO_LEFT = frozenset({"ar"})
SMS_WORD_KINDS = ("stop", "help", "code", "yes", "no")


class GlossaryError(ServiceError):
    """A language's glossary is missing or malformed."""

    reason = Reason.UNAVAILABLE


@dataclass(frozen=True)
class Glossary:
    code: str
    name: str
    register: str
    terms: dict[str, str]
    forms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    sms: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def spellings(self, term: str) -> tuple[str, ...]:
        """Every way the catalogue may write a term: its base form and the forms listed."""
        return (self.terms[term], *self.forms.get(term, ()))


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise GlossaryError(f"{where}: expected a list of words")
    return tuple(value)


def _glossary(path: Path) -> Glossary:
    code = path.parent.name
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise GlossaryError(f"{code} glossary: {error}") from error
    name, register, terms = raw.get("name"), raw.get("register"), raw.get("terms")
    if raw.get("language") != code or not isinstance(name, str) or not name.strip() or not (
            isinstance(register, str) and register.strip()) or not isinstance(terms, dict):
        raise GlossaryError(f"{code} glossary: needs language = \"{code}\", name, register and "
                            "[terms]")
    sms = raw.get("sms", {})
    return Glossary(
        code=code, name=name, register=register, terms={str(k): str(v) for k, v in terms.items()},
        forms={term: _strings(v, f"{code} glossary forms.{term}")
               for term, v in raw.get("forms", {}).items()},
        sms={kind: _strings(sms.get(kind), f"{code} glossary sms.{kind}")
             for kind in SMS_WORD_KINDS if kind in sms})


@cache
def glossaries(directory: Path = TRANSLATIONS_DIR) -> dict[str, Glossary]:
    """Every language that has a glossary, by code, in the order of their folders' names."""
    return {path.parent.name: _glossary(path)
            for path in sorted(Path(directory).glob(f"*/{GLOSSARY_FILE}"))}


LANGUAGE_NAMES: dict[str, str] = {code: g.name for code, g in glossaries().items()}


def language_tag(code: str) -> str:
    """The BCP 47 tag of a language code, for `lang` attributes: "zh_Hans" -> "zh-Hans"."""
    return code.replace("_", "-")
