"""What the board and the public may see of the numbers: small groups never show, and no small
group follows from comparing views, at one moment or over time (docs/disclosure.md).

Every number is a step: the board's are floored to a multiple of ``k_min`` and shown only from
``k_min`` ("10 or more"); below that a theme reads "fewer than k_min", zero included. The
public's are floored to a multiple of 5 and shown only from 10, else "fewer than 10". Sums and
differences of multiples of a step are multiples of it again, so no subtraction of shown
numbers gives 1 to step - 1. The numbers come from a monthly snapshot (figure_snapshots.py), so
they stay the same all month however many submissions or withdrawals arrive.
"""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta

from feedback_app.models import Theme

PUBLIC_MIN = 10
PUBLIC_STEP = 5
K_MIN_FLOOR = 3


def effective_k_min(k_min: int) -> int:
    """The configured K_MIN, never below the floor of 3."""
    return max(int(k_min), K_MIN_FLOOR)


def floored(n: int, step: int, minimum: int) -> int | None:
    """n floored to a multiple of ``step``, or None ("fewer than minimum") below ``minimum``.

    Zero is None too: a page that shows 0 apart from "fewer than" tells when the first one came.
    """
    if n < minimum:
        return None
    return n // step * step


def board_number(n: int, k_min: int) -> int | None:
    """What the board reads for n: a multiple of k_min, read "N or more"; None below k_min."""
    k = effective_k_min(k_min)
    return floored(n, k, k)


def public_number(n: int) -> int | None:
    """What the public reads for n: a multiple of 5 from 10, read "N or more"; None below 10."""
    return floored(n, PUBLIC_STEP, PUBLIC_MIN)


def months_back(today: dt.date, count: int) -> list[dt.date]:
    """The first days of the last ``count`` calendar months, oldest first, ending with today's."""
    first = today.replace(day=1)
    return [first - relativedelta(months=back) for back in range(count - 1, -1, -1)]


def snapshot_month(today: dt.date) -> dt.date:
    """The month whose snapshot serves ``today``: its first day. It counts what came before."""
    return today.replace(day=1)


def closed_months(month: dt.date, count: int) -> list[dt.date]:
    """The ``count`` whole months before ``month`` (a first day), oldest first."""
    return months_back(month - dt.timedelta(days=1), count)


def shown_label(theme: Theme, visible: bool) -> str | None:
    """A small theme's engine label is built from a handful of texts and could repeat one, so
    only a person's label (or any label of a visible theme) is shown. None: show a neutral name."""
    if visible or theme.state == "curated":
        return theme.label
    return None
