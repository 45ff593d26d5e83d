"""Preview a printed document, then print it through the system's printer dialog."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QVBoxLayout

from partydesk.domain.errors import PartyDeskError
from partydesk.services.shared.atomic_files import write_atomically
from partydesk.ui.dialogs import show_error
from partydesk.ui.screen import fill_height

translate = QCoreApplication.translate


class PdfPreviewDialog(QDialog):
    def __init__(self, pdf: Path, title: str, parent=None, remove_when_closed: bool = False):
        super().__init__(parent)
        self.pdf = Path(pdf)
        if remove_when_closed:
            self.finished.connect(self._remove_file)
        self.setWindowTitle(title)
        self.resize(900, 1200)
        fill_height(self)   # the page as large as the screen allows, buttons still in view
        self.document = QPdfDocument(self)
        self.document.load(str(self.pdf))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("PdfPreview", "&Close"))
        print_button = buttons.addButton(translate("PdfPreview", "&Print…"),
                                         QDialogButtonBox.ButtonRole.ActionRole)
        save_button = buttons.addButton(translate("PdfPreview", "&Save a copy…"),
                                        QDialogButtonBox.ButtonRole.ActionRole)
        print_button.clicked.connect(self.print_document)
        save_button.clicked.connect(self.save_copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)

    def _remove_file(self) -> None:
        self.document.close()
        self.pdf.unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            self.pdf.parent.rmdir()

    def page_count(self) -> int:
        return self.document.pageCount()

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_pdf(self.document, printer)

    def save_copy(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self, translate("PdfPreview", "Save a copy"), self.pdf.name, "PDF (*.pdf)")
        if not target:
            return
        try:
            write_atomically(Path(target), lambda handle: handle.write(self.pdf.read_bytes()))
        except PartyDeskError as error:
            show_error(self, error)


def print_pdf(document: QPdfDocument, printer: QPrinter) -> None:
    """Draw each page as an image at the printer's resolution."""
    painter = QPainter(printer)
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            target = painter.viewport()
            size = document.pagePointSize(page)
            scale = min(target.width() / size.width(), target.height() / size.height())
            image = document.render(page, QSize(int(size.width() * scale),
                                                int(size.height() * scale)))
            painter.drawImage(0, 0, image)
    finally:
        painter.end()
