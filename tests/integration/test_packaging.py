"""The built package runs on its own: installed from its wheel, outside the repository, it upgrades
a database, loads the demo programmes and serves a survivor page with its stylesheet.

The wheel is built the way a release is (sdist first, then the wheel from the sdist), so a file
missing from either shows up here.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.bench.servers import gunicorn
from tests.support.html import stylesheets

REPOSITORY = Path(__file__).resolve().parents[2]
# What the app reads from the top-level folders at run time.
CARRIED = ("static/style.css", "static/staff.css", "static/enhance.js", "surveys/shelter/v1.toml",
           "surveys/shelter/v2.toml", "surveys/shelter/indicators.toml",
           "migrations/alembic.ini", "migrations/env.py", "migrations/script.py.mako")


def run(*args: str | Path, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True, check=False,
                          timeout=600, **kwargs)
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done


# Not sources: what a checkout gathers from installing, building and testing (see .gitignore).
NOT_SOURCES = shutil.ignore_patterns(".git", ".venv", "*.egg-info", "build", "dist", "instance",
                                     "__pycache__", "*.py[cod]", ".*_cache", ".hypothesis",
                                     "node_modules", "test-artifacts")


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sdist and the wheel, built from a copy of this checkout's sources outside it.

    A copy, because setuptools also packs whatever an earlier build's egg-info lists.
    """
    sources = tmp_path_factory.mktemp("sources") / "survivor-voice"
    shutil.copytree(REPOSITORY, sources, ignore=NOT_SOURCES)
    out = tmp_path_factory.mktemp("dist")
    run(sys.executable, "-m", "build", "--outdir", out, sources)
    return out


@pytest.fixture(scope="module")
def installed(dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh virtual environment outside the repository with the wheel and its dependencies."""
    venv = tmp_path_factory.mktemp("venv")
    assert not venv.is_relative_to(REPOSITORY)
    started = time.monotonic()
    run(sys.executable, "-m", "venv", venv)
    # Without byte-compiling every dependency (a third of the time); imports compile what they use.
    run(venv / "bin" / "python", "-m", "pip", "install", "-q", "--no-compile",
        *dist.glob("*.whl"), env=outside_env())
    print(f"venv and wheel install took {time.monotonic() - started:.0f} s")
    yield venv
    shutil.rmtree(venv, ignore_errors=True)  # about 500 MB


def outside_env(**extra: str) -> dict[str, str]:
    """The environment without anything that would lead Python back to this checkout."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return {**env, **extra}


def production_env(home: Path) -> dict[str, str]:
    """Settings as a deployment sets them: every secret and the public address from SV_*."""
    return outside_env(
        SV_SECRET_KEY="packaging-session-key", SV_RECEIPT_SALT="packaging-receipt-salt",
        SV_RATELIMIT_KEY_SECRET="packaging-ratelimit", SV_SMS_HMAC_SECRET="packaging-sms",
        SV_VOTER_KEY_SECRET="packaging-voter", SV_PUBLIC_URL="https://feedback.example.org",
        SV_INSTANCE_PATH=str(home / "instance"),
        SV_DATABASE_URL=f"sqlite:///{home / 'survivor-voice.sqlite3'}")


def test_the_sdist_carries_the_top_level_folders_the_app_reads(dist: Path):
    (sdist,) = dist.glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    migrations = {p.relative_to(REPOSITORY).as_posix()
                  for p in (REPOSITORY / "migrations" / "versions").glob("*.py")}
    assert set(CARRIED) | migrations | {"feedback_app/templates/base.html"} <= names


def test_the_wheel_holds_every_package_of_the_checkout(dist: Path):
    # setup.cfg lists the packages by name (the data folders are mapped in beside them)
    (wheel,) = dist.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    packages = {p.relative_to(REPOSITORY).as_posix()
                for p in (REPOSITORY / "feedback_app").rglob("__init__.py")}
    assert packages - names == set(), "add the missing packages to setup.cfg"
    # What the redactor needs ships inside (word lists and where they come from), and nothing
    # it reads is fetched later; however the lists grow, the wheel stays under 30 MB.
    assert {"feedback_app/theming/data/README",
            "feedback_app/theming/data/given_names.txt",
            "feedback_app/theming/data/names.crfsuite"} <= names
    # and so does the list of common passwords that nobody may choose, with its source
    assert {"feedback_app/data/README", "feedback_app/data/common-passwords.txt"} <= names
    # and the texts the demo's year of feedback is written from
    assert "feedback_app/data/demo-feedback.toml" in names
    assert wheel.stat().st_size < 30 * 1024 * 1024


def test_an_installed_wheel_upgrades_loads_the_demo_and_serves_a_programme_with_its_stylesheet(
        installed: Path, tmp_path_factory: pytest.TempPathFactory):
    # Given the wheel installed in its own environment, run from a folder outside the repository
    home = tmp_path_factory.mktemp("deployment")
    env, bin_dir = production_env(home), installed / "bin"
    where = json.loads(run(bin_dir / "python", "-c", WHERE_IT_RUNS_FROM, cwd=home, env=env).stdout)
    site = Path(where["package"]).parent
    assert site.is_relative_to(installed)
    for folder in ("static", "surveys", "migrations"):
        assert Path(where[folder]) == site / folder, folder
    for name in CARRIED:
        assert (site / name).is_file(), name
    # When the schema is built and the demo programmes loaded with the installed commands
    run(bin_dir / "flask", "--app", "feedback_app", "db", "upgrade", cwd=home, env=env)
    demo = run(bin_dir / "flask", "--app", "feedback_app", "demo", cwd=home, env=env)
    assert "/p/safe-house" in demo.stdout
    assert "Sign in at https://feedback.example.org/staff/sign-in" in demo.stdout
    # Then gunicorn from that environment serves the programme and the stylesheet it links to
    with installed_gunicorn(bin_dir, home, env) as base:
        page = requests.get(f"{base}/p/safe-house", timeout=30)
        assert page.status_code == 200
        linked = stylesheets(page.text)
        assert linked
        css = requests.get(f"{base}{linked[0]}", timeout=30)
    assert css.status_code == 200
    assert css.headers["Content-Type"].startswith("text/css")
    assert css.content and css.content == (REPOSITORY / "static" / "style.css").read_bytes()


WHERE_IT_RUNS_FROM = """
import json, feedback_app
app = feedback_app.create_app()
print(json.dumps({"package": feedback_app.__file__, "static": app.static_folder,
                  "surveys": app.config["SURVEYS_DIR"],
                  "migrations": app.extensions["migrate"].directory}))
"""


@contextmanager
def installed_gunicorn(bin_dir: Path, home: Path, env: dict[str, str]) -> Iterator[str]:
    """gunicorn from the installed environment on 127.0.0.1, run from outside the checkout."""
    with gunicorn("feedback_app:create_app()", env, workers=1, bin_dir=bin_dir,
                  cwd=home) as (base, _):
        yield base
