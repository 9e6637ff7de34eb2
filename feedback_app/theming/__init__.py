"""The theming engine: redact personal details, then group free-text answers into named themes.

Pure Python: no Flask, database or app imports, and nothing downloaded at run time.

Public interface, stable for the services and the survivor preview:
- `redact(text, language="en") -> Redaction` (`.text`, `.spans`, `.counts`)
"""

from feedback_app.theming.redaction import Redaction, redact
from feedback_app.theming.spans import Span

__all__ = ["Redaction", "Span", "redact"]
