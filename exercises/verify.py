"""The verification pipeline for one exercise: make it, check it every way, or drop it with a reason.

For a ``(family, seed, difficulty)``: the family makes its :class:`Problem`; its
independent verifier's checks must all pass; its ``solve()`` runs in the
sandbox and must compute the same answer (exact SymPy comparison); its Lean
statement, when it has one, is checked where a ``lean`` works. Everything runs
under one time budget, so a slow SymPy call drops the exercise instead of
hanging generation. The result is the shipped record (the pack's JSON Lines
schema, documented in :mod:`exercises.pack`) or a drop with its cause.

:func:`reverify` repeats every check on a record read back from a pack, and
:func:`verify_pack` on every record of a pack (``syllabus verify``).
"""

from __future__ import annotations

import functools
import json
import platform
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sympy

from exercises import lean as lean_checker
from exercises.answers import compare, parse_srepr
from exercises.family import FAMILIES, Check, Family, Problem
from exercises.sandbox import RunResult, Sandbox
from exercises.timeouts import TimeLimit, time_limit
from syllabus.files import sha256_file
from syllabus.progress import Advance

BUDGET_SECONDS = 10.0  # per exercise: making it and running its checks


@dataclass
class Outcome:
    """What became of one attempted exercise: a record, or a drop cause and detail."""

    family: str
    seed: int
    difficulty: int
    record: dict[str, Any] | None
    cause: str | None = None  # "time budget", "generator error", "check failed", ...
    detail: str = ""


def machine() -> dict[str, str]:
    """What checked the exercise; no host names or times, so that packs stay reproducible."""
    import syllabus

    return {"syllabus": syllabus.__version__, "python": platform.python_version(),
            "sympy": sympy.__version__, "platform": f"{sys.platform}-{platform.machine()}"}


def exercise_id(family: str, seed: int, difficulty: int) -> str:
    return f"{family}/{seed}/d{difficulty}"


@dataclass
class Checked:
    """A problem that passed its own checks and waits for its program's run."""

    family: Family
    seed: int
    difficulty: int
    problem: Problem
    checks: list[Check]
    answer: str
    answer_latex: str
    posed: bool = False  # posed from parameters (a book's item or variant), not drawn
    provenance: dict[str, Any] | None = None


def check(fam: Family, seed: int, difficulty: int, budget: float = BUDGET_SECONDS,
          params: dict[str, Any] | None = None, provenance: dict[str, Any] | None = None
          ) -> Checked | Outcome:
    """Make the problem and run the family's checks under the time budget; or the drop.

    With ``params`` the family *poses* the problem from them (a book's own item or
    a variant of it, whose ``provenance`` says where it came from) instead of
    drawing it from ``seed``; the record says so, and is re-verified the same way.
    """

    def drop(cause: str, detail: str) -> Outcome:
        return Outcome(fam.name, seed, difficulty, None, cause, detail[:500])

    try:
        with time_limit(budget):
            problem = _problem(fam, seed, difficulty, params)
            checks = fam.verify(problem)
            answer = sympy.srepr(problem.answer)
            answer_latex = sympy.latex(problem.answer)
    except TimeLimit:
        return drop("time budget", f"making and checking took over {budget:g} s")
    except Exception as exc:  # noqa: BLE001 - a family bug drops its exercise, with the reason
        return drop("generator error", f"{type(exc).__name__}: {exc}")
    if not checks:
        return drop("no checks", "the family's verifier returned no checks")
    failed = [c for c in checks if not c.passed]
    if failed:
        return drop("check failed", "; ".join(f"{c.method}: {c.detail}" for c in failed))
    return Checked(fam, seed, difficulty, problem, checks, answer, answer_latex,
                   params is not None, provenance)


def finish(made: list[Checked | Outcome], sandbox: Sandbox) -> list[Outcome]:
    """Run the programs of the checked problems as one sandbox batch (they are the engine's
    own code; see :meth:`Sandbox.run_batch`); each becomes its record, or its drop."""
    checked = [m for m in made if isinstance(m, Checked)]
    runs = iter(sandbox.run_batch([(m.problem.code, m.answer) for m in checked]))
    return [m if isinstance(m, Outcome) else _finish(m, next(runs)) for m in made]


def make_exercises(tasks: list[tuple[Family, int, int]], sandbox: Sandbox,
                   budget: float = BUDGET_SECONDS) -> list[Outcome]:
    """Make and verify ``(family, seed, difficulty)`` exercises; never raises, never hangs.

    The family's property test runs once per family, not per exercise: the caller
    fills ``verification.property_test`` (see :mod:`exercises.generate`).
    """
    return finish([check(fam, seed, difficulty, budget) for fam, seed, difficulty in tasks],
                  sandbox)


def make_exercise(fam: Family, seed: int, difficulty: int, sandbox: Sandbox,
                  budget: float = BUDGET_SECONDS, params: dict[str, Any] | None = None,
                  provenance: dict[str, Any] | None = None) -> Outcome:
    """One exercise (see :func:`check` and :func:`finish`)."""
    return finish([check(fam, seed, difficulty, budget, params, provenance)], sandbox)[0]


def _problem(fam: Family, seed: int, difficulty: int, params: dict[str, Any] | None) -> Problem:
    """Pose the problem from ``params`` when given, else draw it from the seed."""
    if params is None:
        return fam.make(seed, difficulty)
    if fam.pose is None:
        raise ValueError(f"family {fam.name} cannot be posed from parameters")
    return fam.pose(params)


def _finish(checked: Checked, run: RunResult) -> Outcome:
    """The record of a checked problem, or its drop if the code or the Lean proof fails."""
    fam, seed, difficulty = checked.family, checked.seed, checked.difficulty
    provenance = checked.provenance
    if run.status != "ok" or not run.equal:
        return Outcome(fam.name, seed, difficulty, None, "code failed", _describe_run(run)[:500])
    problem = checked.problem
    lean = lean_checker.check(problem.lean)
    if lean and lean["status"] == lean_checker.FAILED:
        return Outcome(fam.name, seed, difficulty, None, "lean failed", lean["checker"] or "")
    record = {
        "id": exercise_id(fam.name, seed, difficulty) if provenance is None
        else f"{fam.name}/{provenance['item_id']}/{seed}",
        "family": fam.name,
        "topic": fam.topic,
        "difficulty": difficulty,
        "seed": seed,
        "split": None,  # assigned when the pack is written
        "statement": problem.statement,
        "statement_latex": problem.statement_latex,
        "steps": list(problem.steps),
        "answer": checked.answer,
        "answer_latex": checked.answer_latex,
        "answer_text": problem.answer_text or str(problem.answer),
        "code": problem.code,
        "params": json.dumps(problem.params, sort_keys=True, default=str),
        "posed": checked.posed,
        "verification": {
            "checks": [{"method": c.method, "passed": c.passed, "detail": c.detail}
                       for c in checked.checks],
            "code_run": {"status": run.status, "equal": run.equal, "value": run.value},
            "property_test": None,
            "lean": lean,
            "machine": machine(),
        },
        "provenance": provenance,
    }
    return Outcome(fam.name, seed, difficulty, record)


def _describe_run(run: RunResult) -> str:
    if run.status == "ok":
        return f"solve() returned {run.value!r}, not the verified answer"
    return f"{run.status}: {run.error}"


def reverify(record: dict[str, Any], sandbox: Sandbox, budget: float = BUDGET_SECONDS
             ) -> list[str]:
    """Every check on a pack record, again; returns what failed (empty when all pass).

    The family regenerates the problem from the record's seed and difficulty (or
    poses it again from its parameters, for a book's item or variant): the
    statement and answer must match the record (so a pack cannot drift from the
    code that made it), its checks must pass, the record's code must
    compute the record's answer in the sandbox, and its Lean statement must
    check where a ``lean`` works.
    """
    failures: list[str] = []
    fam = FAMILIES.get(record.get("family", ""))
    if fam is None:
        return [f"unknown family {record.get('family')!r}"]
    try:
        with time_limit(budget):
            params = json.loads(record["params"]) if record.get("posed") else None
            problem = _problem(fam, record["seed"], record["difficulty"], params)
            if problem.statement != record["statement"]:
                failures.append("the family now makes a different statement for this seed")
            if not compare(problem.answer, parse_srepr(record["answer"])).equal:
                failures.append("the family's answer differs from the recorded answer")
            failures += [f"check failed: {c.method}: {c.detail}" for c in fam.verify(problem)
                         if not c.passed]
    except TimeLimit:
        failures.append(f"re-checking took over {budget:g} s")
    except Exception as exc:  # noqa: BLE001 - any failure is reported, not raised
        failures.append(f"error while re-checking: {type(exc).__name__}: {exc}")
    run = sandbox.run(record["code"], record["answer"])
    if run.status != "ok" or not run.equal:
        failures.append(f"code: {_describe_run(run)}")
    lean_record = (record.get("verification") or {}).get("lean")
    if lean_record:
        rechecked = lean_checker.check(lean_record["statement"])
        if rechecked and rechecked["status"] == lean_checker.FAILED:
            failures.append(f"lean: {rechecked['checker']}")
    return failures


def _reverify_item(item: str | dict[str, Any], property_examples: int
                   ) -> tuple[str, dict[str, Any] | list[str]]:
    """One unit of ``verify_pack`` work: a family's property test, or one record's checks."""
    from exercises.generate import registered
    from exercises.properties import property_test
    from exercises.workers import worker_sandbox

    families = registered()
    if isinstance(item, str):
        if item not in families:
            return item, {"outcome": "failed", "detail": f"unknown family {item!r}"}
        return item, property_test(families[item], worker_sandbox(), property_examples)
    return item["id"], reverify(item, worker_sandbox())


def verify_pack(path: str | Path, workers: int = 1, property_examples: int | None = None,
                progress: Advance | None = None) -> dict[str, Any]:
    """Re-run every check of a pack: file checksums, each record, each family's property test.

    Returns a report whose ``ok`` is False when anything failed.
    """
    from exercises.pack import load_pack
    from exercises.properties import EXAMPLES
    from exercises.workers import ordered_map

    pack = load_pack(path)
    records = pack.records()
    bad_files = [name for name, digest in pack.manifest.get("checksums", {}).items()
                 if not (pack.path / name).is_file() or sha256_file(pack.path / name) != digest]
    families = sorted({r.get("family", "") for r in records})
    items: list[str | dict[str, Any]] = [*families, *records]
    work = functools.partial(_reverify_item, property_examples=property_examples or EXAMPLES)
    advance = progress or (lambda done, total: None)
    properties: dict[str, dict[str, Any]] = {}
    failed: list[dict[str, Any]] = []
    for done, (key, result) in enumerate(ordered_map(work, items, workers), start=1):
        if isinstance(result, dict):
            properties[key] = result
        elif result:
            failed.append({"id": key, "failures": result})
        advance(done, len(items))
    lean_status = Counter(((r.get("verification") or {}).get("lean") or {}).get("status", "none")
                          for r in records)
    failed_properties = {f: p.get("detail", "") for f, p in properties.items()
                         if p["outcome"] != "passed"}
    return {
        "pack": str(pack.path),
        "exercises": len(records),
        "passed": len(records) - len(failed),
        "failed": failed,
        "property_tests": {f: p["outcome"] for f, p in properties.items()},
        "property_failures": failed_properties,
        "checksum_mismatches": bad_files,
        "lean": dict(sorted(lean_status.items())),
        "lean_checker": lean_checker.lean_version() or "none (`lean --version` did not answer)",
        "ok": not failed and not failed_properties and not bad_files,
    }
