"""What several capabilities share: writing files the user keeps without ever leaving a
half file (atomic_files), background jobs on a connection of their own with one progress
and cancellation (jobs), and the register handle the UI and CLI hold (register).
"""
