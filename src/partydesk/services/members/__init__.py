"""The members capability: the register of members and candidates, every event of a
member's life (one write path), and member spreadsheets.
"""
