"""Posed family for a book's Laplace transforms and inverse transforms.

The formalize stage reads "Find the Laplace transform of $t e^{-t}$" into ``expr``
(a function of t; of s with ``inverse``) and ``parameters`` (the book's named
constants, positive symbols). SymPy's transform tables compute the answer (for an
inverse transform on t >= 0: the Heaviside step at 0 is dropped, but an improper
F(s) such as s^2/(s^2+1) keeps its impulse delta(t)). The verifier integrates the
definition numerically instead, e^{-st} f(t) from 0 to infinity at three values of
s (and of the constants), with mpmath: for an inverse transform, of the computed
f(t), which must give back the book's F(s); an impulse c delta(t - a), a >= 0, adds
its c e^{-as} by the definition of delta.
"""

from __future__ import annotations

import inspect
import itertools
import random
from typing import Any

import mpmath
import sympy as sp

from exercises.families.textbook import WORDINGS, X, latex, program, worded
from exercises.families.textbook_odes import Y, named_constants, read_ode
from exercises.family import Check, Problem, family

T, S = sp.Symbol("t", positive=True), sp.Symbol("s", positive=True)


def _names(params: dict[str, Any]) -> dict[str, Any]:
    return {"t": T, "s": S, "E": sp.E, "e": sp.E, "u": sp.Heaviside,
            **{n: sp.Symbol(n, positive=True) for n in params.get("parameters", [])}}


def transform(expr: sp.Expr, inverse: bool, t: sp.Symbol, s: sp.Symbol) -> sp.Expr:
    """The Laplace transform of ``expr`` (in t), or the inverse transform (of ``expr`` in s)
    for t >= 0, in a real form. The inverse is taken in a real t: a positive t would make
    SymPy drop the impulse delta(t) of an improper F(s)."""
    import sympy

    if inverse:
        real = sympy.Symbol(t.name, real=True)
        result = sympy.inverse_laplace_transform(expr, s, real).subs(sympy.Heaviside(real), 1)
    else:
        result = sympy.laplace_transform(expr, t, s, noconds=True)
    if result.has(sympy.I):
        result = sympy.simplify(sympy.expand_complex(result))
    return result.subs({v: sympy.Symbol(v.name) for v in result.free_symbols})  # as books write


def _positive(expr: sp.Expr) -> sp.Expr:
    return expr.subs({v: sp.Symbol(v.name, positive=True) for v in expr.free_symbols})


def _pose(params: dict[str, Any]) -> Problem:
    expr = sp.sympify(params["expr"], locals=_names(params))
    inverse = bool(params.get("inverse"))
    answer = transform(expr, inverse, T, S)
    if answer.has(sp.LaplaceTransform, sp.InverseLaplaceTransform, sp.Integral):
        raise ValueError("SymPy's tables leave the transform unevaluated")
    what = "the inverse Laplace transform" if inverse else "the Laplace transform"
    var = "s" if inverse else "t"
    plain, tex = worded(params, [
        ("Find {what} of {p}.", "Find {what} of ${l}$."),
        ("Compute {what} of the function {p} of {v}.", "Compute {what} of ${l}$."),
        ("What is {what} of {p}?", "What is {what} of ${l}$?"),
    ], what=what, p=sp.sstr(expr), l=latex(expr), v=var)
    names = ", ".join(repr(n) for n in params.get("parameters", []))
    code = (
        "import sympy\n\n\n" + inspect.getsource(transform) + "\n\n"
        "def solve():\n"
        "    t, s = sympy.Symbol('t', positive=True), sympy.Symbol('s', positive=True)\n"
        f"    names = {{'t': t, 's': s, 'u': sympy.Heaviside, "
        f"**{{n: sympy.Symbol(n, positive=True) for n in [{names}]}}}}\n"
        f"    f = sympy.sympify({params['expr']!r}, locals=names)\n"
        f"    return transform(f, {inverse}, t, s)\n"
    )
    steps = [(f"Use the table of transforms and linearity (partial fractions for an inverse "
             f"transform): {what} of ${latex(expr)}$ is ${latex(answer)}$.")]
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps, code=code,
                   params=params)


def _numeric_transform(f: sp.Expr, s: float, values: dict[sp.Symbol, Any]) -> mpmath.mpf:
    """The definition, integral of e^{-st} f(t) over (0, infinity), by quadrature."""
    function = sp.lambdify(T, f.subs(values), modules="mpmath")
    return mpmath.quad(lambda t: mpmath.exp(-s * t) * function(t), [0, 1, 4, mpmath.inf])


def _impulses(f: sp.Expr) -> tuple[sp.Expr, sp.Expr]:
    """f without its impulses c delta(t - a), and their transform, the sum of c e^{-as}
    (the definition of delta, a >= 0 with delta(t) counted whole, as the book does)."""
    t = sp.Symbol("t")
    terms = sp.Add.make_args(sp.expand(f))
    impulses = [term for term in terms if term.has(sp.DiracDelta)]
    transformed = sp.Integer(0)
    for term in impulses:
        (delta,) = term.atoms(sp.DiracDelta)
        shift = -delta.args[0].subs(t, 0)
        coefficient = term / delta
        if len(delta.args) != 1 or sp.expand(delta.args[0] - t + shift) != 0 \
                or coefficient.has(sp.DiracDelta, t) or not shift >= 0:
            raise ValueError(f"not an impulse c delta(t - a), a >= 0: {term}")
        transformed += coefficient * sp.exp(-shift * S)
    return sp.Add(*(term for term in terms if term not in impulses)), transformed


def _verify(problem: Problem) -> list[Check]:
    params = problem.params
    expr = sp.sympify(params["expr"], locals=_names(params))
    inverse = bool(params.get("inverse"))
    regular, impulses = _impulses(problem.answer) if inverse else (problem.answer, sp.S.Zero)
    answer, impulses = _positive(regular), _positive(impulses)
    f, big_f = (answer, expr - impulses) if inverse else (expr, answer)
    rng = random.Random(params["expr"])
    named = sorted((f.free_symbols | big_f.free_symbols) - {T, S}, key=str)
    agree, worst = True, 0.0
    with mpmath.workdps(20):
        for _ in range(3):
            values = {c: sp.Rational(rng.randint(5, 20), 10) for c in named}
            s = mpmath.mpf(rng.randint(4000, 9000)) / 1000  # beyond the usual abscissae
            numeric = _numeric_transform(f, s, values)
            exact = complex(sp.N(big_f.subs(values).subs(S, sp.Float(str(s), 20)), 20))
            error = abs(complex(numeric) - exact) / (1 + abs(exact))
            worst = max(worst, error)
            agree = agree and error < 1e-8
    return [Check("the definition integrated numerically (mpmath, 3 values of s and of the "
                  "constants) agrees", agree, f"largest relative error {worst:.1e}")]


@family("differential_equations.laplace_transform", verify=_verify, pose=_pose)
def laplace_transform(rng: random.Random, difficulty: int) -> Problem:
    """A transform of a sum of t^n, e^{at}, sin, cos terms, or an inverse of a rational F(s)."""
    t = sp.Symbol("t")
    if rng.random() < 0.5:
        terms = [rng.randint(1, 5) * t ** rng.randint(0, 2 + difficulty),
                 rng.randint(1, 4) * rng.choice([sp.sin, sp.cos])(rng.randint(1, 4) * t),
                 t ** rng.randint(0, 2) * sp.exp(rng.randint(-3, 3) * t)]
        expr = sp.Add(*rng.sample(terms, 1 + min(difficulty, 2)))
        params = {"expr": sp.sstr(expr), "inverse": False}
    else:
        s = sp.Symbol("s")
        roots = rng.sample(range(-4, 5), 1 + min(difficulty, 2))
        expr = rng.randint(1, 6) / sp.Mul(*[s - r for r in roots])
        params = {"expr": sp.sstr(expr), "inverse": True}
    return _pose({**params, "parameters": [], "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- initial value problems


def laplace_solution(ode, y, x, ics):
    """y(x) for a linear equation with constant coefficients and values at 0 (a forcing with
    steps and impulses allowed), by the Laplace transform: L{y^(k)} = s^k Y - s^(k-1) y(0)
    - ... - y^(k-1)(0); solve for Y(s), transform back. None for any other equation."""
    import sympy

    t, s = sympy.Symbol("t"), sympy.Symbol("s", positive=True)  # t may be 0: delta(t) counts
    order = max((d.derivative_count for d in ode.atoms(sympy.Derivative)), default=0)
    derivatives = [y(x).diff(x, k) for k in range(order + 1)]
    names = [sympy.Dummy() for _ in derivatives]
    linear = sympy.expand(ode.subs(dict(zip(reversed(derivatives), reversed(names)))))
    coefficients = [linear.coeff(n) for n in names]
    forcing = -(linear - sum(c * n for c, n in zip(coefficients, names)))
    initial = {}
    for key, value in ics.items():
        point = key.args[2][0] if isinstance(key, sympy.Subs) else key.args[0]
        count = key.args[0].derivative_count if isinstance(key, sympy.Subs) else 0
        if point != 0:
            return None
        initial[count] = value
    if order == 0 or any(c.has(x) for c in coefficients) or forcing.has(*names) \
            or sorted(initial) != list(range(order)):
        return None
    transformed = sympy.laplace_transform(forcing.subs(x, t), t, s, noconds=True)
    memory = sum(c * sum(s ** (k - 1 - j) * initial[j] for j in range(k))
                 for k, c in enumerate(coefficients))
    big_y = (transformed + memory) / sum(c * s**k for k, c in enumerate(coefficients))
    answer = sympy.inverse_laplace_transform(sympy.expand(big_y), s, t)
    if answer.has(sympy.InverseLaplaceTransform, sympy.I):
        return None
    return sympy.expand(answer.subs(sympy.Heaviside(t), 1).subs(t, x))


def _jumps(*exprs: sp.Expr) -> list[sp.Expr]:
    """0 and the points t >= 0 where a step or an impulse in ``exprs`` switches on."""
    points = {sp.Integer(0)}
    for expr in exprs:
        for atom in expr.atoms(sp.Heaviside, sp.DiracDelta):
            root = sp.solve(atom.args[0], X)
            points |= {r for r in root if r.is_number and r >= 0}
    return sorted(points)


def _on(expr: sp.Expr, at: sp.Expr) -> sp.Expr:
    """``expr`` on the open interval holding ``at``: each step 0 or 1, each impulse 0."""
    steps = {h: 1 if h.args[0].subs(X, at) > 0 else 0 for h in expr.atoms(sp.Heaviside)}
    return expr.subs(steps).subs({d: 0 for d in expr.atoms(sp.DiracDelta)})


def _verify_ivp(problem: Problem) -> list[Check]:
    """Piece by piece, independent of the transform: between the switching points the answer
    satisfies the equation (random points, 30 digits); at 0 it has the given values; at each
    switching point y, ..., y^(n-2) are continuous and y^(n-1) jumps by the impulse / the
    leading coefficient (and does not jump at a step)."""
    ode, ics = read_ode(problem.params)
    answer = named_constants(problem.answer, problem.params, positive=True)
    order = max(d.derivative_count for d in ode.atoms(sp.Derivative))
    lead = ode.coeff(Y(X).diff(X, order))
    forcing = sp.expand(-(ode - sum(ode.coeff(Y(X).diff(X, k)) * Y(X).diff(X, k)
                                    for k in range(1, order + 1)) - ode.coeff(Y(X)) * Y(X)))
    rng = random.Random(problem.params["ode"])
    named = {c: sp.Rational(rng.randint(5, 30), 7) for c in answer.free_symbols | ode.free_symbols
             if c != X}
    points = _jumps(ode, answer)
    ends = [*points, points[-1] + 2]
    solves, meets = True, True
    for low, high in itertools.pairwise(ends):
        for _ in range(2):
            at = low + (high - low) * sp.Rational(rng.randint(100, 900), 1000)
            piece = _on(answer, at)
            residual = _on(ode, at).subs(Y(X), piece).doit().subs(named).subs(X, at)
            solves = solves and abs(sp.N(residual, 30)) < 1e-15 * (1 + abs(sp.N(
                piece.subs(named).subs(X, at), 30)))
    given = {(k.args[0].derivative_count if isinstance(k, sp.Subs) else 0): v for k, v in ics.items()}
    for point in points:
        left = _on(answer, point - sp.Rational(1, 10**6)) if point > 0 else None
        right = _on(answer, point + sp.Rational(1, 10**6))
        impulse = sp.expand(forcing).coeff(sp.DiracDelta(X - point)) / lead
        for k in range(order):
            after = right.diff(X, k).subs(X, point)
            before = left.diff(X, k).subs(X, point) if left is not None else given[k]
            jump = impulse.subs(X, point) if k == order - 1 else 0
            meets = meets and abs(sp.N((after - before - jump).subs(named), 30)) < 1e-20
    return [Check("between the switching points the answer satisfies the equation "
                  "(random points, 30 digits)", bool(solves)),
            Check("the values at 0, continuity at each step, the jump of y^(n-1) at each impulse",
                  bool(meets), f"switching points {[sp.sstr(p) for p in points]}")]


def _pose_ivp(params: dict[str, Any]) -> Problem:
    ode, ics = read_ode(params)
    answer = laplace_solution(ode, Y, X, ics)
    if answer is None:
        raise ValueError("not a constant-coefficient equation with all its values at 0")
    answer = named_constants(answer, params, positive=False)
    equation = f"{latex(ode)} = 0"
    conditions = ", ".join(f"{latex(k)} = {latex(v)}" for k, v in ics.items())
    plain, tex = worded(params, [
        ("Solve {p} = 0 with {c} using the Laplace transform.",
         "Solve ${e}$ with ${lc}$ using the Laplace transform."),
        ("Find the solution of {p} = 0, {c}.", "Find the solution of ${e}$, ${lc}$."),
        ("Use the Laplace transform to solve {p} = 0, {c}.",
         "Use the Laplace transform to solve ${e}$, ${lc}$."),
    ], p=sp.sstr(ode), c=", ".join(f"{sp.sstr(k)} = {sp.sstr(v)}" for k, v in ics.items()),
        e=equation, lc=conditions)
    steps = [("Transform the equation: $\\mathcal{L}\\{y^{(k)}\\} = s^k Y(s) - s^{k-1} y(0) - "
             "\\dots - y^{(k-1)}(0)$, a step $u(t-a) f(t-a)$ becomes $e^{-as} F(s)$ and "
             "$\\delta(t-a)$ becomes $e^{-as}$."),
             ("Solve the algebraic equation for $Y(s)$ and transform back (partial fractions, "
             "the shift theorem)."),
             f"$y = {latex(answer)}$."]
    names = ", ".join(repr(n) for n in params.get("parameters", []))
    code = (
        "import sympy\n\n\n" + inspect.getsource(laplace_solution) + "\n\n"
        "def solve():\n"
        "    x, y = sympy.Symbol('x'), sympy.Function('y')\n"
        f"    names = {{'x': x, 'y': y, **{{n: sympy.Symbol(n, positive=True) for n in [{names}]}}}}\n"
        f"    ode = sympy.sympify({params['ode']!r}, locals=names)\n"
        f"    ics = {{sympy.sympify(k, locals={{**names, 'Subs': sympy.Subs}}): "
        f"sympy.sympify(v, locals=names) for k, v in {params['ics']!r}.items()}}\n"
        "    result = laplace_solution(ode, y, x, ics)\n"
        "    return result.subs({n: sympy.Symbol(n.name) for n in result.free_symbols "
        "if n.is_positive})\n")
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps, code=code,
                   params=params)


@family("differential_equations.laplace_ivp", verify=_verify_ivp, pose=_pose_ivp)
def laplace_ivp(rng: random.Random, difficulty: int) -> Problem:
    """x'' + b x' + c x = (step or impulse at a), at rest at 0."""
    y, a = Y(X), rng.randint(1, 3)
    forcing = rng.choice([sp.Heaviside(X - a), rng.randint(1, 4) * sp.DiracDelta(X - a)])
    ode = y.diff(X, 2) + rng.randint(0, 2) * y.diff(X) + rng.randint(1, 5) * y - forcing
    return _pose_ivp({"ode": sp.sstr(ode), "ics": {"y(0)": "0", "Subs(Derivative(y(x), x), x, 0)":
                                                   "0"}, "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- a piecewise function in steps

REAL_T = sp.Symbol("t")  # (a piece may lie before t = 0)


def in_steps(pieces, t):
    """f written with the Heaviside step u(t - a) (SymPy's Heaviside): the first piece, then at
    each break a the jump to the next piece's formula, (g - f) u(t - a)."""
    import sympy

    rows = [(sympy.sympify(f, locals={"t": t}), sympy.sympify(a), sympy.sympify(b))
            for f, a, b in pieces]
    total = rows[0][0] * (sympy.Heaviside(t - rows[0][1]) if rows[0][1] != -sympy.oo else 1)
    for k in range(1, len(rows)):
        total += sympy.factor(rows[k][0] - rows[k - 1][0]) * sympy.Heaviside(t - rows[k][1])
    if rows[-1][2] != sympy.oo:
        total -= rows[-1][0] * sympy.Heaviside(t - rows[-1][2])
    return total


def _pose_steps(params: dict[str, Any]) -> Problem:
    pieces = params["pieces"]
    if any(sp.sympify(pieces[k][1]) != sp.sympify(pieces[k - 1][2]) for k in range(1, len(pieces))):
        raise ValueError("the pieces must follow each other")
    answer = in_steps(pieces, REAL_T)
    f = sp.Piecewise(*[(sp.sympify(e, locals={"t": REAL_T}),
                        (REAL_T >= sp.sympify(a)) & (REAL_T < sp.sympify(b)))
                       for e, a, b in pieces], (0, True))
    tex = [f"Using the Heaviside function $u(t)$, write down the function $f(t) = {latex(f)}$.",
           f"Write $f(t) = {latex(f)}$ with the Heaviside function $u(t)$.",
           f"Express $f(t) = {latex(f)}$ in terms of steps $u(t - a)$."][
        params.get("template", 0) % WORDINGS]
    steps = [("Start from the first piece; at each break $a$ add the jump to the next piece's "
              "formula times $u(t-a)$."), f"$f(t) = {latex(answer)}$."]
    return Problem(statement=tex.replace("$", ""), statement_latex=tex, answer=answer,
                   steps=steps, code=program([in_steps], f"in_steps({pieces!r}, "
                                             "sympy.Symbol('t'))"), params=params)


def _verify_steps(problem: Problem) -> list[Check]:
    """The answer against each piece's formula at points inside it (not at the breaks, where
    the books' u(0) = 1 and SymPy's Heaviside(0) = 1/2 differ), 30 digits."""
    rng = random.Random(sp.sstr(problem.params["pieces"]))
    if not isinstance(problem.answer, sp.Expr) or problem.answer.free_symbols - {REAL_T}:
        return [Check("the answer is a function of t alone", False)]
    same = True
    for e, a, b in problem.params["pieces"]:
        low, high = sp.sympify(a), sp.sympify(b)
        low = high - 5 if low == -sp.oo else low
        high = low + 5 if high == sp.oo else high
        for _ in range(3):
            at = low + (high - low) * sp.Rational(rng.randint(1, 999), 1000)
            same = same and abs(sp.N(problem.answer.subs(REAL_T, at)
                                     - sp.sympify(e, locals={"t": REAL_T}).subs(REAL_T, at), 30)
                                ) < 1e-20
    pieces = problem.params["pieces"]
    beyond = ([sp.sympify(pieces[0][1]) - 1] if pieces[0][1] != "-oo" else []) + \
        ([sp.sympify(pieces[-1][2]) + 1] if pieces[-1][2] != "oo" else [])
    outside = all(abs(sp.N(problem.answer.subs(REAL_T, at), 30)) < 1e-20 for at in beyond)
    return [Check("equal to each piece's formula at random points inside it (30 digits)",
                  bool(same)),
            Check("zero outside the pieces", bool(outside))]


def _redraw_steps(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """The same pieces shifted by a whole number (their formulas in t - shift)."""
    shift = rng.choice([-2, -1, 1, 2, 3])

    def moved(v: str) -> str:
        value = sp.sympify(v)
        return v if value in (sp.oo, -sp.oo) else sp.sstr(value + shift)

    return {**params, "pieces": [[sp.sstr(sp.sympify(e, locals={"t": REAL_T}).subs(REAL_T, REAL_T - shift)),
                                  moved(a), moved(b)] for e, a, b in params["pieces"]]}


REDRAW = {"differential_equations.heaviside_form": _redraw_steps}


@family("differential_equations.heaviside_form", verify=_verify_steps, pose=_pose_steps)
def heaviside_form(rng: random.Random, difficulty: int) -> Problem:
    """0 before a, a polynomial on [a, b), a constant after b."""
    a = rng.randint(0, 2)
    b = a + rng.randint(1, 2)
    pieces = [["0", "-oo", str(a)], [sp.sstr((REAL_T - a) ** rng.randint(1, 2)), str(a), str(b)],
              [str(rng.randint(0, 3)), str(b), "oo"]]
    return _pose_steps({"pieces": pieces, "template": rng.randrange(WORDINGS)})
