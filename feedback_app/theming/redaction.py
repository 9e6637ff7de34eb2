"""`redact()`: replace personal details with markers before anything is stored or shown back.

The survivor preview calls this on every form preview, so it must be fast and must never raise: any
string (empty, control characters, 100 kB of one word, emoji, mixed scripts) gives a result.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from feedback_app.theming import (
    addresses,
    albanian_words,
    contact,
    dates,
    dates_ro_sq,
    ids,
    name_model,
    names,
    phones,
    places,
    vietnamese,
    vietnamese_places,
)
from feedback_app.theming.arabic import arabizi
from feedback_app.theming.arabic import latin as arabic_latin
from feedback_app.theming.arabic import names as arabic_names
from feedback_app.theming.arabic import numbers as arabic_numbers
from feedback_app.theming.arabic import places as arabic_places
from feedback_app.theming.chinese import CHINESE_DETECTORS
from feedback_app.theming.chinese import latin as chinese_latin
from feedback_app.theming.cyrillic import addresses as cyrillic_addresses
from feedback_app.theming.cyrillic import details as cyrillic_details
from feedback_app.theming.cyrillic import latin as cyrillic_latin
from feedback_app.theming.cyrillic import names as cyrillic_names
from feedback_app.theming.cyrillic import places as cyrillic_places
from feedback_app.theming.folding import fold
from feedback_app.theming.geez import details as geez_details
from feedback_app.theming.geez import latin as geez_latin
from feedback_app.theming.geez import names as geez_names
from feedback_app.theming.geez import places as geez_places
from feedback_app.theming.geez import romanised as geez_romanised
from feedback_app.theming.spans import KINDS, Span, resolve_overlaps

Detector = Callable[[str, str], Iterator[Span]]

# Lower number wins when two detections overlap: an email holds a name-like part, a URL holds
# digits, a wa.me link is a URL too, a CPF or IBAN looks like a phone number, and a date must not
# be read as a street number or a name ("5 de Junio"). These run on the folded text (every digit
# system read as 0-9, invisible characters out); names and places read the text as typed.
_CONTACT_DETECTORS: tuple[tuple[int, Callable[[str], Iterator[Span]]], ...] = (
    (0, contact.find_emails),
    (1, contact.find_handles),
    (2, contact.find_urls),
    (3, ids.find_national_ids),
    (4, dates.find_dates),
    (4, dates_ro_sq.find_ro_sq_dates),
    (5, phones.find_phones),
    (5, phones.find_spelled_phones),
    (9, ids.find_numbers),
    (9, arabic_numbers.find_arabic_references),
)


@dataclass(frozen=True, slots=True)
class Redaction:
    """Redacted text, where each detail was (offsets in the original text), and counts by kind.

    The app stores `text` and `counts` only; `spans` exist for the preview and for measurement.
    """

    text: str
    spans: tuple[Span, ...] = ()
    counts: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))


def _latin_beside_cyrillic(text: str, language: str) -> Iterator[Span]:
    """In a Russian or Ukrainian answer the Cyrillic words are read by `cyrillic.names`, which
    knows their case endings; `cyrillic.latin` keeps the Latin rules' names that are names there
    (not "v Dublini") and reads transliterated sentences."""
    yield from cyrillic_latin.find_latin_names(text, language, names.find_names)


def _latin_outside_han(text: str, language: str) -> Iterator[Span]:
    """A Chinese answer's Latin stretches are read by `chinese.latin`, between its Han letters;
    an answer written wholly in Latin letters is read there too, as pinyin or by the Latin
    rules."""
    yield from chinese_latin.find_names_in_latin_answer(text, language)


def _latin_in_arabic(text: str, language: str) -> Iterator[Span]:
    """An Arabic answer's Latin words are read by the Latin rules, less the German words of
    papers and offices written among them ("الـ Termin بالجوب سنتر")."""
    yield from arabic_latin.without_paper_words(text, names.find_names(text, language))


def _vietnamese_names(text: str, language: str) -> Iterator[Span]:
    """Vietnamese given names are everyday syllables ("Mai" is tomorrow, "Hoa" a flower), so
    Vietnamese has a reading of its own in place of the Latin rules."""
    del language
    yield from vietnamese.find_vietnamese_names(text)


# Languages whose own reader takes the place of the Latin name rules, or tells which of their
# names to keep. Every other language is read by the Latin rules (`names.find_names`) alone.
_LATIN_NAMES_READ_BY: Mapping[str, Detector] = MappingProxyType({
    "vi": _vietnamese_names,
    "ru": _latin_beside_cyrillic,
    "uk": _latin_beside_cyrillic,
    "zh": _latin_outside_han,
    "ti": geez_latin.find_latin_names_in_tigrinya,
    "ar": _latin_in_arabic,
})


def _latin_names(text: str, language: str) -> Iterator[Span]:
    """Names in Latin (and, outside Russian and Ukrainian, Greek and Cyrillic) script."""
    yield from _LATIN_NAMES_READ_BY.get(language, names.find_names)(text, language)


def _detectors() -> tuple[tuple[int, Detector], ...]:
    return ((3, vietnamese_places.find_vietnamese_ids),
            (4, vietnamese_places.find_vietnamese_dates_of_birth),
            (6, vietnamese_places.find_vietnamese_addresses),
            (7, vietnamese_places.find_vietnamese_places),
            (3, cyrillic_details.find_cyrillic_ids), (4, cyrillic_details.find_cyrillic_dates),
            (5, cyrillic_details.find_cyrillic_phones),
            (6, addresses.find_addresses), (6, cyrillic_addresses.find_cyrillic_addresses),
            (7, places.find_cued_places),
            (7, arabic_places.find_cued_arabic_places),
            (7, cyrillic_places.find_cyrillic_places), (8, _latin_names),
            (8, cyrillic_names.find_cyrillic_names),
            (8, arabic_names.find_arabic_names), (8, arabizi.find_arabizi_names),
            (4, geez_details.find_geez_dates_of_birth), (6, geez_details.find_geez_addresses),
            (4, geez_romanised.find_romanised_dates_of_birth),
            (6, geez_romanised.find_romanised_addresses),
            (8, geez_names.find_geez_names), (10, geez_places.find_geez_places),
            (10, places.find_places), (10, arabic_places.find_arabic_places),
            (10, albanian_words.find_albanian_places),
            *CHINESE_DETECTORS)


def rule_spans(text: str, language: str = "en") -> list[Span]:
    """The rules' and lists' non-overlapping personal-detail spans of `text`, in order."""
    candidates: list[tuple[int, Span]] = []
    folded = fold(text)
    for priority, find in _CONTACT_DETECTORS:
        candidates.extend((priority, folded.to_original(span)) for span in find(folded.text))
    for priority, detector in _detectors():
        candidates.extend((priority, span) for span in detector(text, language))
    return resolve_overlaps(candidates)


def detect(text: str, language: str = "en") -> list[Span]:
    """Return the non-overlapping personal-detail spans of `text`, in order: the rules' spans
    and the names the tagger is sure of among the words they left (`name_model`)."""
    return name_model.add_model_names(text, language, rule_spans(text, language))


def apply_spans(text: str, spans: list[Span]) -> str:
    """Replace each span of `text` with its `[kind]` marker."""
    pieces: list[str] = []
    cursor = 0
    for span in spans:
        pieces.append(text[cursor:span.start])
        pieces.append(f"[{span.kind}]")
        cursor = span.end
    pieces.append(text[cursor:])
    return "".join(pieces)


def redact(text: str, language: str = "en") -> Redaction:
    """Replace contact details, dates, long numbers and IDs, addresses, names and places.

    Contact details are emails, URLs, messaging handles and phones; each detail becomes its
    `[kind]` marker (see `spans.KINDS`).

    `language` ("en", "es", "fr", "pt"; others fall back to all known cues) picks the phrase cues
    for names and addresses; contact details and dates are found in every language alike.
    Never raises: a non-string is treated as its `str()`.
    """
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    language = language.lower()[:2] if isinstance(language, str) else "en"
    spans = detect(text, language)
    counts = Counter(span.kind for span in spans)
    ordered = {kind: counts[kind] for kind in KINDS if counts[kind]}
    return Redaction(apply_spans(text, spans), tuple(spans), MappingProxyType(ordered))
