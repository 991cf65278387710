"""What the ODE family spends on an equation: a method that its solve() program could not
repeat inside the sandbox's CPU limit is stopped at that limit, not run to the whole budget."""

from __future__ import annotations

import exercises.families  # noqa: F401  (registers the families)
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
