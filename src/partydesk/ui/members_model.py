"""The member register as a Qt table: keyset pages fetched as the view scrolls, so a
register of 500,000 members never sits in memory."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt

from partydesk.domain.member import MemberStatus, Sex
from partydesk.domain.member_labels import SEX_LABELS, STATUS_LABELS
from partydesk.services.members.search import search_page
from partydesk.services.shared.register import Database
from partydesk.ui.keyset_model import KeysetTableModel

translate = QCoreApplication.translate
PAGE_SIZE = 200
MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole
_ROOT = QModelIndex()

COLUMNS = [
    ("full_name", QT_TRANSLATE_NOOP("MembersModel", "Full name")),
    ("sex", QT_TRANSLATE_NOOP("MembersModel", "Sex")),
    ("birth_date", QT_TRANSLATE_NOOP("MembersModel", "Date of birth")),
    ("ethnicity", QT_TRANSLATE_NOOP("MembersModel", "Ethnicity")),
    ("admitted_on", QT_TRANSLATE_NOOP("MembersModel", "Admitted")),
    ("official_on", QT_TRANSLATE_NOOP("MembersModel", "Official")),
    ("card_number", QT_TRANSLATE_NOOP("MembersModel", "Card number")),
    ("status", QT_TRANSLATE_NOOP("MembersModel", "Status")),
]
_KEPT = ("id", "sort_key", *(field for field, _ in COLUMNS))


def two_lines(text: str, longest: int = 10) -> str:
    """A long header broken at the space nearest its middle, so that narrow columns
    (dates, card numbers) keep their whole header visible."""
    if len(text) <= longest or " " not in text:
        return text
    middle = len(text) / 2
    cut = min((i for i, ch in enumerate(text) if ch == " "), key=lambda i: abs(i - middle))
    return f"{text[:cut]}\n{text[cut + 1:]}"


def display_value(field: str, value: Any) -> str:
    """A member column as the user reads it: labels translated, dates dd/mm/yyyy."""
    if not value:
        return ""
    if field == "sex":
        label = SEX_LABELS[Sex(value)]
        return translate(label.context, label.text)
    if field == "status":
        label = STATUS_LABELS[MemberStatus(value)]
        return translate(label.context, label.text)
    if field.endswith(("_date", "_on")):
        year, month, day = value.split("-")
        return f"{day}/{month}/{year}"
    return value


class MembersModel(KeysetTableModel):
    """Members matching a search text and status, in Vietnamese name order."""

    def __init__(self, db: Database, page_size: int = PAGE_SIZE, parent=None):
        super().__init__(page_size, parent)
        self._db = db
        self._text = ""
        self._status: str | None = None
        self._flag: str | None = None
        self._restart(lambda: None)

    def set_filter(self, text: str = "", status: str | None = None,
                   flag: str | None = None) -> None:
        """Show members matching ``text`` (accents optional) and ``status``; the first
        page is read at once."""
        def apply():
            self._text, self._status, self._flag = text, status, flag
        self._restart(apply)

    def member_id(self, row: int) -> str:
        return self._rows[row][0]

    def _read_page(self) -> list[tuple]:
        after = (self._rows[-1][1], self._rows[-1][0]) if self._rows else None
        page = search_page(self._db, self._text, self._status, after, self._page_size,
                           flag=self._flag)
        return [tuple(r[f] for f in _KEPT) for r in page]

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            field = COLUMNS[index.column()][0]
            return display_value(field, row[2 + index.column()])
        if role == MEMBER_ID_ROLE:
            return row[0]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return two_lines(translate("MembersModel", COLUMNS[section][1]))
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None
