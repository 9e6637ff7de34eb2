"""Personal details in Russian and Ukrainian answers (Cyrillic script, and the Latin letters these
answers mix in): `names`, `places`, `addresses`, and in `details` dates of birth, ID numbers and
phones written the local way. `forms` reads a word's case forms; `cues` holds the words around."""
