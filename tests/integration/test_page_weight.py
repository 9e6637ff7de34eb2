"""Every survivor page, in every language, fits the 14 KB budget (HTML + CSS, gzip) and keeps a
neutral title. The same measurement prints its figures in tests/bench/page_weight.py."""

from __future__ import annotations

import importlib.util

from feedback_app.config import PROJECT_ROOT


def load_bench():
    spec = importlib.util.spec_from_file_location(
        "page_weight", PROJECT_ROOT / "tests" / "bench" / "page_weight.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_survivor_page_fits_one_round_trip():
    bench = load_bench()
    rows = bench.measure()
    assert len(rows) >= 5 * 14
    over = [(lang, page, total) for lang, page, _raw, _gz, total in rows
            if total > bench.BUDGET_BYTES]
    assert over == []
