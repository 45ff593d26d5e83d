"""Setting up an installation: the data folder and its lock, first-run setup, keys,
preferences and the shipped rule book.
"""
