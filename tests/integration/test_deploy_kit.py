"""The deployment kit's files are valid as shipped (the stack tests run them for real)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from tests.bench.servers import ROOT, VENV_BIN
from tests.bench.stack import DEPLOY, read_env_file, unit_command

UNITS = sorted((DEPLOY / "systemd").iterdir())


def test_systemd_units_verify_without_a_warning(tmp_path):
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.fail("systemd-analyze not found: apt-get install -y systemd")
    for unit in UNITS:  # the venv where this run installed the app stands in for /srv's
        text = unit.read_text().replace("/srv/survivor-voice/.venv/bin/", f"{VENV_BIN}/")
        (tmp_path / unit.name).write_text(text)
    done = subprocess.run([analyze, "verify", *map(str, sorted(tmp_path.iterdir()))],
                          capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout + done.stderr) == (0, "")


def test_the_units_run_gunicorn_and_the_purge_as_the_readme_says():
    web = unit_command(DEPLOY / "systemd" / "survivor-voice.service")
    assert web[1:] == ["--workers", "4", "--bind", "127.0.0.1:8000", "--timeout", "60",
                       "--graceful-timeout", "30", "feedback_app:create_app()"]
    assert not any("access-log" in part for part in web)
    purge = unit_command(DEPLOY / "systemd" / "survivor-voice-purge.service")
    assert purge[1:] == ["--app", "feedback_app", "purge"]
    assert "OnCalendar=hourly" in (DEPLOY / "systemd" / "survivor-voice-purge.timer").read_text()


def test_every_setting_in_the_kit_is_documented_and_trusts_one_proxy():
    settings = read_env_file(DEPLOY / "survivor-voice.env")
    readme = (ROOT / "README.md").read_text()
    documented = set(re.findall(r"`(SV_[A-Z_]+)`", readme))
    assert set(settings) <= documented
    assert settings["SV_TRUSTED_PROXIES"] == "1"
    assert settings["SV_PUBLIC_URL"].startswith("https://")
    assert "SV_ENV" not in settings  # production


def test_the_nginx_site_logs_nothing_and_replaces_forwarded_headers():
    site = (DEPLOY / "nginx" / "survivor-voice.conf").read_text()
    lines = [line.split("#")[0].strip() for line in site.splitlines()]
    assert lines.count("access_log off;") == 2  # both servers
    assert "proxy_set_header X-Forwarded-For $remote_addr;" in lines
    assert not any("proxy_add_x_forwarded_for" in line for line in lines)
    assert any(re.fullmatch(r"client_max_body_size \d+[km];", line) for line in lines)
