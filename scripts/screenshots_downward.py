"""Screenshots of the downward pages (issue 14), as a secretary and a committee clerk
see them, in Vietnamese:

    python scripts/screenshots_downward.py build ROOT      # a committee and two cells
    python scripts/screenshots_downward.py pending ROOT    # a bundle left to review
    Xvfb :13 -screen 0 1366x768x24 &
    DISPLAY=:13 python scripts/screenshots_downward.py shoot ROOT cell docs/screenshots 1366
    DISPLAY=:13 python scripts/screenshots_downward.py shoot ROOT committee docs/screenshots 1366

``build`` exchanges bundles both ways (tests/ui/downward_world.py), brings CB02's
downward bundle in, records an arrival from outside by hand and makes a backup. Each
picture is the whole X screen (``import -window root``).
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, QTimer


def build(root: Path) -> None:
    from PySide6.QtGui import QGuiApplication, QPageSize, QPainter, QPdfWriter
    from tests.ui.downward_world import build as exchange
    from tests.ui.downward_world import import_down
    from tests.ui.sync_world import CELLS, make_cell, make_committee

    from partydesk.domain.member import Sex
    from partydesk.services.backups.local import create_backup
    from partydesk.services.transfers.arrival import Letter, arrive

    QGuiApplication(sys.argv[:1])
    root.mkdir(parents=True, exist_ok=True)        # QPdfWriter writes nothing otherwise
    pdf = root / "huong-dan.pdf"
    writer = QPdfWriter(str(pdf))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.drawText(400, 600, "HƯỚNG DẪN ĐẠI HỘI CHI BỘ NHIỆM KỲ 2025-2030")
    painter.end()
    committee = make_committee(root / "committee")
    cells = {code: make_cell(committee, root, code) for code in CELLS}
    down = exchange(committee, cells, root / "stick", pdf)
    cell = cells["CB02"]
    import_down(cell, down["CB02"])
    arrive(cell.db, cell.organisation, Letter(
        "15-GGT/ĐU", "Đảng ủy phường Ba Đình", "Lò Thị Mai", Sex.FEMALE, date(1990, 4, 2),
        date(2015, 5, 19), date(2015, 6, 1), date(2016, 6, 1), "", date(2026, 11, 10)),
        date(2026, 11, 20), date.today())
    create_backup(cell.db, cell.paths.backups_dir)
    for installation in (committee, *cells.values()):
        installation.release()


def pending(root: Path) -> None:
    """One more decision for CB02, in a bundle left on the stick for the review shot."""
    from partydesk.paths import resolve_paths
    from partydesk.services.bundles.downward_export import export_downward
    from partydesk.services.committee.decisions import people_of, record_decision
    from partydesk.services.setup.installation import Installation

    committee = Installation.acquire(resolve_paths(root / "committee"))
    committee.open_register()
    db, org = committee.db, committee.organisation
    person = next(p for p in people_of(db, org, "CB02") if p["status"] == "probationary")
    record_decision(db, org, "CB02", person["id"], "discipline", "09-QĐ/ĐU", date.today(),
                    level="reprimand")
    later = root / "stick" / "later"
    later.mkdir(exist_ok=True)
    [written] = export_downward(db, org, committee.paths.keys_dir, later, ["CB02"])
    (root / "pending.txt").write_text(str(written.path))
    committee.release()


def review(page, root: Path, out: Path) -> None:
    """The check before importing, shot while it waits for the secretary."""
    from PySide6.QtWidgets import QApplication

    def shoot_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(300, shoot_and_close)
            return
        snap(out)
        dialog.reject()

    QTimer.singleShot(300, shoot_and_close)
    page.check(Path((root / "pending.txt").read_text()))
    settle(4000)


def settle(ms: int = 800) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def snap(out: Path) -> None:
    settle()
    subprocess.run(["import", "-window", "root", str(out)], check=True)
    print(out)


def shoot(root: Path, role: str, out: Path, suffix: str) -> None:
    from partydesk.paths import resolve_paths
    from partydesk.ui.application import PartyDeskApp

    folder = root / ("committee" if role == "committee" else "CB02")
    app = PartyDeskApp(resolve_paths(folder), sys.argv[:1])
    app.start()
    window = app.window
    keys = [s.key for s in window.sections]
    window.navigation.setCurrentRow(keys.index("sync"))
    tabs = window.stack.currentWidget().tabs
    if role == "committee":
        tabs.setCurrentIndex(1)
        page = tabs.currentWidget()
        snap(out / f"downward-to-cells-{suffix}.png")
        page.tabs.setCurrentIndex(2)
        snap(out / f"downward-transit-{suffix}.png")
        from partydesk.ui.to_cells_forms import decision_dialog

        dialog, _save = decision_dialog(app.installation, date.today(), window)
        dialog.show()
        snap(out / f"downward-decision-form-{suffix}.png")
        dialog.hide()
    else:
        tabs.setCurrentIndex(0)
        snap(out / f"downward-sync-receipt-{suffix}.png")
        tabs.setCurrentIndex(1)
        snap(out / f"downward-from-committee-{suffix}.png")
        page = tabs.currentWidget()
        page.tabs.setCurrentIndex(1)
        page.notice_table.selectRow(0)
        snap(out / f"downward-notices-{suffix}.png")
        if (root / "pending.txt").exists():
            review(page, root, out / f"downward-review-{suffix}.png")
        tabs.setCurrentIndex(2)
        transfers = tabs.currentWidget()
        snap(out / f"downward-transfers-waiting-{suffix}.png")
        transfers.tabs.setCurrentIndex(1)
        snap(out / f"downward-transfer-book-{suffix}.png")
        from partydesk.ui.arrival_form import arrival_dialog

        dialog, _save = arrival_dialog(app.installation, date.today(), window)
        dialog.show()
        snap(out / f"downward-arrival-form-{suffix}.png")
        dialog.hide()
        window.navigation.setCurrentRow(keys.index("settings"))
        snap(out / f"settings-backups-{suffix}.png")
        window.navigation.setCurrentRow(keys.index("overview"))
        settle(2500)
        snap(out / f"overview-transfers-{suffix}.png")
    window.close()


def main() -> int:
    if sys.argv[1] in ("build", "pending"):
        (build if sys.argv[1] == "build" else pending)(Path(sys.argv[2]))
        return 0
    root, role, out, suffix = Path(sys.argv[2]), sys.argv[3], Path(sys.argv[4]), sys.argv[5]
    out.mkdir(parents=True, exist_ok=True)
    shoot(root, role, out, suffix)
    return 0


if __name__ == "__main__":
    sys.exit(main())
