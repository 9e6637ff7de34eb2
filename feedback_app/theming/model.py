"""The saved theme model: what `assign()` needs to place a new answer, as JSON for the database.

`ThemeModel.to_json()` gives a JSON string; `ThemeModel.from_json(text)` restores it. The format
has a `version`; per language it holds the term list, idf weights, the two term projections
(rounded to 5 decimals to keep the JSON small) and the theme centroids with their theme indices.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from feedback_app.theming.embedding import TermSpace

FORMAT_VERSION = 1
DECIMALS = 5


@dataclass
class LanguageThemes:
    """One language's term space and the centroids of its themes."""

    space: TermSpace
    centroids: np.ndarray  # (themes, dims), unit rows
    theme_ids: list[int]


@dataclass
class ThemeModel:
    """Everything needed to assign new answers to the themes of one discovery run."""

    default_language: str
    languages: dict[str, LanguageThemes] = field(default_factory=dict)
    labels: list[str] = field(default_factory=list)

    def to_json(self) -> str:
        """Serialise to a JSON string (no NaN, plain lists) for storage in the database."""
        def matrix(values: np.ndarray) -> list[list[float]]:
            return np.round(values, DECIMALS).tolist()

        payload: dict[str, Any] = {
            "version": FORMAT_VERSION,
            "default_language": self.default_language,
            "labels": self.labels,
            "languages": {
                code: {
                    "terms": part.space.terms,
                    "idf": np.round(part.space.idf, DECIMALS).tolist(),
                    "second": matrix(part.space.second),
                    "first": matrix(part.space.first),
                    "centroids": matrix(part.centroids),
                    "theme_ids": part.theme_ids,
                }
                for code, part in self.languages.items()
            },
        }
        return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> ThemeModel:
        """Restore a model saved by `to_json()`; raises `ValueError` on another format version."""
        payload = json.loads(text)
        if payload.get("version") != FORMAT_VERSION:
            raise ValueError(f"unsupported theme model version: {payload.get('version')!r}")
        languages = {}
        for code, part in payload["languages"].items():
            space = TermSpace(
                list(part["terms"]), np.asarray(part["idf"], dtype=float),
                _array(part["second"], len(part["terms"])),
                _array(part["first"], len(part["terms"])),
            )
            languages[code] = LanguageThemes(space, _array(part["centroids"], 0),
                                             [int(i) for i in part["theme_ids"]])
        return cls(payload["default_language"], languages, list(payload["labels"]))


def _array(values: list[list[float]], rows: int) -> np.ndarray:
    array = np.asarray(values, dtype=float)
    return array if array.ndim == 2 else np.zeros((rows, 1))
