"""Accounts for staff, admins and board members: creation, sign-in with argon2id passwords and an
optional TOTP second factor, one-time invitation and reset links, and what admins change."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
from collections.abc import Iterable, MutableMapping
from dataclasses import dataclass

import pyotp
from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from feedback_app import clock
from feedback_app.models import ROLES, Account, AccountLink, AuditEvent, Programme
from feedback_app.services import audit

PASSWORD_MIN_CHARS = 12
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,190}\.[^@\s]{2,}$")


class AccountError(Exception):
    """An account cannot be created or changed as asked."""


class EmailTakenError(AccountError):
    """An account with this email exists already."""


class LastAdminError(AccountError):
    """The change would leave no active admin."""


class OwnAccountError(AccountError):
    """Admins may not deactivate themselves."""


class NothingToChangeError(AccountError):
    """The account is already as asked."""


class SignInError(Exception):
    """Wrong email or password; deliberately the same error for both."""


class LinkError(Exception):
    """A one-time link is unknown, used or expired; deliberately the same error for all three."""


class TwoStepError(Exception):
    """A two-step code or the password to turn two-step off was wrong, or it may not be changed."""


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
    if password_too_short(password):
        raise AccountError(f"The password needs at least {PASSWORD_MIN_CHARS} characters.")
    if email_taken(session, email):
        raise EmailTakenError("An account with this email exists already.")
    account = Account(email=email, name=name.strip() or email, role=role,
                      password_hash=policy.hasher().hash(password), active=True)
    session.add(account)
    session.flush()
    audit.record(session, "account.created", actor_kind="staff" if actor_id else "system",
                 actor_id=actor_id, target_kind="account", target_id=account.id,
                 detail={"role": role})
    session.commit()
    return account


def valid_email(email: str) -> bool:
    return bool(_EMAIL.match(normalise_email(email)))


def password_too_short(password: str) -> bool:
    return len(password) < PASSWORD_MIN_CHARS


def email_taken(session: Session, email: str) -> bool:
    return bool(session.scalar(select(func.count()).select_from(Account).where(
        Account.email == normalise_email(email))))


def actor_kind(account: Account) -> str:
    return "board" if account.role == "board" else "staff"


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


# One-time links ---------------------------------------------------------------------------------


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def _new_link(session: Session, *, purpose: str, email: str, role: str, hours: int,
              actor_id: int, account_id: int | None = None) -> tuple[AccountLink, str]:
    token = secrets.token_urlsafe(32)
    link = AccountLink(token_hash=token_hash(token), purpose=purpose, email=email, role=role,
                       account_id=account_id, created_by=actor_id,
                       expires_at=clock.now() + dt.timedelta(hours=hours))
    session.add(link)
    session.flush()
    return link, token


def _programmes(session: Session, programme_ids: Iterable[int]) -> list[Programme]:
    wanted = {int(i) for i in programme_ids}
    found = list(session.scalars(select(Programme).where(Programme.id.in_(wanted))
                                 .order_by(Programme.id))) if wanted else []
    if len(found) != len(wanted):
        raise AccountError("Please choose programmes from the list.")
    return found


def invite(session: Session, *, email: str, role: str, programme_ids: Iterable[int],
           actor_id: int, hours: int) -> str:
    """Make a one-time invitation link and return its token (only its hash is stored).

    Raises AccountError for a bad email, role or programme, or an email that has an account.
    """
    email = normalise_email(email)
    if not _EMAIL.match(email):
        raise AccountError("Please give a whole email address, like name@example.org.")
    if role not in ROLES:
        raise AccountError(f"The role must be one of {', '.join(ROLES)}.")
    if email_taken(session, email):
        raise EmailTakenError("An account with this email exists already.")
    # Only staff answer for chosen programmes; admins see all of them, the board none.
    programmes = _programmes(session, programme_ids) if role == "staff" else []
    link, token = _new_link(session, purpose="invite", email=email, role=role, hours=hours,
                            actor_id=actor_id)
    # The link table has no programme column: the invitation's audit event (never changed)
    # carries the programme ids, and join reads them back from it.
    audit.record(session, "account.invited", actor_kind="staff", actor_id=actor_id,
                 target_kind="account_link", target_id=link.id,
                 detail={"role": role, "programmes": [p.id for p in programmes]})
    session.commit()
    return token


def _usable_link(session: Session, token: str, purpose: str) -> AccountLink:
    link = session.scalar(select(AccountLink).where(AccountLink.token_hash == token_hash(token)))
    if (link is None or link.purpose != purpose or link.used_at is not None
            or link.expires_at <= clock.now()):
        raise LinkError
    return link


def check_link(session: Session, *, token: str, purpose: str) -> AccountLink:
    """The unused, unexpired link for this token; raises LinkError."""
    return _usable_link(session, token, purpose)


def _invited_programmes(session: Session, link: AccountLink) -> list[Programme]:
    event = session.scalar(select(AuditEvent).where(
        AuditEvent.action == "account.invited", AuditEvent.target_kind == "account_link",
        AuditEvent.target_id == link.id))
    ids = (event.detail or {}).get("programmes", []) if event is not None else []
    wanted = [i for i in ids if isinstance(i, int)]
    # A programme deleted since the invitation is simply left out.
    return list(session.scalars(select(Programme).where(Programme.id.in_(wanted)))) if wanted \
        else []


def join(session: Session, *, token: str, name: str, password: str,
         policy: PasswordPolicy) -> Account:
    """Create the invited account and use up the link; raises LinkError or AccountError."""
    link = _usable_link(session, token, "invite")
    if password_too_short(password):
        raise AccountError(f"The password needs at least {PASSWORD_MIN_CHARS} characters.")
    if email_taken(session, link.email):
        raise EmailTakenError("An account with this email exists already.")
    account = Account(email=link.email, name=name.strip() or link.email, role=link.role,
                      password_hash=policy.hasher().hash(password), active=True,
                      totp_required=False)
    account.programmes = _invited_programmes(session, link) if link.role == "staff" else []
    session.add(account)
    link.used_at = clock.now()
    session.flush()
    audit.record(session, "account.joined", actor_kind=actor_kind(account), actor_id=account.id,
                 target_kind="account", target_id=account.id,
                 detail={"role": account.role, "link": link.id})
    session.commit()
    return account


def _account(session: Session, account_id: int) -> Account:
    account = session.get(Account, account_id)
    if account is None:
        raise AccountError("There is no such account.")
    return account


def make_reset_link(session: Session, *, account_id: int, actor_id: int, hours: int) -> str:
    """Make a one-time link to choose a new password; returns its token. Raises AccountError."""
    account = _account(session, account_id)
    link, token = _new_link(session, purpose="reset", email=account.email, role=account.role,
                            hours=hours, actor_id=actor_id, account_id=account.id)
    audit.record(session, "account.reset_link_made", actor_kind="staff", actor_id=actor_id,
                 target_kind="account", target_id=account.id, detail={"link": link.id})
    session.commit()
    return token


def reset_password(session: Session, *, token: str, password: str,
                   policy: PasswordPolicy) -> Account:
    """Set a new password through a reset link; every older session of the account ends.

    Raises LinkError or AccountError.
    """
    link = _usable_link(session, token, "reset")
    if password_too_short(password):
        raise AccountError(f"The password needs at least {PASSWORD_MIN_CHARS} characters.")
    account = session.get(Account, link.account_id) if link.account_id else None
    if account is None or not account.active:
        raise LinkError
    account.password_hash = policy.hasher().hash(password)
    link.used_at = clock.now()
    audit.record(session, "account.password_reset", actor_kind=actor_kind(account),
                 actor_id=account.id, target_kind="account", target_id=account.id,
                 detail={"link": link.id})
    session.commit()
    return account


def pending_links(session: Session) -> list[AccountLink]:
    """Links not used yet and not expired, soonest to expire first."""
    now = clock.now()
    links = session.scalars(select(AccountLink).where(AccountLink.used_at.is_(None))
                            .order_by(AccountLink.expires_at, AccountLink.id))
    return [link for link in links if link.expires_at > now]


def all_accounts(session: Session) -> list[Account]:
    return list(session.scalars(select(Account).order_by(Account.name, Account.id)))


# What admins change ------------------------------------------------------------------------------


def _active_admins(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Account).where(
        Account.role == "admin", Account.active.is_(True))) or 0


def _keeps_an_admin(session: Session, account: Account) -> None:
    if account.role == "admin" and account.active and _active_admins(session) <= 1:
        raise LastAdminError("This is the last active admin. Make someone else an admin first.")


def change_role(session: Session, *, account_id: int, role: str, actor_id: int) -> Account:
    """Give an account another role; raises AccountError (never removes the last admin)."""
    account = _account(session, account_id)
    if role not in ROLES:
        raise AccountError(f"The role must be one of {', '.join(ROLES)}.")
    if role == account.role:
        raise NothingToChangeError("The account has this role already.")
    if role != "admin":
        _keeps_an_admin(session, account)
    before, account.role = account.role, role
    audit.record(session, "account.role_changed", actor_kind="staff", actor_id=actor_id,
                 target_kind="account", target_id=account.id,
                 detail={"from": before, "to": role})
    session.commit()
    return account


def set_programmes(session: Session, *, account_id: int, programme_ids: Iterable[int],
                   actor_id: int) -> Account:
    """Set the programmes a staff member answers for; raises AccountError."""
    account = _account(session, account_id)
    if account.role != "staff":
        raise AccountError("Only staff answer for chosen programmes.")
    account.programmes = _programmes(session, programme_ids)
    audit.record(session, "account.programmes_changed", actor_kind="staff", actor_id=actor_id,
                 target_kind="account", target_id=account.id,
                 detail={"programmes": [p.id for p in account.programmes]})
    session.commit()
    return account


def require_two_step(session: Session, *, account_id: int, required: bool,
                     actor_id: int) -> Account:
    """Require (or stop requiring) two-step sign-in for an account; raises AccountError."""
    account = _account(session, account_id)
    if bool(account.totp_required) == required:
        raise NothingToChangeError("Nothing to change.")
    account.totp_required = required
    audit.record(session, "account.two_step_required", actor_kind="staff", actor_id=actor_id,
                 target_kind="account", target_id=account.id, detail={"required": required})
    session.commit()
    return account


def set_active(session: Session, *, account_id: int, active: bool, actor_id: int) -> Account:
    """Deactivate or reactivate an account; raises AccountError for oneself or the last admin."""
    account = _account(session, account_id)
    if bool(account.active) == active:
        raise NothingToChangeError("Nothing to change.")
    if not active:
        if account.id == actor_id:
            raise OwnAccountError("You cannot deactivate your own account.")
        _keeps_an_admin(session, account)
    account.active = active
    audit.record(session, "account.reactivated" if active else "account.deactivated",
                 actor_kind="staff", actor_id=actor_id, target_kind="account",
                 target_id=account.id)
    session.commit()
    return account


# Two-step sign-in (TOTP) -------------------------------------------------------------------------

TOTP_DIGITS = 6


def new_totp_secret() -> str:
    return pyotp.random_base32()  # 32 base32 characters: 160 bits


def totp_uri(secret: str, *, email: str, issuer: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=email, issuer_name=issuer)


def _code_step(secret: str, code: str, last_step: int | None, now: float | None) -> int:
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


def enable_two_step(session: Session, *, account_id: int, secret: str, code: str,
                    used_steps: MutableMapping[int, int], now: float | None = None) -> Account:
    """Turn two-step sign-in on once a code from the new secret is right; raises TwoStepError."""
    account = _account(session, account_id)
    if account.totp_secret:
        raise TwoStepError
    step = _code_step(secret, code, used_steps.get(account.id), now)
    account.totp_secret = secret
    used_steps[account.id] = step
    audit.record(session, "account.two_step_enabled", actor_kind=actor_kind(account),
                 actor_id=account.id, target_kind="account", target_id=account.id)
    session.commit()
    return account


def disable_two_step(session: Session, *, account_id: int, password: str,
                     policy: PasswordPolicy) -> Account:
    """Turn two-step sign-in off with the password; raises TwoStepError (also when required)."""
    account = _account(session, account_id)
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


def sign_in_with_code(session: Session, *, account_id: int, code: str,
                      used_steps: MutableMapping[int, int], now: float | None = None) -> Account:
    """The second step of signing in; raises SignInError for a wrong, old or replayed code."""
    account = session.get(Account, account_id)
    if account is None or not account.active or not account.totp_secret:
        raise SignInError
    try:
        step = _code_step(account.totp_secret, code, used_steps.get(account.id), now)
    except TwoStepError as error:
        raise SignInError from error
    used_steps[account.id] = step
    audit.record(session, "account.signed_in", actor_kind=actor_kind(account),
                 actor_id=account.id, target_kind="account", target_id=account.id,
                 detail={"two_step": True})
    session.commit()
    return account
