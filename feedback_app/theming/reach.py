"""How far a cue read after a word may look: a few words on, and no further.

A cue after a word ("... said she would help", "... from the outreach team") reads a sentence at
most. Patterns that start with a run of spaces can try every way of splitting it, so a name
followed by thousands of spaces would cost seconds; each such pattern is matched through
`match_after`, which stops reading CUE_READS_CHARS characters on.
"""

from __future__ import annotations

import re

CUE_READS_CHARS = 160


def match_after(pattern: re.Pattern[str], text: str, position: int) -> re.Match[str] | None:
    """`pattern` matched at `position` of `text`, reading at most CUE_READS_CHARS on."""
    return pattern.match(text, position, position + CUE_READS_CHARS)
