"""Read a whole exercise through its parts: "Compute the magnitude of a) (7, 2) b) (-2, 3, 1)
c) (1, 3, -4)" asks exactly what its parts ask, one after the other.

An exercise set in parts is itself an item (the book prints one answer for it, in parts), but
its formulas are several questions, and reading it alone would answer only the first one. When
every part was read into a posed family, the whole exercise is read as its parts' questions in
order: ``linear_algebra.each`` over one linear algebra family, or the topic's ``several``
family (``differential_equations.several``: find the critical points, then lim x(t)). This
replaces a reading of the whole on its own that answers one question ("Solve (find all
solutions) a) [system] b) [system]" read as its first system). An exercise with a part that
was not read keeps its own reading, or stays unread.
"""

from __future__ import annotations

from typing import Any

from exercises.families.textbook_several import SEVERAL
from formalize.tasks import FormalTask

_EACH = "linear_algebra.each"


def whole_reading(parts: list[FormalTask]) -> tuple[str, dict[str, Any]] | None:
    """(posed family, params) of an exercise that asks its ``parts``' questions, or None."""
    if len(parts) < 2 or any(p.family is None for p in parts):
        return None
    families = [p.family for p in parts]
    if any(f == _EACH or f in SEVERAL for f in families):
        return None  # a part that is itself several questions: too deep to follow
    if len(set(families)) == 1 and families[0].startswith("linear_algebra."):
        return _EACH, {"family": families[0], "items": [p.params for p in parts],
                       "names": [f"{chr(ord('a') + k)})" for k in range(len(parts))]}
    several = f"{families[0].partition('.')[0]}.several"
    if several in SEVERAL and all(f.startswith(several.partition(".")[0] + ".") for f in families):
        return several, {"questions": [[p.family, p.params] for p in parts]}
    return None


def parts_asked(family: str | None, params: dict[str, Any]) -> list[dict[str, Any]] | None:
    """Each question of an exercise read as several (``family`` and ``params`` of each, in
    order), or None for a task that asks one question."""
    if family == _EACH:
        return [{"family": params["family"], "params": p} for p in params["items"]]
    if family in SEVERAL:
        return [{"family": f, "params": p} for f, p in params["questions"]]
    return None


def _answers_all(family: str) -> bool:
    """Does a reading of the whole exercise on its own answer every part? Only one that is
    itself several questions (a display of labelled parts); any other reading took one of
    the parts' questions (the first system of four, the first equation to solve)."""
    return family == _EACH or family in SEVERAL


def parts_of(tasks: list[FormalTask], parent_of: dict[str, str | None]
             ) -> dict[str, list[FormalTask]]:
    """Each exercise in ``tasks`` set in parts, and its parts among ``tasks`` (the tasks whose
    ``parent_of`` is its id), in order."""
    ids = {task.item_id for task in tasks}
    parts: dict[str, list[FormalTask]] = {}
    for task in tasks:
        if parent_of.get(task.item_id) in ids:
            parts.setdefault(parent_of[task.item_id], []).append(task)  # type: ignore[index]
    return parts


def read_wholes(tasks: list[FormalTask], parent_of: dict[str, str | None]) -> None:
    """Read, in place, each exercise in ``tasks`` whose parts (the tasks whose ``parent_of``
    is its id, in order) were all read, unless its own reading answers them all already."""
    parts = parts_of(tasks, parent_of)
    for task in tasks:
        if task.item_id in parts and (task.family is None or not _answers_all(task.family)):
            found = whole_reading(parts[task.item_id])
            if found is not None:
                task.family, task.params = found
                task.reason = None
