"""The algebra, functions, sequences and trigonometry families, each over many seeds.

For every family and difficulty: all independent checks pass, the ``solve()`` program computes
an answer SymPy-equal to the stated one, phrasings vary across seeds, and a deliberately wrong
answer is caught, so the verifier is able to fail. The programs are exec'd in-process here; the
engine's generic tests run them in its sandbox.
"""

from __future__ import annotations

import json
import re

import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

import exercises.families  # noqa: F401  (registers the families)
from exercises.family import DIFFICULTIES, FAMILIES, Family, Problem

MODULES = ("algebra", "functions", "sequences", "trigonometry")
OURS = sorted(
    name for name, fam in FAMILIES.items()
    if fam.generate.__module__.rsplit(".", 1)[-1] in MODULES
)


def run_code(problem: Problem) -> object:
    namespace: dict = {}
    exec(problem.code, namespace)  # noqa: S102  (our own generated program, in a test)
    return namespace["solve"]()


def same(a: object, b: object) -> bool:
    """SymPy equality: structural, or a difference that simplifies to zero."""
    if a == b:
        return True
    if isinstance(a, sp.Expr) and isinstance(b, sp.Expr):
        return sp.simplify(a - b) == 0
    return False


def wrong(answer: object) -> object:
    """A plausible but wrong answer of the same kind."""
    if answer in (sp.true, sp.false):
        return sp.false if answer == sp.true else sp.true
    if answer == sp.S.EmptySet:
        return sp.FiniteSet(0)
    if isinstance(answer, sp.FiniteSet):
        items = sorted(answer, key=sp.default_sort_key)
        last = items[-1]
        if isinstance(last, sp.Tuple):
            return sp.FiniteSet(sp.Tuple(last[0] + 1, *last[1:]))
        return sp.FiniteSet(*items[:-1], last + 1)
    if isinstance(answer, sp.Set):
        return sp.S.Reals - answer
    return answer + 1


@pytest.mark.parametrize("name", OURS)
def test_family_is_documented_and_in_its_topic(name: str) -> None:
    fam = FAMILIES[name]
    assert fam.description and fam.description != name
    assert name.split(".")[0] == fam.topic


@pytest.mark.parametrize("name", OURS)
def test_checks_pass_and_code_agrees(name: str) -> None:
    fam: Family = FAMILIES[name]

    @settings(max_examples=12, deadline=None, derandomize=True, database=None)
    @given(seed=st.integers(0, 2**31), difficulty=st.sampled_from(DIFFICULTIES))
    def prop(seed: int, difficulty: int) -> None:
        problem = fam.make(seed, difficulty)
        checks = fam.verify(problem)
        assert checks and all(c.passed for c in checks), (problem.statement, checks)
        result = run_code(problem)
        assert same(result, problem.answer), (problem.statement, result, problem.answer)
        json.dumps(problem.params)
        assert problem.steps and all("$" in s or s for s in problem.steps)
        assert "$" in problem.statement_latex and "$" not in problem.statement

    prop()


@pytest.mark.parametrize("name", OURS)
def test_wrong_answer_is_caught(name: str) -> None:
    fam = FAMILIES[name]
    for difficulty in DIFFICULTIES:
        for seed in range(4):
            problem = fam.make(seed, difficulty)
            problem.answer = wrong(problem.answer)
            checks = fam.verify(problem)
            assert not all(c.passed for c in checks), (problem.statement, problem.answer)


@pytest.mark.parametrize("name", OURS)
def test_statements_vary_and_are_deterministic(name: str) -> None:
    fam = FAMILIES[name]
    for difficulty in DIFFICULTIES:
        statements = {fam.make(seed, difficulty).statement for seed in range(12)}
        assert len(statements) >= 6, statements
    first, again = fam.make(7, 3), fam.make(7, 3)
    assert (first.statement, first.answer, first.code) == (again.statement, again.answer,
                                                           again.code)


def test_phrasings_vary() -> None:
    """Across a family's seeds the opening words differ ("Find", "Solve", "What", ...)."""
    for name in OURS:
        openings = {FAMILIES[name].make(seed, 2).statement.split()[0] for seed in range(30)}
        assert len(openings) >= 2, (name, openings)


def _lean_sides(lean: str) -> tuple[sp.Expr, sp.Expr]:
    claim = re.search(r":\n\s+(.*) := by", lean).group(1)
    left, right = claim.split(" = ")
    return (sp.sympify(left.replace("^", "**")), sp.sympify(right.replace("^", "**")))


@pytest.mark.parametrize("name", [n for n in OURS if FAMILIES[n].make(0, 3).lean])
def test_lean_claim_is_a_true_identity_about_the_problem(name: str) -> None:
    """The Lean statement (not checkable without Lean here) states a true identity whose one
    side is the problem's answer."""
    written = 0
    for difficulty in DIFFICULTIES:
        for seed in range(5):
            problem = FAMILIES[name].make(seed, difficulty)
            if problem.lean is None:  # the claim does not fit core Lean (say, fractions)
                continue
            written += 1
            assert "sorry" not in problem.lean and problem.lean.startswith("theorem ")
            left, right = _lean_sides(problem.lean)
            assert sp.expand(left - right) == 0, problem.lean
            assert sp.expand(right - problem.answer) == 0 or sp.expand(left - problem.answer) == 0
    assert written >= 10


def test_coverage() -> None:
    """About thirty families across the four topics."""
    topics = {name.split(".")[0] for name in OURS}
    assert topics == set(MODULES) and len(OURS) >= 30


@pytest.mark.parametrize("name", [n for n in OURS if FAMILIES[n].composable])
def test_composable_families_define_their_number(name: str) -> None:
    """A composed problem says "Let a be <definition>." in plain text and in LaTeX alike."""
    for difficulty in DIFFICULTIES:
        problem = FAMILIES[name].make(difficulty, difficulty)
        assert problem.definition and problem.definition.startswith("the ")
        assert "$" not in problem.definition and "**" not in problem.definition
        assert problem.answer.is_number


def test_a_check_passed_by_a_sympy_truth_is_a_plain_bool():
    """Outcomes are written as JSON: a check that compared with SymPy must still serialise."""
    import json

    import sympy

    from exercises.family import Check

    check = Check("compare", sympy.Eq(sympy.Integer(2), 2))
    assert check.passed is True and json.dumps({"passed": check.passed}) == '{"passed": true}'
