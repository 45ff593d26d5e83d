"""Take a screenshot of the main window:
``python scripts/screenshot.py DATA_DIR OUT.png [SECTION]``.

``... DATA_DIR OUT.png 1 new-member`` shows the members section's New member form instead.

Used to refresh docs/screenshots/; run it under Xvfb (xvfb-run -a) for real fonts.
"""

from __future__ import annotations

import os
import sys
from datetime import date

from PySide6.QtCore import QTimer

from partydesk.paths import resolve_paths
from partydesk.ui.application import PartyDeskApp


def main() -> int:
    data_dir, out = sys.argv[1], sys.argv[2]
    section = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    dialog = sys.argv[4] if len(sys.argv) > 4 else None
    app = PartyDeskApp(resolve_paths(data_dir), sys.argv[:1])
    app.start()
    if os.environ.get("PARTYDESK_SHOT_SIZE"):        # e.g. 1366x768, the small laptop
        width, height = map(int, os.environ["PARTYDESK_SHOT_SIZE"].split("x"))
        app.window.resize(width, height)
    app.window.navigation.setCurrentRow(section)
    shown = app.window
    if dialog == "new-member":
        from partydesk.ui.member_form import MemberForm

        shown = MemberForm(date.today(), parent=app.window.stack.currentWidget())
        shown.show()

    def grab() -> None:
        shown.grab().save(out)
        app.qt.quit()

    QTimer.singleShot(int(os.environ.get("PARTYDESK_SHOT_DELAY_MS", "600")), grab)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
