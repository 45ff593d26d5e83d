"""A one-page cover sheet to travel with the stick: who sent which bundle to whom,
when, how many members, and the key fingerprint the committee compares at the first
bundle. reportlab and the shipped Liberation Serif fonts load on first use."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.domain.vietnamese import nfc
from partydesk.i18n import render
from partydesk.resources import resource_path
from partydesk.services.bundles.export import ExportResult
from partydesk.services.bundles.stick_writes import write_on_stick

FONT, FONT_BOLD = "LiberationSerif", "LiberationSerif-Bold"
TITLE = QT_TRANSLATE_NOOP("Bundles", "BUNDLE COVER SHEET")
LABELS = [
    QT_TRANSLATE_NOOP("Bundles", "From"),
    QT_TRANSLATE_NOOP("Bundles", "To"),
    QT_TRANSLATE_NOOP("Bundles", "Bundle number"),
    QT_TRANSLATE_NOOP("Bundles", "Made on"),
    QT_TRANSLATE_NOOP("Bundles", "Members"),
    QT_TRANSLATE_NOOP("Bundles", "Signing key fingerprint"),
    QT_TRANSLATE_NOOP("Bundles", "File"),
]
ADVICE = QT_TRANSLATE_NOOP(
    "Bundles", "At the first bundle from this cell, the committee compares this fingerprint "
    "with the one PartyDesk shows before importing.")


def _register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    registered = pdfmetrics.getRegisteredFontNames()
    for name, file in ((FONT, "LiberationSerif-Regular.ttf"),
                       (FONT_BOLD, "LiberationSerif-Bold.ttf")):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))


def write_cover_sheet(result: ExportResult, out: Path) -> Path:
    from io import BytesIO

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    _register_fonts()
    made = datetime.fromisoformat(result.created_at).astimezone()
    values = [f"{result.sender_name} ({result.sender_code})",
              f"{result.recipient_name} ({result.recipient_code})",
              str(result.sequence), made.strftime("%d/%m/%Y %H:%M"),
              str(result.member_count), result.fingerprint, result.path.name]
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    width, height = A4
    canvas.setFont(FONT_BOLD, 16)
    canvas.drawCentredString(width / 2, height - 30 * mm, nfc(render(message(TITLE))))
    y = height - 50 * mm
    for label, value in zip(LABELS, values, strict=True):
        canvas.setFont(FONT, 13)
        canvas.drawString(25 * mm, y, nfc(render(message(label))) + ":")
        canvas.setFont(FONT_BOLD, 13)
        canvas.drawString(75 * mm, y, nfc(value))
        y -= 10 * mm
    canvas.setFont(FONT, 11)
    text = canvas.beginText(25 * mm, y - 5 * mm)
    text.setFont(FONT, 11)
    for line in _wrap(nfc(render(message(ADVICE))), 90):
        text.textLine(line)
    canvas.drawText(text)
    canvas.showPage()
    canvas.save()
    return write_on_stick(out, buffer.getvalue())


def _wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines
