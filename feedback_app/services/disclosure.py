"""What the board and the public may see of the numbers: small groups never show.

Board views show a theme's count only when at least ``k_min`` submissions are in it; below that the
theme reads "fewer than k_min", and its quotes never appear. A theme's monthly trend hides months
below ``k_min`` too, and then hides more months (smallest first) until the hidden months add up to
at least ``k_min``, so no hidden month can be worked out by subtracting the shown ones from the
theme's total. No view shows a total over themes, a share or a percentage.

Public numbers are coarser still: 0, or at least 10 rounded to the nearest 5.
"""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta
from sqlalchemy.orm import Session

from feedback_app.models import Theme
from feedback_app.services.theme_sizes import theme_figures

PUBLIC_MIN = 10
PUBLIC_STEP = 5
K_MIN_FLOOR = 3


def effective_k_min(k_min: int) -> int:
    """The configured K_MIN, never below the floor of 3."""
    return max(int(k_min), K_MIN_FLOOR)


def public_number(n: int) -> int | None:
    """0, or n rounded to the nearest 5 when n is at least 10; None means "fewer than 10"."""
    if n <= 0:
        return 0
    if n < PUBLIC_MIN:
        return None
    return max(PUBLIC_MIN, (n + PUBLIC_STEP // 2) // PUBLIC_STEP * PUBLIC_STEP)


def months_back(today: dt.date, count: int) -> list[dt.date]:
    """The first days of the last ``count`` calendar months, oldest first, ending with today's."""
    first = today.replace(day=1)
    return [first - relativedelta(months=back) for back in range(count - 1, -1, -1)]


def suppress_cells(cells: list[int], k_min: int) -> list[int | None]:
    """Hide cells below k_min (but not zeros), then more cells until the hidden sum is >= k_min.

    None marks a hidden cell. When anything is hidden, at least two cells are, and their sum is at
    least k_min, so the total minus the shown cells never gives a small group's exact size.
    """
    hidden = {i for i, n in enumerate(cells) if 0 < n < k_min}
    if hidden:
        order = sorted((n, i) for i, n in enumerate(cells) if i not in hidden and n > 0)
        while (sum(cells[i] for i in hidden) < k_min or len(hidden) < 2) and order:
            hidden.add(order.pop(0)[1])
        if sum(cells[i] for i in hidden) < k_min or len(hidden) < 2:
            return [None] * len(cells)
    return [None if i in hidden else n for i, n in enumerate(cells)]


def shown_label(theme: Theme, visible: bool) -> str | None:
    """A small theme's engine label is built from a handful of texts and could repeat one, so
    only a person's label (or any label of a visible theme) is shown. None: show a neutral name."""
    if visible or theme.state == "curated":
        return theme.label
    return None


def public_themes(session: Session) -> list[tuple[str, int | None]]:
    """The themes the public summary lists, largest first, with their public numbers: only those
    of at least PUBLIC_MIN submissions (a label and a number each, never a total)."""
    return [(figures.theme.label, public_number(figures.count))
            for figures in theme_figures(session) if figures.count >= PUBLIC_MIN]
