"""The languages the platform speaks, each named in itself, so a survivor finds theirs whatever
the language of the page or text message they are reading."""

LANGUAGE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "pt": "Português",
                  "ar": "العربية"}
