"""Number theory: gcd, lcm, primes, factorisation, divisibility, remainders, modular arithmetic.

Problems are built backwards from their answers (a gcd ``g`` times coprime
cofactors, a factorisation multiplied out) so SymPy work stays light. The
checks recompute each answer by a different route (Euclid's algorithm by hand
against ``math.gcd``, trial division against ``sympy.factorint``, brute force
over residues), and every claim here fits core Lean 4, so each problem also
carries a Lean theorem written from the same numbers.
"""

from __future__ import annotations

import math
import random

import sympy

from exercises import lean
from exercises.family import Check, Problem, family, phrase
from exercises.kit import program, same


def _size(difficulty: int) -> int:
    """Upper bound for the drawn numbers: grows tenfold per level."""
    return 10 ** (difficulty + 1)


def _euclid(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return a


def _trial_factor(n: int) -> dict[int, int]:
    factors: dict[int, int] = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def _prime(rng: random.Random, low: int, high: int) -> int:
    """A prime in [low, high), drawn from ``rng`` (``sympy.randprime`` uses the global random)."""
    return int(sympy.prevprime(rng.randint(low + 1, high)))


def _coprime_pair(rng: random.Random, high: int) -> tuple[int, int]:
    while True:
        m, n = rng.randint(2, high), rng.randint(2, high)
        if m != n and math.gcd(m, n) == 1:
            return m, n


# --- gcd -------------------------------------------------------------------------------------

def _verify_gcd(p: Problem) -> list[Check]:
    a, b, g = p.params["a"], p.params["b"], int(p.answer)
    return [
        same("Euclid's algorithm by repeated remainders", _euclid(a, b), g),
        Check("the answer divides both numbers and the cofactors are coprime",
              a % g == 0 and b % g == 0 and _euclid(a // g, b // g) == 1),
    ]


@family("number_theory.gcd", verify=_verify_gcd, composable=True)
def gcd(rng: random.Random, difficulty: int) -> Problem:
    """Greatest common divisor of two numbers."""
    g = rng.randint(2, 3 * difficulty + 9)
    m, n = _coprime_pair(rng, _size(difficulty) // (2 * g) + 3)
    a, b = g * m, g * n
    text = phrase(rng, ["Find the greatest common divisor of {a} and {b}.",
                        "What is gcd({a}, {b})?", "Compute the highest common factor of {a} and {b}.",
                        "Calculate the greatest common divisor of {a} and {b}."], a=a, b=b)
    latex = f"{text.split(' of ')[0]} of ${a}$ and ${b}$." if " of " in text else (
        f"What is $\\gcd({a}, {b})$?")
    return Problem(
        statement=text, statement_latex=latex, answer=sympy.Integer(g),
        steps=[f"${a} = {g} \\cdot {m}$ and ${b} = {g} \\cdot {n}$.",
               f"${m}$ and ${n}$ have no common factor, so $\\gcd({a}, {b}) = {g}$."],
        code=program(f"return math.gcd({a}, {b})", "import math"),
        params={"a": a, "b": b}, exports={"g": sympy.Integer(g)},
        definition=f"the greatest common divisor of {a} and {b}",
        lean=lean.theorem(f"gcd_{a}_{b}", f"Nat.gcd {a} {b} = {g}"),
    )


# --- lcm -------------------------------------------------------------------------------------

def _verify_lcm(p: Problem) -> list[Check]:
    a, b, l_ = p.params["a"], p.params["b"], int(p.answer)
    smallest = next(k for k in range(max(a, b), a * b + 1, max(a, b)) if k % min(a, b) == 0)
    return [same("smallest common multiple by stepping through multiples", smallest, l_),
            same("lcm times gcd equals the product", l_ * _euclid(a, b), a * b)]


@family("number_theory.lcm", verify=_verify_lcm, composable=True)
def lcm(rng: random.Random, difficulty: int) -> Problem:
    """Least common multiple of two numbers."""
    g = rng.randint(1, 2 * difficulty + 4)
    m, n = _coprime_pair(rng, 3 * difficulty + 8)
    a, b, answer = g * m, g * n, g * m * n
    text = phrase(rng, ["Find the least common multiple of {a} and {b}.",
                        "What is the lowest common multiple of {a} and {b}?",
                        "Compute lcm({a}, {b})."], a=a, b=b)
    return Problem(
        statement=text, statement_latex=f"Find $\\operatorname{{lcm}}({a}, {b})$.",
        answer=sympy.Integer(answer),
        steps=[f"$\\gcd({a}, {b}) = {g}$.",
               f"$\\operatorname{{lcm}}({a}, {b}) = \\frac{{{a} \\cdot {b}}}{{{g}}} = {answer}$."],
        code=program(f"return {a} * {b} // math.gcd({a}, {b})", "import math"),
        params={"a": a, "b": b}, definition=f"the least common multiple of {a} and {b}",
        lean=lean.theorem(f"lcm_{a}_{b}", f"Nat.lcm {a} {b} = {answer}"),
    )


# --- prime factorisation ---------------------------------------------------------------------

def _verify_factorisation(p: Problem) -> list[Check]:
    n = p.params["n"]
    pairs = [(int(q), int(e)) for q, e in p.answer]
    product = math.prod(q**e for q, e in pairs)
    return [same("multiply the factorisation back out", product, n),
            Check("every factor is prime by trial division",
                  all(_trial_factor(q) == {q: 1} for q, _ in pairs)),
            same("trial division from 2 upwards", sorted(_trial_factor(n).items()), pairs)]


@family("number_theory.prime_factorisation", verify=_verify_factorisation)
def prime_factorisation(rng: random.Random, difficulty: int) -> Problem:
    """Prime factorisation of a number, as (prime, exponent) pairs."""
    primes = list(sympy.primerange(2, 8 * difficulty + 12))
    chosen = sorted(rng.sample(primes, rng.randint(2, min(len(primes), difficulty + 1))))
    pairs = [(q, rng.randint(1, 4 if q < 10 else 2)) for q in chosen]
    n = math.prod(q**e for q, e in pairs)
    shown = " \\cdot ".join(f"{q}^{{{e}}}" if e > 1 else str(q) for q, e in pairs)
    text = phrase(rng, ["Find the prime factorisation of {n}.",
                        "Write {n} as a product of prime powers.",
                        "What is the prime factorization of {n}?"], n=n)
    return Problem(
        statement=text + " Give (prime, exponent) pairs in increasing order.",
        statement_latex=f"Find the prime factorisation of ${n}$.",
        answer=sympy.Tuple(*(sympy.Tuple(q, e) for q, e in pairs)),
        answer_text=shown.replace(" \\cdot ", " * ").replace("{", "").replace("}", ""),
        steps=[f"Divide ${n}$ by each prime in turn while it divides evenly.", f"${n} = {shown}$."],
        code=program(f"return tuple(sorted(sympy.factorint({n}).items()))", "import sympy"),
        params={"n": n},
        lean=lean.theorem(f"factor_{n}", f"{lean.nat(n)} = "
                          + " * ".join(f"{q}^{e}" for q, e in pairs)),
    )


# --- primality -------------------------------------------------------------------------------

def _verify_is_prime(p: Problem) -> list[Check]:
    n = p.params["n"]
    return [same("trial division up to the square root", _trial_factor(n) == {n: 1},
                 bool(p.answer))]


@family("number_theory.is_prime", verify=_verify_is_prime)
def is_prime(rng: random.Random, difficulty: int) -> Problem:
    """Decide whether a number is prime."""
    high = _size(difficulty)
    if rng.random() < 0.5:
        n = _prime(rng, high // 10 + 2, high)
    else:  # a composite that is not obviously so: a product of two odd primes
        a = _prime(rng, 3, max(int(high**0.5), 6))
        b = _prime(rng, 3, max(high // a, 6))
        n = a * b
    prime = bool(sympy.isprime(n))
    text = phrase(rng, ["Is {n} a prime number?", "Determine whether {n} is prime.",
                        "True or false: {n} is prime."], n=n)
    divisor = None if prime else min(_trial_factor(n))
    steps = ([f"No prime up to $\\sqrt{{{n}}}$ divides ${n}$, so it is prime."] if prime
             else [f"${n} = {divisor} \\cdot {n // divisor}$, so it is not prime."])
    return Problem(
        statement=text, statement_latex=text.replace(str(n), f"${n}$"),
        answer=sympy.true if prime else sympy.false, answer_text="yes" if prime else "no",
        steps=steps, code=program(f"return sympy.isprime({n})", "import sympy"),
        params={"n": n},
        # Nat.Prime needs Mathlib; a composite's witness is core arithmetic.
        lean=None if prime else lean.theorem(
            f"composite_{n}", f"{lean.nat(n)} = {divisor} * {n // divisor}"),
    )


# --- remainders and modular arithmetic -------------------------------------------------------

def _verify_remainder(p: Problem) -> list[Check]:
    a, m, r = p.params["a"], p.params["m"], int(p.answer)
    q = a // m
    return [Check("division identity a = q*m + r with 0 <= r < m", a == q * m + r and 0 <= r < m,
                  f"{a} = {q}*{m} + {r}")]


@family("number_theory.remainder", verify=_verify_remainder, composable=True)
def remainder(rng: random.Random, difficulty: int) -> Problem:
    """Remainder of an integer division."""
    m = rng.randint(3, 4 * difficulty + 9)
    q, r = rng.randint(2, _size(difficulty) // m + 2), rng.randint(0, m - 1)
    a = q * m + r
    text = phrase(rng, ["What is the remainder when {a} is divided by {m}?",
                        "Find the remainder of {a} divided by {m}.",
                        "Compute {a} mod {m}."], a=a, m=m)
    return Problem(
        statement=text, statement_latex=f"Find the remainder when ${a}$ is divided by ${m}$.",
        answer=sympy.Integer(r),
        steps=[f"${a} = {q} \\cdot {m} + {r}$.", f"The remainder is ${r}$."],
        code=program(f"return {a} % {m}"), params={"a": a, "m": m},
        definition=f"the remainder when {a} is divided by {m}",
        lean=lean.theorem(f"rem_{a}_{m}", f"{lean.nat(a)} % {m} = {r}"),
    )


def _verify_modpow(p: Problem) -> list[Check]:
    a, k, m = p.params["a"], p.params["k"], p.params["m"]
    value = 1
    for _ in range(k):  # step by step, never forming a**k
        value = value * a % m
    return [same("multiply step by step, reducing each time", value, p.answer)]


@family("number_theory.modular_power", verify=_verify_modpow)
def modular_power(rng: random.Random, difficulty: int) -> Problem:
    """A power reduced modulo m."""
    m = rng.randint(5, 6 * difficulty + 10)
    a, k = rng.randint(2, 20 * difficulty), rng.randint(10, 40 * difficulty + 20)
    r = pow(a, k, m)
    text = phrase(rng, ["Find {a}^{k} mod {m}.", "What is the remainder when {a}^{k} is divided by {m}?",
                        "Compute {a}**{k} modulo {m}."], a=a, k=k, m=m)
    return Problem(
        statement=text, statement_latex=f"Find ${a}^{{{k}}} \\bmod {m}$.", answer=sympy.Integer(r),
        steps=[f"Reduce modulo ${m}$ after every multiplication (or square repeatedly).",
               f"${a}^{{{k}}} \\equiv {r} \\pmod{{{m}}}$."],
        code=program(f"return pow({a}, {k}, {m})"), params={"a": a, "k": k, "m": m},
        lean=lean.theorem(f"modpow_{a}_{k}_{m}", f"{lean.nat(a)} ^ {k} % {m} = {r}"),
    )


def _verify_inverse(p: Problem) -> list[Check]:
    a, m, x = p.params["a"], p.params["m"], int(p.answer)
    brute = [y for y in range(m) if a * y % m == 1]
    return [same("try every residue", brute, [x])]


@family("number_theory.modular_inverse", verify=_verify_inverse)
def modular_inverse(rng: random.Random, difficulty: int) -> Problem:
    """The inverse of a modulo m."""
    m = _prime(rng, 7, 12 * difficulty + 20)
    a = rng.randint(2, m - 1)
    x = pow(a, -1, m)
    text = phrase(rng, ["Find the inverse of {a} modulo {m}.",
                        "Solve {a}*x = 1 (mod {m}) for x in 0..{top}.",
                        "What is the multiplicative inverse of {a} mod {m}?"], a=a, m=m, top=m - 1)
    return Problem(
        statement=text, statement_latex=f"Find $x$ with ${a}x \\equiv 1 \\pmod{{{m}}}$, $0 \\le x < {m}$.",
        answer=sympy.Integer(x),
        steps=[f"Run the extended Euclidean algorithm on ${a}$ and ${m}$.",
               f"${a} \\cdot {x} = {a * x} \\equiv 1 \\pmod{{{m}}}$."],
        code=program(f"return pow({a}, -1, {m})"), params={"a": a, "m": m},
        lean=lean.theorem(f"inverse_{a}_{m}", f"{lean.nat(a)} * {x} % {m} = 1"),
    )


def _verify_congruence(p: Problem) -> list[Check]:
    a, b, m = p.params["a"], p.params["b"], p.params["m"]
    return [same("substitute every residue", [x for x in range(m) if (a * x - b) % m == 0],
                 [int(p.answer)])]


@family("number_theory.linear_congruence", verify=_verify_congruence)
def linear_congruence(rng: random.Random, difficulty: int) -> Problem:
    """Solve a*x = b (mod m) for the least non-negative x."""
    m = _prime(rng, 5, 10 * difficulty + 15)
    a, x = rng.randint(2, m - 1), rng.randint(0, m - 1)
    b = a * x % m
    text = phrase(rng, ["Solve {a}x = {b} (mod {m}) for the least non-negative x.",
                        "Find the smallest x >= 0 with {a}*x congruent to {b} modulo {m}."],
                  a=a, b=b, m=m)
    inv = pow(a, -1, m)
    return Problem(
        statement=text, statement_latex=f"Solve ${a}x \\equiv {b} \\pmod{{{m}}}$, $0 \\le x < {m}$.",
        answer=sympy.Integer(x),
        steps=[f"The inverse of ${a}$ modulo ${m}$ is ${inv}$.",
               f"$x \\equiv {inv} \\cdot {b} \\equiv {x} \\pmod{{{m}}}$."],
        code=program(f"return pow({a}, -1, {m}) * {b} % {m}"), params={"a": a, "b": b, "m": m},
        lean=lean.theorem(f"congruence_{a}_{b}_{m}",
                          f"∀ x : Nat, x < {m} → ({a} * x % {m} = {b} ↔ x = {x})",
                          "by decide"),
    )


# --- divisibility and divisors ---------------------------------------------------------------

def _verify_divides(p: Problem) -> list[Check]:
    a, d = p.params["a"], p.params["d"]
    total = a
    while total >= d:  # repeated subtraction, no % or //
        total -= d
    return [same("repeated subtraction leaves nothing", total == 0, bool(p.answer))]


@family("number_theory.divisibility", verify=_verify_divides)
def divisibility(rng: random.Random, difficulty: int) -> Problem:
    """Decide whether d divides a."""
    d = rng.randint(3, 3 * difficulty + 10)
    a = d * rng.randint(3, 10 * difficulty + 10) + (0 if rng.random() < 0.5 else rng.randint(1, d - 1))
    divides = a % d == 0
    text = phrase(rng, ["Is {a} divisible by {d}?", "Does {d} divide {a}?",
                        "True or false: {d} is a factor of {a}."], a=a, d=d)
    return Problem(
        statement=text, statement_latex=text.replace(str(a), f"${a}$", 1),
        answer=sympy.true if divides else sympy.false, answer_text="yes" if divides else "no",
        steps=[f"${a} = {a // d} \\cdot {d} + {a % d}$.",
               "The remainder is zero, so it divides." if divides else "The remainder is not zero."],
        code=program(f"return {a} % {d} == 0"), params={"a": a, "d": d},
        lean=lean.theorem(f"divides_{d}_{a}", f"{lean.nat(a)} % {d} {'=' if divides else '≠'} 0"),
    )


def _verify_divisor_count(p: Problem) -> list[Check]:
    n = p.params["n"]
    return [same("count divisors by brute force", sum(n % k == 0 for k in range(1, n + 1)),
                 p.answer)]


@family("number_theory.divisor_count", verify=_verify_divisor_count)
def divisor_count(rng: random.Random, difficulty: int) -> Problem:
    """How many positive divisors a number has."""
    primes = [2, 3, 5, 7, 11, 13]
    pairs = {q: rng.randint(1, 3) for q in rng.sample(primes[: difficulty + 2], min(difficulty, 3))}
    n = math.prod(q**e for q, e in pairs.items())
    count = math.prod(e + 1 for e in pairs.values())
    shown = " \\cdot ".join(f"{q}^{{{e}}}" for q, e in sorted(pairs.items()))
    text = phrase(rng, ["How many positive divisors does {n} have?",
                        "Find the number of positive divisors of {n}.",
                        "Count the divisors of {n}."], n=n)
    return Problem(
        statement=text, statement_latex=text.replace(str(n), f"${n}$"), answer=sympy.Integer(count),
        steps=[f"${n} = {shown}$.",
               "The count is the product of (exponent + 1): "
               + " \\cdot ".join(f"{e + 1}" for _, e in sorted(pairs.items())) + f" $= {count}$."],
        code=program(f"return len(sympy.divisors({n}))", "import sympy"), params={"n": n},
        lean=None,
    )


def _verify_integer_equation(p: Problem) -> list[Check]:
    a, b, c = p.params["a"], p.params["b"], p.params["c"]
    x = int(p.answer)
    solutions = [y for y in range(-1000, 1001) if a * y + b == c]
    return [Check("substitute the answer", a * x + b == c, f"{a}*{x} + {b} = {a * x + b}"),
            same("search the integers -1000..1000", solutions, [x])]


@family("number_theory.integer_linear_equation", verify=_verify_integer_equation)
def integer_linear_equation(rng: random.Random, difficulty: int) -> Problem:
    """Solve a*x + b = c over the integers."""
    a = rng.choice([k for k in range(-4 * difficulty - 5, 4 * difficulty + 6) if abs(k) > 1])
    x, b = rng.randint(-20 * difficulty, 20 * difficulty), rng.randint(-50, 50)
    c = a * x + b
    text = phrase(rng, ["Solve {a}*x + {b} = {c} for the integer x.",
                        "Find the integer x with {a}*x + {b} = {c}."], a=a, b=b, c=c)
    sign = "+" if b >= 0 else "-"
    return Problem(
        statement=text.replace("+ -", "- "), statement_latex=f"Solve ${a}x {sign} {abs(b)} = {c}$.",
        answer=sympy.Integer(x),
        steps=[f"${a}x = {c} {'-' if b >= 0 else '+'} {abs(b)} = {c - b}$.",
               f"$x = \\frac{{{c - b}}}{{{a}}} = {x}$."],
        code=program(f"x = sympy.Symbol('x')\nreturn sympy.solve({a}*x + {b} - {c}, x)[0]",
                     "import sympy"),
        params={"a": a, "b": b, "c": c},
        lean=lean.theorem(f"linear_{a}_{b}_{c}",
                          f"∀ x : Int, {lean.int_(a)} * x + {lean.int_(b)} = {lean.int_(c)} ↔ "
                          f"x = {lean.int_(x)}", "by omega"),
    )
