"""Property tests for the calculus, linear algebra, ODE, combinatorics, probability and
statistics families: over many seeds and every difficulty each exercise passes its own
independent checks, its ``solve()`` program recomputes the answer, its statements vary,
and a deliberately wrong answer is caught (so every verifier can fail).

The programs run in-process here; the engine's generic tests run them in its sandbox.
"""

from __future__ import annotations

import json

import mpmath
import pytest
import sympy as sp

import exercises.families  # noqa: F401  (fills the registry)
from exercises.families._sympy_kit import C1, C2, X, Y, close, num
from exercises.family import DIFFICULTIES, FAMILIES, Problem

TOPICS = ("calculus", "linear_algebra", "differential_equations", "combinatorics",
          "probability", "statistics")
NAMES = sorted(n for n, f in FAMILIES.items() if f.topic in TOPICS)
# SymPy-heavy families get fewer seeds to stay inside the time budget.
SEEDS = {"calculus": 2, "differential_equations": 2, "linear_algebra": 4}
SAMPLE = {X: mpmath.mpf("0.6180339887"), Y: mpmath.mpf("1.3247179572"),
          C1: mpmath.mpf("0.5772156649"), C2: mpmath.mpf("-1.4142135623")}


def problems(name: str) -> list[tuple[int, int, Problem]]:
    fam = FAMILIES[name]
    seeds = SEEDS.get(fam.topic, 10)
    return [(seed, d, fam.make(seed, d)) for d in DIFFICULTIES for seed in range(seeds)]


def run_code(problem: Problem) -> object:
    scope: dict = {}
    exec(compile(problem.code, "<solve>", "exec"), scope)  # noqa: S102  (our own programs)
    return scope["solve"]()


def same(result: object, problem: Problem) -> bool:
    """The program's result equals the answer (at a generic point, to 15 digits)."""
    answer = problem.answer
    if sp.sympify(result) == answer:  # structurally equal, as exercises.answers compares first
        return True
    if isinstance(answer, (sp.Set, sp.logic.boolalg.BooleanAtom)):  # empty set, yes / no
        return result == answer
    if isinstance(answer, sp.MatrixBase):
        return sp.Matrix(result) == answer
    if isinstance(answer, (sp.Tuple, sp.FiniteSet, sp.Equality)):
        return sp.sympify(result) == answer
    # Antiderivatives too: the programs find the worked solution's own antiderivative, so
    # even an engine that ignores params["compare"] == "up_to_constant" accepts them.
    difference = sp.sympify(result) - answer
    return close(num(difference, SAMPLE), 0, mpmath.mpf(10) ** -15)


def wrong(answer: sp.Basic, name: str) -> sp.Basic:
    """A plausible but wrong answer of the same type."""
    if name.endswith("null_space"):  # any rescaled basis is right: add a dependent vector
        return answer.row_join(answer[:, 0])
    if answer in (sp.true, sp.false):
        return ~answer
    if answer == sp.EmptySet:  # an inconsistent system: any vector is wrong
        return sp.ImmutableMatrix([0, 0])
    if isinstance(answer, sp.MatrixBase):
        changed = sp.Matrix(answer)
        changed[0, 0] += 1
        return sp.ImmutableMatrix(changed)
    if isinstance(answer, sp.FiniteSet):
        values = sorted(answer)
        return sp.FiniteSet(wrong(values[0], name), *values[1:])
    if isinstance(answer, sp.Tuple):
        return sp.Tuple(wrong(answer[0], name), *answer[1:])
    if isinstance(answer, sp.Equality):  # an equation the exercise builds: another one
        return sp.Eq(wrong(answer.lhs, name), answer.rhs)
    return answer + X**3 + 1 if answer.free_symbols else answer + 1


def test_every_topic_has_families() -> None:
    topics = {FAMILIES[n].topic for n in NAMES}
    assert topics == set(TOPICS)
    assert len(NAMES) >= 36


@pytest.mark.parametrize("name", NAMES)
def test_family(name: str) -> None:
    fam = FAMILIES[name]
    assert fam.description and fam.description != name
    items = problems(name)
    for seed, difficulty, problem in items:
        where = f"{name} seed={seed} difficulty={difficulty}: {problem.statement}"
        checks = fam.verify(problem)
        assert checks and all(c.passed for c in checks), (where, checks)
        assert isinstance(problem.answer, sp.Basic), where
        assert problem.steps and "$" in problem.statement_latex, where
        json.dumps(problem.params)
        assert same(run_code(problem), problem), (where, problem.answer, run_code(problem))
        bad = Problem(**{**problem.__dict__, "answer": wrong(problem.answer, name)})
        assert not all(c.passed for c in fam.verify(bad)), (where, "wrong answer accepted")
    statements = {p.statement for _, _, p in items}
    openings = {p.statement.split()[0] for _, _, p in items}
    assert len(statements) >= min(10, len(items) // 2) and len(openings) >= 2, openings


@pytest.mark.parametrize("name", NAMES)
def test_same_seed_same_problem(name: str) -> None:
    fam = FAMILIES[name]
    first, again = fam.make(7, 3), fam.make(7, 3)
    assert (first.statement, first.answer, first.code) == (again.statement, again.answer,
                                                          again.code)
