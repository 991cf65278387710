"""Measurement and comparison: convert units, round, order and compare numbers.

Unit conversions use exact factors from a small table here; the check converts
again with ``sympy.physics.units``, an independent table, so a wrong factor in
either is caught. Rounding is computed with ``decimal`` and checked with exact
``Fraction`` arithmetic; orderings are checked pairwise by cross-multiplication.
"""

from __future__ import annotations

import itertools
import random
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

import sympy

from exercises.family import Check, Problem, family, phrase
from exercises.kit import program, same

# Unit name -> (exact factor to the quantity's base unit, sympy.physics.units expression name)
UNITS: dict[str, dict[str, tuple[Fraction, str]]] = {
    "length": {"mm": (Fraction(1, 1000), "millimeter"), "cm": (Fraction(1, 100), "centimeter"),
               "m": (Fraction(1), "meter"), "km": (Fraction(1000), "kilometer"),
               "in": (Fraction(127, 5000), "inch"), "ft": (Fraction(381, 1250), "foot"),
               "mi": (Fraction(201168, 125), "mile")},
    "mass": {"mg": (Fraction(1, 10**6), "milligram"), "g": (Fraction(1, 1000), "gram"),
             "kg": (Fraction(1), "kilogram"), "t": (Fraction(1000), "tonne"),
             "lb": (Fraction(45359237, 10**8), "pound")},
    "volume": {"mL": (Fraction(1, 1000), "milliliter"), "L": (Fraction(1), "liter"),
               "cm^3": (Fraction(1, 1000), "centimeter**3"), "m^3": (Fraction(1000), "meter**3")},
    "time": {"s": (Fraction(1), "second"), "min": (Fraction(60), "minute"),
             "h": (Fraction(3600), "hour"), "day": (Fraction(86400), "day")},
    "area": {"cm^2": (Fraction(1, 10**4), "centimeter**2"), "m^2": (Fraction(1), "meter**2"),
             "ha": (Fraction(10**4), "hectare"), "km^2": (Fraction(10**6), "kilometer**2")},
    "speed": {"m/s": (Fraction(1), "meter/second"), "km/h": (Fraction(5, 18), "kilometer/hour"),
              "mi/h": (Fraction(201168, 125) / 3600, "mile/hour")},
}
METRIC_ONLY = {"in", "ft", "mi", "lb", "mi/h"}


def _physics_unit(name: str) -> Any:
    from sympy.physics import units

    return sympy.sympify(name, locals=vars(units))


def _verify_conversion(p: Problem) -> list[Check]:
    from sympy.physics.units import convert_to

    value, source, target = sympy.Rational(p.params["value"]), p.params["from"], p.params["to"]
    quantity = UNITS[p.params["quantity"]]
    converted = convert_to(value * _physics_unit(quantity[source][1]),
                           _physics_unit(quantity[target][1]))
    ratio = sympy.simplify(converted / _physics_unit(quantity[target][1]))
    return [same("convert with sympy.physics.units", ratio, p.answer),
            same("convert the answer back", p.answer * sympy.Rational(quantity[target][0])
                 / sympy.Rational(quantity[source][0]), value)]


def _conversion_family(quantity: str):
    def generate(rng: random.Random, difficulty: int) -> Problem:
        names = [u for u in UNITS[quantity] if difficulty >= 3 or u not in METRIC_ONLY]
        source, target = rng.sample(names, 2)
        value = Fraction(rng.randint(1, 10 ** min(difficulty + 1, 4)), rng.choice([1, 1, 2, 4, 10]))
        factor = UNITS[quantity][source][0] / UNITS[quantity][target][0]
        result = value * factor
        answer = sympy.Rational(result.numerator, result.denominator)
        shown = f"{float(value):g}" if value.denominator in (1, 2, 4, 10) else str(value)
        text = phrase(rng, ["Convert {v} {a} to {b}.", "How many {b} are in {v} {a}?",
                            "Express {v} {a} in {b}.", "What is {v} {a} in {b}?"],
                      v=shown, a=source, b=target)
        factor_sym = sympy.Rational(factor.numerator, factor.denominator)
        return Problem(
            statement=text + (" Give an exact answer." if answer.q != 1 else ""),
            statement_latex=f"Convert ${shown}\\,\\mathrm{{{source}}}$ to $\\mathrm{{{target}}}$.",
            answer=answer, answer_text=f"{answer} {target}",
            steps=[f"$1\\,\\mathrm{{{source}}} = {sympy.latex(factor_sym)}\\,\\mathrm{{{target}}}$.",
                   f"${shown} \\times {sympy.latex(factor_sym)} = {sympy.latex(answer)}$."],
            code=program(f"return Fraction({value.numerator}, {value.denominator}) * "
                         f"Fraction({factor.numerator}, {factor.denominator})",
                         "from fractions import Fraction"),
            params={"quantity": quantity, "value": str(value), "from": source, "to": target},
            definition=f"{shown} {source} expressed in {target}",
        )

    generate.__doc__ = f"Convert a {quantity} between units."
    return generate


for _quantity in UNITS:
    family(f"measurement.convert_{_quantity}", verify=_verify_conversion, composable=True)(
        _conversion_family(_quantity))


# --- rounding --------------------------------------------------------------------------------

def _half_up(value: Fraction, step: Fraction) -> Fraction:
    """Round a non-negative value to a multiple of ``step``, halves upwards, exactly."""
    return (value / step + Fraction(1, 2)).__floor__() * step


def _verify_rounding(p: Problem) -> list[Check]:
    value, step = Fraction(p.params["value"]), Fraction(p.params["step"])
    rounded = _half_up(value, step)
    return [same("floor(value/step + 1/2) * step with exact fractions",
                 sympy.Rational(rounded.numerator, rounded.denominator), p.answer),
            Check("within half a step of the value",
                  abs(Fraction(str(p.answer)) - value) <= step / 2)]


@family("measurement.round_decimal_places", verify=_verify_rounding, composable=True)
def round_decimal_places(rng: random.Random, difficulty: int) -> Problem:
    """Round a decimal to a number of decimal places (halves round up)."""
    places = rng.randint(0, min(difficulty, 3))
    digits = places + rng.randint(1, 3)
    value = Decimal(rng.randint(1, 10 ** (digits + 2))) / Decimal(10**digits)
    rounded = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    where = "the nearest whole number" if places == 0 else f"{places} decimal place" + (
        "s" if places > 1 else "")
    text = phrase(rng, ["Round {v} to {w}.", "What is {v} rounded to {w}?",
                        "Give {v} correct to {w}."], v=value, w=where)
    return Problem(
        statement=text, statement_latex=f"Round ${value}$ to {where}.",
        answer=sympy.Rational(str(rounded)), answer_text=str(rounded),
        steps=[f"Look at the digit after the last kept place of ${value}$.",
               f"Halves and above round up: ${rounded}$."],
        code=program(f"from decimal import Decimal, ROUND_HALF_UP\n"
                     f"d = Decimal({str(value)!r}).quantize(Decimal(1).scaleb(-{places}), "
                     "rounding=ROUND_HALF_UP)\nreturn Fraction(d)",
                     "from fractions import Fraction"),
        params={"value": str(value), "step": str(Fraction(1, 10**places))},
        definition=f"{value} rounded to {where}",
    )


@family("measurement.round_significant_figures", verify=_verify_rounding, composable=True)
def round_significant_figures(rng: random.Random, difficulty: int) -> Problem:
    """Round a number to a number of significant figures (halves round up)."""
    figures = rng.randint(1, min(difficulty + 1, 4))
    value = Decimal(rng.randint(10**3, 10**7)) / Decimal(10 ** rng.randint(0, 6))
    exponent = value.adjusted() - figures + 1  # the place value of the last kept figure
    step = Decimal(1).scaleb(exponent)
    rounded = (value / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step
    rounded_text = f"{rounded:f}" if exponent < 0 else str(int(rounded))
    text = phrase(rng, ["Round {v} to {f} significant figure{s}.",
                        "Give {v} correct to {f} significant figure{s}.",
                        "What is {v} to {f} s.f.?"], v=value, f=figures, s="s" * (figures > 1))
    return Problem(
        statement=text, statement_latex=f"Round ${value}$ to ${figures}$ significant figures.",
        answer=sympy.Rational(rounded_text), answer_text=rounded_text,
        steps=[(f"The first significant figure of ${value}$ is in the $10^{{{value.adjusted()}}}$ "
               f"place, so keep down to the $10^{{{exponent}}}$ place."), f"${rounded_text}$."],
        code=program(f"from decimal import Decimal, ROUND_HALF_UP\nv = Decimal({str(value)!r})\n"
                     f"step = Decimal(1).scaleb(v.adjusted() - {figures} + 1)\n"
                     "return Fraction((v / step).quantize(Decimal(1), rounding=ROUND_HALF_UP)"
                     " * step)", "from fractions import Fraction"),
        params={"value": str(value), "step": str(Fraction(str(step)))},
        definition=f"{value} to {figures} significant figures",
    )


@family("measurement.round_to_place", verify=_verify_rounding, composable=True)
def round_to_place(rng: random.Random, difficulty: int) -> Problem:
    """Round a whole number to the nearest ten, hundred, thousand ..."""
    power = rng.randint(1, min(difficulty + 1, 5))
    place = 10**power
    value = rng.randint(place, 10 ** (power + 2))
    rounded = _half_up(Fraction(value), Fraction(place))
    name = {10: "ten", 100: "hundred", 1000: "thousand", 10**4: "ten thousand",
            10**5: "hundred thousand"}[place]
    text = phrase(rng, ["Round {v} to the nearest {n}.", "What is {v} to the nearest {n}?"],
                  v=value, n=name)
    return Problem(
        statement=text, statement_latex=f"Round ${value}$ to the nearest {name}.",
        answer=sympy.Integer(int(rounded)),
        steps=[f"The remainder of ${value}$ by ${place}$ is ${value % place}$.",
               (f"{'At least' if value % place >= place // 2 else 'Less than'} half of ${place}$, "
               f"so round {'up' if value % place >= place // 2 else 'down'} to ${int(rounded)}$.")],
        code=program(f"return ({value} + {place // 2}) // {place} * {place}"),
        params={"value": str(value), "step": str(place)},
        definition=f"{value} rounded to the nearest {name}",
    )


# --- ordering and comparing ------------------------------------------------------------------

def _show(value: Fraction, style: str) -> str:
    if style == "decimal":
        return f"{float(value):g}"
    if style == "percent":
        return f"{float(value * 100):g}%"
    return str(value)


def _terminating(value: Fraction) -> bool:
    q = value.denominator
    for p in (2, 5):
        while q % p == 0:
            q //= p
    return q == 1 and len(f"{float(value):g}") < 8


def _verify_order(p: Problem) -> list[Check]:
    given = sorted(Fraction(v) for v in p.params["values"])
    answer = [Fraction(int(a.p), int(a.q)) for a in p.answer]
    ascending = all(a.numerator * b.denominator <= b.numerator * a.denominator
                    for a, b in itertools.pairwise(answer))
    return [Check("consecutive pairs are in order (cross-multiplication)", ascending),
            Check("the answer lists exactly the given numbers", sorted(answer) == given)]


@family("measurement.order_numbers", verify=_verify_order)
def order_numbers(rng: random.Random, difficulty: int) -> Problem:
    """Put fractions, decimals and percentages in ascending order."""
    values: list[Fraction] = []
    while len(values) < difficulty + 2:
        value = Fraction(rng.randint(1, 40), rng.choice([2, 4, 5, 8, 10, 20, 25, 3, 6]))
        if value not in values:
            values.append(value)
    styles = [rng.choice(["fraction", "decimal", "percent"] if _terminating(v) else ["fraction"])
              for v in values]
    shown = [_show(v, s) for v, s in zip(values, styles)]
    ordered = sorted(values)
    text = phrase(rng, ["Put these numbers in ascending order: {l}.",
                        "Order from smallest to largest: {l}.",
                        "Sort in increasing order: {l}."], l=", ".join(shown))
    return Problem(
        statement=text, statement_latex=text.replace("%", "\\%"),
        answer=sympy.Tuple(*(sympy.Rational(v.numerator, v.denominator) for v in ordered)),
        answer_text=", ".join(shown[values.index(v)] for v in ordered),
        steps=["Write every number as a fraction (or decimal) to compare them: "
               + ", ".join(f"{s} = {v}" for s, v in zip(shown, values)) + ".",
               "Ascending: " + ", ".join(shown[values.index(v)] for v in ordered) + "."],
        code=program(f"values = [{', '.join(f'Fraction({v.numerator}, {v.denominator})' for v in values)}]\n"
                     "return tuple(sorted(values))", "from fractions import Fraction"),
        params={"values": [str(v) for v in values]},
    )


def _verify_larger(p: Problem) -> list[Check]:
    a, b = (Fraction(v) for v in p.params["values"])
    larger = a if a.numerator * b.denominator > b.numerator * a.denominator else b
    return [same("cross-multiply", sympy.Rational(larger.numerator, larger.denominator), p.answer)]


@family("measurement.compare_fractions", verify=_verify_larger, composable=True)
def compare_fractions(rng: random.Random, difficulty: int) -> Problem:
    """Which of two close fractions is larger."""
    while True:
        a = Fraction(rng.randint(1, 6 * difficulty + 6), rng.randint(2, 6 * difficulty + 7))
        b = Fraction(rng.randint(1, 6 * difficulty + 6), rng.randint(2, 6 * difficulty + 7))
        if a != b and abs(a - b) < Fraction(1, difficulty + 1):
            break
    larger = max(a, b)
    text = phrase(rng, ["Which is larger, {a} or {b}?", "Which is greater: {a} or {b}?",
                        "What is the larger of {a} and {b}?"], a=a, b=b)
    return Problem(
        statement=text, statement_latex=text.replace(str(a), f"${a}$").replace(str(b), f"${b}$"),
        answer=sympy.Rational(larger.numerator, larger.denominator),
        steps=[(f"Cross-multiply: ${a.numerator} \\cdot {b.denominator} = "
               f"{a.numerator * b.denominator}$ and ${b.numerator} \\cdot {a.denominator} = "
               f"{b.numerator * a.denominator}$."), f"So ${larger}$ is larger."],
        code=program(f"return max(Fraction({a.numerator}, {a.denominator}), "
                     f"Fraction({b.numerator}, {b.denominator}))", "from fractions import Fraction"),
        params={"values": [str(a), str(b)]}, definition=f"the larger of {a} and {b}",
    )


def _verify_scientific(p: Problem) -> list[Check]:
    mantissa, exponent = p.answer
    value = Fraction(p.params["value"])
    return [same("multiply back out", sympy.Rational(mantissa) * sympy.Integer(10) ** exponent,
                 sympy.Rational(value.numerator, value.denominator)),
            Check("1 <= mantissa < 10", bool(1 <= mantissa < 10))]


@family("measurement.scientific_notation", verify=_verify_scientific)
def scientific_notation(rng: random.Random, difficulty: int) -> Problem:
    """Write a number in scientific notation, as (mantissa, exponent)."""
    mantissa = Decimal(rng.randint(100, 999)) / 100
    exponent = rng.randint(-3 * difficulty, 3 * difficulty + 3)
    value = mantissa.scaleb(exponent)
    shown = f"{value:f}"
    text = phrase(rng, ["Write {v} in scientific notation.", "Express {v} in standard form.",
                        "What is {v} in scientific notation?"], v=shown)
    return Problem(
        statement=text + " Give (mantissa, exponent).",
        statement_latex=f"Write ${shown}$ in scientific notation.",
        answer=sympy.Tuple(sympy.Rational(str(mantissa)), exponent),
        answer_text=f"{mantissa} x 10^{exponent}",
        steps=[f"Move the decimal point so that one non-zero digit is before it: ${mantissa}$.",
               f"It moved ${abs(exponent)}$ places, so ${shown} = {mantissa} \\times 10^{{{exponent}}}$."],
        code=program(f"from decimal import Decimal\nv = Decimal({shown!r})\ne = v.adjusted()\n"
                     "return (Fraction(v.scaleb(-e)), e)", "from fractions import Fraction"),
        params={"value": shown},
    )
