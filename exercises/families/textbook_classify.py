"""Posed family for classifying a differential equation (or system): ODE or PDE, equation or
system, order, linear or not, homogeneous, constant-coefficient, autonomous.

The formalize stage (:mod:`formalize.classify`) reads "Classify the following equations ...
a) $\\sin(t) \\frac{d^2 x}{dt^2} + \\cos(t) x = t^2$" into ``equations`` (``[lhs, rhs]`` each,
SymPy strings with ``Derivative(x(t), (t, 2))``), ``unknowns`` and ``variables``.

The solver reads the structure: the order is the most derivatives taken at once; each
unknown and derivative becomes a plain symbol, and the equation is linear when it is a
polynomial of degree at most 1 in them; homogeneous when nothing is left with them at 0;
constant-coefficient when their coefficients hold no variable; autonomous (an ODE) when
the variable is not written outside the unknowns. The check works on the equation as an
operator N on functions instead: linear (affine) when N(u + v) - N(u) - N(v) + N(0) = 0
for test functions u and v, homogeneous when N(2u) = 2N(u), constant-coefficient when
N(e^{k.x}) - N(0) is e^{k.x} times a polynomial in k alone, autonomous when N commutes with
a shift t -> t + h; its order and kind come from SymPy's ``ode_order`` and the variables
actually differentiated.
"""

from __future__ import annotations

import random
from typing import Any

import sympy as sp

from exercises.families.textbook import WORDINGS, latex, program, worded
from exercises.family import Check, Problem, family

WORDS = [
    (("Classify {p}: ODE or PDE, equation or system, order, linear or nonlinear (if linear: "
     "homogeneous? constant-coefficient?), and, if an ODE, autonomous?"),
     ("Classify {l}. Is it an ODE or a PDE? An equation or a system? What is the order? Is it "
     "linear or nonlinear, and if it is linear, is it homogeneous, constant-coefficient? If it "
     "is an ODE, is it autonomous?")),
    (("Is {p} an ODE or a PDE, one equation or a system, of what order, linear (homogeneous, "
     "constant-coefficient) or not, autonomous?"),
     ("Is {l} an ODE or a PDE, one equation or a system? Give its order, whether it is linear "
     "(and then homogeneous, constant-coefficient) and, for an ODE, whether it is autonomous.")),
    (("Describe {p}: ODE/PDE, equation/system, order, linearity, homogeneity, constant "
     "coefficients, autonomy."),
     ("Describe {l}: ODE or PDE, equation or system, order, linear or not, homogeneous, "
     "constant-coefficient, autonomous.")),
]
_ORDINAL = {1: "st", 2: "nd", 3: "rd"}


def operators(equations: list[list[str]], unknowns: list[str], variables: list[str]
              ) -> tuple[list[Any], list[Any], list[Any]]:
    """Each equation as lhs - rhs, the unknowns applied to the variables, the variables."""
    import sympy

    symbols = [sympy.Symbol(v) for v in variables]
    names = {u: sympy.Function(u) for u in unknowns}
    local = {**names, **dict(zip(variables, symbols, strict=True))}
    exprs = [sympy.sympify(lhs, locals=local) - sympy.sympify(rhs, locals=local)
             for lhs, rhs in equations]
    return exprs, [names[u](*symbols) for u in unknowns], symbols


def classify(equations: list[list[str]], unknowns: list[str], variables: list[str]) -> Any:
    """The verdicts, in the book's order: ODE/PDE, equation/system, order, linear/nonlinear,
    then homogeneous and constant-coefficient (linear only), autonomous (an ODE only)."""
    import sympy

    exprs, functions, symbols = operators(equations, unknowns, variables)
    derivatives = set().union(*[e.atoms(sympy.Derivative) for e in exprs])
    order = max(d.derivative_count for d in derivatives)
    # each unknown and derivative a plain symbol (derivatives first: they hold the unknowns)
    terms = sorted(derivatives, key=sympy.default_sort_key) + functions
    plain = [sympy.Dummy() for _ in terms]
    replaced = [e.xreplace(dict(zip(terms, plain, strict=True))) for e in exprs]
    linear = all(not (r.free_symbols & set(plain)) or (r.is_polynomial(*plain) and sympy.Poly(
        r, *plain).total_degree() <= 1) for r in replaced)
    verdicts = [sympy.Symbol("ODE" if len(symbols) == 1 else "PDE"),
                sympy.Symbol("equation" if len(exprs) == 1 else "system"), sympy.Integer(order),
                sympy.Symbol("linear" if linear else "nonlinear")]
    if linear:
        rest = [sympy.expand(r.subs({p: 0 for p in plain})) for r in replaced]
        verdicts.append(sympy.Symbol("homogeneous" if all(v == 0 for v in rest)
                                     else "nonhomogeneous"))
        coefficients = [sympy.expand(r).coeff(p) for r in replaced for p in plain]
        constant = all(not (c.free_symbols & set(symbols)) for c in coefficients)
        verdicts.append(sympy.Symbol("constant-coefficient" if constant
                                     else "not constant-coefficient"))
    if len(symbols) == 1:
        written = any(symbols[0] in r.free_symbols for r in replaced)
        verdicts.append(sympy.Symbol("not autonomous" if written else "autonomous"))
    return sympy.Tuple(*verdicts)


def _words(answer: sp.Tuple) -> str:
    order = int(answer[2])
    ordinal = "th" if 10 <= order % 100 <= 20 else _ORDINAL.get(order % 10, "th")
    names = [v.name if isinstance(v, sp.Symbol) else f"{order}{ordinal}-order" for v in answer]
    return ", ".join(names)


def _display(params: dict[str, Any]) -> tuple[str, str]:
    sides = [[sp.sympify(s, locals={u: sp.Function(u) for u in params["unknowns"]}) for s in eq]
             for eq in params["equations"]]
    plain = ", ".join(f"{sp.sstr(lhs)} = {sp.sstr(rhs)}" for lhs, rhs in sides)
    tex = ", \\quad ".join(f"{latex(lhs)} = {latex(rhs)}" for lhs, rhs in sides)
    return plain, f"${tex}$"


def _pose(params: dict[str, Any]) -> Problem:
    answer = classify(params["equations"], params["unknowns"], params["variables"])
    shown, tex = _display(params)
    plain, statement = worded(params, WORDS, p=shown, l=tex)
    several = len(params["unknowns"]) > 1
    kind = "one variable: an ODE" if answer[0].name == "ODE" else "several variables: a PDE"
    steps = [(f"The unknown{'s' * several} ${', '.join(params['unknowns'])}$ "
             f"depend{'s' * (not several)} on ${', '.join(params['variables'])}$, {kind}; "
             f"{len(params['equations'])} equation(s): {answer[1].name}."),
             f"The most derivatives taken at once: {answer[2]}, the order.",
             "With each unknown and each derivative one symbol, the equation is "
             + ("of degree at most 1 in them: linear." if answer[3].name == "linear"
                else "not of degree at most 1 in them: nonlinear.")]
    if answer[3].name == "linear":
        steps.append(f"With the unknowns at 0, what is left is {answer[4].name}; their "
                     f"coefficients in the variables: {answer[5].name}.")
    if answer[0].name == "ODE":
        steps.append(f"The variable written outside the unknowns or not: {answer[-1].name}.")
    steps.append(f"So: {_words(answer)}.")
    call = (f"classify({params['equations']!r}, {params['unknowns']!r}, "
            f"{params['variables']!r})")
    return Problem(statement=plain, statement_latex=statement, answer=answer, steps=steps,
                   code=program([operators, classify], call), params=params,
                   answer_text=_words(answer))


# ---------------------------------------------------------------- the check


def _tests(symbols: list[sp.Symbol], count: int, seed: int) -> list[list[sp.Expr]]:
    """``count`` test functions of the variables per unknown (exponentials, powers, a sine)."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        a = [sp.Rational(rng.randint(1, 5), rng.randint(1, 3)) for _ in symbols]
        out.append(sp.exp(sum(c * s for c, s in zip(a, symbols, strict=True)))
                   + sp.sin(symbols[0] * rng.randint(1, 3)) * symbols[-1] ** rng.randint(2, 3)
                   + sum(symbols) ** rng.randint(3, 4))
    return out


def _apply(exprs: list[sp.Expr], functions: list[sp.Expr], values: list[sp.Expr]) -> list[sp.Expr]:
    """N(values): each unknown replaced by its function of the variables, derivatives done."""
    out = []
    for e in exprs:
        for f, value in zip(functions, values, strict=True):
            e = e.replace(f.func, sp.Lambda(f.args, value))
        out.append(e.doit())
    return out


def _zero(values: list[sp.Expr]) -> bool:
    """Exactly zero: the test functions' terms cancel once expanded (no simplify needed)."""
    return all(sp.expand(v) == 0 for v in values)


def _verify(problem: Problem) -> list[Check]:
    params, answer = problem.params, problem.answer
    exprs, functions, symbols = operators(params["equations"], params["unknowns"],
                                          params["variables"])
    n = len(functions)
    tests = _tests(symbols, 2 * n + 1, 7)
    u, v = tests[:n], tests[n:2 * n]
    zero = [sp.Integer(0)] * n
    n0 = _apply(exprs, functions, zero)
    affine = _zero([a - b - c + d for a, b, c, d in zip(
        _apply(exprs, functions, [p + q for p, q in zip(u, v, strict=True)]),
        _apply(exprs, functions, u), _apply(exprs, functions, v), n0, strict=True)])
    order = max(sp.solvers.deutils.ode_order(e, f) for e in exprs for f in functions)
    differentiated = {s for d in set().union(*[e.atoms(sp.Derivative) for e in exprs])
                      for s in d.variables}
    expected = [sp.Symbol("ODE" if len(differentiated) == 1 else "PDE"),
                sp.Symbol("equation" if len(exprs) == n == 1 else "system"), sp.Integer(order),
                sp.Symbol("linear" if affine else "nonlinear")]
    if affine:
        scaled = _apply(exprs, functions, [2 * p for p in u])
        plain = _apply(exprs, functions, u)
        expected.append(sp.Symbol("homogeneous" if _zero([s - 2 * p for s, p in zip(
            scaled, plain, strict=True)]) else "nonhomogeneous"))
        ks = [sp.Symbol(f"k{i}") for i in range(len(symbols))]
        wave = sp.exp(sum(k * s for k, s in zip(ks, symbols, strict=True)))
        ratios = [sp.powsimp(sp.expand((a - b) / wave)) for a, b in zip(
            _apply(exprs, functions, [wave * (i + 1) for i in range(n)]), n0, strict=True)]
        expected.append(sp.Symbol("constant-coefficient" if not any(
            r.free_symbols & set(symbols) for r in ratios) else "not constant-coefficient"))
    if len(differentiated) == 1 and len(symbols) == 1:
        t, h = symbols[0], sp.Symbol("h")
        shifted = _apply(exprs, functions, [w.subs(t, t + h) for w in tests[:n]])
        later = [e.subs(t, t + h) for e in _apply(exprs, functions, tests[:n])]
        expected.append(sp.Symbol("autonomous" if _zero([a - b for a, b in zip(
            shifted, later, strict=True)]) else "not autonomous"))
    same = sp.Tuple(*expected) == answer
    return [Check("the equation as an operator on test functions: superposition (linear), "
                  "scaling (homogeneous), exponentials (constant coefficients), shifts "
                  "(autonomous); ode_order and the variables differentiated (order, kind)",
                  same, f"expected {_words(sp.Tuple(*expected))}")]


@family("differential_equations.classify_equation", verify=_verify, pose=_pose)
def classify_equation(rng: random.Random, difficulty: int) -> Problem:
    """a(t) x'' + b(t) x = f(t) or a nonlinear twin, with coefficients drawn."""
    x, t = sp.Function("x")(sp.Symbol("t")), sp.Symbol("t")
    coefficient = rng.choice([sp.Integer(rng.randint(1, 5)), t, sp.cos(t), t ** 2])
    power = rng.choice([1, 1, 2]) if difficulty > 1 else 1
    forcing = rng.choice([sp.Integer(0), t, sp.sin(t), sp.Integer(rng.randint(1, 4))])
    lhs = x.diff(t, rng.randint(1, 1 + difficulty)) + coefficient * x ** power
    return _pose({"equations": [[sp.sstr(lhs), sp.sstr(forcing)]], "unknowns": ["x"],
                  "variables": ["t"], "template": rng.randrange(WORDINGS)})


def _vary(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Each term of each side times a new nonzero integer: the same kind, order, linearity,
    homogeneity, coefficients and autonomy, other numbers."""
    names = {u: sp.Function(u) for u in params["unknowns"]}
    equations = []
    for equation in params["equations"]:
        sides = []
        for side in equation:
            terms = sp.Add.make_args(sp.sympify(side, locals=names))
            sides.append(sp.sstr(sp.Add(*[rng.choice([-3, -2, 2, 3, 4, 5]) * term
                                          for term in terms])))
        equations.append(sides)
    return {**params, "equations": equations}


REDRAW = {"differential_equations.classify_equation": _vary}
