"""Posed family for a book's differential equations: solve y' = f(x, y), y'' + p y' + q y = g, IVPs.

The formalize stage reads "Solve $y' = 3x^2$, $y(0) = 1$" into ``ode`` (the
equation as ``lhs - rhs`` in ``y(x)``) and ``ics`` (``{"y(0)": "1"}``); books
that write ``x(t)`` or ``P(t)`` are renamed to ``y(x)`` when read. SymPy's
``dsolve`` finds the solution; the verifier substitutes it back into the
equation numerically at random points with random values of the arbitrary
constants, checks the initial conditions, and checks that a general solution
has as many arbitrary constants as the equation's order.

A linear equation with constant coefficients is solved directly, by the roots of its
characteristic polynomial (fast, and in the basis the book uses); a first-order linear one
by its integrating factor, a Bernoulli equation by the substitution that makes it linear;
anything else goes to ``dsolve``. The problem records the method that solved it
(``params["solver"]``: a direct method, the implicit solution, or ``dsolve:<hint>``); its
solve() program runs that method alone, and a variant of the item, drawn from those
parameters, tries it first (an equation of the same structure), before the full search.
Named constants the book keeps (``k`` in ``y'' + k^2 y = 0``,
``params["parameters"]``) are positive symbols: not arbitrary constants, and given
random positive values when the solution is substituted back.
"""

from __future__ import annotations

import inspect
import random
from collections.abc import Callable
from typing import Any

import mpmath
import sympy as sp

from exercises.families.textbook import WORDINGS, X, latex, worded
from exercises.families.textbook_exact import exact_answer, potential
from exercises.families.textbook_integrating_factors import integrating_factor
from exercises.family import Check, Problem, family
from exercises.sandbox import PROGRAM_SECONDS

# dsolve's own search (no hint) gets this many CPU seconds, not a program's 5: in both diffyqs
# builds every explicit solution it finds takes under 0.71 s, while the equations it grinds on
# (a cubic in y to solve for, a homogeneous equation under a root) run out all 5 s unsolved,
# eight items each build, before the implicit or definite method solves them or none does.
DSOLVE_SECONDS = 2.0
from exercises.timeouts import bounded

Y = sp.Function("y")
LOCALS = {"x": X, "y": Y, "E": sp.E, "e": sp.E}


def _locals(params: dict[str, Any]) -> dict[str, Any]:
    """Names for sympify: x, y, and the item's named constants as positive symbols."""
    return {**LOCALS, **{name: sp.Symbol(name, positive=True)
                         for name in params.get("parameters", [])}}


def named_constants(expr: sp.Expr, params: dict[str, Any], positive: bool) -> sp.Expr:
    """``expr`` with the item's named constants as positive symbols (to solve and check) or as
    plain ones (the answer, as the book and a solve() program write it)."""
    plain = {sp.Symbol(n): sp.Symbol(n, positive=True) for n in params.get("parameters", [])}
    return expr.subs(plain if positive else {v: k for k, v in plain.items()})


def read_ode(params: dict[str, Any]) -> tuple[sp.Expr, dict[sp.Expr, sp.Expr]]:
    """The equation (an expression equal to zero) and the initial conditions from ``params``."""
    names = _locals(params)
    ode = sp.sympify(params["ode"], locals=names)
    ics = {sp.sympify(k, locals={**names, "Subs": sp.Subs}): sp.sympify(v, locals=names)
           for k, v in params.get("ics", {}).items()}
    return ode, ics


def _order(ode: sp.Expr) -> int:
    return max((d.derivative_count for d in ode.atoms(sp.Derivative)), default=0)


def constants(expr: sp.Expr) -> set[sp.Symbol]:
    """The arbitrary constants of a solution: every symbol other than x and the named
    (positive) constants of the equation."""
    return {s for s in expr.free_symbols if s != X and not s.is_positive}


def _fix_constants(general, cs, x, ics):
    """``general`` with its constants ``cs`` fixed by the conditions ``ics`` (None if they
    do not fix them uniquely)."""
    import sympy

    if not ics:
        return general
    equations = []
    for key, value in ics.items():
        if isinstance(key, sympy.Subs):
            derivative, _, point = key.args
            equations.append(general.diff(x, derivative.derivative_count).subs(x, point[0]) - value)
        else:
            equations.append(general.subs(x, key.args[0]) - value)
    found = sympy.solve(equations, cs, dict=True)
    if len(found) != 1:
        return None
    solution = sympy.expand(general.subs(found[0]))
    # A condition at a singular point of the general solution (y(0) for log x) fixes nothing.
    return None if solution.has(sympy.zoo, sympy.nan) else solution


def integrating_factor_solution(ode, y, x, ics, definite=False):
    """y^(n) = f(x) by integrating n times, and a first-order linear y' + p(x) y = g(x) by
    the integrating factor u = e^{int p}; None for any other equation or an integral SymPy
    leaves unevaluated, unless ``definite``: then a first-order equation with y(x0) = y0 is
    y = (y0 u(x0) + int_{x0}^{x} u g ds) / u, the integral left as it is (as the book does:
    "it is perfectly fine to have a definite integral in our solution")."""
    import sympy

    order = max((d.derivative_count for d in ode.atoms(sympy.Derivative)), default=0)
    top, u = y(x).diff(x, order), sympy.Dummy("u")
    v = sympy.Dummy("v")
    linear = sympy.expand(ode.subs(top, u).subs(y(x), v))
    lead = linear.coeff(u)
    if order == 0 or lead == 0 or linear.has(sympy.Derivative):
        return None
    p = sympy.simplify(linear.coeff(v) / lead)
    g = sympy.simplify(-(linear - lead * u - linear.coeff(v) * v) / lead)
    if g.has(u, v) or p.has(u, v) or (order > 1 and p != 0):
        return None
    cs = sympy.symbols(f"C1:{order + 1}")
    # Without the heuristic Risch method (heurisch), which can grind through the whole budget on
    # an integral the other methods refuse (cos(x) e^{sin x}); dsolve, tried next, solves such
    # an equation another way (separation of variables).
    factor = sympy.exp(sympy.integrate(p, x, heurisch=False))
    if p == 0:  # integrate n times
        general = g
        for c in cs:
            general = sympy.integrate(general, x, heurisch=False) + c
    else:
        general = (sympy.integrate(sympy.expand(factor * g), x, heurisch=False) + cs[0]) / factor
    if not general.has(sympy.Integral):
        return _fix_constants(sympy.expand(general), cs, x, ics)
    if not definite or order != 1 or len(ics) != 1 or factor.has(sympy.Integral) \
            or next(iter(ics)).func != y:
        return None
    ((start, value),) = ics.items()
    x0, s = start.args[0], sympy.Symbol("s")
    integral = sympy.Integral(sympy.expand(factor * g).subs(x, s), (s, x0, x))
    return (value * factor.subs(x, x0) + integral) / factor


def constant_coefficient_solution(ode, y, x, ics):
    """The solution of a linear ODE with constant coefficients (homogeneous) by the roots of
    its characteristic polynomial, constants C1, C2, ... fixed by ``ics`` when given; None
    when the equation is not of that kind or its roots cannot be found."""
    import sympy

    order = max((d.derivative_count for d in ode.atoms(sympy.Derivative)), default=0)
    r = sympy.Dummy("r")
    derivatives = [y(x)] + [y(x).diff(x, k) for k in range(1, order + 1)]
    names = [sympy.Dummy() for _ in derivatives]
    linear = sympy.expand(ode.subs(dict(zip(reversed(derivatives), reversed(names)))))
    coefficients = [linear.coeff(n) for n in names]
    if order == 0 or x in linear.free_symbols or any(c.has(x) for c in coefficients) \
            or sympy.expand(linear - sum(c * n for c, n in zip(coefficients, names))) != 0:
        return None
    roots = sympy.roots(sum(c * r**k for k, c in enumerate(coefficients)), r)
    if sum(roots.values()) != order:
        return None
    basis = []
    for root, multiplicity in sorted(roots.items(), key=lambda item: sympy.default_sort_key(item[0])):
        real, imaginary = sympy.re(root), sympy.im(root)
        if imaginary.is_negative:
            continue  # its conjugate gives the cosine and the sine
        for power in range(multiplicity):
            if imaginary == 0:
                basis.append(x**power * sympy.exp(root * x))
            else:
                basis += [x**power * sympy.exp(real * x) * sympy.cos(imaginary * x),
                          x**power * sympy.exp(real * x) * sympy.sin(imaginary * x)]
    if len(basis) != order:
        return None
    cs = sympy.symbols(f"C1:{order + 1}")
    return _fix_constants(sum(c * b for c, b in zip(cs, basis)), cs, x, ics)


def bernoulli_solution(ode, y, x, ics, definite=False):
    """A Bernoulli equation y' + p(x) y = q(x) y^n (n not 0 or 1) with y(x0) > 0: v = y^(1-n)
    solves the linear v' + (1-n) p v = (1-n) q (integrating factor), and y = v^(1/(1-n)).
    None for any other equation, or without a positive initial value: that picks the real
    root y = v^(1/(1-n)) near x0, where a general solution would need every branch."""
    import sympy

    if len(ics) != 1:
        return None
    ((start, value),) = ics.items()
    if start.func != y or not sympy.sympify(value).is_positive:
        return None  # y'(x0) = ..., or y(x0) <= 0
    slope, v = sympy.Dummy("s"), sympy.Dummy("v")
    equation = sympy.expand(ode.subs(y(x).diff(x), slope).subs(y(x), v))
    if equation.has(sympy.Derivative) or sympy.degree(equation, slope) != 1:
        return None
    rate = sympy.expand(sympy.solve(equation, slope)[0])  # y' = rate(x, v)
    powers: dict = {}
    for term in sympy.Add.make_args(rate):
        coefficient, power = term.as_independent(v, as_Add=False)
        exponent = (sympy.S.One if power == v else sympy.S.Zero if power == 1
                    else power.exp if power.is_Pow and power.base == v else None)
        if exponent is None or not exponent.is_Rational:
            return None
        powers[exponent] = powers.get(exponent, 0) + coefficient
    n = next((k for k in powers if k not in (0, 1)), None)
    if n is None or set(powers) - {1, n}:
        return None
    p, q = -powers.get(1, 0), powers[n]
    linear = y(x).diff(x) + (1 - n) * p * y(x) - (1 - n) * q
    w = integrating_factor_solution(linear, y, x, {start: sympy.sympify(value)**(1 - n)}, definite)
    # exp_polar: SymPy's branch bookkeeping (Ei(4x e^{i pi})), not an answer to print
    return None if w is None or w.has(sympy.exp_polar) else w**(1 / (1 - n))


def definite_solution(ode, y, x, ics):
    """A first-order linear (or Bernoulli) equation with y(x0) given whose integral has no
    closed form: the integral left definite from x0, as the book does."""
    answer = integrating_factor_solution(ode, y, x, ics, True)
    return answer if answer is not None else bernoulli_solution(ode, y, x, ics, True)


def implicit_solution(ode, y, x, ics):
    """F(x, y) = C for a first-order equation M + N y' = 0 that is exact (M_y = N_x),
    separable (y' = f(x) g(y): f(x) dx - dy / g(y) = 0 is exact), or exact once multiplied by
    an integrating factor u(x) or u(y); F(x, y) = F(x0, y0)
    through the initial point. For the equations whose solution is not one explicit y(x):
    the book leaves them implicit ("sin y = -cos x + C"), or y = +-sqrt(...)."""
    import sympy

    order = max((d.derivative_count for d in ode.atoms(sympy.Derivative)), default=0)
    if order != 1 or len(ics) > 1 or any(key.func != y for key in ics):
        return None
    slope, x_, y_ = sympy.Dummy("s"), sympy.Symbol("x"), sympy.Symbol("y")
    equation = sympy.expand(ode.subs(y(x).diff(x), slope).subs(y(x), y_).subs(x, x_))
    n = equation.coeff(slope)
    m = sympy.expand(equation - n * slope)
    if n == 0 or m.has(slope) or n.has(slope):
        return None
    if sympy.simplify(m.diff(y_) - n.diff(x_)) != 0:
        split = sympy.separatevars(sympy.factor(-m / n), symbols=[x_, y_], dict=True)
        if split:
            m, n = split["coeff"] * split[x_], -1 / split[y_]
        else:  # made exact by an integrating factor of x alone or of y alone
            try:
                factor = integrating_factor(sympy.sstr(m), sympy.sstr(n))
            except ValueError:
                return None
            m, n = sympy.expand(factor * m), sympy.expand(factor * n)
    try:
        sides = exact_answer(sympy.sstr(m), sympy.sstr(n), {}, "solve")
    except ValueError:
        return None
    if not ics:
        return sides
    ((key, value),) = ics.items()
    point = {x_: key.args[0], y_: value}
    lhs = sides.lhs
    level = sympy.simplify(lhs.subs(point))
    if level.has(sympy.I):  # log(y - 1) at y = 0: the real antiderivative, log|y - 1|
        lhs = lhs.replace(sympy.log, lambda u: sympy.log(sympy.Abs(u)))
        level = sympy.simplify(lhs.subs(point))
    return None if level.has(sympy.zoo, sympy.nan, sympy.I) else sympy.Eq(lhs, level)


# The direct methods, tried in this order (characteristic roots, integrating factor,
# Bernoulli's substitution), and what their solve() programs need.
DIRECT_METHODS = (constant_coefficient_solution, integrating_factor_solution, bernoulli_solution)
METHODS = {m.__name__: m for m in (*DIRECT_METHODS, implicit_solution, definite_solution)}


def _condition_text(key: sp.Expr, value: sp.Expr) -> str:
    """y(0) = 1, y'(0) = 2 (not SymPy's Subs(Derivative(y(x), x), x, 0))."""
    if isinstance(key, sp.Subs):
        derivative, _, point = key.args
        return f"y{chr(39) * derivative.derivative_count}({sp.sstr(point[0])}) = {sp.sstr(value)}"
    return f"{sp.sstr(key)} = {sp.sstr(value)}"


def _dsolve(ode: sp.Expr, ics: dict[sp.Expr, sp.Expr], hint: str | None = None
            ) -> tuple[sp.Expr, str] | None:
    """dsolve's explicit solution y(x) and the hint that found it (with ``hint``: that hint,
    and no other), or None where it gives up ("Initial conditions produced too many
    solutions for constants": both branches of y = +-sqrt(...) meet the point), finds only
    an implicit or integral form, or the hint does not apply. Without ``hint`` it takes
    dsolve's own default, the first hint that classify_ode matches (see :func:`_hints`)."""
    try:
        hints = [hint] if hint else _hints(ode, ics)
    except (NotImplementedError, ValueError):
        return None
    for tried in hints:
        try:
            solution = sp.dsolve(ode, Y(X), ics=ics or None, hint=tried)
        except (NotImplementedError, ValueError):  # ValueError: the hint does not match
            continue
        if not (isinstance(solution, list) or solution.lhs != Y(X)
                or solution.rhs.has(sp.Integral)):
            return solution.rhs, f"dsolve:{tried}"
    return None


def _hints(ode: sp.Expr, ics: dict[sp.Expr, sp.Expr]) -> list[str]:
    """dsolve's default hint, to try alone; but where that is "factorable" for an equation
    that does not factor, the next hint that matches first, then "factorable". Factorable
    matches any equation it can solve for y' and then solves that (the same equation) by its
    own default hint, the next one here: a second classification and a detour that doubled
    the time of every variant and of its program (y'' - y' - 6y = e^{2x}: 0.2 s for 0.09)."""
    default = sp.classify_ode(ode, Y(X), dict=True, ics=ics or None)["default"]
    if default != "factorable" or _factors(ode):
        return [default] if default else []
    ordered = sp.classify_ode(ode, Y(X), dict=True, ics=ics or None, hint="all")["ordered_hints"]
    after = [h for h in ordered if h != "factorable" and not h.endswith("_Integral")]
    return after[:1] + ["factorable"]


def _factors(ode: sp.Expr) -> bool:
    """Does the equation factor, y' (y - x) = 0, or have a repeated factor (what dsolve's
    factorable hint splits), rather than only being solvable for y'?"""
    numerator = sp.fraction(sp.factor(ode.collect(Y(X), func=sp.cancel)))[0]
    powers = [f.as_base_exp() for f in sp.Mul.make_args(sp.factor(numerator)) if f.has(Y(X))]
    return len(powers) > 1 or any(exponent != 1 for _, exponent in powers)


def _direct(ode: sp.Expr, ics: dict[sp.Expr, sp.Expr]) -> tuple[sp.Expr, str] | None:
    """The first direct method that applies, and its name."""
    for method in DIRECT_METHODS:
        answer = method(ode, Y, X, ics)
        if answer is not None:
            return answer, method.__name__
    return None


def _solve(params: dict[str, Any], ode: sp.Expr, ics: dict[sp.Expr, sp.Expr]
           ) -> tuple[sp.Expr | sp.Equality, str] | None:
    """The solution and the method that found it (a name in METHODS, or "dsolve:<hint>").

    A variant's parameters carry its item's method (``params["solver"]``): the same structure
    is solved the same way, so that method is tried first, alone (no other direct method, no
    classify_ode over every hint); where it fails, the full search follows. Each step stops
    at the sandbox's CPU limit, since the solve() program repeats the method that succeeds
    (an integral with no elementary form, an implicit solution, would otherwise run on for
    the whole budget); dsolve's own search stops sooner (:data:`DSOLVE_SECONDS`).
    """
    implicit_allowed = not params.get("parameters") and not params.get("particular")
    solver = params.get("solver")
    if solver and (solver != "implicit_solution" or implicit_allowed):
        found = bounded(PROGRAM_SECONDS, lambda: _dsolve(ode, ics, solver.split(":", 1)[1])
                        if solver.startswith("dsolve:") else _by_name(solver, ode, ics))
        if found is not None:
            return found
    found = bounded(PROGRAM_SECONDS, lambda: _direct(ode, ics)) or \
        bounded(DSOLVE_SECONDS, lambda: _dsolve(ode, ics))
    if found is None and implicit_allowed:
        found = bounded(PROGRAM_SECONDS, lambda: _by_name("implicit_solution", ode, ics))
    if found is None and ics:  # the book's way out: a definite integral from the point
        found = bounded(PROGRAM_SECONDS, lambda: _by_name("definite_solution", ode, ics))
    return found


def _by_name(method: str, ode: sp.Expr, ics: dict[sp.Expr, sp.Expr]
             ) -> tuple[sp.Expr | sp.Equality, str] | None:
    """The answer of the method named ``method`` in METHODS (None if it has no such name or
    does not apply), and that name."""
    answer = METHODS[method](ode, Y, X, ics) if method in METHODS else None
    return None if answer is None else (answer, method)


def _pose_ode(params: dict[str, Any]) -> Problem:
    ode, ics = read_ode(params)
    order = _order(ode)
    if order == 0:
        raise ValueError("no derivative of y in the equation")
    found = _solve(params, ode, ics)
    if found is None:
        raise ValueError("no single explicit solution y(x), nor an implicit one by"
                         f" separation or exactness, within {PROGRAM_SECONDS:g} CPU-s a method"
                         f" ({DSOLVE_SECONDS:g} for dsolve's search)")
    answer, method = found
    params = {**params, "solver": method}  # how it was solved: what its variants try first
    if method == "implicit_solution":
        return _implicit_problem(params, ode, ics, answer)
    if params.get("particular"):  # "a particular solution": every arbitrary constant is 0
        answer = answer.subs({c: 0 for c in constants(answer)})
    answer = named_constants(answer, params, positive=False)
    equation = f"{latex(ode)} = 0"
    conditions = ", ".join(f"{latex(k)} = {latex(v)}" for k, v in ics.items())
    given = f"{sp.sstr(ode)} = 0" + (f", {', '.join(_condition_text(k, v) for k, v in ics.items())}"
                                     if ics else "")
    plain, tex = worded(params, [
        ("Solve the differential equation {p} for y(x).", "Solve ${e}${c} for $y(x)$."),
        ("Find {kind} of {p}.", "Find {kind} of ${e}${c}."),
        ("What function y(x) satisfies {p}?", "What function $y(x)$ satisfies ${e}${c}?"),
    ], p=given, e=equation, c=f" with ${conditions}$" if ics else "",
        kind="the solution" if ics else "the general solution")
    how = ("by an integrating factor, leaving the integral with no closed form as a definite "
           "integral from the initial point" if method == "definite_solution"
           else "directly (characteristic roots, integrating factor or Bernoulli's substitution)"
           if method in METHODS else "for $y(x)$")
    steps = [f"The equation has order {order}; solve it {how}: $y = {latex(answer)}$."]
    if ics:
        steps.append(f"The initial conditions ${conditions}$ fix the constants.")
    return Problem(
        statement=plain,
        statement_latex=tex,
        answer=answer,
        steps=steps,
        code=_ode_code(params),
        params=params,
    )


def _implicit_problem(params: dict[str, Any], ode: sp.Expr, ics: dict[sp.Expr, sp.Expr],
                      answer: sp.Equality) -> Problem:
    """The problem whose answer is the implicit solution F(x, y) = C (or its level through the
    initial point): asked as such, since no single explicit y(x) was found."""
    equation = f"{latex(ode)} = 0"
    conditions = ", ".join(f"{latex(k)} = {latex(v)}" for k, v in ics.items())
    given = f"{sp.sstr(ode)} = 0" + (f", {', '.join(_condition_text(k, v) for k, v in ics.items())}"
                                     if ics else "")
    plain, tex = worded(params, [
        ("Solve {p}; give the solution in implicit form F(x, y) = C.",
         "Solve ${e}${c}; give the solution in implicit form $F(x, y) = C$."),
        ("Find {kind} of {p} as an implicit equation in x and y.",
         "Find {kind} of ${e}${c} as an implicit equation in $x$ and $y$."),
        ("Separate the variables (or use exactness) to solve {p} implicitly.",
         "Separate the variables (or use exactness) to solve ${e}${c} implicitly."),
    ], p=given, e=equation, c=f" with ${conditions}$" if ics else "",
        kind="the solution" if ics else "the general solution")
    steps = [("Write the equation as $M(x, y) + N(x, y) y' = 0$; if $M_y \\neq N_x$, separate "
              "the variables, $f(x)\\,dx - dy/g(y) = 0$, which is exact, or multiply by an "
              "integrating factor $u(x)$ or $u(y)$ that makes it exact."),
             f"Integrate $M$ in $x$ and the rest of $N$ in $y$: ${latex(answer)}$."]
    if ics:
        steps.append(f"The initial condition ${conditions}$ gives the level.")
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps,
                   code=_ode_code(params), params=params)


def _ode_code(params: dict[str, Any]) -> str:
    """The solve() program: the method that solved the problem (``params["solver"]``), alone."""
    names = ", ".join(repr(n) for n in params.get("parameters", []))
    method = params["solver"]
    if method.startswith("dsolve:"):
        sources: tuple = ()
        call = f"sympy.dsolve(ode, y(x), ics=ics or None, hint={method.split(':', 1)[1]!r}).rhs"
    else:
        sources = {"implicit_solution": (potential, exact_answer, integrating_factor,
                                         implicit_solution),
                   "definite_solution": (_fix_constants, *DIRECT_METHODS, definite_solution),
                   }.get(method, (_fix_constants, *DIRECT_METHODS))
        call = f"{method}(ode, y, x, ics)"
    return (
        "import sympy\n\n\n" + "".join(inspect.getsource(m) + "\n\n" for m in sources) +
        "def solve():\n"
        "    x, y = sympy.Symbol('x'), sympy.Function('y')\n"
        f"    names = {{'x': x, 'y': y, **{{n: sympy.Symbol(n, positive=True) for n in [{names}]}}}}\n"
        f"    ode = sympy.sympify({params['ode']!r}, locals=names)\n"
        f"    ics = {{sympy.sympify(k, locals={{**names, 'Subs': sympy.Subs}}): "
        f"sympy.sympify(v, locals=names) for k, v in {params.get('ics', {})!r}.items()}}\n"
        f"    result = {call}\n"
        + ("    result = result.subs({c: 0 for c in result.free_symbols "
           "if c.name.startswith('C')})\n" if params.get("particular") else "")
        + "    return result.subs({n: sympy.Symbol(n.name) for n in result.free_symbols "
        "if n.is_positive})\n"
    )


def _n(expr: sp.Expr) -> sp.Expr:
    """``expr`` (a number with no symbols left) computed once at 60 digits by mpmath. A residual
    that is exactly zero has no 30 correct digits to find: evalf retries it at ever higher
    precision up to its ``maxn`` (a hundred Bessel function values for one residual, where one
    pass computes each once); at 60 digits a residual smaller than 1e-15 still stands out from
    rounding unless the terms that cancel exceed 1e40. What mpmath cannot compute (a function
    it lacks, a symbol left over) goes to evalf, to 30 digits working at most at 60."""
    try:
        value = sp.lambdify([], expr, "mpmath")
        with mpmath.workdps(60):
            return sp.sympify(value())
    except Exception:  # noqa: BLE001 - anything mpmath cannot evaluate: SymPy's own evalf
        return expr.evalf(30, maxn=60)


def _numeric(expr: sp.Expr, symbols: list[sp.Symbol]
             ) -> Callable[..., sp.Expr | None] | None:
    """``expr`` as one mpmath function of ``symbols``, evaluated at 60 digits like :func:`_n`:
    made once for every point (printing and compiling an expression cost more than evaluating
    it, three times over when each point's values were substituted first). None where it has a
    definite integral (:func:`_at` evaluates those) or mpmath cannot take it; the function
    returns None where one evaluation fails, and the point is evaluated as before."""
    if expr.has(sp.Integral):
        return None
    try:
        function = sp.lambdify(symbols, expr, "mpmath")
    except Exception:  # noqa: BLE001 - anything lambdify cannot print: the per-point way
        return None

    def at(*values: sp.Rational) -> sp.Expr | None:
        try:
            with mpmath.workdps(60):
                return sp.sympify(function(*(mpmath.mpf(v.p) / v.q for v in values)))
        except Exception:  # noqa: BLE001 - a value mpmath cannot compute
            return None
    return at


def _at(expr: sp.Expr, point: sp.Rational) -> sp.Expr:
    """``expr`` at x = ``point``, each definite integral in it replaced by its value: mpmath's
    quadrature of the integrand made numeric once (SymPy's evalf of an integral evaluates the
    integrand symbolically at every node, seconds each)."""
    values = {}
    for integral in expr.atoms(sp.Integral):
        ((s, low, high),) = integral.limits
        f = sp.lambdify(s, integral.function.subs(X, point), "mpmath")
        with mpmath.workdps(40):
            ends = [mpmath.mpf(sp.Float(end.subs(X, point), 45)) for end in (low, high)]
            values[integral] = sp.Float(mpmath.quad(f, ends), 40)
    return expr.subs(values).subs(X, point)


def satisfies(ode: sp.Expr, answer: sp.Expr, seed: str) -> bool:
    """``answer`` makes the equation zero at 3 random points, with random constant values
    (30 digits): substitution, not the method that found it."""
    rng = random.Random(seed)
    free = sorted(constants(answer), key=str)
    named = sorted((answer.free_symbols | ode.free_symbols) - set(free) - {X}, key=str)
    # (derivatives taken; a definite integral in the answer is evaluated by quadrature below)
    substituted = ode.subs(Y(X), answer).doit(integrals=False)
    residual = _numeric(substituted, [*free, *named, X])
    for _ in range(3):
        values = {c: sp.Rational(rng.randint(-20, 20), rng.randint(1, 5)) for c in free}
        values.update({c: sp.Rational(rng.randint(1, 30), rng.randint(1, 7)) for c in named})
        point = sp.Rational(rng.randint(300, 2300), 1000)
        value = (residual(*values.values(), point) if residual else None)
        if value is None:
            value = _n(_at(substituted.subs(values), point))
        size = lambda values=values, point=point: _at(answer.subs(values), point)
        if not value.is_number or not _small(value, size):
            return False
    return True


def _small(residual: sp.Expr, size: Callable[[], sp.Expr]) -> bool:
    """|residual| <= 1e-15 (1 + |size|): zero to 15 digits relative to the solution's size.
    The size is evaluated only for a residual over 1e-15 (which no size under 1 lets pass):
    a residual that vanishes, as a solution's does, needs no second evaluation (one of the
    two lambdify calls per point that made a third of the ODE check's time)."""
    return abs(residual) <= 1e-15 or abs(residual) <= 1e-15 * (1 + abs(_n(size())))


def _condition_values(ics: dict[sp.Expr, sp.Expr], answer: sp.Expr) -> dict[sp.Expr, sp.Expr]:
    """Each condition's left side evaluated at ``answer``: y(0) -> answer(0), y'(0) -> answer'(0)."""
    result = {}
    for key, value in ics.items():
        if isinstance(key, sp.Subs):  # y'(a) is Subs(Derivative(y(x), x), x, a)
            derivative, _, point = key.args
            result[derivative.subs(Y(X), answer).doit(integrals=False).subs(X, point[0])] = value
        else:
            result[answer.subs(X, key.args[0])] = value
    return result


def _verify_implicit(ode: sp.Expr, ics: dict[sp.Expr, sp.Expr], answer: sp.Equality,
                     seed: str) -> list[Check]:
    """F(x, y) = c solves the equation when the slope it implies, y' = -F_x / F_y (implicit
    differentiation, not the integration that found F), makes the equation zero at random
    points (x, y); the initial point lies on the curve; a general solution keeps C free."""
    x, y = sp.Symbol("x"), sp.Symbol("y")
    f = answer.lhs - answer.rhs
    if f.free_symbols - {x, y, sp.Symbol("C")} or not f.has(y):
        return [Check("the answer is an equation in x and y", False)]
    # real x and y, so that log|y - 1| differentiates to 1/(y - 1)
    real = {x: sp.Symbol("x", real=True), y: sp.Symbol("y", real=True)}
    f, x, y = f.subs(real), real[x], real[y]
    slope = -f.diff(x) / f.diff(y)
    residual = ode.subs(Y(X).diff(X), slope).subs(Y(X), y).subs(X, x)
    rng = random.Random(seed)
    points = [{x: sp.Rational(rng.randint(300, 2300), 1000),
               y: sp.Rational(rng.randint(300, 2300), 1000)} for _ in range(3)]
    holds = all(_small(_n(residual.subs(at)), lambda at=at: slope.subs(at)) for at in points)
    checks = [Check("implicit differentiation: y' = -F_x/F_y satisfies the equation "
                    "(30 digits, random points)", bool(holds))]
    if ics:
        ((key, value),) = ics.items()
        checks.append(Check("the initial point lies on the curve",
                            abs(_n(f.subs({x: key.args[0], y: value}))) < 1e-15))
    else:
        checks.append(Check("an arbitrary level C (the general solution)",
                            answer.rhs == sp.Symbol("C")))
    return checks


def _verify_ode(problem: Problem) -> list[Check]:
    ode, ics = read_ode(problem.params)
    if isinstance(problem.answer, sp.Equality):
        return _verify_implicit(ode, ics, problem.answer, problem.params["ode"])
    answer = named_constants(problem.answer, problem.params, positive=True)
    values = _condition_values(ics, answer)
    named = sorted(set().union(*[sp.sympify(k - v).free_symbols for k, v in values.items()]) - {X},
                   key=str) if values else []
    at = {c: sp.Rational(7 + 3 * i, 5) for i, c in enumerate(named)}  # the named constants
    conditions = all(abs(_n((k - v).subs(at))) < 1e-15 for k, v in values.items())
    wanted = 0 if ics or problem.params.get("particular") else _order(ode)
    free = constants(answer)
    return [
        Check("substitute the solution into the equation (30 digits, random constants)",
              satisfies(ode, answer, problem.params["ode"])),
        Check("the initial conditions hold", conditions),
        Check(f"as many arbitrary constants as the order needs ({wanted})", len(free) == wanted,
              f"found {sorted(map(str, free))}"),
    ]


@family("differential_equations.solve_ode", verify=_verify_ode, pose=_pose_ode)
def solve_ode(rng: random.Random, difficulty: int) -> Problem:
    """Solve y' = k y + g(x), or a constant-coefficient second-order equation, maybe with y(0)."""
    y = Y(X)
    if difficulty <= 2:
        ode = y.diff(X) - rng.randint(-3, 3) * y - rng.choice([0, X, sp.exp(X), 1])
    else:
        r1, r2 = rng.sample(range(-4, 5), 2)
        ode = y.diff(X, 2) - (r1 + r2) * y.diff(X) + r1 * r2 * y
    ics = {"y(0)": str(rng.randint(-3, 3))} if rng.random() < 0.5 else {}
    if ics and difficulty > 2:
        ics["Subs(Derivative(y(x), x), x, 0)"] = str(rng.randint(-3, 3))
    return _pose_ode({"ode": sp.sstr(ode), "ics": ics, "template": rng.randrange(WORDINGS)})
