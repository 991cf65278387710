"""What the ODE family spends on an equation: a method that its solve() program could not
repeat inside the sandbox's CPU limit is stopped at that limit, not run to the whole budget."""

from __future__ import annotations

import exercises.families  # noqa: F401  (registers the families)
from exercises.family import FAMILIES
from exercises.sandbox import PROGRAM_SECONDS
from exercises.verify import Checked, check

ODE = FAMILIES["differential_equations.solve_ode"]


def test_a_dsolve_longer_than_a_program_may_run_stops_at_the_sandbox_limit() -> None:
    # diffyqs exercise 1.3.103, y' = 1/(3y^2 + 1), y(0) = 1: its solution is implicit
    # (y^3 + y = x + 2); dsolve hunts for an explicit one well past any budget.
    made = check(ODE, 0, 2, budget=6 * PROGRAM_SECONDS,
                 params={"ode": "Derivative(y(x), x) - 1/(3*y(x)**2 + 1)", "ics": {"y(0)": "1"}})
    assert not isinstance(made, Checked)
    assert made.cause == "generator error", made.detail
    assert "dsolve ran over" in made.detail
