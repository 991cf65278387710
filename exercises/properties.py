"""Hypothesis property tests over each family's parameters.

The property, for every family: for any seed and difficulty hypothesis draws,
the same seed makes the same problem (no hidden global randomness), the
problem passes all of its independent checks, and its ``solve()`` computes the
verified answer in the sandbox. The same function backs the test
suite (``tests/test_families_property.py``), generation (each exercise records
the test that covers its family and its outcome) and ``syllabus verify``.
Examples are derandomised, so the outcome is reproducible.
"""

from __future__ import annotations

from typing import Any

import sympy
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st

from exercises.family import DIFFICULTIES, Family
from exercises.sandbox import Sandbox
from exercises.timeouts import TimeLimit, time_limit

TEST_ID = "tests/test_families_property.py::test_family_property[{name}]"
EXAMPLES = 8
SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


def property_test(fam: Family, sandbox: Sandbox, max_examples: int = EXAMPLES,
                  budget: float = 10.0) -> dict[str, Any]:
    """Run the family's property test; returns {test, outcome, examples, detail}."""

    @settings(max_examples=max_examples, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck), print_blob=False)
    @given(seed=SEEDS, difficulty=st.sampled_from(DIFFICULTIES))
    def holds(seed: int, difficulty: int) -> None:
        try:
            with time_limit(budget):
                problem = fam.make(seed, difficulty)
                again = fam.make(seed, difficulty)  # global random state has moved on since
                failed = [c for c in fam.verify(problem) if not c.passed]
                expected = sympy.srepr(problem.answer)
        except TimeLimit:
            reject()  # over budget: generation drops it; the property is about what ships
        assert (again.statement, again.answer) == (problem.statement, problem.answer), (
            f"seed {seed}, difficulty {difficulty}: the same seed made a different problem")
        assert not failed, f"seed {seed}, difficulty {difficulty}: " + "; ".join(
            f"{c.method}: {c.detail}" for c in failed)
        run = sandbox.run(problem.code, expected)
        assert run.status == "ok" and run.equal, (
            f"seed {seed}, difficulty {difficulty}: solve() gave {run.status} "
            f"{run.value or run.error!r}")

    result = {"test": TEST_ID.format(name=fam.name), "outcome": "passed",
              "examples": max_examples, "detail": ""}
    try:
        holds()
    except Exception as exc:  # noqa: BLE001 - the failure is the test's outcome
        result.update(outcome="failed", detail=f"{type(exc).__name__}: {exc}"[:1000])
    return result
