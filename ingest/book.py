"""Ingest entry point: pick the reader for a book's format and run it.

Readers live one module per format (:mod:`ingest.pdf`, :mod:`ingest.latex`,
:mod:`ingest.pretext`, :mod:`ingest.markdown`); each takes a path and returns a
:class:`~ingest.document.Document`, raising :class:`~syllabus.errors.UserError`
for input it cannot read.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from ingest.document import Document
from syllabus.errors import UserError
from syllabus.progress import Advance

# Suffix -> (module, reader function). PreTeXt books are XML; ``.ptx`` is their usual suffix.
READERS = {
    ".pdf": ("ingest.pdf", "read_pdf"),
    ".tex": ("ingest.latex", "read_latex"),
    ".ptx": ("ingest.pretext", "read_pretext"),
    ".xml": ("ingest.pretext", "read_pretext"),
    ".md": ("ingest.markdown", "read_markdown"),
    ".markdown": ("ingest.markdown", "read_markdown"),
}


def ingest_book(path: str | Path, progress: Advance | None = None) -> Document:
    """Read a book in any supported format into a :class:`Document`."""
    source = Path(path)
    if not source.exists():
        raise UserError(f"{source}: no such file; check the path")
    if source.is_dir():
        raise UserError(f"{source}: is a folder; pass the book's main file (.pdf, .tex, .ptx, .md)")
    try:
        with open(source, "rb") as handle:
            head = handle.read(5)
    except OSError as exc:
        raise UserError(f"{source}: cannot be read ({exc.strerror}); check its permissions") from None
    if not head:
        raise UserError(f"{source}: the file is empty; pass a book")
    suffix = ".pdf" if head.startswith(b"%PDF") else source.suffix.lower()
    if suffix not in READERS:
        known = ", ".join(sorted(READERS))
        raise UserError(f"{source}: unknown format {suffix or '(no suffix)'!r}; syllabus reads {known}")
    module, function = READERS[suffix]
    reader = getattr(importlib.import_module(module), function)
    return reader(source, progress=progress)
