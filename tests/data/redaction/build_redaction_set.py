"""Build `redaction_<lang>.jsonl`: the labelled redaction set (hand-written plus generated items).

Run: `python tests/data/redaction/build_redaction_set.py` (needs Faker, from the test extras). The
output is committed, so the benchmark needs neither Faker nor this script. Deterministic (seed 0).

Hand-written items live in `handwritten_<lang>.txt` (the first 40 or so per language, written
with the engine) and `voices_<lang>.txt` (100 or more per language, en, es, fr, pt and ar, written
afterwards), with inline gold (`[[name:Ana]]`); `\\u200b`-style escapes in those files stand for
invisible characters. Each item gets a `split`: "generated", "tuning" or "held-out". A fifth of the
`voices_` items are held out by a stable hash of their id (`held_out_ids`); nobody tunes on them.
Generated items fill the frames in `templates.py` with Faker values in each country's formats; a
third of the names come from `OUTSIDE_NAMES` (common in survivors' countries of origin), so that
recall is not measured only on names drawn from the same source as the shipped first-name list.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import string
from datetime import date, timedelta
from pathlib import Path

from faker import Faker
from faker.providers.date_time import change_year
from templates import FRAMES, MORE_FRAMES

HERE = Path(__file__).resolve().parent
ORIGINAL_LANGUAGES = ("en", "es", "fr", "pt", "ar")  # with voices_ files and generated items
# Added later: hand-written items only, a fifth of each round held out (tuning_/heldout_ files).
ADDED_LANGUAGES = ("vi", "zh_Hans", "ru", "uk", "ro", "sq", "ti")
LANGUAGES = ORIGINAL_LANGUAGES + ADDED_LANGUAGES
LOCALES = {"en": ("en_GB", "en_US"), "es": ("es_ES", "es_MX"), "fr": ("fr_FR", "fr_CA"),
           "pt": ("pt_PT", "pt_BR")}  # languages with generated items
MORE_LOCALES = {**LOCALES, "ar": ("ar_AA",)}
MORE_PER_LANGUAGE = 120
HELD_OUT_ONE_IN = 5
BUILT_ON = date(2026, 12, 2)  # the day the generated dates of birth count back from
GENERATED_PER_LANGUAGE = 480
OUTSIDE_NAMES = (
    "Thuy Huong Linh Phuong Trang Ngoc Hanh Quynh Yen Duong Tuan Khanh Hieu Dung Mai Lan "
    "Senait Tsega Mehret Selam Yordanos Abrehet Filmon Tesfay Kidane Luwam Helen "
    "Elona Arjola Besa Dorina Blerina Klodiana Ermira Anila Xhensila Flutura "
    "Maricel Rowena Jocelyn Marites Lorna Analyn Rhea Cherry Jhun Bong "
    "Chiamaka Ngozi Nneka Ifeoma Adaeze Omolara Folake Temitope Osaro Efosa Eghosa Osas "
    "Oana Ionela Florentina Roxana Mirela Daniela Bianca Alina Andreea Ioana"
)
SLOT = re.compile(r"\{(\w+)\}")
MARKUP = re.compile(r"\[\[(\w+):(.+?)\]\]")
ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def decode_escapes(line: str) -> str:
    """Turn a written `\\u200b` into the invisible character itself, so reviewers can see it."""
    return ESCAPE.sub(lambda match: chr(int(match.group(1), 16)), line)


def voice_id(language: str, text: str) -> str:
    """A stable id from the text itself: reordering or adding lines never moves an item's split."""
    digest = hashlib.sha256(f"{language}:{text}".encode()).hexdigest()
    return f"{language}-hw-{digest[:10]}"


def id_hash(item_id: str) -> int:
    return int(hashlib.sha256(item_id.encode()).hexdigest()[:12], 16)


def held_out_ids(item_ids: list[str]) -> set[str]:
    """The fifth of a language's `voices_` items with the smallest id hash: chosen by nobody.

    Ranking (rather than "hash % 5 == 0") makes the split exactly a fifth in every language.
    """
    ranked = sorted(item_ids, key=id_hash)
    return set(ranked[:round(len(ranked) / HELD_OUT_ONE_IN)])


def read_markup_file(path: Path) -> list[tuple[str, list[list[object]]]]:
    if not path.exists():
        return []
    lines = (decode_escapes(raw.strip()) for raw in path.read_text(encoding="utf-8").splitlines())
    return [parse_markup(line) for line in lines if line and not line.startswith("#")]


def parse_markup(line: str) -> tuple[str, list[list[object]]]:
    """Turn "call [[phone:0700]]" into ("call 0700", [["phone", 5, 9]])."""
    text, spans, cursor = "", [], 0
    for match in MARKUP.finditer(line):
        text += line[cursor:match.start()]
        spans.append([match.group(1), len(text), len(text) + len(match.group(2))])
        text += match.group(2)
        cursor = match.end()
    return text + line[cursor:], spans


def id_value(fake: Faker, rng: random.Random) -> str:
    makers = [fake.passport_number, fake.iban]
    makers += [getattr(fake, m) for m in ("ssn", "nie", "nif", "cpf") if hasattr(fake, m)]
    makers.append(lambda: f"{rng.choice(['REF', 'EXP', 'DOS', 'PROC', 'CASE'])}-"
                          f"{rng.randint(2015, 2025)}-{rng.randint(100, 99999):05d}")
    makers.append(lambda: "".join(rng.choices(string.ascii_uppercase, k=2))
                  + str(rng.randint(1000000, 9999999)))
    return str(rng.choice(makers)()).strip()


def slot_value(slot: str, fake: Faker, rng: random.Random) -> tuple[str | None, str]:
    """Return (gold kind or None, text) for one slot."""
    if slot == "name":
        return "name", rng.choice(OUTSIDE_NAMES.split()) if rng.random() < 0.33 \
            else fake.first_name()
    values = {
        "surname": lambda: ("name", fake.last_name()),
        "email": lambda: ("email", fake.email()),
        "phone": lambda: ("phone", fake.phone_number()),
        "url": lambda: ("url", rng.choice([fake.url(), fake.uri(), fake.domain_name()])),
        "id": lambda: ("number", id_value(fake, rng)),
        "address": lambda: ("address", " ".join(fake.street_address().split())),
        "place": lambda: ("place", rng.choice([fake.city(), fake.country()])),
    }
    return values[slot]()


def fill(frame: str, fake: Faker, rng: random.Random) -> tuple[str, list[list[object]]]:
    text, spans, cursor = "", [], 0
    for match in SLOT.finditer(frame):
        text += frame[cursor:match.start()]
        kind, value = slot_value(match.group(1), fake, rng)
        joined = spans and kind == "name" == spans[-1][0] and text[spans[-1][2]:] == " "
        if joined:  # "{name} {surname}" is one full name, one span, as everywhere in the set
            spans[-1][2] = len(text) + len(value)
        elif kind is not None:
            spans.append([kind, len(text), len(text) + len(value)])
        text += value
        cursor = match.end()
    return text + frame[cursor:], spans


MONTHS = {
    "en": "January February March April May June July August September October November "
          "December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
          "diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
          "dezembro",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
}
ARABIC_INDIC, PERSIAN = "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"
ARABIC_PLACES = ("عمان", "الزرقاء", "إربد", "دمشق", "حلب", "حمص", "بيروت", "طرابلس", "القاهرة",
                 "الخرطوم", "كابل", "هرات", "الدار البيضاء", "طنجة", "سوريا", "السودان", "المغرب")


def in_digits(text: str, rng: random.Random) -> str:
    """Arabic-script answers mix digit systems: Western, Arabic-Indic or Persian."""
    digits = rng.choices(("0123456789", ARABIC_INDIC, PERSIAN), weights=(3, 5, 2))[0]
    return text.translate(str.maketrans("0123456789", digits))


def date_of_birth(language: str, fake: Faker, rng: random.Random) -> str:
    # Faker's date_of_birth counts back from today, so the same seed gave other dates on
    # another day; this draws from the same range counted back from a fixed day instead.
    start, end = change_year(BUILT_ON, -61), change_year(BUILT_ON, -16)
    born = fake.date_time_ad(start_datetime=start, end_datetime=end).date()
    born = born if born != start else born + timedelta(days=1)
    month = MONTHS[language].split()[born.month - 1]
    of = {"es": " de ", "pt": " de "}.get(language, " ")
    day, number, year = born.day, born.month, born.year
    forms = [f"{day:02d}/{number:02d}/{year}", f"{day}.{number}.{year}",
             f"{year}-{number:02d}-{day:02d}", f"{day}{of}{month}{of}{year}"]
    if language == "en":
        forms.append(f"{month} {day}, {year}")
    value = rng.choice(forms)
    return in_digits(value, rng) if language == "ar" else value


def handle_value(fake: Faker, rng: random.Random) -> str:
    user = re.sub(r"[^a-z0-9_.]", "", fake.user_name().lower()) or "user"
    user += rng.choice(["", "", str(rng.randint(1, 99)), "_" + str(rng.randint(1990, 2010))])
    return rng.choice([f"@{user}", f"@{user}", f"t.me/{user}",
                       f"wa.me/{rng.choice(['', '+'])}{rng.randint(10**10, 10**12 - 1)}"])


def arabic_value(slot: str, fake: Faker, rng: random.Random) -> tuple[str, str]:
    """Values for Arabic frames: Faker's Arabic locale has names but not local phones or streets."""
    if slot in ("name", "surname"):
        return "name", fake.first_name() if slot == "name" else fake.last_name()
    number = rng.randint
    values = {
        "phone": lambda: in_digits(rng.choice([
            f"07{number(7, 9)}{number(1000000, 9999999)}",
            f"+962 7{number(7, 9)} {number(100, 999)} {number(1000, 9999)}",
            f"+963 9{number(10, 99)} {number(100, 999)} {number(100, 999)}",
            f"+212 6 {number(10, 99)} {number(10, 99)} {number(10, 99)} {number(10, 99)}",
            f"09{number(10, 39)} {number(100, 999)} {number(1000, 9999)}"]), rng),
        "email": lambda: fake.email(),
        "url": lambda: rng.choice([fake.url(), fake.domain_name()]),
        "id": lambda: in_digits(rng.choice([
            f"{rng.choice('NPRK')}{number(1000000, 9999999)}", f"{number(100, 999)}-"
            f"{number(10, 25)}C{number(10000, 99999)}", str(number(10**9, 10**10 - 1))]), rng),
        "address": lambda: rng.choice([
            f"شارع {fake.last_name()} {in_digits(str(number(1, 200)), rng)}",
            f"{in_digits(str(number(1, 200)), rng)} شارع {fake.last_name()}، "
            f"{rng.choice(ARABIC_PLACES[:9])}"]),
        "place": lambda: rng.choice(ARABIC_PLACES),
    }
    return ("number" if slot == "id" else slot), values[slot]()


def more_value(language: str, slot: str, fake: Faker, rng: random.Random) -> tuple[str, str]:
    if slot == "handle":
        return "handle", handle_value(fake, rng)
    if slot == "dob":
        return "date", date_of_birth(language, fake, rng)
    if language == "ar":
        return arabic_value(slot, fake, rng)
    kind, value = slot_value(slot, fake, rng)
    return kind, value


def fill_more(language: str, frame: str, fake: Faker,
              rng: random.Random) -> tuple[str, list[list[object]]]:
    text, spans, cursor = "", [], 0
    for match in SLOT.finditer(frame):
        text += frame[cursor:match.start()]
        kind, value = more_value(language, match.group(1), fake, rng)
        if spans and kind == "name" == spans[-1][0] and text[spans[-1][2]:] == " ":
            spans[-1][2] = len(text) + len(value)  # a full name is one span
        else:
            spans.append([kind, len(text), len(text) + len(value)])
        text += value
        cursor = match.end()
    return text + frame[cursor:], spans


def build_more(language: str) -> list[dict[str, object]]:
    """Generated items for Arabic and for the handle and date-of-birth kinds, in every language."""
    if language not in MORE_FRAMES:
        return []
    rng = random.Random(f"redaction-more-{language}")
    fakers = [Faker(locale) for locale in MORE_LOCALES[language]]
    for index, fake in enumerate(fakers):
        fake.seed_instance(100 + index)
    items = []
    for n in range(MORE_PER_LANGUAGE):
        frame = rng.choice(MORE_FRAMES[language])
        text, spans = fill_more(language, frame, rng.choice(fakers), rng)
        items.append({"id": f"{language}-g2-{n:04d}", "language": language, "source": "generated",
                      "split": "generated", "text": text, "spans": spans})
    return items


def build(language: str) -> list[dict[str, object]]:
    rng = random.Random(f"redaction-{language}")
    fakers = [Faker(locale) for locale in LOCALES.get(language, ())]
    for index, fake in enumerate(fakers):
        fake.seed_instance(index)
    items: list[dict[str, object]] = []
    for text, spans in read_markup_file(HERE / f"handwritten_{language}.txt"):
        items.append({"source": "handwritten", "split": "tuning", "text": text, "spans": spans})
    for _ in range(GENERATED_PER_LANGUAGE if fakers else 0):
        text, spans = fill(rng.choice(FRAMES[language]), rng.choice(fakers), rng)
        items.append({"source": "generated", "split": "generated", "text": text, "spans": spans})
    numbered = [{"id": f"{language}-{n:04d}", "language": language, **item}
                for n, item in enumerate(items)]
    voices = [(voice_id(language, text), text, spans)
              for text, spans in read_markup_file(HERE / f"voices_{language}.txt")]
    held_out = held_out_ids([item_id for item_id, _, _ in voices])
    for item_id, text, spans in voices:
        numbered.append({"id": item_id, "language": language, "source": "handwritten",
                         "split": "held-out" if item_id in held_out else "tuning",
                         "text": text, "spans": spans})
    # Written later: more to tune on, and more held out (written by someone who never saw the
    # engine, and never run through it while the engine changes), without touching which voices
    # are held out.
    for prefix, split in (("tuning", "tuning"), ("heldout", "held-out")):
        for text, spans in read_markup_file(HERE / f"{prefix}_{language}.txt"):
            numbered.append({"id": voice_id(language, text).replace("-hw-", f"-{prefix[:2]}-"),
                             "language": language, "source": "handwritten", "split": split,
                             "text": text, "spans": spans})
    return numbered + build_more(language)


def main() -> None:
    for language in LANGUAGES:
        with (HERE / f"redaction_{language}.jsonl").open("w", encoding="utf-8") as out:
            for item in build(language):
                out.write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
