"""A committee and two cells that have exchanged bundles both ways, built through the
services: CB01 and CB02 sent their bundles; CB01 moved a member out by official
transfer; the committee recorded decisions and a notice with a PDF for CB02, forwarded
the moving member to CB02, and wrote the downward bundles. ``import_down`` brings
CB02's bundle in (the secretary's side)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from partydesk.domain.events import PLACE, EventKind, MemberEvent
from partydesk.services.bundles.downward_export import export_downward
from partydesk.services.bundles.downward_import import import_downward
from partydesk.services.bundles.importer import import_bundle
from partydesk.services.bundles.stream_bag import file_header
from partydesk.services.committee.decisions import add_notice, people_of, record_decision
from partydesk.services.members.lifecycle import record_event
from partydesk.services.setup.keys import fingerprint
from partydesk.services.transfers.committee import forward
from partydesk.storage.members.search import search_page
from tests.ui.sync_world import export

TODAY = date.today()


def send_up(committee, cell, stick: Path) -> None:
    bundle = export(cell, stick)
    key = file_header(bundle).signing_key          # any format
    import_bundle(committee.db, committee.organisation, committee.paths.keys_dir, bundle,
                  confirmed=[fingerprint(key)])


def official_member(cell) -> dict:
    return next(m for m in search_page(cell.db, limit=200) if m["status"] == "official")


def build(committee, cells: dict, stick: Path, pdf: Path) -> dict[str, Path]:
    """Returns each cell's downward bundle."""
    mover = official_member(cells["CB01"])
    record_event(cells["CB01"].db, mover["id"], MemberEvent(
        EventKind.TRANSFER_OUT_OFFICIAL, TODAY - timedelta(days=20),
        {PLACE: "Chi bộ bản Pá Vệt"}), TODAY)
    for cell in cells.values():
        send_up(committee, cell, stick)
    db, org = committee.db, committee.organisation
    people = [p for p in people_of(db, org, "CB02") if p["status"] == "official"]
    record_decision(db, org, "CB02", people[0]["id"], "badge", "125-QĐ/ĐU",
                    TODAY - timedelta(days=3), years=30)
    record_decision(db, org, "CB02", people[1]["id"], "discipline", "07-QĐ/ĐU",
                    TODAY - timedelta(days=2), level="reprimand")
    add_notice(db, org, None, "Hướng dẫn đại hội chi bộ nhiệm kỳ 2025-2030",
               "Các chi bộ đọc kỹ hướng dẫn và chuẩn bị văn kiện trước ngày 15.", pdf)
    forward(db, org, mover["id"], "CB02")
    down = stick / "down"
    down.mkdir(exist_ok=True)
    written = export_downward(db, org, committee.paths.keys_dir, down)
    return {w.cell_code: w.path for w in written}


def import_down(cell, bundle: Path):
    from partydesk.i18n import render

    return import_downward(cell.db, cell.organisation, cell.paths.keys_dir, bundle, TODAY,
                           describe=lambda exc: render(exc.message, "vi"))
