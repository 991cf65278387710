"""Posed family for a book's heat and wave equations on 0 < x < L, solved by separation of variables.

The formalize stage reads ``u_t = k u_xx`` (``kind`` "heat") or ``y_tt = k y_xx`` ("wave",
k = a^2), the length ``L``, the ends (``ends``: "dirichlet" for u(0,t) = u(L,t) = 0,
"neumann" for u_x(0,t) = u_x(L,t) = 0, heat only) and the initial data ``f`` (and ``g``,
the initial velocity of a wave). The answer is the series the books write: the sine
(cosine) coefficients of the data, each mode decaying like e^{-n^2 pi^2 k t / L^2} or
oscillating with frequency n pi a / L. Data that is already a finite sum of the modes
gives a finite answer. The verifier checks the modes n = 1..4 independently: each
satisfies the equation and the end conditions at random points (30 digits), and its
coefficient at t = 0 agrees with the defining integral computed by quadrature (mpmath).
"""

from __future__ import annotations

import inspect
import random
from typing import Any

import mpmath
import sympy as sp

from exercises.families.textbook import WORDINGS, latex, worded
from exercises.family import Check, Problem, family

X, T = sp.Symbol("x"), sp.Symbol("t")
N = sp.Symbol("n", integer=True, positive=True)
NAMES = {"x": X, "t": T, "E": sp.E, "e": sp.E}


def separated_solution(kind, ends, k, length, f, g, x, t, n):
    """u(x, t): the modes of the ends' eigenfunctions, each with its coefficients from the
    data f (and g, a wave's initial velocity); a finite sum when the data is a sum of modes."""
    import sympy

    mode = (sympy.cos if ends == "neumann" else sympy.sin)(n * sympy.pi * x / length)

    def in_time(m, first, second):
        if m == 0:  # the constant mode of insulated ends
            return first / 2 + (second / 2 * t if kind == "wave" else 0)
        if kind == "heat":
            return first * sympy.exp(-m**2 * sympy.pi**2 * k * t / length**2)
        frequency = m * sympy.pi * sympy.sqrt(k) / length
        return first * sympy.cos(frequency * t) + second / frequency * sympy.sin(frequency * t)

    def modes_of(data):
        """{m: coefficient} when ``data`` is a finite sum of the modes (m = 0: a constant);
        powers and products of sines and cosines first become sums (sin^3 = (3 sin - sin 3)/4)."""
        from sympy.simplify.fu import TR8

        for _ in range(6):  # each pass halves the powers left
            data, before = sympy.expand(TR8(data)), data
            if data == before:
                break
        found = {}
        for term in sympy.Add.make_args(data) if data != 0 else ():
            coefficient, rest = term.as_independent(x)
            m = sympy.Integer(0) if rest == 1 else (sympy.simplify(rest.args[0] / (sympy.pi * x / length))
                                     if rest.func == mode.func else None)
            if m is None or not (m.is_integer and m >= 0) or (m == 0 and ends != "neumann"):
                return None
            found[m] = found.get(m, 0) + (2 if m == 0 else 1) * coefficient
        return found

    finite = [modes_of(f), modes_of(g)]
    if None not in finite:
        return sympy.expand(sum(mode.subs(n, m) * in_time(m, finite[0].get(m, 0), finite[1].get(m, 0))
                                for m in sorted(set(finite[0]) | set(finite[1]))))

    def coefficient(data, m):
        return sympy.simplify(2 / length * sympy.integrate(
            sympy.expand(data * mode.subs(n, m)), (x, 0, length)))

    first, second = coefficient(f, n), coefficient(g, n)
    if first.has(sympy.Piecewise) or second.has(sympy.Piecewise):
        return None  # the coefficients depend on n case by case
    constant = in_time(0, coefficient(f, 0), coefficient(g, 0)) if ends == "neumann" else 0
    return constant + sympy.Sum(mode * in_time(n, first, second), (n, 1, sympy.oo))


def _data(params: dict[str, Any]) -> tuple[sp.Expr, ...]:
    k, length = (sp.nsimplify(sp.sympify(params[key])) for key in ("k", "length"))
    f, g = (sp.nsimplify(sp.sympify(params.get(key, "0"), locals=NAMES)) for key in ("f", "g"))
    return k, length, f, g


def _pose(params: dict[str, Any]) -> Problem:
    kind, ends = params["kind"], params["ends"]
    k, length, f, g = _data(params)
    if kind == "wave" and ends != "dirichlet":
        raise ValueError("a wave with free ends is not posed here")
    answer = separated_solution(kind, ends, k, length, f, g, X, T, N)
    if answer is None:
        raise ValueError("the coefficients depend on n case by case (the data mixes modes "
                         "with other terms)")
    u = "u" if kind == "heat" else "y"
    equation = f"{u}_t = {sp.sstr(k)} {u}_xx" if kind == "heat" else f"{u}_tt = {sp.sstr(k)} {u}_xx"
    tex_equation = (f"{u}_t = {latex(k)} {u}_{{xx}}" if kind == "heat"
                    else f"{u}_{{tt}} = {latex(k)} {u}_{{xx}}")
    end = (f"{u}(0,t) = {u}({sp.sstr(length)},t) = 0" if ends == "dirichlet"
           else f"{u}_x(0,t) = {u}_x({sp.sstr(length)},t) = 0")
    start = f"{u}(x,0) = {sp.sstr(f)}" + (f", {u}_t(x,0) = {sp.sstr(g)}" if kind == "wave" else "")
    plain, tex = worded(params, [
        ("Solve {e} for 0 < x < {L}, t > 0, with {b} and {s}.",
         "Solve ${te}$ for $0 < x < {tL}$, $t > 0$, with ${b}$ and ${s}$."),
        ("Find a series solution of {e}, 0 < x < {L}, {b}, {s}.",
         "Find a series solution of ${te}$, $0 < x < {tL}$, ${b}$, ${s}$."),
        ("Use separation of variables: {e} on 0 < x < {L}, {b}, {s}.",
         "Use separation of variables: ${te}$ on $0 < x < {tL}$, ${b}$, ${s}$."),
    ], e=equation, te=tex_equation, L=sp.sstr(length), tL=latex(length), b=end, s=start)
    mode = "\\cos" if ends == "neumann" else "\\sin"
    steps = [f"Separate variables: the end conditions allow the modes ${mode}(n\\pi x/{latex(length)})$.",
             ("Expand the initial data in those modes (the coefficients are the defining integrals "
             "over $(0, L)$, times $2/L$)."),
             f"${u}(x,t) = {latex(answer)}$."]
    code = ("import sympy\n\n\n" + inspect.getsource(separated_solution) + "\n\n"
            "def solve():\n"
            "    x, t = sympy.Symbol('x'), sympy.Symbol('t')\n"
            "    n = sympy.Symbol('n', integer=True, positive=True)\n"
            "    k, length, f, g = (sympy.nsimplify(sympy.sympify(v, locals={'x': x})) for v in "
            f"{[params['k'], params['length'], params['f'], params.get('g', '0')]!r})\n"
            f"    return separated_solution({kind!r}, {ends!r}, k, length, f, g, x, t, n)\n")
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps, code=code,
                   params=params)


def _modes(answer: sp.Expr) -> tuple[sp.Expr, Any]:
    """The answer's constant-in-x part and a function m -> its m-th mode."""
    sums = list(answer.atoms(sp.Sum))
    if sums:
        term = sums[0].function
        return answer - sums[0], lambda m: term.subs(N, m)
    return answer, None


def _quadrature(data: sp.Expr, kernel: sp.Expr, length: sp.Expr) -> mpmath.mpf:
    function = sp.lambdify(X, data * kernel, modules="mpmath")
    return 2 / mpmath.mpf(sp.N(length, 30)) * mpmath.quad(function, [0, sp.N(length, 30)])


def _verify(problem: Problem) -> list[Check]:
    params = problem.params
    kind, ends = params["kind"], params["ends"]
    k, length, f, g = _data(params)
    answer = problem.answer
    rng = random.Random(sp.sstr(answer))
    pieces = [answer] if not answer.has(sp.Sum) else [_modes(answer)[1](m) for m in range(1, 5)]
    operator = (lambda u: u.diff(T) - k * u.diff(X, 2)) if kind == "heat" else \
        (lambda u: u.diff(T, 2) - k * u.diff(X, 2))
    solves, ends_hold = True, True
    for piece in pieces:
        for _ in range(2):
            at = {X: length * sp.Rational(rng.randint(1, 999), 1000),
                  T: sp.Rational(rng.randint(1, 2000), 1000)}
            scale = 1 + abs(sp.N(piece.subs(at), 30))
            solves = solves and abs(sp.N(operator(piece).subs(at), 30)) < 1e-15 * scale
            for end in (0, length):
                value = piece if ends == "dirichlet" else piece.diff(X)
                ends_hold = ends_hold and abs(sp.N(value.subs({X: end, T: at[T]}), 30)) < 1e-15
    starts = True
    with mpmath.workdps(25):
        for data, at_zero in [(f, answer.subs(T, 0))] + (
                [(g, answer.diff(T).subs(T, 0))] if kind == "wave" else []):
            for _ in range(3):
                point = length * sp.Rational(rng.randint(1, 999), 1000)
                if not answer.has(sp.Sum):
                    starts = starts and abs(sp.N((at_zero - data).subs(X, point), 30)) < 1e-15
            if answer.has(sp.Sum):
                constant, mode = _modes(at_zero)
                mean = _quadrature(data, sp.Integer(1), length) / 2 if ends == "neumann" else 0
                starts = starts and not constant.free_symbols and abs(
                    complex(sp.N(constant, 25)) - complex(mean)) < 1e-12
                for m in range(1, 5):
                    basis = (sp.cos if ends == "neumann" else sp.sin)(m * sp.pi * X / length)
                    term = sp.simplify(mode(m).doit() / basis) if mode else 0
                    exact = _quadrature(data, basis, length)
                    starts = starts and abs(complex(sp.N(term, 25)) - complex(exact)) < 1e-12
    return [Check("modes n = 1..4 (or the finite answer) satisfy the equation and the end "
                  "conditions at random points (30 digits)", bool(solves and ends_hold)),
            Check("the initial data: the coefficients at t = 0 agree with the defining integrals "
                  "by quadrature (or the finite answer equals the data)", bool(starts))]


def _redraw(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A new diffusion (or wave speed squared) constant; the same ends, length and data."""
    return {**params, "k": str(rng.choice([1, 2, 3, 4, 9, sp.Rational(1, 2), sp.Rational(1, 3)]))}


REDRAW = {"differential_equations.heat_wave_series": _redraw}


@family("differential_equations.heat_wave_series", verify=_verify, pose=_pose)
def heat_wave_series(rng: random.Random, difficulty: int) -> Problem:
    """The heat equation with a polynomial or a few modes as data, or a plucked wave."""
    kind = rng.choice(["heat", "wave"])
    length = rng.choice(["1", "pi", "2"])
    f = rng.choice([f"x*({length} - x)", "1", f"sin(pi*x/{length})"])
    return _pose({"kind": kind, "ends": "dirichlet", "k": str(rng.randint(1, 4)),
                  "length": length, "f": f, "g": "0", "template": rng.randrange(WORDINGS)})
