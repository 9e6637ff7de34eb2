"""Public pages (being built)."""
