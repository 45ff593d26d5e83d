"""Screenshots of every page and the main dialogs, as a secretary sees them on a
1366×768 laptop, in Vietnamese; and a few at 200 % text.

    Xvfb :26 -screen 0 1366x768x24 &
    DISPLAY=:26 python scripts/screenshots_desk.py CELL_DIR COMMITTEE_DIR docs/screenshots

CELL_DIR holds a cell register with demo data (``partydesk init`` + ``partydesk demo``),
COMMITTEE_DIR a committee register. Each picture is the whole X screen (``import -window
root``, ImageMagick), so what is cut off by the screen's edge shows as cut off.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.ui.windows import DIALOGS, World

from partydesk.paths import resolve_paths
from partydesk.services.setup.installation import Installation
from partydesk.ui.application import PartyDeskApp
from partydesk.ui.text_size import apply_text_size

SHOWN_DIALOGS = ("member-record", "member-form", "event-form", "meeting", "attendance",
                 "items", "preview", "enrol", "wizard", "guide")
LARGE = ("overview", "member-form", "meetings")


def settle(ms: int = 700) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def snap(out: Path) -> None:
    settle()
    subprocess.run(["import", "-window", "root", str(out)], check=True)
    print(out)


def pages(app: PartyDeskApp, folder: Path, suffix: str, only=None) -> None:
    window = app.window
    for row, section in enumerate(window.sections):
        if only is None or section.key in only:
            window.navigation.setCurrentRow(row)
            snap(folder / f"desk-{section.key}-{suffix}.png")


def dialogs(world: World, folder: Path, suffix: str, names) -> None:
    for name in names:
        dialog = DIALOGS[name][1](world)
        if name == "member-record":
            dialog.tabs.setCurrentIndex(1)          # the timeline and its one menu
        dialog.show()
        snap(folder / f"desk-{name}-{suffix}.png")
        dialog.hide()
        dialog.deleteLater()


def file_dialog(folder: Path) -> None:
    dialog = QFileDialog(None, "Lưu bản sao")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.resize(900, 560)
    dialog.show()
    snap(folder / "desk-file-dialog-vi.png")
    dialog.hide()


def main() -> int:
    cell_dir, committee_dir, out = (Path(arg) for arg in sys.argv[1:4])
    out.mkdir(parents=True, exist_ok=True)
    app = PartyDeskApp(resolve_paths(cell_dir), sys.argv[:1])
    app.start()
    committee = Installation.acquire(resolve_paths(committee_dir), create=False)
    committee.open_register()
    world = World(app.installation, committee, out.parent / "screenshots-tmp")
    world.folder.mkdir(exist_ok=True)
    pages(app, out, "vi")
    dialogs(world, out, "vi", SHOWN_DIALOGS)
    file_dialog(out)
    apply_text_size(QApplication.instance(), 200)
    pages(app, out, "200", only=("overview", "meetings"))
    dialogs(world, out, "200", ("member-form",))
    committee.release()
    app.window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
