"""The command line: the same services as the app, for committee staff and automation.

Exit 0 on success; 1 with a one-line ``error: …`` on stderr when the input is
bad or the operation is refused (nothing changed); 2 for usage errors.
"""
