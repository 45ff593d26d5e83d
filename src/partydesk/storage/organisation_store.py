"""The single row describing this installation's organisation."""

from __future__ import annotations

from dataclasses import asdict

from partydesk.domain.organisation import Organisation, Role
from partydesk.storage.connection import Database
from partydesk.storage.rows import insert, now_text


def load_organisation(db: Database) -> Organisation | None:
    row = db.execute(
        "SELECT id, role, name, code, higher_name, term, secretary, "
        "signing_public_key, box_public_key FROM organisation").fetchone()
    if row is None:
        return None
    fields = dict(zip(
        ["id", "role", "name", "code", "higher_name", "term", "secretary",
         "signing_public_key", "box_public_key"], row, strict=True))
    fields["role"] = Role(fields["role"])
    return Organisation(**fields)


def insert_organisation(db: Database, organisation: Organisation) -> None:
    row = asdict(organisation)
    row["role"] = organisation.role.value
    row["created_at"] = now_text()
    insert(db, "organisation", row)


def set_signing_public_key(db: Database, signing_public_key: str) -> None:
    """The organisation's new signing key (after a key change)."""
    db.execute("UPDATE organisation SET signing_public_key = ?", [signing_public_key])
