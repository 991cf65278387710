"""The concept graph: items as nodes, references as edges, written as GraphML, DOT and SVG.

GraphML and DOT are written directly (both are small text formats), and the
picture is a plain SVG drawn here: items in reading order along chapters
(columns) and kinds (rows), so it needs no Graphviz binary and no extra package.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from extract.concepts import Concept, ConceptSet
from syllabus.errors import UserError
from syllabus.files import atomic_write

KIND_COLOURS = {
    "definition": "#1f77b4",
    "theorem": "#d62728",
    "lemma": "#ff7f0e",
    "proposition": "#e377c2",
    "corollary": "#9467bd",
    "proof": "#7f7f7f",
    "remark": "#bcbd22",
    "example": "#2ca02c",
    "exercise": "#17becf",
    "solution": "#8c564b",
    "formula": "#aaaaaa",
}


def edges(concepts: list[Concept]) -> list[tuple[str, str, str]]:
    """(source, target, relation): "cites" for references, "part_of"/"proves" for parents."""
    found = [(c.id, r, "cites") for c in concepts for r in c.refs]
    for concept in concepts:
        if concept.parent:
            found.append(
                (concept.id, concept.parent, "proves" if concept.kind == "proof" else "part_of")
            )
    return found


def to_graphml(concepts: list[Concept]) -> str:
    keys = [("kind", "string"), ("label", "string"), ("page", "int"), ("topic", "string")]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
        *[f'  <key id="{k}" for="node" attr.name="{k}" attr.type="{t}"/>' for k, t in keys],
        '  <key id="relation" for="edge" attr.name="relation" attr.type="string"/>',
        '  <graph id="concepts" edgedefault="directed">',
    ]
    for c in concepts:
        data = {
            "kind": c.kind,
            "label": c.label,
            "page": c.page_first,
            "topic": c.topics[0]["topic"] if c.topics else None,
        }
        cells = "".join(
            f'<data key="{k}">{escape(str(v))}</data>' for k, v in data.items() if v is not None
        )
        lines.append(f"    <node id={quoteattr(c.id)}>{cells}</node>")
    for source, target, relation in edges(concepts):
        lines.append(
            f"    <edge source={quoteattr(source)} target={quoteattr(target)}>"
            f'<data key="relation">{relation}</data></edge>'
        )
    lines += ["  </graph>", "</graphml>"]
    return "\n".join(lines) + "\n"


def _dot_id(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def to_dot(concepts: list[Concept]) -> str:
    lines = ["digraph concepts {", "  node [shape=box, style=filled, fontsize=10];"]
    for c in concepts:
        colour = KIND_COLOURS.get(c.kind, "#cccccc")
        lines.append(f"  {_dot_id(c.id)} [label={_dot_id(c.label)}, fillcolor={_dot_id(colour)}];")
    for source, target, relation in edges(concepts):
        style = "" if relation == "cites" else ", style=dashed"
        lines.append(
            f"  {_dot_id(source)} -> {_dot_id(target)} [label={_dot_id(relation)}{style}];"
        )
    lines.append("}")
    return "\n".join(lines) + "\n"


def to_svg(concepts: list[Concept]) -> str:
    """Chapters as columns, kinds as rows, one dot per item, a line per edge."""
    chapters: dict[str, list[Concept]] = defaultdict(list)
    for c in concepts:
        chapters[c.section_path[0] if c.section_path else "(front)"].append(c)
    kinds = [k for k in KIND_COLOURS if any(c.kind == k for c in concepts)]
    column, row, margin = 160, 60, 120
    where: dict[str, tuple[float, float]] = {}
    for x_index, members in enumerate(chapters.values()):
        per_kind: dict[str, list[Concept]] = defaultdict(list)
        for c in members:
            per_kind[c.kind].append(c)
        for kind, items in per_kind.items():
            y0 = margin + kinds.index(kind) * row
            for i, c in enumerate(items):
                where[c.id] = (margin + x_index * column + (i % 40) * 3.5, y0 + (i // 40) * 4)
    width, height = margin + len(chapters) * column, margin + len(kinds) * row + 40
    out = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'font-family="sans-serif" font-size="11">'
        ),
        '<rect width="100%" height="100%" fill="white"/>',
    ]
    for y_index, kind in enumerate(kinds):
        out.append(f'<text x="8" y="{margin + y_index * row + 4}">{kind}</text>')
    for x_index, name in enumerate(chapters):
        out.append(
            f'<text x="{margin + x_index * column}" y="40" transform="rotate(-20 '
            f'{margin + x_index * column} 40)">{escape(name[:28])}</text>'
        )
    for source, target, _ in edges(concepts):
        if source in where and target in where:
            (x1, y1), (x2, y2) = where[source], where[target]
            out.append(
                f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
                'stroke="#888" stroke-opacity="0.3" stroke-width="0.6"/>'
            )
    for c in concepts:
        x, y = where[c.id]
        out.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2" fill="{KIND_COLOURS.get(c.kind, "#ccc")}">'
            f"<title>{escape(c.label)}</title></circle>"
        )
    out.append("</svg>")
    return "\n".join(out) + "\n"


def write_graph(concept_set: ConceptSet, output: str | Path) -> list[Path]:
    """Write OUTPUT as GraphML (.graphml) or DOT (.dot/.gv), plus OUTPUT's .svg picture."""
    target = Path(output)
    writers = {".graphml": to_graphml, ".dot": to_dot, ".gv": to_dot}
    if target.suffix.lower() not in writers:
        raise UserError(
            f"{target}: name the graph .graphml or .dot (a .svg picture is written beside it)"
        )
    atomic_write(target, writers[target.suffix.lower()](concept_set.concepts))
    picture = target.with_suffix(".svg")
    atomic_write(picture, to_svg(concept_set.concepts))
    return [target, picture]
