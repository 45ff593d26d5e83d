"""Feed the Qt Linguist catalogues to Qt, and render lower layers' messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from partydesk.domain.messages import Message
from partydesk.i18n import QT_CATALOGUE, catalogue, pick


class CatalogueTranslator(QTranslator):
    """A QTranslator reading our ``.ts`` catalogues directly (no compiled ``.qm``): the
    app's own and, beside it, the one for Qt's own strings (file dialogs, buttons…)."""

    def __init__(self, language: str, parent=None):
        super().__init__(parent)
        self.language = language
        self._entries = {**catalogue(language, QT_CATALOGUE), **catalogue(language)}

    def translate(self, context, source_text, disambiguation=None, n=-1):
        # None becomes a null QString, which tells Qt to try the next translator
        # or fall back to the source text; "" would blank the label. Qt replaces %n.
        return pick(self._entries.get((context, source_text)), self.language, n)

    def isEmpty(self) -> bool:
        return not self._entries


def install_translator(app: QCoreApplication, language: str) -> CatalogueTranslator:
    for old in app.findChildren(CatalogueTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    translator = CatalogueTranslator(language, app)
    app.installTranslator(translator)
    return translator


def render(msg: Message) -> str:
    """``msg`` translated; a parameter that is itself a Message is rendered first."""
    params = {key: render(value) if isinstance(value, Message) else value
              for key, value in msg.params.items()}
    return QCoreApplication.translate(msg.context, msg.text).format(**params)
