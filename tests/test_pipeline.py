"""The verification pipeline for one exercise: checks, code, time budget, drops with reasons."""

from __future__ import annotations

import random
import time

import pytest
import sympy

from exercises.family import Check, Family, Problem
from exercises.generate import registered
from exercises.kit import program
from exercises.sandbox import Sandbox
from exercises.verify import make_exercise, reverify


@pytest.fixture(scope="module")
def sandbox():
    with Sandbox(workers=1) as box:
        yield box


def _family(generate, verify=lambda p: [Check("always", True)]) -> Family:
    """A family object made here, not registered, so the shared registry stays as it is."""
    return Family("test.made_here", "test", generate, verify, "made in a test")


def _problem(answer: int, code_answer: int) -> Problem:
    return Problem(statement=f"What is {answer}?", statement_latex=f"What is ${answer}$?",
                   answer=sympy.Integer(answer), steps=["It is given."],
                   code=program(f"return {code_answer}"), params={"a": answer})


def test_a_verified_exercise_has_every_record_field(sandbox: Sandbox) -> None:
    record = make_exercise(registered()["number_theory.gcd"], 5, 2, sandbox).record
    assert record is not None
    for key in ("id", "family", "topic", "difficulty", "seed", "split", "statement",
                "statement_latex", "steps", "answer", "answer_latex", "answer_text", "code",
                "verification", "provenance"):
        assert key in record
    verification = record["verification"]
    assert verification["checks"] and all(c["passed"] for c in verification["checks"])
    assert verification["code_run"] == {"status": "ok", "equal": True,
                                        "value": record["answer_text"]}
    assert verification["lean"]["status"] == "written, not checked"
    assert set(verification["machine"]) == {"syllabus", "python", "sympy", "platform"}
    assert sympy.srepr(sympy.sympify(record["answer_text"])) == record["answer"]


def test_wrong_code_is_dropped(sandbox: Sandbox) -> None:
    outcome = make_exercise(_family(lambda rng, d: _problem(7, 8)), 0, 1, sandbox)
    assert outcome.record is None and outcome.cause == "code failed"
    assert "'8'" in outcome.detail


def test_failed_check_is_dropped(sandbox: Sandbox) -> None:
    fam = _family(lambda rng, d: _problem(7, 7), lambda p: [Check("recount", False, "got 6")])
    outcome = make_exercise(fam, 0, 1, sandbox)
    assert (outcome.cause, outcome.detail) == ("check failed", "recount: got 6")


def test_generator_errors_are_dropped(sandbox: Sandbox) -> None:
    def broken(rng: random.Random, difficulty: int) -> Problem:
        raise ZeroDivisionError("oops")

    outcome = make_exercise(_family(broken), 0, 1, sandbox)
    assert outcome.cause == "generator error" and "oops" in outcome.detail


def test_a_slow_cas_call_is_cut_at_the_budget(sandbox: Sandbox) -> None:
    def slow(rng: random.Random, difficulty: int) -> Problem:
        x = sympy.Symbol("x")
        sympy.integrate(sympy.exp(sympy.sin(x) ** 7 * sympy.tan(x)) * sympy.log(x) ** 5, x)
        return _problem(1, 1)

    start = time.monotonic()
    outcome = make_exercise(_family(slow), 0, 1, sandbox, budget=0.5)
    assert outcome.cause == "time budget"
    assert time.monotonic() - start < 5


def test_reverify_catches_a_tampered_record(sandbox: Sandbox) -> None:
    record = make_exercise(registered()["arithmetic.add_fractions"], 3, 2, sandbox).record
    assert reverify(record, sandbox) == []
    wrong_answer = {**record, "answer": sympy.srepr(sympy.Rational(1, 7))}
    failures = reverify(wrong_answer, sandbox)
    assert any("differs" in f for f in failures) and any(f.startswith("code") for f in failures)
    wrong_code = {**record, "code": program("return 0")}
    assert any(f.startswith("code") for f in reverify(wrong_code, sandbox))
    assert reverify({**record, "family": "no.such"}, sandbox) == ["unknown family 'no.such'"]
