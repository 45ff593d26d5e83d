"""Wording of the party document format that follows from the organisation's names."""

from __future__ import annotations

import re

from partydesk.domain.vietnamese import clean_text

_COMMITTEE = re.compile(r"^(Đảng ủy|Đảng uỷ|Ban Thường vụ Đảng ủy|Đảng bộ|Chi bộ)\s+", re.I)
_LEVEL = re.compile(r"^(xã|phường|thị trấn|đặc khu|thôn|bản|tổ dân phố|tỉnh|thành phố)\s+", re.I)


def header_higher_org(higher_name: str) -> str:
    """The top-left line: the party organisation above the cell, e.g. "Đảng ủy xã Hòa Bình"
    → "ĐẢNG BỘ XÃ HÒA BÌNH" (documents name the party organisation, not its committee)."""
    name = clean_text(higher_name)
    name = re.sub(r"^(Đảng ủy|Đảng uỷ|Ban Thường vụ Đảng ủy)\s+", "Đảng bộ ", name, flags=re.I)
    return name.upper()


def place_name(higher_name: str, fallback: str = "") -> str:
    """The place written before the date: "Đảng ủy xã Hòa Bình" → "Hòa Bình"."""
    for candidate in (higher_name, fallback):
        name = _LEVEL.sub("", _COMMITTEE.sub("", clean_text(candidate)))
        if name:
            return name
    return ""
