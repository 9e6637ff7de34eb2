"""The app reads the time from one clock (feedback_app/clock.py) and stores only aware UTC times.

A direct read of the system clock elsewhere would bypass a test's fixed clock and could bring
local time back: a survivor's feedback dated by another day than its audit record.
"""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import DateTime

import feedback_app
from feedback_app.clock import FixedClock, NaiveTimeError, SystemClock, configured_clock
from feedback_app.models import Base
from feedback_app.models.base import UtcDateTime

PACKAGE = Path(feedback_app.__file__).parent
CLOCK_MODULE = PACKAGE / "clock.py"
# module or class name -> the calls on it that read the system clock
CLOCK_READS = {
    "datetime": {"now", "utcnow", "today", "utcfromtimestamp"},
    "date": {"today"},
    "time": {"time", "time_ns", "localtime", "gmtime"},
}


def _dotted(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return ""


def clock_reads(source: str) -> list[str]:
    """Every direct read of the system clock in this source, as 'line: call'."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module in ("time", "datetime"):
            # `from time import time` would hide the call behind a bare name.
            names = {a.name for a in node.names} & CLOCK_READS["time"]
            if node.module == "time" and names:
                found.append(f"{node.lineno}: from time import {', '.join(sorted(names))}")
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        owner = _dotted(node.func.value).rsplit(".", 1)[-1]
        if node.func.attr in CLOCK_READS.get(owner, ()):
            found.append(f"{node.lineno}: {_dotted(node.func)}()")
    return found


@pytest.mark.parametrize("source", [
    "import datetime as dt\ndt.datetime.now(dt.UTC)",
    "import datetime\ndatetime.datetime.utcnow()",
    "from datetime import date\ndate.today()",
    "import datetime as dt\ndt.date.today()",
    "from datetime import datetime\ndatetime.now()",
    "import time\ntime.time()",
    "from time import time\ntime()",
])
def test_the_scan_finds_a_direct_read_of_the_system_clock(source):
    assert clock_reads(source) != []


@pytest.mark.parametrize("source", [
    "from feedback_app import clock\nclock.now()",
    "from feedback_app import clock\nclock.today()",
    "import datetime as dt\ndt.datetime(2030, 1, 1, tzinfo=dt.UTC)",
])
def test_the_scan_lets_reads_of_the_app_clock_through(source):
    assert clock_reads(source) == []


def test_no_module_but_the_clock_reads_the_system_clock():
    # Given every module of the package
    modules = [p for p in PACKAGE.rglob("*.py") if p != CLOCK_MODULE]
    assert len(modules) > 20
    # When each is scanned for direct reads of the system clock
    found = {str(p.relative_to(PACKAGE)): reads for p in modules
             if (reads := clock_reads(p.read_text(encoding="utf-8")))}
    # Then there are none: they read feedback_app.clock instead
    assert found == {}


def test_every_time_column_is_the_aware_utc_type():
    # A plain DateTime column would come back naive on SQLite and in the session's zone on
    # PostgreSQL, and take naive datetimes in.
    columns = [c for table in Base.metadata.tables.values() for c in table.columns
               if isinstance(c.type, DateTime | UtcDateTime)]
    assert len(columns) >= 7
    assert [f"{c.table.name}.{c.name}" for c in columns
            if not isinstance(c.type, UtcDateTime)] == []


def test_the_system_clock_reads_utc():
    now, today = SystemClock().now(), SystemClock().today()
    assert now.tzinfo is dt.UTC
    assert today in (now.date(), now.date() + dt.timedelta(days=1))


def test_a_fixed_clock_shows_its_moment_in_utc_until_moved():
    # Given a fixed clock set at 01:30 in a zone three hours ahead of UTC
    ahead = dt.timezone(dt.timedelta(hours=3))
    fixed = FixedClock(dt.datetime(2031, 6, 1, 1, 30, tzinfo=ahead))
    # Then it shows that moment in UTC: the evening before, by UTC's date
    assert fixed.now() == dt.datetime(2031, 5, 31, 22, 30, tzinfo=dt.UTC)
    assert fixed.now().tzinfo is dt.UTC
    assert fixed.today() == dt.date(2031, 5, 31)
    # When it is moved on two hours, past midnight UTC
    fixed.advance(dt.timedelta(hours=2))
    # Then the date moves with it
    assert fixed.today() == dt.date(2031, 6, 1)


def test_a_fixed_clock_refuses_a_naive_moment():
    with pytest.raises(NaiveTimeError):
        FixedClock(dt.datetime(2031, 6, 1, 1, 30))


def test_config_chooses_the_clock_and_the_system_clock_is_the_default():
    fixed = FixedClock(dt.datetime(2031, 6, 1, tzinfo=dt.UTC))
    assert configured_clock({"CLOCK": fixed}) is fixed
    assert isinstance(configured_clock({}), SystemClock)
