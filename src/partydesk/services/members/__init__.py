"""The members capability: the register of members and candidates, every event of a
member's life through one write path (``aggregate.write_lives``: each event checked
against the rules as of its date, the history folded, the derived columns written),
member search, and member spreadsheets.
"""
