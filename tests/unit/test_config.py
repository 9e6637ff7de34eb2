"""Settings: safe defaults, secrets generated once into the instance folder and never shared."""

from __future__ import annotations

import stat

from feedback_app.config import SECRET_NAMES, settings_from_env


def test_secrets_are_generated_once_private_and_distinct(tmp_path):
    first = settings_from_env(tmp_path, {})
    second = settings_from_env(tmp_path, {})
    values = [first[name] for name in SECRET_NAMES]
    assert len(set(values)) == len(values)
    assert all(len(v) >= 64 for v in values)
    assert [second[name] for name in SECRET_NAMES] == values
    mode = stat.S_IMODE((tmp_path / "secrets.json").stat().st_mode)
    assert mode == 0o600


def test_environment_overrides_and_defaults(tmp_path):
    env = {"SV_SECRET_KEY": "from-env", "SV_DATABASE_URL": "postgresql+psycopg://db/x",
           "SV_RETENTION_DAYS": "30", "SV_EXIT_URL": "https://news.example/"}
    settings = settings_from_env(tmp_path, env)
    assert settings["SECRET_KEY"] == "from-env"
    assert settings["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://db/x"
    assert settings["RETENTION_DAYS"] == 30
    assert settings["EXIT_URL"] == "https://news.example/"
    assert settings["RATELIMIT_STORAGE_URI"] == "memory://"
    default = settings_from_env(tmp_path / "other", {})
    assert default["SQLALCHEMY_DATABASE_URI"].startswith("sqlite:///")
    assert default["RETENTION_DAYS"] == 365


def test_provided_secrets_write_no_file(tmp_path):
    provided = {name: "x" for name in SECRET_NAMES}
    settings_from_env(tmp_path, {}, provided=provided)
    assert not (tmp_path / "secrets.json").exists()
