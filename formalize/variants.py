"""Variants of a book's exercise: the same family and shape of expression, new numbers.

Plain re-drawing of every constant keeps the shape of ``x e^{2x} + 3x^2`` but
would destroy what makes some exercises what they are: a polynomial to factor
must still factor, a limit with a removable singularity must keep it. Those
families re-draw *roots* instead, keeping their multiplicities and the
exercise's degree, so a variant is as hard as its original.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import sympy as sp

from exercises.families import (
    textbook_angles,
    textbook_boundary,
    textbook_circles,
    textbook_classify,
    textbook_construct,
    textbook_convolution,
    textbook_copies,
    textbook_described_images,
    textbook_determinant_rules,
    textbook_digit_strings,
    textbook_dirichlet,
    textbook_eigen,
    textbook_eigen_image,
    textbook_exceeding_shares,
    textbook_exponential,
    textbook_graphs,
    textbook_group_choices,
    textbook_initial_values,
    textbook_integrating_factors,
    textbook_linear_algebra,
    textbook_magnitudes,
    textbook_map_values,
    textbook_matrix_algebra,
    textbook_near_matchings,
    textbook_pde,
    textbook_pigeonhole,
    textbook_possible_functions,
    textbook_predicate_relations,
    textbook_probability,
    textbook_product_determinant,
    textbook_quantifiers,
    textbook_rank_nullity,
    textbook_relation_classes,
    textbook_restricted_functions,
    textbook_series,
    textbook_sigma,
    textbook_symbolic_inverse,
    textbook_taylor,
    textbook_taylor_series,
    textbook_trial_solutions,
    textbook_trigonometry,
    textbook_two_sets,
    textbook_vector_spaces,
    textbook_vectors,
)
from exercises.families.textbook_several import SEVERAL
from formalize import (
    counting,
    discrete,
    exact,
    graph_words,
    logic,
    numbers,
    ode_words,
    orthogonal,
    recurrences,
    relations,
    truth,
)

X = sp.Symbol("x")
ROOT_DRAWS = 20  # draws of a new characteristic root, distinct from the others
SPLIT_DRAWS = 12  # draws of new entries that must keep a matrix's eigenvalues rational
# Families whose domain module re-draws them itself (sizes, terms, letters, row operations),
# keeping what makes the item what it is: a system's rank, a congruence's solvability.
OWN_REDRAW: dict[str, Callable[[dict[str, Any], random.Random], dict[str, Any]]] = {
    **discrete.REDRAW, **counting.REDRAW, **textbook_linear_algebra.REDRAW,
    **logic.REDRAW, **relations.REDRAW, **truth.REDRAW, **graph_words.REDRAW,
    **textbook_predicate_relations.REDRAW, **textbook_relation_classes.REDRAW,
    **textbook_sigma.REDRAW,
    **textbook_quantifiers.REDRAW, **textbook_described_images.REDRAW,
    **textbook_angles.REDRAW, **textbook_circles.REDRAW, **textbook_trigonometry.REDRAW,
    **textbook_pde.REDRAW, **textbook_boundary.REDRAW, **textbook_exponential.REDRAW,
    **textbook_vector_spaces.REDRAW, **textbook_matrix_algebra.REDRAW, **textbook_vectors.REDRAW,
    **textbook_map_values.REDRAW, **textbook_graphs.REDRAW, **recurrences.REDRAW,
    **numbers.REDRAW, **ode_words.REDRAW, **textbook_eigen.REDRAW, **textbook_series.REDRAW,
    **textbook_dirichlet.REDRAW, **textbook_construct.REDRAW, **exact.REDRAW,
    **textbook_magnitudes.REDRAW, **textbook_integrating_factors.REDRAW,
    **textbook_trial_solutions.REDRAW, **textbook_rank_nullity.REDRAW,
    **orthogonal.REDRAW, **textbook_taylor.REDRAW, **textbook_taylor_series.REDRAW,
    **textbook_convolution.REDRAW, **textbook_copies.REDRAW, **textbook_classify.REDRAW,
    **textbook_initial_values.REDRAW, **textbook_symbolic_inverse.REDRAW,
    **textbook_eigen_image.REDRAW, **textbook_product_determinant.REDRAW,
    **textbook_determinant_rules.REDRAW,
    **textbook_restricted_functions.REDRAW, **textbook_probability.REDRAW,
    **textbook_group_choices.REDRAW, **textbook_digit_strings.REDRAW,
    **textbook_exceeding_shares.REDRAW, **textbook_two_sets.REDRAW,
    **textbook_pigeonhole.REDRAW, **textbook_near_matchings.REDRAW,
    **textbook_possible_functions.REDRAW}


def _nearby(rng: random.Random, value: sp.Rational) -> sp.Rational:
    """A new number of about the same size and the same sign (never zero). A proper fraction
    stays proper, so that ``sin x = 2/3`` keeps its solutions (and its solving path)."""
    size = max(1, abs(int(value.p)))
    if size < value.q:
        new = rng.randint(1, value.q - 1)
    else:
        new = rng.randint(max(1, size // 2), size * 2 + 2)
    sign = -1 if value < 0 else 1
    return sp.Rational(sign * new, value.q)


def redraw_constants(expr: sp.Expr, rng: random.Random,
                     functions: dict[sp.Expr, sp.Expr] | None = None) -> sp.Expr:
    """Replace each numeric constant (not exponents, not +-1 factors) with a nearby one. A
    function that appears in several terms gets one new argument (``functions``: those drawn
    so far), so that its terms still combine: y' + 2 sin(2x) y = 2 sin(2x) keeps one sin(3x),
    and its integrating factor's integral an elementary one."""
    functions = {} if functions is None else functions
    if expr.is_Rational:
        return expr if abs(expr) == 1 or expr == 0 else _nearby(rng, expr)
    if expr.is_Atom or isinstance(expr, (sp.Derivative, sp.Subs)):  # keep orders and points
        return expr
    if expr.is_Pow:
        return sp.Pow(redraw_constants(expr.base, rng, functions), expr.exp)
    if isinstance(expr, sp.Function):
        if expr not in functions:
            functions[expr] = expr.func(*[redraw_constants(arg, rng, functions)
                                          for arg in expr.args])
        return functions[expr]
    return expr.func(*[redraw_constants(arg, rng, functions) for arg in expr.args])


def redraw_roots(polynomial: sp.Expr, rng: random.Random) -> sp.Expr | None:
    """The same leading coefficient and root multiplicities with new rational roots, or None
    when the polynomial does not split into linear factors over the rationals."""
    lead, factors = sp.factor_list(sp.expand(polynomial), X)
    if any(sp.degree(base, X) != 1 for base, _ in factors):
        return None
    used: set[sp.Rational] = set()
    product = sp.sympify(lead)  # may be rational: x/4 - 2 has lead 1/4
    for base, multiplicity in factors:
        a, b = sp.Poly(base, X).all_coeffs()
        root = -b / a
        new = root
        while new in used or new == root:
            new = sp.Rational(rng.randint(-9, 9), root.q)
        used.add(new)
        product *= (a * X - a * new) ** multiplicity
    return sp.expand(product)


def _vary_limit(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Keep a removable singularity removable: new constants, the cancelling factor at a new point."""
    f, point = sp.sympify(params["expr"]), sp.sympify(params["point"])
    numerator, denominator = sp.fraction(sp.together(f))
    removable = (
        point.is_finite
        and numerator.is_polynomial(X)
        and denominator.is_polynomial(X)
        and numerator.subs(X, point) == 0
        and denominator.subs(X, point) == 0
    )
    if not removable:
        return {**params, "expr": sp.sstr(redraw_constants(f, rng))}
    new_point = point + rng.choice([-3, -2, -1, 1, 2, 3])
    factor = X - new_point
    rest_n = redraw_constants(sp.quo(numerator, X - point, X), rng)
    rest_d = redraw_constants(sp.quo(denominator, X - point, X), rng)
    expr = sp.expand(rest_n * factor) / sp.expand(rest_d * factor)
    return {**params, "expr": sp.sstr(expr), "point": sp.sstr(new_point)}


def _scale_variable(expr: sp.Expr, factor: int) -> sp.Expr:
    """x -> factor*x in every term, except (in an ODE) the terms holding the unknown y(x)."""
    unknown = [t for t in sp.Add.make_args(expr) if t.atoms(sp.core.function.AppliedUndef)]
    rest = [t for t in sp.Add.make_args(expr) if t not in unknown]
    return sp.Add(*unknown, *[t.subs(X, factor * X) for t in rest])


def _weight_a_term(ode: sp.Expr, rng: random.Random) -> sp.Expr:
    """A coefficient of 2 to 9 on one term of an ODE that holds the unknown below its highest
    derivative and no named constant: y' = y^2 becomes y' = 3y^2, x y'' + y' = 0 becomes
    x y'' + 2y' = 0 (an equation whose every coefficient is 1 has none to re-draw)."""
    def order(term: sp.Expr) -> int:
        return max((d.derivative_count for d in term.atoms(sp.Derivative)), default=0)

    terms = sp.Add.make_args(ode)
    top = max(map(order, terms))
    lower = [t for t in terms if t.atoms(sp.core.function.AppliedUndef) and order(t) < top
             and t.free_symbols <= {X}]
    if not lower:
        return ode
    term = rng.choice(lower)
    return ode - term + rng.randint(2, 9) * term


def _new_root(old: sp.Rational, used: set, rng: random.Random) -> sp.Rational | None:
    """A new nonzero rational of the same sign and denominator as ``old``, not ``old`` and not
    in ``used`` (None when a few draws find none)."""
    for _ in range(ROOT_DRAWS):
        new = sp.Rational((1 if old > 0 else -1) * rng.randint(1, 9), old.q)
        if new != old and new not in used:
            return new
    return None


def redraw_characteristic_roots(ode: sp.Expr, rng: random.Random) -> sp.Expr | None:
    """A linear ODE with rational constant coefficients, its characteristic polynomial given
    new roots: rational roots stay rational (of the same sign), a complex pair a +- bi stays a
    complex pair, each with its multiplicity; a zero root (and a zero real part) is kept; the
    terms without y re-drawn as any constant is. None for any other equation, or one whose
    polynomial has a factor of degree 3 or more or irrational real roots. Re-drawing the
    coefficients themselves would give a cubic's roots by the cubic formula: seconds of SymPy
    for an answer no book would set, where the book chose roots that solve by hand."""
    y = sp.Function("y")(X)
    order = max((d.derivative_count for d in ode.atoms(sp.Derivative)), default=0)
    derivatives = [y] + [y.diff(X, k) for k in range(1, order + 1)]
    names = [sp.Dummy() for _ in derivatives]
    linear = sp.expand(ode.subs(dict(zip(reversed(derivatives), reversed(names)))))
    coefficients = [linear.coeff(n) for n in names]
    forcing = sp.expand(linear - sum(c * n for c, n in zip(coefficients, names)))
    if order == 0 or not all(c.is_Rational for c in coefficients) \
            or forcing.has(*names, sp.Function("y")):
        return None
    r = sp.Dummy("r")
    lead, factors = sp.factor_list(sum(c * r**k for k, c in enumerate(coefficients)), r)
    polynomial, used = sp.sympify(lead), set()
    for base, multiplicity in factors:
        coefficients_of = sp.Poly(base, r).all_coeffs()
        if len(coefficients_of) == 2:  # a r + b: the root -b/a
            a, b = coefficients_of
            root = -b / a
            new = root if root == 0 else _new_root(root, used, rng)
            if new is None:
                return None
            used.add(new)
            polynomial *= (a * r - a * new) ** multiplicity
            continue
        if len(coefficients_of) != 3:
            return None  # a cubic factor
        a, b, c = coefficients_of
        if b**2 - 4 * a * c >= 0:
            return None  # irrational real roots
        # the pair real +- imaginary i; an irrational imaginary part (sqrt 3) becomes whole
        real, imaginary = -b / (2 * a), sp.sqrt(4 * a * c - b**2) / (2 * a)
        new_real = real if real == 0 else _new_root(real, set(), rng)
        new_imaginary = _new_root(imaginary if imaginary.is_Rational else sp.S.One,
                                  {imaginary}, rng)
        if new_real is None or new_imaginary is None or (new_real, new_imaginary) in used:
            return None
        used.add((new_real, new_imaginary))
        polynomial *= (a * ((r - new_real) ** 2 + new_imaginary**2)) ** multiplicity
    new = sp.Poly(sp.expand(polynomial), r).all_coeffs()[::-1]
    return sp.Add(*[c * d for c, d in zip(new, derivatives)], redraw_constants(forcing, rng))


def eigenvalue_multiplicities(matrix: sp.Matrix) -> tuple[int, ...] | None:
    """The multiplicities of the matrix's eigenvalues when they are all rational, else None."""
    _, factors = matrix.charpoly().factor_list()
    if any(base.degree() != 1 for base, _ in factors):
        return None
    return tuple(sorted(multiplicity for _, multiplicity in factors))


def _vary_matrix(rows: list[list[str]], op: str | None, rng: random.Random) -> list[list[str]]:
    """Same size and zero pattern, new entries. Where the eigenvalues matter (an eigenvalue
    question, a system x' = Ax: ``op`` is None) and the book's are rational, the variant's are
    too, with the same multiplicities (a section on repeated eigenvalues keeps them repeated): a
    random 3x3 matrix has cubic-formula eigenvalues, seconds of SymPy and an answer no book
    would set. A few draws keep the zero pattern; failing them, the book's matrix permuted,
    scaled and shifted (c P A P^T + k I) keeps its eigenvalue structure for certain."""
    matrix = _matrix(rows)
    wanted = eigenvalue_multiplicities(matrix) if op in (
        None, "eigenvalues", "diagonalize", "eigenspaces") else None
    new = matrix.applyfunc(lambda v: redraw_constants(v, rng))
    for _ in range(SPLIT_DRAWS if wanted else 0):
        if new != matrix and eigenvalue_multiplicities(new) == wanted:
            break
        new = matrix.applyfunc(lambda v: redraw_constants(v, rng))
    else:
        if wanted:
            new = _moved(matrix, rng)[0]
    if new == matrix and op == "eigenspaces":  # entries no draw changes ([[1, 1], [-1, 0]])
        new = _moved(matrix, rng)[0]
    return _rows(new)


def _matrix(rows: list[list[str]]) -> sp.Matrix:
    return sp.Matrix([[sp.Rational(v) for v in row] for row in rows])


def _rows(matrix: sp.Matrix) -> list[list[str]]:
    return [[sp.sstr(v) for v in matrix.row(i)] for i in range(matrix.rows)]


def _moved(matrix: sp.Matrix, rng: random.Random
           ) -> tuple[sp.Matrix, Callable[[sp.Expr], sp.Expr]]:
    """c P A P^T + k I for a permutation P: the same eigenvalue structure, each eigenvalue
    moved to c lambda + k (the map is returned with the matrix)."""
    order = rng.sample(range(matrix.rows), matrix.rows)
    scale, shift = rng.choice([1, -1, 2]), rng.choice([-3, -2, -1, 1, 2, 3])
    return (scale * matrix.extract(order, order) + shift * sp.eye(matrix.rows),
            lambda value: scale * value + shift)


def _vary_eigenvalue(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """"An eigenvector for the eigenvalue 3": the matrix moved by :func:`_moved`, and its
    eigenvalue with it (a new draw of entries would lose the eigenvalue)."""
    new, move = _moved(_matrix(params["matrix"]), rng)
    return {**params, "matrix": _rows(new),
            "eigenvalue": sp.sstr(move(sp.Rational(params["eigenvalue"])))}


def vary(family: str, params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """New parameters for ``family`` with the same shape as ``params``."""
    if family in OWN_REDRAW:
        return OWN_REDRAW[family](params, rng)
    if family == "linear_algebra.each":  # one question about several named objects
        return {**params, "items": [vary(params["family"], p, rng) for p in params["items"]]}
    if family in SEVERAL:  # several questions in one item: each as its own family varies
        return {**params, "questions": [[f, vary(f, p, rng)] for f, p in params["questions"]]}
    if family == "algebra.factor_expression":
        new = redraw_roots(sp.sympify(params["expr"]), rng)
        if new is not None:
            return {**params, "expr": sp.sstr(new)}
    if family == "algebra.solve_polynomial_equation":
        polynomial = sp.expand(sp.sympify(params["lhs"]) - sp.sympify(params["rhs"]))
        new = redraw_roots(polynomial, rng)
        if new is not None:
            shift = redraw_constants(sp.sympify(params["rhs"]), rng)
            return {**params, "lhs": sp.sstr(sp.expand(new + shift)), "rhs": sp.sstr(shift)}
    if family == "calculus.limit_expression":
        return _vary_limit(params, rng)
    if family == "linear_algebra.matrix_operation" and "eigenvalue" in params:
        return _vary_eigenvalue(params, rng)
    if family in ("linear_algebra.matrix_operation", "differential_equations.solve_linear_system"):
        return {**params, "matrix": _vary_matrix(params["matrix"], params.get("op"), rng)}
    varied = dict(params)
    for key in ("expr", "lhs", "rhs", "ode"):
        if key in params:
            old = sp.sympify(params[key])
            new = redraw_characteristic_roots(old, rng) if key == "ode" else None
            if new is None:
                new = redraw_constants(old, rng)
            if new == old:  # nothing to re-draw, as in x e^x: scale the variable instead
                new = _scale_variable(old, rng.randint(2, 4))
            if new == old and key == "ode":  # y' = x y: weight a term instead
                new = _weight_a_term(old, rng)
            varied[key] = sp.sstr(new)
    for key in ("given", "ics"):  # a triangle's given parts; an ODE's values at the same points
        if isinstance(params.get(key), dict):
            varied[key] = {name: sp.sstr(redraw_constants(sp.sympify(value), rng))
                           for name, value in params[key].items()}
    for key in ("lower", "upper", "point"):
        if key in params and sp.sympify(params[key]).is_Integer:
            varied[key] = str(int(sp.sympify(params[key])) + rng.choice([-1, 1]) * rng.randint(0, 2))
    if "lower" in varied and sp.sympify(varied["lower"]) >= sp.sympify(varied["upper"]):
        varied["upper"] = str(sp.sympify(varied["lower"]) + 1)
    return varied
