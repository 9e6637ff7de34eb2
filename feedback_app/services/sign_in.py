"""Signing in: a password checked against its argon2id hash, then, for an account with a second
factor, a code from the app. Signing out ends the account's sessions on the server too."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from feedback_app.models import Account
from feedback_app.services import audit
from feedback_app.services.accounts import PasswordPolicy, actor_kind, normalise_email
from feedback_app.services.errors import ServiceError
from feedback_app.services.two_step import TwoStepError, claim_code_step, code_step


class SignInError(ServiceError):
    """Wrong email or password; deliberately the same error for both."""


def sign_out(session: Session, account: Account) -> None:
    """End every session of the account and record it (the route then clears the cookie).

    A copy of the cookie taken before, by someone at the same computer or from a backup of the
    browser, then signs nobody in. Every device of the account is signed out with it: one
    version per account, rather than a table of sessions.
    """
    account.end_sessions()
    audit.record(session, "account.signed_out", actor_kind=actor_kind(account),
                 actor_id=account.id, target_kind="account", target_id=account.id)
    session.commit()


def sign_in(session: Session, *, email: str, password: str, policy: PasswordPolicy) -> Account:
    """The account for these credentials; raises SignInError. Rehashes weaker stored hashes.

    An account with a second factor is not signed in yet: `sign_in_with_code` records that.
    """
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
    if not account.totp_secret:
        audit.record(session, "account.signed_in", actor_kind=actor_kind(account),
                     actor_id=account.id, target_kind="account", target_id=account.id)
    session.commit()
    return account


_dummy_hashes: dict[tuple[int, int], str] = {}


def _dummy_hash(hasher: PasswordHasher) -> str:
    key = (hasher.memory_cost, hasher.time_cost)
    if key not in _dummy_hashes:
        _dummy_hashes[key] = hasher.hash("not a password of any account")
    return _dummy_hashes[key]


def sign_in_with_code(session: Session, *, account_id: int, code: str,
                      now: float | None = None) -> Account:
    """The second step of signing in; raises SignInError for a wrong, old or replayed code."""
    account = session.get(Account, account_id)
    if account is None or not account.active or not account.totp_secret:
        raise SignInError
    try:
        step = code_step(account.totp_secret, code, account.totp_last_step, now)
        claim_code_step(session, account, step)
    except TwoStepError as error:
        raise SignInError from error
    audit.record(session, "account.signed_in", actor_kind=actor_kind(account),
                 actor_id=account.id, target_kind="account", target_id=account.id,
                 detail={"two_step": True})
    session.commit()
    return account
