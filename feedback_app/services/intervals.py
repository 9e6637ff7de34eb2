"""95 % intervals for a share and for the difference of two shares, from statsmodels.

Wilson's score interval for one share stays inside 0..1 and behaves for small counts and for
shares near 0 or 1, where the textbook normal interval does not; Newcombe's hybrid score
interval (his method 10, built from two Wilson intervals) does the same for a difference of
two independent shares.
"""

from __future__ import annotations

from dataclasses import dataclass

from statsmodels.stats.proportion import confint_proportions_2indep, proportion_confint

LEVEL = 0.95


@dataclass(frozen=True)
class Interval:
    low: float
    high: float


def wilson(positive: int, responses: int) -> Interval | None:
    """The 95 % Wilson interval of positive / responses; None without responses."""
    if responses <= 0 or not 0 <= positive <= responses:
        return None
    low, high = proportion_confint(positive, responses, alpha=1 - LEVEL, method="wilson")
    return Interval(max(0.0, float(low)), min(1.0, float(high)))


def newcombe(after_positive: int, after: int, before_positive: int,
             before: int) -> Interval | None:
    """The 95 % Newcombe interval of after share minus before share; None if a side is empty."""
    if after <= 0 or before <= 0 or not (0 <= after_positive <= after
                                         and 0 <= before_positive <= before):
        return None
    low, high = confint_proportions_2indep(after_positive, after, before_positive, before,
                                           method="newcomb", compare="diff", alpha=1 - LEVEL)
    return Interval(max(-1.0, float(low)), min(1.0, float(high)))
