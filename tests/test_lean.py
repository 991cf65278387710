"""Lean statements are written from the problem's own numbers; without Lean they say so."""

from __future__ import annotations

import json
import re

from exercises import lean
from exercises.generate import registered


def test_statement_and_problem_share_their_numbers() -> None:
    families = registered()
    for name in ("number_theory.gcd", "number_theory.lcm", "number_theory.remainder",
                 "number_theory.modular_power", "number_theory.modular_inverse"):
        for seed in range(5):
            problem = families[name].make(seed, 3)
            statement_numbers = set(re.findall(r"\d+", problem.statement))
            lean_numbers = set(re.findall(r"\d+", problem.lean.split(":", 1)[1]))
            assert statement_numbers <= lean_numbers, (problem.statement, problem.lean)
            assert str(problem.answer) in lean_numbers


def test_writer_format() -> None:
    text = lean.theorem("gcd_12_18", "Nat.gcd 12 18 = 6")
    assert text == "theorem gcd_12_18 : Nat.gcd 12 18 = 6 := by decide\n"
    assert lean.theorem("x-1", "True", "trivial").startswith("theorem x_1 :")
    assert lean.theorem_names(text + lean.theorem("b", "True")) == ["gcd_12_18", "b"]


def test_the_status_says_whether_lean_checked_it() -> None:
    record = lean.check(lean.theorem("t", "(2 : Nat) + 2 = 4"))
    if lean.lean_version() is None:  # CI and this project's machines: no Lean toolchain
        assert record["status"] == lean.WRITTEN == "written, not checked"
        assert record["axioms"] is None and "lean --version" in record["checker"]
    else:
        assert record["status"] == lean.VERIFIED and record["axioms"] is not None
    assert lean.check(None) is None


def test_sorry_is_refused_before_any_checker() -> None:
    record = lean.check("theorem t : 1 = 2 := by sorry\n")
    assert record["status"] == lean.FAILED


def test_json_messages_and_axioms_are_parsed() -> None:
    lines = [json.dumps({"severity": "information", "pos": {"line": 3, "column": 0},
                         "data": "'t' depends on axioms: [propext, Quot.sound]"}),
             "not json", json.dumps({"severity": "information",
                                     "data": "'u' does not depend on any axioms"})]
    messages = lean.parse_messages("\n".join(lines))
    assert len(messages) == 2
    assert lean.axioms_from(messages) == ["Quot.sound", "propext"]
