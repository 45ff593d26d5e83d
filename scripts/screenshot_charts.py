"""The overview's charts at 1366×768, scrolled into view:
``python scripts/screenshot_charts.py DATA_DIR OUT.png``. Run under Xvfb."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QScrollArea

from partydesk.paths import resolve_paths
from partydesk.ui.application import PartyDeskApp


def main() -> int:
    data_dir, out = sys.argv[1], sys.argv[2]
    app = PartyDeskApp(resolve_paths(data_dir), sys.argv[:1])
    app.start()
    window = app.window
    window.resize(1366, 768)
    window.navigation.setCurrentRow(0)

    def grab() -> None:
        from partydesk.ui.overview_charts import OverviewCharts

        charts = window.findChild(OverviewCharts)
        for area in window.findChildren(QScrollArea):
            if area.isAncestorOf(charts):
                area.ensureWidgetVisible(charts, 0, 0)
        QTimer.singleShot(300, lambda: (window.grab().save(out), app.qt.quit()))

    QTimer.singleShot(3000, grab)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
