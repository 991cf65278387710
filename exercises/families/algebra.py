"""Algebra families: equations, systems, quadratics, polynomials, rational functions, inequalities.

Each problem is built backwards from its answer (choose the roots or the solution, then expand),
so that answers are exact and generation needs no solver. Each verifier re-derives the claim from
the drawn parameters by a different route: substitution with exact fractions, Vieta's formulas,
synthetic division, evaluation at rational points, sign tests at sample points.
"""

from __future__ import annotations

import math
import random
from fractions import Fraction

import sympy as sp

from exercises.families._exact import (
    SAMPLE_POINTS,
    X,
    bound,
    check,
    distinct,
    divide_root,
    evaluate,
    factor_text,
    finite_fractions,
    frac,
    frac_tex,
    guarded,
    horner,
    lean_theorem,
    linear_coeffs,
    monomial,
    nonzero,
    num_text,
    pick_text,
    poly_add,
    poly_expr,
    poly_from_factors,
    poly_mul,
    poly_pow,
    poly_text,
    rat,
    set_agrees,
    set_text,
    sum_text,
    texts,
)
from exercises.family import Check, Problem, family
from exercises.kit import program

SOLVE_TEMPLATES = [
    "Solve {eq} for {v}.",
    "Find all values of {v} such that {eq}.",
    "Solve for {v}: {eq}.",
    "What value of {v} satisfies {eq}?",
    "Determine {v} if {eq}.",
]
VARIABLES = ("x", "y", "t", "z", "n")


def _equation(lhs: list, rhs: list, var: str) -> tuple[str, str]:
    """``lhs = rhs`` for two coefficient lists, as (plain, latex)."""
    return (
        f"{poly_text(lhs, 'plain', var)} = {poly_text(rhs, 'plain', var)}",
        f"{poly_text(lhs, 'latex', var)} = {poly_text(rhs, 'latex', var)}",
    )


def _rational(rng: random.Random, difficulty: int, b: int) -> Fraction:
    """A solution value: an integer at low difficulty, a fraction with a small denominator above."""
    if difficulty <= 2 or rng.random() < 0.5:
        return Fraction(rng.randint(-b, b))
    return Fraction(nonzero(rng, -b, b), rng.randint(2, 1 + difficulty))


def _set_text(values: list) -> str:
    """``{-2, 3/4}`` in plain text."""
    return "{" + ", ".join(str(v) for v in values) + "}"


# ============================================================================= linear equations
def verify_linear_equation(p: Problem) -> list[Check]:
    a, b, c, d = (Fraction(v) for v in p.params["coefficients"])
    roots = finite_fractions(p.answer)
    ok = len(roots) == 1 and a * roots[0] + b == c * roots[0] + d
    return [
        check("substitute the solution into both sides", ok, f"{roots} in {p.params}"),
        check("unique: the coefficients of the unknown differ on the two sides", a != c),
    ]


@family("algebra.linear_equation", verify=guarded(verify_linear_equation))
def linear_equation(rng: random.Random, difficulty: int) -> Problem:
    """Solve a linear equation a*x + b = c*x + d (integer or fractional solution)."""
    var = rng.choice(VARIABLES)
    b_ = bound(difficulty, (6, 10, 15, 25, 50))
    s = _rational(rng, difficulty, bound(difficulty))
    k = nonzero(rng, -bound(difficulty), bound(difficulty)) * s.denominator  # a - c
    c = 0 if difficulty == 1 else rng.randint(-b_, b_)
    a = c + k
    if a == 0:
        a, c = a + k, c + k
    b = rng.randint(-b_, b_)
    d = int(k * s + b)
    plain, latex = pick_text(rng, SOLVE_TEMPLATES, eq=_equation([a, b], [c, d], var), v=(var, var))
    steps = [
        (f"Collect ${var}$ on the left and the constants on the right: "
        f"${poly_text([a - c, 0], 'latex', var)} = {d - b}$."),
        f"Divide both sides by ${a - c}$: ${var} = {num_text(s, 'latex')}$.",
        (f"Check: both sides equal ${num_text(a * s + b, 'latex')}$ at ${var} = "
        f"{num_text(s, 'latex')}$."),
    ]
    code = program(f"""
        import sympy as sp
        a, b, c, d = {a}, {b}, {c}, {d}  # a*{var} + b = c*{var} + d
        # (a - c)*{var} = d - b has exactly one solution because a != c
        return sp.FiniteSet(sp.Rational(d - b, a - c))
        """)
    return Problem(plain, latex, sp.FiniteSet(rat(s)), steps, code,
                   {"coefficients": [a, b, c, d], "variable": var},
                   answer_text=f"{var} = {s}")


# ============================================================================= linear systems
def _linear_text(coeffs: list, names: list[str], rhs, style: str) -> str:
    return f"{sum_text(list(zip(coeffs, names)), style)} = {num_text(rhs, style)}"


def _eliminate(rows: list[list[Fraction]], names: list[str]) -> list[str]:
    """Worked Gaussian elimination and back substitution, one step per operation."""
    n = len(names)
    rows = [list(r) for r in rows]
    steps = []
    for col in range(n):
        pivot = next(i for i in range(col, n) if rows[i][col] != 0)
        if pivot != col:
            rows[col], rows[pivot] = rows[pivot], rows[col]
            steps.append(f"Swap equations {col + 1} and {pivot + 1}.")
        for i in range(col + 1, n):
            m = rows[i][col] / rows[col][col]
            if m:
                rows[i] = [a - m * b for a, b in zip(rows[i], rows[col])]
                steps.append(
                    f"Subtract ${num_text(m, 'latex')}$ times equation {col + 1} from equation "
                    f"{i + 1}: ${_linear_text(rows[i][:n], names, rows[i][n], 'latex')}$."
                )
    values: dict[str, Fraction] = {}
    for i in reversed(range(n)):
        rest = sum(rows[i][j] * values[names[j]] for j in range(i + 1, n))
        values[names[i]] = (rows[i][n] - rest) / rows[i][i]
        steps.append(
            f"From equation {i + 1}: ${names[i]} = {num_text(values[names[i]], 'latex')}$."
        )
    return steps


def _det(m: list[list[int]]) -> int:
    """Determinant by cofactor expansion (n <= 3), independent of elimination."""
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * _det([r[:j] + r[j + 1:] for r in m[1:]])
               for j in range(len(m)))


def verify_linear_system(p: Problem) -> list[Check]:
    matrix, rhs = p.params["matrix"], p.params["rhs"]
    if not isinstance(p.answer, sp.FiniteSet) or len(p.answer) != 1:
        return [check("the answer is one solution tuple", False, str(p.answer))]
    (solution,) = p.answer
    values = [frac(v) for v in solution]
    residuals = [sum(a * v for a, v in zip(row, values)) - r for row, r in zip(matrix, rhs)]
    return [
        check("substitute the solution into every equation", len(values) == len(matrix)
              and not any(residuals), f"residuals {residuals}"),
        check("unique: the coefficient determinant (cofactor expansion) is nonzero",
              _det(matrix) != 0, f"det = {_det(matrix)}"),
    ]


def _linear_system(rng: random.Random, difficulty: int, n: int) -> Problem:
    names = ["x", "y", "z"][:n]
    b = bound(difficulty, (3, 5, 7, 9, 12))
    while True:
        matrix = [[nonzero(rng, -b, b) for _ in range(n)] for _ in range(n)]
        if _det(matrix) != 0:
            break
    s = b + 2 * difficulty
    det = _det(matrix)
    if difficulty >= 4 and abs(det) <= 12 and rng.random() < 0.5:
        # integral data, fractional solution (denominators divide det): Cramer's rule
        rhs = [rng.randint(-s * b, s * b) for _ in range(n)]
        solution = [
            Fraction(_det([row[:j] + [r] + row[j + 1:] for row, r in zip(matrix, rhs)]), det)
            for j in range(n)
        ]
    else:
        solution = [Fraction(rng.randint(-s, s)) for _ in range(n)]
        rhs = [int(sum(a * v for a, v in zip(row, solution))) for row in matrix]
    system = [(_linear_text(row, names, r, "plain"), _linear_text(row, names, r, "latex"))
              for row, r in zip(matrix, rhs)]
    eqs_plain = ", ".join(e[0] for e in system)
    eqs_latex = ",\\quad ".join(e[1] for e in system)
    unknowns = ", ".join(names)
    plain, latex = pick_text(rng, [
        "Solve the system {eqs} for {u}.",
        "Find {u} such that {eqs}.",
        "Solve the simultaneous equations {eqs}.",
        "What is the solution ({u}) of the system {eqs}?",
    ], eqs=(eqs_plain, eqs_latex), u=(unknowns, unknowns))
    rows = [[Fraction(a) for a in row] + [Fraction(r)] for row, r in zip(matrix, rhs)]
    steps = _eliminate(rows, names)
    tuple_text = "(" + ", ".join(str(v) for v in solution) + ")"
    steps.append(f"The solution is $({', '.join(num_text(v, 'latex') for v in solution)})$; "
                 "substituting it into each equation confirms it.")
    code = program(f"""
        import sympy as sp
        A = sp.Matrix({matrix})
        b = sp.Matrix({rhs})
        # Cramer's rule: the unique solution since det(A) != 0
        det = A.det()
        values = []
        for j in range({n}):
            Aj = A.copy()
            Aj[:, j] = b
            values.append(Aj.det() / det)
        return sp.FiniteSet(sp.Tuple(*values))
        """)
    answer = sp.FiniteSet(sp.Tuple(*(rat(v) for v in solution)))
    return Problem(plain, latex, answer, steps, code,
                   {"matrix": matrix, "rhs": rhs, "unknowns": names},
                   answer_text=f"({unknowns}) = {tuple_text}")


@family("algebra.linear_system_2x2", verify=guarded(verify_linear_system))
def linear_system_2x2(rng: random.Random, difficulty: int) -> Problem:
    """Solve a system of two linear equations in x and y with a unique solution."""
    return _linear_system(rng, difficulty, 2)


@family("algebra.linear_system_3x3", verify=guarded(verify_linear_system))
def linear_system_3x3(rng: random.Random, difficulty: int) -> Problem:
    """Solve a system of three linear equations in x, y and z with a unique solution."""
    return _linear_system(rng, difficulty, 3)


# ============================================================================= quadratics
def _quadratic_statement(rng: random.Random, coeffs: list[int],
                         extra: list[str]) -> tuple[str, str]:
    eq = (f"{poly_text(coeffs)} = 0", f"{poly_text(coeffs, 'latex')} = 0")
    return pick_text(rng, SOLVE_TEMPLATES[:3] + extra, eq=eq, v=("x", "x"))


def _surd(n: int) -> tuple[int, int]:
    """``(m, k)`` with ``|n| = m**2 * k`` and ``k`` square-free: ``sqrt(|n|) = m*sqrt(k)``."""
    m, k = 1, abs(n)
    f = 2
    while f * f <= k:
        while k % (f * f) == 0:
            m, k = m * f, k // (f * f)
        f += 1
    return m, k


def _root_latex(a: int, b: int, disc: int) -> tuple[str, list[str]]:
    """LaTeX of ``sqrt(disc)`` simplified, and of the two roots ``(-b +- sqrt(disc)) / 2a``."""
    m, k = _surd(disc)
    unit = ("" if k == 1 else f"\\sqrt{{{k}}}") + (" i" if disc < 0 else "")
    radical = (f"{m}" if m != 1 or not unit else "") + unit
    u, v = Fraction(-b, 2 * a), abs(Fraction(m, 2 * a))
    term = (num_text(v, "latex") if v != 1 or not unit else "") + unit
    lead = num_text(u, "latex") + " " if u else ""
    roots = [f"{lead}+ {term}" if u else term, f"{lead}- {term}" if u else f"-{term}"]
    return radical, roots


def verify_quadratic_rational(p: Problem) -> list[Check]:
    a, b, c = p.params["coefficients"]
    roots = finite_fractions(p.answer)
    residues = [horner([a, b, c], r) for r in roots]
    if len(roots) == 2:
        vieta = roots[0] + roots[1] == Fraction(-b, a) and roots[0] * roots[1] == Fraction(c, a)
    else:
        vieta = len(roots) == 1 and b * b == 4 * a * c and roots[0] == Fraction(-b, 2 * a)
    return [
        check("substitute each root into the equation", not any(residues), f"values {residues}"),
        check("Vieta: the roots' sum is -b/a and product c/a (so none is missing)", vieta),
    ]


@family("algebra.quadratic_factorable", verify=guarded(verify_quadratic_rational))
def quadratic_factorable(rng: random.Random, difficulty: int) -> Problem:
    """Solve a quadratic equation that factors over the integers (rational roots)."""
    b_ = bound(difficulty)
    if difficulty <= 2:
        factors = [(1, -r) for r in (rng.randint(-b_, b_), rng.randint(-b_, b_))]
        lead = 1
    else:
        factors = [(rng.randint(1, difficulty - 1), nonzero(rng, -b_, b_)) for _ in range(2)]
        factors = [(a // math.gcd(a, r), r // math.gcd(a, r)) for a, r in factors]
        lead = rng.choice([1, 1, -1, 2, 3]) if difficulty >= 4 else 1
    coeffs = poly_from_factors(factors, lead)
    roots = sorted({Fraction(-bb, a) for a, bb in factors})
    plain, latex = _quadratic_statement(rng, coeffs, ["Find the roots of {eq}."])
    steps = [
        f"Factor the left-hand side: ${factor_text(factors, lead, 'latex')} = 0$.",
        "A product is zero exactly when one of its factors is zero: "
        + ", ".join(f"${poly_text(list(f), 'latex')} = 0$" for f in dict.fromkeys(factors)) + ".",
        "So $x \\in \\{" + ", ".join(num_text(r, "latex") for r in roots) + "\\}$.",
    ]
    code = program(f"""
        import math
        import sympy as sp
        a, b, c = {coeffs}  # a*x**2 + b*x + c = 0
        root_d = math.isqrt(b * b - 4 * a * c)  # the discriminant is a perfect square
        return sp.FiniteSet(sp.Rational(-b + root_d, 2 * a), sp.Rational(-b - root_d, 2 * a))
        """)
    return Problem(plain, latex, sp.FiniteSet(*(rat(r) for r in roots)), steps, code,
                   {"coefficients": coeffs}, answer_text=_set_text(roots))


def _conjugate_check(p: Problem, real: bool) -> list[Check]:
    """Substitute roots u + w (w irrational or imaginary, w**2 rational) exactly, in two parts."""
    a, b, c = p.params["coefficients"]
    if not isinstance(p.answer, sp.FiniteSet) or len(p.answer) != 2:
        return [check("the answer is a set of two roots", False, str(p.answer))]
    results = []
    for root in p.answer:
        u, w = root.as_coeff_Add()
        u, w2 = frac(u), frac(sp.expand(w * w))
        rational_part = a * (u * u + w2) + b * u + c  # a*r**2 + b*r + c = rational + w*(2au + b)
        results.append(rational_part == 0 and 2 * a * u + b == 0 and (w2 > 0) == real and w2 != 0)
    distinct_roots = len(set(p.answer)) == 2
    return [
        check("substitute each root exactly, separating rational and radical parts", all(results)),
        check("two distinct conjugate roots, so the set is complete", distinct_roots),
    ]


@family("algebra.quadratic_formula", verify=guarded(lambda p: _conjugate_check(p, real=True)))
def quadratic_formula(rng: random.Random, difficulty: int) -> Problem:
    """Solve a quadratic equation with irrational roots by the quadratic formula."""
    b_ = bound(difficulty)
    while True:
        a = 1 if difficulty == 1 else nonzero(rng, -(difficulty + 1), difficulty + 1)
        b, c = rng.randint(-b_, b_), nonzero(rng, -b_, b_)
        disc = b * b - 4 * a * c
        if disc > 0 and math.isqrt(disc) ** 2 != disc:
            break
    coeffs = [a, b, c]
    roots = [sp.Rational(-b, 2 * a) + s * sp.sqrt(disc) / (2 * a) for s in (1, -1)]
    radical, texts_ = _root_latex(a, b, disc)
    plain, latex = _quadratic_statement(rng, coeffs, [
        "Use the quadratic formula to solve {eq}.",
        "Find the exact solutions of {eq}.",
    ])
    steps = [
        (f"Here $a = {a}$, $b = {b}$, $c = {c}$; the discriminant is "
        f"$b^2 - 4ac = {b * b} - ({4 * a * c}) = {disc}$, positive and not a perfect square."),
        f"The quadratic formula gives $x = \\frac{{{-b} \\pm \\sqrt{{{disc}}}}}{{{2 * a}}}$.",
        (f"Since $\\sqrt{{{disc}}} = {radical}$, " if radical != f"\\sqrt{{{disc}}}" else "So ")
        + f"$x = {texts_[0]}$ or $x = {texts_[1]}$.",
    ]
    code = program(f"""
        import sympy as sp
        a, b, c = {coeffs}  # a*x**2 + b*x + c = 0
        d = b * b - 4 * a * c
        return sp.FiniteSet(*[(-b + s * sp.sqrt(d)) / (2 * a) for s in (1, -1)])
        """)
    answer = sp.FiniteSet(*roots)
    return Problem(plain, latex, answer, steps, code, {"coefficients": coeffs},
                   answer_text=" or ".join(f"x = {sp.sstr(r)}" for r in roots))


def verify_quadratic_complex(p: Problem) -> list[Check]:
    if p.params["domain"] == "complex":
        return _conjugate_check(p, real=False)
    a, b, c = p.params["coefficients"]
    vertex = horner([a, b, c], Fraction(-b, 2 * a))
    return [
        check("the answer is the empty set", p.answer == sp.S.EmptySet, str(p.answer)),
        check("the vertex value has the sign of a, so the parabola never meets the x-axis",
              vertex * a > 0, f"f(-b/2a) = {vertex}"),
    ]


@family("algebra.quadratic_complex", verify=guarded(verify_quadratic_complex))
def quadratic_complex(rng: random.Random, difficulty: int) -> Problem:
    """Solve a quadratic with a negative discriminant: complex roots, or no real solution."""
    b_ = bound(difficulty)
    while True:
        a = 1 if difficulty <= 2 else nonzero(rng, -difficulty, difficulty)
        b, c = rng.randint(-b_, b_), nonzero(rng, -b_ * 2, b_ * 2)
        disc = b * b - 4 * a * c
        if disc < 0:
            break
    coeffs = [a, b, c]
    domain = rng.choice(["complex", "real"])
    eq = (f"{poly_text(coeffs)} = 0", f"{poly_text(coeffs, 'latex')} = 0")
    roots = [sp.Rational(-b, 2 * a) + s * sp.sqrt(disc) / (2 * a) for s in (1, -1)]
    radical, texts_ = _root_latex(a, b, disc)
    steps = [f"The discriminant is $b^2 - 4ac = {b * b} - ({4 * a * c}) = {disc} < 0$."]
    if domain == "complex":
        plain, latex = pick_text(rng, [
            "Solve {eq} over the complex numbers.",
            "Find all complex solutions of {eq}.",
            "Find the complex roots of {eq}.",
        ], eq=eq)
        steps += [
            (f"So the roots are complex: $x = \\frac{{{-b} \\pm \\sqrt{{{disc}}}}}{{{2 * a}}}$, "
            f"with $\\sqrt{{{disc}}} = {radical}$."),
            f"Hence $x = {texts_[0]}$ or $x = {texts_[1]}$.",
        ]
        answer, text = sp.FiniteSet(*roots), " or ".join(f"x = {sp.sstr(r)}" for r in roots)
    else:
        plain, latex = pick_text(rng, [
            "Solve {eq} over the real numbers.",
            "Find all real solutions of {eq}.",
            "How many real roots does {eq} have? List them.",
        ], eq=eq)
        steps.append("A negative discriminant means no real root: the solution set is empty.")
        answer, text = sp.S.EmptySet, "no real solutions"
    code = program(f"""
        import sympy as sp
        a, b, c = {coeffs}  # a*x**2 + b*x + c = 0
        d = b * b - 4 * a * c
        if d < 0 and "{domain}" == "real":
            return sp.S.EmptySet
        return sp.FiniteSet(*[(-b + s * sp.sqrt(d)) / (2 * a) for s in (1, -1)])
        """)
    return Problem(plain, latex, answer, steps, code, {"coefficients": coeffs, "domain": domain},
                   answer_text=text)


# ============================================================================= polynomials
def verify_polynomial_roots(p: Problem) -> list[Check]:
    coeffs = [Fraction(c) for c in p.params["coefficients"]]
    roots = finite_fractions(p.answer)
    rest, ok = coeffs, True
    for r in roots:  # divide out each root as often as it goes; it must go at least once
        times = 0
        while len(rest) > 1:
            q, rem = divide_root(rest, r)
            if rem:
                break
            rest, times = q, times + 1
        ok = ok and times > 0
    if len(rest) == 3:  # what is left must have no real root
        ok = ok and rest[1] ** 2 - 4 * rest[0] * rest[2] < 0
    else:
        ok = ok and len(rest) == 1
    return [check("synthetic division by each root; the quotient left has no real root", ok,
                  f"remaining quotient {rest}")]


@family("algebra.polynomial_roots", verify=guarded(verify_polynomial_roots))
def polynomial_roots(rng: random.Random, difficulty: int) -> Problem:
    """Find all real roots of a cubic or quartic polynomial with rational roots."""
    b_ = bound(difficulty, (3, 4, 5, 6, 8))
    degree = 3 if difficulty <= 3 else 4
    factors = [(1, rng.randint(-b_, b_)) for _ in range(degree)]
    if difficulty >= 3:
        factors[0] = (rng.randint(1, 3), nonzero(rng, -b_, b_))
        g = math.gcd(*factors[0])
        factors[0] = (factors[0][0] // g, factors[0][1] // g)
    coeffs = poly_from_factors(factors)
    quadratic = None
    if difficulty == 5 and rng.random() < 0.5:  # an irreducible quadratic factor: x**2 + k
        quadratic = rng.randint(1, 9)
        factors = factors[:2]
        coeffs = poly_mul(poly_from_factors(factors), [1, 0, quadratic])
    roots = sorted({Fraction(-bb, a) for a, bb in factors})
    eq = (f"{poly_text(coeffs)} = 0", f"{poly_text(coeffs, 'latex')} = 0")
    plain, latex = pick_text(rng, [
        "Find all real roots of {eq}.",
        "Solve {eq} for real {v}.",
        "Determine every real solution of {eq}.",
        "Let p(x) = {p}. Find all real x with p(x) = 0.",
    ], eq=eq, p=texts(coeffs), v=("x", "x"))
    steps = [f"By the rational root theorem every rational root is $\\pm p/q$ with $p$ dividing "
             f"${coeffs[-1]}$ and $q$ dividing ${coeffs[0]}$; test these candidates."
             if coeffs[-1] else "The constant term is zero, so $x = 0$ is a root."]
    rest: list = [Fraction(c) for c in coeffs]
    for r in roots:
        while len(rest) > 1 and divide_root(rest, r)[1] == 0:
            rest = divide_root(rest, r)[0]
            steps.append(f"$x = {num_text(r, 'latex')}$ is a root; synthetic division leaves "
                         f"${poly_text(rest, 'latex')}$.")
    if quadratic:
        steps.append(f"$x^2 + {quadratic} > 0$ for every real $x$, so it adds no real root.")
    steps.append("The real roots are $" + ", ".join(num_text(r, "latex") for r in roots) + "$.")
    code = program(f"""
        from fractions import Fraction
        import sympy as sp
        coeffs = {coeffs}  # highest degree first
        found = set()
        while coeffs[-1] == 0:  # x divides the polynomial: 0 is a root
            found.add(Fraction(0))
            coeffs = coeffs[:-1]

        def value(x):
            v = 0
            for c in coeffs:
                v = v * x + c
            return v

        def divisors(n):
            return [d for d in range(1, n + 1) if n % d == 0]

        # rational root theorem: p divides the constant term, q the leading coefficient
        for p in divisors(abs(coeffs[-1])):
            for q in divisors(abs(coeffs[0])):
                for r in (Fraction(p, q), Fraction(-p, q)):
                    if value(r) == 0:
                        found.add(r)
        return sp.FiniteSet(*[sp.Rational(r.numerator, r.denominator) for r in found])
        """)
    return Problem(plain, latex, sp.FiniteSet(*(rat(r) for r in roots)), steps, code,
                   {"coefficients": coeffs}, answer_text=_set_text(roots))


# ============================================================================= factor / expand
def _product_expr(factors: list[tuple[int, int]], lead: int) -> sp.Expr:
    """``lead * prod(a*x + b)`` kept as a product (SymPy would distribute a lone constant)."""
    body = sp.Mul(*(poly_expr([a, b]) for a, b in factors))
    if lead == 1:
        return body
    return sp.Mul(sp.Integer(lead), body, evaluate=not isinstance(body, sp.Add))


def _agrees_with(expr: sp.Expr, coeffs: list[int]) -> bool:
    """``expr`` equals the polynomial ``coeffs`` at more rational points than its degree."""
    return all(evaluate(expr, {X: t}) == horner(coeffs, t) for t in SAMPLE_POINTS[: len(coeffs)])


def verify_factor(p: Problem) -> list[Check]:
    coeffs = p.params["coefficients"]
    linear_primitive = True
    for f in sp.Mul.make_args(p.answer):
        base = f.base if isinstance(f, sp.Pow) and f.exp.is_Integer and f.exp > 0 else f
        if base.is_Integer:
            continue
        a, b = linear_coeffs(base)
        linear_primitive &= (a.denominator == b.denominator == 1 and a != 0
                             and math.gcd(a.numerator, b.numerator) == 1)
    return [
        check("expand the factorisation: it equals the polynomial at rational points",
              _agrees_with(p.answer, coeffs)),
        check("every factor is a constant or a primitive integer linear factor (irreducible)",
              linear_primitive, str(p.answer)),
    ]


@family("algebra.factor", verify=guarded(verify_factor))
def factor(rng: random.Random, difficulty: int) -> Problem:
    """Factor a polynomial with integer coefficients completely over the integers."""
    b_ = bound(difficulty, (5, 7, 9, 9, 9))
    degree = (2, 2, 3, 3, 4)[difficulty - 1]
    kind = rng.choice(["roots", "roots", "squares"]) if degree == 2 else "roots"
    if kind == "squares":  # a difference of two squares (m x)^2 - k^2
        m, k = rng.randint(1, difficulty + 1), rng.randint(1, b_)
        g = math.gcd(m, k)
        factors = [(m // g, -k // g), (m // g, k // g)]
    else:
        factors = [(1, rng.randint(-b_, b_)) for _ in range(degree)]
        if difficulty >= 2:
            a = rng.randint(1, 3)
            r = nonzero(rng, -b_, b_)
            factors[0] = (a // math.gcd(a, r), r // math.gcd(a, r))
    lead = rng.choice([1, 1, 2, 3, -1, -2]) if difficulty >= 3 else 1
    if lead == -1 and factors[0] == (1, 0):
        lead = 1
    coeffs = poly_from_factors(factors, lead)
    factors.sort()
    answer = _product_expr(factors, lead)
    plain, latex = pick_text(rng, [
        "Factor {p} completely.",
        "Factorise {p}.",
        "Write {p} as a product of irreducible factors over the integers.",
        "Factor completely: {p}.",
    ], p=texts(coeffs))
    steps = []
    if lead != 1:
        steps.append(f"Take out the common factor ${lead}$: "
                     f"${poly_text(coeffs, 'latex')} = {lead}\\left("
                     f"{poly_text([c // lead for c in coeffs], 'latex')}\\right)$.")
    if kind == "squares":
        steps.append("It is a difference of two squares, $A^2 - B^2 = (A - B)(A + B)$.")
    else:
        steps.append("Look for rational roots $r$ (then $x - r$ divides it); the roots are $"
                     + ", ".join(num_text(Fraction(-b, a), "latex") for a, b in factors) + "$.")
    steps.append(f"So ${poly_text(coeffs, 'latex')} = {factor_text(factors, lead, 'latex')}$.")
    steps.append("Check by expanding the product back.")
    code = program(f"""
        import sympy as sp
        x = sp.Symbol("x")
        return sp.factor(sp.Poly({coeffs}, x).as_expr())
        """)
    lean = lean_theorem("factor_ex", "x", f"{poly_text(coeffs, 'lean')} = "
                        f"{factor_text(factors, lead, 'lean')}", "grind")
    return Problem(plain, latex, answer, steps, code, {"coefficients": coeffs},
                   answer_text=factor_text(factors, lead, "plain"), lean=lean)


def _is_expanded(expr: sp.Expr) -> bool:
    """Every term of ``expr`` is a rational times a power of x, and no power comes twice."""
    powers = []
    for term in sp.Add.make_args(expr):
        _c, rest = term.as_coeff_Mul()
        if rest == 1 or rest == X:
            powers.append(0 if rest == 1 else 1)
        elif isinstance(rest, sp.Pow) and rest.base == X and rest.exp.is_Integer and rest.exp > 1:
            powers.append(int(rest.exp))
        else:
            return False
    return len(powers) == len(set(powers))


def _expanded_checks(answer: sp.Expr, exact, degree: int) -> list[Check]:
    """The answer equals ``exact(t)`` at degree + 1 points and is written as expanded."""
    agree = all(evaluate(answer, {X: t}) == exact(t) for t in SAMPLE_POINTS[: degree + 1])
    return [
        check("evaluate the original expression and the answer at degree + 1 rational points",
              agree),
        check("the answer is a sum of distinct monomials", _is_expanded(answer), str(answer)),
    ]


def verify_expand(p: Problem) -> list[Check]:
    def product(t: Fraction) -> Fraction:
        value = Fraction(p.params["lead"])
        for (a, b), m in p.params["factors"]:
            value *= (a * t + b) ** m
        return value

    return _expanded_checks(p.answer, product, p.params["degree"])


def verify_distribute(p: Problem) -> list[Check]:
    def total(t: Fraction) -> Fraction:
        return sum(k * t**power * horner(inner, t) for k, power, inner in p.params["groups"])

    return _expanded_checks(p.answer, total, p.params["degree"])


@family("algebra.expand", verify=guarded(verify_expand))
def expand(rng: random.Random, difficulty: int) -> Problem:
    """Expand a product of binomials or a power of a binomial."""
    b_ = bound(difficulty, (5, 7, 9, 9, 12))
    a_max = (1, 3, 3, 4, 5)[difficulty - 1]
    if difficulty >= 2 and rng.random() < 0.4:
        power = rng.randint(2, 2 + difficulty // 2)
        groups = [((rng.randint(1, a_max), nonzero(rng, -b_, b_)), power)]
    else:
        count = (2, 2, 3, 3, 4)[difficulty - 1]
        groups = [((rng.randint(1, a_max), nonzero(rng, -b_, b_)), 1) for _ in range(count)]
    lead = rng.choice([1, 1, 2, -1, -3]) if difficulty >= 4 else 1
    coeffs: list = [lead]
    for (a, b), m in groups:
        coeffs = poly_mul(coeffs, poly_pow([a, b], m))
    flat = [f for f, m in groups for _ in range(m)]
    product = (factor_text(flat, lead, "plain"), factor_text(flat, lead, "latex"))
    plain, latex = pick_text(rng, [
        "Expand {p}.",
        "Expand and simplify {p}.",
        "Multiply out {p}.",
        "Write {p} as a polynomial in standard form.",
    ], p=product)
    steps = []
    partial: list = [lead]
    for i, (f, m) in enumerate(groups):
        before = partial
        partial = poly_mul(partial, poly_pow(list(f), m))
        if m > 1:
            steps.append(f"By the binomial theorem, ${factor_text([f] * m, 1, 'latex')} = "
                         f"{poly_text(poly_pow(list(f), m), 'latex')}$.")
        elif i:
            steps.append(f"Multiply ${poly_text(before, 'latex')}$ by "
                         f"${factor_text([f], 1, 'latex')}$ term by term and collect like terms: "
                         f"${poly_text(partial, 'latex')}$.")
    if lead != 1 and groups[0][1] > 1:
        steps.append(f"Multiply by ${lead}$: ${poly_text(coeffs, 'latex')}$.")
    code = program(f"""
        import sympy as sp
        x = sp.Symbol("x")
        return sp.expand(sp.sympify("{product[0]}"))
        """)
    lean = lean_theorem("expand_ex", "x", f"{factor_text(flat, lead, 'lean')} = "
                        f"{poly_text(coeffs, 'lean')}", "grind")
    return Problem(plain, latex, poly_expr(coeffs), steps, code,
                   {"factors": [[list(f), m] for f, m in groups], "lead": lead,
                    "degree": len(coeffs) - 1},
                   answer_text=poly_text(coeffs), lean=lean)


# ============================================================================= collect / simplify
def _monomial_text(exps: tuple[int, int], style: str) -> str:
    """``x**2*y`` / ``x^{2} y`` / ``x ^ 2 * y`` for exponents ``(i, j)`` of x and y."""
    parts = [m for m in (monomial("x", exps[0], style), monomial("y", exps[1], style)) if m]
    return {"plain": "*", "latex": " ", "lean": " * "}[style].join(parts)


def _collected(terms: list[tuple[int, tuple[int, int]]]) -> dict[tuple[int, int], int]:
    out: dict[tuple[int, int], int] = {}
    for c, m in terms:
        out[m] = out.get(m, 0) + c
    return out


def _terms_expr(terms: dict[tuple[int, int], int]) -> sp.Expr:
    y = sp.Symbol("y")
    return sp.Add(*(c * X ** i * y ** j for (i, j), c in terms.items()))


def _grid_points(count: int) -> list[tuple[Fraction, Fraction]]:
    return [(SAMPLE_POINTS[i], SAMPLE_POINTS[(3 * i + 2) % len(SAMPLE_POINTS)])
            for i in range(count)]


def verify_collect(p: Problem) -> list[Check]:
    y = sp.Symbol("y")
    terms = [(c, tuple(m)) for c, m in p.params["terms"]]
    agree = all(evaluate(p.answer, {X: s, y: t}) == sum(c * s**i * t**j for c, (i, j) in terms)
                for s, t in _grid_points(7))
    monomials = [term.as_coeff_Mul()[1] for term in sp.Add.make_args(p.answer)]
    return [
        check("evaluate the original sum and the answer at rational points (x, y)", agree),
        check("no monomial appears twice in the answer", len(monomials) == len(set(monomials))),
    ]


@family("algebra.collect_like_terms", verify=guarded(verify_collect))
def collect_like_terms(rng: random.Random, difficulty: int) -> Problem:
    """Collect like terms in a sum of monomials in x (and y)."""
    pools = [
        [(1, 0), (0, 0)],
        [(1, 0), (0, 1), (0, 0)],
        [(2, 0), (1, 0), (0, 0)],
        [(1, 0), (0, 1), (1, 1), (0, 0)],
        [(2, 0), (0, 2), (1, 1), (1, 0), (0, 1), (0, 0)],
    ]
    pool = pools[difficulty - 1]
    b_ = bound(difficulty, (6, 9, 9, 12, 15))
    count = len(pool) + 2 + difficulty // 2
    monomials = pool + [rng.choice(pool) for _ in range(count - len(pool))]
    rng.shuffle(monomials)
    terms = [(nonzero(rng, -b_, b_), m) for m in monomials]
    collected = _collected(terms)
    expr_text = [sum_text([(c, _monomial_text(m, s)) for c, m in terms], s)
                 for s in ("plain", "latex", "lean")]
    ordered = sorted(collected.items(), key=lambda kv: (-sum(kv[0]), -kv[0][0]))
    result = [sum_text([(c, _monomial_text(m, s)) for m, c in ordered], s)
              for s in ("plain", "latex", "lean")]
    plain, latex = pick_text(rng, [
        "Simplify {e} by collecting like terms.",
        "Collect like terms: {e}.",
        "Simplify {e}.",
        "Combine like terms in {e}.",
    ], e=(expr_text[0], expr_text[1]))
    groups = [sum_text([(c, _monomial_text(m, "latex")) for c, m in terms if m == mono], "latex")
              for mono in dict.fromkeys(m for _, m in terms)]
    steps = [
        "Group the terms with the same variable part: "
        + ", ".join(f"${g}$" for g in groups) + ".",
        "Add the coefficients within each group: $" + result[1] + "$.",
    ]
    code = program(f"""
        import sympy as sp
        x, y = sp.symbols("x y")
        return sp.sympify("{expr_text[0]}")  # SymPy collects like terms as it builds the sum
        """)
    lean = lean_theorem("collect_ex", "x y", f"{expr_text[2]} = {result[2]}", "grind")
    return Problem(plain, latex, _terms_expr(collected), steps, code,
                   {"terms": [[c, list(m)] for c, m in terms]}, answer_text=result[0], lean=lean)


def _group_text(k: int, power: int, inner: list[int], style: str, first: bool) -> str:
    """One summand ``k*x**p*(inner)``, with its sign as a joiner unless it comes first."""
    mono = monomial("x", power, style)
    head = "" if abs(k) == 1 else num_text(abs(k), style)
    joint = {"plain": "*", "latex": "", "lean": " * "}[style]
    factor = joint.join(part for part in (head, mono) if part)
    if factor:
        factor += joint
    body = f"{factor}({poly_text(inner, style)})"
    if first:
        return f"-{body}" if k < 0 else body
    return f" - {body}" if k < 0 else f" + {body}"


@family("algebra.simplify_distribute", verify=guarded(verify_distribute))
def simplify_distribute(rng: random.Random, difficulty: int) -> Problem:
    """Simplify a sum of multiples of brackets, such as 3(2x - 1) - x(x + 4)."""
    b_ = bound(difficulty, (5, 7, 9, 12, 15))
    count = 2 if difficulty <= 3 else 3
    groups = []
    for i in range(count):
        power = 1 if difficulty >= 3 and i == 0 else 0
        inner = [nonzero(rng, -4, 4), nonzero(rng, -b_, b_)]
        groups.append((nonzero(rng, -b_ // 2 - 1, b_ // 2 + 1), power, inner))
    total: list = [0]
    pieces = []
    for k, power, inner in groups:
        piece = poly_mul([k] + [0] * power, inner)
        pieces.append(piece)
        total = poly_add(total, piece)
    text = ["".join(_group_text(k, p_, inner, s, i == 0) for i, (k, p_, inner) in enumerate(groups))
            for s in ("plain", "latex", "lean")]
    plain, latex = pick_text(rng, [
        "Simplify {e}.",
        "Expand and simplify {e}.",
        "Write {e} in its simplest form.",
        "Expand the brackets and collect like terms: {e}.",
    ], e=(text[0], text[1]))
    steps = [
        "Distribute each factor over its bracket: $"
        + " + ".join(f"({poly_text(piece, 'latex')})" for piece in pieces) + "$.",
        f"Collect like terms: ${poly_text(total, 'latex')}$.",
    ]
    code = program(f"""
        import sympy as sp
        x = sp.Symbol("x")
        return sp.expand(sp.sympify("{text[0]}"))
        """)
    lean = lean_theorem("simplify_ex", "x", f"{text[2]} = {poly_text(total, 'lean')}", "grind")
    params = {"groups": [[k, p_, inner] for k, p_, inner in groups],
              "degree": len(total) - 1}
    return Problem(plain, latex, poly_expr(total), steps, code, params,
                   answer_text=poly_text(total), lean=lean)


# ============================================================================= rational expressions
def _lowest_terms(expr: sp.Expr) -> Check:
    """Numerator and denominator share no factor: their resultant is nonzero."""
    num, den = sp.fraction(sp.sympify(expr))
    res = sp.resultant(num, den, X) if den.has(X) and num.has(X) else 1
    return check("lowest terms: the resultant of numerator and denominator is nonzero",
                 res != 0, f"resultant {res}")


def verify_rational_simplify(p: Problem) -> list[Check]:
    num, den = p.params["numerator"], p.params["denominator"]
    top, bottom = sp.fraction(p.answer)
    cross = all(evaluate(top, {X: t}) * horner(den, t) == evaluate(bottom, {X: t}) * horner(num, t)
                for t in SAMPLE_POINTS)
    return [check("cross-multiply: answer numerator * denominator = answer denominator * "
                  "numerator at rational points", cross), _lowest_terms(p.answer)]


@family("algebra.rational_simplify", verify=guarded(verify_rational_simplify))
def rational_simplify(rng: random.Random, difficulty: int) -> Problem:
    """Simplify a rational expression by cancelling a common factor."""
    b_ = bound(difficulty, (5, 6, 8, 9, 12))
    shared, top_root, bottom_root = distinct(rng, 3, -b_, b_)
    top_factors = [(1, -top_root)]
    if difficulty >= 4:  # a second factor on top that does not cancel
        top_factors.append((1, -rng.choice([r for r in range(-b_, b_ + 1) if r != bottom_root])))
    k_top, k_bottom = (1, 1) if difficulty <= 2 else (nonzero(rng, -4, 4), rng.randint(1, 4))
    g = math.gcd(k_top, k_bottom)
    num = poly_from_factors([(1, -shared)] + top_factors, k_top)
    den = poly_from_factors([(1, -shared), (1, -bottom_root)], k_bottom)
    top = poly_from_factors(top_factors, k_top // g)
    bottom = [k_bottom // g, -bottom_root * (k_bottom // g)]
    answer = poly_expr(top) / poly_expr(bottom)
    expr = (f"({poly_text(num)})/({poly_text(den)})",
            f"\\frac{{{poly_text(num, 'latex')}}}{{{poly_text(den, 'latex')}}}")
    plain, latex = pick_text(rng, [
        "Simplify {e}.",
        "Write {e} in lowest terms.",
        "Reduce the rational expression {e}.",
        "Simplify {e}, stating any restrictions on x.",
    ], e=expr)
    steps = [
        "Factor numerator and denominator: $"
        + frac_tex(factor_text([(1, -shared)] + top_factors, k_top, "latex"),
                   factor_text([(1, -shared), (1, -bottom_root)], k_bottom, "latex")) + "$.",
        (f"Cancel the common factor ${poly_text([1, -shared], 'latex')}$ (valid for "
        f"$x \\neq {shared}$): ${frac_tex(poly_text(top, 'latex'), poly_text(bottom, 'latex'))}$."),
        f"Restrictions: $x \\neq {shared}$ and $x \\neq {bottom_root}$.",
    ]
    code = program(f"""
        import sympy as sp
        x = sp.Symbol("x")
        numerator = sp.Poly({num}, x).as_expr()
        denominator = sp.Poly({den}, x).as_expr()
        return sp.cancel(numerator / denominator)
        """)
    return Problem(plain, latex, answer, steps, code, {"numerator": num, "denominator": den},
                   answer_text=f"({poly_text(top)})/({poly_text(bottom)}), x != {shared}")


def verify_rational_sum(p: Problem) -> list[Check]:
    (a, pp), (b, q) = p.params["fractions"]
    sign = 1 if p.params["operation"] == "+" else -1
    agree = all(evaluate(p.answer, {X: t}) == Fraction(a) / (t + pp) + sign * Fraction(b) / (t + q)
                for t in SAMPLE_POINTS)
    single = sp.fraction(p.answer)[0].is_polynomial(X)
    return [check("evaluate the sum and the answer at rational points", agree),
            check("the answer is a single fraction", single, str(p.answer)),
            _lowest_terms(p.answer)]


@family("algebra.rational_sum", verify=guarded(verify_rational_sum))
def rational_sum(rng: random.Random, difficulty: int) -> Problem:
    """Add or subtract two fractions with linear denominators as a single fraction."""
    b_ = bound(difficulty, (4, 6, 8, 10, 12))
    pp, q = distinct(rng, 2, -b_, b_)
    a, b = nonzero(rng, -b_, b_), rng.randint(1, b_)
    op = rng.choice("+-")
    sign = 1 if op == "+" else -1
    num = poly_add([a, a * q], [sign * b, sign * b * pp])
    fractions = [(f"{a}/{factor_text([(1, pp)], 1, 'plain')}",
                  f"{b}/{factor_text([(1, q)], 1, 'plain')}"),
                 (f"\\frac{{{a}}}{{{poly_text([1, pp], 'latex')}}}",
                  f"\\frac{{{b}}}{{{poly_text([1, q], 'latex')}}}")]
    expr = (f" {op} ".join(fractions[0]), f" {op} ".join(fractions[1]))
    plain, latex = pick_text(rng, [
        "Write {e} as a single fraction.",
        "Simplify {e}.",
        "Combine {e} into one rational expression.",
        "Express {e} as a single fraction in lowest terms.",
    ], e=expr)
    den_tex = factor_text([(1, pp), (1, q)], 1, "latex")
    steps = [
        f"The common denominator is ${den_tex}$.",
        "Rewrite: $" + frac_tex(f"{a}({poly_text([1, q], 'latex')}) {op} "
                                f"{b}({poly_text([1, pp], 'latex')})", den_tex) + "$.",
        f"Expand the numerator: ${frac_tex(poly_text(num, 'latex'), den_tex)}$.",
    ]
    code = program(f"""
        import sympy as sp
        x = sp.Symbol("x")
        total = sp.together(sp.sympify("{expr[0]}"))
        numerator, denominator = sp.fraction(total)
        return sp.expand(numerator) / denominator
        """)
    answer = poly_expr(num) / (poly_expr([1, pp]) * poly_expr([1, q]))
    return Problem(plain, latex, answer, steps, code,
                   {"fractions": [[a, pp], [b, q]], "operation": op},
                   answer_text=f"({poly_text(num)})/({factor_text([(1, pp), (1, q)], 1, 'plain')})")


# ============================================================================= inequalities
RELATIONS = {"<": ("<", "<"), "<=": ("<=", "\\le"), ">": (">", ">"), ">=": (">=", "\\ge")}
COMPARE = {"<": lambda v: v < 0, "<=": lambda v: v <= 0, ">": lambda v: v > 0,
           ">=": lambda v: v >= 0}
FLIP = {"<": ">", "<=": ">=", ">": "<", ">=": "<="}
INEQUALITY_TEMPLATES = [
    "Solve the inequality {e} for {v}.",
    "Find all real {v} such that {e}.",
    "Solve {e}. Give the answer in interval notation.",
    "For which real values of {v} is {e}?",
]


def verify_linear_inequality(p: Problem) -> list[Check]:
    a, b, c, d = p.params["coefficients"]
    holds = COMPARE[p.params["relation"]]
    boundary = Fraction(d - b, a - c)
    return [set_agrees(p.answer, lambda t: holds((a - c) * t + b - d), [boundary])]


@family("algebra.linear_inequality", verify=guarded(verify_linear_inequality))
def linear_inequality(rng: random.Random, difficulty: int) -> Problem:
    """Solve a linear inequality a*x + b < c*x + d; the answer is an interval."""
    var = rng.choice(VARIABLES[:4])
    b_ = bound(difficulty, (6, 10, 15, 25, 40))
    s = _rational(rng, difficulty, bound(difficulty))
    k = nonzero(rng, -bound(difficulty), bound(difficulty)) * s.denominator
    c = 0 if difficulty == 1 else rng.randint(-b_, b_)
    a, b = c + k, rng.randint(-b_, b_)
    if a == 0:
        a, c = a + k, c + k
    d = int(k * s + b)
    rel = rng.choice(list(RELATIONS))
    final = rel if k > 0 else FLIP[rel]
    strict = final in ("<", ">")
    bd = rat(s)
    answer = (sp.Interval(-sp.oo, bd, True, strict) if final in ("<", "<=")
              else sp.Interval(bd, sp.oo, strict, True))
    e = (f"{poly_text([a, b], 'plain', var)} {RELATIONS[rel][0]} {poly_text([c, d], 'plain', var)}",
         f"{poly_text([a, b], 'latex', var)} {RELATIONS[rel][1]} {poly_text([c, d], 'latex', var)}")
    plain, latex = pick_text(rng, INEQUALITY_TEMPLATES, e=e, v=(var, var))
    steps = [(f"Collect ${var}$ on the left: ${poly_text([k, 0], 'latex', var)} "
             f"{RELATIONS[rel][1]} {d - b}$.")]
    if k < 0:
        steps.append(f"Divide by ${k}$; dividing by a negative number reverses the inequality: "
                     f"${var} {RELATIONS[final][1]} {num_text(s, 'latex')}$.")
    elif k != 1:
        steps.append(f"Divide by ${k}$: ${var} {RELATIONS[final][1]} {num_text(s, 'latex')}$.")
    steps.append(f"In interval notation: ${set_text(answer, 'latex')}$.")
    code = program(f"""
        import sympy as sp
        a, b, c, d = {a}, {b}, {c}, {d}  # a*{var} + b {rel} c*{var} + d
        relation = "{rel}"
        k, boundary = a - c, sp.Rational(d - b, a - c)
        if k < 0:  # dividing by a negative number reverses the inequality
            relation = {{"<": ">", "<=": ">=", ">": "<", ">=": "<="}}[relation]
        strict = relation in ("<", ">")
        if relation in ("<", "<="):
            return sp.Interval(-sp.oo, boundary, True, strict)
        return sp.Interval(boundary, sp.oo, strict, True)
        """)
    return Problem(plain, latex, answer, steps, code,
                   {"coefficients": [a, b, c, d], "relation": rel, "variable": var},
                   answer_text=set_text(answer, "plain"))


def verify_quadratic_inequality(p: Problem) -> list[Check]:
    coeffs = p.params["coefficients"]
    holds = COMPARE[p.params["relation"]]
    a, b, c = coeffs
    critical = [Fraction(-b, 2 * a)]
    disc = b * b - 4 * a * c
    if disc >= 0 and math.isqrt(disc) ** 2 == disc:
        critical += [Fraction(-b + s * math.isqrt(disc), 2 * a) for s in (1, -1)]
    return [set_agrees(p.answer, lambda t: holds(horner(coeffs, t)), critical)]


def _quadratic_set(a: int, roots: list[Fraction], rel: str) -> sp.Set:
    """The solution set of a*(x - r1)*(x - r2) REL 0 by the sign pattern of the parabola."""
    wants_positive = rel in (">", ">=")
    strict = rel in ("<", ">")
    outside = wants_positive == (a > 0)  # the parabola has the wanted sign outside its roots
    if not roots:
        return sp.S.Reals if outside else sp.S.EmptySet
    lo, hi = rat(roots[0]), rat(roots[-1])
    if outside:
        return sp.Union(sp.Interval(-sp.oo, lo, True, strict), sp.Interval(hi, sp.oo, strict, True))
    if lo == hi:
        return sp.S.EmptySet if strict else sp.FiniteSet(lo)
    return sp.Interval(lo, hi, strict, strict)


@family("algebra.quadratic_inequality", verify=guarded(verify_quadratic_inequality))
def quadratic_inequality(rng: random.Random, difficulty: int) -> Problem:
    """Solve a quadratic inequality; the answer is an interval, a union of two, or all/none."""
    b_ = bound(difficulty, (5, 6, 8, 9, 10))
    rel = rng.choice(list(RELATIONS))
    shape = rng.random()
    if difficulty >= 3 and shape < 0.15:  # no real roots: x**2 + k
        a, roots = rng.choice([1, -1]) * rng.randint(1, 2), []
        coeffs = [a, 0, a * rng.randint(1, b_)]
    else:
        lead = 1 if difficulty <= 2 else rng.randint(1, 3)
        factors = [(1, -rng.randint(-b_, b_)), (lead, nonzero(rng, -b_, b_))]
        g = math.gcd(*factors[1])
        factors[1] = (factors[1][0] // g, factors[1][1] // g)
        a = rng.choice([1, -1]) if difficulty >= 2 else 1
        coeffs = poly_from_factors(factors, a)
        a = coeffs[0]
        roots = sorted(Fraction(-bb, aa) for aa, bb in factors)
    answer = _quadratic_set(a, roots, rel)
    e = (f"{poly_text(coeffs)} {RELATIONS[rel][0]} 0",
         f"{poly_text(coeffs, 'latex')} {RELATIONS[rel][1]} 0")
    plain, latex = pick_text(rng, INEQUALITY_TEMPLATES, e=e, v=("x", "x"))
    if roots:
        steps = [f"Solve the equality first: ${poly_text(coeffs, 'latex')} = 0$ at $x = "
                 + ", ".join(num_text(r, "latex") for r in dict.fromkeys(roots)) + "$."]
    else:
        steps = [f"${poly_text(coeffs, 'latex')}$ has no real zero (its discriminant is negative)."]
    steps += [
        (f"The parabola opens {'upward' if a > 0 else 'downward'}, so it is "
        f"{'positive' if a > 0 else 'negative'} outside the roots and "
        f"{'negative' if a > 0 else 'positive'} between them."),
        (f"Keep the regions where the inequality holds"
         f"{'' if rel in ('<', '>') else ', roots included'}: "
        f"${set_text(answer, 'latex')}$."),
    ]
    code = program(f"""
        import sympy as sp
        a, b, c = {coeffs}  # a*x**2 + b*x + c {rel} 0
        def holds(v):
            return {{"<": v < 0, "<=": v <= 0, ">": v > 0, ">=": v >= 0}}["{rel}"]
        def f(t):
            return sp.expand((a * t + b) * t + c)
        d = b * b - 4 * a * c
        roots = sorted({{(-b + s * sp.sqrt(d)) / (2 * a) for s in (1, -1)}}) if d >= 0 else []
        edges = [-sp.oo] + roots + [sp.oo]
        result = sp.S.EmptySet
        for lo, hi in zip(edges, edges[1:]):  # the sign is constant between consecutive roots
            if lo == -sp.oo:
                probe = hi - 1 if hi != sp.oo else 0
            else:
                probe = lo + 1 if hi == sp.oo else (lo + hi) / 2
            if holds(f(probe)):
                result = result | sp.Interval.open(lo, hi)
        for r in roots:
            if holds(f(r)):
                result = result | sp.FiniteSet(r)
        return result
        """)
    return Problem(plain, latex, answer, steps, code, {"coefficients": coeffs, "relation": rel},
                   answer_text=set_text(answer, "plain"))


# ============================================================================= other equations
def verify_absolute_value(p: Problem) -> list[Check]:
    a, b, c = p.params["coefficients"]  # |a x + b| = c
    roots = finite_fractions(p.answer)
    satisfied = all(abs(a * r + b) == c for r in roots)
    # g(x) = |a x + b| - c is V-shaped with its minimum -c at x = -b/a: two zeros if c > 0,
    # one (the vertex) if c = 0, none if c < 0
    expected = 2 if c > 0 else 1 if c == 0 else 0
    vertex = Fraction(-b, a)
    sides = {r < vertex for r in roots} if c > 0 else set()
    return [check("substitute each solution into |a x + b| = c", satisfied),
            check("count the zeros of the V-shaped |a x + b| - c from its vertex value",
                  len(roots) == expected and (c <= 0 or len(sides) == 2), f"expected {expected}")]


@family("algebra.absolute_value_equation", verify=guarded(verify_absolute_value))
def absolute_value_equation(rng: random.Random, difficulty: int) -> Problem:
    """Solve an absolute-value equation |a*x + b| = c (two, one or no solutions)."""
    b_ = bound(difficulty, (6, 9, 12, 15, 20))
    a = 1 if difficulty == 1 else nonzero(rng, -difficulty - 1, difficulty + 1)
    b = rng.randint(-b_, b_)
    c = rng.randint(1, b_)
    if difficulty >= 3 and rng.random() < 0.2:
        c = rng.choice([0, -rng.randint(1, b_)])
    inner = (poly_text([a, b]), poly_text([a, b], "latex"))
    eq = (f"|{inner[0]}| = {c}", f"\\left|{inner[1]}\\right| = {c}")
    plain, latex = pick_text(rng, SOLVE_TEMPLATES[:3] + ["Find every real {v} with {eq}."],
                             eq=eq, v=("x", "x"))
    roots = sorted({Fraction(c - b, a), Fraction(-c - b, a)}) if c >= 0 else []
    if c < 0:
        steps = [f"An absolute value is never negative, and ${c} < 0$: there is no solution."]
    elif c == 0:
        steps = [(f"$|u| = 0$ only when $u = 0$: ${inner[1]} = 0$, so "
                 f"$x = {num_text(roots[0], 'latex')}$.")]
    else:
        steps = [f"$|u| = {c}$ means $u = {c}$ or $u = -{c}$.",
                 (f"${inner[1]} = {c}$ gives $x = {num_text(Fraction(c - b, a), 'latex')}$; "
                 f"${inner[1]} = -{c}$ gives $x = {num_text(Fraction(-c - b, a), 'latex')}$.")]
    code = program(f"""
        import sympy as sp
        a, b, c = {a}, {b}, {c}  # |a*x + b| = c
        if c < 0:
            return sp.S.EmptySet
        return sp.FiniteSet(sp.Rational(c - b, a), sp.Rational(-c - b, a))
        """)
    answer = sp.FiniteSet(*(rat(r) for r in roots))
    return Problem(plain, latex, answer, steps, code, {"coefficients": [a, b, c]},
                   answer_text=_set_text(roots) if roots else "no solution")


def verify_exponential(p: Problem) -> list[Check]:
    base, k, q = p.params["base"], p.params["k"], p.params["q"]
    value = Fraction(p.params["value"])
    (s,) = finite_fractions(p.answer)
    exponent = k * s + q
    holds = exponent.denominator == 1 and Fraction(base) ** int(exponent) == value
    return [check("substitute: the power evaluates to the right-hand side exactly", holds),
            check(f"unique: x -> {base}**x is strictly increasing", base > 1)]


@family("algebra.exponential_equation", verify=guarded(verify_exponential))
def exponential_equation(rng: random.Random, difficulty: int) -> Problem:
    """Solve an exponential equation b**(k*x + q) = N by writing N as a power of b."""
    base = rng.choice([2, 3, 5, 10] if difficulty <= 3 else [2, 3, 4, 5, 6, 7])
    k = 1 if difficulty <= 2 else nonzero(rng, -3, 3)
    s = rng.randint(-3, 4)
    q = rng.randint(-3, 3) if difficulty >= 2 else 0
    exponent = k * s + q
    if not -4 <= exponent <= 6:
        s, q = 1, 1 - k  # exponent 1
        exponent = 1
    value = Fraction(base) ** exponent
    power = (f"{base}**({poly_text([k, q])})" if (k, q) != (1, 0) else f"{base}**x",
             f"{base}^{{{poly_text([k, q], 'latex')}}}")
    eq = (f"{power[0]} = {num_text(value, 'plain')}", f"{power[1]} = {num_text(value, 'latex')}")
    plain, latex = pick_text(rng, SOLVE_TEMPLATES[:4], eq=eq, v=("x", "x"))
    steps = [(f"Write the right-hand side as a power of ${base}$: "
             f"${num_text(value, 'latex')} = {base}^{{{exponent}}}$."),
             (f"Powers of ${base}$ are equal exactly when the exponents are: "
             f"${poly_text([k, q], 'latex')} = {exponent}$."),
             f"So $x = {s}$."]
    code = program(f"""
        import sympy as sp
        base, k, q = {base}, {k}, {q}  # base**(k*x + q) = value
        value = sp.Rational("{value}")
        exponent = sp.log(value, base)  # exact: value is a power of base
        return sp.FiniteSet((sp.nsimplify(exponent) - q) / k)
        """)
    return Problem(plain, latex, sp.FiniteSet(sp.Integer(s)), steps, code,
                   {"base": base, "k": k, "q": q, "value": str(value)}, answer_text=f"x = {s}")


def verify_complete_square(p: Problem) -> list[Check]:
    a, b, c = (Fraction(v) for v in p.params["coefficients"])
    agree = all(evaluate(p.answer, {X: t}) == horner([a, b, c], t) for t in SAMPLE_POINTS[:4])
    # the form: k*(x + h)**2 + m, or (x + h)**2 + m
    square = [t for t in sp.Add.make_args(p.answer) if t.has(X)]
    shaped = len(square) == 1 and any(
        isinstance(f, sp.Pow) and f.exp == 2 and linear_coeffs(f.base)[0] != 0
        for f in sp.Mul.make_args(square[0]))
    return [check("evaluate the polynomial and the answer at rational points", agree),
            check("the answer is a multiple of a square of a linear term plus a constant",
                  shaped, str(p.answer))]


@family("algebra.complete_square", verify=guarded(verify_complete_square))
def complete_square(rng: random.Random, difficulty: int) -> Problem:
    """Complete the square: write a*x**2 + b*x + c as a*(x + h)**2 + k."""
    b_ = bound(difficulty, (5, 7, 9, 9, 12))
    a = 1 if difficulty <= 2 else rng.choice([1, 2, 3, -1, -2])
    h = Fraction(nonzero(rng, -b_, b_), 1 if difficulty <= 3 else 2)
    m = Fraction(rng.randint(-b_ * 2, b_ * 2))
    coeffs = [a, 2 * a * h, a * h * h + m]
    if any(Fraction(v).denominator != 1 for v in coeffs):
        m += 1 - Fraction(coeffs[2]) % 1
        coeffs = [a, 2 * a * h, a * h * h + m]
    coeffs = [int(v) if Fraction(v).denominator == 1 else v for v in coeffs]
    answer = sp.Integer(a) * (X + rat(h)) ** 2 + rat(m)
    square = (f"(x + {num_text(h, 'plain')})**2", f"\\left(x + {num_text(h, 'latex')}\\right)^{{2}}")
    form = [(f"{'' if a == 1 else '-' if a == -1 else f'{a}*'}{square[0]} + {num_text(m, 'plain')}"),
            (f"{'' if a == 1 else '-' if a == -1 else a}{square[1]} + {num_text(m, 'latex')}")]
    form = [t.replace("+ -", "- ") for t in form]
    plain, latex = pick_text(rng, [
        "Complete the square for {p}.",
        "Write {p} in the form a(x + h)^2 + k.",
        "Express {p} in vertex form by completing the square.",
    ], p=texts(coeffs))
    latex = latex.replace("a(x + h)^2 + k", "$a(x + h)^2 + k$")
    steps = []
    if a != 1:
        steps.append(f"Factor ${a}$ out of the $x$ terms: "
                     f"${a}\\left({poly_text([1, 2 * h, 0], 'latex')}\\right) + {coeffs[2]}$."
                     .replace("+ -", "- "))
    steps += [f"Half the coefficient of $x$ is ${num_text(h, 'latex')}$, so "
              f"$x^2 + {num_text(2 * h, 'latex')} x = {square[1]} - "
              f"{num_text(h * h, 'latex')}$.".replace("+ -", "- "),
              f"Collect the constants: ${form[1]}$."]
    code = program(f"""
        import sympy as sp
        x = sp.Symbol("x")
        a, b, c = (sp.Rational(v) for v in {[str(v) for v in coeffs]})
        h = b / (2 * a)  # a*x**2 + b*x + c = a*(x + h)**2 + (c - a*h**2)
        return a * (x + h) ** 2 + (c - a * h**2)
        """)
    lean = None
    if h.denominator == 1 and m.denominator == 1:
        lean = lean_theorem("square_ex", "x", f"{poly_text(coeffs, 'lean')} = "
                            f"{'' if a == 1 else f'{a} * '}(x + {h}) ^ 2 + {m}"
                            .replace("+ -", "- "), "grind")
    return Problem(plain, latex, answer, steps, code,
                   {"coefficients": [str(v) for v in coeffs]}, answer_text=form[0], lean=lean)
