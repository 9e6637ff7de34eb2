"""Two-step sign-in (TOTP): turning it on with a code from a new secret, off with the password,
and checking a code (each code once, in every process: a replay is refused)."""

from __future__ import annotations

import hmac

import pyotp
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import or_, update
from sqlalchemy.orm import Session

from feedback_app import clock
from feedback_app.models import Account
from feedback_app.services import audit
from feedback_app.services.accounts import PasswordPolicy, actor_kind, get_account
from feedback_app.services.errors import ServiceError

TOTP_DIGITS = 6


class TwoStepError(ServiceError):
    """A two-step code or the password to turn two-step off was wrong, or it may not be changed."""


def new_totp_secret() -> str:
    return pyotp.random_base32()  # 32 base32 characters: 160 bits


def totp_uri(secret: str, *, email: str, issuer: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=email, issuer_name=issuer)


def code_step(secret: str, code: str, last_step: int | None, now: float | None) -> int:
    """The time step this code belongs to (one step either side of now); raises TwoStepError.

    A code of a step at or before `last_step` was used already: a replay is refused.
    """
    code = "".join(code.split())
    if len(code) != TOTP_DIGITS or not code.isascii() or not code.isdigit():
        raise TwoStepError
    totp = pyotp.TOTP(secret)
    current = totp.timecode(now if now is not None else clock.now())
    for step in (current - 1, current, current + 1):
        if hmac.compare_digest(totp.generate_otp(step), code):
            if last_step is not None and step <= last_step:
                raise TwoStepError
            return step
    raise TwoStepError


def claim_code_step(session: Session, account: Account, step: int) -> None:
    """Record `step` as the account's last accepted code; raises TwoStepError if this or a later
    step was accepted already, here or in another process (flushes, does not commit).

    One conditional UPDATE: of two processes given the same code at once, the database lets only
    one change the row.
    """
    claimed = session.execute(
        update(Account)
        .where(Account.id == account.id,
               or_(Account.totp_last_step.is_(None), Account.totp_last_step < step))
        .values(totp_last_step=step))
    if claimed.rowcount != 1:
        raise TwoStepError


def enable_two_step(session: Session, *, account_id: int, secret: str, code: str,
                    now: float | None = None) -> Account:
    """Turn two-step sign-in on once a code from the new secret is right; raises TwoStepError."""
    account = get_account(session, account_id)
    if account.totp_secret:
        raise TwoStepError
    step = code_step(secret, code, account.totp_last_step, now)
    claim_code_step(session, account, step)
    account.totp_secret = secret
    audit.record(session, "account.two_step_enabled", actor_kind=actor_kind(account),
                 actor_id=account.id, target_kind="account", target_id=account.id)
    session.commit()
    return account


def disable_two_step(session: Session, *, account_id: int, password: str,
                     policy: PasswordPolicy) -> Account:
    """Turn two-step sign-in off with the password; raises TwoStepError (also when required)."""
    account = get_account(session, account_id)
    if not account.totp_secret or account.totp_required:
        raise TwoStepError
    try:
        policy.hasher().verify(account.password_hash or "", password)
    except (VerificationError, InvalidHashError) as error:
        raise TwoStepError from error
    account.totp_secret = None
    audit.record(session, "account.two_step_disabled", actor_kind=actor_kind(account),
                 actor_id=account.id, target_kind="account", target_id=account.id)
    session.commit()
    return account
