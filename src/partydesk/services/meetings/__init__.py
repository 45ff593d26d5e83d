"""The meetings capability: draft meetings, attendance, items and votes, minutes and
their signing, resolutions and tasks.
"""
