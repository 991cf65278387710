"""What the ODE family spends on an equation: a method that its solve() program could not
repeat inside the sandbox's CPU limit is stopped at that limit, not run to the whole budget."""

from __future__ import annotations

import sympy as sp

import exercises.families  # noqa: F401  (registers the families)
from exercises.families.textbook import X
from exercises.families.textbook_odes import Y, _dsolve, _hints
from exercises.family import FAMILIES
from exercises.sandbox import PROGRAM_SECONDS
from exercises.verify import Checked, check

ODE = FAMILIES["differential_equations.solve_ode"]


def test_a_dsolve_longer_than_a_program_may_run_stops_at_the_sandbox_limit() -> None:
    # diffyqs exercise 1.5.104, 2y y' = 2x + e^(y^2 - x^2): neither separable nor exact as
    # written, so no implicit solution either; dsolve hunts for one well past any budget.
    made = check(ODE, 0, 2, budget=6 * PROGRAM_SECONDS,
                 params={"ode": "-2*x + 2*y(x)*Derivative(y(x), x) - exp(-x**2 + y(x)**2)"})
    assert not isinstance(made, Checked)
    assert made.cause == "generator error", made.detail
    assert f"within {PROGRAM_SECONDS:g} CPU-s" in made.detail


def test_dsolve_goes_straight_to_the_method_factorable_would_reach() -> None:
    # diffyqs exercise 2.5.2, y'' - y' - 6y = e^{2x}: "factorable" is dsolve's default only
    # because it can be solved for y''; the variants and the program name the linear method
    # that solves it (and fall back on factorable). y' (y - x) = 0 really factors.
    y, x = Y(X), X
    linear = y.diff(x, 2) - y.diff(x) - 6 * y - sp.exp(2 * x)
    assert _hints(linear, {}) == ["nth_linear_constant_coeff_undetermined_coefficients",
                                  "factorable"]
    answer, method = _dsolve(linear, {})
    assert method == "dsolve:nth_linear_constant_coeff_undetermined_coefficients"
    assert sp.simplify(linear.subs(y, answer).doit()) == 0
    assert _hints((y - x) * y.diff(x), {}) == ["factorable"]
