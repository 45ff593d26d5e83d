"""Export (committee): one downward bundle per cell that has something new to send —
the receipt for its newest bundle, decisions, notices — signed with the committee's key,
sealed to the cell's key, numbered per cell, written safely to the chosen folder.

A cell named explicitly always gets a bundle (sending the same content again is how a
lost stick is made good: each bundle carries everything, so the newest one suffices)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from partydesk import __version__
from partydesk.domain.bundles import (
    FORMAT_VERSION,
    bundle_file_name,
    bundle_prefix,
    bundle_stem,
)
from partydesk.domain.messages import QT_TRANSLATE_NOOP
from partydesk.domain.organisation import Organisation
from partydesk.services.bundles.bag import BagHeader, build_bag
from partydesk.services.bundles.container import build_container
from partydesk.services.bundles.downward_payload import (
    DownwardContent,
    DownwardPayload,
    seal_downward,
)
from partydesk.services.bundles.errors import NOT_COMMITTEE, BundleError
from partydesk.services.bundles.key_change import key_changes
from partydesk.services.bundles.stick_writes import (
    check_folder,
    remove_stale_partials,
    write_on_stick,
)
from partydesk.services.setup.keys import SIGNING_KEY_FILE, read_private_key
from partydesk.services.transfers.committee import transfers_for
from partydesk.storage.bundle_store import list_cells, load_cell
from partydesk.storage.cell_settings_store import settings_for
from partydesk.storage.downward_store import (
    decisions_for,
    downward_state,
    notices_for,
    record_downward_export,
    take_downward_sequence,
)

UNKNOWN_CELL = QT_TRANSLATE_NOOP(
    "Bundles", "There is no cell with the code {code} enrolled here; nothing was written.")
NO_KEY_YET = QT_TRANSLATE_NOOP(
    "Bundles", "Cell {code} has not sent its first bundle yet, so its key is not known and "
    "nothing can be sent to it; nothing was written.")


@dataclass(frozen=True)
class DownwardExport:
    path: Path
    cell_code: str
    sequence: int
    decisions: int
    notices: int
    receipt_sequence: int | None


def content_for(db, cell: dict) -> DownwardContent:
    receipt = None
    if cell["last_sequence"]:
        receipt = {"sequence": cell["last_sequence"], "sha256": cell["last_bundle_sha256"],
                   "created_at": cell["last_bundle_created_at"]}
    return DownwardContent(receipt, decisions_for(db, cell["code"]),
                           notices_for(db, cell["code"]), transfers_for(db, cell["code"]),
                           settings_for(db, cell["code"]))


def cells_to_send(db, codes: list[str]) -> list[tuple[dict, DownwardContent]]:
    """The cells named (each checked), or every pinned cell with something new."""
    if codes:
        chosen = []
        for code in dict.fromkeys(codes):
            cell = load_cell(db, code)
            if cell is None:
                raise BundleError(UNKNOWN_CELL, code=code)
            if cell["status"] != "active":
                raise BundleError(NO_KEY_YET, code=code)
            chosen.append((cell, content_for(db, cell)))
        return chosen
    pending = []
    for cell in list_cells(db):
        if cell["status"] != "active":
            continue
        content = content_for(db, cell)
        if content.digest() != downward_state(db, cell["code"])["content_sha256"]:
            pending.append((cell, content))
    return pending


def export_downward(db, organisation: Organisation, keys_dir: Path, folder: Path,
                    codes: list[str] | None = None) -> list[DownwardExport]:
    if not organisation.is_committee:
        raise BundleError(NOT_COMMITTEE)
    check_folder(folder)
    chosen = cells_to_send(db, list(codes or []))
    signing_private = read_private_key(keys_dir, SIGNING_KEY_FILE, db.passphrase)
    return [_write_one(db, organisation, signing_private, folder, cell, content)
            for cell, content in chosen]


def _write_one(db, organisation: Organisation, signing_private: bytes, folder: Path,
               cell: dict, content: DownwardContent) -> DownwardExport:
    code = cell["code"]
    sequence = take_downward_sequence(db, code)
    created_at = datetime.now(UTC).isoformat(timespec="seconds")
    sealed = seal_downward(DownwardPayload(
        sender={"id": organisation.id, "code": organisation.code, "name": organisation.name,
                "signing_public_key": organisation.signing_public_key},
        recipient={"code": code}, sequence=sequence, created_at=created_at,
        content=content), bytes.fromhex(cell["box_public_key"]))
    header = BagHeader(organisation.code, code, sequence, FORMAT_VERSION, created_at,
                       bytes.fromhex(organisation.signing_public_key), key_changes(db))
    files = build_bag(header, sealed, signing_private, f"PartyDesk {__version__}")
    stamp = datetime.fromisoformat(created_at).timetuple()[:6]
    data = build_container(bundle_stem(organisation.code, code, sequence), files, stamp)
    name = bundle_file_name(organisation.code, code, sequence)
    remove_stale_partials(folder, bundle_prefix(organisation.code, code) + "*")
    path = write_on_stick(folder / name, data, pause_name="downward-export-midway")
    record_downward_export(db, code, content.digest(), name, created_at)
    receipt = content.receipt["sequence"] if content.receipt else None
    return DownwardExport(path, code, sequence, len(content.decisions),
                          len(content.notices), receipt)
