"""The theming engine: redact personal details, then group free-text answers into named themes.

Pure Python: no Flask, database or app imports, and nothing downloaded at run time.

Public interface, stable for the services and the survivor preview:
- `redact(text, language="en") -> Redaction` (`.text`, `.spans`, `.counts`)
- `discover(texts, language="en", *, n_themes=None, seed=0) -> Discovery`
  (`.assignments`, `.themes` with `.label`, `.keywords`, `.size`, `.representatives`, `.model`)
- `assign(model, text) -> (theme index | None, score)`
- `ThemeModel.to_json()` / `ThemeModel.from_json(text)` to keep a model in the database.
"""

from feedback_app.theming.discovery import Discovery, Theme, assign, discover
from feedback_app.theming.model import ThemeModel
from feedback_app.theming.redaction import Redaction, redact
from feedback_app.theming.spans import Span

__all__ = ["Discovery", "Redaction", "Span", "Theme", "ThemeModel", "assign", "discover",
           "redact"]
