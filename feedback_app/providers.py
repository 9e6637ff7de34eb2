"""Every service argument that comes from the deployment's configuration, built in one place:
the survey catalogue, the receipt key derivation, the password policy, K_MIN and the SMS settings.

Views and commands call these instead of reading config keys themselves, so a setting means the
same thing on every page, in every text message and in every command.
"""

from __future__ import annotations

from pathlib import Path

from flask import current_app, request

from feedback_app.extensions import db
from feedback_app.models import Programme
from feedback_app.services.accounts import PasswordPolicy
from feedback_app.services.disclosure import effective_k_min
from feedback_app.services.languages import LANGUAGE_NAMES
from feedback_app.services.receipts import ReceiptKdf
from feedback_app.services.sms_store import SmsSettings
from feedback_app.services.submissions import active_programme
from feedback_app.services.surveys import SurveyCatalogue


def catalogue() -> SurveyCatalogue:
    return SurveyCatalogue(current_app.config["SURVEYS_DIR"])


def kdf() -> ReceiptKdf:
    config = current_app.config
    return ReceiptKdf(salt=config["RECEIPT_SALT"], memory_kib=config["RECEIPT_KDF_MEMORY_KIB"],
                      time_cost=config["RECEIPT_KDF_TIME_COST"])


def password_policy() -> PasswordPolicy:
    config = current_app.config
    return PasswordPolicy(memory_kib=config["PASSWORD_HASH_MEMORY_KIB"],
                          time_cost=config["PASSWORD_HASH_TIME_COST"])


def k_min() -> int:
    """The deployment's K_MIN, never below the floor."""
    return effective_k_min(current_app.config["K_MIN"])


def sms_settings() -> SmsSettings:
    config = current_app.config
    return SmsSettings(
        hmac_secret=config["SMS_HMAC_SECRET"], voter_secret=config["VOTER_KEY_SECRET"],
        kdf=kdf(), surveys=catalogue(), languages=tuple(config["LANGUAGES"]),
        withdrawal_record=Path(config["WITHDRAWAL_RECORD"]))


def offered_languages() -> list[tuple[str, str]]:
    """The deployment's languages, code and name in itself, in the order it lists them."""
    return [(code, LANGUAGE_NAMES[code]) for code in current_app.config["LANGUAGES"]]


def requested_programme() -> tuple[str, Programme | None]:
    """The ?programme= slug as asked (cut short) and its active programme, if there is one:
    the public change log, the outcome pages and the board's outcomes choose one the same way."""
    slug = request.args.get("programme", "")[:80]
    return slug, active_programme(db.session, slug) if slug else None
