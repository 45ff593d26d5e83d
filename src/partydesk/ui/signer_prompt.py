"""Ask for the signer's name when the register has none: a signed paper never prints
with a blank name (the command line refuses instead; see ``--signer``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from partydesk.domain.organisation import Organisation

translate = QCoreApplication.translate


def ask(parent: QWidget, title: str, label: str) -> tuple[str, bool]:
    return QInputDialog.getText(parent, title, label)


def signer_for(parent: QWidget, organisation: Organisation) -> str | None:
    """The recorded secretary, else the name typed now; None when the user cancels."""
    if organisation.secretary.strip():
        return organisation.secretary
    name, ok = ask(parent, translate("SignerPrompt", "Who signs this document?"),
                   translate("SignerPrompt", "No secretary is recorded. Name of the person "
                                             "who signs (printed under the signature):"))
    name = " ".join(name.split())
    return name if ok and name else None
