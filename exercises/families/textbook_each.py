"""Posed family for one question asked of several named objects: "Compute the determinant of
each matrix: Archetype A, Archetype B, Archetype F".

``params``: ``family`` (the posed family that asks the question of one object),
``items`` (its parameters for each object) and ``names`` (how the book names them).
The answer is the tuple of the inner answers, in the book's order; each inner problem
is verified by its own family's checks, and the ``solve()`` program runs each inner
program in turn.
"""

from __future__ import annotations

import dataclasses
import random
from typing import Any

import sympy as sp

from exercises.family import FAMILIES, Check, Problem, family


def _inner(params: dict[str, Any]) -> list[Problem]:
    posed = FAMILIES[params["family"]]
    if posed.pose is None or params["family"] == "linear_algebra.each":
        raise ValueError(f"{params['family']} cannot be asked of each object")
    if len(params["items"]) != len(params["names"]) or len(params["items"]) < 2:
        raise ValueError("one parameter set per named object, at least two")
    return [posed.pose(p) for p in params["items"]]


EACH_WORDINGS = ["For each of {n}: ", "Answer for each of {n} in turn: ", "Take {n} one by one: "]


def _pose_each(params: dict[str, Any]) -> Problem:
    problems = _inner(params)
    names = params["names"]
    opening = EACH_WORDINGS[params.get("template", 0) % len(EACH_WORDINGS)].format(
        n=", ".join(names))
    answer = sp.Tuple(*[p.answer for p in problems])
    programs = [p.code.replace("def solve(", f"def solve_{i}(") for i, p in enumerate(problems)]
    calls = ", ".join(f"solve_{i}()" for i in range(len(problems)))
    return Problem(
        statement=opening + " ".join(f"({n}) {p.statement}"
                                     for n, p in zip(names, problems, strict=True)),
        statement_latex=opening + " ".join(f"({n}) {p.statement_latex}"
                                           for n, p in zip(names, problems, strict=True)),
        answer=answer,
        steps=[f"{n}: {step}" for n, p in zip(names, problems, strict=True) for step in p.steps],
        code="import sympy\n\n\n" + "\n\n".join(programs)
             + f"\n\ndef solve():\n    return sympy.Tuple({calls})\n",
        params=params,
        answer_text="; ".join(f"{n}: {p.answer_text or sp.sstr(p.answer)}"
                              for n, p in zip(names, problems, strict=True)),
        parts=problems,
    )


def _verify_each(problem: Problem) -> list[Check]:
    """Each object's answer (taken from the tuple) through its own family's checks."""
    params = problem.params
    checks = []
    if not isinstance(problem.answer, sp.Tuple) or len(problem.answer) != len(params["items"]):
        return [Check("one answer per named object", False, str(problem.answer))]
    for name, inner, answer in zip(params["names"], problem.parts, problem.answer, strict=True):
        given = dataclasses.replace(inner, answer=answer)
        checks += [Check(f"{name}: {c.method}", c.passed, c.detail)
                   for c in FAMILIES[params["family"]].verify(given)]
    return checks


@family("linear_algebra.each", verify=_verify_each, pose=_pose_each)
def each(rng: random.Random, difficulty: int) -> Problem:
    """The same question (a determinant, a null space, ...) asked of two or three matrices."""
    count = 2 + (difficulty >= 3)
    inner = [FAMILIES["linear_algebra.matrix_operation"].make(rng.randrange(10**6), difficulty)
             for _ in range(count)]
    op = inner[0].params["op"]
    items = [{**p.params, "op": op} for p in inner]
    valid = []
    for params in items:  # the drawn operation may not apply to another drawn matrix
        try:
            FAMILIES["linear_algebra.matrix_operation"].pose(params)
            valid.append(params)
        except ValueError:
            continue
    if len(valid) < 2:
        valid = [inner[0].params, {**inner[0].params, "template": 1}]
    return _pose_each({"family": "linear_algebra.matrix_operation", "items": valid,
                       "names": [f"matrix {chr(65 + i)}" for i in range(len(valid))],
                       "template": rng.randrange(len(EACH_WORDINGS))})
