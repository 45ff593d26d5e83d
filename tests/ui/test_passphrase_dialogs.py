"""The passphrase in the app: three tries at the unlock window with nothing touched, a
plain register protected after a backup, and the change in Settings."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox

from partydesk.domain.organisation import Role
from partydesk.paths import resolve_paths
from partydesk.services.setup.first_run import initialise
from partydesk.services.setup.installation import Installation
from partydesk.services.setup.passphrase import PassphrasesDiffer, WrongPassphrase
from partydesk.services.setup.passphrase_change import change_passphrase
from partydesk.storage import cipher
from partydesk.ui.passphrase_dialogs import (
    ChangePassphraseDialog,
    ChoosePassphraseDialog,
    UnlockDialog,
)
from partydesk.ui.translation import render
from tests.helpers import snapshot, suite_passphrase

NEW = "đèn khuya thư phòng"


def set_up(tmp_path):
    paths = resolve_paths(tmp_path / "data")
    with Installation.acquire(paths, create=True) as installation:
        initialise(installation, Role.CELL, "Chi bộ thôn Đồng Tâm", "CB01")
    return paths


def test_three_wrong_tries_close_the_window_and_touch_nothing(qtbot, tmp_path, monkeypatch):
    paths = set_up(tmp_path)
    before = snapshot(paths.data_dir)
    installation = Installation.acquire(paths)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    dialog = UnlockDialog(installation.open_register, str(paths.data_dir))
    qtbot.addWidget(dialog)
    dialog.show()
    for tries_left in (2, 1):
        dialog.passphrase.setText("sai mật khẩu rồi")
        dialog.try_unlock()
        assert dialog.isVisible() and str(tries_left) in dialog.error.text()
        assert dialog.passphrase.text() == ""
    dialog.passphrase.setText("vẫn sai mật khẩu")
    dialog.try_unlock()
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert len(warned) == 1                          # "wrong three times … will close"
    assert installation.db is None
    installation.release()
    assert snapshot(paths.data_dir) == before


def test_the_right_passphrase_opens_the_register(qtbot, tmp_path):
    paths = set_up(tmp_path)
    installation = Installation.acquire(paths)
    dialog = UnlockDialog(installation.open_register)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("sai mật khẩu rồi")
    dialog.try_unlock()
    dialog.passphrase.setText(suite_passphrase())
    dialog.try_unlock()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert installation.organisation.code == "CB01"
    installation.release()


def test_a_plain_register_is_protected_with_a_chosen_passphrase(qtbot, tmp_path):
    paths = set_up(tmp_path)
    conn = cipher.connect(paths.database, suite_passphrase())
    conn.execute(f"ATTACH DATABASE '{tmp_path / 'plain.db'}' AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.close()
    (tmp_path / "plain.db").replace(paths.database)
    installation = Installation.acquire(paths)
    assert installation.needs_new_passphrase
    dialog = ChoosePassphraseDialog(installation.open_register)
    qtbot.addWidget(dialog)
    dialog.fields.first.setText(NEW)
    dialog.fields.second.setText(NEW + " ")
    dialog.try_choose()
    assert dialog.fields.error.text() == render(PassphrasesDiffer().message)
    assert cipher.is_plain(paths.database)
    dialog.fields.second.setText(NEW)
    dialog.try_choose()
    assert dialog.result() == QDialog.DialogCode.Accepted
    installation.release()
    assert not cipher.is_plain(paths.database)
    assert list(paths.backups_dir.glob("*before-encryption*.sqlite3"))
    cipher.connect(paths.database, NEW).close()


def test_settings_change_the_passphrase(qtbot, tmp_path):
    paths = set_up(tmp_path)
    installation = Installation.acquire(paths)
    installation.open_register()
    dialog = ChangePassphraseDialog(
        lambda old, new: change_passphrase(installation, old, new))
    qtbot.addWidget(dialog)
    dialog.old.setText("không phải cái cũ")
    dialog.fields.first.setText(NEW)
    dialog.fields.second.setText(NEW)
    dialog.try_change()
    assert dialog.fields.error.text() == render(WrongPassphrase().message)
    dialog.old.setText(suite_passphrase())
    dialog.try_change()
    assert dialog.result() == QDialog.DialogCode.Accepted
    installation.release()
    again = Installation.acquire(paths)
    assert again.open_register(NEW).code == "CB01"
    again.release()


def test_the_app_asks_at_start_and_gives_up_after_three_wrong_tries(qtbot, tmp_path,
                                                                     monkeypatch):
    from partydesk.ui.application import PartyDeskApp

    paths = set_up(tmp_path)
    before = snapshot(paths.data_dir)
    monkeypatch.delenv("PARTYDESK_PASSPHRASE")
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)
    seen = []

    def three_wrong_tries(dialog):
        seen.append(type(dialog).__name__)
        for _ in range(3):
            dialog.passphrase.setText("sai mật khẩu rồi")
            dialog.try_unlock()
        return dialog.result()

    monkeypatch.setattr(UnlockDialog, "exec", three_wrong_tries)
    app = PartyDeskApp(paths, ["partydesk"])
    assert app.start() is False
    assert seen == ["UnlockDialog"] and app.window is None and app.installation is None
    assert snapshot(paths.data_dir) == before


def test_settings_offer_the_change(qtbot, monkeypatch):
    from PySide6.QtWidgets import QPushButton

    from partydesk.ui.pages import SettingsPage

    opened = []
    monkeypatch.setattr(ChangePassphraseDialog, "exec", lambda dialog: opened.append(dialog))
    page = SettingsPage("vi", "/tmp", 125, change_passphrase=lambda old, new: None)
    qtbot.addWidget(page)
    [button] = [b for b in page.findChildren(QPushButton)
                if "passphrase" in b.text() or "mật khẩu" in b.text()]
    button.click()
    assert len(opened) == 1 and isinstance(opened[0], ChangePassphraseDialog)
