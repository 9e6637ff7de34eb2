"""Accounts for staff, admins and board members: creating them, the password policy, and what
admins change (role, programmes, required two-step, access). Signing in is in sign_in.py, one-time
links in account_links.py and the second factor in two_step.py."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from argon2 import PasswordHasher, Type
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from feedback_app.models import ROLES, Account, Programme
from feedback_app.services import audit
from feedback_app.services.errors import Reason, ServiceError
from feedback_app.services.passwords import PASSWORD_MIN_CHARS, PasswordProblem, password_problem

_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,190}\.[^@\s]{2,}$")


class AccountError(ServiceError):
    """An account cannot be created or changed as asked."""


class WeakPasswordError(AccountError):
    """The password is too short, a common one, or a pattern; `problem` says which."""

    def __init__(self, problem: PasswordProblem) -> None:
        super().__init__(WEAK_PASSWORD_MESSAGES[problem])
        self.problem = problem


WEAK_PASSWORD_MESSAGES = {
    PasswordProblem.TOO_SHORT: f"The password needs at least {PASSWORD_MIN_CHARS} characters.",
    PasswordProblem.COMMON: "The password is one of the most common ones, which are tried "
                            "first. Please choose another.",
    PasswordProblem.PATTERN: "The password repeats or runs through characters (like aaaa or "
                             "1234), which are tried first. Please choose another.",
}


class EmailTakenError(AccountError):
    """An account with this email exists already."""

    reason = Reason.CONFLICT


class LastAdminError(AccountError):
    """The change would leave no active admin."""

    reason = Reason.CONFLICT


class OwnAccountError(AccountError):
    """Admins may not deactivate themselves."""


class NothingToChangeError(AccountError):
    """The account is already as asked."""


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
    check_password(password)
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


def check_password(password: str) -> None:
    """Raise WeakPasswordError for a password too easy to guess (services/passwords.py)."""
    problem = password_problem(password)
    if problem is not None:
        raise WeakPasswordError(problem)


def email_taken(session: Session, email: str) -> bool:
    return bool(session.scalar(select(func.count()).select_from(Account).where(
        Account.email == normalise_email(email))))


def actor_kind(account: Account) -> str:
    return "board" if account.role == "board" else "staff"


def all_accounts(session: Session) -> list[Account]:
    return list(session.scalars(select(Account).order_by(Account.name, Account.id)))


def get_account(session: Session, account_id: int) -> Account:
    account = session.get(Account, account_id)
    if account is None:
        raise AccountError("There is no such account.", reason=Reason.NOT_FOUND)
    return account


def chosen_programmes(session: Session, programme_ids: Iterable[int]) -> list[Programme]:
    """The programmes with these ids; raises AccountError if any of them is not there."""
    wanted = {int(i) for i in programme_ids}
    found = list(session.scalars(select(Programme).where(Programme.id.in_(wanted))
                                 .order_by(Programme.id))) if wanted else []
    if len(found) != len(wanted):
        raise AccountError("Please choose programmes from the list.")
    return found


# What admins change ------------------------------------------------------------------------------


def _active_admins(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Account).where(
        Account.role == "admin", Account.active.is_(True))) or 0


def _keeps_an_admin(session: Session, account: Account) -> None:
    if account.role == "admin" and account.active and _active_admins(session) <= 1:
        raise LastAdminError("This is the last active admin. Make someone else an admin first.")


def change_role(session: Session, *, account_id: int, role: str, actor_id: int) -> Account:
    """Give an account another role; raises AccountError (never removes the last admin)."""
    account = get_account(session, account_id)
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
    account = get_account(session, account_id)
    if account.role != "staff":
        raise AccountError("Only staff answer for chosen programmes.")
    account.programmes = chosen_programmes(session, programme_ids)
    audit.record(session, "account.programmes_changed", actor_kind="staff", actor_id=actor_id,
                 target_kind="account", target_id=account.id,
                 detail={"programmes": [p.id for p in account.programmes]})
    session.commit()
    return account


def require_two_step(session: Session, *, account_id: int, required: bool,
                     actor_id: int) -> Account:
    """Require (or stop requiring) two-step sign-in for an account; raises AccountError."""
    account = get_account(session, account_id)
    if bool(account.totp_required) == required:
        raise NothingToChangeError("Nothing to change.")
    account.totp_required = required
    audit.record(session, "account.two_step_required", actor_kind="staff", actor_id=actor_id,
                 target_kind="account", target_id=account.id, detail={"required": required})
    session.commit()
    return account


def set_active(session: Session, *, account_id: int, active: bool, actor_id: int) -> Account:
    """Deactivate or reactivate an account; raises AccountError for oneself or the last admin."""
    account = get_account(session, account_id)
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
