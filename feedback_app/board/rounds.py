"""What the board's pages and the staff's round pages share: K_MIN in force and finding a round."""

from __future__ import annotations

from flask import abort, current_app

from feedback_app.extensions import db
from feedback_app.models import ReviewRound
from feedback_app.services import board, disclosure


def k_min() -> int:
    """The deployment's K_MIN, never below the floor."""
    return disclosure.effective_k_min(current_app.config["K_MIN"])


def round_or_404(round_id: int) -> ReviewRound:
    try:
        return board.get_round(db.session, round_id)
    except board.BoardError:
        abort(404)
