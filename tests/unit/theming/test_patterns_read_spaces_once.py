"""No pattern of the redactor offers two ways to read one run of spaces.

"[ \\t]*,?[ \\t]*" matches a run of spaces in as many ways as the run is long (all before the
missing comma, all after it, or any split between), and a regex engine tries each of them before
it gives up; at every start, so a name or a number followed by thousands of spaces took seconds.
Written as "[ \\t]*(?:,[ \\t]*)?" the same texts match in one way. `tests/bench/redaction_runs.py`
measures the time; this test fails as soon as a pattern of the ambiguous shape is written again.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys

import feedback_app.theming

_SPACES = r"(?:\[ (?:\\t|\t)\]|\\s)"
# Spaces, an optional comma, colon, full stop or class of them, and spaces again; or two space
# quantifiers side by side.
_AMBIGUOUS = re.compile(rf"(?P<sp>{_SPACES})\*(?:,|:|\\\.|\[[^\]\[]+\])\?(?P=sp)[*+]"
                        rf"|(?P<sp2>{_SPACES})[*+](?P=sp2)[*+]")


def _patterns() -> dict[str, re.Pattern[str]]:
    for module in pkgutil.walk_packages(feedback_app.theming.__path__, "feedback_app.theming."):
        if ".data" not in module.name:  # the list builders run by hand, not by the app
            importlib.import_module(module.name)
    found = {}
    for name, module in sorted(sys.modules.items()):
        if name.startswith("feedback_app.theming"):
            for attribute, value in vars(module).items():
                if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                    found[f"{name}.{attribute}"] = value
    return found


def test_the_check_finds_the_ambiguous_shapes():
    for source in (r"\d{1,5}[ \t]*,?[ \t]*rue", "x[ \t]*[,،]?[ \t]+y", r"a\s*:?\s*b",
                   "[ \t]+[ \t]*and", r"\s+\s+"):
        assert _AMBIGUOUS.search(source), source
    for source in (r"\d{1,5}[ \t]*(?:,[ \t]*)?rue", "(?:[ \t]*,)?[ \t]+and", r"\s*(?::\s*)?b"):
        assert not _AMBIGUOUS.search(source), source


def test_no_pattern_of_the_redactor_reads_a_run_of_spaces_in_two_ways():
    patterns = _patterns()
    assert len(patterns) > 300  # every module was read
    ambiguous = {name: match.group() for name, pattern in patterns.items()
                 if (match := _AMBIGUOUS.search(pattern.pattern))}
    assert ambiguous == {}
