"""Where a committee's (or a province's) record of a member came from, shown from the
consolidated register: the cell that wrote it, its bundle (number, date, key) and on
a province the commune's roll-up that carried it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from partydesk.services.rollup.provenance import provenance

translate = QCoreApplication.translate


def provenance_text(db, held_as: str) -> str:
    origin = provenance(db, held_as)
    cell, bundle, rollup = origin["cell"], origin["bundle"], origin["rollup"]
    lines = [translate("Provenance", "Written by {cell} ({code}) in its bundle number "
                       "{sequence} of {date}, signed by the key {fingerprint}.").format(
        cell=cell["name"] or "", code=cell["code"], sequence=bundle["sequence"],
        date=(bundle["created_at"] or "")[:10], fingerprint=bundle["fingerprint"])]
    if rollup:
        lines.append(translate(
            "Provenance", "Carried by the roll-up number {sequence} of {commune} ({code}) "
            "of {date}, signed by the key {fingerprint}.").format(
            sequence=rollup["sequence"], commune=rollup["commune"]["name"] or "",
            code=rollup["commune"]["code"], date=(rollup["created_at"] or "")[:10],
            fingerprint=rollup["fingerprint"]))
    return "\n\n".join(lines)


def show_provenance(parent: QWidget, db, member: dict) -> None:
    QMessageBox.information(parent, member.get("full_name") or "",
                            provenance_text(db, member["cell_code"]))
