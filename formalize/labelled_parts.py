"""Read one display that lists an exercise's parts: "Compute the inverse of the given matrices
a) [..] b) [..] c) [..]".

A book sets several small linear algebra questions in one display, each after its label
("a)", "b)", ...), with one instruction in the words. Reading only the first matrix would
answer a different, smaller question; so the display is cut at its labels and each part is
read alone, with the item's words and its other (label-free) formulas, by the linear
algebra readers. All parts must read into one family: the task is ``linear_algebra.each``
over the parts, or the item is not read.
"""

from __future__ import annotations

import re
from typing import Any

from formalize import linear_systems, matrices, spaces, vector_equations
from formalize.notation import expand

# A part's label: "a)" at the start or after the previous part (a closing brace, a space).
_LABEL = re.compile(r"(?:^|(?<=[\s}$.,]))([a-h])\)")
_READERS = [matrices.read, spaces.read, linear_systems.read, vector_equations.read]


def parts_of(latex: str) -> list[str] | None:
    """The parts of a display labelled a), b), c), ... in order, or None for any other."""
    labels = list(_LABEL.finditer(latex))
    if len(labels) < 2 or latex[:labels[0].start()].strip() or \
            [m.group(1) for m in labels] != [chr(ord("a") + k) for k in range(len(labels))]:
        return None
    ends = [m.start() for m in labels[1:]] + [len(latex)]
    parts = [latex[m.end():end].strip().rstrip(".,;").strip() for m, end in zip(labels, ends)]
    return parts if all(parts) else None


def read(formulas: list[str], prose: str, intent: str | None) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`."""
    expanded = [expand(f) for f in formulas]
    listed = [(k, parts) for k, f in enumerate(expanded) if (parts := parts_of(f))]
    if len(listed) != 1:
        return None
    at, parts = listed[0]
    others = [f for k, f in enumerate(expanded) if k != at and not matrices.MATRIX.search(f)]
    tasks = []
    for part in parts:
        found = next((t for t in (r([part, *others], prose, intent) for r in _READERS) if t), None)
        if found is None or not found[0].startswith("linear_algebra."):
            return None
        tasks.append(found)
    if len({family for family, _ in tasks}) != 1 or tasks[0][0] == "linear_algebra.each":
        return None
    return "linear_algebra.each", {"family": tasks[0][0], "items": [p for _, p in tasks],
                                   "names": [f"{chr(ord('a') + k)})" for k in range(len(parts))]}
