"""What goes into every PDF besides the story: fonts, metadata, page furniture.

- The canvas starts in our serif, not reportlab's default Helvetica, so the
  file references no font it does not embed (``pdffonts`` lists only embedded
  subsets).
- XMP metadata (title, author, language vi-VN, creation and modification
  dates, producer), beside the document information dictionary.
- Page numbers centred in the top margin from page 2; on a signed document,
  "Mã xác thực: CODE" and a QR code of the code in the bottom margin of every
  page (drawn once as a form, placed on each page).
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import XMP
from reportlab.pdfgen.canvas import Canvas

from partydesk.services.printing.fonts import SERIF
from partydesk.services.printing.layout import MM, RIGHT, TOP

CODE_LABEL = "Mã xác thực: "
QR_SIZE = 12 * MM  # 21 modules of 0.57 mm: a phone reads it at arm's length
QR_FROM_EDGE = 5 * MM  # inside what office printers can print; quiet zone to the text
PAGE_NUMBER_SIZE = 13
CODE_SIZE = 10

_XMP = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
<dc:language><rdf:Bag><rdf:li>vi-VN</rdf:li></rdf:Bag></dc:language>
<xmp:CreateDate>{created}</xmp:CreateDate>
<xmp:ModifyDate>{created}</xmp:ModifyDate>
<xmp:CreatorTool>PartyDesk</xmp:CreatorTool>
<pdf:Producer>PartyDesk (ReportLab)</pdf:Producer>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


def xmp_packet(title: str, author: str, created: datetime) -> str:
    return _XMP.format(title=escape(title), author=escape(author),
                       created=created.isoformat(timespec="seconds"))


def canvas_maker(title: str, author: str) -> Any:
    """A Canvas class for ``doc.build``: serif from the start, XMP in the catalogue."""
    created = datetime.now(UTC).astimezone()
    packet = xmp_packet(title, author, created).encode("utf-8")

    def make(*args: Any, **kwargs: Any) -> Canvas:
        kwargs.update(initialFontName=SERIF, initialFontSize=14, initialLeading=18)
        canvas = Canvas(*args, **kwargs)
        metadata = XMP(creator=lambda _doc: packet)
        metadata.filters = []  # plain XML, as PDF/A asks: readable without decoding
        canvas._doc.Catalog.Metadata = metadata
        return canvas

    return make


def page_furniture(code: str | None) -> Any:
    """The onPage callback: page number from page 2, the verification code if any."""
    return partial(_furniture, code)


def _furniture(code: str | None, canvas: Any, doc: Any) -> None:
    width, height = canvas._pagesize
    canvas.saveState()
    if doc.page >= 2:
        canvas.setFont(SERIF, PAGE_NUMBER_SIZE)
        canvas.drawCentredString(width / 2, height - TOP / 2 - 4, str(doc.page))
    if code:
        _code(canvas, code, width)
    canvas.restoreState()


def _code(canvas: Any, code: str, width: float) -> None:
    name = "pdVerification"
    if not getattr(canvas, "_pd_qr_form", False):
        _qr_form(canvas, name, code)
        canvas._pd_qr_form = True
    x = width - RIGHT - QR_SIZE
    canvas.saveState()
    canvas.translate(x, QR_FROM_EDGE)
    canvas.doForm(name)
    canvas.restoreState()
    canvas.setFont(SERIF, CODE_SIZE)
    canvas.drawRightString(x - 4 * MM, QR_FROM_EDGE + QR_SIZE / 2 - CODE_SIZE / 3,
                           CODE_LABEL + code)


def _qr_form(canvas: Any, name: str, code: str) -> None:
    """The QR code drawn as filled squares (reportlab's renderer would reference
    Helvetica through its default state, a font we do not embed)."""
    from reportlab.graphics.barcode import qrencoder

    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(code)
    qr.version = qr.calculate_version()
    qr.makeImpl(False, 0)  # one fixed mask (valid for every reader): trying all 8 costs
    # ~8 ms of pure Python per document for a slightly "nicer" pattern
    count = qr.getModuleCount()
    cell = QR_SIZE / count
    ops = []  # one rectangle per run of dark modules in a row: few, written directly
    for row in range(count):
        col = 0
        while col < count:
            if not qr.isDark(row, col):
                col += 1
                continue
            start = col
            while col < count and qr.isDark(row, col):
                col += 1
            ops.append(f"{start * cell:.2f} {QR_SIZE - (row + 1) * cell:.2f} "
                       f"{(col - start) * cell:.2f} {cell:.2f} re")
    canvas.beginForm(name, 0, 0, QR_SIZE, QR_SIZE)
    canvas.addLiteral("0 g " + " ".join(ops) + " f")
    canvas.endForm()
