"""Roll-ups: a commune committee's report to its province (issue 15).

The commune sends its own partition (decisions, notices, targets), each of its cells'
newest bundles exactly as received (their own signatures intact, with the key of each
one's sealed box so that the province can open that box and no other), and the keys
of its cells as it pinned them, all signed by the commune. The province checks the
commune's signature and every nested cell bundle against the key the commune vouches
for, then replaces what it holds of the commune in one transaction, keeping where
each member's record came from (provenance).
"""
