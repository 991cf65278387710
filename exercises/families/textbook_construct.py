"""Posed families for a book's questions about solutions of constant-coefficient linear ODEs:
build the equation from its solutions, and decide whether functions are linearly independent.

``differential_equations.equation_from_solutions``: "Construct an equation such that
$y = C_1 e^{-2x}\\cos(3x) + C_2 e^{-2x}\\sin(3x)$ is the general solution", "Find an
equation such that $y = x e^{-2x} \\sin(3x)$ is a solution", "the characteristic equation
has roots $\\pm 2i$ and $3$: find the corresponding differential equation (the
characteristic equation)". Parameters: ``functions`` (solutions) or ``roots``, ``general``
(the functions are a basis of all solutions), ``order`` (the order the book states, if
any) and ``ask`` ("equation" or "characteristic"). Each function is a sum of
x^k e^{a x} cos(b x) (sin): its characteristic roots a +- bi with multiplicity k + 1; the
answer is the monic equation of least order, ``Eq(y^(n) + ... , 0)`` (or its
characteristic polynomial in r). Verified by substituting each function into the
equation (exact) and by the rank of the functions' derivatives at a random point (the
order is least: n independent solutions need order n); the characteristic equation's
roots are found again by factoring it.

``differential_equations.linear_independence``: "Are $x$, $x^2$, and $x^4$ linearly
independent? If not, find a linear combination that gives 0." The answer is True, or the
coefficients of a combination that vanishes. Verified by the Wronskian at a random point
(nonzero: independent) or by the combination simplifying to 0.
"""

from __future__ import annotations

import inspect
import random
from typing import Any

import mpmath
import sympy as sp

from exercises.families.textbook import WORDINGS, latex, worded
from exercises.family import Check, Problem, family

X, R = sp.Symbol("x"), sp.Symbol("r")
Y = sp.Function("y")


def exponential_terms(f, x):
    """{(exponent a, power k): coefficient} with f = sum of coefficient x^k e^{a x}, or an error."""
    import sympy

    found = {}
    for term in sympy.Add.make_args(sympy.expand(sympy.powsimp(sympy.expand(f.rewrite(sympy.exp))))):
        if term == 0:
            continue
        coefficient, rest = term.as_independent(x, as_Add=False)
        power, exponent = 0, sympy.Integer(0)
        for factor in sympy.Mul.make_args(rest):
            base, e = factor.as_base_exp()
            if base == x and e.is_Integer and e >= 0:
                power += int(e)
            elif isinstance(factor, sympy.exp) or base == sympy.E:
                exponent += sympy.expand(factor.exp if isinstance(factor, sympy.exp) else e)
            elif factor != 1:
                raise ValueError(f"{f} is not a sum of x^k e^(ax) cos(bx), sin(bx)")
        rate = exponent.coeff(x)
        if sympy.expand(exponent - rate * x).has(x) or rate.has(x):
            raise ValueError(f"{f} is not a sum of x^k e^(ax) cos(bx), sin(bx)")
        coefficient *= sympy.exp(sympy.expand(exponent - rate * x))
        key = (sympy.nsimplify(rate), power)
        found[key] = sympy.simplify(found.get(key, 0) + coefficient)
    return {key: value for key, value in found.items() if value != 0}


def least_equation(functions, roots, ask, x):
    """The monic constant-coefficient equation of least order with these solutions (or these
    characteristic roots): Eq(y^(n) + ..., 0), or its characteristic equation in r."""
    import sympy

    y, r = sympy.Function("y"), sympy.Symbol("r")
    multiplicity = {}
    for root in roots:
        multiplicity[root] = multiplicity.get(root, 0) + 1
    for f in functions:
        for rate, power in exponential_terms(f, x):
            multiplicity[rate] = max(multiplicity.get(rate, 0), power + 1)
    polynomial = sympy.expand(sympy.Mul(*[(r - root)**m for root, m in multiplicity.items()]))
    coefficients = sympy.Poly(polynomial, r).all_coeffs()[::-1]
    if not all(sympy.simplify(c).is_real for c in coefficients):
        raise ValueError("the roots do not come in conjugate pairs: no real equation")
    if ask == "characteristic":
        return sympy.Eq(polynomial, 0)
    return sympy.Eq(sum(sympy.simplify(c) * y(x).diff(x, k) if k else sympy.simplify(c) * y(x)
                        for k, c in enumerate(coefficients)), 0)


def dependence(functions, x):
    """True when the functions are linearly independent, else the coefficients of a
    combination that vanishes (integers where possible)."""
    import sympy

    terms = [exponential_terms(f, x) for f in functions]
    keys = sorted({key for t in terms for key in t}, key=sympy.default_sort_key)
    matrix = sympy.Matrix([[t.get(key, 0) for t in terms] for key in keys])
    relations = matrix.nullspace(simplify=True)
    if not relations:
        return sympy.true
    relation = relations[0]
    first = next(v for v in relation if v != 0)
    relation = [sympy.simplify(v / first) for v in relation]
    scale = sympy.ilcm(*[sympy.fraction(v)[1] for v in relation if v.is_Rational] or [1])
    return sympy.Tuple(*[sympy.simplify(v * scale) for v in relation])


def _functions(params: dict[str, Any]) -> list[sp.Expr]:
    return [sp.sympify(f, locals={"x": X, "E": sp.E}) for f in params.get("functions", [])]


def _roots(params: dict[str, Any]) -> list[sp.Expr]:
    return [sp.sympify(root) for root in params.get("roots", [])]


def _pose_equation(params: dict[str, Any]) -> Problem:
    functions, roots, ask = _functions(params), _roots(params), params.get("ask", "equation")
    answer = least_equation(functions, roots, ask, X)
    order = sp.degree(answer.lhs, R) if ask == "characteristic" else max(
        [d.derivative_count for d in answer.lhs.atoms(sp.Derivative)] or [0])
    if params.get("general") and order != len(functions):
        raise ValueError("the functions are not a basis of the least equation's solutions")
    if params.get("order") and int(params["order"]) != order:
        raise ValueError(f"the least equation has order {order}, not the stated {params['order']}")
    what = "characteristic equation" if ask == "characteristic" else "equation"
    if roots:
        plain, tex = worded(params, [
            ("A constant-coefficient linear ODE has characteristic roots {r}. Find its {w}.",
             "A constant-coefficient linear ODE has characteristic roots ${tr}$. Find its {w}."),
        ], r=sp.sstr(roots), tr=latex(roots), w=what)
    elif params.get("general"):
        plain, tex = worded(params, [
            ("Construct an equation such that y = {c} is the general solution.",
             "Construct an equation such that $y = {tc}$ is the general solution."),
            ("Find a linear ODE with constant coefficients whose general solution is y = {c}.",
             "Find a linear ODE with constant coefficients whose general solution is $y = {tc}$."),
        ], c=" + ".join(f"C_{i + 1}*{sp.sstr(f)}" for i, f in enumerate(functions)),
            tc=" + ".join(f"C_{i + 1} {latex(f)}" for i, f in enumerate(functions)))
    else:
        plain, tex = worded(params, [
            ("Find an equation (of least order, constant coefficients) with the solutions {g}.",
             "Find an equation (of least order, constant coefficients) with the solutions {tg}."),
            ("Find a homogeneous constant-coefficient linear ODE of least order solved by {g}.",
             "Find a homogeneous constant-coefficient linear ODE of least order solved by {tg}."),
        ], g=", ".join(sp.sstr(f) for f in functions),
            tg=", ".join(f"${latex(f)}$" for f in functions))
    polynomial = least_equation(functions, roots, "characteristic", X).lhs
    steps = ([(f"Each $x^k e^{{ax}}\\cos(bx)$ (or $\\sin$) in ${latex(functions)}$ needs the "
              "characteristic roots $a \\pm bi$ with multiplicity $k + 1$.")] if functions else []) + [
        (f"The characteristic polynomial is ${latex(sp.factor(polynomial, extension=sp.I))} = "
        f"{latex(polynomial)}$."), f"${latex(answer)}$."]
    code = ("import sympy\n\n\n" + inspect.getsource(exponential_terms) + "\n\n"
            + inspect.getsource(least_equation) + "\n\n"
            "def solve():\n"
            "    x = sympy.Symbol('x')\n"
            f"    functions = [sympy.sympify(f, locals={{'x': x}}) for f in "
            f"{params.get('functions', [])!r}]\n"
            f"    roots = [sympy.sympify(r) for r in {params.get('roots', [])!r}]\n"
            f"    return least_equation(functions, roots, {ask!r}, x)\n")
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps, code=code,
                   params=params)


def _derivative_rank(functions: list[sp.Expr], order: int, rng: random.Random) -> int:
    """The rank of the functions' derivatives 0..order-1 (and the functions' own derivatives
    as further columns) at a random point: the dimension of the solutions they force."""
    columns = [f.diff(X, k) for f in functions for k in range(order)]
    point = sp.Rational(rng.randint(100, 900), 1000)
    with mpmath.workdps(40):
        matrix = mpmath.matrix([[sp.N(c.diff(X, i).subs(X, point), 40) for c in columns]
                                for i in range(order)])
        values = mpmath.svd_c(matrix, compute_uv=False) if columns else []
        return sum(1 for v in values if abs(v) > mpmath.mpf(10) ** -25)


def _verify_equation(problem: Problem) -> list[Check]:
    functions, roots = _functions(problem.params), _roots(problem.params)
    answer, rng = problem.answer, random.Random(sp.sstr(problem.answer))
    if problem.params.get("ask") == "characteristic":
        found = sp.roots(sp.Poly(answer.lhs - answer.rhs, R))  # factoring, not the product
        expected = {root: roots.count(root) for root in roots}
        return [Check("the characteristic polynomial's roots, found again by factoring (SymPy's "
                      "roots), are the given roots with their multiplicities",
                      bool(roots) and found == expected)]
    lhs = answer.lhs - answer.rhs
    order = max(d.derivative_count for d in lhs.atoms(sp.Derivative))
    if roots:
        functions = [X**k * sp.exp(root * X) for root in set(roots) for k in range(roots.count(root))]
    solves = all(sp.simplify(lhs.subs(Y(X), f).doit()) == 0 for f in functions)
    rank = _derivative_rank(functions, order, rng)
    return [Check("each given solution substituted into the equation gives 0 (exact)", solves),
              Check("the least order: the given functions and their derivatives span "
                  f"{order} dimensions at a random point (rank {rank})", rank == order)]


def _verify_independence(problem: Problem) -> list[Check]:
    functions, answer = _functions(problem.params), problem.answer
    rng = random.Random(sp.sstr(answer))
    if answer == sp.true:
        n = len(functions)
        point = sp.Rational(rng.randint(100, 900), 1000)
        wronskian = sp.Matrix(n, n, lambda i, j: functions[j].diff(X, i).subs(X, point)).det()
        value = abs(sp.N(wronskian, 40))
        return [Check("the Wronskian at a random point is not 0 (so independent)",
                      bool(value > 1e-25), f"W = {sp.N(wronskian, 10)}")]
    if not isinstance(answer, sp.Tuple) or len(answer) != len(functions):
        return [Check("the answer is True (independent) or one coefficient per function", False)]
    combination = sum(c * f for c, f in zip(answer, functions))
    zero = sp.simplify(combination.rewrite(sp.exp)) == 0 and all(
        abs(sp.N(combination.subs(X, sp.Rational(rng.randint(-900, 900), 300)), 40)) < 1e-30
        for _ in range(3))
    return [Check("the combination simplifies to 0 (and is 0 at random points), with "
                  "coefficients not all 0", bool(zero and any(c != 0 for c in answer)))]


def _pose_independence(params: dict[str, Any]) -> Problem:
    functions = _functions(params)
    answer = dependence(functions, X)
    plain, tex = worded(params, [
        ("Are {f} linearly independent? If not, find a linear combination that gives 0.",
         "Are {tf} linearly independent? If not, find a linear combination that gives $0$."),
        (("Decide whether {f} are linearly independent; if they are not, give a vanishing "
         "combination."),
         ("Decide whether {tf} are linearly independent; if they are not, give a vanishing "
         "combination.")),
    ], f=", ".join(sp.sstr(f) for f in functions), tf=", ".join(f"${latex(f)}$" for f in functions))
    if answer == sp.true:
        steps = [("Write each function as a sum of $x^k e^{ax}$ (with complex $a$): the "
                 "coefficient columns are independent, so only the zero combination vanishes."),
                 "The functions are linearly independent."]
    else:
        combination = " + ".join(f"({latex(c)}) \\cdot {latex(f)}" for c, f in
                                 zip(answer, functions))
        steps = [("Write each function as a sum of $x^k e^{ax}$: the coefficient columns have a "
                 "relation."), f"${combination} = 0$: the functions are linearly dependent."]
    code = ("import sympy\n\n\n" + inspect.getsource(exponential_terms) + "\n\n"
            + inspect.getsource(dependence) + "\n\n"
            "def solve():\n"
            "    x = sympy.Symbol('x')\n"
            f"    return dependence([sympy.sympify(f, locals={{'x': x}}) for f in "
            f"{params['functions']!r}], x)\n")
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps, code=code,
                   params=params, answer_text="linearly independent" if answer == sp.true else
                   f"dependent: {sp.sstr(answer)}")


def _redraw_equation(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """The functions at a new rate, f(kx) (the roots times k): dependences, conjugate pairs and
    multiplicities stay, so the variant asks the same question."""
    k = rng.choice([2, 3, -1, -2])
    if params.get("roots"):
        return {**params, "roots": [sp.sstr(k * sp.sympify(r)) for r in params["roots"]]}
    return {**params, "functions": [sp.sstr(sp.sympify(f, locals={"x": X}).subs(X, k * X))
                                    for f in params["functions"]]}


REDRAW = {"differential_equations.equation_from_solutions": _redraw_equation,
          "differential_equations.linear_independence": _redraw_equation}


@family("differential_equations.equation_from_solutions", verify=_verify_equation,
        pose=_pose_equation)
def equation_from_solutions(rng: random.Random, difficulty: int) -> Problem:
    """The least constant-coefficient equation with e^{ax} or e^{ax} cos(bx) solutions."""
    a, b = rng.randint(-3, 3), rng.randint(1, 3)
    functions = rng.choice([[f"exp({a}*x)", f"exp({a + b}*x)"],
                            [f"exp({a}*x)*cos({b}*x)", f"exp({a}*x)*sin({b}*x)"],
                            [f"x*exp({a}*x)"]])
    return _pose_equation({"functions": functions, "general": len(functions) == 2,
                           "template": rng.randrange(WORDINGS)})


@family("differential_equations.linear_independence", verify=_verify_independence,
        pose=_pose_independence)
def linear_independence(rng: random.Random, difficulty: int) -> Problem:
    """Three functions among x^k, e^{ax}, sin and cos; sometimes one is a combination."""
    a, b = rng.randint(1, 3), rng.randint(-3, 3)
    pool = [f"x**{a}", f"exp({b}*x)", "sin(x)", "cos(x)", f"x*exp({b}*x)"]
    chosen = rng.sample(pool, 2)
    third = rng.choice([f"{a}*{chosen[0]} - {b}*{chosen[1]}", rng.choice(pool)])
    return _pose_independence({"functions": chosen + [third], "template": rng.randrange(WORDINGS)})
