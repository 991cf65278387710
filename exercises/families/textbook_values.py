"""Posed families for a book's numbers: evaluate an exact expression, solve a trigonometric equation.

Like the families in :mod:`exercises.families.textbook`, each is built around an
arbitrary expression read from a book ("Find $\\tan^{-1}(\\tan \\pi)$", "Solve
$2\\sin\\theta + 1 = 0$ for $0 \\le \\theta < 2\\pi$"), and its generator draws
expressions of the same kinds, so it also works as an ordinary family.

Verification is independent of SymPy's exact algebra: the value is recomputed
from the *unevaluated* expression in 30-digit mpmath arithmetic; the solutions
of an equation are found again by a sign-change and minimum scan of the
interval, refined numerically, and must be exactly the solutions found.
"""

from __future__ import annotations

import random
from typing import Any

import mpmath
import sympy as sp

from exercises.families.textbook import WORDINGS, X, close, latex, numeric, parse, worded
from exercises.family import Check, Problem, family

SPECIAL_DEGREES = [0, 30, 45, 60, 90, 120, 135, 150, 180, 210, 225, 240, 270, 300, 315, 330]


def _unevaluated(text: str) -> sp.Expr:
    """The expression exactly as written, before SymPy applies any identity or table value."""
    return sp.sympify(text, locals={"x": X, "E": sp.E, "e": sp.E}, evaluate=False)


# ---------------------------------------------------------------- evaluate


def _pose_value(params: dict[str, Any]) -> Problem:
    """``params``: ``expr``, a closed expression (no variable): its exact value, or a decimal."""
    given = _unevaluated(params["expr"])
    if given.free_symbols:
        raise ValueError("the expression has a variable; nothing to evaluate")
    value = parse(params["expr"]).doit()  # a decimal in, a decimal out: 15 digits
    answer = sp.Float(sp.N(value, 15), 15) if value.has(sp.Float) else sp.radsimp(sp.simplify(value))
    if not answer.is_number or not answer.is_finite or answer.has(sp.zoo, sp.nan):
        raise ValueError("the expression has no finite value")
    plain, tex = worded(params, [
        ("Find the exact value of {p}.", "Find the exact value of ${l}$."),
        ("Evaluate {p}.", "Evaluate ${l}$."),
        ("What is {p}?", "What is ${l}$?"),
    ], p=sp.sstr(given), l=latex(given))
    return Problem(
        statement=plain,
        statement_latex=tex,
        answer=answer,
        steps=[f"${latex(given)} = {latex(answer)}$."],
        code=(
            "import sympy\n\n\ndef solve():\n"
            f"    value = sympy.sympify({params['expr']!r}).doit()\n"
            "    if value.has(sympy.Float):\n"
            "        return sympy.Float(sympy.N(value, 15), 15)\n"
            "    return sympy.radsimp(sympy.simplify(value))\n"
        ),
        params=params,
    )


def _verify_value(problem: Problem) -> list[Check]:
    given = _unevaluated(problem.params["expr"])
    with mpmath.workdps(30):
        # Rationals as 30-digit Floats first: lambdify would print 5/13 as a double's division.
        digits = given.xreplace({r: sp.Float(r, 30) for r in given.atoms(sp.Rational)})
        direct = sp.lambdify([], digits, modules="mpmath")()
        claimed = sp.N(problem.answer, 30)
        tolerance = mpmath.mpf("1e-12") if problem.answer.has(sp.Float) else mpmath.mpf("1e-25")
        ok = close(direct, complex(claimed) if not claimed.is_real else claimed, tolerance)
    return [Check("evaluate the unevaluated expression in 30-digit mpmath", ok,
                  f"mpmath {mpmath.nstr(direct, 20)}")]


def _random_value(rng: random.Random, difficulty: int) -> sp.Expr:
    """A sum of special-angle trigonometric values, logs and radicals, unevaluated."""
    def term() -> sp.Expr:
        kind = rng.choice(["trig", "trig", "log", "root"])
        if kind == "trig":
            function = rng.choice([sp.sin, sp.cos, sp.tan])
            angle = sp.Rational(rng.choice([d for d in SPECIAL_DEGREES if d % 90]), 180) * sp.pi
            return rng.randint(1, 2 + difficulty) * function(angle, evaluate=False)
        if kind == "log":
            base = rng.choice([2, 3, 5, 10])
            return sp.log(base ** rng.randint(1, 2 + difficulty), base, evaluate=False)
        return sp.sqrt(rng.choice([4, 9, 12, 18, 25, 27, 50]), evaluate=False)

    return sp.Add(*[term() for _ in range(1 + min(difficulty, 3))], evaluate=False)


@family("arithmetic.evaluate_expression", verify=_verify_value, pose=_pose_value)
def evaluate_expression(rng: random.Random, difficulty: int) -> Problem:
    """The exact value of an expression with special-angle trigonometric values, logs, radicals."""
    return _pose_value({"expr": sp.sstr(_random_value(rng, difficulty)),
                        "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- trigonometric equations


def interval_of(params: dict[str, Any]) -> sp.Interval:
    """The interval an equation is solved on: ``lower``, ``upper`` (default [0, 2 pi)), ``closed``."""
    lower, upper = parse(params.get("lower", "0")), parse(params.get("upper", "2*pi"))
    return sp.Interval(lower, upper, False, not params.get("closed", False))


def _pose_trig_equation(params: dict[str, Any]) -> Problem:
    """``params``: ``lhs``, ``rhs``, optionally ``lower``, ``upper`` (default [0, 2 pi)), ``closed``."""
    lhs, rhs = parse(params["lhs"]), parse(params["rhs"])
    interval = interval_of(params)
    found = sp.solveset(sp.Eq(lhs, rhs), X, interval)
    if found is sp.S.EmptySet:
        found = sp.FiniteSet()
    if not isinstance(found, sp.FiniteSet):
        raise ValueError(f"SymPy gives no finite solution set on {interval}: {found}")  # noqa: TRY004
    answer = found
    if any(r.has(sp.Float) for r in found):  # sin x = -0.682: decimal solutions, 15 digits
        answer = sp.FiniteSet(*[sp.Float(sp.N(r, 15), 15) for r in found])
    eq = f"{latex(lhs)} = {latex(rhs)}"
    upper = "\\le" if params.get("closed") else "<"
    where = f"{latex(interval.start)} \\le x {upper} {latex(interval.end)}"
    plain, tex = worded(params, [
        ("Solve {p} for x in {i}.", "Solve ${e}$ for ${w}$."),
        ("Find all x in {i} such that {p}.", "Find all $x$ with ${w}$ such that ${e}$."),
        ("What are the solutions of {p} in {i}?", "What are the solutions of ${e}$ for ${w}$?"),
    ], p=f"{sp.sstr(lhs)} = {sp.sstr(rhs)}", e=eq, i=sp.sstr(interval), w=where)
    return Problem(
        statement=plain,
        statement_latex=tex,
        answer=answer,
        steps=[
            f"Rewrite ${eq}$ in terms of one trigonometric function and solve for it.",
            f"The solutions with ${where}$ are ${latex(answer)}$." if answer
            else f"There are no solutions with ${where}$.",
        ],
        code=(
            "import sympy\n\n\ndef solve():\n"
            "    x = sympy.Symbol('x')\n"
            f"    lhs = sympy.sympify({params['lhs']!r}, locals={{'x': x}})\n"
            f"    rhs = sympy.sympify({params['rhs']!r}, locals={{'x': x}})\n"
            f"    interval = sympy.sympify({sp.srepr(interval)!r})\n"
            "    found = sympy.FiniteSet(*sympy.solveset(sympy.Eq(lhs, rhs), x, interval))\n"
            "    if any(r.has(sympy.Float) for r in found):\n"
            "        return sympy.FiniteSet(*[sympy.Float(sympy.N(r, 15), 15) for r in found])\n"
            "    return found\n"
        ),
        params=params,
    )


def _numeric_roots(f: Any, lower: mpmath.mpf, upper: mpmath.mpf, steps: int = 1500) -> list[Any]:
    """Roots of ``f`` on [lower, upper]: sign changes and touching minima, refined by findroot."""
    grid = [lower + (upper - lower) * k / steps for k in range(steps + 1)]
    values = [f(t) for t in grid]
    roots = []
    for k in range(steps):
        a, b, fa, fb = grid[k], grid[k + 1], values[k], values[k + 1]
        bracketed = fa == 0 or fa * fb < 0
        touching = 0 < k and abs(fa) <= abs(values[k - 1]) and abs(fa) <= abs(fb) and abs(fa) < 1e-3
        if not (bracketed or touching):
            continue
        try:
            root = mpmath.findroot(f, (a, b), solver="anderson") if bracketed and fa != 0 \
                else mpmath.findroot(f, a, tol=mpmath.mpf("1e-40"))
        except (ValueError, ZeroDivisionError):
            continue
        if lower - 1e-9 <= root <= upper + 1e-9 and abs(f(root)) < 1e-15:
            roots.append(root)
    unique: list[Any] = []
    for root in sorted(roots):
        if not unique or abs(root - unique[-1]) > 1e-8:
            unique.append(root)
    return unique


def _verify_trig_equation(problem: Problem) -> list[Check]:
    p = problem.params
    f_exact = parse(p["lhs"]) - parse(p["rhs"])
    interval = interval_of(p)
    with mpmath.workdps(40):
        f = numeric(f_exact, X)
        lower, upper = sp.N(interval.start, 40), sp.N(interval.end, 40)
        scanned = [r for r in _numeric_roots(f, mpmath.mpf(lower), mpmath.mpf(upper))
                   if p.get("closed") or abs(r - upper) > 1e-9]
        claimed = sorted(mpmath.mpf(sp.N(r, 40)) for r in problem.answer)
        same = len(scanned) == len(claimed) and all(
            abs(a - b) < 1e-8 for a, b in zip(scanned, claimed, strict=True))
        substituted = all(abs(f(r)) < 1e-10 for r in claimed)
    return [
        Check("substitute each solution back (40-digit mpmath)", substituted),
        Check("scan the interval for sign changes and minima, refine with findroot", same,
              f"scan {[mpmath.nstr(r, 10) for r in scanned]}"),
    ]


@family("trigonometry.solve_equation_interval", verify=_verify_trig_equation,
        pose=_pose_trig_equation)
def solve_equation_interval(rng: random.Random, difficulty: int) -> Problem:
    """Solve a linear or quadratic equation in sin x or cos x on [0, 2 pi)."""
    function = rng.choice([sp.sin, sp.cos])
    values = [sp.Rational(1, 2), -sp.Rational(1, 2), sp.sqrt(2) / 2, sp.sqrt(3) / 2, 0, 1, -1]
    a = rng.randint(1, 1 + difficulty)
    if difficulty <= 2:
        v = rng.choice(values)
        lhs, rhs = a * function(X) - a * v, sp.Integer(0)
    else:
        v, w = rng.sample(values, 2)
        lhs, rhs = sp.expand(a * (function(X) - v) * (function(X) - w)), sp.Integer(0)
    return _pose_trig_equation({"lhs": sp.sstr(lhs), "rhs": sp.sstr(rhs),
                                "template": rng.randrange(WORDINGS)})
