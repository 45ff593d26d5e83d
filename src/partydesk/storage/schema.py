"""Facts about the schema that runtime queries share. Migrations keep their own frozen
copies: changing a value here never changes what a shipped migration did."""

from __future__ import annotations

# Tables a cell's bundle carries beyond its organisation, members and their events.
CELL_RECORD_TABLES = (
    "candidates", "candidate_sponsors", "meetings", "meeting_attendance", "agenda_items",
    "speeches", "meeting_votes", "meeting_amendments", "documents", "document_tasks",
    "dues_bases", "dues_reliefs", "dues_ledger",
    *("member_gradings", "organisation_gradings", "grading_rounds"),   # 0050
    "issued_records",                                                  # 0150
)

# The clustered search rowid (see migrations/m0006_register_search.py, rebuilt by
# m0030_name_keys): the bucket of a sort key from its first letters, then a serial
# within the bucket.
SEARCH_BUCKET_CHARS = 7          # characters of the sort key that make the bucket
SEARCH_CHAR_BITS = 6
SEARCH_SERIAL_BITS = 20          # rows a bucket can hold: 1,048,576
# Code points of the letters in a sort key (domain/vietnamese.py: U+0100 + rank of the
# letter in a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z).
SEARCH_LETTER_FIRST = 256
SEARCH_LETTER_LAST = 288


def search_bucket_sql(key: str) -> str:
    """SQL for the first rowid of the bucket of sort key ``key``.

    Each of the first characters gives 6 bits, in the order of the sort key:
    0 = absent or the letters/tones separator, 1 = the word separator, 2 = any
    other character below the alphabet, 3..35 = a letter, 36 = anything above.
    Codes 2 and 36 lump characters together, so the characters after them count
    for nothing: a smaller sort key then never gets a later bucket."""
    first, last = SEARCH_LETTER_FIRST, SEARCH_LETTER_LAST
    above = last - first + 4
    terms, lossy_before = [], []
    for i in range(1, SEARCH_BUCKET_CHARS + 1):
        c = f"unicode(substr({key}, {i}, 1))"
        code = (f"CASE WHEN {c} IS NULL OR {c} = 0 THEN 0 WHEN {c} = 1 THEN 1 "
                f"WHEN {c} < {first} THEN 2 WHEN {c} <= {last} THEN {c} - {first - 3} "
                f"ELSE {above} END")
        if lossy_before:
            code = f"CASE WHEN {' OR '.join(lossy_before)} THEN 0 ELSE {code} END"
        shift = SEARCH_CHAR_BITS * (SEARCH_BUCKET_CHARS - i) + SEARCH_SERIAL_BITS
        terms.append(f"(({code}) << {shift})")
        lossy_before.append(f"coalesce({c} BETWEEN 2 AND {first - 1} OR {c} > {last}, 0)")
    return f"({' + '.join(terms)})"


# Flags a member's events decide (worked out in Python by the members aggregate), kept
# as columns with partial indexes so the register can filter by them.
MEMBER_FLAGS = ("exempt", "temporarily_away")
