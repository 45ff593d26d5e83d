"""The province's consolidated register: every member of every cell of every commune,
searched as you type (accents and đ optional), filtered by commune and status, read a
page at a time by keyset as the view scrolls (no count of the whole: at half a
million members it would cost more than the page)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex

from partydesk.domain.member import MemberStatus
from partydesk.services.rollup.views import register
from partydesk.ui.committee_register import PAGE, CommitteeMembersModel, CommitteeRegister

translate = QCoreApplication.translate
_ROOT = QModelIndex()


class ProvinceMembersModel(CommitteeMembersModel):
    """Rows keyed by the ``next`` of the page before; ``cell_code`` shown as
    ``COMMUNE/CELL``, as the province holds it (and provenance looks it up)."""

    def set_filter(self, text: str = "", status: MemberStatus | None = None,
                   cell_code: str | None = None) -> None:
        def apply():
            self._filter = (text, status.value if status else None, cell_code)
            self._next: str | None = None
        self._restart(apply)
        self.total = len(self._rows)

    def _read_page(self) -> list[dict]:
        if self._rows and self._next is None:      # the last page was read
            return []
        text, status, commune = self._filter
        page = register(self._db, self._organisation, text, commune, None, status,
                        per_page=min(self._page_size, PAGE), after=self._next)
        self._next = page["next"]
        rows = page["members"]
        for row in rows:
            row["cell_code"] = f"{row['commune_code']}/{row['cell_code']}"
        return rows

    def fetchMore(self, parent=_ROOT) -> None:
        super().fetchMore(parent)
        self.total = len(self._rows)


class ProvinceRegister(CommitteeRegister):
    """The committee's register page, its cell filter choosing a commune instead."""

    model_class = ProvinceMembersModel

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.cell.setAccessibleName(translate("ProvinceRegister", "Commune"))

    def set_communes(self, communes: list[dict]) -> None:
        chosen = self.cell.currentData()
        self.cell.blockSignals(True)
        self.cell.clear()
        self.cell.addItem(translate("ProvinceRegister", "All communes"), "")
        for commune in communes:
            self.cell.addItem(f"{commune['code']} — {commune['name']}", commune["code"])
        self.cell.setCurrentIndex(max(0, self.cell.findData(chosen or "")))
        self.cell.blockSignals(False)
        self.apply_filter()
        self.table.resizeColumnsToContents()

    def apply_filter(self) -> None:
        super().apply_filter()
        more = "" if self.model._complete else "+"
        self.shown.setText(translate("ProvinceRegister", "Members shown: {count}").format(
            count=f"{self.model.total}{more}"))
