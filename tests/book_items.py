"""Read a book's item into a task, pose it and verify it: the first step of the book tests.

Exercises with parts are cut from a book's LaTeX source (:func:`book_source`) and read as
the build reads them (:func:`read_items`: extracted, each part with its context)."""

from __future__ import annotations

import random
import re
from collections import defaultdict
from pathlib import Path

import sympy

import exercises.families  # noqa: F401  (registers the families)
from exercises.family import FAMILIES
from extract.concepts import Concept
from extract.pipeline import extract_concepts
from formalize.parts import context_of
from formalize.tasks import FormalTask, read_task
from formalize.variants import vary
from formalize.wholes import read_wholes
from ingest.latex import read_latex


def solved(text: str, context: str | None = None) -> tuple[FormalTask, object]:
    """The item's task and its posed problem, whose checks all pass (a bool each, for JSON)."""
    task = read_task("item", text, context=context)
    assert task.family, task.reason
    family = FAMILIES[task.family]
    problem = family.pose(task.params)
    checks = family.verify(problem)
    assert checks and all(check.passed is True for check in checks), checks
    return task, problem


def counted(text: str, context: str | None, family: str, expected: object) -> object:
    """The item read into ``family``, its answer ``expected`` (worked by hand: an expression may
    be written in another form), and its own solve() program giving the same answer."""
    task, problem = solved(text, context)
    assert task.family == family
    assert problem.answer == expected or sympy.simplify(problem.answer - expected) == 0
    namespace: dict = {}
    exec(problem.code, namespace)  # noqa: S102 - the family's own solve() program
    assert sympy.sympify(namespace["solve"]()) == problem.answer
    return problem


def family_checks(name: str, params: list[dict], rng: random.Random, fresh: int = 20) -> None:
    """The family's fresh problems and the variants of ``params`` all pass their checks."""
    family = FAMILIES[name]
    posed = [family.make(seed, 1 + seed % 5) for seed in range(fresh)]
    posed += [family.pose(vary(name, p, rng)) for p in params for _ in range(3)]
    for problem in posed:
        assert all(check.passed for check in family.verify(problem)), problem.params


def book_source(source: str, marker: str, kind: str = "exercise") -> str:
    """The book's ``kind`` environment (exercise, example) holding ``marker``; an exercise with
    its \\exsol answer (to its closing brace), without the samepage environment around some."""
    at = source.index(marker)
    start = source.rindex(f"\\begin{{{kind}}}", 0, at)
    if kind != "exercise":
        return source[start:source.index(f"\\end{{{kind}}}", at) + len(f"\\end{{{kind}}}")]
    depth, opening = 0, source.index("\\exsol{", at) + len("\\exsol")
    for end in range(opening, len(source)):
        depth += {"{": 1, "}": -1}.get(source[end], 0) * (source[end - 1] != "\\")
        if depth == 0:
            return re.sub(r"\\(?:begin|end)\{samepage\}", "", source[start:end + 1])
    raise AssertionError(f"no answer after {marker!r}")


def read_items(snippets: list[str], scratch: Path) -> dict[str, FormalTask]:
    """Every item and part of the book's LaTeX ``snippets`` (:func:`book_source`) read into a
    task as the build reads it, each part with its context; keyed by the item's text."""
    book = scratch / "book.tex"
    body = "\n".join(snippets)
    book.write_text("\\documentclass{book}\n\\begin{document}\n\\chapter{Book}\n\\section{Items}\n"
                    f"{body}\n\\end{{document}}\n", encoding="utf-8")
    concepts = extract_concepts(read_latex(book)).concepts
    texts = {c.id: c.text for c in concepts}
    parts: defaultdict[str, list[Concept]] = defaultdict(list)
    for c in concepts:
        if c.parent:
            parts[c.parent].append(c)
    tasks = {}
    for c in concepts:
        siblings = parts[c.parent] if c.parent else []
        context = context_of(texts[c.parent], [s.text for s in siblings],
                             siblings.index(c)) if c.parent else None
        tasks[c.text] = read_task(c.id, c.text, label=c.label, context=context,
                                  book_answer=c.answer.text if c.answer else None)
    read_wholes(list(tasks.values()), {c.id: c.parent for c in concepts})  # as the build does
    return tasks


def source_items(folder: Path, markers: dict[str, list[str]], scratch: Path) -> dict[str, FormalTask]:
    """:func:`read_items` of the exercises holding each of ``markers``' strings, by the source
    file in ``folder`` that holds them."""
    return read_items([book_source((folder / name).read_text(encoding="utf-8"), marker)
                       for name, found in markers.items() for marker in found], scratch)


def item_starting(items: dict[str, FormalTask], start: str) -> FormalTask:
    """The one item of :func:`read_items` whose text starts with ``start``."""
    found = [task for text, task in items.items() if text.startswith(start)]
    assert len(found) == 1, (start, len(found))
    return found[0]
