"""The withdrawal record: an append-only file of withdrawn receipt keys, beside the secrets.

A backup made before a survivor withdrew still holds their feedback. Restoring it must not bring
that back, so every withdrawal appends its receipt key here and `restore` withdraws each key
again. The file holds those keys and nothing else: no date, no id, no order beyond appending. A
key is an argon2id value under the receipt salt; without a receipt code it opens nothing, and
the submission it named is already gone.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from feedback_app.services.errors import ServiceError

_RECEIPT_KEY = re.compile(r"^[0-9a-f]{64}$")


class WithdrawalRecordError(ServiceError):
    """The withdrawal record could not be written or read."""


def ensure_withdrawal_record(path: Path) -> None:
    """Create the record, empty, if there is none yet, so it is there to be backed up (and its
    absence at restore time means it was lost). Raises WithdrawalRecordError."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.close(os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600))
    except OSError as error:
        raise WithdrawalRecordError(f"cannot create the withdrawal record: {error}") from error


def append_withdrawn_key(path: Path, receipt_key: str) -> None:
    """Append one receipt key and wait until it is on disk; raises WithdrawalRecordError."""
    if not _RECEIPT_KEY.match(receipt_key):
        raise WithdrawalRecordError("not a receipt key")
    try:
        created = not path.exists()
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        # O_APPEND: one short write lands whole at the end, even with several web processes.
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, f"{receipt_key}\n".encode("ascii"))
            os.fsync(fd)
        finally:
            os.close(fd)
        if created:  # the new file's name must reach the disk too
            directory = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(directory)
            finally:
                os.close(directory)
    except OSError as error:
        raise WithdrawalRecordError(f"cannot append to the withdrawal record: {error}") from error


def withdrawn_keys(path: Path) -> list[str]:
    """Every receipt key in the record, oldest first (none if there is no record yet).

    A line cut short by a crash mid-write is skipped: it names no whole key.
    """
    try:
        text = path.read_text(encoding="ascii", errors="replace")
    except FileNotFoundError:
        return []
    except OSError as error:
        raise WithdrawalRecordError(f"cannot read the withdrawal record: {error}") from error
    return list(dict.fromkeys(line for line in text.splitlines() if _RECEIPT_KEY.match(line)))
