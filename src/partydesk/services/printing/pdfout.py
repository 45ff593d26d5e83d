"""What goes into every PDF besides the story: fonts, metadata, page furniture.

- The canvas starts in our serif, not reportlab's default Helvetica, so the
  file references no font it does not embed (``pdffonts`` lists only embedded
  subsets).
- XMP metadata (title, author, subject, keywords, language vi-VN, creation and
  modification dates, creator tool, producer) equal to the document information
  dictionary entry for entry (same strings, same second), as PDF/A asks.
- An sRGB output intent (``/OutputIntents``, ``GTS_PDFA1``) with an ICC profile made
  by LittleCMS through Pillow (a reportlab dependency already). No ``pdfaid`` in the
  XMP: without a validator we do not claim PDF/A (docs/documents.md).
- Page numbers centred in the top margin from page 2; on a signed document,
  "Mã xác thực: CODE" and a QR code of the code in the bottom margin of every
  page (drawn once as a form, placed on each page).
"""

from __future__ import annotations

from functools import cache, partial
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import XMP
from reportlab.pdfgen.canvas import Canvas

from partydesk.resources import resource_path
from partydesk.services.printing.fonts import SERIF
from partydesk.services.printing.layout import MM, RIGHT, TOP

CODE_LABEL = "Mã xác thực: "
QR_SIZE = 12 * MM  # 21 modules of 0.57 mm: a phone reads it at arm's length
QR_FROM_EDGE = 5 * MM  # inside what office printers can print; quiet zone to the text
PAGE_NUMBER_SIZE = 13
CODE_SIZE = 10
PRODUCER = "PartyDesk (ReportLab)"
CREATOR = "PartyDesk"
KEYWORDS = "PartyDesk"
SRGB = "sRGB IEC61966-2.1"

_XMP = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>vi-VN</rdf:li></rdf:Bag></dc:language>
<xmp:CreateDate>{created}</xmp:CreateDate>
<xmp:ModifyDate>{created}</xmp:ModifyDate>
<xmp:CreatorTool>{creator}</xmp:CreatorTool>
<pdf:Producer>{producer}</pdf:Producer>
<pdf:Keywords>{keywords}</pdf:Keywords>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


def xmp_packet(title: str, author: str, created: str) -> str:
    """The XMP of a document; *created* as ``2026-12-03T15:25:19+07:00``."""
    return _XMP.format(title=escape(title), author=escape(author), created=created,
                       creator=CREATOR, producer=escape(PRODUCER), keywords=KEYWORDS)


def info_arguments(title: str) -> dict[str, str]:
    """What the document template writes in the Info dictionary besides title and author
    (the XMP repeats each)."""
    return {"subject": title, "keywords": KEYWORDS, "producer": PRODUCER, "creator": CREATOR}


def _xmp_date(document: Any) -> str:
    """The Info dictionary's CreationDate (reportlab's time stamp) in XMP's form."""
    stamp = document._timeStamp
    year, month, day, hour, minute, second = stamp.YMDhms
    sign = "-" if stamp.dhh < 0 else "+"
    return (f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}"
            f"{sign}{abs(stamp.dhh):02d}:{stamp.dmm:02d}")


def canvas_maker(title: str, author: str) -> Any:
    """A Canvas class for ``doc.build``: serif from the start, XMP and the sRGB output
    intent in the catalogue."""

    def make(*args: Any, **kwargs: Any) -> Canvas:
        kwargs.update(initialFontName=SERIF, initialFontSize=14, initialLeading=18)
        canvas = Canvas(*args, **kwargs)
        metadata = _PlainXMP(creator=lambda doc: xmp_packet(title, author, _xmp_date(doc)
                                                            ).encode("utf-8"))
        catalog = canvas._doc.Catalog
        catalog.Metadata = metadata
        catalog.__NoDefault__ = [*catalog.__NoDefault__, "OutputIntents"]
        catalog.OutputIntents = _output_intents()
        return canvas

    return make


class _PlainXMP(XMP):
    """The XMP stream with no /Filter key at all, as PDF/A asks (readable as it is).
    reportlab writes ``/Filter [ ]`` for an empty filter list, so the document's
    default (Flate) is switched off while this one stream is written."""

    def format(self, document: Any) -> bytes:
        saved, document.defaultStreamFilters = document.defaultStreamFilters, None
        self.filters = None
        try:
            return super().format(document)
        finally:
            document.defaultStreamFilters = saved


@cache
def srgb_profile() -> bytes:
    """The sRGB output profile: LittleCMS's built-in sRGB (v4) as ICC bytes, labelled
    version 4.2 (PDF 1.7, the base of PDF/A-2, names ICC.1:2004-10; every tag of this
    profile is a v4.2 tag). Shipped as a file made once from Pillow's ImageCms
    (tests/printing/test_pdfa_readiness.py remakes it), so the frozen app needs
    neither ImageCms nor LittleCMS."""
    return resource_path("color", "srgb-v4.icc").read_bytes()


def _output_intents() -> Any:
    from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString

    profile = PDFStream(PDFDictionary({"N": 3}), srgb_profile())
    return PDFArray([PDFDictionary({
        "Type": PDFName("OutputIntent"), "S": PDFName("GTS_PDFA1"),
        "OutputConditionIdentifier": PDFString(SRGB), "Info": PDFString(SRGB),
        "RegistryName": PDFString("http://www.color.org"), "DestOutputProfile": profile})])


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
