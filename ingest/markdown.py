"""Read a Markdown book with ``$...$`` / ``$$...$$`` math.

markdown-it-py (CommonMark) with the dollarmath plugin tokenises the file, so
code spans, escaped dollars and the like follow the standard rather than a
regular expression. ATX/setext headings become the outline; a heading such as
``## 1.2 Limits`` or ``# Chapter 3: Series`` keeps its printed number. When the
file opens with a single top-level heading, that heading is the book's title
and the levels below it become chapters, sections, ...
Markdown has no theorem environments: a paragraph's bold opening run
("**Theorem 2.1.**") is kept as ``lead`` for extract, as for PDF input.
"""

from __future__ import annotations

import re
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.dollarmath import dollarmath_plugin

from ingest.document import Document
from ingest.source import DocumentBuilder, normalize_space
from ingest.sympycheck import SYMPY_CHECKS
from syllabus.errors import UserError
from syllabus.progress import Advance

LEVEL_KINDS = ("chapter", "section", "subsection", "subsubsection")
NUMBERED_TITLE = re.compile(
    r"^(?:(?:chapter|section|part)\s+)?(?P<number>\d+(?:\.\d+)*)[.:)]?\s+(?P<title>.+)$"
    r"|^appendix\s+(?P<letter>[A-Z])[.:)]?\s*(?P<atitle>.*)$",
    re.IGNORECASE,
)


def read_markdown(
    path: str | Path, progress: Advance | None = None, sympy_checks: int = SYMPY_CHECKS
) -> Document:
    """Read a Markdown file into a :class:`Document` (no pages: ``page`` is ``None``)."""
    source = Path(path)
    try:
        text = source.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise UserError(f"{source}: cannot be read ({exc.strerror}); check the path") from None
    if not text.strip():
        raise UserError(f"{source}: the file is empty; pass a Markdown book")
    parser = MarkdownIt("commonmark").enable("table").use(dollarmath_plugin, double_inline=True)
    tokens = parser.parse(text)
    builder = DocumentBuilder(source, "markdown", sympy_checks)
    title = _walk(tokens, builder, progress)
    return builder.build(title)


def _walk(tokens: list[Token], builder: DocumentBuilder, progress: Advance | None) -> str:
    """Emit blocks for the token stream; return the book title (a lone leading ``#``)."""
    headings = [t for t in tokens if t.type == "heading_open"]
    top = [t for t in headings if t.tag == "h1"]
    title_token = headings[0] if len(top) == 1 and headings and headings[0].tag == "h1" else None
    shift = 1 if title_token is not None else 0
    title = ""
    lists: list[list] = []  # [ordered, count]
    lead: str | None = None
    for index, token in enumerate(tokens):
        if progress and index % 2000 == 0:
            progress(index, len(tokens))
        if token.type == "heading_open":
            text = _inline(tokens[index + 1])
            if token is title_token:
                title = normalize_space(text)
                continue
            _heading(builder, int(token.tag[1]) - shift, normalize_space(text))
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            start = int(token.attrGet("start") or 1) if token.type == "ordered_list_open" else 1
            lists.append([token.type == "ordered_list_open", start - 1])
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif token.type == "list_item_open":
            lists[-1][1] += 1
            lead = f"{lists[-1][1]}." if lists[-1][0] else "•"
        elif token.type == "inline" and tokens[index - 1].type == "paragraph_open":
            _paragraph(builder, token, "list_item" if lists else "paragraph", lead)
            lead = None  # later paragraphs of the same item carry no item label
        elif token.type in ("math_block", "math_block_label"):
            builder.add("display_math", token.content.strip(),
                        label=token.info or None if token.type == "math_block_label" else None)
        elif token.type in ("fence", "code_block"):
            builder.add("code", token.content.rstrip("\n"))
        elif token.type == "table_open":
            builder.add("table", _table(tokens, index))
    return title


def _heading(builder: DocumentBuilder, level: int, text: str) -> None:
    level = max(1, level)
    match = NUMBERED_TITLE.match(text)
    number, title = None, text
    kind = LEVEL_KINDS[min(level, len(LEVEL_KINDS)) - 1]
    if match and match.group("number"):
        number, title = match.group("number"), match.group("title")
    elif match and match.group("letter"):
        number, title, kind = match.group("letter"), match.group("atitle") or text, "appendix"
    builder.heading(kind, level, number, title.strip())


def _paragraph(builder: DocumentBuilder, token: Token, kind: str, lead: str | None) -> None:
    """A paragraph; ``$$...$$`` inside it splits it around a display block."""
    parts: list[str] = []
    children = token.children or []
    lead = lead or _bold_lead(children)
    for child in children:
        if child.type == "math_inline_double":
            builder.add(kind, normalize_space("".join(parts)), lead=lead)
            parts, lead = [], None
            builder.add("display_math", child.content.strip())
        else:
            parts.append(_inline_child(child))
    builder.add(kind, normalize_space("".join(parts)), lead=lead)


def _bold_lead(children: list[Token]) -> str | None:
    """The bold run that opens a paragraph ("Theorem 2.1."), if any."""
    children = [c for c in children if not (c.type == "text" and not c.content.strip())]
    if len(children) >= 3 and children[0].type == "strong_open":
        closing = next((i for i, c in enumerate(children) if c.type == "strong_close"), None)
        if closing:
            return normalize_space("".join(_inline_child(c) for c in children[1:closing])) or None
    return None


def _inline(token: Token) -> str:
    return "".join(_inline_child(c) for c in token.children or [])


def _inline_child(child: Token) -> str:
    if child.type == "text":
        return child.content.replace("$", r"\$")
    if child.type == "math_inline":
        return f"${child.content}$"
    if child.type == "math_inline_double":
        return f"$${child.content}$$"
    if child.type == "code_inline":
        return child.content.replace("$", r"\$")
    if child.type in ("softbreak", "hardbreak"):
        return " "
    if child.type == "image":
        return child.content
    return ""


def _table(tokens: list[Token], start: int) -> str:
    """Rows of a pipe table as ``cell | cell`` lines."""
    rows: list[list[str]] = []
    for token in tokens[start:]:
        if token.type == "table_close":
            break
        if token.type == "tr_open":
            rows.append([])
        elif token.type == "inline":
            rows[-1].append(normalize_space(_inline(token)))
    return "\n".join(" | ".join(row) for row in rows)
