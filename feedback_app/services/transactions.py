"""The transaction of one public service (see the rule in feedback_app/services/__init__.py)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session


@contextmanager
def unit_of_work(session: Session) -> Iterator[None]:
    """Commit what the block did when it ends; roll it back if the block raises, so a refusal
    or a fault half way leaves nothing half done for the next request on this session."""
    try:
        yield
        session.commit()
    except BaseException:
        # If the database went away the rollback fails too: the error raised below says so.
        with suppress(SQLAlchemyError):
            session.rollback()
        raise
