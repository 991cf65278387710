"""Posed family for a book's eigenvalue problems: y'' + lambda y = 0 with two boundary conditions.

The formalize stage reads "Find the eigenvalues and eigenfunctions of $x'' + \\lambda x = 0$,
$x(0) = 0$, $x(\\pi) = 0$" into ``conditions``: each a list of terms ``[coefficient, order,
point]`` whose sum is zero (``x(a) = x(b)`` is ``[[1, 0, a], [-1, 0, b]]``). The points
are numbers or the letters a < b the book leaves symbolic.

The solver works the book's way: lambda > 0, = 0 and < 0 in turn, each with its
general solution (cos, sin / 1, x / cosh, sinh); the conditions make a 2 x 2 linear
system whose determinant must vanish. A determinant that is a product of known
factors (sin(c mu), cos(c mu), cos(c mu) - 1, ...) gives the eigenvalues as a family
in n = 1, 2, 3, ...; any other factor (tan mu = -mu) and the item is not posed.
The answer is a tuple of pairs ``(lambda_n, (eigenfunctions))``.

The verifier is independent of that case analysis: every eigenfunction (n = 1..4)
satisfies the equation and the conditions exactly, and the argument principle
counts the zeros of the characteristic determinant, an entire function of lambda
built from cos(sqrt(lambda) x) and sin(sqrt(lambda) x)/sqrt(lambda), inside a
rectangle around the real axis from -30 to past the fourth eigenvalue: the count
must equal the number of eigenfunctions claimed there (so no eigenvalue is missing,
negative or complex ones included).
"""

from __future__ import annotations

import inspect
import random
from typing import Any

import numpy
import sympy as sp

from exercises.families.textbook import WORDINGS, latex, worded
from exercises.family import Check, Problem, family

X = sp.Symbol("x")
N = sp.Symbol("n", integer=True, positive=True)
ENDS = {"a": sp.Symbol("a", real=True), "b": sp.Symbol("b", real=True), "pi": sp.pi}


def eigenpairs(conditions, x, n):
    """The eigenvalues and eigenfunctions of y'' + lambda y = 0 under ``conditions`` (lists of
    terms (coefficient, order, point) summing to zero), lambda > 0, = 0 and < 0 in turn: a tuple
    of (lambda_n, eigenfunctions) for n = 1, 2, 3, ..., the constant eigenvalue first."""
    import sympy

    mu = sympy.Symbol("mu", positive=True)
    a, b = sympy.Symbol("a", real=True), sympy.Symbol("b", real=True)
    length = sympy.Symbol("L", positive=True)  # b - a, so that b > a is known
    # Ends a < b: solve on [0, L] (the equation does not change under x -> x - a), then shift.
    lettered = any(p.has(a) for condition in conditions for _, _, p in condition)
    shift = {a: 0, b: length}
    back = {x: x - a, length: b - a} if lettered else {}

    def system(basis):
        return sympy.Matrix([[sum(c * sympy.diff(f, x, k).subs(x, p.subs(shift))
                                  for c, k, p in condition) for f in basis]
                             for condition in conditions])

    def roots(determinant, hyperbolic):
        """mu_n for each factor of the determinant that vanishes for some mu > 0."""
        found = []
        for factor, _ in sympy.factor_list(sympy.factor(sympy.trigsimp(determinant)))[1]:
            if not factor.has(mu) or factor == mu:
                continue
            shapes = [(term, shift) for sign in (1, -1) for shift in (0, 1, -1)
                      for term in [sympy.expand(sign * factor - shift)]
                      if term.func in (sympy.sin, sympy.cos, sympy.sinh, sympy.cosh)]
            c = sympy.simplify(shapes[0][0].args[0] / mu) if shapes else None
            if c is None or c.has(mu) or not c.is_positive:
                raise ValueError(f"the eigenvalues solve {factor} = 0, not a family in n")
            trig, shift = shapes[0][0].func, shapes[0][1]
            if trig in (sympy.sinh, sympy.cosh):
                if (trig, shift) in ((sympy.sinh, 0), (sympy.cosh, 0), (sympy.cosh, 1),
                                     (sympy.cosh, -1)):
                    continue  # no zero for mu > 0 (cosh - 1 > 0 there)
                raise ValueError(f"{factor} may vanish for lambda < 0")
            start = {(sympy.sin, 0): n * sympy.pi, (sympy.cos, 0): (2 * n - 1) * sympy.pi / 2,
                     (sympy.cos, -1): 2 * n * sympy.pi, (sympy.cos, 1): (2 * n - 1) * sympy.pi}
            if hyperbolic or (trig, shift) not in start:
                raise ValueError(f"the eigenvalues solve {factor} = 0, not a family in n")
            found.append(start[trig, shift] / c)
        return found

    def functions(matrix, basis):
        """The eigenfunctions: the null space of a singular 2 x 2 system, simplified."""
        rows = [[sympy.simplify(v) for v in matrix.row(i)] for i in range(matrix.rows)]
        live = [r for r in rows if any(v != 0 for v in r)]
        vectors = [[r[1], -r[0]] for r in live[:1]] if live else [[1, 0], [0, 1]]
        found = []
        for vector in vectors:
            y = sympy.simplify(vector[0] * basis[0] + vector[1] * basis[1])
            y = y.as_independent(x, as_Add=False)[1]  # books drop the constant factor
            found.append(y.subs(back, simultaneous=True))
        return sympy.Tuple(*found)

    pairs = []
    flat = system([sympy.Integer(1), x])
    if sympy.simplify(flat.det()) == 0:
        pairs.append(sympy.Tuple(sympy.Integer(0), functions(flat, [sympy.Integer(1), x])))
    roots(system([sympy.cosh(mu * x), sympy.sinh(mu * x)]).det(), True)  # none for lambda < 0
    trig = [sympy.cos(mu * x), sympy.sin(mu * x)]
    for root in roots(system(trig).det(), False):
        at = system(trig).subs(mu, root)
        basis = [f.subs(mu, root) for f in trig]
        value = sympy.factor(root.subs(length, b - a) ** 2)
        pairs.append(sympy.Tuple(value, functions(at, basis)))
    return sympy.Tuple(*pairs)


def _conditions(params: dict[str, Any]) -> list[list[tuple[sp.Expr, int, sp.Expr]]]:
    return [[(sp.sympify(c, locals=ENDS), int(k), sp.sympify(p, locals=ENDS)) for c, k, p in row]
            for row in params["conditions"]]


def _condition_text(row: list[tuple[sp.Expr, int, sp.Expr]], u: str, tex: bool) -> str:
    terms = []
    for c, k, p in row:
        point = latex(p) if tex else sp.sstr(p)
        value = f"{u}{chr(39) * k}({point})"
        terms.append(value if c == 1 else (f"-{value}" if c == -1 else
                                           f"{latex(c) if tex else sp.sstr(c)} {value}"))
    if len(terms) == 2 and row[1][0] == -1 and row[0][0] == 1:  # x(a) = x(b)
        return f"{terms[0]} = {terms[1][1:]}"
    return " + ".join(terms).replace("+ -", "- ") + " = 0"


def _pose(params: dict[str, Any]) -> Problem:
    conditions = _conditions(params)
    answer = eigenpairs(conditions, X, N)
    if not answer:
        raise ValueError("no eigenvalues: the problem has only the zero solution")
    u = params.get("unknown", "y")
    plain_rows = ", ".join(_condition_text(r, u, False) for r in conditions)
    tex_rows = ", ".join(f"${_condition_text(r, u, True)}$" for r in conditions)
    assume = " (assume a < b)" if any(p.free_symbols for row in conditions for _, _, p in row) else ""
    plain, tex = worded(params, [
        ("Find all eigenvalues and eigenfunctions of {u}'' + lambda {u} = 0, {p}{s}.",
         "Find all eigenvalues and eigenfunctions of ${u}'' + \\lambda {u} = 0$, {t}{s}."),
        (("For which lambda does {u}'' + lambda {u} = 0, {p} have a nonzero solution? "
         "Give the solutions{s}."),
         ("For which $\\lambda$ does ${u}'' + \\lambda {u} = 0$, {t} have a nonzero solution? "
         "Give the solutions{s}.")),
        ("Solve the eigenvalue problem {u}'' + lambda {u} = 0, {p}{s}.",
         "Solve the eigenvalue problem ${u}'' + \\lambda {u} = 0$, {t}{s}."),
    ], u=u, p=plain_rows, t=tex_rows, s=assume)
    steps = [("For $\\lambda < 0$ write $\\lambda = -\\mu^2$: the general solution "
             "$A\\cosh(\\mu x) + B\\sinh(\\mu x)$ meets the conditions only with $A = B = 0$."),
             "For $\\lambda = 0$ the general solution is $A + Bx$."
             + (" It meets the conditions with $B = 0$: $\\lambda = 0$ is an eigenvalue."
                if answer[0][0] == 0 else " Only $A = B = 0$ meets the conditions.")]
    for value, eigenfunctions in answer:
        if value != 0:
            steps.append(f"For $\\lambda = \\mu^2 > 0$ the determinant of the conditions' system "
                         f"vanishes when $\\lambda = {latex(value)}$, $n = 1, 2, 3, \\dots$, with "
                         f"eigenfunctions ${latex(list(eigenfunctions))}$.")
    code = ("import sympy\n\n\n" + inspect.getsource(eigenpairs) + "\n\n"
            "def solve():\n"
            "    x, n = sympy.Symbol('x'), sympy.Symbol('n', integer=True, positive=True)\n"
            "    ends = {'a': sympy.Symbol('a', real=True), 'b': sympy.Symbol('b', real=True)}\n"
            "    conditions = [[(sympy.sympify(c, locals=ends), k, sympy.sympify(p, locals=ends))\n"
            "                   for c, k, p in row] for row in "
            f"{params['conditions']!r}]\n"
            "    return eigenpairs(conditions, x, n)\n")
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps, code=code,
                   params=params, answer_text="; ".join(
                       f"lambda = {sp.sstr(v)}: {', '.join(map(sp.sstr, fs))}"
                       + (" (n = 1, 2, 3, ...)" if v.has(N) else "") for v, fs in answer))


def _at(conditions: list[list[tuple[sp.Expr, int, sp.Expr]]], ends: dict[sp.Symbol, sp.Expr]
        ) -> list[list[tuple[sp.Expr, int, sp.Expr]]]:
    return [[(c.subs(ends), k, p.subs(ends)) for c, k, p in row] for row in conditions]


def _at_answer(answer: sp.Tuple, ends: dict[sp.Symbol, sp.Expr]) -> sp.Tuple:
    return sp.Tuple(*[sp.Tuple(v.subs(ends), sp.Tuple(*[f.subs(ends) for f in fs]))
                      for v, fs in answer])


def _solves(answer: sp.Tuple, conditions: list[list[tuple[sp.Expr, int, sp.Expr]]]) -> bool:
    """Every eigenfunction, n = 1..4, is nonzero, solves the equation and meets the conditions."""
    for value, eigenfunctions in answer:
        for m in range(1, 5):
            for y in eigenfunctions:
                y, at = y.subs(N, m), value.subs(N, m)
                if sp.simplify(y) == 0 or sp.simplify(y.diff(X, 2) + at * y) != 0:
                    return False
                for row in conditions:
                    if sp.simplify(sum(c * y.diff(X, k).subs(X, p) for c, k, p in row)) != 0:
                        return False
    return True


def _counted(answer: sp.Tuple, conditions: list[list[tuple[sp.Expr, int, sp.Expr]]]
             ) -> tuple[bool, str]:
    """The argument principle on the characteristic determinant D(lambda): its zeros inside a
    rectangle around [-30, past the fourth eigenvalue] are the claimed eigenvalues, counted with
    their number of eigenfunctions. D is entire, so the count is the winding of its phase
    along the rectangle (sampled until no step turns it by a radian)."""
    lam = sp.Symbol("lambda")
    root = sp.sqrt(lam)
    basis = [sp.cos(root * X), sp.sin(root * X) / root]
    determinant = sp.Matrix([[sum(c * sp.diff(f, X, k).subs(X, p) for c, k, p in row)
                              for f in basis] for row in conditions]).det()
    d = sp.lambdify(lam, determinant, modules="numpy")
    if not all(v.subs(N, 1).is_number for v, _ in answer):
        return False, "an eigenvalue that is not a number for n = 1"
    claimed = sorted({(float(v.subs(N, m)), len(fs)) for v, fs in answer for m in range(1, 6)
                      if v.has(N) or m == 1})
    values = sorted({v for v, _ in claimed})
    cut = (values[3] + values[4]) / 2 if len(values) > 4 else values[-1] + 1
    expected = sum(count for v, count in claimed if v < cut)
    corners = [complex(-30.3, -1.7), complex(cut, -1.7), complex(cut, 1.7), complex(-30.3, 1.7)]
    for samples in (2000, 8000, 32000):  # until the phase moves by less than 1 between samples
        path = numpy.concatenate([numpy.linspace(start, end, samples, endpoint=False)
                                  for start, end in zip(corners, corners[1:] + corners[:1])])
        phase = numpy.unwrap(numpy.angle(d(numpy.append(path, corners[0]))))
        if numpy.abs(numpy.diff(phase)).max() < 1:
            break
    count = (phase[-1] - phase[0]) / (2 * numpy.pi)
    found = float(count)
    return abs(found - expected) < 0.05, \
        f"{found:.3f} zeros counted, {expected} eigenfunctions claimed below {cut:.3f}"


def _verify(problem: Problem) -> list[Check]:
    conditions = _conditions(problem.params)
    answer = problem.answer
    ends = {ENDS["a"]: sp.Rational(-2, 7), ENDS["b"]: sp.Rational(5, 3)}  # the letters' check
    later = {ENDS["a"]: sp.Rational(1, 2), ENDS["b"]: 4}
    numeric = _at_answer(answer, ends)
    counted, detail = _counted(numeric, _at(conditions, ends))
    return [Check("every eigenfunction (n = 1..4) solves y'' + lambda y = 0 and meets the "
                  "conditions (exact; the letters a < b at two rational pairs)",
                  _solves(numeric, _at(conditions, ends)) and _solves(
                      _at_answer(answer, later), _at(conditions, later))),
            Check("the argument principle counts the characteristic determinant's zeros "
                  "(cos, sin/sqrt basis) around [-30, past the fourth eigenvalue]: as many as "
                  "the eigenfunctions claimed", counted, detail)]


def _redraw(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """The same kinds of conditions on a new interval [0, L] (numeric ends only)."""
    points = {p for row in params["conditions"] for _, _, p in row}
    if any(sp.sympify(p, locals=ENDS).free_symbols for p in points):
        ends = {"a": "0", "b": str(rng.randint(1, 4))}  # one draw for every condition
        return {**params, "conditions": [[[c, k, ends.get(p, p)] for c, k, p in row]
                                         for row in params["conditions"]]}
    low = min(points, key=lambda p: sp.sympify(p, locals=ENDS))
    high = max(points, key=lambda p: sp.sympify(p, locals=ENDS))
    new = {low: "0", high: rng.choice([v for v in ["1", "2", "3", "pi", "2*pi", "pi/2"]
                                       if sp.sympify(v) != sp.sympify(high, locals=ENDS)])}
    return {**params, "conditions": [[[c, k, new.get(p, p)] for c, k, p in row]
                                     for row in params["conditions"]]}


REDRAW = {"differential_equations.eigenvalue_problem": _redraw}


@family("differential_equations.eigenvalue_problem", verify=_verify, pose=_pose)
def eigenvalue_problem(rng: random.Random, difficulty: int) -> Problem:
    """y'' + lambda y = 0 on [0, L] with Dirichlet, Neumann, mixed or periodic conditions."""
    length = rng.choice(["1", "pi", "2", "3"])
    kind = rng.choice(["dirichlet", "neumann", "mixed", "periodic"])
    rows = {"dirichlet": [[["1", 0, "0"]], [["1", 0, length]]],
            "neumann": [[["1", 1, "0"]], [["1", 1, length]]],
            "mixed": [[["1", 1, "0"]], [["1", 0, length]]],
            "periodic": [[["1", 0, "0"], ["-1", 0, length]], [["1", 1, "0"], ["-1", 1, length]]]}
    return _pose({"conditions": rows[kind], "unknown": "y", "template": rng.randrange(WORDINGS)})
