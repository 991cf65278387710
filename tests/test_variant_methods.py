"""A variant has its item's structure, so it is solved the way its item was: the ODE family
records how it solved an equation (``params["solver"]``), a variant's parameters carry the
item's, that method is tried first and alone (in the family and in its solve() program),
and where it does not apply the full search still solves the variant."""

from __future__ import annotations

import json
import random

import pytest
import sympy

import exercises.families  # noqa: F401  (registers the families)
from exercises.family import FAMILIES
from exercises.sandbox import Sandbox
from exercises.verify import make_exercise
from formalize.tasks import FormalTask
from formalize.variants import redraw_characteristic_roots, vary
from syllabus.build import _outcomes, _silent

ODE = FAMILIES["differential_equations.solve_ode"]
SEVERAL = FAMILIES["differential_equations.several"]
X, C1 = sympy.Symbol("x"), sympy.Symbol("C1")
GROWTH = "Derivative(y(x), x) - y(x)"  # y' = y: characteristic roots, or separable for dsolve
OSCILLATOR = "Derivative(y(x), (x, 2)) + y(x)"  # second order: never separable
SEPARABLE = "Derivative(y(x), x) - 2/(y(x) + 3)"  # dsolve's (no direct method applies)


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


# Exercise 2.3.102(c) (diffyqs, page 95): "Find the general solution." of
# y''' - 3y'' + 4y' - 12y = 0; the book: y = C1 e^{3x} + C2 sin(2x) + C3 cos(2x).
CUBIC = "-12*y(x) + 4*Derivative(y(x), x) - 3*Derivative(y(x), (x, 2)) + Derivative(y(x), (x, 3))"


@pytest.mark.parametrize("seed", range(5))
def test_a_constant_coefficient_variant_keeps_its_kinds_of_roots(seed):
    # r^3 - 3r^2 + 4r - 12 = (r - 3)(r^2 + 4): the root 3 and the pair +-2i. Re-drawing the
    # coefficients gave cubics solved only by the cubic formula (seconds each, and an answer
    # with nested radicals); a variant has a new positive rational root and a new pair +-bi
    # (the real part 0 kept), so that it solves by hand as the book's does.
    ode = sympy.sympify(vary(ODE.name, {"ode": CUBIC, "ics": {}}, random.Random(seed))["ode"])
    r, y = sympy.Symbol("r"), sympy.Function("y")(X)
    polynomial = sum(ode.coeff(y.diff(X, k) if k else y) * r**k for k in range(4))
    roots = sympy.roots(polynomial, r)
    real = [root for root in roots if root.is_real]
    pair = [root for root in roots if not root.is_real]
    assert len(real) == 1 and real[0].is_Rational and real[0] > 0, roots
    assert len(pair) == 2 and all(sympy.re(root) == 0 for root in pair), roots
    assert sympy.im(pair[0]).is_Rational and set(roots) != {3, 2 * sympy.I, -2 * sympy.I}
    problem = ODE.pose({"ode": sympy.sstr(ode), "ics": {},
                        "solver": "constant_coefficient_solution"})
    assert problem.params["solver"] == "constant_coefficient_solution"
    assert not problem.answer.has(sympy.Pow(3, sympy.Rational(1, 3)), sympy.sqrt(3))


def test_a_repeated_root_stays_repeated_and_a_zero_root_stays_zero():
    # Exercise 2.3.2 (page 94), y'''' - 5y''' + 6y'' = 0: r^2 (r - 2)(r - 3), so 0 is a double
    # root (y = C1 + C2 x + ...), kept; 2 and 3 become two new distinct positive roots.
    ode = sympy.sympify("6*Derivative(y(x), (x, 2)) - 5*Derivative(y(x), (x, 3)) "
                        "+ Derivative(y(x), (x, 4))")
    new = redraw_characteristic_roots(ode, random.Random(0))
    r, y = sympy.Symbol("r"), sympy.Function("y")(X)
    roots = sympy.roots(sum(new.coeff(y.diff(X, k) if k else y) * r**k for k in range(5)), r)
    assert roots[0] == 2 and len(roots) == 3 and all(k > 0 for k in roots if k), roots
    # Example 2.2.2 (page 86), y'' - 8y' + 16y = 0: (r - 4)^2, a double root, stays one
    double = redraw_characteristic_roots(sympy.sympify(
        "16*y(x) - 8*Derivative(y(x), x) + Derivative(y(x), (x, 2))"), random.Random(0))
    assert list(sympy.roots(sum(double.coeff(y.diff(X, k) if k else y) * r**k
                                for k in range(3)), r).values()) == [2]


@pytest.mark.parametrize("ode", ["-k**2*y(x) + Derivative(y(x), (x, 2))",  # a named constant
                                 "x*y(x) + Derivative(y(x), x)",  # not constant coefficients
                                 "y(x)**2 + Derivative(y(x), x)",  # not linear
                                 "-2*y(x) + Derivative(y(x), (x, 2))"])  # roots +-sqrt(2)
def test_other_equations_are_not_redrawn_by_their_roots(ode):
    assert redraw_characteristic_roots(sympy.sympify(ode), random.Random(0)) is None


def test_a_function_in_two_terms_gets_one_new_argument():
    # Exercise 1.4.102: y' + 2 sin(2x) y = 2 sin(2x), y(pi/2) = 3 (the book: y = 2e^{cos(2x)+1}
    # + 1). Re-drawing each sin(2x) on its own gave y' + a sin(3x) y = b sin(4x), whose
    # integrating factor's integral has no elementary form: the variant ran out its 10 s.
    params = {"ode": "2*y(x)*sin(2*x) - 2*sin(2*x) + Derivative(y(x), x)", "ics": {"y(pi/2)": "3"}}
    for seed in range(5):
        ode = sympy.sympify(vary(ODE.name, params, random.Random(seed))["ode"])
        assert len(ode.atoms(sympy.sin)) == 1, ode
