"""Colours the pages share, so a refusal looks the same on every page."""

ERROR_STYLE = "color: #b00020;"          # dark red, readable on white and in grey scale
