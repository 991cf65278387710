"""Composed exercises: a value defined by one family feeds another problem.

"Let a be the greatest common divisor of 84 and 120. Solve a*x + 3 = 0 for x."
The inner problem comes from any family registered ``composable=True`` (its
problems name their answer with ``definition``); the outer template is built
backwards from its own answer. Verification re-makes the inner problem from
the recorded parameters and runs the inner family's own checks, then checks
the outer step independently. The program chains the two: the inner
``solve()`` becomes ``value_a()``, called by the outer ``solve()``.

Importing this module (done by :func:`exercises.generate.registered`, after
all topic modules) registers the composed families.
"""

from __future__ import annotations

import random

import sympy

from exercises.family import FAMILIES, Check, Family, Problem, family
from exercises.kit import program

MAX_INNER_DIFFICULTY = 3  # the composition adds its own difficulty


def _inner_families() -> list[Family]:
    return [FAMILIES[name] for name in sorted(FAMILIES) if FAMILIES[name].composable]


def _inner(rng: random.Random, difficulty: int) -> tuple[Family, int, int, Problem]:
    """Draw an inner family and seed whose answer is a non-zero rational number."""
    candidates = _inner_families()
    if not candidates:
        raise LookupError("no composable family is registered")
    while True:
        fam = rng.choice(candidates)
        seed, level = rng.randrange(2**32), min(difficulty, MAX_INNER_DIFFICULTY)
        problem = fam.make(seed, level)
        if problem.answer.is_Rational and problem.answer != 0 and problem.definition:
            return fam, seed, level, problem


def _chain(inner: Problem, outer_body: str) -> str:
    """The inner program renamed to ``value_a()``, then the outer ``solve()`` that uses it."""
    renamed = inner.code.replace("def solve():", "def value_a():")
    return f"{renamed}\n\n{program(outer_body, 'import sympy')}"


def _verify_inner(p: Problem) -> tuple[Problem, list[Check]]:
    inner_family = FAMILIES[p.params["inner"]]
    inner = inner_family.make(p.params["inner_seed"], p.params["inner_difficulty"])
    checks = [Check(f"inner ({inner_family.name}): {c.method}", c.passed, c.detail)
              for c in inner_family.verify(inner)]
    same = inner.answer == sympy.Rational(p.params["a"])
    checks.append(Check("the inner problem still defines the same a", bool(same)))
    return inner, checks


def _verify_linear(p: Problem) -> list[Check]:
    _, checks = _verify_inner(p)
    a, b, c = sympy.Rational(p.params["a"]), p.params["b"], p.params["c"]
    x = p.answer
    checks.append(Check("substitute x into a*x + b = c", a * x + b == c, f"{a*x + b} vs {c}"))
    return checks


@family("compose.solve_linear_in_value", verify=_verify_linear)
def solve_linear_in_value(rng: random.Random, difficulty: int) -> Problem:
    """Let a be a value defined by another family; solve a*x + b = c."""
    inner_family, seed, level, inner = _inner(rng, difficulty)
    a = inner.answer
    x, b = sympy.Integer(rng.randint(-9, 9)), rng.randint(-20, 20)
    c = int(a * x + b) if (a * x + b).is_Integer else None
    if c is None:  # keep c an integer: choose x as a multiple of a's denominator
        x = sympy.Integer(sympy.fraction(a)[1] * rng.randint(-3, 3))
        c = int(a * x + b)
    statement = f"Let a be {inner.definition}. Solve a*x + {b} = {c} for x.".replace("+ -", "- ")
    sign = "+" if b >= 0 else "-"
    return Problem(
        statement=statement,
        statement_latex=f"Let $a$ be {inner.definition}. Solve $a x {sign} {abs(b)} = {c}$ for $x$.",
        answer=x,
        steps=[*inner.steps, f"So $a = {sympy.latex(a)}$.",
               f"$x = \\frac{{{c} - ({b})}}{{a}} = {sympy.latex(x)}$."],
        code=_chain(inner, f"a = sympy.nsimplify(value_a())\nx = sympy.Symbol('x')\n"
                           f"return sympy.solve(a*x + {b} - {c}, x)[0]"),
        params={"inner": inner_family.name, "inner_seed": seed, "inner_difficulty": level,
                "a": str(a), "b": b, "c": c},
    )


def _verify_polynomial(p: Problem) -> list[Check]:
    _, checks = _verify_inner(p)
    a = sympy.Rational(p.params["a"])
    k, m = p.params["k"], p.params["m"]
    horner = (a + k) * a + m  # a**2 + k*a + m in Horner form
    checks.append(Check("evaluate by Horner's rule", horner == p.answer, f"{horner}"))
    return checks


@family("compose.polynomial_at_value", verify=_verify_polynomial)
def polynomial_at_value(rng: random.Random, difficulty: int) -> Problem:
    """Let a be a value defined by another family; evaluate a quadratic at a."""
    inner_family, seed, level, inner = _inner(rng, difficulty)
    a = inner.answer
    k, m = rng.randint(-9, 9), rng.randint(-20, 20)
    value = a**2 + k * a + m
    poly = f"a**2 + {k}*a + {m}".replace("+ -", "- ")
    return Problem(
        statement=f"Let a be {inner.definition}. What is {poly}?",
        statement_latex=f"Let $a$ be {inner.definition}. Evaluate ${sympy.latex(sympy.sympify(poly))}$.",
        answer=value,
        steps=[*inner.steps, f"So $a = {sympy.latex(a)}$.",
               f"${sympy.latex(a)}^2 + ({k}) \\cdot {sympy.latex(a)} + ({m}) = {sympy.latex(value)}$."],
        code=_chain(inner, f"a = sympy.nsimplify(value_a())\nreturn a**2 + {k}*a + {m}"),
        params={"inner": inner_family.name, "inner_seed": seed, "inner_difficulty": level,
                "a": str(a), "k": k, "m": m},
    )
