"""Bytes of every survivor page in every language, raw and gzip, with the stylesheet.

Run: python tests/bench/page_weight.py
Prints one row per page and language, then the largest. The goal is at most 14 KB (14,336 bytes)
of HTML + CSS, gzip, so a page arrives in one round trip on a slow connection.
"""

from __future__ import annotations

import gzip
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.apps import make_app, upgrade_schema  # noqa: E402
from tests.flow import Survivor  # noqa: E402
from tests.support.html import text_fields  # noqa: E402

BUDGET_BYTES = 14 * 1024
LANGUAGES = ("en", "es", "fr", "pt", "ar")


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6))


def survivor_pages(app, language: str) -> list[tuple[str, bytes]]:
    """Every page a survivor sees, in order, for one language."""
    client = app.test_client()
    s = Survivor(client)
    pages: list[tuple[str, bytes]] = []

    def keep(name: str) -> None:
        assert s.last is not None and s.last.status_code < 400, (name, s.last)
        pages.append((name, s.last.get_data()))

    client.post("/language", data={"language": language, "next": "/"})
    s.get("/")
    keep("home")
    s.opens_programme()
    keep("language")
    s.chooses_language(language)
    keep("before-you-start")
    s.reads_before_you_start()
    keep("consent")
    s.consents(board="yes", quote="yes")
    n = 0
    while s.step().startswith("page:"):
        keep(f"survey-{n}")
        names = set(text_fields(s.html))
        s.answers_page(**{name: "The staff were kind but the rooms were cold. " * 8
                          for name in names})
        n += 1
    keep("preview")
    code = s.sends()
    keep("receipt")
    s.get("/r")
    keep("receipt-form")
    s.post({"code": code}, path="/r")
    keep("status")
    s.get("/r/withdraw")
    keep("withdraw-confirm")
    s.post({"confirm": "yes"}, path="/r/withdraw")
    keep("withdrawn")
    s.get("/p/no-such-programme")
    pages.append(("not-found", s.last.get_data() if s.last else b""))
    return pages


def measure() -> list[tuple[str, str, int, int, int]]:
    """(language, page, html raw, html gzip, html+css gzip) for every page."""
    css = (ROOT / "static" / "style.css").read_bytes()
    css_gz = gz(css)
    folder = Path(tempfile.mkdtemp(prefix="sv-weight-"))
    try:
        url = f"sqlite:///{folder / 'sv.sqlite3'}"
        upgrade_schema(url)
        app = make_app(url, SUBMIT_LIMIT_CLIENT="10000 per hour")
        rows = []
        for language in LANGUAGES:
            for name, html in survivor_pages(app, language):
                rows.append((language, name, len(html), gz(html), gz(html) + css_gz))
        return rows
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> int:
    css = (ROOT / "static" / "style.css").read_bytes()
    rows = measure()
    print(f"stylesheet: {len(css)} bytes raw, {gz(css)} bytes gzip")
    print(f"{'lang':4} {'page':18} {'html raw':>9} {'html gz':>8} {'html+css gz':>12}")
    for language, name, raw, html_gz, total in rows:
        print(f"{language:4} {name:18} {raw:9d} {html_gz:8d} {total:12d}")
    worst = max(rows, key=lambda r: r[4])
    print(f"largest: {worst[1]} ({worst[0]}) {worst[4]} bytes html+css gzip, "
          f"{worst[2]} bytes html raw; budget {BUDGET_BYTES} bytes")
    over = [r for r in rows if r[4] > BUDGET_BYTES]
    print(f"pages over budget: {len(over)} of {len(rows)}")
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
