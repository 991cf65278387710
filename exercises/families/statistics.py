"""Descriptive-statistics families: mean, median, mode, variance and standard deviation
(population or sample, always stated) and weighted mean.

Answers are exact (SymPy Rationals; a standard deviation is the square root of one) and
come from the textbook formulas written out with Fractions; the verifiers ask Python's
``statistics`` module, which computes exactly on Fractions, and the weighted mean is
checked against the plain mean of the data with each value repeated by its weight.
"""

from __future__ import annotations

import random
import statistics as stats
from collections import Counter
from fractions import Fraction

import sympy as sp

from exercises.families._sympy_kit import check, fraction, program, statement
from exercises.family import Check, Problem, family


def _data(rng: random.Random, difficulty: int) -> list[Fraction]:
    """A data set: 5 to 13 values, integers, with one decimal place from difficulty 4."""
    size = rng.randint(4 + difficulty, 5 + 2 * difficulty)
    top = 10 + 10 * difficulty
    if difficulty >= 4:
        return [Fraction(rng.randint(0, 10 * top), 10) for _ in range(size)]
    return [Fraction(rng.randint(0, top)) for _ in range(size)]


def _show(value: Fraction) -> str:
    """A data value as written in a table: 12, 3.5."""
    return str(value.numerator) if value.denominator == 1 else f"{float(value):g}"


def _listing(data: list[Fraction]) -> tuple[str, str]:
    text = ", ".join(map(_show, data))
    return text, f"${text}$"


def _params(data: list[Fraction], **extra: object) -> dict:
    return {"data": [[v.numerator, v.denominator] for v in data], **extra}


def _read(problem: Problem) -> list[Fraction]:
    return [Fraction(n, d) for n, d in problem.params["data"]]


def _verify_with_module(problem: Problem) -> list[Check]:
    """Recompute with Python's statistics module (exact on Fractions)."""
    data, measure = _read(problem), problem.params["measure"]
    sample = problem.params.get("sample", False)
    if measure == "mean":
        value = stats.mean(data)
    elif measure == "median":
        value = stats.median(data)
    elif measure == "mode":
        modes = stats.multimode(data)
        value = modes[0] if len(modes) == 1 else None
    else:
        value = stats.variance(data) if sample else stats.pvariance(data)
    answer = problem.answer**2 if measure == "stdev" else problem.answer
    ok = value is not None and fraction(value) == answer
    if measure == "stdev":
        ok = ok and problem.answer.is_nonnegative
    return [check(f"Python statistics module ({measure})", ok, f"statistics gives {value}")]


def _stat_problem(
    rng: random.Random, data: list[Fraction], answer: sp.Expr, templates: list[str],
    steps: list[str], code: str, **params: object,
) -> Problem:
    text, latex = statement(rng, templates, data=_listing(data), n=sp.Integer(len(data)))
    return Problem(text, latex, answer, steps, code, _params(data, **params))


@family("statistics.mean", verify=_verify_with_module)
def mean(rng: random.Random, difficulty: int) -> Problem:
    """The arithmetic mean of a data set."""
    data = _data(rng, difficulty)
    total = sum(data)
    answer = fraction(total / len(data))
    steps = [f"Sum the {len(data)} values: ${sp.latex(fraction(total))}$.",
             f"Divide by ${len(data)}$: $\\bar{{x}} = {sp.latex(answer)}$."]
    code = program(
        """
        import statistics
        from fractions import Fraction


        def solve():
            data = [Fraction(n, d) for n, d in {data}]
            return statistics.mean(data)
        """,
        data=_params(data)["data"])
    return _stat_problem(
        rng, data, answer,
        ["Find the mean of {data}.", "Compute the arithmetic mean of the data {data}.",
         "What is the average of the {n} numbers {data}?"],
        steps, code, measure="mean")


@family("statistics.median", verify=_verify_with_module)
def median(rng: random.Random, difficulty: int) -> Problem:
    """The median of a data set of odd or even size."""
    data = _data(rng, difficulty)
    ordered = sorted(data)
    n = len(ordered)
    if n % 2:
        answer = fraction(ordered[n // 2])
        middle = f"The middle (position {n // 2 + 1}) value is ${sp.latex(answer)}$."
    else:
        answer = fraction((ordered[n // 2 - 1] + ordered[n // 2]) / 2)
        middle = (f"Even count: average positions {n // 2} and {n // 2 + 1}: "
                  f"$\\frac{{{_show(ordered[n // 2 - 1])} + {_show(ordered[n // 2])}}}{{2}} = "
                  f"{sp.latex(answer)}$.")
    steps = [f"Sort: ${', '.join(map(_show, ordered))}$.", middle]
    code = program(
        """
        import statistics
        from fractions import Fraction


        def solve():
            return statistics.median([Fraction(n, d) for n, d in {data}])
        """,
        data=_params(data)["data"])
    return _stat_problem(
        rng, data, answer,
        ["Find the median of {data}.", "What is the median of the data set {data}?",
         "Compute the median of these {n} values: {data}."],
        steps, code, measure="median")


@family("statistics.mode", verify=_verify_with_module)
def mode(rng: random.Random, difficulty: int) -> Problem:
    """The mode of a data set that has a single most frequent value."""
    data = [Fraction(rng.randint(1, 5 + 3 * difficulty)) for _ in range(4 + 2 * difficulty)]
    counts = Counter(data)
    top = max(counts.values())
    winner = rng.choice(sorted(v for v, c in counts.items() if c == top))
    data.append(winner)  # now strictly the most frequent
    rng.shuffle(data)
    counts[winner] += 1
    answer = fraction(winner)
    steps = ["Count each value: " + ", ".join(f"${_show(v)}$: {c}" for v, c in
                                               sorted(counts.items())) + ".",
             f"The most frequent value is ${_show(winner)}$ ({counts[winner]} times)."]
    code = program(
        """
        import statistics


        def solve():
            return statistics.mode({data})
        """,
        data=[int(v) for v in data])
    return _stat_problem(
        rng, data, answer,
        ["Find the mode of {data}.", "What is the mode of the data {data}?",
         "Which value occurs most often in {data}?"],
        steps, code, measure="mode")


def _spread(rng: random.Random, difficulty: int, root: bool) -> Problem:
    """Variance (or, with ``root``, standard deviation), population or sample as stated."""
    data = _data(rng, min(difficulty, 3))
    sample = rng.random() < 0.5
    n = len(data)
    centre = sum(data) / n
    squares = sum((v - centre) ** 2 for v in data)
    variance = fraction(squares / (n - 1 if sample else n))
    answer = sp.sqrt(variance) if root else variance
    kind = "sample" if sample else "population"
    what = f"{kind} {'standard deviation' if root else 'variance'}"
    divisor = f"n - 1 = {n - 1}" if sample else f"n = {n}"
    steps = [f"Mean: $\\bar{{x}} = {sp.latex(fraction(centre))}$.",
             ("Sum of squared deviations: "
              f"$\\sum (x_i - \\bar{{x}})^2 = {sp.latex(fraction(squares))}$."),
             f"Divide by ${divisor}$ ({kind}): variance $= {sp.latex(variance)}$."]
    if root:
        steps.append(f"Take the square root: ${sp.latex(answer)}$.")
    code = program(
        """
        import statistics
        from fractions import Fraction

        from sympy import Rational, sqrt


        def solve():
            data = [Fraction(n, d) for n, d in {data}]
            v = statistics.variance(data) if {sample} else statistics.pvariance(data)
            v = Rational(v.numerator, v.denominator)
            return sqrt(v) if {root} else v
        """,
        data=_params(data)["data"], sample=sample, root=root)
    text, latex = statement(
        rng, ["Find the {what} of {data}.", "Compute the {what} of the data set {data}.",
              "Treating {data} as a {kind}, what is its {measure}?"],
        what=what, data=_listing(data), kind=kind,
        measure="standard deviation" if root else "variance")
    params = _params(data, measure="stdev" if root else "variance", sample=sample)
    return Problem(text, latex, answer, steps, code, params)


@family("statistics.variance", verify=_verify_with_module)
def variance(rng: random.Random, difficulty: int) -> Problem:
    """The population or sample variance (which one is stated) of a data set."""
    return _spread(rng, difficulty, root=False)


@family("statistics.standard_deviation", verify=_verify_with_module)
def standard_deviation(rng: random.Random, difficulty: int) -> Problem:
    """The population or sample standard deviation (stated), exact as a square root."""
    return _spread(rng, difficulty, root=True)


def _verify_weighted(problem: Problem) -> list[Check]:
    """Repeat each value by its (integer) weight and take the plain mean."""
    values, weights = _read(problem), problem.params["weights"]
    expanded = [v for v, w in zip(values, weights) for _ in range(w)]
    value = stats.mean(expanded)
    return [check("plain mean of the data with each value repeated by its weight",
                  fraction(value) == problem.answer, f"gives {value}")]


@family("statistics.weighted_mean", verify=_verify_weighted)
def weighted_mean(rng: random.Random, difficulty: int) -> Problem:
    """A weighted mean: course grades weighted by credits, or values with frequencies."""
    size = rng.randint(3, 3 + difficulty)
    values = [Fraction(rng.randint(40, 100)) for _ in range(size)]
    weights = [rng.randint(1, 2 + difficulty) for _ in range(size)]
    total = sum(v * w for v, w in zip(values, weights))
    answer = fraction(total / sum(weights))
    pairs = ", ".join(f"{_show(v)} (weight {w})" for v, w in zip(values, weights))
    text, latex = statement(
        rng, [("A student's course marks and credit weights are {pairs}. Find the weighted "
              "mean mark."),
              "Compute the weighted mean of the values {pairs}.",
              "What is the weighted average of {pairs}?"],
        pairs=(pairs, ", ".join(f"${_show(v)}$ (weight ${w}$)" for v, w in zip(values, weights))))
    products = " + ".join(f"{_show(v)} \\cdot {w}" for v, w in zip(values, weights))
    steps = [f"Weighted sum: ${products} = {_show(total)}$.",
             f"Total weight: ${' + '.join(map(str, weights))} = {sum(weights)}$.",
             f"Weighted mean $= \\frac{{{_show(total)}}}{{{sum(weights)}}} = {sp.latex(answer)}$."]
    code = program(
        """
        from fractions import Fraction


        def solve():
            values, weights = {values}, {weights}
            return Fraction(sum(v * w for v, w in zip(values, weights)), sum(weights))
        """,
        values=[int(v) for v in values], weights=weights)
    params = _params(values, weights=weights)
    return Problem(text, latex, answer, steps, code, params)
