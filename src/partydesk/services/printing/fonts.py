"""Register the shipped Liberation Serif family with reportlab, once, on first use.

Liberation Serif is metric-compatible with Times New Roman (the usual party
document face) and covers every Vietnamese letter in precomposed form.
"""

from __future__ import annotations

from functools import cache

from partydesk.resources import resource_path

SERIF = "PDSerif"
SERIF_BOLD = "PDSerif-Bold"
SERIF_ITALIC = "PDSerif-Italic"
SERIF_BOLD_ITALIC = "PDSerif-BoldItalic"

_FILES = {
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF_BOLD: "LiberationSerif-Bold.ttf",
    SERIF_ITALIC: "LiberationSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}


@cache
def register_fonts() -> str:
    """Register the four faces and the family; return the family name.

    The family mapping is what lets ``<b>`` and ``<i>`` inside a Paragraph, and
    a paragraph styled with one face, find the others.
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, filename in _FILES.items():
        path = resource_path("fonts", filename)
        if not path.is_file():
            raise FileNotFoundError(f"font file missing: {path}")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF_ITALIC, boldItalic=SERIF_BOLD_ITALIC
    )
    _no_helvetica()
    return SERIF


def _no_helvetica() -> None:
    """reportlab gives every table cell Helvetica until a style says otherwise, and
    a cell holding Paragraphs sets it anyway: the PDF then references a font it
    does not embed (no PDF/A). Our serif becomes the default for every table,
    ours and those of any report built on these helpers. The same for drawings
    (the reports' charts): the renderer starts every drawing in the graphics
    state's default font, Helvetica, even when each string names our serif."""
    from reportlab.graphics.shapes import STATE_DEFAULTS
    from reportlab.platypus.tables import CellStyle

    CellStyle.fontname = SERIF
    STATE_DEFAULTS["fontName"] = SERIF
