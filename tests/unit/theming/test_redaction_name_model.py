"""The name tagger beside the rules (`theming.name_model`): names with no cue before them and in
no list are taken out; grammar, everyday words, words that are names too, Arabic and Ge'ez words
and Vietnamese syllables stay for the rules to read; the committed model is what its build makes
from the tuning split, and nothing breaks when it is missing or read from several threads."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from feedback_app.theming import name_model, redact, wordlists
from feedback_app.theming.redaction import rule_spans
from feedback_app.theming.spans import Span

ROOT = Path(__file__).resolve().parents[3]
BUILD = ROOT / "feedback_app" / "theming" / "data" / "build_name_model.py"


def names(text: str, language: str) -> list[str]:
    return [text[s.start:s.end] for s in redact(text, language).spans if s.kind == "name"]


def rule_names(text: str, language: str) -> list[str]:
    return [text[s.start:s.end] for s in rule_spans(text, language) if s.kind == "name"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # names from another country in a Vietnamese answer, no kinship word before them
        ("Siobhan ở văn phòng luật giúp em nhiều lắm", "vi", ["Siobhan"]),
        ("Gabriela bên hội chữ thập đỏ gọi cho em mỗi tuần", "vi", ["Gabriela"]),
        ("Ngọc với Dilnoza ở chung phòng với em", "vi", ["Dilnoza"]),
        ("Tatiana với Lyudmila cũng bị giữ ở đó", "vi", ["Tatiana", "Lyudmila"]),
        # Ukrainian and Russian typed in Latin letters, a name opening the answer
        ("Tetyana z prytulku dopomohla meni z dokumentamy", "uk", ["Tetyana"]),
        ("Dilnoza z tsentru dopomohla", "uk", ["Dilnoza"]),
        ("Dilfuza iz tsentra pozvonila mne", "ru", ["Dilfuza"]),
        # an Igbo name in no list, opening an English answer
        ("Obiageli at the drop-in found me a coat", "en", ["Obiageli"]),
    ],
)
def test_a_name_the_rules_leave_is_taken_by_the_tagger(
        text: str, language: str, expected: list[str]) -> None:
    assert rule_names(text, language) != expected  # the rules alone miss it
    assert names(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("فلوسي كانت عند الكفيل", "ar"),  # my money was with the sponsor
        ("أنا آمنة هنا الحمد لله", "ar"),  # I am safe here
        ("anh kia la nguoi tot", "vi"),  # that man is a good person
        ("Red Cross giúp em tìm lại gia đình", "vi"),
        ("Red Cross ብዙሕ ሓጊዞምና", "ti"),
        ("Таджичка из соседней комнаты плакала всю ночь", "ru"),
        ("Shpresa është e fundit që vdes, kështu thoshte nëna ime", "sq"),
        ("la Flaca era la que cobraba", "es"),  # "la" is grammar, whatever the tagger says
    ],
)
def test_words_the_tagger_may_not_take_alone_stay(text: str, language: str) -> None:
    kept = {text[s.start:s.end] for s in rule_spans(text, language) if s.kind == "name"}
    assert set(names(text, language)) <= kept


def test_chinese_answers_are_left_to_their_own_reader() -> None:
    text = "我在中心认识了Siobhan\uff0c她帮我找律师"  # a full-width comma, as typed
    assert redact(text, "zh").spans == tuple(rule_spans(text, "zh"))


def test_a_name_the_tagger_adds_beside_a_name_of_the_rules_joins_it() -> None:
    spans = [Span("name", 7, 16)]
    added = {Span("name", 0, 6)}
    joined = name_model._joined("Papușa Căldăraru e verisoara mea", [*spans, *added], added)
    assert joined == [Span("name", 0, 16)]


def test_two_names_of_the_rules_side_by_side_stay_as_the_rules_read_them() -> None:
    spans = [Span("name", 0, 3), Span("name", 4, 8)]
    assert name_model._joined("Ana Rosa", spans, set()) == spans


def test_without_the_model_file_the_rules_still_run(monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    monkeypatch.setattr(name_model, "MODEL_FILE", tmp_path / "missing.crfsuite")
    text = "Siobhan ở văn phòng luật giúp em nhiều lắm"
    result: list[object] = []
    # the tagger is opened once per thread, so a fresh thread reads the missing file
    worker = threading.Thread(target=lambda: result.append(redact(text, "vi")))
    worker.start()
    worker.join()
    assert result[0].spans == tuple(rule_spans(text, "vi"))


def test_several_threads_read_the_same_names() -> None:
    texts = [("Siobhan ở văn phòng luật giúp em nhiều lắm", "vi"),
             ("Tetyana z prytulku dopomohla meni z dokumentamy", "uk"),
             ("Obiageli at the drop-in found me a coat", "en")] * 20
    alone = [redact(text, language).spans for text, language in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(lambda pair: redact(*pair).spans, texts))
    assert together == alone


def _build_module():
    spec = importlib.util.spec_from_file_location("build_name_model", BUILD)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_tagger_trains_on_the_tuning_split_alone() -> None:
    build = _build_module()
    for language in name_model.LANGUAGES:
        path = ROOT / "tests" / "data" / "redaction" / f"redaction_{language}.jsonl"
        items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        trained = list(build.tuning_items(language))
        assert {item["split"] for item in trained} == {"tuning"}
        assert len(trained) == sum(item["split"] == "tuning" for item in items)


def test_the_committed_model_is_what_the_build_makes(tmp_path: Path) -> None:
    build = _build_module()
    items = [item for language in sorted(name_model.LANGUAGES)
             for item in build.tuning_items(language)]
    rebuilt = tmp_path / "names.crfsuite"
    build.train(items, rebuilt)
    digest = hashlib.sha256(rebuilt.read_bytes()).hexdigest()
    assert digest == hashlib.sha256(name_model.MODEL_FILE.read_bytes()).hexdigest(), (
        "run python feedback_app/theming/data/build_name_model.py and commit names.crfsuite")


@pytest.mark.parametrize("language", ["en", "ar", "ti"])
def test_the_word_lists_are_read_once_not_for_every_answer(language: str) -> None:
    # The redactor asks for them on every answer: built afresh each time, the benchmark's median
    # went from 1.5 ms to 12.8 ms per answer (English answers rebuilt theirs; "en" catches it).
    assert wordlists.everyday(language) is wordlists.everyday(language)
    assert wordlists.mixed_in_everyday() is wordlists.mixed_in_everyday()
