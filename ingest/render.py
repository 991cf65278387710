"""A readable Markdown rendering of a :class:`Document`, for people checking what ingest saw."""

from __future__ import annotations

from ingest.document import Document


def to_markdown(document: Document) -> str:
    """Render headings as ``#`` lines, display math as ``$$`` blocks, page changes as comments."""
    headings = {h.id: h for h in document.outline}
    lines = [f"# {document.title}", ""]
    page = None
    for block in document.blocks:
        if block.page is not None and block.page != page:
            page = block.page
            label = document.page_labels[page - 1] if len(document.page_labels) >= page else str(page)
            lines += [f"<!-- page {page} ({label}) -->", ""]
        if block.kind == "heading":
            heading = headings.get(block.section or "")
            depth = min(6, 2 + (heading.level if heading else 1))
            lines.append(f"{'#' * depth} {block.text}")
        elif block.kind == "display_math":
            lines += ["$$", block.text, "$$"]
        elif block.kind == "list_item":
            lines.append(f"- {block.text}")
        elif block.kind == "table":
            lines += _table(block.text)
        elif block.kind == "code":
            lines += ["```", block.text, "```"]
        elif block.kind == "caption":
            lines.append(f"*{block.text}*")
        else:
            lead = f"**{block.lead}** " if block.lead and not block.text.startswith(block.lead) else ""
            lines.append(lead + block.text)
        lines.append("")
    return "\n".join(lines)


def _table(text: str) -> list[str]:
    """Rows (one per line, cells split by " | ") as a Markdown table, the first row as header."""
    rows = [row.split(" | ") for row in text.splitlines()]
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    out = ["| " + " | ".join(row) + " |" for row in rows]
    return [out[0], "|" + " --- |" * width, *out[1:]]
