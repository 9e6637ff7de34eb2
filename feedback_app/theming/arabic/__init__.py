"""Arabic script: names, places and the normalised form both compare words in."""
