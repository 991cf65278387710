"""Posed families for one item that asks several questions, each of another posed family:
"How many 5-letter words can you make using the eight letters a through h? How many contain
no repeated letters?", "Solve the following congruences: 1. ... 2. ... 3. ...".

``params``: ``questions`` ([[family, its params], ...], in the item's order). The answer is
the tuple of the answers; each is checked by its own family's verification, and ``solve()``
runs each question's own program in turn. One family per topic, so that a pack files the
item with its subject.
"""

from __future__ import annotations

import dataclasses
import random
from typing import Any

import sympy as sp

from exercises.family import FAMILIES, Check, Problem, family

SEVERAL = ("counting.several", "number_theory.several", "sequences.several", "graphs.several",
           "differential_equations.several")


def _questions(params: dict[str, Any]) -> list[Problem]:
    """Each question's problem, posed by its own family (never one of these)."""
    asked = params["questions"]
    if len(asked) < 2 or any(name in SEVERAL or FAMILIES[name].pose is None for name, _ in asked):
        raise ValueError("two or more questions, each of a posed family")
    return [FAMILIES[name].pose(inner) for name, inner in asked]


# A drawn exercise's opening words (``template``); a book's item has none.
OPENINGS = ["", "Answer each question in turn. ", "Work the parts in order. "]


def _pose_several(params: dict[str, Any]) -> Problem:
    problems = _questions(params)
    labels = [f"({chr(97 + i)})" for i in range(len(problems))]
    opening = OPENINGS[params.get("template", 0) % len(OPENINGS)]
    programs = [p.code.replace("def solve(", f"def solve_{i}(") for i, p in enumerate(problems)]
    calls = ", ".join(f"solve_{i}()" for i in range(len(problems)))
    return Problem(
        statement=opening + " ".join(f"{label} {p.statement}"
                                     for label, p in zip(labels, problems, strict=True)),
        statement_latex=opening + " ".join(f"{label} {p.statement_latex}"
                                           for label, p in zip(labels, problems, strict=True)),
        answer=sp.Tuple(*[p.answer for p in problems]),
        steps=[f"{label} {step}" for label, p in zip(labels, problems, strict=True)
               for step in p.steps],
        code="import sympy\n\n\n" + "\n\n".join(programs)
             + f"\n\ndef solve():\n    return sympy.Tuple({calls})\n",
        # each question's parameters as its problem recorded them (with how it was solved,
        # which a variant of the item tries first)
        params={**params, "questions": [[name, p.params]
                                         for (name, _), p in zip(params["questions"], problems)]},
        parts=problems,
    )


def _verify_several(problem: Problem) -> list[Check]:
    """Each answer (taken from the tuple) through its own family's checks."""
    asked = problem.params["questions"]
    if not isinstance(problem.answer, sp.Tuple) or len(problem.answer) != len(asked):
        return [Check("one answer per question", False, str(problem.answer))]
    checks = []
    for i, ((name, _), inner, answer) in enumerate(zip(asked, problem.parts, problem.answer,
                                                       strict=True)):
        given = dataclasses.replace(inner, answer=answer)
        checks += [Check(f"({chr(97 + i)}) {c.method}", c.passed, c.detail)
                   for c in FAMILIES[name].verify(given)]
    return checks


@family("counting.several", verify=_verify_several, pose=_pose_several)
def several_counts(rng: random.Random, difficulty: int) -> Problem:
    """Words of a length from an alphabet, with and without repeated letters: two counts."""
    n, k = rng.randint(5, 26), rng.randint(2, 3 + difficulty)
    return _pose_several({"questions": [
        ["counting.selections", {"n": n, "k": k, "ordered": True, "repetition": True}],
        ["counting.selections", {"n": n, "k": min(k, n), "ordered": True, "repetition": False}]]})


@family("number_theory.several", verify=_verify_several, pose=_pose_several)
def several_congruences(rng: random.Random, difficulty: int) -> Problem:
    """Two or three linear congruences to solve (some with no solution)."""
    questions = []
    for _ in range(2 + (difficulty >= 3)):
        modulus = rng.randint(5, 10 + 5 * difficulty)
        questions.append(["number_theory.solve_congruence", {
            "lhs": f"{rng.randint(2, modulus - 1)}*x + {rng.randint(0, modulus - 1)}",
            "rhs": str(rng.randint(0, modulus - 1)), "modulus": modulus}])
    return _pose_several({"questions": questions})


@family("sequences.several", verify=_verify_several, pose=_pose_several)
def several_sequences(rng: random.Random, difficulty: int) -> Problem:
    """Closed formulas for two or three sequences given by their first terms."""
    questions = []
    for _ in range(2 + (difficulty >= 3)):
        a, b = rng.randint(1, 3 + difficulty), rng.randint(-5, 5)
        square = rng.random() < 0.5
        terms = [str(a * n * n + b if square else a * 2**n + b) for n in range(6)]
        questions.append(["sequences.listed_sequence", {"terms": terms, "start": 0,
                                                        "want": "closed"}])
    return _pose_several({"questions": questions})


@family("graphs.several", verify=_verify_several, pose=_pose_several)
def several_graph_counts(rng: random.Random, difficulty: int) -> Problem:
    """Edges, degree and vertices of graphs whose vertices all have one degree."""
    v, d = 2 * rng.randint(3, 4 + difficulty), rng.randint(2, 5)
    return _pose_several({"questions": [
        ["graphs.graph_counts", {"kind": "regular_edges", "v": str(v), "d": str(d)}],
        ["graphs.graph_counts", {"kind": "regular_degree", "v": str(v), "e": str(v * d // 2)}],
        ["graphs.graph_counts", {"kind": "regular_vertices", "d": str(d), "e": str(v * d // 2)}]]})


@family("differential_equations.several", verify=_verify_several, pose=_pose_several)
def several_phase_line(rng: random.Random, difficulty: int) -> Problem:
    """An autonomous equation x' = (x - a)(x - b): its critical points, then lim x(t) from x(0)."""
    a, b = sorted(rng.sample(range(-4, 5), 2))
    side = sp.sstr(sp.expand((sp.Symbol("x") - a) * (sp.Symbol("x") - b)))
    start = rng.choice([a - 1, b + 1, sp.Rational(a + b, 2)] if difficulty > 1 else [a - 1])
    return _pose_several({"questions": [
        ["differential_equations.critical_points", {"names": ["x"], "sides": [side]}],
        ["differential_equations.long_time_limit", {"f": side, "x0": sp.sstr(start)}]],
        "template": rng.randrange(len(OPENINGS))})
