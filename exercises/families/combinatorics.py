"""Counting families: the product rule, permutations, combinations, binomial coefficients and
arrangements with repetition.

Answers come from the closed formulas (what a student writes); the verifiers count by
brute force with ``itertools`` (sizes are capped so that enumeration stays under a few
thousand objects) or, for expansions, multiply polynomials out from scratch.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from itertools import combinations, permutations, product

import sympy as sp

from exercises.families._sympy_kit import check, nonzero, program, statement
from exercises.family import Check, Problem, family

ENUMERATION_CAP = 20_000  # largest count the brute-force checks enumerate

# Contexts for the product rule: (what is chosen, [(category, item noun), ...]).
CHOICES = [
    ("meal", [("starters", "starter"), ("main courses", "main course"),
              ("desserts", "dessert"), ("drinks", "drink")]),
    ("outfit", [("shirts", "shirt"), ("pairs of trousers", "pair of trousers"),
                ("pairs of shoes", "pair of shoes"), ("hats", "hat")]),
    ("car configuration", [("colours", "colour"), ("engines", "engine"),
                           ("interiors", "interior"), ("wheel designs", "wheel design")]),
]


def _int(value: int) -> sp.Integer:
    return sp.Integer(value)


def _verify_count(problem: Problem) -> list[Check]:
    """Enumerate the objects with itertools and count them."""
    p = problem.params
    kind = p["kind"]
    if kind == "product":
        count = sum(1 for _ in product(*(range(n) for n in p["sizes"])))
    elif kind == "permutations":
        count = sum(1 for _ in permutations(range(p["n"]), p["k"]))
    elif kind == "combinations":
        women = set(range(p["women"]))
        count = sum(1 for c in combinations(range(p["men"] + p["women"]), p["k"])
                    if p["exactly"] is None or len(women & set(c)) == p["exactly"])
    elif kind == "word" and len(p["word"]) > 7:  # too many orders to list: place letters
        count, free = 1, len(p["word"])
        for letter_count in Counter(p["word"]).values():
            count, free = count * math.comb(free, letter_count), free - letter_count
        return [check("choose the positions of each letter in turn (product of binomials)",
                      count == problem.answer, f"counted {count}")]
    elif kind == "word":
        count = len(set(permutations(p["word"])))
    else:  # strings over an alphabet, repetition allowed
        count = sum(1 for _ in product(range(p["n"]), repeat=p["k"]))
    return [check("brute-force enumeration with itertools", count == problem.answer,
                  f"enumerated {count}")]


def _count_problem(
    text: str, latex: str, answer: int, steps: list[str], code: str, params: dict
) -> Problem:
    return Problem(text, latex, _int(answer), steps, code, params)


@family("combinatorics.counting_product", verify=_verify_count)
def counting_product(rng: random.Random, difficulty: int) -> Problem:
    """The multiplication principle: independent choices from several categories."""
    thing, categories = rng.choice(CHOICES)
    count = min(4, 2 + difficulty // 2)
    chosen = categories[:count]
    sizes = [rng.randint(2, 3 + 2 * difficulty) for _ in chosen]
    while math.prod(sizes) > ENUMERATION_CAP:
        sizes[sizes.index(max(sizes))] -= 1
    answer = math.prod(sizes)
    listing = (", ".join(f"{n} {plural}" for n, (plural, _) in zip(sizes, chosen)),
               ", ".join(f"${n}$ {plural}" for n, (plural, _) in zip(sizes, chosen)))
    one_each = ", one ".join(single for _, single in chosen)
    text, latex = statement(
        rng, ["There are {listing}. How many different {thing}s consist of one {each}?",
              ("A {thing} is made of one {each}, chosen from {listing}. How many {thing}s "
              "are possible?"),
              "Count the possible {thing}s when choosing one {each} from {listing}."],
        listing=listing, thing=thing, each=one_each,
    )
    times = " \\times ".join(map(str, sizes))
    steps = ["The choices are independent, so multiply (the multiplication principle).",
             f"${times} = {answer}$."]
    code = program(
        """
        import math


        def solve():
            return math.prod({sizes})  # one choice from each category
        """,
        sizes=sizes,
    )
    return _count_problem(text, latex, answer, steps, code, {"kind": "product", "sizes": sizes})


@family("combinatorics.permutations", verify=_verify_count)
def permutations_family(rng: random.Random, difficulty: int) -> Problem:
    """Ordered selections without repetition: P(n, k) = n!/(n-k)!."""
    n = rng.randint(3, 4 + difficulty)
    k = rng.randint(2, n)
    while math.perm(n, k) > ENUMERATION_CAP:
        k -= 1
    answer = math.perm(n, k)
    text, latex = statement(
        rng, ["In how many ways can {k} of {n} runners finish in first, second, ... places?",
              "How many ways are there to arrange {k} of {n} different books in a row on a shelf?",
              ("A club of {n} members elects {k} distinct officers (president, secretary, ...). "
              "In how many ways can this be done?"),
              "How many {k}-letter codes with no repeated letter can be made from {n} letters?"],
        n=_int(n), k=_int(k),
    )
    factors = " \\times ".join(str(n - i) for i in range(k))
    steps = ["Order matters and nothing repeats: $P(n, k) = \\frac{n!}{(n-k)!}$.",
             f"$P({n}, {k}) = {factors} = {answer}$."]
    code = program(
        """
        import math


        def solve():
            return math.perm({n}, {k})
        """,
        n=n, k=k,
    )
    return _count_problem(text, latex, answer, steps, code,
                          {"kind": "permutations", "n": n, "k": k})


@family("combinatorics.combinations", verify=_verify_count)
def combinations_family(rng: random.Random, difficulty: int) -> Problem:
    """Unordered selections: committees, with an 'exactly j women' condition when harder."""
    men, women = rng.randint(2, 3 + difficulty), rng.randint(2, 3 + difficulty)
    k = rng.randint(2, min(men + women - 1, 2 + difficulty))
    while math.comb(men + women, k) > ENUMERATION_CAP:
        k -= 1
    exactly = rng.randint(max(0, k - men), min(k, women)) if difficulty >= 3 else None
    if exactly is None:
        answer = math.comb(men + women, k)
        text, latex = statement(
            rng, ["How many committees of {k} can be chosen from {n} people?",
                  "In how many ways can {k} people be selected from a group of {n}?",
                  "Compute the number of {k}-element subsets of a {n}-element set."],
            k=_int(k), n=_int(men + women),
        )
        steps = ["Order does not matter: $\\binom{n}{k} = \\frac{n!}{k!(n-k)!}$.",
                 f"$\\binom{{{men + women}}}{{{k}}} = {answer}$."]
    else:
        answer = math.comb(women, exactly) * math.comb(men, k - exactly)
        text, latex = statement(
            rng, [("A committee of {k} is chosen from {m} men and {w} women. How many committees "
                  "contain exactly {j} women?"),
                  "From {w} women and {m} men, how many groups of {k} have exactly {j} women?"],
            k=_int(k), m=_int(men), w=_int(women), j=_int(exactly),
        )
        steps = [(f"Choose the women and the men separately: $\\binom{{{women}}}{{{exactly}}}"
                 f"\\binom{{{men}}}{{{k - exactly}}}$."),
                 (f"$= {math.comb(women, exactly)} \\times {math.comb(men, k - exactly)} = "
                 f"{answer}$.")]
    code = program(
        """
        import math


        def solve():
            men, women, k, exactly = {men}, {women}, {k}, {exactly}
            if exactly is None:
                return math.comb(men + women, k)
            return math.comb(women, exactly) * math.comb(men, k - exactly)
        """,
        men=men, women=women, k=k, exactly=exactly,
    )
    params = {"kind": "combinations", "men": men, "women": women, "k": k, "exactly": exactly}
    return _count_problem(text, latex, answer, steps, code, params)


def _verify_coefficient(problem: Problem) -> list[Check]:
    """Multiply (a x + b) out n times with coefficient lists and read off x**k."""
    a, b, n, k = (problem.params[v] for v in "abnk")
    coeffs = [1]
    for _ in range(n):
        coeffs = [(coeffs[i] if i < len(coeffs) else 0) * b
                  + (coeffs[i - 1] * a if i >= 1 else 0) for i in range(len(coeffs) + 1)]
    return [check("expand the power by repeated polynomial multiplication",
                  coeffs[k] == problem.answer, f"coefficient {coeffs[k]}")]


@family("combinatorics.binomial_coefficient", verify=_verify_coefficient)
def binomial_coefficient(rng: random.Random, difficulty: int) -> Problem:
    """The coefficient of x**k in (a x + b)**n, by the binomial theorem."""
    n = rng.randint(3, 4 + 2 * difficulty)
    k = rng.randint(1, n - 1)
    a = 1 if difficulty == 1 else nonzero(rng, 1 + difficulty // 2)
    b = nonzero(rng, 1 + difficulty // 2)
    x = sp.Symbol("x")
    power = (a * x + b) ** n
    answer = math.comb(n, k) * a**k * b ** (n - k)
    text, latex = statement(
        rng, ["Find the coefficient of {xk} in the expansion of {p}.",
              "What is the coefficient of {xk} in {p}?",
              "In the binomial expansion of {p}, compute the coefficient of {xk}."],
        xk=x**k, p=power,
    )
    steps = ["Binomial theorem: $(ax + b)^n = \\sum_{j} \\binom{n}{j} a^j b^{n-j} x^j$.",
             (f"Take $j = {k}$: $\\binom{{{n}}}{{{k}}} ({a})^{{{k}}} ({b})^{{{n - k}}} = "
             f"{math.comb(n, k)} \\cdot {a**k} \\cdot {b ** (n - k)} = {answer}$.")]
    code = program(
        """
        import math


        def solve():
            a, b, n, k = {a}, {b}, {n}, {k}
            return math.comb(n, k) * a**k * b ** (n - k)
        """,
        a=a, b=b, n=n, k=k,
    )
    return Problem(text, latex, _int(answer), steps, code, {"a": a, "b": b, "n": n, "k": k})


WORDS = ["LEVEL", "APPLE", "BANANA", "LETTER", "PEPPER", "ASSESS", "COOKIE", "BALLOON",
         "SUCCESS", "ADDRESS", "TATTOO", "REFERRER", "COMMITTEE", "MISSISSIPPI"]


@family("combinatorics.arrangements_repetition", verify=_verify_count)
def arrangements_repetition(rng: random.Random, difficulty: int) -> Problem:
    """Arrangements with repetition: letters of a word with repeats, or strings over an alphabet."""
    if rng.random() < 0.5:
        word = rng.choice(WORDS[: 4 + difficulty])
        counts = Counter(word)
        answer = math.factorial(len(word))
        for c in counts.values():
            answer //= math.factorial(c)
        text, latex = statement(
            rng, ["How many distinct arrangements of the letters of {w} are there?",
                  "In how many different ways can the letters of the word {w} be arranged?",
                  "Count the distinguishable permutations of the letters in {w}."],
            w=(word, f"$\\mathrm{{{word}}}$"),
        )
        repeats = " ".join(f"{letter}: {c}" for letter, c in sorted(counts.items()) if c > 1)
        denominator = " ".join(f"{c}!" for c in counts.values() if c > 1)
        steps = [f"{len(word)} letters with repeats ({repeats}).",
                 ("Divide $n!$ by the factorial of each letter's count: "
                 f"$\\frac{{{len(word)}!}}{{{denominator}}} = {answer}$.")]
        code = program(
            """
            import math
            from collections import Counter


            def solve():
                word = {word}
                total = math.factorial(len(word))
                for count in Counter(word).values():
                    total //= math.factorial(count)
                return total
            """,
            word=word,
        )
        params = {"kind": "word", "word": word}
    else:
        n, k = rng.randint(2, 4 + difficulty), rng.randint(2, 2 + difficulty // 2)
        while n**k > ENUMERATION_CAP:
            k -= 1
        answer = n**k
        text, latex = statement(
            rng, [("How many strings of length {k} can be formed from an alphabet of {n} "
                  "symbols if symbols may repeat?"),
                  ("A lock has {k} dials, each showing one of {n} symbols. How many settings "
                  "are there?"),
                  ("How many {k}-digit codes can be made with digits 1 to {n}, repetition "
                  "allowed?")],
            n=_int(n), k=_int(k),
        )
        steps = [f"Each of the {k} positions independently takes one of {n} values.",
                 f"${n}^{{{k}}} = {answer}$."]
        code = program(
            """
            def solve():
                return {n} ** {k}
            """,
            n=n, k=k,
        )
        params = {"kind": "strings", "n": n, "k": k}
    return _count_problem(text, latex, answer, steps, code, params)
