"""Sequence and series families: next term, n-th term formulas, arithmetic and geometric sums.

Sequences are drawn from their rule (first term and difference or ratio, or a polynomial in n);
the verifiers check the claim another way: every consecutive difference or ratio, Lagrange
interpolation through the shown terms, brute-force summation, and the self-similarity
S = a + r*S of an infinite geometric series.
"""

from __future__ import annotations

import itertools
import random
from fractions import Fraction

import sympy as sp

from exercises.families._exact import (
    bound,
    check,
    frac,
    guarded,
    horner,
    nonzero,
    num_text,
    pick_text,
    poly_expr,
    poly_text,
    rat,
)
from exercises.family import Check, Problem, family
from exercises.kit import program

N = sp.Symbol("n")
NEXT_TEMPLATES = [
    "What is the next term in the sequence {s}?",
    "Find the next term: {s}.",
    "What comes next in {s}?",
    "The sequence {s} continues. Give the next term.",
]


def _listing(terms: list) -> tuple[str, str]:
    """``3, 7, 11, ...`` as (plain, latex)."""
    return (", ".join(num_text(t, "plain") for t in terms) + ", ...",
            ", ".join(num_text(t, "latex") for t in terms) + ", \\ldots")


def _next_definition(terms: list) -> str:
    """The answer of a next-term problem as a noun phrase, for composed problems."""
    return "the next term of the sequence " + _listing(terms)[0]


def _lagrange(values: list[Fraction], at: int) -> Fraction:
    """The value at ``n = at`` of the polynomial through ``(1, v1), (2, v2), ...``."""
    total = Fraction(0)
    points = range(1, len(values) + 1)
    for i, v in zip(points, values):
        weight = Fraction(1)
        for j in points:
            if j != i:
                weight *= Fraction(at - j, i - j)
        total += v * weight
    return total


def _draw_ratio(rng: random.Random, difficulty: int) -> Fraction:
    if difficulty <= 2:
        return Fraction(rng.choice([2, 3, -2, 2, 3]) if difficulty == 2 else rng.choice([2, 3]))
    return Fraction(rng.choice([2, 3, 4, -2, -3])) if rng.random() < 0.5 else Fraction(
        rng.choice([1, -1, 2, -2, 3]), rng.choice([2, 3, 4]) if difficulty >= 4 else 2)


def _geometric_terms(rng: random.Random, difficulty: int, count: int) -> tuple[int, Fraction]:
    """A first term and a ratio whose first ``count`` terms are integers."""
    r = _draw_ratio(rng, difficulty)
    if r in (0, 1, -1):
        r = Fraction(2)
    a = nonzero(rng, -9, 9) * r.denominator ** (count - 1)
    return a, r


# ============================================================================= next term
def verify_next_arithmetic(p: Problem) -> list[Check]:
    terms = [Fraction(t) for t in p.params["terms"]]
    gaps = {b - a for a, b in itertools.pairwise(terms)}
    return [check("all consecutive differences agree", len(gaps) == 1, f"differences {gaps}"),
            check("the answer continues the common difference",
                  len(gaps) == 1 and frac(p.answer) - terms[-1] in gaps)]


@family("sequences.arithmetic_next", verify=guarded(verify_next_arithmetic), composable=True)
def arithmetic_next(rng: random.Random, difficulty: int) -> Problem:
    """Find the next term of an arithmetic sequence."""
    b = bound(difficulty, (6, 12, 25, 60, 150))
    a, d = rng.randint(-b, b), nonzero(rng, -b // 2 - 1, b // 2 + 1)
    if difficulty >= 4 and rng.random() < 0.4:
        d = Fraction(nonzero(rng, -9, 9), 2)
    count = rng.randint(4, 5)
    terms = [a + k * d for k in range(count)]
    nxt = a + count * d
    plain, latex = pick_text(rng, NEXT_TEMPLATES, s=_listing(terms))
    steps = [(f"Consecutive differences are all ${num_text(d, 'latex')}$: the sequence is "
             "arithmetic."),
             f"The next term is ${num_text(terms[-1], 'latex')} + {num_text(d, 'latex')}"
             f" = {num_text(nxt, 'latex')}$.".replace("+ -", "- ")]
    code = program(f"""
        import sympy as sp
        terms = [sp.Rational(t) for t in {[str(t) for t in terms]}]
        d = terms[1] - terms[0]  # the common difference
        return terms[-1] + d
        """)
    return Problem(plain, latex, rat(nxt), steps, code, {"terms": [str(t) for t in terms]},
                   definition=_next_definition(terms))


def verify_next_geometric(p: Problem) -> list[Check]:
    terms = [Fraction(t) for t in p.params["terms"]]
    ratios = {b / a for a, b in itertools.pairwise(terms)}
    return [check("all consecutive ratios agree", len(ratios) == 1, f"ratios {ratios}"),
            check("the answer continues the common ratio",
                  len(ratios) == 1 and frac(p.answer) / terms[-1] in ratios)]


@family("sequences.geometric_next", verify=guarded(verify_next_geometric), composable=True)
def geometric_next(rng: random.Random, difficulty: int) -> Problem:
    """Find the next term of a geometric sequence."""
    count = rng.randint(4, 5)
    a, r = _geometric_terms(rng, difficulty, count + 1)
    terms = [a * r**k for k in range(count)]
    nxt = a * r**count
    plain, latex = pick_text(rng, NEXT_TEMPLATES, s=_listing(terms))
    steps = [(f"Each term is ${num_text(r, 'latex')}$ times the one before: the sequence is "
             "geometric."),
             (f"The next term is ${num_text(terms[-1], 'latex')} \\cdot "
             f"\\left({num_text(r, 'latex')}\\right) = {num_text(nxt, 'latex')}$.")]
    code = program(f"""
        import sympy as sp
        terms = [sp.Rational(t) for t in {[str(t) for t in terms]}]
        r = terms[1] / terms[0]  # the common ratio
        return terms[-1] * r
        """)
    return Problem(plain, latex, rat(nxt), steps, code, {"terms": [str(t) for t in terms]},
                   definition=_next_definition(terms))


def _difference_table(values: list[int]) -> list[list[int]]:
    rows = [values]
    while len(rows[-1]) > 1 and len(set(rows[-1])) > 1:
        row = rows[-1]
        rows.append([b - a for a, b in itertools.pairwise(row)])
    return rows


def verify_next_polynomial(p: Problem) -> list[Check]:
    terms = [Fraction(t) for t in p.params["terms"]]
    degree = p.params["degree"]
    # degree + 1 terms fix the polynomial; the remaining shown terms must lie on it too
    fits = all(_lagrange(terms[: degree + 1], k + 1) == terms[k] for k in range(len(terms)))
    nxt = _lagrange(terms[: degree + 1], len(terms) + 1)
    return [check("Lagrange interpolation through the shown terms predicts the answer",
                  fits and frac(p.answer) == nxt, f"interpolated {nxt}")]


@family("sequences.polynomial_next", verify=guarded(verify_next_polynomial), composable=True)
def polynomial_next(rng: random.Random, difficulty: int) -> Problem:
    """Find the next term of a sequence given by a quadratic or cubic in n."""
    degree = 2 if difficulty <= 3 else 3
    b = bound(difficulty, (3, 5, 7, 5, 7))
    coeffs = [nonzero(rng, -b, b)] + [rng.randint(-b, b) for _ in range(degree)]
    count = degree + 3
    terms = [horner(coeffs, n) for n in range(1, count + 1)]
    nxt = horner(coeffs, count + 1)
    table = _difference_table(terms)
    plain, latex = pick_text(rng, NEXT_TEMPLATES, s=_listing(terms))
    steps = [f"Differences of order {k}: ${', '.join(map(str, row))}$." for k, row in
             enumerate(table[1:], 1)]
    steps.append(f"The differences of order {degree} are constant, so extend the table from the "
                 f"bottom up: the next term is ${nxt}$.")
    code = program(f"""
        import sympy as sp
        terms = {terms}
        rows = [terms]
        while len(set(rows[-1])) > 1:  # difference table down to a constant row
            rows.append([b - a for a, b in zip(rows[-1], rows[-1][1:])])
        return sp.Integer(sum(row[-1] for row in rows))  # extend each row by one
        """)
    return Problem(plain, latex, sp.Integer(nxt), steps, code,
                   {"terms": terms, "degree": degree}, definition=_next_definition(terms))


# ============================================================================= n-th term
NTH_TEMPLATES = [
    "Find a formula for the n-th term of {s}.",
    "Find the general term a_n of the sequence {s} (starting at n = 1).",
    "What is the n-th term of the sequence {s}?",
    "Give an expression in n for the n-th term of {s}.",
]


def _nth_statement(rng: random.Random, terms: list) -> tuple[str, str]:
    plain, latex = pick_text(rng, NTH_TEMPLATES, s=_listing(terms))
    return plain, (latex.replace("n-th", "$n$-th").replace("a_n", "$a_n$")
                   .replace("n = 1", "$n = 1$").replace(" in n ", " in $n$ "))


def verify_nth_term(p: Problem) -> list[Check]:
    terms = [Fraction(t) for t in p.params["terms"]]
    values = [frac(p.answer.xreplace({N: k})) for k in range(1, len(terms) + 1)]
    return [check("substitute n = 1, 2, ... into the formula and compare with the terms",
                  values == terms, f"formula gives {values}"),
            check("the formula has the family's form (polynomial of bounded degree or a*r**(n-1))",
                  _formula_form(p.answer, p.params["degree"]), str(p.answer))]


def _formula_form(expr: sp.Expr, degree: int | None) -> bool:
    """A polynomial in n of degree <= ``degree``, or (degree None) constant * base**(n + c)."""
    if degree is not None:
        return expr.is_polynomial(N) and sp.degree(expr, N) <= degree
    powers = [f for f in sp.Mul.make_args(expr) if f.has(N)]
    return len(powers) == 1 and isinstance(powers[0], sp.Pow) and powers[0].exp.is_polynomial(N) \
        and sp.degree(powers[0].exp, N) == 1 and not powers[0].base.has(N)


@family("sequences.arithmetic_nth_term", verify=guarded(verify_nth_term))
def arithmetic_nth_term(rng: random.Random, difficulty: int) -> Problem:
    """Find the n-th term formula of an arithmetic sequence."""
    b = bound(difficulty, (6, 12, 25, 60, 150))
    a, d = rng.randint(-b, b), nonzero(rng, -b // 2 - 1, b // 2 + 1)
    terms = [a + k * d for k in range(5)]
    formula = [d, a - d]
    plain, latex = _nth_statement(rng, terms)
    steps = [f"The common difference is $d = {d}$ and the first term $a_1 = {a}$.",
             f"$a_n = a_1 + (n - 1) d = {a} + (n - 1)({d}) = {poly_text(formula, 'latex', 'n')}$.",
             f"Check: $n = 1$ gives ${a}$."]
    code = program(f"""
        import sympy as sp
        n = sp.Symbol("n")
        terms = {terms}
        d = terms[1] - terms[0]
        return sp.expand(terms[0] + (n - 1) * d)
        """)
    return Problem(plain, latex, poly_expr(formula, N), steps, code,
                   {"terms": terms, "degree": 1},
                   answer_text=f"a_n = {poly_text(formula, 'plain', 'n')}")


@family("sequences.geometric_nth_term", verify=guarded(verify_nth_term))
def geometric_nth_term(rng: random.Random, difficulty: int) -> Problem:
    """Find the n-th term formula a*r**(n-1) of a geometric sequence."""
    a, r = _geometric_terms(rng, min(difficulty, 3), 5)
    terms = [a * r**k for k in range(5)]
    answer = rat(a) * rat(r) ** (N - 1)
    plain, latex = _nth_statement(rng, terms)
    steps = [f"The common ratio is $r = {num_text(r, 'latex')}$ and the first term $a_1 = {a}$.",
             f"$a_n = a_1 r^{{n-1}} = {sp.latex(answer)}$."]
    code = program(f"""
        import sympy as sp
        n = sp.Symbol("n")
        terms = [sp.Rational(t) for t in {[str(t) for t in terms]}]
        r = terms[1] / terms[0]
        return terms[0] * r ** (n - 1)
        """)
    return Problem(plain, latex, answer, steps, code,
                   {"terms": [str(t) for t in terms], "degree": None},
                   answer_text=f"a_n = {a}*({r})**(n - 1)")


@family("sequences.polynomial_nth_term", verify=guarded(verify_nth_term))
def polynomial_nth_term(rng: random.Random, difficulty: int) -> Problem:
    """Find the quadratic (or cubic) n-th term formula of a sequence from its first terms."""
    degree = 2 if difficulty <= 4 else 3
    b = bound(difficulty, (2, 3, 5, 7, 4))
    coeffs = [nonzero(rng, -b, b)] + [rng.randint(-b, b) for _ in range(degree)]
    terms = [horner(coeffs, n) for n in range(1, degree + 4)]
    plain, latex = _nth_statement(rng, terms)
    table = _difference_table(terms)
    steps = [f"Differences of order {k}: ${', '.join(map(str, row))}$." for k, row in
             enumerate(table[1:], 1)]
    steps += [(f"Order {degree} differences are constant, so $a_n$ is a polynomial of degree "
              f"{degree}; its leading coefficient is ${table[degree][0]} / {degree}! = "
              f"{coeffs[0]}$."),
              (f"Solving for the remaining coefficients from the first terms: "
              f"$a_n = {poly_text(coeffs, 'latex', 'n')}$.")]
    code = program(f"""
        import sympy as sp
        n = sp.Symbol("n")
        terms = {terms}
        points = list(zip(range(1, len(terms) + 1), terms))
        return sp.expand(sp.interpolate(points[: {degree + 1}], n))
        """)
    return Problem(plain, latex, poly_expr(coeffs, N), steps, code,
                   {"terms": terms, "degree": degree},
                   answer_text=f"a_n = {poly_text(coeffs, 'plain', 'n')}")


# ============================================================================= series
def verify_arithmetic_sum(p: Problem) -> list[Check]:
    a, d, count = p.params["first"], p.params["difference"], p.params["count"]
    total, term = 0, a
    for _ in range(count):
        total, term = total + term, term + d
    return [check("add the terms one by one", frac(p.answer) == total, f"brute force {total}")]


@family("sequences.arithmetic_series_sum", verify=guarded(verify_arithmetic_sum),
        composable=True)
def arithmetic_series_sum(rng: random.Random, difficulty: int) -> Problem:
    """Sum the first terms of an arithmetic series (listed, in sigma notation or described)."""
    b = bound(difficulty, (5, 10, 20, 40, 80))
    a, d = rng.randint(-b, b), nonzero(rng, -b // 2 - 1, b // 2 + 1)
    count = rng.randint(5, (10, 20, 40, 80, 150)[difficulty - 1])
    last = a + (count - 1) * d
    total = count * (a + last) // 2
    style = rng.choice(["listed", "sigma", "words"])
    if style == "listed":
        shown = (f"{a} + {a + d} + {a + 2 * d} + ... + {last}".replace("+ -", "- "),
                 f"{a} + {a + d} + {a + 2 * d} + \\cdots + {last}".replace("+ -", "- "))
        plain, latex = pick_text(rng, ["Find the sum {s}.", "Compute {s}.", "Evaluate {s}."],
                                 s=shown)
    elif style == "sigma":
        general = poly_text([d, a - d], "plain", "k")
        plain, latex = pick_text(rng, ["Evaluate {s}.", "Compute {s}.", "Find the value of {s}."],
                                 s=(f"the sum of {general} for k = 1 to {count}",
                                    (f"\\sum_{{k=1}}^{{{count}}} "
                                    f"({poly_text([d, a - d], 'latex', 'k')})")))
    else:
        plain, latex = pick_text(rng, [
            "Find the sum of the first {c} terms of the arithmetic sequence {s}.",
            "What is the sum of the first {c} terms of {s}?",
        ], c=(str(count), str(count)), s=_listing([a, a + d, a + 2 * d]))
    steps = [(f"This is an arithmetic series with first term ${a}$, difference ${d}$ and "
             f"${count}$ terms; the last term is ${a} + {count - 1} \\cdot ({d}) = {last}$."),
             f"$S = \\frac{{n(a_1 + a_n)}}{{2}} = \\frac{{{count}({a} + {last})}}{{2}} = {total}$."
             .replace("+ -", "- ")]
    code = program(f"""
        import sympy as sp
        a, d, count = {a}, {d}, {count}  # first term, difference, number of terms
        last = a + (count - 1) * d
        return sp.Rational(count * (a + last), 2)
        """)
    definition = (f"the sum of the first {count} terms of the arithmetic sequence "
                  + _listing([a, a + d, a + 2 * d])[0])
    return Problem(plain, latex, sp.Integer(total), steps, code,
                   {"first": a, "difference": d, "count": count}, definition=definition)


def verify_geometric_sum(p: Problem) -> list[Check]:
    a, r, count = Fraction(p.params["first"]), Fraction(p.params["ratio"]), p.params["count"]
    total, term = Fraction(0), a
    for _ in range(count):
        total, term = total + term, term * r
    return [check("add the terms one by one", frac(p.answer) == total, f"brute force {total}")]


@family("sequences.geometric_series_sum", verify=guarded(verify_geometric_sum), composable=True)
def geometric_series_sum(rng: random.Random, difficulty: int) -> Problem:
    """Sum the first n terms of a geometric series."""
    count = rng.randint(4, (5, 6, 8, 10, 12)[difficulty - 1])
    a, r = _geometric_terms(rng, difficulty, 3)
    total = a * (1 - r**count) / (1 - r)
    shown = [a * r**k for k in range(3)]
    plain, latex = pick_text(rng, [
        "Find the sum of the first {c} terms of the geometric sequence {s}.",
        "What is the sum of the first {c} terms of {s}?",
        "Compute the sum of the first {c} terms of the geometric series {s}.",
    ], c=(str(count), str(count)), s=_listing(shown))
    steps = [f"First term $a = {a}$, ratio $r = {num_text(r, 'latex')}$, $n = {count}$ terms.",
             (f"$S_n = a\\,\\frac{{1 - r^n}}{{1 - r}} = {a} \\cdot \\frac{{1 - "
             f"\\left({num_text(r, 'latex')}\\right)^{{{count}}}}}{{1 - "
             f"\\left({num_text(r, 'latex')}\\right)}} = {num_text(total, 'latex')}$.")]
    code = program(f"""
        import sympy as sp
        a, r, count = sp.Rational("{a}"), sp.Rational("{r}"), {count}
        return a * (1 - r**count) / (1 - r)
        """)
    return Problem(plain, latex, rat(total), steps, code,
                   {"first": a, "ratio": str(r), "count": count},
                   definition=f"the sum of the first {count} terms of the geometric sequence "
                   + _listing(shown)[0])


def verify_geometric_infinite(p: Problem) -> list[Check]:
    a, r = Fraction(p.params["first"]), Fraction(p.params["ratio"])
    s = frac(p.answer)
    return [check("the series converges: |r| < 1", abs(r) < 1),
            check("self-similarity: S = a + r*S (the tail after the first term is r*S)",
                  s == a + r * s)]


@family("sequences.geometric_series_infinite", verify=guarded(verify_geometric_infinite),
        composable=True)
def geometric_series_infinite(rng: random.Random, difficulty: int) -> Problem:
    """Sum an infinite geometric series with |r| < 1."""
    q = rng.randint(2, (2, 3, 4, 5, 7)[difficulty - 1])
    r = Fraction(rng.choice([1, -1]) * rng.randint(1, q - 1), q)
    a = nonzero(rng, -20, 20) * q**2
    total = a / (1 - r)
    shown = [a * r**k for k in range(3)]
    series = (" + ".join(num_text(t, "plain") for t in shown).replace("+ -", "- ") + " + ...",
              " + ".join(num_text(t, "latex") for t in shown).replace("+ -", "- ") + " + \\cdots")
    plain, latex = pick_text(rng, [
        "Find the sum of the infinite geometric series {s}.",
        "Evaluate the infinite sum {s}.",
        "What is the sum of {s} (continued forever)?",
    ], s=series)
    steps = [(f"First term $a = {a}$ and ratio $r = {num_text(r, 'latex')}$; since $|r| < 1$ the "
             "series converges."),
             (f"$S = \\frac{{a}}{{1 - r}} = \\frac{{{a}}}{{1 - \\left({num_text(r, 'latex')}"
             f"\\right)}} = {num_text(total, 'latex')}$.")]
    code = program(f"""
        import sympy as sp
        a, r = sp.Rational("{a}"), sp.Rational("{r}")
        assert abs(r) < 1  # otherwise the series diverges
        # the partial sums a*(1 - r**n)/(1 - r) tend to a/(1 - r) as r**n -> 0
        return a / (1 - r)
        """)
    return Problem(plain, latex, rat(total), steps, code, {"first": a, "ratio": str(r)},
                   definition=f"the sum of the infinite geometric series {series[0]}")
