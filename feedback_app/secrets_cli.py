"""`flask --app feedback_app secrets init`: create the instance secrets, once, atomically.

A Flask plugin command (see setup.cfg's entry points), so it runs before the app can start: the
app itself refuses to start without secrets and never makes them up.
"""

from __future__ import annotations

import json
import os
import secrets as random_secrets
import tempfile
from pathlib import Path

import click

from feedback_app.config import SECRET_NAMES, SECRETS_FILE, instance_path, read_instance_secrets


@click.group()
def secrets() -> None:
    """The instance secrets (session key, receipt salt, ...)."""


@secrets.command("init")
def secrets_init() -> None:
    """Create the secrets file in the instance folder (SV_INSTANCE_PATH) if it is not there.

    Safe to run again, and by several processes at once: an existing file is kept, and one that
    lacks a newer secret gets only that one added.
    """
    folder = instance_path()
    created = init_secrets(folder)
    if created:
        click.echo(f"Wrote {', '.join(created)} to {folder / SECRETS_FILE}. Back this file up, "
                   "apart from the database backups.")
    else:
        click.echo(f"{folder / SECRETS_FILE} already holds every secret; nothing changed.")


def init_secrets(folder: Path) -> list[str]:
    """Create or complete the secrets file; returns the names it added.

    The file appears whole or not at all (written aside, then linked into place), so a process
    starting at the same moment never reads half of it.
    """
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    stored = read_instance_secrets(folder)
    missing = [name for name in SECRET_NAMES if name not in stored]
    if not missing:
        return []
    path = folder / SECRETS_FILE
    temporary = _write_aside(folder, {**stored, **{name: random_secrets.token_hex(32)
                                                   for name in missing}})
    try:
        if stored:  # an older file without a newer secret: complete it
            os.replace(temporary, path)
        else:
            try:
                os.link(temporary, path)  # fails if another process created it first
            except FileExistsError:
                return init_secrets(folder)
    finally:
        temporary.unlink(missing_ok=True)
    _sync_folder(folder)
    return missing


def _write_aside(folder: Path, values: dict[str, str]) -> Path:
    """A new private file (mode 0600) in `folder` holding `values`, on disk."""
    fd, name = tempfile.mkstemp(dir=folder, prefix=".secrets-")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(values, f, indent=2)
        f.flush()
        os.fsync(f.fileno())
    return Path(name)


def _sync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
