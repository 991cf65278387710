"""Arithmetic: fractions, powers, roots, surds, number bases, order of operations, percentages.

Answers are built first (a reduced fraction, a root, a digit string) and the
question is made from them, so no SymPy search is needed. Each check recomputes
the answer by another route: integer cross-multiplication for fractions,
repeated multiplication for powers, squaring a root back, Horner's rule for
bases, exact ``Fraction`` arithmetic for expressions.
"""

from __future__ import annotations

import math
import operator
import random
import re
from fractions import Fraction

import sympy

from exercises.family import Check, Problem, family, phrase
from exercises.kit import program, same, tex


def _fraction(rng: random.Random, difficulty: int, proper: bool = False) -> Fraction:
    top = 4 * difficulty + 5
    while True:
        value = Fraction(rng.randint(1, top), rng.randint(2, top))
        if value.denominator > 1 and (not proper or value < 1):
            return value


def _ftex(value: Fraction) -> str:
    return tex(sympy.Rational(value.numerator, value.denominator))


def _code_fraction(expression: str) -> str:
    return program(f"return {expression}", "from fractions import Fraction")


def _fr(value: Fraction) -> str:
    return f"Fraction({value.numerator}, {value.denominator})"


# --- fractions -------------------------------------------------------------------------------

_OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}
_OP_WORDS = {"+": "sum", "-": "difference", "*": "product", "/": "quotient"}
_OP_TEX = {"+": "+", "-": "-", "*": "\\times", "/": "\\div"}


def _verify_fraction_op(p: Problem) -> list[Check]:
    (a, b), (c, d), op = p.params["x"], p.params["y"], p.params["op"]
    if op in "+-":
        num, den = a * d + (1 if op == "+" else -1) * c * b, b * d
    elif op == "*":
        num, den = a * c, b * d
    else:
        num, den = a * d, b * c
    answer = sympy.Rational(p.answer)
    return [Check("cross-multiply with integers and compare",
                  num * answer.q == den * answer.p, f"{num}/{den} vs {answer}")]


def _fraction_family(op: str):
    def generate(rng: random.Random, difficulty: int) -> Problem:
        x, y = _fraction(rng, difficulty), _fraction(rng, difficulty)
        value = _OPS[op](x, y)
        # "5/13 / 8/11" would parse as ((5/13)/8)/11: bracket the fractions of * and /
        shown_x, shown_y = (f"({x})", f"({y})") if op in "*/" else (str(x), str(y))
        text = phrase(rng, ["Compute {x} {op} {y}.", "What is {x} {op} {y}?",
                            "Evaluate {x} {op} {y} and give the answer in lowest terms.",
                            "Find the {word} of {a} and {b}."],
                      x=shown_x, y=shown_y, a=x, b=y, op=op, word=_OP_WORDS[op])
        steps = {
            "+": f"Common denominator ${x.denominator * y.denominator}$: "
                 f"$\\frac{{{x.numerator * y.denominator} + {y.numerator * x.denominator}}}"
                 f"{{{x.denominator * y.denominator}}}$.",
            "-": f"Common denominator ${x.denominator * y.denominator}$: "
                 f"$\\frac{{{x.numerator * y.denominator} - {y.numerator * x.denominator}}}"
                 f"{{{x.denominator * y.denominator}}}$.",
            "*": f"Multiply numerators and denominators: $\\frac{{{x.numerator * y.numerator}}}"
                 f"{{{x.denominator * y.denominator}}}$.",
            "/": f"Multiply by the reciprocal: ${_ftex(x)} \\times {_ftex(1 / y)}$.",
        }[op]
        return Problem(
            statement=text,
            statement_latex=f"Compute ${_ftex(x)} {_OP_TEX[op]} {_ftex(y)}$.",
            answer=sympy.Rational(value.numerator, value.denominator),
            steps=[steps, f"In lowest terms: ${_ftex(value)}$."],
            code=_code_fraction(f"{_fr(x)} {op} {_fr(y)}"),
            params={"x": [x.numerator, x.denominator], "y": [y.numerator, y.denominator], "op": op},
            definition=f"{shown_x} {op} {shown_y}",
        )

    generate.__doc__ = f"The {_OP_WORDS[op]} of two fractions."
    return generate


for _op, _name in (("+", "add"), ("-", "subtract"), ("*", "multiply"), ("/", "divide")):
    family(f"arithmetic.{_name}_fractions", verify=_verify_fraction_op, composable=True)(
        _fraction_family(_op))


def _verify_simplify(p: Problem) -> list[Check]:
    n, d = p.params["n"], p.params["d"]
    answer = sympy.Rational(p.answer)
    return [Check("cross-multiplication shows the same value", n * answer.q == d * answer.p),
              Check("numerator and denominator share no factor (trial division)",
                    all(answer.p % k or answer.q % k for k in range(2, answer.q + 1)))]


@family("arithmetic.simplify_fraction", verify=_verify_simplify, composable=True)
def simplify_fraction(rng: random.Random, difficulty: int) -> Problem:
    """Reduce a fraction to lowest terms."""
    value = _fraction(rng, difficulty)
    k = rng.randint(2, 3 * difficulty + 4)
    n, d = value.numerator * k, value.denominator * k
    text = phrase(rng, ["Simplify {n}/{d}.", "Write {n}/{d} in lowest terms.",
                        "Reduce the fraction {n}/{d}."], n=n, d=d)
    g = math.gcd(n, d)
    return Problem(
        statement=text, statement_latex=f"Simplify $\\frac{{{n}}}{{{d}}}$.",
        answer=sympy.Rational(n, d),
        steps=[f"$\\gcd({n}, {d}) = {g}$.", f"Divide both by ${g}$: ${_ftex(value)}$."],
        code=_code_fraction(f"Fraction({n}, {d})"), params={"n": n, "d": d},
        definition=f"{n}/{d} in lowest terms",
    )


# --- powers and roots ------------------------------------------------------------------------

def _verify_power(p: Problem) -> list[Check]:
    (bn, bd), k = p.params["base"], p.params["exponent"]
    value = Fraction(1)
    for _ in range(abs(k)):
        value *= Fraction(bn, bd)
    if k < 0:
        value = 1 / value
    return [same("multiply the base by itself step by step", sympy.Rational(
        value.numerator, value.denominator), p.answer)]


@family("arithmetic.evaluate_power", verify=_verify_power, composable=True)
def evaluate_power(rng: random.Random, difficulty: int) -> Problem:
    """An integer or fractional base raised to an integer (possibly negative) power."""
    base = (Fraction(rng.choice([-1, 1]) * rng.randint(2, 4 + difficulty)) if difficulty < 3
            else _fraction(rng, difficulty - 2))
    k = rng.randint(2, 2 + difficulty) * (-1 if difficulty >= 2 and rng.random() < 0.4 else 1)
    value = base**k
    shown = f"({base})" if base.denominator > 1 or base < 0 else str(base)
    text = phrase(rng, ["Evaluate {b}^{k}.", "What is {b}**{k}?", "Compute {b} to the power {k}."],
                  b=shown, k=k)
    base_tex = f"\\left({_ftex(base)}\\right)" if base.denominator > 1 or base < 0 else str(base)
    return Problem(
        statement=text, statement_latex=f"Evaluate ${base_tex}^{{{k}}}$.",
        answer=sympy.Rational(value.numerator, value.denominator),
        steps=([(f"A negative exponent means the reciprocal: ${base_tex}^{{{k}}} = "
                f"\\frac{{1}}{{{base_tex}^{{{-k}}}}}$.")] if k < 0 else [])
        + [f"${base_tex}^{{{k}}} = {_ftex(value)}$."],
        code=_code_fraction(f"{_fr(base)} ** {k}"),
        params={"base": [base.numerator, base.denominator], "exponent": k},
        definition=f"{shown} to the power {k}",
    )


def _verify_power_laws(p: Problem) -> list[Check]:
    m, n, k = p.params["m"], p.params["n"], p.params["k"]
    x = sympy.Symbol("x", positive=True)
    # the original product at x = 2 and x = 3, in exact rationals
    checks = []
    for point in (2, 3):
        original = Fraction(point) ** m * Fraction(point) ** n / Fraction(point) ** k
        got = p.answer.subs(sympy.Symbol("x"), point).subs(x, point)
        checks.append(same(f"substitute x = {point} into both forms", got,
                           sympy.Rational(original.numerator, original.denominator)))
    return checks


@family("arithmetic.power_laws", verify=_verify_power_laws)
def power_laws(rng: random.Random, difficulty: int) -> Problem:
    """Simplify a product and quotient of powers of x with the laws of indices."""
    m, n = rng.randint(2, 3 * difficulty + 3), rng.randint(2, 3 * difficulty + 3)
    k = rng.randint(1, m + n + difficulty)
    x = sympy.Symbol("x")
    e = m + n - k
    text = phrase(rng, ["Simplify x^{m} * x^{n} / x^{k}.", ("Write x**{m} * x**{n} / x**{k} as a "
                        "single power of x."), ("Use the laws of indices to simplify "
                        "x^{m} x^{n} / x^{k}.")], m=m, n=n, k=k)
    return Problem(
        statement=text,
        statement_latex=f"Simplify $\\frac{{x^{{{m}}} x^{{{n}}}}}{{x^{{{k}}}}}$.",
        answer=x**e, answer_text=f"x**{e}",
        steps=[f"Add exponents when multiplying: $x^{{{m}}} x^{{{n}}} = x^{{{m + n}}}$.",
               f"Subtract when dividing: $x^{{{m + n} - {k}}} = x^{{{e}}}$."],
        code=program(f"x = sympy.Symbol('x')\nreturn sympy.powsimp(x**{m} * x**{n} / x**{k})",
                     "import sympy"),
        params={"m": m, "n": n, "k": k},
    )


def _verify_root(p: Problem) -> list[Check]:
    n, k = p.params["n"], p.params["k"]
    return [same(f"raise the root to the power {k}", p.answer**k, n),
            Check("the root is the principal (non-negative for even roots) one",
                  bool(p.answer >= 0 or k % 2 == 1))]


@family("arithmetic.root", verify=_verify_root, composable=True)
def root(rng: random.Random, difficulty: int) -> Problem:
    """Square and cube roots of perfect powers."""
    k = 2 if difficulty <= 2 or rng.random() < 0.5 else 3
    r = rng.randint(2, 6 * difficulty + 6)
    if k == 3 and rng.random() < 0.3:
        r = -r
    n = r**k
    word = "square" if k == 2 else "cube"
    text = phrase(rng, ["Find the {w} root of {n}.", "What is the {w} root of {n}?",
                        "Evaluate the {w} root of {n}."], w=word, n=n)
    root_tex = f"\\sqrt{{{n}}}" if k == 2 else f"\\sqrt[3]{{{n}}}"
    return Problem(
        statement=text, statement_latex=f"Evaluate ${root_tex}$.", answer=sympy.Integer(r),
        steps=[f"${r}^{{{k}}} = {n}$.", f"So ${root_tex} = {r}$."],
        code=program(f"return sympy.integer_nthroot({abs(n)}, {k})[0] * {1 if r > 0 else -1}",
                     "import sympy"),
        params={"n": n, "k": k}, definition=f"the {word} root of {n}",
    )


def _verify_surd(p: Problem) -> list[Check]:
    n = p.params["n"]
    coefficient, radicand = p.params["k"], p.params["m"]
    return [same("square the answer back", sympy.expand(p.answer**2), n),
            Check("what remains under the root has no square factor (trial division)",
                  all(radicand % (d * d) for d in range(2, radicand + 1))),
            Check("the answer is positive", coefficient > 0 and p.answer.is_positive)]


@family("arithmetic.simplify_surd", verify=_verify_surd)
def simplify_surd(rng: random.Random, difficulty: int) -> Problem:
    """Simplify a square root to k*sqrt(m) with m square-free."""
    k = rng.randint(2, 3 * difficulty + 3)
    m = rng.choice([q for q in range(2, 8 * difficulty + 12) if sympy.factorint(q)
                    and max(sympy.factorint(q).values()) == 1])
    n = k * k * m
    text = phrase(rng, ["Simplify sqrt({n}).", "Write sqrt({n}) in simplest surd form.",
                        "Express the square root of {n} as k*sqrt(m) with m square-free."], n=n)
    return Problem(
        statement=text, statement_latex=f"Simplify $\\sqrt{{{n}}}$.",
        answer=k * sympy.sqrt(m),
        steps=[f"${n} = {k * k} \\cdot {m}$ and ${k * k} = {k}^2$.",
               f"$\\sqrt{{{n}}} = {k}\\sqrt{{{m}}}$."],
        code=program(f"return sympy.sqrt({n})", "import sympy"),
        params={"n": n, "k": k, "m": m},
    )


def _verify_rationalise(p: Problem) -> list[Check]:
    a, b, c = p.params["a"], p.params["b"], p.params["c"]
    _numerator, denominator = sympy.fraction(sympy.together(p.answer))
    return [same("multiply the answer by the original denominator",
                 sympy.expand(p.answer * (b + sympy.sqrt(c))), a),
            Check("no root left in the denominator", not denominator.has(sympy.sqrt(c)),
                  str(denominator))]


@family("arithmetic.rationalise_denominator", verify=_verify_rationalise)
def rationalise_denominator(rng: random.Random, difficulty: int) -> Problem:
    """Rationalise the denominator of a/(b + sqrt(c))."""
    c = rng.choice([2, 3, 5, 6, 7, 10, 11, 13, 14, 15])
    b = rng.choice([k for k in range(-difficulty - 3, difficulty + 4) if k * k != c])
    a = rng.randint(1, 5 * difficulty + 5)
    value = sympy.radsimp(a / (b + sympy.sqrt(c)))
    bsign = f"{b} + " if b else ""
    text = phrase(rng, ["Rationalise the denominator of {a}/({b}sqrt({c})).",
                        "Write {a}/({b}sqrt({c})) with a rational denominator."],
                  a=a, b=bsign, c=c)
    return Problem(
        statement=text,
        statement_latex=f"Rationalise the denominator of $\\frac{{{a}}}{{{b if b else ''}"
                        f"{' + ' if b else ''}\\sqrt{{{c}}}}}$.",
        answer=value,
        steps=[f"Multiply top and bottom by the conjugate ${b if b else ''}"
               f"{' - ' if b else ''}\\sqrt{{{c}}}$; the denominator becomes ${b * b - c}$."
               if b else f"Multiply top and bottom by $\\sqrt{{{c}}}$.",
               f"Result: ${sympy.latex(value)}$."],
        code=program(f"return sympy.radsimp({a} / ({b} + sympy.sqrt({c})))", "import sympy"),
        params={"a": a, "b": b, "c": c},
    )


# --- number bases ----------------------------------------------------------------------------

_DIGITS = "0123456789ABCDEF"


def _to_base(n: int, base: int) -> str:
    digits = ""
    while n:
        n, r = divmod(n, base)
        digits = _DIGITS[r] + digits
    return digits or "0"


def _horner(digits: str, base: int) -> int:
    value = 0
    for digit in digits:
        value = value * base + _DIGITS.index(digit)
    return value


def _verify_from_base(p: Problem) -> list[Check]:
    return [same("Horner's rule over the digits", _horner(p.params["digits"], p.params["base"]),
                 p.answer)]


@family("arithmetic.base_to_decimal", verify=_verify_from_base, composable=True)
def base_to_decimal(rng: random.Random, difficulty: int) -> Problem:
    """Convert a number written in base 2-16 to base 10."""
    base = rng.choice([2, 3, 5, 8, 16] if difficulty > 2 else [2, 8])
    n = rng.randint(base, 16 ** (difficulty + 1))
    digits = _to_base(n, base)
    text = phrase(rng, ["Convert {d} (base {b}) to base 10.", "What is {d}_{b} in decimal?",
                        "Write the base-{b} number {d} in base 10."], d=digits, b=base)
    powers = " + ".join(f"{_DIGITS.index(ch)} \\cdot {base}^{{{len(digits) - 1 - i}}}"
                        for i, ch in enumerate(digits) if ch != "0")
    return Problem(
        statement=text, statement_latex=f"Convert ${digits}_{{{base}}}$ to base 10.",
        answer=sympy.Integer(n),
        steps=[f"${digits}_{{{base}}} = {powers}$.", f"$= {n}$."],
        code=program(f"return int({digits!r}, {base})"),
        params={"digits": digits, "base": base}, definition=f"the base-{base} number {digits}",
    )


def _verify_to_base(p: Problem) -> list[Check]:
    digits = "".join(_DIGITS[int(d)] for d in p.answer)
    base = p.params["base"]
    return [same("read the digits back with Horner's rule", _horner(digits, base), p.params["n"]),
            Check("every digit is below the base", all(0 <= int(d) < base for d in p.answer))]


@family("arithmetic.decimal_to_base", verify=_verify_to_base)
def decimal_to_base(rng: random.Random, difficulty: int) -> Problem:
    """Convert a base-10 number to base 2-16, as its list of digits."""
    base = rng.choice([2, 3, 4, 5, 7, 8, 16] if difficulty > 2 else [2, 5, 8])
    n = rng.randint(base, 8 ** (difficulty + 1))
    digits = _to_base(n, base)
    text = phrase(rng, ["Convert {n} to base {b}.", "Write {n} in base {b}.",
                        "What is the base-{b} representation of {n}?"], n=n, b=base)
    return Problem(
        statement=text + " Give the digits from most to least significant.",
        statement_latex=f"Convert ${n}$ to base ${base}$.",
        answer=sympy.Tuple(*(_DIGITS.index(ch) for ch in digits)),
        answer_text=f"{digits} (base {base})",
        steps=[f"Divide by ${base}$ repeatedly and read the remainders upwards.",
               f"${n} = {digits}_{{{base}}}$."],
        code=program(f"n, digits = {n}, []\nwhile n:\n    n, r = divmod(n, {base})\n"
                     "    digits.append(r)\nreturn tuple(reversed(digits))"),
        params={"n": n, "base": base},
    )


# --- expressions, percentages, decimals ------------------------------------------------------

def _expression(rng: random.Random, depth: int) -> str:
    if depth == 0 or rng.random() < 0.3:
        return str(rng.randint(1, 12))
    op = rng.choice("+-*/")
    left, right = _expression(rng, depth - 1), _expression(rng, depth - 1)
    return f"({left} {op} {right})"


def _strip(expression: str) -> str:
    return expression[1:-1] if expression.startswith("(") and expression.endswith(")") else expression


def _fraction_eval(expression: str) -> Fraction:
    """Evaluate with exact fractions by walking the syntax tree (no eval)."""
    import ast

    def walk(node: ast.AST) -> Fraction:
        if isinstance(node, ast.BinOp):
            ops = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
                   ast.Div: operator.truediv}
            return ops[type(node.op)](walk(node.left), walk(node.right))
        if isinstance(node, ast.Constant):
            return Fraction(node.value)
        raise ValueError(ast.dump(node))

    return walk(ast.parse(expression, mode="eval").body)


def _verify_expression(p: Problem) -> list[Check]:
    value = _fraction_eval(p.params["expression"])
    return [same("evaluate the syntax tree with exact fractions",
                 sympy.Rational(value.numerator, value.denominator), p.answer)]


@family("arithmetic.order_of_operations", verify=_verify_expression, composable=True)
def order_of_operations(rng: random.Random, difficulty: int) -> Problem:
    """Evaluate an arithmetic expression with brackets and the four operations."""
    while True:
        expression = _strip(_expression(rng, 2 if difficulty <= 2 else 3))
        if sum(expression.count(op) for op in "+-*/") >= min(difficulty + 1, 5):
            try:
                value = sympy.sympify(expression, rational=True)
            except ZeroDivisionError:
                continue
            if value.is_Rational:
                break
    text = phrase(rng, ["Evaluate {e}.", "What is {e}?", "Calculate {e}.",
                        "Work out the value of {e}."], e=expression)
    return Problem(
        statement=text,
        statement_latex=f"Evaluate ${sympy.latex(sympy.sympify(expression, evaluate=False))}$.",
        answer=value,
        steps=["Work out the innermost brackets first, then * and / before + and -.",
               f"The value is ${sympy.latex(value)}$."],
        code=_code_fraction(re.sub(r"\d+", lambda m: f"Fraction({m.group()})", expression)),
        params={"expression": expression}, definition=f"the value of {expression}",
    )


def _verify_percentage(p: Problem) -> list[Check]:
    pct, n = p.params["percent"], p.params["n"]
    return [same("the answer times 100 equals percent times the number", p.answer * 100, pct * n)]


@family("arithmetic.percentage", verify=_verify_percentage, composable=True)
def percentage(rng: random.Random, difficulty: int) -> Problem:
    """A percentage of a number."""
    pct = rng.choice([5, 10, 12, 15, 20, 25, 30, 40, 45, 50, 60, 75, 80, 120, 150])
    n = rng.randint(2, 40 * difficulty) * (4 if difficulty < 3 else 1)
    value = sympy.Rational(pct * n, 100)
    text = phrase(rng, ["What is {p}% of {n}?", "Find {p} percent of {n}.",
                        "Calculate {p}% of {n}."], p=pct, n=n)
    return Problem(
        statement=text, statement_latex=f"Find ${pct}\\%$ of ${n}$.", answer=value,
        steps=[f"${pct}\\%$ of ${n}$ is $\\frac{{{pct}}}{{100}} \\times {n}$.",
               f"$= {sympy.latex(value)}$."],
        code=_code_fraction(f"Fraction({pct}, 100) * {n}"), params={"percent": pct, "n": n},
        definition=f"{pct}% of {n}",
    )


def _verify_decimal(p: Problem) -> list[Check]:
    from decimal import Decimal

    text = p.params["decimal"]
    places = len(text.split(".")[1])
    scaled = Decimal(text) * (10**places)
    return [same("scale by a power of ten and compare", sympy.Rational(int(scaled), 10**places),
                 p.answer),
            Check("the fraction is in lowest terms", sympy.gcd(p.answer.p, p.answer.q) == 1)]


@family("arithmetic.decimal_to_fraction", verify=_verify_decimal, composable=True)
def decimal_to_fraction(rng: random.Random, difficulty: int) -> Problem:
    """Write a terminating decimal as a fraction in lowest terms."""
    places = min(difficulty, 4)
    value = Fraction(rng.randint(1, 10**places - 1), 10**places) + rng.randint(0, difficulty)
    text_value = f"{float(value):.{places}f}"
    answer = sympy.Rational(text_value)
    text = phrase(rng, ["Write {d} as a fraction in lowest terms.",
                        "Convert {d} to a fraction.", "Express {d} as a simplified fraction."],
                  d=text_value)
    return Problem(
        statement=text, statement_latex=f"Write ${text_value}$ as a fraction in lowest terms.",
        answer=answer,
        steps=[(f"${text_value} = \\frac{{{int(sympy.Rational(text_value) * 10**places)}}}"
               f"{{{10**places}}}$."), f"Reduce: ${sympy.latex(answer)}$."],
        code=program(f"return Fraction({text_value!r})", "from fractions import Fraction"),
        params={"decimal": text_value}, definition=f"the fraction equal to {text_value}",
    )
