"""Stage 1, ingest: a book (PDF, LaTeX, PreTeXt or Markdown) becomes a structured :class:`Document`."""

from ingest.document import SCHEMA, VERSION, Block, Document, Formula, Heading, load_document

__all__ = ["SCHEMA", "VERSION", "Block", "Document", "Formula", "Heading", "load_document"]
