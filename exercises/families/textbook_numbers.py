"""Posed families for number theory: remainders of (powers of) integers, linear Diophantine
equations, the largest total two coprime scores cannot make (a b - a - b, checked by marking
every reachable total in turn).

"Find the remainder of $3^{456}$ when divided by (a) $2$ (b) $5$ ..." and "Solve the linear
Diophantine equation $6x + 10y = 32$" are read (by :mod:`formalize.numbers`) into these
parameters. SymPy answers (``Mod`` of the exact power; ``diophantine`` for the equation, its
solution then written as the book writes it: y from a congruence modulo x's coefficient, then
x); each check takes another road: Python's modular exponentiation for a remainder, and for an
equation the formula substituted back plus every solution in a box found by brute force.
"""

from __future__ import annotations

import inspect
import math
import random
from typing import Any

import sympy as sp
from sympy.solvers.diophantine.diophantine import diophantine

from exercises.family import Check, Problem, family

K = sp.Symbol("k")
X, Y = sp.symbols("x y")
_BOX = 60  # the brute-force check tries every x with |x| <= this


# ---------------------------------------------------------------- remainders


def _pose_remainders(params: dict[str, Any]) -> Problem:
    """``params``: ``base``, ``exponent`` (the number is base^exponent; 1 for a plain number),
    ``moduli`` (the divisors, each at least 2)."""
    base, exponent, moduli = int(params["base"]), int(params["exponent"]), params["moduli"]
    if base < 0 or not 0 < exponent <= 10**6 or not moduli or min(moduli) < 2:
        raise ValueError("a non-negative base, an exponent from 1 to 10^6, moduli at least 2")
    number = sp.Pow(sp.Integer(base), exponent, evaluate=False) if exponent > 1 else sp.Integer(base)
    values = [sp.Mod(sp.Integer(base) ** exponent, m) for m in moduli]
    steps = []
    for m, value in zip(moduli, values, strict=True):
        if exponent > 1:
            cycle = _cycle(base % m, m)
            steps.append(f"Modulo ${m}$ the powers of ${base % m}$ repeat "
                         f"${', '.join(map(str, cycle[1]))}, \\dots$ after the first "
                         f"${cycle[0]}$; so ${sp.latex(number)} \\equiv {value} \\pmod{{{m}}}$.")
        else:
            steps.append(f"${base} = {base // m} \\cdot {m} + {value}$.")
    shown = ", ".join(map(str, moduli))
    return Problem(
        statement=f"Find the remainder of {sp.sstr(number)} when divided by {shown}.",
        statement_latex=f"Find the remainder of ${sp.latex(number)}$ when divided by ${shown}$.",
        answer=values[0] if len(values) == 1 else sp.Tuple(*values),
        steps=steps,
        code=("import sympy\n\n\ndef solve():\n"
              f"    values = [sympy.Mod(sympy.Integer({base})**{exponent}, m) for m in {moduli!r}]\n"
              "    return values[0] if len(values) == 1 else sympy.Tuple(*values)\n"),
        params=params,
    )


def _cycle(residue: int, modulus: int) -> tuple[int, list[int]]:
    """(how many powers come before the repeating part, the repeating powers) of residue^e
    modulo ``modulus``, e = 1, 2, ..."""
    seen: list[int] = []
    power = residue % modulus
    while power not in seen:
        seen.append(power)
        power = power * residue % modulus
    start = seen.index(power)
    return start, seen[start:]


def _verify_remainders(problem: Problem) -> list[Check]:
    params = problem.params
    base, exponent = int(params["base"]), int(params["exponent"])
    values = [problem.answer] if len(params["moduli"]) == 1 else list(problem.answer)
    expected = [pow(base, exponent, m) for m in params["moduli"]]
    return [Check("Python's modular exponentiation (square and multiply)",
                  [int(v) for v in values] == expected, str(expected))]


@family("number_theory.remainders", verify=_verify_remainders, pose=_pose_remainders)
def remainders(rng: random.Random, difficulty: int) -> Problem:
    """The remainders of a large power when divided by a few small numbers."""
    moduli = sorted(rng.sample(range(2, 14), 1 + difficulty // 2))
    return _pose_remainders({"base": rng.randint(2, 12), "exponent": rng.randint(10, 200 * difficulty),
                             "moduli": moduli})


def vary_remainders(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A new base and exponent of about the same size; as many new moduli."""
    exponent = int(params["exponent"])
    base = max(2, int(params["base"]) + rng.randint(-3, 3)) if exponent > 1 else \
        rng.randint(int(params["base"]) // 2 + 1, int(params["base"]) * 2)
    return {**params, "base": base,
            "exponent": exponent if exponent == 1 else rng.randint(exponent // 2 + 1, exponent * 2),
            "moduli": sorted(rng.sample(range(2, 14), len(params["moduli"])))}


# ---------------------------------------------------------------- linear Diophantine equations


def _general(a: int, b: int, c: int) -> tuple[sp.Expr, sp.Expr] | None:
    """(x, y) in k, all the integer solutions of a x + b y = c, from SymPy's ``diophantine``
    written as the book does: y = y0 + (a/g) k with 0 <= y0 < |a/g|, then x from the equation
    (None when there is none)."""
    found = diophantine(a * X + b * Y - c, syms=(X, Y))
    if not found:
        return None
    x_of_t, y_of_t = next(iter(found))
    t = (x_of_t.free_symbols | y_of_t.free_symbols).pop()
    step = abs(a // math.gcd(a, b))
    y0 = int(y_of_t.subs(t, 0)) % step
    y = y0 + step * K
    return sp.expand(sp.Rational(c, a) - sp.Rational(b, a) * y), y


def _pose_diophantine(params: dict[str, Any]) -> Problem:
    """``params``: ``a``, ``b``, ``c`` (non-zero integers a, b): the equation a x + b y = c."""
    a, b, c = int(params["a"]), int(params["b"]), int(params["c"])
    if not a or not b:
        raise ValueError("both coefficients must be non-zero")
    equation = sp.Eq(a * X + b * Y, c)
    g = math.gcd(a, b)
    general = _general(a, b, c)
    if general is None:
        answer: sp.Basic = sp.EmptySet
        steps = [f"$\\gcd({a}, {b}) = {g}$ does not divide ${c}$: no integer solutions."]
    else:
        answer = sp.Tuple(*general)
        step = abs(a // g)
        steps = [f"Divide by $\\gcd({a}, {b}) = {g}$: ${sp.latex(sp.Eq(a // g * X + b // g * Y, c // g))}$.",
                 (f"Modulo ${step}$: ${b // g % step} y \\equiv {c // g % step} \\pmod{{{step}}}$, so "
                 f"$y = {sp.latex(general[1])}$ for an integer $k$."),
                 f"Then $x = {sp.latex(general[0])}$."]
    return Problem(
        statement=f"Find all integer solutions of {a}x + {b}y = {c}.".replace("+ -", "- "),
        statement_latex=f"Find all integer solutions of ${sp.latex(equation)}$.",
        answer=answer,
        steps=steps,
        answer_text=None if general is None else f"x = {general[0]}, y = {general[1]} (k an integer)",
        code=("import math\nimport sympy\n"
              "from sympy.solvers.diophantine.diophantine import diophantine\n\n\n"
              "def solve():\n"
              "    x, y, k = sympy.symbols('x y k')\n"
              f"    a, b, c = {a}, {b}, {c}\n"
              "    found = diophantine(a * x + b * y - c, syms=(x, y))\n"
              "    if not found:\n"
              "        return sympy.EmptySet\n"
              "    x_t, y_t = next(iter(found))\n"
              "    t = (x_t.free_symbols | y_t.free_symbols).pop()\n"
              "    step = abs(a // math.gcd(a, b))\n"
              "    y_k = int(y_t.subs(t, 0)) % step + step * k\n"
              "    return sympy.Tuple(sympy.expand(sympy.Rational(c, a) - sympy.Rational(b, a) * y_k),"
              " y_k)\n"),
        params=params,
    )


def _verify_diophantine(problem: Problem) -> list[Check]:
    """Brute force: every integer x in a box with its integer y (if any), against the formula's
    solutions in that box; and the formula substituted into the equation."""
    a, b, c = (int(problem.params[key]) for key in "abc")
    brute = {(x, (c - a * x) // b) for x in range(-_BOX, _BOX + 1) if (c - a * x) % b == 0}
    if problem.answer == sp.EmptySet:
        return [Check(f"no x with |x| <= {_BOX} gives an integer y", not brute and c % math.gcd(a, b) != 0)]
    x_k, y_k = problem.answer
    identity = sp.expand(a * x_k + b * y_k - c) == 0
    step = abs(b // math.gcd(a, b))  # consecutive solutions' x differ by this
    formula = set()
    for k in range(-2 * _BOX - 2, 2 * _BOX + 3):
        x, y = int(x_k.subs(K, k)), int(y_k.subs(K, k))
        if abs(x) <= _BOX:
            formula.add((x, y))
    return [Check("the formula satisfies the equation for every k", identity),
            Check(f"the formula gives exactly the solutions with |x| <= {_BOX}, found by trying "
                  f"every x (they are {step} apart)", formula == brute and bool(brute))]


@family("number_theory.linear_diophantine", verify=_verify_diophantine, pose=_pose_diophantine)
def linear_diophantine(rng: random.Random, difficulty: int) -> Problem:
    """All integer solutions of a x + b y = c."""
    g = rng.choice([1, 1, 2, 3])
    a, b = g * rng.randint(2, 9 + 4 * difficulty), g * rng.randint(2, 9 + 4 * difficulty)
    return _pose_diophantine({"a": a, "b": b, "c": g * rng.randint(1, 40)})


def vary_diophantine(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """New coefficients of about the same size, sharing the same gcd; a right side it divides."""
    a, b, c = (int(params[key]) for key in "abc")
    g = math.gcd(a, b)
    while True:
        new_a = g * max(1, abs(a) // g + rng.randint(-3, 3))
        new_b = g * max(1, abs(b) // g + rng.randint(-3, 3))
        if math.gcd(new_a, new_b) == g:
            break
    return {**params, "a": new_a, "b": new_b, "c": g * (c // g + rng.randint(-5, 5) or 1)}


# ---------------------------------------------------------------- congruences simplified by division

# a = b (mod m), written as the answer: a function of its own, so that no other comparison of
# numbers mistakes it for a tuple of values
CONGRUENT = sp.Function("Congruent")


def divided(a: int, b: int, modulus: int) -> tuple[int, int, int]:
    """a = b (mod m) divided by d = gcd(a, b): a/d = b/d (mod m / gcd(m, d)); the modulus keeps
    only the part of it that d does not share."""
    d = math.gcd(a, b)
    return a // d, b // d, modulus // math.gcd(modulus, d)


def _pose_divided(params: dict[str, Any]) -> Problem:
    """``params``: ``congruences`` ([a, b, m] for each a = b (mod m), a and b sharing a factor)."""
    rows = [[int(v) for v in row] for row in params["congruences"]]
    if any(math.gcd(a, b) == 1 or m < 2 or (a - b) % m for a, b, m in rows):
        raise ValueError("each congruence true, its modulus 2 or more, its sides sharing a factor")
    found = [CONGRUENT(*map(sp.Integer, divided(*row))) for row in rows]
    shown = "; ".join(f"{a} ≡ {b} (mod {m})" for a, b, m in rows)
    return Problem(
        statement=f"Simplify the congruences using division: {shown}.",
        statement_latex="Simplify the congruences using division: " + "; ".join(
            f"${a} \\equiv {b} \\pmod{{{m}}}$" for a, b, m in rows) + ".",
        answer=found[0] if len(found) == 1 else sp.Tuple(*found),
        steps=[f"Divide {a} ≡ {b} (mod {m}) by gcd({a}, {b}) = {math.gcd(a, b)}, and the modulus by "
               f"gcd({m}, {math.gcd(a, b)}) = {math.gcd(m, math.gcd(a, b))}: "
               f"{divided(a, b, m)[0]} ≡ {divided(a, b, m)[1]} (mod {divided(a, b, m)[2]})."
               for a, b, m in rows],
        code=("import math\n\nimport sympy\n\n\n" + inspect.getsource(divided) + "\n\ndef solve():\n"
              f"    found = [sympy.Function('Congruent')(*map(sympy.Integer, divided(*row))) "
              f"for row in {rows!r}]\n"
              "    return found[0] if len(found) == 1 else sympy.Tuple(*found)\n"),
        params=params,
    )


def _verify_divided(problem: Problem) -> list[Check]:
    """Cancelling d from d x = d y (mod m) is the same as x = y (mod m'), for every x, y below
    2m (tried one by one); and the answer's sides times d are the congruence's own."""
    rows = [[int(v) for v in row] for row in problem.params["congruences"]]
    answers = [problem.answer] if len(rows) == 1 else list(problem.answer)
    same_law, same_sides = True, True
    for (a, b, m), answer in zip(rows, answers, strict=True):
        x, y, reduced = (int(v) for v in answer.args)
        d = a // x if x and a % x == 0 else 0
        same_sides = same_sides and d > 1 and (x * d, y * d) == (a, b) and math.gcd(x, y) == 1
        same_law = same_law and d > 0 and all(
            ((d * u - d * v) % m == 0) == ((u - v) % reduced == 0)
            for u in range(2 * m) for v in range(2 * m))
    return [Check("the answer's sides times the common factor are the congruence's, with no "
                  "factor left in common", same_sides),
            Check("d u = d v (mod m) exactly when u = v (mod the new modulus), for all u, v < 2m",
                  same_law)]


@family("number_theory.divided_congruence", verify=_verify_divided, pose=_pose_divided)
def divided_congruence(rng: random.Random, difficulty: int) -> Problem:
    """A true congruence a = b (mod m) whose sides share a factor, divided by it."""
    d, m = rng.choice([2, 3, 5, 7]), rng.randint(4, 10 + 5 * difficulty)
    x = rng.randint(2, 20)
    y = x + m * rng.randint(1, 3)
    return _pose_divided({"congruences": [[d * x, d * y, m]]})


def vary_divided(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """New sides with the same common factor, the same modulus, still congruent."""
    rows = []
    for a, b, m in ([int(v) for v in row] for row in params["congruences"]):
        d = math.gcd(a, b)
        while True:
            x = rng.randint(2, 30)
            y = x + m * rng.randint(1, 4)
            if math.gcd(x, y) == 1:
                break
        rows.append([d * x, d * y, m])
    return {**params, "congruences": rows}


# ---------------------------------------------------------------- repeating decimals


def _repeating_value(whole: int, before: str, block: str) -> sp.Rational:
    """0.(before)(block)(block)... as a fraction: shift past the block and subtract."""
    shift = sp.Integer(10) ** len(before)
    head = sp.Rational(int(before or "0"), shift)
    return whole + head + sp.Rational(int(block), (10 ** len(block) - 1) * shift)


def _pose_repeating(params: dict[str, Any]) -> Problem:
    """``params``: ``whole`` (the integer part), ``before`` (digits after the point before the
    repeating block, maybe none), ``block`` (the digits that repeat)."""
    whole, before, block = int(params["whole"]), params["before"], params["block"]
    if not block.isdigit() or (before and not before.isdigit()) or whole < 0:
        raise ValueError("digits only, a non-negative integer part")
    answer = _repeating_value(whole, before, block)
    shown = f"{whole}.{before}{block * 3}\\dots"
    n = len(block)
    return Problem(
        statement=f"Express {shown.replace(chr(92) + 'dots', '...')} as a fraction.",
        statement_latex=f"Express ${shown}$ as a fraction.",
        answer=answer,
        steps=[(f"Let $N = {shown}$. Then $10^{{{n}}} N - N$ ends the repetition: "
               f"$({10 ** n} - 1) \\cdot 10^{{{len(before)}}} N = "
               f"{int(f'{whole}{before}{block}') - int(f'{whole}{before}')}$."),
               f"$N = {sp.latex(answer)}$."],
        code=("import sympy\n\n\ndef solve():\n"
              f"    whole, before, block = {whole}, {before!r}, {block!r}\n"
              "    shift = sympy.Integer(10) ** len(before)\n"
              "    return (whole + sympy.Rational(int(before or '0'), shift)\n"
              "            + sympy.Rational(int(block), (10 ** len(block) - 1) * shift))\n"),
        params=params,
    )


def _verify_repeating(problem: Problem) -> list[Check]:
    """Long division of the fraction, digit by digit: the integer part, then the digits before
    the block, then the block three times over."""
    params, answer = problem.params, problem.answer
    expected = params["before"] + params["block"] * 3
    numerator, denominator = int(answer.p), int(answer.q)
    whole, remainder = divmod(numerator, denominator)
    digits = ""
    for _ in expected:
        digit, remainder = divmod(remainder * 10, denominator)
        digits += str(digit)
    return [Check("long division gives the integer part and the repeating digits",
                  whole == int(params["whole"]) and digits == expected, f"{whole}.{digits}")]


@family("number_theory.repeating_decimal", verify=_verify_repeating, pose=_pose_repeating)
def repeating_decimal(rng: random.Random, difficulty: int) -> Problem:
    """A repeating decimal written as a fraction."""
    block = "".join(rng.choice("0123456789") for _ in range(1 + difficulty // 2)).lstrip("0") or "7"
    before = "".join(rng.choice("0123456789") for _ in range(difficulty // 3))
    return _pose_repeating({"whole": rng.randint(0, 3), "before": before, "block": block})


def vary_repeating(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """New digits, as many of each kind; a block that is not a repetition of a shorter one."""
    while True:
        block = "".join(rng.choice("0123456789") for _ in params["block"])
        if all(block != block[:size] * (len(block) // size) for size in range(1, len(block))
               if len(block) % size == 0) and set(block) != {"0"} and set(block) != {"9"}:
            break
    before = "".join(rng.choice("0123456789") for _ in params["before"])
    return {**params, "before": before, "block": block}


# ---------------------------------------------------------------- the largest total out of reach

def _pose_unreachable(params: dict[str, Any]) -> Problem:
    """``params``: ``values`` (two coprime amounts, each at least 2, as of points per score):
    the largest total no sum of them (each used any number of times) makes, a b - a - b."""
    a, b = sorted(int(v) for v in params["values"])
    if len(params["values"]) != 2 or a < 2 or math.gcd(a, b) != 1:
        raise ValueError("two coprime amounts, each at least 2")
    answer = sp.Integer(a * b - a - b)
    return Problem(
        statement=f"Using only scores of {a} and {b} points, what is the largest total that cannot "
                  "be reached exactly?",
        statement_latex=f"Using only scores of ${a}$ and ${b}$ points, what is the largest total "
                        "that cannot be reached exactly?",
        answer=answer,
        steps=[(f"For coprime ${a}$ and ${b}$, every total from $({a}-1)({b}-1) = {(a - 1) * (b - 1)}$ "
               f"on is ${a}x + {b}y$ with $x, y \\ge 0$, and ${a}\\cdot{b} - {a} - {b}$ is not "
               "(Sylvester)."), f"The largest total out of reach is ${answer}$."],
        code=f"def solve():\n    a, b = {a}, {b}\n    return a * b - a - b\n",
        params=params,
    )


def _verify_unreachable(problem: Problem) -> list[Check]:
    """Mark every total reachable by adding a score to a reachable one, up to a b + a; the last
    unmarked total is the answer when the a totals after it are all marked (then every larger
    total is: add a)."""
    a, b = sorted(int(v) for v in problem.params["values"])
    reached = [True] + [False] * (a * b + a)
    for total in range(1, len(reached)):
        reached[total] = any(total >= s and reached[total - s] for s in (a, b))
    last = max(t for t, r in enumerate(reached) if not r)
    return [Check("totals marked reachable one by one; a run of the smaller score's length after "
                  "the last one out of reach", problem.answer == last
                  and all(reached[last + 1:last + 1 + a]), str(last))]


@family("number_theory.largest_unreachable", verify=_verify_unreachable, pose=_pose_unreachable)
def largest_unreachable(rng: random.Random, difficulty: int) -> Problem:
    """The largest total two coprime scores cannot make."""
    while True:
        a, b = rng.randint(2, 4 + difficulty), rng.randint(3, 8 + 2 * difficulty)
        if a != b and math.gcd(a, b) == 1:
            return _pose_unreachable({"values": [a, b]})


def vary_unreachable(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Two new coprime scores near the old ones."""
    a, b = sorted(int(v) for v in params["values"])
    while True:
        new = sorted({max(2, a + rng.randint(-1, 2)), max(3, b + rng.randint(-2, 3))})
        if len(new) == 2 and math.gcd(*new) == 1 and new != [a, b]:
            return {**params, "values": new}
