"""The committee's view of its cells: each cell's last bundle, and the consolidated
register of every cell's members."""

from __future__ import annotations

from partydesk.domain.organisation import Organisation
from partydesk.domain.vietnamese import fold
from partydesk.services.bundles.errors import NOT_COMMITTEE, BundleError
from partydesk.storage.bundle_store import list_cells
from partydesk.storage.partition_store import consolidated_members


def _require_committee(organisation: Organisation) -> None:
    if not organisation.is_committee:
        raise BundleError(NOT_COMMITTEE)


def cells_overview(db, organisation: Organisation) -> list[dict]:
    """One dict per enrolled cell: code, name, status, fingerprint, last_sequence,
    last_bundle_at, last_imported_at, members (active members in its last bundle)."""
    _require_committee(organisation)
    return [{"code": c["code"], "name": c["name"], "status": c["status"],
             "fingerprint": c["fingerprint"], "last_sequence": c["last_sequence"],
             "last_bundle_at": c["last_bundle_created_at"],
             "last_imported_at": c["last_imported_at"], "members": c["member_count"]}
            for c in list_cells(db)]


def committee_members(db, organisation: Organisation, search: str | None = None,
                      status: str | None = None, cell_code: str | None = None) -> list[dict]:
    """Every member held from every cell, each with its cell's code; searched like the
    cell register (accents and đ folded, each word a prefix of a word of the name)."""
    _require_committee(organisation)
    return consolidated_members(db, fold(search or "").split(), status, cell_code)
