"""What PDF/A-2b asks that can be checked here without a validator (no veraPDF: it
needs Java and a download from outside the package registries), on every document
kind printed from the demo registers of 5, 60 and 500 members.

Checked: the XMP packet is well-formed XML, unfiltered, and repeats the Info
dictionary entry for entry (PDF/A 6.6.2.3); an sRGB output intent whose ICC profile
parses; no encryption, no transparency, a file identifier. Not claimed: the XMP has
no ``pdfaid`` (docs/documents.md says why). Fonts and ``qpdf --check`` are in
test_document_quality.py.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import pikepdf
import pytest
from PIL import ImageCms

from partydesk.services.printing.catalogue import KINDS
from tests.printing.registers import SIZES

CASES = [(size, kind) for size in SIZES for kind in KINDS]
NS = {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
      "dc": "http://purl.org/dc/elements/1.1/", "xmp": "http://ns.adobe.com/xap/1.0/",
      "pdf": "http://ns.adobe.com/pdf/1.3/"}


@pytest.fixture(params=CASES, ids=[f"{s}-{k}" for s, k in CASES])
def document(request, printed_documents):
    size, kind = request.param
    with pikepdf.open(printed_documents[size].pdfs[kind]) as pdf:
        yield pdf


def _xmp(pdf: pikepdf.Pdf) -> ET.Element:
    stream = pdf.Root.Metadata
    assert stream.Type == "/Metadata" and stream.Subtype == "/XML"
    assert "/Filter" not in stream  # readable as it is
    return ET.fromstring(stream.read_raw_bytes())  # raises if not well-formed


def _text(root: ET.Element, path: str) -> str:
    found = root.find(f".//{path}", NS)
    assert found is not None, path
    return "".join(found.itertext()).strip()


def _xmp_date(info_date: str) -> str:
    """D:20261203152519+07'00' → 2026-12-03T15:25:19+07:00"""
    d = info_date[2:]
    return (f"{d[0:4]}-{d[4:6]}-{d[6:8]}T{d[8:10]}:{d[10:12]}:{d[12:14]}"
            f"{d[14:17]}:{d[18:20]}")


def test_xmp_repeats_the_info_dictionary(document):
    root, info = _xmp(document), document.docinfo
    pairs = {"/Title": "dc:title/rdf:Alt/rdf:li", "/Author": "dc:creator/rdf:Seq/rdf:li",
             "/Subject": "dc:description/rdf:Alt/rdf:li", "/Keywords": "pdf:Keywords",
             "/Creator": "xmp:CreatorTool", "/Producer": "pdf:Producer"}
    for key, path in pairs.items():
        assert key in info and str(info[key]) == _text(root, path), key
    assert _text(root, "xmp:CreateDate") == _xmp_date(str(info["/CreationDate"]))
    assert _text(root, "xmp:ModifyDate") == _xmp_date(str(info["/ModDate"]))
    assert _text(root, "dc:language/rdf:Bag/rdf:li") == "vi-VN"
    assert document.Root.Lang == "vi-VN"


def test_srgb_output_intent_with_a_valid_profile(document):
    [intent] = document.Root.OutputIntents
    assert intent.S == "/GTS_PDFA1" and intent.Type == "/OutputIntent"
    assert str(intent.OutputConditionIdentifier) == "sRGB IEC61966-2.1"
    profile = intent.DestOutputProfile
    assert profile.N == 3
    data = profile.read_bytes()
    assert data[36:40] == b"acsp" and data[16:20] == b"RGB " and data[8:10] == b"\x04\x20"
    parsed = ImageCms.ImageCmsProfile(io.BytesIO(data))
    assert parsed.profile.xcolor_space.strip() == "RGB"


def test_no_encryption_transparency_or_pdfa_claim(document):
    assert not document.is_encrypted
    assert len(document.trailer.ID) == 2
    for page in document.pages:
        assert "/Group" not in page.obj
        for state in dict(page.Resources.get("/ExtGState", {})).values():
            assert float(state.get("/CA", 1)) == 1 and float(state.get("/ca", 1)) == 1
            assert str(state.get("/SMask", "/None")) == "/None"
    for obj in document.objects:
        if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == "/Image":
            assert "/SMask" not in obj
    # no pdfaid: PDF/A is not declared without a validator's report
    assert b"pdfaid" not in document.Root.Metadata.read_raw_bytes()


def test_the_shipped_profile_is_littlecms_srgb_relabelled_4_2():
    """resources/color/srgb-v4.icc is what LittleCMS makes for sRGB, with the version
    set to 4.2 and the profile ID left "not computed" (the frozen app has no ImageCms)."""
    from partydesk.resources import resource_path

    made = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    made[8:12] = bytes((4, 0x20, 0, 0))
    made[84:100] = bytes(16)
    shipped = bytearray(resource_path("color", "srgb-v4.icc").read_bytes())
    made[24:36] = shipped[24:36] = bytes(12)      # the header's creation date and time
    assert shipped == made
