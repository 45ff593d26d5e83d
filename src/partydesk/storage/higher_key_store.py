"""The key of this installation's higher committee (a cell's committee, a commune's
province) as it changes: the key now trusted in ``higher_committee``, and the keys it
replaced (kept in settings, so a bundle signed by one of them is told apart from a
stranger's)."""

from __future__ import annotations

import json

from partydesk.storage.connection import Database
from partydesk.storage.settings_store import get_setting

RETIRED_HIGHER_KEYS = "bundles.higher_retired_keys"


def retired_higher_keys(db: Database) -> set[str]:
    return set(json.loads(get_setting(db, RETIRED_HIGHER_KEYS) or "[]"))


def switch_higher_key(db: Database, new_key: str, retired: set[str]) -> None:
    """Trust ``new_key`` from now on and retire ``retired`` (inside the caller's
    transaction)."""
    keys = sorted((retired_higher_keys(db) | retired) - {new_key})
    db.execute("UPDATE higher_committee SET signing_public_key = ?", [new_key])
    db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
               "DO UPDATE SET value = excluded.value", [RETIRED_HIGHER_KEYS, json.dumps(keys)])
