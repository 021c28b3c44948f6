"""Writes .pptx files shaped like PowerPoint's own (the parts the notes importer reads, plus the
placeholders a real notes slide carries), so tests do not depend on an office suite."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

P = "http://schemas.openxmlformats.org/presentationml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
REL_SLIDE = R + "/slide"
REL_NOTES = R + "/notesSlide"
REL_SLIDE_BACK = R + "/slide"


def _notes_xml(text: str) -> str:
    paragraphs = "".join(
        f"<a:p><a:r><a:rPr lang='fr-FR'/><a:t>{escape(line)}</a:t></a:r></a:p>"
        for line in text.split("\n")
    )
    return (
        f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>"
        f"<p:notes xmlns:a='{A}' xmlns:r='{R}' xmlns:p='{P}'><p:cSld><p:spTree>"
        "<p:nvGrpSpPr><p:cNvPr id='1' name=''/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"
        "<p:grpSpPr/>"
        "<p:sp><p:nvSpPr><p:cNvPr id='2' name='Slide Image Placeholder 1'/><p:cNvSpPr/>"
        "<p:nvPr><p:ph type='sldImg'/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>"
        "<p:sp><p:nvSpPr><p:cNvPr id='3' name='Notes Placeholder 2'/><p:cNvSpPr/>"
        "<p:nvPr><p:ph type='body' idx='1'/></p:nvPr></p:nvSpPr><p:spPr/>"
        f"<p:txBody><a:bodyPr/><a:lstStyle/>{paragraphs}</p:txBody></p:sp>"
        "<p:sp><p:nvSpPr><p:cNvPr id='4' name='Slide Number Placeholder 3'/><p:cNvSpPr/>"
        "<p:nvPr><p:ph type='sldNum' idx='5'/></p:nvPr></p:nvSpPr><p:spPr/>"
        "<p:txBody><a:bodyPr/><a:p><a:fld type='slidenum'><a:t>‹N°›</a:t></a:fld></a:p>"
        "</p:txBody></p:sp>"
        "</p:spTree></p:cSld></p:notes>"
    )


def write_pptx(path: Path, slides: list[tuple[str | None, bool]]) -> Path:
    """`slides`: (notes or None for a slide without a notes page, hidden) in show order.

    Slide parts are numbered in reverse, as after reordering slides in PowerPoint: the order
    must come from presentation.xml, never from the part names.
    """
    count = len(slides)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        ids = "".join(f"<p:sldId id='{256 + i}' r:id='rId{i + 10}'/>" for i in range(count))
        archive.writestr(
            "ppt/presentation.xml",
            f"<p:presentation xmlns:p='{P}' xmlns:r='{R}'><p:sldIdLst>{ids}</p:sldIdLst>"
            "</p:presentation>",
        )
        rels = "".join(
            f"<Relationship Id='rId{i + 10}' Type='{REL_SLIDE}' "
            f"Target='slides/slide{count - i}.xml'/>"
            for i in range(count)
        )
        archive.writestr(
            "ppt/_rels/presentation.xml.rels",
            f"<Relationships xmlns='{RELS}'>{rels}</Relationships>",
        )
        for i, (notes, hidden) in enumerate(slides):
            part = count - i
            show = " show='0'" if hidden else ""
            archive.writestr(
                f"ppt/slides/slide{part}.xml",
                f"<p:sld xmlns:p='{P}' xmlns:a='{A}'{show}><p:cSld/></p:sld>",
            )
            slide_rels = "<Relationship Id='rId1' Type='x/slideLayout' Target='../slideLayouts/slideLayout1.xml'/>"
            if notes is not None:
                slide_rels += (
                    f"<Relationship Id='rId2' Type='{REL_NOTES}' "
                    f"Target='../notesSlides/notesSlide{part}.xml'/>"
                )
                archive.writestr(f"ppt/notesSlides/notesSlide{part}.xml", _notes_xml(notes))
            archive.writestr(
                f"ppt/slides/_rels/slide{part}.xml.rels",
                f"<Relationships xmlns='{RELS}'>{slide_rels}</Relationships>",
            )
    return path
