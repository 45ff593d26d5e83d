"""Storage of the members aggregate: the ``members`` and ``member_events`` tables.

    records   reading member records, card owners, names, counts
    events    reading members' events and whole histories
    search    accent-insensitive search in Vietnamese name order, by keyset pages
    writer    the one writer: new members with their events, new events, the columns
              a member's events decide, edits of the record's own fields

Only ``services/members`` writes through :mod:`writer`; the columns the events decide
(status, admission/ceremony/official dates, card, exempt and away flags) are worked
out there by folding the events, never in SQL.
"""
