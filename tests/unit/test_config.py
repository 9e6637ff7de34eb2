"""Settings: safe defaults; secrets made once by `secrets init`, never by a web process."""

from __future__ import annotations

import json
import multiprocessing
import stat

import pytest

from feedback_app.config import (
    DEFAULT_LANGUAGES,
    SECRET_NAMES,
    ConfigurationError,
    check_settings,
    settings_from_env,
)
from feedback_app.secrets_cli import init_secrets

PUBLIC = {"SV_PUBLIC_URL": "https://feedback.example.org"}


def test_settings_never_write_secrets_and_name_the_command(tmp_path):
    folder = tmp_path / "instance"
    with pytest.raises(ConfigurationError) as refused:
        settings_from_env(folder, PUBLIC)
    assert "flask --app feedback_app secrets init" in refused.value.message
    assert "\n" not in refused.value.message
    assert not folder.exists()


def test_secrets_init_writes_private_distinct_secrets_once(tmp_path):
    folder = tmp_path / "instance"
    assert init_secrets(folder) == list(SECRET_NAMES)
    first = settings_from_env(folder, PUBLIC)
    assert init_secrets(folder) == []
    second = settings_from_env(folder, PUBLIC)
    values = [first[name] for name in SECRET_NAMES]
    assert len(set(values)) == len(values)
    assert all(len(v) >= 64 for v in values)
    assert [second[name] for name in SECRET_NAMES] == values
    assert stat.S_IMODE((folder / "secrets.json").stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert [p.name for p in folder.iterdir()] == ["secrets.json"]


def test_secrets_init_adds_only_what_an_older_file_lacks(tmp_path):
    init_secrets(tmp_path)
    path = tmp_path / "secrets.json"
    older = json.loads(path.read_text())
    del older["VOTER_KEY_SECRET"]
    path.write_text(json.dumps(older))
    assert init_secrets(tmp_path) == ["VOTER_KEY_SECRET"]
    now = json.loads(path.read_text())
    assert {name: now[name] for name in older} == older
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def _init_and_read(folder: str, queue: multiprocessing.Queue) -> None:
    from pathlib import Path

    init_secrets(Path(folder))
    queue.put(settings_from_env(Path(folder), PUBLIC)["RECEIPT_SALT"])


def test_processes_starting_at_once_all_get_the_same_salt(tmp_path):
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    processes = [context.Process(target=_init_and_read, args=(str(tmp_path / "i"), queue))
                 for _ in range(8)]
    for process in processes:
        process.start()
    for process in processes:
        process.join(30)
    assert [process.exitcode for process in processes] == [0] * 8
    salts = {queue.get(timeout=5) for _ in processes}
    assert len(salts) == 1


def test_environment_overrides_and_defaults(tmp_path):
    init_secrets(tmp_path)
    env = {"SV_SECRET_KEY": "from-env", "SV_DATABASE_URL": "postgresql+psycopg://db/x",
           "SV_RETENTION_DAYS": "30", "SV_EXIT_URL": "https://news.example/", **PUBLIC}
    settings = settings_from_env(tmp_path, env)
    assert settings["SECRET_KEY"] == "from-env"
    assert settings["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://db/x"
    assert settings["RETENTION_DAYS"] == 30
    assert settings["EXIT_URL"] == "https://news.example/"
    assert settings["RATELIMIT_STORAGE_URI"] == "memory://"
    assert settings["TRUSTED_PROXIES"] == 0
    default = settings_from_env(tmp_path, PUBLIC)
    assert default["SQLALCHEMY_DATABASE_URI"].startswith("sqlite:///")
    assert default["RETENTION_DAYS"] == 365


def test_provided_secrets_need_no_file(tmp_path):
    provided = {name: "x" for name in SECRET_NAMES}
    settings_from_env(tmp_path, PUBLIC, provided=provided)
    assert not (tmp_path / "secrets.json").exists()


@pytest.mark.parametrize("url", ["", "http://feedback.example.org", "feedback.example.org",
                                 "https://", "https://feedback.example.org/?x=1"])
def test_production_refuses_to_start_without_an_https_public_url(tmp_path, url):
    init_secrets(tmp_path)
    with pytest.raises(ConfigurationError) as refused:
        settings_from_env(tmp_path, {"SV_PUBLIC_URL": url})
    assert "SV_PUBLIC_URL" in refused.value.message


def test_development_needs_no_public_url(tmp_path):
    init_secrets(tmp_path)
    assert settings_from_env(tmp_path, {"SV_ENV": "development"})["PUBLIC_URL"] == ""
    assert settings_from_env(tmp_path, {**PUBLIC, "SV_PUBLIC_URL": "https://f.example.org/"},
                             )["PUBLIC_URL"] == "https://f.example.org"


def test_sv_languages_chooses_the_languages_offered_in_their_order(tmp_path):
    secrets = {name: "x" * 40 for name in SECRET_NAMES.values()}
    settings = settings_from_env(tmp_path, {"SV_LANGUAGES": " ti, en ,ar,ti", **PUBLIC, **secrets})
    assert settings["LANGUAGES"] == ("ti", "en", "ar")
    check_settings(settings)
    assert settings_from_env(tmp_path, {**PUBLIC, **secrets})["LANGUAGES"] == DEFAULT_LANGUAGES


@pytest.mark.parametrize(("languages", "names"), [
    (("es", "ar"), "must include en"),
    (("en", "xx"), "'xx'"),  # no glossary, no catalogue
])
def test_a_language_without_its_parts_refuses_to_start(languages, names):
    with pytest.raises(ConfigurationError, match=names):
        check_settings({"LANGUAGES": languages})
