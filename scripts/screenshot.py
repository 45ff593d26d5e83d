"""Take a screenshot of the main window: ``python scripts/screenshot.py DATA_DIR OUT.png [SECTION]``.

Used to refresh docs/screenshots/; run it under Xvfb (xvfb-run -a) for real fonts.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer

from partydesk.paths import resolve_paths
from partydesk.ui.application import PartyDeskApp


def main() -> int:
    data_dir, out = sys.argv[1], sys.argv[2]
    section = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    app = PartyDeskApp(resolve_paths(data_dir), sys.argv[:1])
    app.start()
    app.window.navigation.setCurrentRow(section)

    def grab() -> None:
        app.window.grab().save(out)
        app.qt.quit()

    QTimer.singleShot(600, grab)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
