"""`redact()`: replace personal details with markers before anything is stored or shown back.

The survivor preview calls this on every form preview, so it must be fast and must never raise: any
string (empty, control characters, 100 kB of one word, emoji, mixed scripts) gives a result.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from feedback_app.theming import addresses, contact, dates, ids, names, phones, places
from feedback_app.theming.arabic import arabizi
from feedback_app.theming.arabic import names as arabic_names
from feedback_app.theming.arabic import numbers as arabic_numbers
from feedback_app.theming.arabic import places as arabic_places
from feedback_app.theming.chinese import CHINESE_DETECTORS
from feedback_app.theming.folding import fold
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


def _detectors() -> tuple[tuple[int, Detector], ...]:
    return ((6, addresses.find_addresses), (7, places.find_cued_places),
            (7, arabic_places.find_cued_arabic_places), (8, names.find_names),
            (8, arabic_names.find_arabic_names), (8, arabizi.find_arabizi_names),
            (10, places.find_places), (10, arabic_places.find_arabic_places),
            *CHINESE_DETECTORS)


def detect(text: str, language: str = "en") -> list[Span]:
    """Return the non-overlapping personal-detail spans of `text`, in order."""
    candidates: list[tuple[int, Span]] = []
    folded = fold(text)
    for priority, find in _CONTACT_DETECTORS:
        candidates.extend((priority, folded.to_original(span)) for span in find(folded.text))
    for priority, detector in _detectors():
        candidates.extend((priority, span) for span in detector(text, language))
    return resolve_overlaps(candidates)


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
