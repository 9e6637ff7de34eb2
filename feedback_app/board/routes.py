"""Board pages (being built)."""
