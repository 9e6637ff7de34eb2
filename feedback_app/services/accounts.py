"""Accounts for staff, admins and board members: creation and sign-in with argon2id passwords."""

from __future__ import annotations

import re
from dataclasses import dataclass

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from feedback_app.models import ROLES, Account
from feedback_app.services import audit

PASSWORD_MIN_CHARS = 12
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,190}\.[^@\s]{2,}$")


class AccountError(Exception):
    """An account cannot be created or changed as asked."""


class SignInError(Exception):
    """Wrong email or password; deliberately the same error for both."""


@dataclass(frozen=True)
class PasswordPolicy:
    """Argon2id costs for passwords; from config, so tests may lower them."""

    memory_kib: int
    time_cost: int

    def hasher(self) -> PasswordHasher:
        return PasswordHasher(time_cost=self.time_cost, memory_cost=self.memory_kib,
                              parallelism=1, type=Type.ID)


def normalise_email(email: str) -> str:
    return email.strip().lower()


def create_account(session: Session, *, email: str, name: str, role: str, password: str,
                   policy: PasswordPolicy, actor_id: int | None = None) -> Account:
    """Add an account; raises AccountError for a bad email, role, name or password."""
    email = normalise_email(email)
    if not _EMAIL.match(email):
        raise AccountError("Please give a whole email address, like name@example.org.")
    if role not in ROLES:
        raise AccountError(f"The role must be one of {', '.join(ROLES)}.")
    if len(password) < PASSWORD_MIN_CHARS:
        raise AccountError(f"The password needs at least {PASSWORD_MIN_CHARS} characters.")
    if session.scalar(select(func.count()).select_from(Account).where(Account.email == email)):
        raise AccountError("An account with this email exists already.")
    account = Account(email=email, name=name.strip() or email, role=role,
                      password_hash=policy.hasher().hash(password), active=True)
    session.add(account)
    session.flush()
    audit.record(session, "account.created", actor_kind="staff" if actor_id else "system",
                 actor_id=actor_id, target_kind="account", target_id=account.id,
                 detail={"role": role})
    session.commit()
    return account


def sign_in(session: Session, *, email: str, password: str, policy: PasswordPolicy) -> Account:
    """The account for these credentials; raises SignInError. Rehashes weaker stored hashes."""
    hasher = policy.hasher()
    account = session.scalar(select(Account).where(Account.email == normalise_email(email)))
    stored = account.password_hash if account is not None and account.active else None
    try:
        # An unknown email costs a full verification too, so timing does not tell.
        hasher.verify(stored or _dummy_hash(hasher), password)
    except (VerificationError, InvalidHashError) as error:
        raise SignInError from error
    if account is None or stored is None:
        raise SignInError
    if hasher.check_needs_rehash(stored):
        account.password_hash = hasher.hash(password)
    audit.record(session, "account.signed_in", actor_kind="staff", actor_id=account.id,
                 target_kind="account", target_id=account.id)
    session.commit()
    return account


_dummy_hashes: dict[tuple[int, int], str] = {}


def _dummy_hash(hasher: PasswordHasher) -> str:
    key = (hasher.memory_cost, hasher.time_cost)
    if key not in _dummy_hashes:
        _dummy_hashes[key] = hasher.hash("not a password of any account")
    return _dummy_hashes[key]
