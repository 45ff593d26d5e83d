"""Screenshots of the unlock window, as the secretary sees it at start (the whole
screen): ``python scripts/screenshot_unlock.py DATA_DIR OUT_PREFIX``, under Xvfb, with no
PARTYDESK_PASSPHRASE. Saves OUT_PREFIX-start.png and OUT_PREFIX-wrong.png (after one
wrong try)."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QTimer

from partydesk.paths import resolve_paths
from partydesk.services.setup.installation import Installation
from partydesk.ui.application import PartyDeskApp
from partydesk.ui.passphrase_dialogs import UnlockDialog


def shoot(out: str) -> None:
    subprocess.run(["import", "-window", "root", out], check=True)


def main() -> int:
    data_dir, prefix = sys.argv[1], sys.argv[2]
    app = PartyDeskApp(resolve_paths(data_dir), sys.argv[:1])
    installation = Installation.acquire(app.paths)
    dialog = UnlockDialog(installation.open_register, str(app.paths.data_dir))

    def first() -> None:
        shoot(f"{prefix}-start.png")
        dialog.passphrase.setText("sai mật khẩu")
        dialog.try_unlock()
        QTimer.singleShot(400, second)

    def second() -> None:
        shoot(f"{prefix}-wrong.png")
        dialog.reject()

    QTimer.singleShot(800, first)
    dialog.exec()
    installation.release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
