"""Party dues: the collection screen, built for the meeting table.

Keyboard only: Space records "paid as due" for the current member and moves down;
digits type an amount, Enter records it (Enter alone just moves down); Backspace
and Escape edit the typed amount. Totals update as you go. Delete on a paid row
explains that a recorded payment is corrected by a reversal, never changed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partydesk.domain.dues import CATEGORY_LABELS, Month, format_money
from partydesk.domain.errors import PartyDeskError
from partydesk.services.dues.context import load_context
from partydesk.services.dues.ledger import Line, delete_entry, month_lines, paid_for
from partydesk.services.dues.payments import Payment, pay
from partydesk.services.setup.installation import Installation
from partydesk.services.shared.jobs import Job
from partydesk.ui import signer_prompt
from partydesk.ui.document_preview import BackgroundPreview
from partydesk.ui.pages import heading
from partydesk.ui.translation import render

MONTHS_SHOWN = 24


class DuesModel(QAbstractTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("DuesModel", "Full name"),
               QT_TRANSLATE_NOOP("DuesModel", "Category"), QT_TRANSLATE_NOOP("DuesModel", "Due"),
               QT_TRANSLATE_NOOP("DuesModel", "Paid"), QT_TRANSLATE_NOOP("DuesModel", "Balance"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lines: list[Line] = []
        self.typing: tuple[int, str] | None = None    # row, digits typed so far

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("DuesModel", self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        line = self.lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return line.explanation
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 3 and self.typing and self.typing[0] == index.row():
            return f"{format_money(int(self.typing[1]))} ▌"
        return (line.full_name, render_label(line), format_money(line.due),
                format_money(line.paid), format_money(line.balance))[column]

    def set_lines(self, lines: list[Line]) -> None:
        self.beginResetModel()
        self.lines, self.typing = lines, None
        self.endResetModel()

    def replace(self, row: int, line: Line) -> None:
        self.lines[row] = line
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))


def render_label(line: Line) -> str:
    context, text = CATEGORY_LABELS[line.category]
    return QCoreApplication.translate(context, text)


class DuesPage(QWidget):
    def __init__(self, installation: Installation, today: date, parent=None):
        super().__init__(parent)
        self.installation, self.today = installation, today
        self.db = installation.db
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Party dues")))
        top = QHBoxLayout()
        self.month = QComboBox()
        current = Month.of(today)
        for back in range(MONTHS_SHOWN):
            month = current.next(-back)
            self.month.addItem(month.label, str(month))
        label = QLabel(self.tr("&Month:"))
        label.setBuddy(self.month)
        top.addWidget(label)
        top.addWidget(self.month)
        top.addStretch()
        self.print_button = QPushButton(self.tr("&Save the month's report…"))
        self.print_button.clicked.connect(self.save_report)
        top.addWidget(self.print_button)
        self.summary_button = QPushButton(self.tr("Print the &year's summary…"))
        self.summary_button.setToolTip(self.tr("The yearly dues summary of the chosen "
                                               "month's year, previewed before printing"))
        self.summary_button.clicked.connect(self.preview_summary)
        top.addWidget(self.summary_button)
        layout.addLayout(top)
        self.previews = BackgroundPreview(self, [self.print_button, self.summary_button])
        layout.addWidget(self.previews.busy)
        layout.addWidget(self.previews.status)
        self.model = DuesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.installEventFilter(self)
        layout.addWidget(self.table, stretch=1)
        self.totals = QLabel()
        self.totals.setAccessibleName(self.tr("Totals"))
        layout.addWidget(self.totals)
        self.hint = QLabel(self.tr("Space: paid as due · type an amount and press Enter to "
                                   "record it · Enter moves down · Delete: how to correct"))
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.month.currentIndexChanged.connect(self.load)
        self.load()

    @property
    def current_month(self) -> Month:
        return Month.parse(self.month.currentData())

    def load(self) -> None:
        self.context = load_context(self.db)
        self.model.set_lines(month_lines(self.db, self.current_month, self.context))
        if self.model.lines:
            self.table.selectRow(0)
        self.update_totals()

    def update_totals(self, note: str = "") -> None:
        lines = self.model.lines
        due, paid = sum(ln.due for ln in lines), sum(ln.paid for ln in lines)
        done = sum(1 for ln in lines if ln.due and ln.paid >= ln.due)
        text = self.tr("Members: {n} · due {due} · collected {paid} · still owed {owed} · "
                       "paid in full: {done}").format(
            n=len(lines), due=format_money(due), paid=format_money(paid),
            owed=format_money(sum(max(ln.balance, 0) for ln in lines)), done=done)
        self.totals.setText(f"<b>{text}</b>" + (f"<br>{note}" if note else ""))

    def row(self) -> int:
        return self.table.currentIndex().row()

    def move_down(self) -> None:
        row = min(self.row() + 1, self.model.rowCount() - 1)
        self.table.selectRow(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            return self.key(event)
        return super().eventFilter(watched, event)

    def key(self, event) -> bool:
        row, key, text = self.row(), event.key(), event.text()
        if row < 0:
            return False
        typing = self.model.typing if self.model.typing and self.model.typing[0] == row else None
        if text.isdigit() and len((typing or (row, ""))[1]) < 10:
            self._typed(row, (typing[1] if typing else "") + text)
        elif key == Qt.Key.Key_Backspace and typing:
            self._typed(row, typing[1][:-1] or None)
        elif key == Qt.Key.Key_Escape and typing:
            self._typed(row, None)
        elif key == Qt.Key.Key_Space:
            self.record(row, None)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if typing:
                self.record(row, int(typing[1]))
            else:
                self.move_down()
        elif key == Qt.Key.Key_Delete:
            try:
                delete_entry(self.db, self.model.lines[row].member_id)
            except PartyDeskError as exc:
                self.update_totals(render(exc.message))
        else:
            return False
        return True

    def _typed(self, row: int, digits: str | None) -> None:
        self.model.typing = (row, digits) if digits else None
        self.model.dataChanged.emit(self.model.index(row, 3), self.model.index(row, 3))

    def record(self, row: int, amount: int | None) -> None:
        line = self.model.lines[row]
        self._typed(row, None)
        try:
            pay(self.db, Payment(line.member_id, self.current_month, amount=amount), self.today)
        except PartyDeskError as exc:
            self.update_totals(render(exc.message))
            return
        month = self.current_month
        paid = paid_for(self.db, line.member_id, month)
        self.model.replace(row, Line(line.member_id, line.full_name, line.category, line.due,
                                     line.explanation, paid))
        self.update_totals()
        self.move_down()

    def save_report(self) -> None:
        month = self.current_month
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the dues report"), f"dang-phi-{month}.pdf",
            self.tr("PDF (*.pdf);;Excel (*.xlsx)"))
        if name:
            self.write_report(Path(name))

    def write_report(self, out: Path) -> None:
        from partydesk.services.dues.documents import write_report
        from partydesk.services.dues.report import cell_report

        organisation = self.installation.organisation
        signer = None
        if out.suffix.lower() != ".xlsx":  # a signed paper: never a blank name
            signer = signer_prompt.signer_for(self, organisation)
            if signer is None:
                return
        try:
            report = cell_report(self.db, self.current_month, self.today)
            write_report(self.db, organisation, report, out, signer)
        except PartyDeskError as exc:
            self.update_totals(render(exc.message))
            return
        self.update_totals(self.tr("Report written to {file}").format(file=out.name))

    def preview_summary(self) -> None:
        """The yearly summary of the chosen month's year, built off the GUI thread, then
        shown in the preview (print or save a copy from there)."""
        from partydesk.services.dues.summary import cell_summary
        from partydesk.services.dues.summary_document import write_summary

        year, today = self.current_month.year, self.today
        organisation = self.installation.organisation
        signer = signer_prompt.signer_for(self, organisation)
        if signer is None:
            return

        def work(db, _progress, out: Path) -> Path:
            return write_summary(db, organisation, cell_summary(db, year, today), out, signer)

        self.previews.start(lambda out: Job.on_register(self.db, lambda db, p: work(db, p, out)),
                            f"dang-phi-nam-{year}.pdf",
                            self.tr("the dues summary of {year}").format(year=year))
