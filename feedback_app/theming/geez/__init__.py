"""Personal details written in Ge'ez script (Tigrinya, Amharic, Tigre, Bilen): names, addresses,
dates of birth and places. Every detector here returns at once on a text without a Ge'ez letter.
"""
