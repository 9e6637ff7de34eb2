"""The labelled redaction set is well-formed: the benchmark's figures mean what they say.

These tests read only the committed data files; they never run the redactor, whose recall the
benchmark prints (`tests/bench/redaction.py`).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path

import pytest

SET_DIR = Path(__file__).resolve().parents[1] / "data" / "redaction"
LANGUAGES = ("en", "es", "fr", "pt", "ar")
KINDS = {"name", "phone", "email", "url", "handle", "date", "address", "number", "place"}
SPLITS = {"generated", "tuning", "held-out"}
ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def items_of(language: str) -> list[dict]:
    with (SET_DIR / f"redaction_{language}.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def voices_lines(language: str, prefix: str = "voices") -> list[str]:
    """The gold lines as a reviewer reads them, with written escapes turned into characters."""
    raw = (SET_DIR / f"{prefix}_{language}.txt").read_text(encoding="utf-8").splitlines()
    return [ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), line.strip())
            for line in raw if line.strip() and not line.strip().startswith("#")]


def with_markup(item: dict) -> str:
    """Write the item back in the inline markup, from its offsets alone."""
    text, pieces, cursor = item["text"], [], 0
    for kind, start, end in item["spans"]:
        pieces += [text[cursor:start], f"[[{kind}:{text[start:end]}]]"]
        cursor = end
    return "".join(pieces) + text[cursor:]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_span_is_a_known_kind_inside_its_text_in_order_and_trimmed(language: str) -> None:
    for item in items_of(language):
        assert item["language"] == language
        assert item["split"] in SPLITS, item["id"]
        previous_end = 0
        for kind, start, end in item["spans"]:
            assert kind in KINDS, item["id"]
            assert previous_end <= start < end <= len(item["text"]), item["id"]
            value = item["text"][start:end]
            assert value == value.strip(), (item["id"], value)
            previous_end = end


@pytest.mark.parametrize("language", LANGUAGES)
def test_hand_written_offsets_give_back_the_reviewed_lines(language: str) -> None:
    written = [with_markup(item) for item in items_of(language) if "-hw-" in item["id"]]
    assert written == voices_lines(language)


def test_item_ids_are_unique_across_languages() -> None:
    ids = Counter(item["id"] for language in LANGUAGES for item in items_of(language))
    assert [item_id for item_id, count in ids.items() if count > 1] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_has_at_least_100_new_hand_written_items(language: str) -> None:
    voices = [item for item in items_of(language) if "-hw-" in item["id"]]
    assert len(voices) >= 100
    assert all(item["source"] == "handwritten" for item in voices)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_fifth_of_the_new_hand_written_items_is_held_out(language: str) -> None:
    voices = [item for item in items_of(language) if "-hw-" in item["id"]]
    held_out = {item["id"] for item in voices if item["split"] == "held-out"}
    assert {item["split"] for item in voices} == {"tuning", "held-out"}
    assert len(held_out) == round(len(voices) / 5)
    # chosen by the hash of the id, not by hand: the smallest hashes are the ones held out
    by_hash = sorted(voices, key=lambda item: hashlib.sha256(item["id"].encode()).hexdigest()[:12])
    assert {item["id"] for item in by_hash[:len(held_out)]} == held_out


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_item_of_the_heldout_files_is_held_out_and_gives_back_its_line(
        language: str) -> None:
    heldout = [item for item in items_of(language) if f"{language}-he-" in item["id"]]
    assert [with_markup(item) for item in heldout] == voices_lines(language, "heldout")
    assert len(heldout) >= 60
    assert {(item["source"], item["split"]) for item in heldout} == {("handwritten", "held-out")}


@pytest.mark.parametrize("language", LANGUAGES)
def test_hand_written_items_include_words_with_no_personal_detail(language: str) -> None:
    voices = [item for item in items_of(language) if "-hw-" in item["id"]]
    assert sum(not item["spans"] for item in voices) >= 25


# Languages added later, with hand-written rounds only.
ADDED = ("vi", "zh_Hans", "ru", "uk", "ro", "sq", "ti")


@pytest.mark.parametrize("language", ADDED)
def test_each_added_language_has_60_hand_written_items_a_fifth_held_out(language: str) -> None:
    items = items_of(language)
    assert len(items) >= 60
    assert {item["source"] for item in items} == {"handwritten"}
    held_out = [item for item in items if item["split"] == "held-out"]
    assert len(held_out) == round(len(items) / 5)
    assert [with_markup(item) for item in held_out] == voices_lines(language, "heldout")
    assert sum(not item["spans"] for item in items) >= 12
    for item in items:
        assert item["language"] == language
        for kind, start, end in item["spans"]:
            assert kind in KINDS and 0 <= start < end <= len(item["text"]), item["id"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_committed_set_is_what_the_build_makes_on_any_day(
        language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Generated dates of birth once counted back from today, so a rebuild moved them."""
    pytest.importorskip("faker")
    monkeypatch.syspath_prepend(str(SET_DIR))
    import build_redaction_set

    assert build_redaction_set.build(language) == items_of(language)
