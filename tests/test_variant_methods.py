"""A variant has its item's structure, so it is solved the way its item was: the ODE family
records how it solved an equation (``params["solver"]``), a variant's parameters carry the
item's, that method is tried first and alone (in the family and in its solve() program),
and where it does not apply the full search still solves the variant."""

from __future__ import annotations

import json

import pytest
import sympy

import exercises.families  # noqa: F401  (registers the families)
from exercises.family import FAMILIES
from exercises.sandbox import Sandbox
from exercises.verify import make_exercise
from formalize.tasks import FormalTask
from syllabus.build import _outcomes, _silent

ODE = FAMILIES["differential_equations.solve_ode"]
SEVERAL = FAMILIES["differential_equations.several"]
X, C1 = sympy.Symbol("x"), sympy.Symbol("C1")
GROWTH = "Derivative(y(x), x) - y(x)"  # y' = y: characteristic roots, or separable for dsolve
OSCILLATOR = "Derivative(y(x), (x, 2)) + y(x)"  # second order: never separable
SEPARABLE = "Derivative(y(x), x) - 2/(y(x) + 3)"  # dsolve's (no direct method applies)


@pytest.fixture(scope="module")
def sandbox():
    with Sandbox() as box:
        yield box


def _shipped(params: dict, sandbox: Sandbox) -> dict:
    """The record of the problem posed from ``params``: its checks passed and its solve()
    program computed the same answer in the sandbox."""
    outcome = make_exercise(ODE, 0, 1, sandbox, params=params)
    assert outcome.record is not None, (outcome.cause, outcome.detail)
    return outcome.record


def test_an_item_records_the_method_that_solved_it(sandbox):
    assert ODE.pose({"ode": GROWTH}).params["solver"] == "constant_coefficient_solution"
    record = _shipped({"ode": SEPARABLE, "ics": {"y(0)": "0"}}, sandbox)
    assert json.loads(record["params"])["solver"] == "dsolve:separable"
    assert "hint='separable'" in record["code"]  # the program repeats that method, alone


def test_a_variant_is_solved_by_its_items_method_first(sandbox):
    # The default search takes the characteristic roots for y' = y; an item that dsolve solved
    # as separable hands that hint on, and the variant is solved with it.
    record = _shipped({"ode": GROWTH, "solver": "dsolve:separable"}, sandbox)
    assert json.loads(record["params"])["solver"] == "dsolve:separable"
    assert "hint='separable'" in record["code"]
    assert "constant_coefficient_solution(ode" not in record["code"]
    answer = ODE.pose({"ode": GROWTH, "solver": "dsolve:separable"}).answer
    assert sympy.simplify(answer.subs(C1, 1) - sympy.exp(X)) == 0


@pytest.mark.parametrize("ode, method, found", [
    (OSCILLATOR, "dsolve:separable", "constant_coefficient_solution"),  # the hint does not match
    (SEPARABLE, "constant_coefficient_solution", "dsolve:separable"),  # nor the direct method
    (SEPARABLE, "bernoulli_solution", "dsolve:separable"),
    (GROWTH, "no_such_method", "constant_coefficient_solution"),
])
def test_a_variant_its_items_method_cannot_solve_is_solved_by_the_full_search(
        sandbox, ode, method, found):
    params = {"ode": ode, "ics": {"y(0)": "0"} if ode == SEPARABLE else {}, "solver": method}
    record = _shipped(params, sandbox)
    assert json.loads(record["params"])["solver"] == found


def test_the_build_draws_variants_with_their_items_method(tmp_path):
    task = FormalTask("item", "Exercise 1", 1, "Solve $y' = 2/(y+3)$, $y(0) = 0$.",
                      ODE.name, {"ode": SEPARABLE, "ics": {"y(0)": "0"}})
    outcomes = _outcomes([task], 3, 0, 1, tmp_path / "outcomes.jsonl", _silent)
    records = [outcomes[f"item/v{v}"]["record"] for v in range(4)]
    assert all(r is not None for r in records), [outcomes[f"item/v{v}"] for v in range(4)]
    params = [json.loads(r["params"]) for r in records]
    assert {p["solver"] for p in params} == {"dsolve:separable"}
    assert len({p["ode"] + json.dumps(p["ics"]) for p in params}) == 4  # new equations


def test_several_questions_record_their_methods_and_are_checked_as_posed():
    params = {"questions": [[ODE.name, {"ode": GROWTH}],
                            [ODE.name, {"ode": SEPARABLE, "ics": {"y(0)": "0"}}]]}
    problem = SEVERAL.pose(params)
    assert [q["solver"] for _, q in problem.params["questions"]] == [
        "constant_coefficient_solution", "dsolve:separable"]
    assert all(c.passed for c in SEVERAL.verify(problem))
    swapped = sympy.Tuple(*reversed(problem.answer))
    problem.answer = swapped  # each answer is still checked against its own question
    assert not all(c.passed for c in SEVERAL.verify(problem))
