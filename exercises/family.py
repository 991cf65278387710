"""What an exercise family is, and the registry that names them.

A family is a small generator function, registered by name with
:func:`family`, that turns a random source and a difficulty into one
:class:`Problem`: the statement, a worked solution, the answer as a SymPy
object, a ``solve()`` program, and the parameters it drew. Each family also
names a *second, independent* way to check its answer (differentiate the
antiderivative, substitute the roots back, multiply by the inverse, count by
brute force ...): :attr:`Family.verify` returns :class:`Check` records, and an
exercise whose checks do not all pass is never shipped.

Difficulty runs from 1 (easiest) to 5, the entropy knob of DeepMind's
mathematics_dataset made discrete: more digits, more terms, higher degrees.

Some families can also be *posed* from given parameters (:attr:`Family.pose`):
the formalize stage reads a book's own exercise ("Differentiate $x e^x$") into
such a family's parameters, and variants of it re-draw those parameters. A posed
exercise is re-verified from its parameters, a drawn one from its seed.

Families live one module per topic under :mod:`exercises.families`; importing
:mod:`exercises.families` imports them all and so fills :data:`FAMILIES`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

DIFFICULTIES = (1, 2, 3, 4, 5)


@dataclass
class Check:
    """The outcome of one independent verification method."""

    method: str  # what was done, e.g. "differentiate the antiderivative and compare"
    passed: bool
    detail: str = ""  # why it failed, or what was compared

    def __post_init__(self) -> None:
        # a SymPy comparison gives sympy.true, which JSON cannot write: one plain bool here
        self.passed = bool(self.passed)


@dataclass
class Problem:
    """One generated problem, before the engine verifies and packages it."""

    statement: str  # plain text, e.g. "Find the derivative of x**2*sin(x) with respect to x."
    statement_latex: str  # the same with $...$ math, e.g. "Find $\\frac{d}{dx} x^{2} \\sin x$."
    answer: Any  # a SymPy object: Expr, Integer, Rational, FiniteSet, Matrix, Tuple, Boolean ...
    steps: list[str]  # the worked solution, one step per string, math as $...$
    code: str  # Python source defining ``solve()`` that returns ``answer`` (stdlib or sympy)
    params: dict[str, Any]  # the drawn parameters, JSON-serialisable (ints, strs, lists)
    answer_text: str | None = None  # plain-text answer when str(answer) reads badly
    lean: str | None = None  # Lean 4 (core, no Mathlib) theorem and proof, when the claim fits
    # Values other families may reuse when composing ("Let a be ..."): name -> SymPy number.
    exports: dict[str, Any] = field(default_factory=dict)
    # The answer as a noun phrase, so a composed problem can say "Let a be <definition>.":
    # e.g. "the greatest common divisor of 84 and 120". None when the answer is not a number.
    definition: str | None = None
    # The problems of the questions one item asks together, each posed by its own family:
    # the item's verifier runs their families' checks on them (posing each again would
    # double the cost of an item of several differential equations).
    parts: list[Problem] = field(default_factory=list)


Generator = Callable[[random.Random, int], Problem]
Verifier = Callable[[Problem], list[Check]]
Poser = Callable[[dict[str, Any]], Problem]


@dataclass(frozen=True)
class Family:
    """A registered family: a generator and its independent verifier."""

    name: str  # dotted, topic first: "calculus.derivative_product"
    topic: str  # the module's topic: "calculus", "algebra", ...
    generate: Generator
    verify: Verifier
    description: str  # first line of the generator's docstring
    pose: Poser | None = None  # build the problem from given parameters (book items, variants)
    # Its problems set ``definition`` and have a number as answer, so compositions may use them.
    composable: bool = False

    def make(self, seed: int, difficulty: int) -> Problem:
        """The problem for ``(seed, difficulty)``: same inputs, same problem, on any machine."""
        rng = random.Random(f"{self.name}:{seed}:{difficulty}")
        return self.generate(rng, difficulty)


FAMILIES: dict[str, Family] = {}


def family(name: str, verify: Verifier, pose: Poser | None = None, composable: bool = False
           ) -> Callable[[Generator], Generator]:
    """Register the decorated generator as family ``name``, checked by ``verify``.

    ``pose``, when given, builds the same kind of problem from explicit parameters.
    ``composable`` declares that every problem sets ``definition`` and has a
    number as its answer, so :mod:`exercises.compose` may build on it.
    """

    def register(generate: Generator) -> Generator:
        if name in FAMILIES:
            raise ValueError(f"family {name!r} is registered twice")
        topic = name.split(".", 1)[0]
        doc = (generate.__doc__ or "").strip().splitlines()
        FAMILIES[name] = Family(name, topic, generate, verify, doc[0] if doc else name,
                                pose, composable)
        return generate

    return register


def phrase(rng: random.Random, templates: list[str], **values: Any) -> str:
    """Pick one of several phrasings ("Find ...", "Compute ...", "What is ...") and fill it in."""
    return rng.choice(templates).format(**values)
