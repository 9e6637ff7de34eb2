"""`redact()`: replace personal details with markers before anything is stored or shown back.

The survivor preview calls this on every form preview, so it must be fast and must never raise: any
string (empty, control characters, 100 kB of one word, emoji, mixed scripts) gives a result.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from feedback_app.theming import contact, names, places
from feedback_app.theming.spans import KINDS, Span, resolve_overlaps

Detector = Callable[[str, str], Iterator[Span]]

# Lower number wins when two detections overlap: an email holds a name-like part, a URL holds
# digits, a CPF or IBAN looks like a phone number.
_CONTACT_DETECTORS: tuple[tuple[int, Detector], ...] = (
    (0, lambda text, _lang: contact.find_emails(text)),
    (1, lambda text, _lang: contact.find_urls(text)),
    (2, lambda text, _lang: contact.find_national_ids(text)),
    (4, lambda text, _lang: contact.find_phones(text)),
    (7, lambda text, _lang: contact.find_numbers(text)),
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
    return (*_CONTACT_DETECTORS, (3, places.find_addresses), (5, places.find_cued_places),
            (6, names.find_names), (8, places.find_places))


def detect(text: str, language: str = "en") -> list[Span]:
    """Return the non-overlapping personal-detail spans of `text`, in order."""
    candidates: list[tuple[int, Span]] = []
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
    """Replace emails, URLs, phones, long numbers and IDs, addresses, names and places with markers.

    `language` ("en", "es", "fr", "pt"; others fall back to all known cues) picks the phrase cues
    for names and addresses. Never raises: a non-string is treated as its `str()`.
    """
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    language = language.lower()[:2] if isinstance(language, str) else "en"
    spans = detect(text, language)
    counts = Counter(span.kind for span in spans)
    ordered = {kind: counts[kind] for kind in KINDS if counts[kind]}
    return Redaction(apply_spans(text, spans), tuple(spans), MappingProxyType(ordered))
