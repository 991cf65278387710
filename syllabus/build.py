"""Book to pack: every stage in order, each stage's output cached next to the pack.

    book --ingest--> document-<code>.json --extract--> concepts-<code>.jsonl
         --formalize--> tasks-<code>.jsonl
         --solve + verify (the book's items and their variants)--> outcomes.jsonl --> PACK/

The cache lives in ``PACK.cache/<book sha256 prefix>/``. Each stage reads its
input from the previous stage's file, so a re-run after an interruption, or
with only ``--variants`` changed, redoes only what is missing: the outcome of
every (item, variant) is kept in ``outcomes.jsonl``, appended as it is made,
under a fingerprint of everything that decides it (the syllabus version, the
code of its family and of the variant and verification engines, the family,
its parameters, the seed, the book's answer), so that changed code is never
silently reused. For the same reason each stage's file is named after a digest of
the code that made it and of the stages before it (``<code>``).

Cost is bounded per item, whatever the family: an item is the unit of work (so
both cores stay busy and an item's variants share one sandbox run); an item
that is not solved gets no variants; each variant may take at most
``VARIANT_FACTOR`` times what its item took (within ``VARIANT_FLOOR`` ..
``BUDGET_SECONDS``), all of an item's variants together about twice what their
item took each but never more than ``VARIANT_TOTAL`` (a slow item's variants are
slow too: on diffyqs the items that took 2 s or more made 7% of the variants in 34%
of the variants' time); the first variant that overruns ends its item's variants, a
variant's redraws share its one budget, and the last variant is cut short where the item's
total runs out. The variants given up are drops with their cause in the manifest. A variant
is drawn from its item's parameters as the item's problem recorded them, which may say how
the family solved it (the ODE family's ``solver``): the variant tries that way first.
Every budget counts CPU seconds, not the clock (:mod:`exercises.timeouts`), so that a build
on a busy machine solves and varies the same items as on an idle one.

A book item is shipped only when its family verified it and, where the book
prints an answer, the computed answer agrees with it (SymPy equivalence); a
disagreement is listed in the manifest for a person to look at, never shipped.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import functools
import hashlib
import json
import random
import re
import resource
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import sympy

import extract
import formalize
import ingest
import syllabus
from exercises.answers import parse_srepr
from exercises.families.textbook_values import interval_of
from exercises.family import FAMILIES
from exercises.pack import filter_records, is_pack, write_pack
from exercises.timeouts import TimeLimit, cpu_seconds, time_limit
from exercises.verify import BUDGET_SECONDS, Checked, Outcome, check, finish
from exercises.workers import ordered_map, worker_sandbox
from extract.answers import answer_parts
from extract.concepts import Concept, ConceptSet, load_concepts
from extract.pipeline import extract_concepts
from formalize.agreement import Agreement, all_parts, compare_with_book
from formalize.parts import context_of
from formalize.references import Referent, build_references, cited
from formalize.tasks import FormalTask, load_tasks, read_task, save_tasks
from formalize.variants import vary
from formalize.wholes import parts_asked, parts_of, read_wholes
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
VARIANT_FACTOR = 10.0  # a variant may take this many times what its item took ...
VARIANT_FLOOR = 2.0  # ... but never less than this many seconds (nor more than BUDGET_SECONDS)
VARIANT_SHARE = 2.0  # an item's variants together: this many times the item's seconds each ...
VARIANT_SHARE_FLOOR = 1.0  # ... or this many seconds each, whichever is more ...
VARIANT_TOTAL = 10.0  # ... and never more than this many seconds in all
DRAWS = 3  # draws of one variant whose parameters the family cannot pose (no solution, ...)
REDRAW_CAUSES = ("variant error", "generator error")


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
    seconds: dict[str, float] = {}  # this run's seconds per stage; a cached stage takes ~0
    cpu: dict[str, float] = {}  # ... and the CPU seconds they took (a figure load does not inflate)

    @contextlib.contextmanager
    def timed(name: str) -> Iterator[Advance]:
        start, start_cpu = time.monotonic(), _cpu_seconds()
        with stages(name) as advance:
            yield advance
        seconds[name] = round(time.monotonic() - start, 1)
        cpu[name] = round(_cpu_seconds() - start_cpu, 1)

    document = _document(book, cache / f"document-{_code_of(ingest)}.json", timed)
    concepts = _concepts(document, cache / f"concepts-{_code_of(ingest, extract)}.jsonl", timed)
    tasks = _tasks(concepts, document,
                   cache / f"tasks-{_code_of(ingest, extract, formalize)}.jsonl", workers, timed)
    outcomes = _outcomes(tasks, variants, seed, workers, cache / "outcomes.jsonl", timed)
    start = time.monotonic()
    manifest = _write(output, document, concepts, tasks, outcomes, variants, seed)
    seconds["write"] = round(time.monotonic() - start, 1)
    # Run figures are returned (and printed by --json), never written into the pack, so that
    # its bytes do not depend on the machine or the worker count.
    return {**manifest, "run": {"workers": workers, "seconds": seconds, "cpu_seconds": cpu,
                                "worker_seconds_by_family": _family_seconds(outcomes, "seconds"),
                                "worker_cpu_seconds_by_family": _family_seconds(outcomes, "cpu")}}


def _cpu_seconds() -> float:
    """CPU seconds of this process and of its workers that have ended (a stage's pool ends
    with the stage; the sandboxes' program runs are not counted)."""
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
        resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


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


def _tasks(concepts: ConceptSet, document: Document, path: Path, workers: int, stages: Stages
           ) -> list[FormalTask]:
    """Each computational exercise or example read into a posed family (or the reason it wasn't);
    items are independent, so they are read in ``workers`` processes."""
    if path.exists():
        return load_tasks(path)
    texts = {c.id: _printed(c) for c in concepts.concepts}
    index = build_references(document)  # "Archetype A": what later items name
    parts: defaultdict[str, list[Concept]] = defaultdict(list)  # an exercise's parts, in order
    for c in concepts.concepts:
        if c.parent:
            parts[c.parent].append(c)
    items = [(c, _context(c, texts, parts), cited(c.text, index))
             for c in concepts.concepts if c.kind in TASK_KINDS and c.computational]
    tasks = []
    with stages("formalize") as advance:
        for done, task in enumerate(ordered_map(_read_item, items, workers, chunk=16), 1):
            tasks.append(task)
            advance(done, len(items))
    read_wholes(tasks, {c.id: c.parent for c in concepts.concepts})  # an exercise = its parts
    save_tasks(path, tasks)
    return tasks


def _printed(concept: Concept) -> str:
    """An item's text as the book prints it, its title first ("Towers of Hanoi data. (a) What is
    the smallest number of moves ..."): a source keeps the title apart, and it may be what
    says what its parts count."""
    title = (concept.title or "").strip()
    if not title or concept.text.startswith(title):
        return concept.text
    return f"{title}{'' if title[-1] in '.?!:' else '.'}\n\n{concept.text}"


def _context(concept: Concept, texts: dict[str, str], parts: dict[str, list[Concept]]
             ) -> str | None:
    """What an item is read with besides its own text: a part, its exercise's setup and itself
    (never its sibling parts); any other item, its group's instruction."""
    if not concept.parent:
        return concept.instruction
    siblings = parts[concept.parent]
    return context_of(texts[concept.parent], [c.text for c in siblings], siblings.index(concept))


def _read_item(item: tuple[Concept, str | None, dict[str, Referent]]) -> FormalTask:
    concept, context, named = item
    return read_task(concept.id, _question(concept), label=concept.label,
                     page=concept.page_first,
                     book_answer=concept.answer.text if concept.answer else None,
                     context=context, worked=_worked(concept), cited=named)


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
    return _argues(concept.answer.text if concept.answer else "")


def _argues(answer: str) -> bool:
    return len(re.sub(r"\$[^$]*\$", " ", answer).split()) > WORKED_WORDS


def _difficulty(params: dict[str, Any]) -> int:
    """1..5 from the size of the expression: the book's own items have no drawn difficulty."""
    try:
        size = sum(sympy.count_ops(sympy.sympify(v)) for k, v in params.items()
                   if k in ("expr", "lhs", "rhs", "ode"))
    except (sympy.SympifyError, TypeError, ValueError):
        size = 0
    return max(1, min(5, 1 + size // 6))


def _digest(paths: Iterable[Path]) -> str:
    """A digest of these files and the syllabus version: the code that decided a result."""
    digest = hashlib.sha256(syllabus.__version__.encode())
    for path in sorted(set(paths)):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _package_files(package: ModuleType) -> list[Path]:
    return list(Path(package.__file__).parent.glob("*.py"))


@functools.cache
def _code_of(*packages: ModuleType) -> str:
    """A digest of the packages' code: what decides a stage's file."""
    return _digest(path for package in packages for path in _package_files(package))


@functools.cache
def _code_digest(family: str) -> str:
    """A digest of the code that decides a family's outcomes: its modules, the exercises
    modules they import from, the verification engine and its time limits, and all of formalize
    (variants, and the comparison with the book's answer, which reads math spans as
    ingest.document does)."""
    fam = FAMILIES[family]
    owners = {f.__module__ for f in (fam.generate, fam.verify, fam.pose) if f is not None}
    names = {"exercises.verify", "exercises.answers", "exercises.timeouts", "ingest.document",
             *owners}
    for owner in owners:
        for value in vars(sys.modules[owner]).values():
            names.add(getattr(value, "__module__", None) or getattr(value, "__name__", ""))
    modules = [sys.modules.get(name) for name in names if name.split(".")[0] in ("exercises", "ingest")]
    files = [Path(m.__file__) for m in modules if m is not None and getattr(m, "__file__", None)]
    return _digest([*files, *_package_files(formalize)])


def _fingerprint(task: FormalTask, variant: int, seed: int) -> str:
    """What decides one (item, variant) outcome; a cached outcome is reused only when it matches."""
    decides = [_code_digest(task.family), task.family, task.params, seed, variant]
    if not variant:  # the item itself is also compared with the book's answer
        decides += [task.book_answer, task.worked]
    return hashlib.sha256(json.dumps(decides, sort_keys=True, default=str).encode()).hexdigest()[:16]


def _provenance(task: FormalTask, variant: int) -> dict[str, Any]:
    return {"book": None, "item_id": task.item_id, "label": task.label, "page": task.page,
            "variant": variant}


def _row(task: FormalTask, variant: int, outcome: Outcome, seconds: float, cpu: float
         ) -> dict[str, Any]:
    """One outcome, with the wall-clock seconds it took (its program's sandbox run included) and
    the worker's CPU seconds (making and checking it: what the budgets count)."""
    return {"key": f"{task.item_id}/v{variant}", "family": task.family, "record": outcome.record,
            "cause": outcome.cause, "detail": outcome.detail, "seconds": round(seconds, 3),
            "cpu": round(cpu, 3)}


def _item(unit: tuple[FormalTask, list[int], dict[str, Any] | None, int]) -> list[dict[str, Any]]:
    """In a worker: solve and verify one item (unless ``solved`` holds it already), compare it
    with the book's answer, then make the ``variants`` asked for, if it was solved."""
    task, variants, solved, seed = unit
    fam = FAMILIES[task.family]
    rows = []
    if solved is None:
        start, start_cpu = time.monotonic(), cpu_seconds()
        made = check(fam, 0, _difficulty(task.params), params=task.params,
                     provenance=_provenance(task, 0))
        checking = cpu_seconds() - start_cpu
        outcome = finish([made], worker_sandbox())[0]  # (the first call starts the sandbox)
        book = (vars(_agreement(task, outcome.record, made.problem))
                if outcome.record is not None and task.book_answer and isinstance(made, Checked)
                else None)
        solved = _row(task, 0, outcome, time.monotonic() - start, cpu_seconds() - start_cpu)
        solved["check_seconds"] = round(checking, 3)  # CPU seconds: what the budgets scale from
        if book is not None:
            solved["book"] = book
        rows.append(solved)
    if solved["record"] is not None and variants:
        rows += _variants(task, json.loads(solved["record"]["params"]), variants, seed,
                          solved["check_seconds"])
    return rows


def _variants(task: FormalTask, solved: dict[str, Any], variants: list[int], seed: int,
              item_seconds: float) -> list[dict[str, Any]]:
    """The item's variants, each under a budget scaled from what making and checking the item
    took, all of them under a budget for the item; their programs run as one sandbox batch
    (under the sandbox's own limits). They are drawn from the ``solved`` item's parameters as
    its problem recorded them: the task's, plus how its family solved it where the family
    says so (a variant has the item's structure, so the family tries that way first)."""
    fam = FAMILIES[task.family]
    limit = min(BUDGET_SECONDS, max(VARIANT_FLOOR, VARIANT_FACTOR * item_seconds))
    allowed = min(VARIANT_TOTAL,
                  len(variants) * max(VARIANT_SHARE_FLOOR, VARIANT_SHARE * item_seconds))
    deadline = cpu_seconds() + allowed
    made: list[Checked | Outcome] = []
    spent: list[tuple[float, float]] = []  # wall-clock and CPU seconds of each variant
    stop: tuple[str, str] | None = None
    seen = {_params_key(solved)}
    for variant in variants:
        start, start_cpu = time.monotonic(), cpu_seconds()
        if stop:
            made.append(Outcome(fam.name, variant, 0, None, *stop))
        else:
            budget = min(limit, deadline - start_cpu)  # never past the item's budget
            made.append(_variant(task, solved, variant, seed, budget, seen))
            overran = isinstance(made[-1], Outcome) and made[-1].cause == "time budget"
            if cpu_seconds() > deadline:
                stop = ("item time budget", f"the item's variants took over {allowed:.1f} s")
                if overran and budget < limit:  # cut short by the item's budget, not its own
                    made[-1] = Outcome(fam.name, variant, 0, None, *stop)
            elif overran:
                stop = ("gave up", f"variant {variant} overran its {limit:.1f} s")
        spent.append((time.monotonic() - start, cpu_seconds() - start_cpu))
    start, start_cpu = time.monotonic(), cpu_seconds()
    outcomes = finish(made, worker_sandbox())
    share = (time.monotonic() - start) / len(variants), (cpu_seconds() - start_cpu) / len(variants)
    return [_row(task, v, o, wall + share[0], cpu + share[1])
            for v, o, (wall, cpu) in zip(variants, outcomes, spent)]


def _params_key(params: dict[str, Any]) -> str:
    return json.dumps(params, sort_keys=True, default=str)


def _variant(task: FormalTask, solved: dict[str, Any], variant: int, seed: int, budget: float,
             seen: set[str]) -> Checked | Outcome:
    """Draw the variant's parameters from the ``solved`` item's and check it, all its draws
    within ``budget`` CPU seconds together. Parameters already drawn for this item (which
    would make a duplicate) and parameters the family cannot pose (an equation without
    solutions, a value that is infinite) are drawn again, a few times, while time is left."""
    fam = FAMILIES[task.family]
    key = f"{task.item_id}/v{variant}"
    deadline = cpu_seconds() + budget
    made: Checked | Outcome = Outcome(fam.name, variant, 0, None, "variant error", "")
    for draw in range(DRAWS):
        if draw and cpu_seconds() >= deadline:
            break  # the failed draws took the variant's whole budget
        rng = random.Random(f"{seed}:{key}" + (f":{draw}" if draw else ""))
        try:
            params = vary(task.family, solved, rng)
        except Exception as exc:  # noqa: BLE001 - a variant that cannot be drawn is a drop
            made = Outcome(fam.name, variant, 0, None, "variant error", str(exc)[:500])
            continue
        if _params_key(params) in seen:
            made = Outcome(fam.name, variant, 0, None, "duplicate",
                           f"{DRAWS} draws repeated the item or an earlier variant")
            continue
        seen.add(_params_key(params))
        made = check(fam, variant, _difficulty(params), deadline - cpu_seconds(), params,
                     _provenance(task, variant))
        if not (isinstance(made, Outcome) and made.cause in REDRAW_CAUSES):
            break
    return made


def _agreement(task: FormalTask, record: dict[str, Any], problem: Any) -> Agreement:
    """The book's printed answer against the verified one, under the exercise time budget."""
    try:
        with time_limit(BUDGET_SECONDS):
            return _compare(task, record, problem)
    except TimeLimit:
        return Agreement("unreadable", f"comparing took over {BUDGET_SECONDS:g} s")


def _compare(task: FormalTask, record: dict[str, Any], problem: Any) -> Agreement:
    """An exercise read as its parts' questions (:mod:`formalize.wholes`) is compared part by
    part, each as its own question is (the book's t for x in one part, q in another)."""
    answer = parse_srepr(record["answer"])
    questions = parts_asked(task.family, task.params)
    pieces = answer_parts(task.book_answer or "")
    if questions and isinstance(answer, sympy.Tuple) and len(answer) == len(questions) == len(pieces):
        asked = iter(questions)
        return all_parts(answer, pieces, lambda value, piece: _compare(
            dataclasses.replace(task, **next(asked), book_answer=piece,
                                worked=task.worked and _argues(piece)),
            {"answer": sympy.srepr(value)}, None))
    found = compare_with_book(
        answer, task.book_answer or "", worked=task.worked,
        up_to_constant=task.family == "calculus.integrate_expression",
        interval=_interval(task), passes=_book_solution_check(task, record, problem),
        variable=sympy.Symbol(task.params.get("variable", "x")))
    if questions and found.status == "differs":  # "$$a)1/2+_{n}\sum_{=1}^{...}b)...$$"
        return Agreement("unreadable", "the book's answer is not printed part by part (the PDF "
                         "put its labels inside the math): its values are not the parts'",
                         found.book_value)
    return found


def _outcomes(tasks: list[FormalTask], variants: int, seed: int, workers: int, path: Path,
              stages: Stages) -> dict[str, dict[str, Any]]:
    """Every (item, variant) outcome, reusing the ones in ``path`` whose fingerprint matches.

    An item whose own outcome is a drop gets no variants (and no rows for them).
    """
    import exercises.families  # noqa: F401  (registers the families in worker processes too)

    read = [t for t in tasks if t.family]
    expected = {f"{t.item_id}/v{v}": _fingerprint(t, v, seed)
                for t in read for v in range(variants + 1)}
    done: dict[str, dict[str, Any]] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            with contextlib.suppress(json.JSONDecodeError):  # a line cut by an interruption
                row = json.loads(line)
                if expected.get(row.get("key")) == row.get("fingerprint"):
                    done[row["key"]] = row
    units = []
    for t in read:
        solved = done.get(f"{t.item_id}/v0")
        todo = [v for v in range(1, variants + 1) if f"{t.item_id}/v{v}" not in done]
        if solved is None or (solved["record"] is not None and todo):
            units.append((t, todo, solved, seed))
    with stages("solve and vary") as advance, open(path, "a", encoding="utf-8") as log:
        advance(len(read) - len(units), len(read))
        for count, rows in enumerate(ordered_map(_item, units, workers, chunk=1), 1):
            for row in rows:
                row["fingerprint"] = expected[row["key"]]
                log.write(json.dumps(row, ensure_ascii=False) + "\n")
                done[row["key"]] = row
            log.flush()
            advance(len(read) - len(units) + count, len(read))
    return {key: done[key] for key in expected if key in done}


def _family_seconds(outcomes: dict[str, dict[str, Any]], clock: str
                    ) -> dict[str, dict[str, float]]:
    """Worker seconds (``clock``: "seconds" wall-clock, "cpu" CPU) spent per family on items
    and on variants (this run's and cached ones)."""
    spent: dict[str, Counter[str]] = defaultdict(Counter)
    for key, row in outcomes.items():
        spent[row["family"]]["variants" if not key.endswith("/v0") else "items"] += row.get(
            clock, 0.0)
    return {f: {k: round(v, 1) for k, v in c.items()} for f, c in sorted(spent.items())}


def _interval(task: FormalTask) -> sympy.Interval | None:
    """Where an equation was solved, so a general solution in the book can be compared."""
    if task.family != "trigonometry.solve_equation_interval":
        return None
    return interval_of(task.params)


def _book_solution_check(task: FormalTask, record: dict[str, Any], problem: Any = None
                         ) -> Callable[[sympy.Expr], bool] | None:
    """For an answer with arbitrary constants: does the book's expression pass the family's
    verification in place of the computed one? (None for answers without constants.)
    ``problem`` is the item's posed problem when at hand (posing it again may take seconds)."""
    answer = parse_srepr(record["answer"])
    if not isinstance(answer, sympy.Expr) or not answer.free_symbols - {sympy.Symbol("x")}:
        return None
    family = FAMILIES[task.family]
    problem = copy.copy(problem) if problem is not None else family.pose(task.params)

    def passes(value: sympy.Expr) -> bool:
        problem.answer = value
        try:
            return all(check.passed for check in family.verify(problem))
        except Exception:  # noqa: BLE001 - a book expression the checks cannot evaluate
            return False

    return passes


def _computational_parts(concepts: ConceptSet, tasks: list[FormalTask]) -> dict[str, list[str]]:
    """Each computational exercise split into computational parts, and those parts' ids."""
    parts = parts_of(tasks, {c.id: c.parent for c in concepts.concepts})
    return {exercise: [t.item_id for t in its] for exercise, its in parts.items()}


def _through_parts(done: set[str], parts: dict[str, list[str]]) -> set[str]:
    """The items ``done`` when an exercise split into parts counts as done only when each of
    its computational parts is. Its parts are what it asks ("Find and classify the critical
    points: a) ... b) ... c) ..."): a reading of the whole may answer only the first question
    (a Fourier series, and not its value at a point), and no reader need take the whole at
    once. Parts that ask no computation (draw, explain) are not needed."""
    return {item for item in done if item not in parts} | {
        exercise for exercise, ids in parts.items() if all(i in done for i in ids)}


def _asked_by_wholes(concepts: ConceptSet, tasks: list[FormalTask], parts: dict[str, list[str]]
                     ) -> dict[str, str]:
    """Each part whose exercise's own reading asks every part's question, and that exercise:
    "Suppose you roll two dice ... (a) How many total outcomes are there? (b) Of those outcomes,
    how many have different numbers ...?" is read whole, as one question per part, though (b)
    alone leans on (a) and reads nothing; the exercise's verified answer answers it. Only a
    reading that is several questions, as many as the exercise has parts, all computational."""
    counts = Counter(c.parent for c in concepts.concepts if c.parent)
    asked = {}
    for task in tasks:
        ids = parts.get(task.item_id)
        questions = parts_asked(task.family, task.params) if ids else None
        if questions and len(questions) == len(ids) == counts[task.item_id]:
            asked.update(dict.fromkeys(ids, task.item_id))
    return asked


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
        verdict = Agreement(**row["book"])  # compared in the worker that solved the item
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
    filtered = filter_records(records, None)  # what the pack will ship: no duplicates
    for family, causes in filtered.drops.items():
        drops[family].update(causes)
    records = filtered.records
    read = {t.item_id for t in tasks if t.family}
    solved = {item for item in read if outcomes[f"{item}/v0"]["record"]}
    parts = _computational_parts(concepts, tasks)
    asked = _asked_by_wholes(concepts, tasks, parts)
    read |= {part for part, whole in asked.items() if whole in read}
    solved |= {part for part, whole in asked.items() if whole in solved}
    read_items, solved_items = _through_parts(read, parts), _through_parts(solved, parts)
    coverage = {
        "items": len(concepts.concepts),
        "items_by_kind": dict(Counter(c.kind for c in concepts.concepts)),
        "computational": len(tasks),  # one task per computational exercise or example
        "counted_through_parts": len(parts),  # exercises whose parts answer them
        "read_into_tasks": len(read_items),
        "not_read": dict(Counter("a part is not read" if t.item_id in parts else t.reason
                                 for t in tasks if t.item_id not in read_items)),
        "solved": len(solved_items),
        "not_solved": dict(Counter(
            "a part is not solved" if t.item_id in parts else outcomes[f"{t.item_id}/v0"]["cause"]
            for t in tasks if t.item_id in read_items - solved_items)),
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
                             "extract_warnings": len(concepts.warnings),
                             "ingest_warnings": document.warnings})
