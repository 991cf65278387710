"""Book to pack: every stage in order, each stage's output cached next to the pack.

    book --ingest--> document.json --extract--> concepts.jsonl --formalize--> tasks.jsonl
         --solve + verify (the book's items and their variants)--> outcomes.jsonl --> PACK/

The cache lives in ``PACK.cache/<book sha256 prefix>/``. Each stage reads its
input from the previous stage's file, so a re-run after an interruption, or
with only ``--variants`` changed, redoes only what is missing: the outcome of
every (item, variant) is kept, keyed, in ``outcomes.jsonl``, appended as it is
made.

A book item is shipped only when its family verified it and, where the book
prints an answer, the computed answer agrees with it (SymPy equivalence); a
disagreement is listed in the manifest for a person to look at, never shipped.
"""

from __future__ import annotations

import contextlib
import json
import random
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import sympy

from exercises.answers import parse_srepr
from exercises.families.textbook_values import interval_of
from exercises.family import FAMILIES
from exercises.pack import is_pack, write_pack
from exercises.verify import Outcome, make_exercise
from exercises.workers import ordered_map, worker_sandbox
from extract.concepts import Concept, ConceptSet, load_concepts
from extract.pipeline import extract_concepts
from formalize.agreement import compare_with_book
from formalize.tasks import FormalTask, load_tasks, read_task, save_tasks
from formalize.variants import vary
from ingest.book import ingest_book
from ingest.document import Document, load_document
from syllabus.errors import UserError
from syllabus.files import sha256_file
from syllabus.progress import Advance

# A stage's progress: ``stage("extract")`` is a context manager yielding ``advance(done, total)``.
Stages = Callable[[str], contextlib.AbstractContextManager[Advance]]
TASK_KINDS = ("exercise", "example")
WORKED_WORDS = 30  # an answer with more words of prose than this is a worked solution
PASSAGE_KINDS = ("definition", "theorem", "lemma", "proposition", "corollary", "example", "remark")


@contextlib.contextmanager
def _silent(_: str) -> Iterator[Advance]:
    yield lambda done, total: None


def build(book: str | Path, output: str | Path, *, variants: int = 10, workers: int = 1,
          seed: int = 0, stages: Stages = _silent) -> dict[str, Any]:
    """Compile ``book`` into a verified pack at ``output``; return the pack's manifest."""
    book, output = Path(book), Path(output)
    if variants < 0:
        raise UserError(f"--variants {variants}: give zero or more variants per item")
    if output.exists() and not is_pack(output):
        raise UserError(f"{output}: exists and is not a pack; choose a new output folder")
    if not book.is_file():
        raise UserError(f"{book}: no such file; check the path")
    cache = output.parent / f"{output.name}.cache" / sha256_file(book)[:16]
    cache.mkdir(parents=True, exist_ok=True)

    document = _document(book, cache / "document.json", stages)
    concepts = _concepts(document, cache / "concepts.jsonl", stages)
    tasks = _tasks(concepts, cache / "tasks.jsonl")
    outcomes = _outcomes(tasks, variants, seed, workers, cache / "outcomes.jsonl", stages)
    return _write(output, document, concepts, tasks, outcomes, variants, seed)


def _document(book: Path, path: Path, stages: Stages) -> Document:
    if path.exists():
        return load_document(path)
    with stages("ingest") as advance:
        document = ingest_book(book, progress=advance)
    document.save(path)
    return document


def _concepts(document: Document, path: Path, stages: Stages) -> ConceptSet:
    if path.exists():
        return load_concepts(path)
    with stages("extract") as advance:
        concepts = extract_concepts(document)
        advance(1, 1)
    concepts.save(path)
    return concepts


def _tasks(concepts: ConceptSet, path: Path) -> list[FormalTask]:
    """Each computational exercise or example read into a posed family (or the reason it wasn't)."""
    if path.exists():
        return load_tasks(path)
    texts = {c.id: c.text for c in concepts.concepts}
    tasks = [
        read_task(c.id, _question(c), label=c.label, page=c.page_first,
                  book_answer=c.answer.text if c.answer else None,
                  context=texts.get(c.parent) if c.parent else c.instruction, worked=_worked(c))
        for c in concepts.concepts
        if c.kind in TASK_KINDS and c.computational
    ]
    save_tasks(path, tasks)
    return tasks


def _question(concept: Concept) -> str:
    """The item's text without its worked solution: a task is read from what is asked only,
    so the book's own solution can never become the thing solved."""
    answer = concept.answer.text if concept.answer else ""
    if answer and answer in concept.text:
        return concept.text[:concept.text.index(answer)].rstrip()
    return concept.text


def _worked(concept: Concept) -> bool:
    """Is the book's answer a worked solution (steps in prose) rather than a printed result?
    Examples always; an exercise's answer when it argues in more than a sentence or two."""
    if concept.kind == "example":
        return True
    answer = concept.answer.text if concept.answer else ""
    return len(re.sub(r"\$[^$]*\$", " ", answer).split()) > WORKED_WORDS


def _difficulty(params: dict[str, Any]) -> int:
    """1..5 from the size of the expression: the book's own items have no drawn difficulty."""
    try:
        size = sum(sympy.count_ops(sympy.sympify(v)) for k, v in params.items()
                   if k in ("expr", "lhs", "rhs", "ode"))
    except (sympy.SympifyError, TypeError, ValueError):
        size = 0
    return max(1, min(5, 1 + size // 6))


def _job(job: dict[str, Any]) -> dict[str, Any]:
    """Solve and verify one item (variant 0) or one variant of it, in a worker process."""
    params = job["params"]
    if job["variant"]:
        try:
            params = vary(job["family"], params, random.Random(f"{job['seed']}:{job['key']}"))
        except Exception as exc:  # noqa: BLE001 - a variant that cannot be drawn is a drop
            return {"key": job["key"], "family": job["family"], "record": None,
                    "cause": "variant error", "detail": str(exc)}
    outcome: Outcome = make_exercise(
        FAMILIES[job["family"]], job["variant"], _difficulty(params), worker_sandbox(),
        params=params, provenance=job["provenance"])
    return {"key": job["key"], "family": job["family"], "record": outcome.record,
            "cause": outcome.cause, "detail": outcome.detail}


def _outcomes(tasks: list[FormalTask], variants: int, seed: int, workers: int, path: Path,
              stages: Stages) -> dict[str, dict[str, Any]]:
    """Every (item, variant) outcome, reusing the ones already in ``path``."""
    import exercises.families  # noqa: F401  (registers the families in worker processes too)

    done: dict[str, dict[str, Any]] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            with contextlib.suppress(json.JSONDecodeError):  # a line cut by an interruption
                row = json.loads(line)
                if row.get("seed") == seed:
                    done[row["key"]] = row
    jobs = [
        {"key": f"{t.item_id}/v{v}", "family": t.family, "params": t.params, "variant": v,
         "seed": seed, "provenance": {"book": None, "item_id": t.item_id, "label": t.label,
                                      "page": t.page, "variant": v}}
        for t in tasks if t.family
        for v in range(variants + 1)
    ]
    todo = [j for j in jobs if j["key"] not in done]
    with stages("solve and verify") as advance, open(path, "a", encoding="utf-8") as log:
        advance(len(jobs) - len(todo), len(jobs))
        for count, row in enumerate(ordered_map(_job, todo, workers, chunk=2), 1):
            row["seed"] = seed
            log.write(json.dumps(row, ensure_ascii=False) + "\n")
            log.flush()
            done[row["key"]] = row
            advance(len(jobs) - len(todo) + count, len(jobs))
    return {j["key"]: done[j["key"]] for j in jobs}


def _interval(task: FormalTask) -> sympy.Interval | None:
    """Where an equation was solved, so a general solution in the book can be compared."""
    if task.family != "trigonometry.solve_equation_interval":
        return None
    return interval_of(task.params)


def _book_solution_check(task: FormalTask, record: dict[str, Any]
                         ) -> Callable[[sympy.Expr], bool] | None:
    """For an answer with arbitrary constants: does the book's expression pass the family's
    verification in place of the computed one? (None for answers without constants.)"""
    answer = parse_srepr(record["answer"])
    if not isinstance(answer, sympy.Expr) or not answer.free_symbols - {sympy.Symbol("x")}:
        return None
    family = FAMILIES[task.family]
    problem = family.pose(task.params)

    def passes(value: sympy.Expr) -> bool:
        problem.answer = value
        try:
            return all(check.passed for check in family.verify(problem))
        except Exception:  # noqa: BLE001 - a book expression the checks cannot evaluate
            return False

    return passes


def _passages(concepts: ConceptSet, title: str) -> list[dict[str, Any]]:
    """The book's definitions, theorems and worked examples: the first training stage's text."""
    return [
        {"id": c.id, "text": c.text,
         "source": f"{title}, {c.label}" + (f", page {c.page_first}" if c.page_first else "")}
        for c in concepts.concepts if c.kind in PASSAGE_KINDS and c.text
    ]


def _write(output: Path, document: Document, concepts: ConceptSet, tasks: list[FormalTask],
           outcomes: dict[str, dict[str, Any]], variants: int, seed: int) -> dict[str, Any]:
    """Compare the book's items with the book's answers, then write the pack and its coverage."""
    book = {"title": document.title, "source": Path(document.source_path).name,
            "sha256": document.source_sha256, "format": document.source_format,
            "pages": document.page_count}
    records, drops, disagreements = [], defaultdict(Counter), []
    agreement: Counter[str] = Counter()
    refused: set[str] = set()  # items whose computed answer differs from the book's
    for task in tasks:
        if not task.family:
            continue
        row = outcomes[f"{task.item_id}/v0"]
        if row["record"] is None or not task.book_answer:
            continue
        record = row["record"]
        verdict = compare_with_book(
            parse_srepr(record["answer"]), task.book_answer, worked=task.worked,
            up_to_constant=task.family == "calculus.integrate_expression",
            interval=_interval(task), passes=_book_solution_check(task, record),
            variable=sympy.Symbol(task.params.get("variable", "x")))
        agreement[verdict.status] += 1
        record["provenance"]["book_answer"] = {"text": task.book_answer, **vars(verdict)}
        if verdict.status == "differs":
            refused.add(task.item_id)
            disagreements.append({"item_id": task.item_id, "label": task.label,
                                  "page": task.page, "book": task.book_answer,
                                  "computed": record["answer_text"], "method": verdict.method})
    for key, row in outcomes.items():
        item_id = key.rsplit("/v", 1)[0]
        if row["record"] is None:
            drops[row["family"]][row["cause"] or "unknown"] += 1
            continue
        if item_id in refused:
            continue
        record = row["record"]
        record["provenance"]["book"] = book["title"]
        record["provenance"].setdefault("book_answer", None)
        records.append(record)
    solved = {t.item_id for t in tasks if t.family and outcomes[f"{t.item_id}/v0"]["record"]}
    coverage = {
        "items": len(concepts.concepts),
        "items_by_kind": dict(Counter(c.kind for c in concepts.concepts)),
        "computational": len(tasks),  # one task per computational exercise or example
        "read_into_tasks": sum(1 for t in tasks if t.family),
        "not_read": dict(Counter(t.reason for t in tasks if not t.family)),
        "solved": len(solved),
        "not_solved": dict(Counter(outcomes[f"{t.item_id}/v0"]["cause"] for t in tasks
                                   if t.family and t.item_id not in solved)),
        "book_answers_compared": sum(agreement.values()),
        "book_answers_matching": agreement["match"],
        "book_answers_differing": agreement["differs"],
        "book_answers_unreadable": agreement["unreadable"],
        "variants_per_item": variants,
        "variants_made": sum(1 for r in records if r["provenance"]["variant"]),
    }
    return write_pack(output, records, seed=seed, passages=_passages(concepts, document.title),
                      drops=drops, replace=output.exists(),
                      extra={"book": book, "coverage": coverage, "disagreements": disagreements,
                             "extract_warnings": len(concepts.warnings)})
