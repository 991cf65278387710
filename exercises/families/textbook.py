"""Families that pose a textbook's own expressions: differentiate, integrate, take a limit, solve ...

Unlike the drawn families beside them, each of these is built around an
arbitrary expression, so the formalize stage can read a book's exercise
("Differentiate $f(x) = x e^x$") into its parameters with :attr:`Family.pose`,
and variants re-draw the expression's constants. Their generators draw a random
expression of the same shapes books use, so they also work as ordinary families.

Each verifier uses a method other than the one that found the answer: numeric
differentiation, differentiating an antiderivative, numeric quadrature, numeric
approach to a limit, substituting roots back, exact evaluation at random rationals.
"""

from __future__ import annotations

import inspect
import random
from typing import Any

import mpmath
import sympy as sp

from exercises.families._sympy_kit import close
from exercises.families._sympy_kit import mp_function as numeric
from exercises.family import Check, Problem, family

X = sp.Symbol("x")


# ---------------------------------------------------------------- shared pieces


def parse(text: str) -> sp.Expr:
    """Read an expression stored in a problem's parameters (written with ``str``)."""
    return sp.sympify(text, locals={"x": X, "E": sp.E, "e": sp.E})


def latex(expr: Any) -> str:
    return sp.latex(expr)


def integrand(expr: sp.Expr) -> str:
    """An integrand's LaTeX, in parentheses when it is a sum (\\int (x + 1)\\,dx)."""
    return f"\\left({latex(expr)}\\right)" if expr.is_Add else latex(expr)


def sample_points(rng: random.Random, count: int = 3) -> list[mpmath.mpf]:
    """Points in (0.3, 2.3): positive, away from 0 and from the usual singular points."""
    return [mpmath.mpf(rng.randint(300, 2300)) / 1000 for _ in range(count)]


def solve_code(body: str, expr: str, var: str = "x") -> str:
    """The ``solve()`` program shared by these families: parse the expression, apply ``body``."""
    return (
        "import sympy\n\n\n"
        "def solve():\n"
        f"    {var} = sympy.Symbol({var!r})\n"
        f"    f = sympy.sympify({expr!r}, locals={{{var!r}: {var}}})\n"
        f"    return {body}\n"
    )


def program(functions: list[Any], call: str) -> str:
    """A ``solve()`` program: the pure solvers' own source, then ``return call``: the program
    repeats the family's method, so its output is checked against the same answer."""
    sources = "\n\n".join(inspect.getsource(f) for f in functions)
    return f"import sympy\n\n\n{sources}\n\n\ndef solve():\n    return {call}\n"


def random_function(rng: random.Random, difficulty: int) -> sp.Expr:
    """A sum of terms of the kinds textbook calculus uses, more and harder with difficulty."""

    def coefficient() -> int:
        return rng.choice([-1, 1]) * rng.randint(1, 2 + 2 * difficulty)

    def term() -> sp.Expr:
        kinds = ["power", "power", "sin", "cos", "exp"]
        if difficulty >= 3:
            kinds += ["product", "chain"]
        kind = rng.choice(kinds)
        a, n = coefficient(), rng.randint(1, 1 + difficulty)
        inner = rng.randint(1, 3) * X
        if kind == "power":
            return a * X**n
        if kind == "sin":
            return a * sp.sin(inner)
        if kind == "cos":
            return a * sp.cos(inner)
        if kind == "exp":
            return a * sp.exp(inner)
        if kind == "product":
            return a * X**n * rng.choice([sp.sin, sp.cos, sp.exp])(X)
        return a * rng.choice([sp.sin, sp.cos])(X**2 + rng.randint(1, 3))

    return sp.Add(*[term() for _ in range(1 + min(difficulty, 3))])


def worded(params: dict[str, Any], wordings: list[tuple[str, str]], **values: Any) -> tuple[str, str]:
    """The plain and LaTeX statement in the wording ``params["template"]`` picks (0 for book items)."""
    plain, tex = wordings[params.get("template", 0) % len(wordings)]
    return plain.format(**values), tex.format(**values)


WORDINGS = 3  # generators draw ``template`` from range(WORDINGS)


def terms(expr: sp.Expr) -> list[sp.Expr]:
    return list(sp.Add.make_args(sp.expand(expr)))


# ---------------------------------------------------------------- derivative


def _pose_derivative(params: dict[str, Any]) -> Problem:
    """``params``: ``expr``, optionally ``point`` (then the answer is the derivative's value there)."""
    f = parse(params["expr"])
    derivative = sp.diff(f, X)
    steps = [
        f"The derivative of ${latex(t)}$ is ${latex(sp.diff(t, X))}$." for t in terms(f)
    ] + [f"Adding the terms, $f'(x) = {latex(derivative)}$."]
    if "point" in params:
        point = parse(params["point"])
        answer = derivative.subs(X, point)
        steps.append(f"At $x = {latex(point)}$: $f'({latex(point)}) = {latex(answer)}$.")
        return Problem(
            statement=f"Let f(x) = {sp.sstr(f)}. Find f'({point}).",
            statement_latex=f"Let $f(x) = {latex(f)}$. Find $f'({latex(point)})$.",
            answer=answer,
            steps=steps,
            code=solve_code(f"sympy.diff(f, x).subs(x, sympy.sympify({params['point']!r}))", params["expr"]),
            params=params,
        )
    plain, tex = worded(params, [
        ("Differentiate f(x) = {p} with respect to x.", "Differentiate $f(x) = {l}$ with respect to $x$."),
        ("Find the derivative of {p}.", "Find the derivative of ${l}$."),
        ("Let f(x) = {p}. What is f'(x)?", "Let $f(x) = {l}$. What is $f'(x)$?"),
    ], p=sp.sstr(f), l=latex(f))
    return Problem(
        statement=plain,
        statement_latex=tex,
        answer=derivative,
        steps=steps,
        code=solve_code("sympy.diff(f, x)", params["expr"]),
        params=params,
    )


def _verify_derivative(problem: Problem) -> list[Check]:
    f, answer = parse(problem.params["expr"]), problem.answer
    fn = numeric(f, X)
    if "point" in problem.params:
        point = sp.N(parse(problem.params["point"]), 30)
        ok = close(mpmath.diff(fn, point), sp.N(answer, 30), mpmath.mpf("1e-10"))
        return [Check("numeric derivative (mpmath) at the point", ok)]
    rng = random.Random(problem.params["expr"])
    dn = numeric(answer, X)
    points = sample_points(rng)
    ok = all(close(mpmath.diff(fn, p), dn(p), mpmath.mpf("1e-10")) for p in points)
    return [Check("numeric derivative (mpmath) at 3 random points", ok, f"points {points}")]


@family("calculus.differentiate_expression", verify=_verify_derivative, pose=_pose_derivative)
def differentiate_expression(rng: random.Random, difficulty: int) -> Problem:
    """Differentiate a sum of polynomial, trigonometric and exponential terms."""
    f = random_function(rng, difficulty)
    return _pose_derivative({"expr": sp.sstr(f), "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- antiderivative


def _pose_antiderivative(params: dict[str, Any]) -> Problem:
    f = parse(params["expr"])
    answer = sp.integrate(f, X)
    if answer.has(sp.Integral):
        raise ValueError("no elementary antiderivative")
    steps = [
        f"An antiderivative of ${latex(t)}$ is ${latex(sp.integrate(t, X))}$." for t in terms(f)
    ] + [f"So $\\int {integrand(f)}\\,dx = {latex(answer)} + C$."]
    plain, tex = worded(params, [
        ("Find an antiderivative of {p} (up to a constant).", "Find $\\int {l}\\,dx$ (up to a constant)."),
        ("Integrate {p} with respect to x.", "Integrate ${l}$ with respect to $x$ (omit the constant)."),
        ("What is the indefinite integral of {p}?", "What is $\\int {l}\\,dx$, up to a constant?"),
    ], p=sp.sstr(f), l=integrand(f))
    return Problem(
        statement=plain,
        statement_latex=tex,
        answer=answer,
        answer_text=f"{sp.sstr(answer)} + C",
        steps=steps,
        code=solve_code("sympy.integrate(f, x)", params["expr"]),
        params=params,
    )


def _verify_antiderivative(problem: Problem) -> list[Check]:
    f = parse(problem.params["expr"])
    rng = random.Random(problem.params["expr"])
    big_f, fn = numeric(problem.answer, X), numeric(f, X)
    points = sample_points(rng)
    ok = all(close(mpmath.diff(big_f, p), fn(p), mpmath.mpf("1e-10")) for p in points)
    return [Check("differentiate the antiderivative numerically and compare", ok, f"{points}")]


@family("calculus.integrate_expression", verify=_verify_antiderivative, pose=_pose_antiderivative)
def integrate_expression(rng: random.Random, difficulty: int) -> Problem:
    """Find an antiderivative of a sum of elementary terms."""
    f = random_function(rng, min(difficulty, 2))
    return _pose_antiderivative({"expr": sp.sstr(f), "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- definite integral


def _pose_definite(params: dict[str, Any]) -> Problem:
    f, a, b = parse(params["expr"]), parse(params["lower"]), parse(params["upper"])
    antiderivative = sp.integrate(f, X)
    if antiderivative.has(sp.Integral):
        raise ValueError("no elementary antiderivative")
    answer = sp.expand(antiderivative.subs(X, b) - antiderivative.subs(X, a))
    integral = f"\\int_{{{latex(a)}}}^{{{latex(b)}}} {integrand(f)}\\,dx"
    plain, tex = worded(params, [
        ("Evaluate the integral of {p} from x = {a} to x = {b}.", "Evaluate ${i}$."),
        ("Compute the definite integral of {p} over [{a}, {b}].", "Compute ${i}$."),
        ("What is the integral of {p} from {a} to {b}?", "What is ${i}$?"),
    ], p=sp.sstr(f), a=a, b=b, i=integral)
    return Problem(
        statement=plain,
        statement_latex=tex,
        answer=answer,
        steps=[
            f"An antiderivative is $F(x) = {latex(antiderivative)}$.",
            f"By the fundamental theorem, ${integral} = F({latex(b)}) - F({latex(a)}) = {latex(answer)}$.",
        ],
        code=solve_code(
            f"sympy.integrate(f, (x, sympy.sympify({params['lower']!r}), sympy.sympify({params['upper']!r})))",
            params["expr"],
        ),
        params=params,
    )


def _verify_definite(problem: Problem) -> list[Check]:
    p = problem.params
    f, a, b = parse(p["expr"]), parse(p["lower"]), parse(p["upper"])
    quad = mpmath.quad(numeric(f, X), [sp.N(a, 30), sp.N(b, 30)])
    ok = close(quad, sp.N(problem.answer, 30), mpmath.mpf("1e-10"))
    return [Check("numeric quadrature (mpmath.quad)", ok, f"quad={mpmath.nstr(quad, 15)}")]


@family("calculus.definite_integral_expression", verify=_verify_definite, pose=_pose_definite)
def definite_integral_expression(rng: random.Random, difficulty: int) -> Problem:
    """Evaluate a definite integral of a polynomial or trigonometric integrand."""
    f = random_function(rng, min(difficulty, 2))
    lower = rng.randint(-2, 1)
    upper = lower + rng.randint(1, 2 + difficulty)
    return _pose_definite({"expr": sp.sstr(f), "lower": str(lower), "upper": str(upper),
                           "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- limit


def _pose_limit(params: dict[str, Any]) -> Problem:
    f, point = parse(params["expr"]), parse(params["point"])
    try:  # two-sided at a finite point: SymPy raises when the one-sided limits differ
        answer = sp.limit(f, X, point, dir="+-" if point.is_finite else "-")
    except ValueError:
        raise ValueError("the two one-sided limits differ") from None
    if not answer.is_finite and answer not in (sp.oo, -sp.oo):
        raise ValueError("the limit does not exist")
    direct = f.subs(X, point) if point.is_finite else sp.nan
    if direct.is_finite:
        steps = [f"The function is continuous at $x = {latex(point)}$; substituting gives ${latex(answer)}$."]
    elif point.is_finite:
        simpler = sp.cancel(sp.factor(f))
        steps = [
            f"Substituting $x = {latex(point)}$ gives an indeterminate form.",
            f"Simplifying, $f(x) = {latex(simpler)}$ for $x \\neq {latex(point)}$.",
            f"So the limit is ${latex(answer)}$.",
        ]
    else:
        steps = [
            "Divide numerator and denominator by the highest power of $x$ and let $x \\to \\infty$.",
            f"The limit is ${latex(answer)}$.",
        ]
    limit = f"\\lim_{{x \\to {latex(point)}}} {latex(f)}"
    plain, tex = worded(params, [
        ("Find the limit of {p} as x approaches {a}.", "Find ${lim}$."),
        ("Evaluate the limit of {p} as x tends to {a}.", "Evaluate ${lim}$."),
        ("What value does {p} approach as x approaches {a}?", "What is ${lim}$?"),
    ], p=sp.sstr(f), a=point, lim=limit)
    return Problem(
        statement=plain,
        statement_latex=tex,
        answer=answer,
        steps=steps,
        code=solve_code(
            f"sympy.limit(f, x, sympy.sympify({params['point']!r}), dir='+-' if sympy.sympify({params['point']!r}).is_finite else '-')",
            params["expr"],
        ),
        params=params,
    )


def _verify_limit(problem: Problem) -> list[Check]:
    f, point = parse(problem.params["expr"]), parse(problem.params["point"])
    fn, answer = numeric(f, X), problem.answer
    if point.is_finite:
        c = sp.N(point, 30)
        values = [fn(c + h) for h in (mpmath.mpf("1e-12"), mpmath.mpf("-1e-12"))]
    else:
        values = [fn(mpmath.mpf("1e15") if point == sp.oo else mpmath.mpf("-1e15"))]
    if answer in (sp.oo, -sp.oo):
        ok = all(abs(v) > 1e6 and (v > 0) == (answer == sp.oo) for v in values)
    else:
        ok = all(close(v, sp.N(answer, 30), mpmath.mpf("1e-8")) for v in values)
    return [Check("evaluate the function numerically next to the point", ok, f"{values}")]


@family("calculus.limit_expression", verify=_verify_limit, pose=_pose_limit)
def limit_expression(rng: random.Random, difficulty: int) -> Problem:
    """Find the limit of a rational function with a removable singularity."""
    a = rng.randint(-5, 5)
    b = rng.choice([r for r in range(-6, 7) if r != a])
    k = rng.randint(1, 1 + difficulty)
    # Expanding the numerator keeps SymPy from cancelling the removable factor.
    f = sp.expand(k * (X - a) * (X - b)) / (X - a)
    return _pose_limit({"expr": sp.sstr(f), "point": str(a), "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- equations


def _pose_equation(params: dict[str, Any]) -> Problem:
    lhs, rhs = parse(params["lhs"]), parse(params["rhs"])
    polynomial = sp.expand(lhs - rhs)
    if not polynomial.is_polynomial(X) or sp.degree(polynomial, X) < 1:
        raise ValueError("not a polynomial equation in x")
    answer = sp.FiniteSet(*sp.roots(sp.Poly(polynomial, X), filter="R"))
    degree = sp.degree(polynomial, X)
    factored = sp.factor(polynomial)
    steps = [f"Move every term to one side: ${latex(polynomial)} = 0$."]
    if degree == 1:
        steps.append(f"Solving the linear equation gives $x = {latex(next(iter(answer)))}$.")
    else:
        steps.append(f"Factor: ${latex(factored)} = 0$.")
        steps.append(
            f"The real solutions are ${latex(answer)}$." if answer else "There are no real solutions."
        )
    eq = f"{latex(lhs)} = {latex(rhs)}"
    plain, tex = worded(params, [
        ("Solve {p} for x (real solutions).", "Solve ${e}$ for $x$ (real solutions)."),
        ("Find all real x such that {p}.", "Find all real $x$ such that ${e}$."),
        ("What are the real solutions of {p}?", "What are the real solutions of ${e}$?"),
    ], p=f"{sp.sstr(lhs)} = {sp.sstr(rhs)}", e=eq)
    return Problem(
        statement=plain,
        statement_latex=tex,
        answer=answer,
        steps=steps,
        code=(
            "import sympy\n\n\ndef solve():\n"
            "    x = sympy.Symbol('x')\n"
            f"    lhs = sympy.sympify({params['lhs']!r}, locals={{'x': x}})\n"
            f"    rhs = sympy.sympify({params['rhs']!r}, locals={{'x': x}})\n"
            "    return sympy.solveset(sympy.Eq(lhs, rhs), x, domain=sympy.S.Reals)\n"
        ),
        params=params,
    )


def _verify_equation(problem: Problem) -> list[Check]:
    lhs, rhs = parse(problem.params["lhs"]), parse(problem.params["rhs"])
    polynomial = sp.expand(lhs - rhs)
    substituted = all(sp.expand(polynomial.subs(X, r)) == 0 for r in problem.answer)
    distinct_real = sp.Poly(sp.sqf_part(polynomial), X).count_roots()
    return [
        Check("substitute each root back into the equation (exact)", substituted),
        Check(
            "count the distinct real roots by Sturm sequences",
            distinct_real == len(problem.answer),
            f"Sturm count {distinct_real}, found {len(problem.answer)}",
        ),
    ]


@family("algebra.solve_polynomial_equation", verify=_verify_equation, pose=_pose_equation)
def solve_polynomial_equation(rng: random.Random, difficulty: int) -> Problem:
    """Solve a polynomial equation whose roots are integers or simple fractions."""
    degree = 1 + min(difficulty, 3) // 2 + (difficulty >= 5)
    roots = [sp.Rational(rng.randint(-9, 9), rng.choice([1, 1, 2])) for _ in range(degree)]
    lead = rng.randint(1, 3)
    polynomial = sp.expand(lead * sp.Mul(*[(X - r) for r in roots]) * sp.lcm([r.q for r in roots]))
    shift = rng.randint(-10, 10) * X ** rng.randint(0, 1)
    return _pose_equation({"lhs": sp.sstr(polynomial + shift), "rhs": sp.sstr(shift),
                           "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- expand and factor


def _exact_agree(a: sp.Expr, b: sp.Expr, seed: str) -> bool:
    """Equal at five random rational points, by exact arithmetic (no expansion of either side)."""
    rng = random.Random(seed)
    points = [sp.Rational(rng.randint(-50, 50), rng.randint(1, 7)) for _ in range(5)]
    return all(a.subs(X, p) == b.subs(X, p) for p in points)


def _pose_expand(params: dict[str, Any]) -> Problem:
    f = parse(params["expr"])
    answer = sp.expand(f)
    plain, tex = worded(params, [
        ("Expand {p}.", "Expand ${l}$."),
        ("Multiply out {p} and collect like terms.", "Multiply out ${l}$ and collect like terms."),
        ("Write {p} as a polynomial in standard form.", "Write ${l}$ as a polynomial in standard form."),
    ], p=sp.sstr(f), l=latex(f))
    return Problem(
        statement=plain,
        statement_latex=tex,
        answer=answer,
        steps=["Multiply out every product and collect like terms.", f"${latex(f)} = {latex(answer)}$."],
        code=solve_code("sympy.expand(f)", params["expr"]),
        params=params,
    )


def _verify_expand(problem: Problem) -> list[Check]:
    f, answer = parse(problem.params["expr"]), problem.answer
    expanded = all(not (t.is_Mul and any(a.is_Add for a in t.args)) for t in sp.Add.make_args(answer))
    return [
        Check("equal at 5 random rationals (exact)", _exact_agree(f, answer, problem.params["expr"])),
        Check("no product of sums remains", expanded),
    ]


@family("algebra.expand_expression", verify=_verify_expand, pose=_pose_expand)
def expand_expression(rng: random.Random, difficulty: int) -> Problem:
    """Expand a product of linear and quadratic factors."""
    factors = [
        rng.randint(1, 3) * X + rng.randint(-9, 9) for _ in range(2 + (difficulty >= 3))
    ]
    return _pose_expand({"expr": sp.sstr(sp.Mul(*factors, evaluate=False)),
                         "template": rng.randrange(WORDINGS)})


def _pose_factor(params: dict[str, Any]) -> Problem:
    f = parse(params["expr"])
    answer = sp.factor(f)
    if answer == sp.expand(f):
        raise ValueError("does not factor over the rationals")
    plain, tex = worded(params, [
        ("Factor {p} completely over the rationals.", "Factor ${l}$ completely."),
        ("Write {p} as a product of irreducible factors.", "Write ${l}$ as a product of irreducible factors."),
        ("Factorise {p}.", "Factorise ${l}$."),
    ], p=sp.sstr(f), l=latex(f))
    return Problem(
        statement=plain,
        statement_latex=tex,
        answer=answer,
        steps=[
            "Look for rational roots among the divisors of the constant term over those of the leading coefficient.",
            "Each root $r$ gives a factor $x - r$ (factor theorem); divide and repeat.",
            f"${latex(f)} = {latex(answer)}$.",
        ],
        code=solve_code("sympy.factor(f)", params["expr"]),
        params=params,
    )


def _verify_factor(problem: Problem) -> list[Check]:
    f, answer = parse(problem.params["expr"]), problem.answer
    factors = sp.factor_list(answer)[1]
    irreducible = all(sp.Poly(base, X).is_irreducible for base, _ in factors)
    several = sum(multiplicity for _, multiplicity in factors) > 1
    return [
        Check("product equals the polynomial at 5 random rationals (exact)", _exact_agree(f, answer, problem.params["expr"])),
        Check("every factor is irreducible, and there are several", irreducible and several),
    ]


@family("algebra.factor_expression", verify=_verify_factor, pose=_pose_factor)
def factor_expression(rng: random.Random, difficulty: int) -> Problem:
    """Factor a polynomial with integer roots."""
    roots = [rng.randint(-8, 8) for _ in range(2 + (difficulty >= 3) + (difficulty >= 5))]
    return _pose_factor({"expr": sp.sstr(sp.expand(sp.Mul(*[(X - r) for r in roots]))),
                         "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- simplify


def _pose_simplify(params: dict[str, Any]) -> Problem:
    f = parse(params["expr"])
    answer = sp.simplify(sp.trigsimp(f))
    if sp.count_ops(answer) >= sp.count_ops(f):
        raise ValueError("SymPy finds nothing simpler")
    plain, tex = worded(params, [
        ("Simplify {p}.", "Simplify ${l}$."),
        ("Write {p} in its simplest form.", "Write ${l}$ in its simplest form."),
        ("What does {p} simplify to?", "What does ${l}$ simplify to?"),
    ], p=sp.sstr(f), l=latex(f))
    return Problem(
        statement=plain,
        statement_latex=tex,
        answer=answer,
        steps=["Use the Pythagorean and quotient identities, then collect terms.",
               f"${latex(f)} = {latex(answer)}$."],
        code=solve_code("sympy.simplify(sympy.trigsimp(f))", params["expr"]),
        params=params,
    )


def _verify_simplify(problem: Problem) -> list[Check]:
    f, answer = parse(problem.params["expr"]), problem.answer
    rng = random.Random(problem.params["expr"])
    fn, an = numeric(f, X), numeric(answer, X)
    points = sample_points(rng, 5)
    return [
        Check("equal at 5 random points (30-digit mpmath)",
              all(close(fn(p), an(p), mpmath.mpf("1e-20")) for p in points), f"{points}"),
        Check("fewer operations than the original", sp.count_ops(answer) < sp.count_ops(f)),
    ]


@family("algebra.simplify_expression", verify=_verify_simplify, pose=_pose_simplify)
def simplify_expression(rng: random.Random, difficulty: int) -> Problem:
    """Simplify a trigonometric expression with the Pythagorean and quotient identities."""
    a, b = rng.randint(2, 3 + difficulty), rng.randint(1, 3 + difficulty)
    s, c, t = sp.sin(X), sp.cos(X), sp.tan(X)
    f = rng.choice([a * s**2 + b * c**2 + (a - b) * c**2, c**2 * t**2 * a, a * (1 - c**2) / s,
                    b * s * c / t, a * (t**2 + 1) * c**2])
    return _pose_simplify({"expr": sp.sstr(f), "template": rng.randrange(WORDINGS)})
