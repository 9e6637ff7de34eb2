"""The README's test command is exactly what CI runs."""

from __future__ import annotations

from feedback_app.config import PROJECT_ROOT


def command_lines(text: str) -> set[str]:
    return {line.strip() for line in text.splitlines() if "pytest" in line and "pip" in line}


def test_readme_test_command_is_the_one_ci_runs():
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    ci = (PROJECT_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    ci_commands = command_lines(ci)
    assert len(ci_commands) == 1
    assert ci_commands <= command_lines(readme)
