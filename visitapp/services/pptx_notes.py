"""Speaker notes read from a PowerPoint .pptx with the standard library only.

A .pptx is a zip of XML parts: ppt/presentation.xml lists the slides in order, each slide's
relationships point to its notes slide, whose "body" placeholder holds the notes. Strict
Open XML uses other namespaces, so elements are matched by their local names.
"""

from __future__ import annotations

import posixpath
import zipfile
import zlib
from pathlib import Path
from xml.etree import ElementTree

from visitapp.core.decks import NotPptx, OldPpt, PptxSlide
from visitapp.core.errors import FileUnreadable

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the pre-2007 binary .ppt format
MAX_PART_BYTES = 32 * 1024 * 1024  # a notes or slide part is kilobytes; more is a zip bomb
_NOTES_TYPE = "/notesSlide"
_REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_STRICT_REL_ID = "{http://purl.oclc.org/ooxml/officeDocument/relationships}id"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(element: ElementTree.Element, name: str) -> list[ElementTree.Element]:
    return [child for child in element if _local(child.tag) == name]


def _descendants(element: ElementTree.Element, name: str) -> list[ElementTree.Element]:
    return [node for node in element.iter() if _local(node.tag) == name]


# What reading a part of a damaged or unusual zip can raise: a bad XML, a bad zip, corrupt
# compressed data, a cut file, an unsupported compression method, an encrypted entry.
_DAMAGED = (
    ElementTree.ParseError,
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    NotImplementedError,
    RuntimeError,
    OSError,
)


class _Package:
    def __init__(self, archive: zipfile.ZipFile, path: Path) -> None:
        self.archive = archive
        self.path = path
        self.names = set(archive.namelist())

    def xml(self, name: str) -> ElementTree.Element:
        try:
            info = self.archive.getinfo(name)
        except KeyError as error:
            raise NotPptx(f"missing part {name}", path=str(self.path)) from error
        if info.file_size > MAX_PART_BYTES:
            raise NotPptx(f"part {name} is too large", path=str(self.path))
        try:
            return ElementTree.fromstring(self.archive.read(info))
        except _DAMAGED as error:
            raise NotPptx(f"{name}: {error}", path=str(self.path)) from error

    def relationships(self, part: str) -> dict[str, tuple[str, str]]:
        """Relationship id → (type, target part name) of `part`."""
        folder, base = posixpath.split(part)
        rels_name = posixpath.join(folder, "_rels", base + ".rels")
        if rels_name not in self.names:
            return {}
        found = {}
        for rel in _descendants(self.xml(rels_name), "Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target", "")
            resolved = (
                target.lstrip("/")
                if target.startswith("/")
                else posixpath.normpath(posixpath.join(folder, target))
            )
            found[rel.get("Id", "")] = (rel.get("Type", ""), resolved)
        return found


def _paragraph_text(paragraph: ElementTree.Element) -> str:
    parts = []
    for node in paragraph.iter():
        name = _local(node.tag)
        if name == "t" and node.text:
            parts.append(node.text)
        elif name == "br":
            parts.append("\n")
    return "".join(parts)


def _notes_text(notes: ElementTree.Element) -> str:
    """The text of the notes placeholder (the slide image and the slide number are skipped)."""
    for shape in _descendants(notes, "sp"):
        placeholders = _descendants(shape, "ph")
        if placeholders and placeholders[0].get("type") == "body":
            bodies = _descendants(shape, "txBody")
            if not bodies:
                return ""
            lines = [_paragraph_text(p) for p in _children(bodies[0], "p")]
            return "\n".join(lines).strip()
    return ""


def read_pptx_slides(path: Path) -> list[PptxSlide]:
    """Every slide of the presentation in order, with its notes and whether it is hidden.

    Raises OldPpt for a binary .ppt, NotPptx for anything else that is not a readable .pptx, and
    FileUnreadable when the file cannot be opened at all.
    """
    try:
        with path.open("rb") as handle:
            magic = handle.read(len(OLE2_MAGIC))
    except OSError as error:
        raise FileUnreadable(f"{error.strerror}: {error.filename}") from error
    if magic == OLE2_MAGIC:
        raise OldPpt(path=str(path))
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        raise NotPptx(str(error), path=str(path)) from error
    with archive:
        package = _Package(archive, path)
        if "ppt/presentation.xml" not in package.names:
            raise NotPptx("no ppt/presentation.xml", path=str(path))
        presentation = package.xml("ppt/presentation.xml")
        targets = package.relationships("ppt/presentation.xml")
        slides = []
        for slide_id in _descendants(presentation, "sldId"):
            rel_id = slide_id.get(_REL_ID) or slide_id.get(_STRICT_REL_ID) or ""
            if rel_id not in targets:
                raise NotPptx(f"slide {rel_id} not found", path=str(path))
            slide_part = targets[rel_id][1]
            hidden = package.xml(slide_part).get("show") in ("0", "false")
            notes = ""
            for rel_type, target in package.relationships(slide_part).values():
                if rel_type.endswith(_NOTES_TYPE) and target in package.names:
                    notes = _notes_text(package.xml(target))
                    break
            slides.append(PptxSlide(notes=notes, hidden=hidden))
    return slides
