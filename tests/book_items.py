"""Read a book's item into a task, pose it and verify it: the first step of the book tests."""

from __future__ import annotations

import exercises.families  # noqa: F401  (registers the families)
from exercises.family import FAMILIES
from formalize.tasks import FormalTask, read_task


def solved(text: str, context: str | None = None) -> tuple[FormalTask, object]:
    """The item's task and its posed problem, whose checks all pass (a bool each, for JSON)."""
    task = read_task("item", text, context=context)
    assert task.family, task.reason
    family = FAMILIES[task.family]
    problem = family.pose(task.params)
    checks = family.verify(problem)
    assert checks and all(check.passed is True for check in checks), checks
    return task, problem
