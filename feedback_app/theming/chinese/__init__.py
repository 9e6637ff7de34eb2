"""Personal details in Chinese answers: names without spaces, addresses from province to room,
dates of birth with 年/月/日, and the Latin-letter names and addresses written among them.

Each detector yields nothing for text without Han letters, so answers in other languages are
read as before.
"""
