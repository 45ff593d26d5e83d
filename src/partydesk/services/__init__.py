"""Use cases over storage and domain: what the UI and the command line call."""
