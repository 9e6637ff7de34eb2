"""Survivor Voice: anonymous, consented feedback for anti-trafficking programmes."""
