"""One-time links: invitations to join and links to choose a new password. Only a link's hash is
stored; the token is shown once, to the admin who made it."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from feedback_app import clock
from feedback_app.models import ROLES, Account, AccountLink
from feedback_app.services import audit
from feedback_app.services.accounts import (
    AccountError,
    EmailTakenError,
    PasswordPolicy,
    actor_kind,
    check_password,
    chosen_programmes,
    email_taken,
    get_account,
    normalise_email,
    valid_email,
)
from feedback_app.services.errors import Reason, ServiceError


class LinkError(ServiceError):
    """A one-time link is unknown, used or expired; deliberately the same error for all three."""

    reason = Reason.NOT_FOUND


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


def invite(session: Session, *, email: str, role: str, programme_ids: Iterable[int],
           actor_id: int, hours: int) -> str:
    """Make a one-time invitation link and return its token (only its hash is stored).

    Raises AccountError for a bad email, role or programme, or an email that has an account.
    """
    email = normalise_email(email)
    if not valid_email(email):
        raise AccountError("Please give a whole email address, like name@example.org.")
    if role not in ROLES:
        raise AccountError(f"The role must be one of {', '.join(ROLES)}.")
    if email_taken(session, email):
        raise EmailTakenError("An account with this email exists already.")
    # Only staff answer for chosen programmes; admins see all of them, the board none.
    programmes = chosen_programmes(session, programme_ids) if role == "staff" else []
    link, token = _new_link(session, purpose="invite", email=email, role=role, hours=hours,
                            actor_id=actor_id)
    link.programmes = programmes
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


def join(session: Session, *, token: str, name: str, password: str,
         policy: PasswordPolicy) -> Account:
    """Create the invited account and use up the link; raises LinkError or AccountError."""
    link = _usable_link(session, token, "invite")
    check_password(password)
    if email_taken(session, link.email):
        raise EmailTakenError("An account with this email exists already.")
    account = Account(email=link.email, name=name.strip() or link.email, role=link.role,
                      password_hash=policy.hasher().hash(password), active=True,
                      totp_required=False)
    # A programme deleted since the invitation left the link with it (ON DELETE CASCADE).
    account.programmes = list(link.programmes) if link.role == "staff" else []
    session.add(account)
    link.used_at = clock.now()
    session.flush()
    audit.record(session, "account.joined", actor_kind=actor_kind(account), actor_id=account.id,
                 target_kind="account", target_id=account.id,
                 detail={"role": account.role, "link": link.id})
    session.commit()
    return account


def make_reset_link(session: Session, *, account_id: int, actor_id: int, hours: int) -> str:
    """Make a one-time link to choose a new password; returns its token. Raises AccountError."""
    account = get_account(session, account_id)
    link, token = _new_link(session, purpose="reset", email=account.email, role=account.role,
                            hours=hours, actor_id=actor_id, account_id=account.id)
    # An admin resets a password when it may be known to someone else: whoever is signed in
    # with it now is signed out at once, not only once the new password is chosen.
    account.end_sessions()
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
    check_password(password)
    account = session.get(Account, link.account_id) if link.account_id else None
    if account is None or not account.active:
        raise LinkError
    account.password_hash = policy.hasher().hash(password)
    account.end_sessions()
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
