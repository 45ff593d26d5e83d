"""The settings field of a downward payload: format 2 carries it, a format-1 payload
(without it) still opens as "no settings", a newer format is refused, and a value the
cell would not accept itself makes the bundle damaged."""

from __future__ import annotations

import json
import zlib

import pytest
from nacl.public import PrivateKey

from partydesk.services.bundles.crypto import seal
from partydesk.services.bundles.downward_payload import (
    DownwardContent,
    DownwardPayload,
    open_downward,
    seal_downward,
)
from partydesk.services.bundles.errors import DAMAGED, NEWER_FORMAT, BundleError

KEY = PrivateKey.generate()
BASE = {"direction": "down", "sender": {"code": "DUHB"}, "recipient": {"code": "CB01"},
        "sequence": 3, "created_at": "2026-12-01T08:00:00+00:00", "receipt": None,
        "decisions": [], "notices": [], "transfers": []}
DUES = {"id": "s1", "key": "dues.retained_percent", "value": 40, "from_month": "2026-03",
        "created_at": "2026-12-01T07:00:00+00:00"}


def sealed(document: dict) -> bytes:
    text = json.dumps(document, ensure_ascii=False).encode("utf-8")
    return seal(bytes(KEY.public_key), zlib.compress(text))


def test_settings_go_through_and_a_format_1_payload_still_opens():
    settings = {"dues": [DUES], "targets": [{"year": 2026, "admissions": 3,
                                             "set_at": "2026-12-01T07:00:00+00:00"}]}
    box = seal_downward(DownwardPayload(BASE["sender"], BASE["recipient"], 3,
                                        BASE["created_at"],
                                        DownwardContent(None, [], [], [], settings)),
                        bytes(KEY.public_key))
    assert open_downward(box, bytes(KEY)).content.settings == settings
    old = open_downward(sealed({**BASE, "format": 1}), bytes(KEY))
    assert old.content.settings == {"dues": [], "targets": []}


@pytest.mark.parametrize("settings", [
    {"dues": [{**DUES, "value": 130}]},                       # a share over 100 %
    {"dues": [{**DUES, "key": "dues.salaried_rate_bp"}]},     # not a setting
    {"dues": [{**DUES, "from_month": "2026-13"}]},
    {"dues": [{**DUES, "value": "40"}]},
    {"targets": [{"year": 1990, "admissions": 3, "set_at": "x"}]},
    {"targets": [{"year": 2026, "admissions": -1, "set_at": "x"}]},
    "everything",
])
def test_a_value_the_cell_would_refuse_makes_the_bundle_damaged(settings):
    with pytest.raises(BundleError) as refused:
        open_downward(sealed({**BASE, "format": 2, "settings": settings}), bytes(KEY))
    assert refused.value.message.text == DAMAGED.text


def test_a_newer_format_is_refused_as_newer():
    with pytest.raises(BundleError) as refused:
        open_downward(sealed({**BASE, "format": 3}), bytes(KEY))
    assert refused.value.message.text == NEWER_FORMAT.text
