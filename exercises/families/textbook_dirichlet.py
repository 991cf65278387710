"""Posed family for a book's Dirichlet problems for Laplace's equation on a rectangle or a disk.

Rectangle (``shape`` "rectangle"): 0 < x < w, 0 < y < h with u given on the four sides
(``bottom`` u(x,0), ``top`` u(x,h), ``left`` u(0,y), ``right`` u(w,y)). Each side's data is a
polynomial (constants, y on a vertical side, ...) plus a finite sum of the side's sine modes
sin(n pi s / L). The solver fits a harmonic polynomial to the polynomial parts of all four
sides (u = y for u(x,0) = 0, u(x,pi) = pi, u(0,y) = u(pi,y) = y), then adds one separated
solution sin(n pi x / w) sinh(n pi (h - y) / w) / sinh(n pi h / w) (and its rotations) per
mode. Data of any other kind and the item is not posed.

Disk (``shape`` "disk"): u(1, theta) = g(theta) a finite trigonometric polynomial (or a
polynomial in x = cos theta, y = sin theta); the solution multiplies each e^{i n theta} by
r^|n|. ``cartesian`` asks for the answer in x and y ((x + iy)^n for r^n e^{i n theta}).

Verified by substitution, the defining property of the solution (unique by the maximum
principle): the Laplacian simplifies to 0, and the answer equals the data on every side
(on the circle), exactly.
"""

from __future__ import annotations

import inspect
import random
from typing import Any

import sympy as sp

from exercises.families.textbook import WORDINGS, latex, worded
from exercises.family import Check, Problem, family

X, Y = sp.symbols("x y")
RADIUS, THETA = sp.Symbol("r"), sp.Symbol("theta")
SIDES = ("bottom", "top", "left", "right")
NAMES = {"x": X, "y": Y, "theta": THETA, "C": sp.Symbol("C"), "E": sp.E}


def rectangle_solution(w, h, data, x, y):
    """u on 0 < x < w, 0 < y < h with u = data[side] on each side: a harmonic polynomial for
    the polynomial parts plus a separated solution for each sine mode."""
    import sympy

    along = {"bottom": (x, w), "top": (x, w), "left": (y, h), "right": (y, h)}
    polynomial, modes = {}, {}
    for side, value in data.items():
        s, length = along[side]
        polynomial[side], modes[side] = sympy.Integer(0), []
        for term in sympy.Add.make_args(sympy.expand(value)):
            coefficient, rest = term.as_independent(s, as_Add=False)
            if isinstance(rest, sympy.sin):
                n = sympy.simplify(rest.args[0] / (sympy.pi * s / length))
                if n.is_integer and n > 0:
                    modes[side].append((coefficient, n))
                    continue
            if not term.is_polynomial(s):
                raise ValueError(f"the data {value} is neither a polynomial nor sine modes")
            polynomial[side] += term
    basis = [sympy.Integer(1), x, y, x * y, x**2 - y**2, x**3 - 3 * x * y**2, 3 * x**2 * y - y**3]
    c = sympy.symbols(f"c0:{len(basis)}")
    guess = sum(ci * b for ci, b in zip(c, basis))
    at = {"bottom": {y: 0}, "top": {y: h}, "left": {x: 0}, "right": {x: w}}
    equations = []
    for side, (s, _) in along.items():
        equations += sympy.Poly(sympy.expand(guess.subs(at[side]) - polynomial[side]), s).coeffs()
    fit = sympy.solve(equations, c, dict=True)
    if not fit:
        raise ValueError("no harmonic polynomial takes the data's polynomial parts")
    u = guess.subs(fit[0]).subs({ci: 0 for ci in c})
    for side, found in modes.items():
        for coefficient, n in found:
            if side in ("bottom", "top"):
                k = n * sympy.pi / w
                height = h - y if side == "bottom" else y
                u += coefficient * sympy.sin(k * x) * sympy.sinh(k * height) / sympy.sinh(k * h)
            else:
                k = n * sympy.pi / h
                width = w - x if side == "left" else x
                u += coefficient * sympy.sin(k * y) * sympy.sinh(k * width) / sympy.sinh(k * w)
    return u


def disk_solution(g, theta, r, cartesian, x, y):
    """u in the unit disk with u(1, theta) = g: each e^{i n theta} of g times r^|n| (in x and
    y, (x + iy)^n or (x - iy)^|n|)."""
    import sympy

    u = sympy.Integer(0)
    for term in sympy.Add.make_args(sympy.expand(sympy.expand(g).rewrite(sympy.exp))):
        coefficient, rest = term.as_independent(theta, as_Add=False)
        n = sympy.simplify(sympy.log(rest).expand(force=True) / (sympy.I * theta)) if rest != 1 \
            else sympy.Integer(0)
        if not n.is_integer:
            raise ValueError(f"the data {g} is not a trigonometric polynomial in theta")
        if cartesian:
            u += coefficient * (x + sympy.sign(n) * sympy.I * y)**abs(n)
        else:
            u += coefficient * r**abs(n) * sympy.exp(sympy.I * n * theta)
    u = sympy.expand(u)
    return u if cartesian else sympy.expand(sympy.simplify(u.rewrite(sympy.cos)))


def _data(params: dict[str, Any]) -> dict[str, sp.Expr]:
    return {side: sp.sympify(params[side], locals=NAMES) for side in SIDES if side in params}


def _pose(params: dict[str, Any]) -> Problem:
    if params["shape"] == "disk":
        return _pose_disk(params)
    w, h = sp.sympify(params["w"]), sp.sympify(params["h"])
    data = _data(params)
    answer = rectangle_solution(w, h, data, X, Y)
    sides = (f"u(x,0) = {sp.sstr(data['bottom'])}, u(x,{sp.sstr(h)}) = {sp.sstr(data['top'])}, "
             f"u(0,y) = {sp.sstr(data['left'])}, u({sp.sstr(w)},y) = {sp.sstr(data['right'])}")
    sides_tex = (f"u(x,0) = {latex(data['bottom'])}$, $u(x,{latex(h)}) = {latex(data['top'])}$, "
                 f"$u(0,y) = {latex(data['left'])}$, $u({latex(w)},y) = {latex(data['right'])}")
    plain, tex = worded(params, [
        ("In the region 0 < x < {w}, 0 < y < {h}, solve Laplace's equation with {s}.",
         "In the region $0 < x < {tw}$, $0 < y < {th}$, solve $\\Delta u = 0$ with ${ts}$."),
        ("Solve u_xx + u_yy = 0 on the rectangle 0 < x < {w}, 0 < y < {h} with {s}.",
         ("Solve $u_{{xx}} + u_{{yy}} = 0$ on the rectangle $0 < x < {tw}$, $0 < y < {th}$ with "
         "${ts}$.")),
    ], w=sp.sstr(w), h=sp.sstr(h), tw=latex(w), th=latex(h), s=sides, ts=sides_tex)
    steps = ["Split each side's data into a polynomial part and sine modes of that side.",
             ("A harmonic polynomial (from $1, x, y, xy, x^2 - y^2, \\dots$) takes the polynomial "
             "parts on all four sides."),
             ("Each mode $\\sin(n\\pi x / w)$ on a side gives $\\sin(n\\pi x/w) \\sinh(n\\pi(h - y)/w)"
             " / \\sinh(n\\pi h/w)$ (rotated for the other sides); add them up."),
             f"$u(x, y) = {latex(answer)}$."]
    code = ("import sympy\n\n\n" + inspect.getsource(rectangle_solution) + "\n\n"
            "def solve():\n"
            "    x, y = sympy.symbols('x y')\n"
            "    names = {'x': x, 'y': y, 'C': sympy.Symbol('C')}\n"
            "    data = {side: sympy.sympify(v, locals=names) for side, v in "
            f"{ {side: params[side] for side in SIDES}!r}.items()}}\n"
            f"    return rectangle_solution(sympy.sympify({params['w']!r}), "
            f"sympy.sympify({params['h']!r}), data, x, y)\n")
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps, code=code,
                   params=params)


def _pose_disk(params: dict[str, Any]) -> Problem:
    g, cartesian = sp.sympify(params["g"], locals=NAMES), bool(params.get("cartesian"))
    answer = disk_solution(g, THETA, RADIUS, cartesian, X, Y)
    plain, tex = worded(params, [
        ("Solve Laplace's equation in the unit disk with u(1, theta) = {g}{c}.",
         "Solve $\\Delta u = 0$ in the unit disk with $u(1, \\theta) = {tg}${c}."),
        ("Using series, solve Delta u = 0, u(1, theta) = {g}{c}.",
         "Using series, solve $\\Delta u = 0$, $u(1, \\theta) = {tg}${c}."),
    ], g=sp.sstr(g), tg=latex(g), c=" (in Cartesian coordinates)" if cartesian else "")
    steps = ["Write the data as a sum of $e^{in\\theta}$ (or $\\cos n\\theta$, $\\sin n\\theta$).",
             "The bounded solution multiplies each by $r^{|n|}$"
             + (" and $r^n e^{\\pm in\\theta} = (x \\pm iy)^n$." if cartesian else "."),
             f"$u = {latex(answer)}$."]
    code = ("import sympy\n\n\n" + inspect.getsource(disk_solution) + "\n\n"
            "def solve():\n"
            "    x, y, r, theta = sympy.symbols('x y r theta')\n"
            f"    g = sympy.sympify({params['g']!r}, locals={{'theta': theta}})\n"
            f"    return disk_solution(g, theta, r, {cartesian!r}, x, y)\n")
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps, code=code,
                   params=params)


def _verify(problem: Problem) -> list[Check]:
    params, u = problem.params, problem.answer
    if params["shape"] == "disk":
        g = sp.sympify(params["g"], locals=NAMES)
        if params.get("cartesian"):
            harmonic = sp.simplify(u.diff(X, 2) + u.diff(Y, 2)) == 0
            edge = sp.simplify(sp.expand_trig(u.subs({X: sp.cos(THETA), Y: sp.sin(THETA)}) - g))
        else:
            harmonic = sp.simplify(u.diff(RADIUS, 2) + u.diff(RADIUS) / RADIUS
                                   + u.diff(THETA, 2) / RADIUS**2) == 0
            harmonic = harmonic and not sp.expand(u).subs(RADIUS, 0).has(sp.zoo, sp.oo, sp.nan)
            edge = sp.simplify(sp.expand_trig(u.subs(RADIUS, 1) - g))
        return [Check("the Laplacian (polar or Cartesian) simplifies to 0 and u is bounded at "
                      "the center", bool(harmonic)),
                Check("u on the unit circle equals the data (exact)", edge == 0, sp.sstr(edge))]
    w, h = sp.sympify(params["w"]), sp.sympify(params["h"])
    data = _data(params)
    harmonic = sp.simplify(u.diff(X, 2) + u.diff(Y, 2)) == 0
    at = {"bottom": {Y: 0}, "top": {Y: h}, "left": {X: 0}, "right": {X: w}}
    edges = {side: sp.simplify(u.subs(at[side]) - data[side]) for side in SIDES}
    return [Check("u_xx + u_yy simplifies to 0", bool(harmonic)),
            Check("u equals the data on each side (exact)", all(v == 0 for v in edges.values()),
                  sp.sstr(edges))]


def _redraw(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """The disk's data with new coefficients; the rectangle's four sides all scaled by one new
    factor (so the sides still meet at the corners)."""
    from formalize.variants import redraw_constants  # (variants imports this module)

    if params["shape"] == "disk":
        g = sp.sympify(params["g"], locals=NAMES)
        new = redraw_constants(g, rng)
        return {**params, "g": sp.sstr(new if new != g else rng.choice([2, 3, -1]) * g)}
    k = rng.choice([2, 3, -1, -2, sp.Rational(1, 2)])
    return {**params, **{side: sp.sstr(k * sp.sympify(params[side], locals=NAMES))
                         for side in SIDES}}


REDRAW = {"differential_equations.laplace_dirichlet": _redraw}


@family("differential_equations.laplace_dirichlet", verify=_verify, pose=_pose)
def laplace_dirichlet(rng: random.Random, difficulty: int) -> Problem:
    """A square with one or two sine modes on a side, or a disk with a few modes."""
    if rng.random() < 0.5:
        g = f"{rng.randint(1, 3)} + {rng.randint(1, 4)}*sin({rng.randint(1, 3)}*theta)"
        return _pose({"shape": "disk", "g": g, "template": rng.randrange(WORDINGS)})
    n, m = rng.randint(1, 3), rng.randint(1, 3)
    return _pose({"shape": "rectangle", "w": "pi", "h": "pi", "bottom": f"sin({n}*x)",
                  "top": f"{rng.randint(1, 3)}*sin({m}*x)", "left": "0", "right": "0",
                  "template": rng.randrange(WORDINGS)})
