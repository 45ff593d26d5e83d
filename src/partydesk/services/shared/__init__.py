"""What several capabilities share: writing files the user keeps without ever leaving a
half file.
"""
