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


def test_readme_first_command_starts_from_an_empty_instance_folder(tmp_path):
    """Its flask steps, run as written (but `run`), in a folder with no secrets and no database."""
    import os
    import re
    import subprocess
    import sys

    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    first = next(line for line in readme.splitlines() if "flask --app feedback_app run" in line)
    steps = re.findall(r"\.venv/bin/flask --app feedback_app ([a-z ]+?)(?= &&|$)", first)
    assert steps == ["secrets init", "db upgrade", "demo", "run"]
    assert "export SV_ENV=development" in first
    flask = os.path.join(os.path.dirname(sys.executable), "flask")
    env = {key: value for key, value in os.environ.items() if not key.startswith("SV_")}
    env.update(SV_ENV="development", SV_INSTANCE_PATH=str(tmp_path / "instance"))
    printed = ""
    for step in steps[:-1]:
        done = subprocess.run([flask, "--app", "feedback_app", *step.split()], env=env,
                              cwd=tmp_path, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, (step, done.stderr)
        printed += done.stdout
    assert "/p/safe-house" in printed
    assert "Sign in at http://127.0.0.1:5000/staff/sign-in" in printed
    assert (tmp_path / "instance" / "secrets.json").exists()
    assert (tmp_path / "instance" / "survivor-voice.sqlite3").exists()
