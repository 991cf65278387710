"""Calculus families: limits, derivatives by every rule, integrals, series, Taylor polynomials.

Problems are built backwards where that is cheaper than solving forwards: an integral
starts from a chosen antiderivative, a removable limit from the factor that cancels.
Every verifier uses a second, numeric method at high precision (finite differences,
quadrature, evaluation near the limit point, extrapolated partial sums), never the
symbolic route the answer took.

Indefinite integrals: the answer is one antiderivative, without ``+ C``; the statement
and ``answer_text`` say "up to a constant", and ``params["compare"] == "up_to_constant"``
tells the engine to compare a program's result by differentiating the difference (or
by checking the difference is constant at sample points), not by plain equality.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import mpmath
import sympy as sp

from exercises.families._sympy_kit import (
    POINTS,
    X,
    Y,
    check,
    close,
    derivative,
    fd_derivative,
    nonzero,
    num,
    program,
    statement,
    tex,
    to_number,
)
from exercises.family import Check, Problem, family

N = sp.Symbol("n", integer=True)


def _m(text: str, latex: str) -> tuple[str, str]:
    """A value shown as ``text`` in plain statements and ``$latex$`` in LaTeX ones."""
    return text, f"${latex}$"


def _poly(rng: random.Random, degree: int, bound: int, var: sp.Symbol = X) -> sp.Expr:
    """A random polynomial of exactly ``degree``, integer coefficients in ``[-bound, bound]``."""
    coeffs = [rng.randint(-bound, bound) for _ in range(degree)] + [nonzero(rng, bound)]
    return sp.Add(*(c * var**k for k, c in enumerate(coeffs)))


# --- limits --------------------------------------------------------------------------

LIMIT_TEMPLATES = [
    "Evaluate {L}.",
    "Compute {L}.",
    "Find {L}.",
    "What is {L}?",
    "Determine the value of the limit {L}.",
]


def _limit_value(expr: sp.Expr, at: sp.Expr) -> tuple[str, str]:
    return _m(f"lim_(x -> {at}) {expr}", rf"\lim_{{x \to {tex(at)}}} {tex(expr)}")


def _verify_limit_numeric(problem: Problem) -> list[Check]:
    """Evaluate the function very close to the point, from both sides (or far out)."""
    f = sp.S(problem.params["f"])
    at = problem.params["at"]
    target = to_number(problem.answer)
    if at == "oo":
        samples = [num(f, {X: mpmath.mpf(10) ** 18}), num(f, {X: -(mpmath.mpf(10) ** 18)})]
        where = "x = +-1e18"
    else:
        with mpmath.workdps(90):  # 0/0 cancels ~2*15 digits per power of (x - a)
            a = mpmath.mpf(sp.Rational(at).p) / sp.Rational(at).q
            h = mpmath.mpf(10) ** -15
            samples = [num(f, {X: a + h}), num(f, {X: a - h})]
        where = f"x = {at} +- 1e-15"
    ok = all(close(s, target, mpmath.mpf(10) ** -10) for s in samples)
    return [check("evaluate the function near the limit point", ok, f"{where}: {samples}")]


@family("calculus.limit_removable", verify=_verify_limit_numeric)
def limit_removable(rng: random.Random, difficulty: int) -> Problem:
    """Limit of a rational function at a removable singularity (0/0 that factors)."""
    a = rng.randint(-2 - difficulty, 2 + difficulty)
    mult = 2 if difficulty >= 4 and rng.random() < 0.5 else 1
    bound = 2 + difficulty
    r = _poly(rng, rng.randint(0, 1 + difficulty // 2), bound)
    s = _poly(rng, rng.randint(1, 1 + difficulty // 2), bound)
    while s.subs(X, a) == 0 or r.subs(X, a) == 0:
        s += 1
    p, q = sp.expand((X - a) ** mult * r), sp.expand((X - a) ** mult * s)
    f = p / q
    answer = r.subs(X, a) / s.subs(X, a)
    text, latex = statement(rng, LIMIT_TEMPLATES, L=_limit_value(f, a))
    factor = (X - a) ** mult
    steps = [
        f"Substituting $x = {a}$ gives $\\frac{{0}}{{0}}$, so $x - {a}$ divides both parts."
        .replace("- -", "+ "),
        (f"Factor: $\\frac{{{tex(p)}}}{{{tex(q)}}} = "
        f"\\frac{{{tex(factor)}\\left({tex(r)}\\right)}}"
        f"{{{tex(factor)}\\left({tex(s)}\\right)}}$."),
        (f"Cancel ${tex(factor)}$ and substitute $x = {a}$: "
        f"$\\frac{{{tex(r.subs(X, a))}}}{{{tex(s.subs(X, a))}}} = {tex(answer)}$."),
    ]
    code = program(
        """
        from sympy import S, cancel, symbols

        x = symbols("x")


        def solve():
            f = cancel(S({p}) / S({q}))  # the common factor cancels
            return f.subs(x, {a})
        """,
        p=str(p), q=str(q), a=a,
    )
    return Problem(text, latex, answer, steps, code, {"f": str(f), "at": str(a)})


@family("calculus.limit_at_infinity", verify=_verify_limit_numeric)
def limit_at_infinity(rng: random.Random, difficulty: int) -> Problem:
    """Limit of a rational function as x tends to infinity (equal or lower numerator degree)."""
    bound = 3 + difficulty
    n = rng.randint(1, 1 + difficulty)
    m = n if rng.random() < 0.7 else rng.randint(0, n - 1)
    p, q = _poly(rng, m, bound), _poly(rng, n, bound)
    f = p / q
    lp, lq = sp.Poly(p, X).LC(), sp.Poly(q, X).LC()
    answer = sp.Rational(lp, lq) if m == n else sp.Integer(0)
    text, latex = statement(rng, LIMIT_TEMPLATES, L=_limit_value(f, sp.oo))
    steps = [
        f"Divide numerator and denominator by the highest power in the denominator, $x^{{{n}}}$.",
        "Every term with a negative power of $x$ tends to $0$ as $x \\to \\infty$.",
        f"What remains is $\\frac{{{lp}}}{{{lq}}} = {tex(answer)}$." if m == n else
        f"The numerator has lower degree ({m} < {n}), so the limit is $0$.",
    ]
    code = program(
        """
        from sympy import Poly, Rational, S, symbols

        x = symbols("x")


        def solve():
            p, q = Poly(S({p}), x), Poly(S({q}), x)
            if p.degree() < q.degree():
                return Rational(0)
            return Rational(p.LC(), q.LC())  # ratio of leading coefficients
        """,
        p=str(p), q=str(q),
    )
    return Problem(text, latex, answer, steps, code, {"f": str(f), "at": "oo"})


# Standard trigonometric/exponential limits at 0: (builder, value, the known limit used).
_TRIG_LIMITS: list[tuple[Callable[[int, int], sp.Expr], Callable[[int, int], sp.Expr], str]] = [
    (lambda a, b: sp.sin(a * X) / (b * X), lambda a, b: sp.Rational(a, b),
     r"\lim_{u \to 0} \frac{\sin u}{u} = 1"),
    (lambda a, b: sp.tan(a * X) / (b * X), lambda a, b: sp.Rational(a, b),
     r"\lim_{u \to 0} \frac{\tan u}{u} = 1"),
    (lambda a, b: sp.sin(a * X) / sp.sin(b * X), lambda a, b: sp.Rational(a, b),
     r"\lim_{u \to 0} \frac{\sin u}{u} = 1"),
    (lambda a, b: (1 - sp.cos(a * X)) / (b * X**2), lambda a, b: sp.Rational(a * a, 2 * b),
     r"\lim_{u \to 0} \frac{1 - \cos u}{u^2} = \frac{1}{2}"),
    (lambda a, b: (sp.exp(a * X) - 1) / (b * X), lambda a, b: sp.Rational(a, b),
     r"\lim_{u \to 0} \frac{e^u - 1}{u} = 1"),
]


@family("calculus.limit_trig", verify=_verify_limit_numeric)
def limit_trig(rng: random.Random, difficulty: int) -> Problem:
    """A standard trigonometric or exponential limit at 0, such as sin(ax)/(bx)."""
    build, value, known = rng.choice(_TRIG_LIMITS)
    a, b = nonzero(rng, 1 + 2 * difficulty), nonzero(rng, 1 + 2 * difficulty)
    while a == b:
        b = nonzero(rng, 1 + 2 * difficulty)
    f = build(a, b)
    answer = value(a, b)
    text, latex = statement(rng, LIMIT_TEMPLATES, L=_limit_value(f, 0))
    steps = [
        f"Direct substitution gives $\\frac{{0}}{{0}}$; rewrite with $u = {tex(a * X)}$.",
        f"Use the standard limit ${known}$.",
        f"The constants that remain give ${tex(answer)}$.",
    ]
    code = program(
        """
        from sympy import S, limit, symbols

        x = symbols("x")


        def solve():
            return limit(S({f}), x, 0)
        """,
        f=str(f),
    )
    return Problem(text, latex, answer, steps, code, {"f": str(f), "at": "0"})


# --- derivatives ---------------------------------------------------------------------

DERIVATIVE_TEMPLATES = [
    "Differentiate {f} with respect to {x}.",
    "Find the derivative of {f}.",
    "Compute {ddx}.",
    "What is {ddx}?",
    "Let {defn}. Find {fprime}.",
    "Let {defn}. What is {fprime}?",
]


def _verify_derivative(problem: Problem) -> list[Check]:
    """Compare the answer with a central finite difference of f at sample points."""
    f = sp.S(problem.params["f"])
    bad = []
    for p in POINTS[:3]:
        fd, got = fd_derivative(f, X, p), num(problem.answer, {X: mpmath.mpf(p)})
        if not close(fd, got, mpmath.mpf(10) ** -15):
            bad.append(f"x={p}: difference quotient {fd}, answer {got}")
    return [check("central finite difference at sample points", not bad, "; ".join(bad))]


def _derivative_problem(
    rng: random.Random, f: sp.Expr, steps: list[str], answer: sp.Expr | None = None
) -> Problem:
    """A 'differentiate f' problem; the answer is SymPy's derivative unless given."""
    answer = derivative(f, X) if answer is None else answer
    text, latex = statement(
        rng, DERIVATIVE_TEMPLATES, f=f, x=X,
        ddx=_m(f"d/dx ({f})", rf"\frac{{d}}{{dx}}\left({tex(f)}\right)"),
        defn=_m(f"f(x) = {f}", f"f(x) = {tex(f)}"), fprime=_m("f'(x)", "f'(x)"),
    )
    steps = [*steps, f"So $\\frac{{d}}{{dx}}\\left({tex(f)}\\right) = {tex(answer)}$."]
    code = program(
        """
        from sympy import S, diff, symbols

        x = symbols("x")


        def solve():
            return diff(S({f}), x)
        """,
        f=str(f),
    )
    return Problem(text, latex, answer, steps, code, {"f": str(f)})


def _power_term(rng: random.Random, difficulty: int) -> sp.Expr:
    """c*x**n with n a positive integer, or (harder) negative or fractional."""
    c = nonzero(rng, 2 + difficulty)
    if difficulty >= 3 and rng.random() < 0.4:
        n = rng.choice([sp.Rational(1, 2), sp.Rational(3, 2), sp.Rational(-1, 2), -1, -2, -3])
    else:
        n = rng.randint(1, 2 + difficulty)
    return c * X**n


@family("calculus.derivative_power", verify=_verify_derivative)
def derivative_power(rng: random.Random, difficulty: int) -> Problem:
    """Derivative of a sum of power terms c*x**n by the power rule, term by term."""
    terms = {_power_term(rng, difficulty) for _ in range(1 + difficulty)}
    f = sp.Add(*terms) + rng.randint(-9, 9)
    parts = ", ".join(f"${tex(t)} \\to {tex(derivative(t, X))}$" for t in sp.Add.make_args(f))
    steps = [
        ("Use the power rule $\\frac{d}{dx} x^n = n x^{n-1}$ on each term "
        "(a constant differentiates to $0$)."),
        f"Term by term: {parts}.",
    ]
    return _derivative_problem(rng, f, steps)


def _factor(rng: random.Random, difficulty: int, kinds: str) -> sp.Expr:
    """A simple factor of one of the kinds named by letters: p(oly) t(rig) e(xp) l(og)."""
    k = nonzero(rng, 1 + difficulty // 2)
    choice = rng.choice(kinds)
    if choice == "p":
        return _poly(rng, rng.randint(1, 1 + difficulty // 2), 2 + difficulty)
    if choice == "t":
        return rng.choice([sp.sin, sp.cos])(k * X)
    if choice == "e":
        return sp.exp(k * X)
    return sp.log(X)


@family("calculus.derivative_product", verify=_verify_derivative)
def derivative_product(rng: random.Random, difficulty: int) -> Problem:
    """Derivative of a product u*v by the product rule."""
    u = _factor(rng, difficulty, "p")
    v = _factor(rng, difficulty, "tel")
    f = u * v
    du, dv = derivative(u, X), derivative(v, X)
    steps = [
        f"Write $f = u v$ with $u = {tex(u)}$ and $v = {tex(v)}$.",
        f"Then $u' = {tex(du)}$ and $v' = {tex(dv)}$.",
        f"Product rule: $f' = u'v + uv' = {tex(du * v)} + {tex(u * dv)}$.",
    ]
    return _derivative_problem(rng, f, steps, sp.expand(du * v + u * dv))


@family("calculus.derivative_quotient", verify=_verify_derivative)
def derivative_quotient(rng: random.Random, difficulty: int) -> Problem:
    """Derivative of a quotient u/v by the quotient rule."""
    u = _factor(rng, difficulty, "pte" if difficulty >= 3 else "p")
    v = _poly(rng, rng.randint(1, 1 + difficulty // 2), 2 + difficulty)
    if v.is_number:
        v = X + 1
    f = u / v
    du, dv = derivative(u, X), derivative(v, X)
    top = sp.expand(du * v - u * dv)
    answer = top / v**2
    steps = [
        f"Write $f = \\frac{{u}}{{v}}$ with $u = {tex(u)}$ and $v = {tex(v)}$.",
        f"Then $u' = {tex(du)}$ and $v' = {tex(dv)}$.",
        "Quotient rule: $f' = \\frac{u'v - uv'}{v^2}$.",
        f"Numerator: $u'v - uv' = {tex(top)}$.",
    ]
    return _derivative_problem(rng, f, steps, answer)


def _outer(rng: random.Random, difficulty: int) -> tuple[Callable[[sp.Expr], sp.Expr], str]:
    """An outer function for the chain rule, with its name for the steps."""
    n = rng.randint(2, 2 + difficulty)
    return rng.choice([
        (lambda u: u**n, f"u^{{{n}}}"),
        (sp.sin, r"\sin u"),
        (sp.cos, r"\cos u"),
        (sp.exp, "e^u"),
        (sp.sqrt, r"\sqrt{u}"),
        (sp.log, r"\ln u"),
    ])


@family("calculus.derivative_chain", verify=_verify_derivative)
def derivative_chain(rng: random.Random, difficulty: int) -> Problem:
    """Derivative of a composite function g(h(x)) by the chain rule (nested when harder)."""
    outer, name = _outer(rng, difficulty)
    inner = _poly(rng, rng.randint(1, 2 + difficulty // 3), 1 + difficulty)
    if inner.is_number or sp.Poly(inner, X).degree() < 1:
        inner += X
    if difficulty >= 4:
        inner = rng.choice([sp.sin, sp.exp, sp.sqrt])(inner)
    f = outer(inner)
    u = sp.Symbol("u")
    steps = [
        f"Write $f = g(u)$ with $g(u) = {name}$ and $u = {tex(inner)}$.",
        f"Then $g'(u) = {tex(derivative(outer(u), u))}$ and $u' = {tex(derivative(inner, X))}$.",
        "Chain rule: $f' = g'(u)\\, u'$, with $u$ substituted back.",
    ]
    return _derivative_problem(rng, f, steps)


@family("calculus.derivative_exp_log", verify=_verify_derivative)
def derivative_exp_log(rng: random.Random, difficulty: int) -> Problem:
    """Derivative of a combination of exponentials, logarithms and a**x."""
    pool = [
        lambda c, k: c * sp.exp(k * X),
        lambda c, k: c * sp.log(abs(k) * X),
        lambda c, k: c * sp.Integer(abs(k) + 1) ** X,
        lambda c, k: c * sp.log(X) / sp.log(abs(k) + 1),
        lambda c, k: c * X * sp.exp(k * X),
    ]
    count = 1 + (difficulty + 1) // 2
    terms = [rng.choice(pool)(nonzero(rng, 1 + difficulty), nonzero(rng, 1 + difficulty))
             for _ in range(count)]
    f = sp.Add(*terms)
    steps = [
        ("Use $\\frac{d}{dx} e^{kx} = k e^{kx}$, $\\frac{d}{dx} \\ln(kx) = \\frac{1}{x}$, "
        "$\\frac{d}{dx} a^x = a^x \\ln a$ and $\\log_a x = \\frac{\\ln x}{\\ln a}$."),
        "Differentiate term by term: "
        + ", ".join(f"${tex(t)} \\to {tex(derivative(t, X))}$" for t in sp.Add.make_args(f)) + ".",
    ]
    return _derivative_problem(rng, f, steps)


@family("calculus.derivative_trig", verify=_verify_derivative)
def derivative_trig(rng: random.Random, difficulty: int) -> Problem:
    """Derivative of a combination of trigonometric functions of kx."""
    funcs = [sp.sin, sp.cos, sp.tan] + ([sp.sec, sp.csc, sp.cot] if difficulty >= 3 else [])
    count = 1 + difficulty // 2
    f = sp.Add(*(nonzero(rng, 2 + difficulty) * rng.choice(funcs)(nonzero(rng, 1 + difficulty // 2)
                                                                   * X) for _ in range(count)))
    steps = [
        ("Use $(\\sin u)' = \\cos u\\,u'$, $(\\cos u)' = -\\sin u\\,u'$, "
        "$(\\tan u)' = \\sec^2 u\\,u'$, $(\\sec u)' = \\sec u \\tan u\\,u'$, "
        "$(\\csc u)' = -\\csc u \\cot u\\,u'$, $(\\cot u)' = -\\csc^2 u\\,u'$."),
        "Term by term: "
        + ", ".join(f"${tex(t)} \\to {tex(derivative(t, X))}$" for t in sp.Add.make_args(f)) + ".",
    ]
    return _derivative_problem(rng, f, steps)


def _verify_higher(problem: Problem) -> list[Check]:
    """Compare with an order-n finite difference (mpmath.diff) at sample points."""
    f, order = sp.S(problem.params["f"]), problem.params["order"]
    bad = []
    for p in POINTS[:2]:
        fd, got = fd_derivative(f, X, p, order), num(problem.answer, {X: mpmath.mpf(p)})
        if not close(fd, got, mpmath.mpf(10) ** -12):
            bad.append(f"x={p}: finite difference {fd}, answer {got}")
    return [check(f"order-{order} finite difference at sample points", not bad, "; ".join(bad))]


@family("calculus.derivative_higher", verify=_verify_higher)
def derivative_higher(rng: random.Random, difficulty: int) -> Problem:
    """A second or higher derivative of a product or power."""
    order = rng.randint(2, 2 + difficulty // 2)
    f = _factor(rng, difficulty, "p") * _factor(rng, difficulty, "te") if difficulty >= 2 else \
        _poly(rng, 2 + difficulty, 3 + difficulty)
    answer = derivative(f, *[X] * order)
    ordinal = {2: "second", 3: "third", 4: "fourth"}[order]
    text, latex = statement(
        rng,
        ["Find the {nth} derivative of {f}.", "Compute {dn}.", "What is {dn}?",
         "Let {defn}. Find f^({k})(x)."],
        nth=ordinal, f=f, k=str(order),
        dn=_m(f"d^{order}/dx^{order} ({f})",
              rf"\frac{{d^{order}}}{{dx^{order}}}\left({tex(f)}\right)"),
        defn=_m(f"f(x) = {f}", f"f(x) = {tex(f)}"),
    )
    steps, g = [], f
    for k in range(1, order + 1):
        g = derivative(g, X)
        steps.append(f"Derivative {k}: ${tex(g)}$.")
    code = program(
        """
        from sympy import S, diff, symbols

        x = symbols("x")


        def solve():
            return diff(S({f}), x, {order})
        """,
        f=str(f), order=order,
    )
    return Problem(text, latex, answer, steps, code, {"f": str(f), "order": order})


def _verify_at_point(problem: Problem) -> list[Check]:
    f, at = sp.S(problem.params["f"]), problem.params["at"]
    fd = fd_derivative(f, X, at)
    ok = close(fd, to_number(problem.answer), mpmath.mpf(10) ** -15)
    return [check("central finite difference at the point", ok, f"f'({at}) ~ {fd}")]


@family("calculus.derivative_at_point", verify=_verify_at_point)
def derivative_at_point(rng: random.Random, difficulty: int) -> Problem:
    """The value of a derivative at a point: "Let f(x) = ...; what is f'(2)?"."""
    bound = 2 + difficulty
    kind = rng.choice(["product", "quotient", "power"])
    if kind == "product":
        f = _poly(rng, rng.randint(1, 2), bound) * _poly(rng, rng.randint(1, 1 + difficulty // 2),
                                                         bound)
    elif kind == "quotient":
        f = _poly(rng, rng.randint(1, 2), bound) / (X**2 + rng.randint(1, bound))
    else:
        f = (_poly(rng, rng.randint(1, 2), bound) + X) ** rng.randint(2, 2 + difficulty)
    at = rng.randint(-3, 3)
    df = derivative(f, X)
    answer = df.subs(X, at)
    text, latex = statement(
        rng,
        ["Let {defn}. What is {fp}?", "Let {defn}. Find {fp}.",
         "Find the slope of the tangent to y = {f} at x = {a}.",
         "Evaluate the derivative of {f} at x = {a}."],
        defn=_m(f"f(x) = {f}", f"f(x) = {tex(f)}"), fp=_m(f"f'({at})", f"f'({at})"), f=f,
        a=str(at),
    )
    steps = [
        f"Differentiate: $f'(x) = {tex(df)}$.",
        f"Substitute $x = {at}$: $f'({at}) = {tex(answer)}$.",
    ]
    code = program(
        """
        from sympy import S, diff, symbols

        x = symbols("x")


        def solve():
            return diff(S({f}), x).subs(x, {at})
        """,
        f=str(f), at=at,
    )
    return Problem(text, latex, answer, steps, code, {"f": str(f), "at": at},
                   exports={"a": answer})


def _verify_implicit(problem: Problem) -> list[Check]:
    """Solve F(x, y) = c for y numerically near the point and difference the solution."""
    lhs, rhs = sp.S(problem.params["lhs"]), sp.S(problem.params["rhs"])
    x0, y0 = problem.params["point"]

    def y_of(s: mpmath.mpf) -> mpmath.mpf:
        # two close starting points keep the secant method on the branch through the point
        start = (mpmath.mpf(y0), mpmath.mpf(y0) + mpmath.mpf(10) ** -6)
        return mpmath.findroot(lambda y: num(lhs, {X: s, Y: y}) - num(rhs, {}), start)

    slope = mpmath.diff(y_of, x0)
    ok = close(slope, to_number(problem.answer), mpmath.mpf(10) ** -12)
    return [check("solve the curve numerically for y near the point and difference it", ok,
                  f"dy/dx ~ {slope}")]


@family("calculus.derivative_implicit", verify=_verify_implicit)
def derivative_implicit(rng: random.Random, difficulty: int) -> Problem:
    """The slope dy/dx of an implicit curve F(x, y) = c at a given point."""
    bound = 1 + difficulty
    monomials = [X**2, Y**2, X * Y, X**3, Y**3, X**2 * Y, X * Y**2, X, Y]
    while True:
        chosen = rng.sample(monomials, 2 + difficulty // 2)
        lhs = sp.Add(*(nonzero(rng, bound) * m for m in chosen))
        x0, y0 = rng.randint(-2, 2), rng.randint(-2, 2)
        fx, fy = derivative(lhs, X), derivative(lhs, Y)
        fy0 = fy.subs({X: x0, Y: y0})
        if lhs.has(Y) and fy0 != 0:
            break
    rhs = lhs.subs({X: x0, Y: y0})
    fx0 = fx.subs({X: x0, Y: y0})
    answer = -fx0 / fy0
    curve = _m(f"{lhs} = {rhs}", f"{tex(lhs)} = {tex(rhs)}")
    text, latex = statement(
        rng,
        ["The curve {c} passes through ({x0}, {y0}). Find dy/dx at that point.",
         "Use implicit differentiation to find the slope of {c} at the point ({x0}, {y0}).",
         "Given {c}, compute dy/dx at ({x0}, {y0})."],
        c=curve, x0=str(x0), y0=str(y0),
    )
    steps = [
        ("Differentiate both sides with respect to $x$, treating $y$ as a function of $x$: "
        f"${tex(fx)} + \\left({tex(fy)}\\right) y' = 0$."),
        f"Solve: $y' = -\\frac{{{tex(fx)}}}{{{tex(fy)}}}$.",
        f"At $({x0}, {y0})$: $y' = -\\frac{{{fx0}}}{{{fy0}}} = {tex(answer)}$.",
    ]
    code = program(
        """
        from sympy import S, diff, symbols

        x, y = symbols("x y")


        def solve():
            F = S({lhs})
            point = dict(((x, {x0}), (y, {y0})))
            return -diff(F, x).subs(point) / diff(F, y).subs(point)
        """,
        lhs=str(lhs), x0=x0, y0=y0,
    )
    params = {"lhs": str(lhs), "rhs": str(rhs), "point": [x0, y0]}
    return Problem(text, latex, answer, steps, code, params)


def _verify_partial(problem: Problem) -> list[Check]:
    """Compare with mpmath's finite-difference partial derivative at sample points."""
    f, orders = sp.S(problem.params["f"]), tuple(problem.params["orders"])
    bad = []
    for p, q in ((0.3711, 0.8293), (1.2467, -0.6121)):
        fd = mpmath.diff(lambda s, t: num(f, {X: s, Y: t}), (p, q), orders)
        got = num(problem.answer, {X: mpmath.mpf(p), Y: mpmath.mpf(q)})
        if not close(fd, got, mpmath.mpf(10) ** -12):
            bad.append(f"({p}, {q}): finite difference {fd}, answer {got}")
    return [check("finite-difference partial derivative at sample points", not bad,
                  "; ".join(bad))]


@family("calculus.partial_derivative", verify=_verify_partial)
def partial_derivative(rng: random.Random, difficulty: int) -> Problem:
    """A first or mixed second partial derivative of a function of x and y."""
    bound = 2 + difficulty
    terms = [nonzero(rng, bound) * X ** rng.randint(0, 2 + difficulty // 2)
             * Y ** rng.randint(1, 2 + difficulty // 2) for _ in range(1 + difficulty // 2)]
    terms.append(nonzero(rng, bound) * X ** rng.randint(1, 3))
    if difficulty >= 3:
        k = nonzero(rng, 3)
        terms.append(rng.choice([sp.sin(k * X * Y), sp.exp(k * X + Y), sp.cos(X + k * Y)]))
    f = sp.Add(*terms)
    orders, label = rng.choice([((1, 0), ("f_x", r"\frac{\partial f}{\partial x}")),
                                ((0, 1), ("f_y", r"\frac{\partial f}{\partial y}")),
                                ((1, 1), ("f_xy", r"\frac{\partial^2 f}{\partial x \partial y}"))])
    if difficulty == 1:
        orders, label = (1, 0), ("f_x", r"\frac{\partial f}{\partial x}")
    answer = derivative(f, *[X] * orders[0], *[Y] * orders[1])
    what = _m(label[0], label[1])
    text, latex = statement(
        rng,
        ["Let {defn}. Find {d}.", "For {defn}, compute the partial derivative {d}.",
         "What is {d} when {defn}?"],
        defn=_m(f"f(x, y) = {f}", f"f(x, y) = {tex(f)}"), d=what,
    )
    steps = []
    if orders[0]:
        fx = derivative(f, X)
        steps.append(f"Differentiate in $x$, holding $y$ constant: $f_x = {tex(fx)}$.")
        if orders[1]:
            steps.append(f"Then differentiate $f_x$ in $y$: $f_{{xy}} = {tex(answer)}$.")
    else:
        steps.append(f"Differentiate in $y$, holding $x$ constant: $f_y = {tex(answer)}$.")
    code = program(
        """
        from sympy import S, diff, symbols

        x, y = symbols("x y")


        def solve():
            f = S({f})
            for var, times in ((x, {nx}), (y, {ny})):
                for _ in range(times):
                    f = diff(f, var)
            return f
        """,
        f=str(f), nx=orders[0], ny=orders[1],
    )
    return Problem(text, latex, answer, steps, code, {"f": str(f), "orders": list(orders)})


# --- indefinite and definite integrals -----------------------------------------------

INTEGRAL_TEMPLATES = [
    "Find {I} (up to a constant).",
    "Compute the indefinite integral {I}, up to an additive constant.",
    "Evaluate {I}; give an antiderivative, up to a constant.",
    "Find an antiderivative of {f} (up to a constant).",
    "Integrate {f} with respect to {x} (up to a constant).",
]


def _verify_antiderivative(problem: Problem) -> list[Check]:
    """Differentiate the antiderivative (numerically) and compare with the integrand."""
    f = sp.S(problem.params["f"])
    bad = []
    for p in POINTS[:3]:
        fd, want = fd_derivative(problem.answer, X, p), num(f, {X: mpmath.mpf(p)})
        if not close(fd, want, mpmath.mpf(10) ** -15):
            bad.append(f"x={p}: F' ~ {fd}, f = {want}")
    return [check("differentiate the antiderivative and compare with the integrand", not bad,
                  "; ".join(bad))]


def _integral_problem(
    rng: random.Random, f: sp.Expr, answer: sp.Expr, steps: list[str], linearize: bool = False,
    code: str | None = None,
) -> Problem:
    """An indefinite-integral problem with answer ``answer`` (no +C); by default the program
    calls ``integrate`` (after linearising products of sines and cosines if asked)."""
    text, latex = statement(
        rng, INTEGRAL_TEMPLATES, f=f, x=X,
        I=_m(f"integral of {f} dx", rf"\int {tex(f)}\, dx"),
    )
    steps = [*steps, f"So $\\int {tex(f)}\\, dx = {tex(answer)} + C$."]
    code = code or program(
        """
        from sympy import S, expand, integrate, symbols
        from sympy.simplify.fu import TR8

        x = symbols("x")


        def solve():
            f = S({f})
            if {linearize}:
                f = expand(TR8(f))  # products and powers of sin/cos to sums
            return integrate(f, x)  # one antiderivative; compare up to a constant
        """,
        f=str(f), linearize=linearize,
    )
    params = {"f": str(f), "compare": "up_to_constant", "variable": "x"}
    return Problem(text, latex, answer, steps, code, params, answer_text=f"{answer} + C")


@family("calculus.integral_polynomial", verify=_verify_antiderivative)
def integral_polynomial(rng: random.Random, difficulty: int) -> Problem:
    """Indefinite integral of a sum of powers c*x**n (negative and fractional when harder)."""
    terms = {_power_term(rng, difficulty) for _ in range(1 + difficulty)}
    f = sp.Add(*(t for t in terms if t.as_coeff_exponent(X)[1] != -1))  # no logarithms here
    f += rng.randint(-9, 9)
    if f.is_number:
        f += X
    parts = []
    for t in sp.Add.make_args(f):
        c, n = t.as_coeff_exponent(X)
        parts.append(c * X ** (n + 1) / (n + 1))
    answer = sp.Add(*parts)
    steps = [
        "Use $\\int x^n\\,dx = \\frac{x^{n+1}}{n+1}$ ($n \\ne -1$) on each term.",
        "Term by term: " + ", ".join(f"${tex(t)} \\to {tex(a)}$"
                                     for t, a in zip(sp.Add.make_args(f), parts)) + ".",
    ]
    return _integral_problem(rng, f, answer, steps)


@family("calculus.integral_substitution", verify=_verify_antiderivative)
def integral_substitution(rng: random.Random, difficulty: int) -> Problem:
    """Indefinite integral of the form c*g'(h(x))*h'(x), solved by u-substitution."""
    u = sp.Symbol("u")
    outer = rng.choice([u ** rng.randint(2, 2 + difficulty), sp.sin(u), sp.cos(u), sp.exp(u),
                        u ** sp.Rational(3, 2)])
    inner = _poly(rng, rng.randint(1, 2 + difficulty // 3), 1 + difficulty)
    if sp.Poly(inner, X).degree() < 1:
        inner += X
    if outer.has(sp.Pow) and outer.args[1] == sp.Rational(3, 2):
        inner = X**2 + rng.randint(1, 4)  # keep the root real
    c = nonzero(rng, 2 + difficulty)
    answer = c * outer.subs(u, inner)
    g = derivative(c * outer, u)
    f = derivative(answer, X)
    steps = [
        f"Let $u = {tex(inner)}$, so $du = {tex(derivative(inner, X))}\\,dx$.",
        f"The integral becomes $\\int {tex(g)}\\,du = {tex(c * outer)} + C$.",
        f"Substitute back $u = {tex(inner)}$.",
    ]
    return _integral_problem(rng, f, answer, steps)


def _tabular(p: sp.Expr, g: Callable[[int], sp.Expr]) -> tuple[sp.Expr, list[str]]:
    """Integrate p(x)*G0 by parts repeatedly (tabular method); g(k) is the k-th antiderivative."""
    total, steps, k, dp = sp.Integer(0), [], 0, p
    while dp != 0:
        total += (-1) ** k * dp * g(k + 1)
        steps.append(f"Row {k + 1}: $u^{{({k})}} = {tex(dp)}$, "
                     f"$v_{{{k + 1}}} = {tex(g(k + 1))}$, sign ${'+' if k % 2 == 0 else '-'}$.")
        dp, k = derivative(dp, X), k + 1
    return sp.expand(total), steps


@family("calculus.integral_by_parts", verify=_verify_antiderivative)
def integral_by_parts(rng: random.Random, difficulty: int) -> Problem:
    """Indefinite integral by parts: x**n times exp(ax), sin(ax), cos(ax), or ln x."""
    n = rng.randint(1, 1 + difficulty // 2)
    a = nonzero(rng, 1 + difficulty // 2)
    c = nonzero(rng, 2 + difficulty)
    kind = rng.choice(["exp", "sin", "cos", "log"])
    if kind == "log":
        f = c * X**n * sp.log(X)
        answer = sp.expand(c * (X ** (n + 1) * sp.log(X) / (n + 1) - X ** (n + 1) / (n + 1) ** 2))
        steps = [
            (f"Take $u = \\ln x$ and $dv = {tex(c * X**n)}\\,dx$, so $du = \\frac{{dx}}{{x}}$ "
            f"and $v = {tex(c * X ** (n + 1) / (n + 1))}$."),
            (f"Then $\\int u\\,dv = uv - \\int v\\,du = {tex(c * X ** (n + 1) / (n + 1))}\\ln x"
            f" - \\int {tex(c * X**n / (n + 1))}\\,dx$."),
        ]
    else:
        base = {"exp": sp.exp, "sin": sp.sin, "cos": sp.cos}[kind]
        shift = {"exp": 0, "sin": -sp.pi / 2, "cos": -sp.pi / 2}[kind]

        def antiderivative(k: int) -> sp.Expr:
            return base(a * X + k * shift) / sp.Integer(a) ** k

        p = c * X**n
        f = p * base(a * X)
        answer, rows = _tabular(p, antiderivative)
        steps = [
            (f"Integrate by parts with $u = {tex(p)}$ (differentiated until it vanishes) and "
            f"$dv = {tex(base(a * X))}\\,dx$ (integrated repeatedly): the tabular method."),
            *rows,
            "Sum the products $u^{(k)} v_{k+1}$ with alternating signs.",
        ]
    return _integral_problem(rng, f, answer, steps)


@family("calculus.integral_partial_fractions", verify=_verify_antiderivative)
def integral_partial_fractions(rng: random.Random, difficulty: int) -> Problem:
    """Indefinite integral of a rational function by partial fractions (distinct/repeated roots)."""
    roots = rng.sample(range(-4 - difficulty, 5 + difficulty), 2 + (difficulty >= 4))
    terms = [(nonzero(rng, 2 + difficulty), r, 1) for r in roots]  # c / (x - r)**k
    if difficulty >= 3:
        terms.append((nonzero(rng, 2 + difficulty), roots[0], 2))
    pieces = [c / (X - r) ** k for c, r, k in terms]
    f = sp.factor(sp.together(sp.Add(*pieces)))
    num_, den = sp.fraction(f)
    f = sp.expand(num_) / sp.expand(den)
    answer = sp.Add(*(c * sp.log(X - r) if k == 1 else -c / (X - r)
                      for c, r, k in terms))
    steps = [
        f"Factor the denominator: ${tex(sp.expand(den))} = {tex(sp.factor(den))}$.",
        (f"Decompose: $\\frac{{{tex(sp.expand(num_))}}}{{{tex(sp.expand(den))}}} = "
        f"{tex(sp.Add(*pieces))}$."),
        ("Integrate each piece: $\\int \\frac{A}{x-r}dx = A\\ln(x-r)$, "
        "$\\int \\frac{B}{(x-r)^2}dx = -\\frac{B}{x-r}$."),
    ]
    code = program(
        """
        from sympy import Add, S, apart, log, symbols

        x = symbols("x")


        def solve():
            total = 0
            for term in Add.make_args(apart(S({f}), x)):  # A / (x - r)**k pieces
                A, power = term.as_independent(x)
                base, k = power.as_base_exp()
                k = -k
                total += A * log(base) if k == 1 else -A / ((k - 1) * base ** (k - 1))
            return total  # one antiderivative; compare up to a constant
        """,
        f=str(f),
    )
    return _integral_problem(rng, f, answer, steps, code=code)


@family("calculus.integral_trig", verify=_verify_antiderivative)
def integral_trig(rng: random.Random, difficulty: int) -> Problem:
    """Indefinite trigonometric integral: powers and products of sin and cos, sec^2, tan^2."""
    a = rng.randint(1, 1 + difficulty // 2)
    c = nonzero(rng, 1 + difficulty)
    n = rng.randint(1, 2 + difficulty)
    s, co = sp.sin(a * X), sp.cos(a * X)
    b = a + rng.randint(1, 3)
    forms = [
        (s**n * co, s ** (n + 1) / (a * (n + 1)),
         f"Substitute $u = {tex(s)}$, $du = {tex(a * co)}\\,dx$."),
        (co**n * s, -(co ** (n + 1)) / (a * (n + 1)),
         f"Substitute $u = {tex(co)}$, $du = {tex(-a * s)}\\,dx$."),
        (s**2, X / 2 - sp.sin(2 * a * X) / (4 * a),
         "Use the half-angle identity $\\sin^2\\theta = \\frac{1 - \\cos 2\\theta}{2}$."),
        (co**2, X / 2 + sp.sin(2 * a * X) / (4 * a),
         "Use the half-angle identity $\\cos^2\\theta = \\frac{1 + \\cos 2\\theta}{2}$."),
        (sp.sec(a * X) ** 2, sp.tan(a * X) / a, "Use $\\frac{d}{dx}\\tan u = \\sec^2 u\\,u'$."),
        (sp.tan(a * X) ** 2, sp.tan(a * X) / a - X,
         "Use $\\tan^2\\theta = \\sec^2\\theta - 1$."),
        (sp.sin(a * X) * sp.cos(b * X),
         -sp.cos((a + b) * X) / (2 * (a + b)) - sp.cos((a - b) * X) / (2 * (a - b)),
         "Use $\\sin A \\cos B = \\frac{1}{2}[\\sin(A+B) + \\sin(A-B)]$."),
    ]
    integrand, antiderivative, hint = rng.choice(forms[: 4 + difficulty])
    f, answer = c * integrand, c * antiderivative
    return _integral_problem(rng, f, answer, [hint], linearize=True)


def _verify_definite(problem: Problem) -> list[Check]:
    """Numeric quadrature (mpmath tanh-sinh) against the exact value."""
    f = sp.S(problem.params["f"])
    a, b = problem.params["bounds"]
    value = mpmath.quad(lambda t: num(f, {X: t}), [a, b])
    ok = close(value, to_number(problem.answer), mpmath.mpf(10) ** -15)
    return [check("numeric quadrature (tanh-sinh)", ok, f"quad = {value}")]


@family("calculus.definite_integral", verify=_verify_definite)
def definite_integral(rng: random.Random, difficulty: int) -> Problem:
    """A definite integral of a polynomial (plus 1/x and e^x terms when harder)."""
    f = _poly(rng, rng.randint(1, 1 + difficulty), 2 + difficulty)
    a = rng.randint(1 if difficulty >= 3 else -3, 3)
    b = a + rng.randint(1, 3)
    if difficulty >= 3:
        f += nonzero(rng, 5) / X
    if difficulty >= 4:
        f += nonzero(rng, 3) * sp.exp(X)
    antiderivative = sp.Add(*(sp.integrate(t, X) for t in sp.Add.make_args(f)))
    answer = sp.expand(antiderivative.subs(X, b) - antiderivative.subs(X, a))
    text, latex = statement(
        rng,
        ["Evaluate {I}.", "Compute {I}.", "Find the exact value of {I}.", "What is {I}?"],
        I=_m(f"integral from {a} to {b} of {f} dx", rf"\int_{{{a}}}^{{{b}}} {tex(f)}\, dx"),
    )
    steps = [
        f"An antiderivative is $F(x) = {tex(antiderivative)}$.",
        (f"$F({b}) - F({a}) = {tex(antiderivative.subs(X, b))} - "
        f"\\left({tex(antiderivative.subs(X, a))}\\right) = {tex(answer)}$."),
    ]
    code = program(
        """
        from sympy import Add, S, integrate, symbols

        x = symbols("x")


        def solve():
            F = sum(integrate(term, x) for term in Add.make_args(S({f})))  # term by term
            return F.subs(x, {b}) - F.subs(x, {a})  # fundamental theorem of calculus
        """,
        f=str(f), a=a, b=b,
    )
    return Problem(text, latex, answer, steps, code, {"f": str(f), "bounds": [a, b]},
                   exports={"a": answer})


# --- series --------------------------------------------------------------------------

SERIES_TEMPLATES = [
    "Find the sum of the series {s}.",
    "Evaluate {s}.",
    "Compute the exact value of {s}.",
    "What is {s}?",
]


def _series_value(term: sp.Expr, start: int) -> tuple[str, str]:
    return _m(f"sum_(n={start})^oo {term}", rf"\sum_{{n={start}}}^{{\infty}} {tex(term)}")


def _verify_series(problem: Problem) -> list[Check]:
    """Sum the series numerically with mpmath.nsum (extrapolated partial sums)."""
    term, start = sp.S(problem.params["term"], locals={"n": N}), problem.params["start"]
    with mpmath.workdps(25):  # 12 digits are asked for; 25 keeps extrapolation quick
        value = mpmath.nsum(lambda k: num(term, {N: k}), [start, mpmath.inf],
                            method=problem.params.get("nsum", "r+s"))
        ok = close(value, to_number(problem.answer), mpmath.mpf(10) ** -12)
    return [check("numeric summation with extrapolation (mpmath.nsum)", ok, f"nsum = {value}")]


@family("calculus.series_geometric", verify=_verify_series)
def series_geometric(rng: random.Random, difficulty: int) -> Problem:
    """Sum of a geometric series a*r**n from n = n0 to infinity, |r| < 1."""
    q = rng.randint(2, 3 + difficulty)
    r = sp.Rational(nonzero(rng, q - 1), q)
    a = nonzero(rng, 2 + 2 * difficulty)
    start = rng.randint(0, min(difficulty, 3))
    term = a * r**N
    answer = a * r**start / (1 - r)
    text, latex = statement(rng, SERIES_TEMPLATES, s=_series_value(term, start))
    steps = [
        f"This is a geometric series with ratio $r = {tex(r)}$, and $|r| < 1$, so it converges.",
        f"The first term is ${tex(a * r**start)}$.",
        (f"Sum $= \\frac{{\\text{{first term}}}}{{1 - r}} = \\frac{{{tex(a * r**start)}}}"
        f"{{1 - ({tex(r)})}} = {tex(answer)}$."),
    ]
    code = program(
        """
        from sympy import Rational


        def solve():
            a, r, start = {a}, Rational({r}), {start}
            return a * r**start / (1 - r)  # first term over (1 - ratio)
        """,
        a=a, r=str(r), start=start,
    )
    return Problem(text, latex, answer, steps, code, {"term": str(term), "start": start})


@family("calculus.series_telescoping", verify=_verify_series)
def series_telescoping(rng: random.Random, difficulty: int) -> Problem:
    """Sum of a telescoping series c/((n+p)(n+p+k)) from n = 1."""
    p = rng.randint(0, 1 + difficulty)
    k = rng.randint(1, 1 + difficulty // 2)
    c = nonzero(rng, 2 + difficulty) * k
    term = c / ((N + p) * (N + p + k))
    answer = sp.Rational(c, k) * sp.Add(*(sp.Rational(1, p + j) for j in range(1, k + 1)))
    text, latex = statement(rng, SERIES_TEMPLATES, s=_series_value(term, 1))
    steps = [
        (f"Partial fractions: ${tex(term)} = {tex(sp.Rational(c, k))}"
         f"\\left(\\frac{{1}}{{{tex(N + p)}}}"
        f" - \\frac{{1}}{{{tex(N + p + k)}}}\\right)$."),
        (f"The sum telescopes: all terms cancel except $\\frac{{1}}{{n + {p}}}$ for "
        f"$n = 1, \\dots, {k}$."),
        f"Sum $= {tex(sp.Rational(c, k))}\\left("
        + " + ".join(f"\\frac{{1}}{{{p + j}}}" for j in range(1, k + 1))
        + f"\\right) = {tex(answer)}$.",
    ]
    code = program(
        """
        from sympy import Rational, apart, symbols

        n = symbols("n", integer=True)


        def solve():
            c, p, k = {c}, {p}, {k}
            parts = apart(Rational(c) / ((n + p) * (n + p + k)), n)
            # parts = A/(n+p) - A/(n+p+k): only the first k terms of A/(n+p) survive
            A = parts.coeff(1 / (n + p))
            return sum(A / (j + p) for j in range(1, k + 1))
        """,
        c=c, p=p, k=k,
    )
    # Richardson extrapolation suits terms that are rational functions of n
    params = {"term": str(term), "start": 1, "nsum": "richardson"}
    return Problem(text, latex, answer, steps, code, params)


# Known Maclaurin series: (function of x, n-th term in n and x, first n, |x| limit or None).
_KNOWN_SERIES: list[tuple[sp.Expr, sp.Expr, int, bool]] = [
    (sp.exp(X), X**N / sp.factorial(N), 0, False),
    (sp.sin(X), (-1) ** N * X ** (2 * N + 1) / sp.factorial(2 * N + 1), 0, False),
    (sp.cos(X), (-1) ** N * X ** (2 * N) / sp.factorial(2 * N), 0, False),
    (-sp.log(1 - X), X**N / N, 1, True),
    (sp.log(1 + X), (-1) ** (N + 1) * X**N / N, 1, True),
    (X / (1 - X) ** 2, N * X**N, 1, True),
]


@family("calculus.series_power", verify=_verify_series)
def series_power(rng: random.Random, difficulty: int) -> Problem:
    """Sum of a series recognised as a known Maclaurin series (e^x, sin, cos, log, x/(1-x)^2)."""
    function, general, start, needs_small = rng.choice(_KNOWN_SERIES)
    if needs_small:
        q = rng.randint(2, 3 + difficulty)
        value = sp.Rational(nonzero(rng, q - 1), q)
    else:
        value = sp.Rational(nonzero(rng, 1 + difficulty), rng.choice([1, 1, 2, 3]))
    term = general.subs(X, value)
    answer = function.subs(X, value)
    text, latex = statement(rng, SERIES_TEMPLATES, s=_series_value(term, start))
    steps = [
        (f"Recognise ${tex(general)}$ summed from $n = {start}$ as the Maclaurin series of "
        f"${tex(function)}$."),
        f"The series is that function at $x = {tex(value)}$ (inside the interval of convergence).",
        f"So the sum is ${tex(answer)}$.",
    ]
    code = program(
        """
        from sympy import Poly, S, expand, series, symbols

        x = symbols("x")
        n = symbols("n", integer=True)


        def solve():
            known, general, value = S({function}), S({general}, locals=dict(n=n)), S({value})
            # the first terms must be the Maclaurin series of the known function
            terms = sum(general.subs(n, k) for k in range({start}, {start} + 5))
            order = Poly(terms, x).degree() + 1
            assert expand(series(known, x, 0, order).removeO() - terms) == 0
            return known.subs(x, value)
        """,
        function=str(function), general=str(general), value=str(value), start=start,
    )
    return Problem(text, latex, answer, steps, code, {"term": str(term), "start": start})


def _verify_taylor(problem: Problem) -> list[Check]:
    """Compare coefficients with mpmath.taylor (numeric differentiation) of f at the centre."""
    f, degree = sp.S(problem.params["f"]), problem.params["degree"]
    numeric = mpmath.taylor(lambda t: num(f, {X: t}), 0, degree)
    poly = sp.Poly(problem.answer, X)
    exact = [to_number(poly.coeff_monomial(X**k)) for k in range(degree + 1)]
    ok = all(close(a, b, mpmath.mpf(10) ** -12) for a, b in zip(numeric, exact))
    return [check("coefficients by numeric differentiation (mpmath.taylor)", ok,
                  f"numeric {[mpmath.nstr(c, 8) for c in numeric]}")]


@family("calculus.taylor_polynomial", verify=_verify_taylor)
def taylor_polynomial(rng: random.Random, difficulty: int) -> Problem:
    """The Maclaurin (Taylor at 0) polynomial of given degree of a standard function."""
    a = nonzero(rng, 1 + difficulty // 2)
    k = rng.randint(2, 4)
    choices = [sp.exp(a * X), sp.sin(a * X), sp.cos(a * X), sp.log(1 + a * X), 1 / (1 - a * X),
               (1 + X) ** sp.Rational(1, k), sp.sqrt(1 + a * X)]
    if difficulty >= 4:
        choices += [sp.exp(a * X) * sp.sin(X), sp.exp(X) / (1 - a * X)]
    f = rng.choice(choices)
    degree = 1 + difficulty
    coeffs, g = [], f
    for j in range(degree + 1):
        coeffs.append(g.subs(X, 0) / sp.factorial(j))
        g = derivative(g, X)
    answer = sp.Add(*(c * X**j for j, c in enumerate(coeffs)))
    text, latex = statement(
        rng,
        ["Find the Taylor polynomial of degree {d} of {f} about x = 0.",
         "Compute the degree-{d} Maclaurin polynomial of {f}.",
         "What is the Maclaurin polynomial of order {d} for {f}?"],
        d=str(degree), f=f,
    )
    steps = [
        "The Maclaurin polynomial is $\\sum_{k=0}^{n} \\frac{f^{(k)}(0)}{k!} x^k$.",
        "Coefficients $\\frac{f^{(k)}(0)}{k!}$: "
        + ", ".join(f"$k={j}: {tex(c)}$" for j, c in enumerate(coeffs)) + ".",
        f"So $T_{{{degree}}}(x) = {tex(answer)}$.",
    ]
    code = program(
        """
        from sympy import S, series, symbols

        x = symbols("x")


        def solve():
            return series(S({f}), x, 0, {order}).removeO()
        """,
        f=str(f), order=degree + 1,
    )
    return Problem(text, latex, answer, steps, code, {"f": str(f), "degree": degree})
