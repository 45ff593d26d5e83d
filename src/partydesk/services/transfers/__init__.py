"""Transfers between the cells of one committee: the committee sees members in transit
and forwards each dossier (record, whole event history, candidate file) in the new
cell's next downward bundle; the new cell accepts it with a dated "transferred in"
event through the member aggregate. A member is counted once at every step."""
