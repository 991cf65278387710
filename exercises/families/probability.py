"""Probability families: dice, coins, cards, sampling with and without replacement, the
binomial distribution and expected value.

Answers are exact fractions (SymPy Rationals) from the formulas a textbook uses
(convolution of dice distributions, binomial and hypergeometric counts, complements);
the verifiers enumerate the equally likely outcomes with ``itertools`` or, for the
binomial distribution, run a trial-by-trial dynamic programme over Fractions.
"""

from __future__ import annotations

import math
import random
from fractions import Fraction
from itertools import combinations, permutations, product

import sympy as sp

from exercises.families._sympy_kit import check, fraction, program, statement
from exercises.family import Check, Problem, family

ENUMERATION_CAP = 20_000
SUITS = "SHDC"  # spades, hearts, diamonds, clubs
RANKS = "A23456789TJQK"
DECK = [r + s for s in SUITS for r in RANKS]


def _q(value: Fraction) -> sp.Rational:
    return fraction(value)


def _ratio(favourable: int, total: int) -> tuple[sp.Rational, str]:
    """The probability and the LaTeX of 'favourable/total = value'."""
    value = sp.Rational(favourable, total)
    return value, f"\\frac{{{favourable}}}{{{total}}} = {sp.latex(value)}"


def _compare(op: str, a: int, b: int) -> bool:
    return {"=": a == b, ">=": a >= b, "<=": a <= b}[op]


OP_WORDS = {"=": "exactly", ">=": "at least", "<=": "at most"}


# --- dice ----------------------------------------------------------------------------


def _verify_enumeration(problem: Problem) -> list[Check]:
    """Enumerate every equally likely outcome and count the favourable ones."""
    p = problem.params
    kind = p["kind"]
    if kind == "dice":
        outcomes = list(product(range(1, 7), repeat=p["dice"]))
        good = [o for o in outcomes if _compare(p["op"], sum(o), p["target"])]
    elif kind == "six":
        outcomes = list(product(range(1, 7), repeat=p["dice"]))
        good = [o for o in outcomes if 6 in o]
    elif kind == "coins":
        outcomes = list(product("HT", repeat=p["flips"]))
        good = [o for o in outcomes if _compare(p["op"], o.count("H"), p["heads"])]
    elif kind == "cards":
        outcomes = list(permutations(DECK, 2))
        good = [o for o in outcomes if CARD_EVENTS[p["event"]][1](*o)]
    else:  # an urn of labelled balls
        balls = [colour for colour, n in enumerate(p["urn"]) for _ in range(n)]
        draws = (product(balls, repeat=p["draws"]) if p["replace"]
                 else combinations(balls, p["draws"]))
        outcomes = list(draws)
        good = [o for o in outcomes if o.count(0) == p["red"]]
    value = sp.Rational(len(good), len(outcomes))
    return [check("enumerate all equally likely outcomes", value == problem.answer,
                  f"{len(good)}/{len(outcomes)}")]


def _sum_distribution(dice: int) -> list[int]:
    """Ways to roll each total with ``dice`` dice, by convolving one die at a time."""
    ways = [1]
    for _ in range(dice):
        ways = [sum(ways[t - f] for f in range(1, 7) if 0 <= t - f < len(ways))
                for t in range(len(ways) + 6)]
    return ways


@family("probability.dice", verify=_verify_enumeration)
def dice(rng: random.Random, difficulty: int) -> Problem:
    """Probabilities for sums of fair dice, or of at least one six."""
    count = 2 if difficulty <= 2 else 3 if difficulty <= 4 else 4
    if rng.random() < 0.25:
        answer = 1 - sp.Rational(5, 6) ** count
        text, latex = statement(
            rng, ["{n} fair dice are rolled. What is the probability of at least one six?",
                  "Find the probability that at least one of {n} fair dice shows a six."],
            n=sp.Integer(count))
        steps = [f"Complement: no six on any die has probability $(\\frac{{5}}{{6}})^{{{count}}}$.",
                 f"So $P = 1 - (\\frac{{5}}{{6}})^{{{count}}} = {sp.latex(answer)}$."]
        params = {"kind": "six", "dice": count}
        code = program(
            """
            from fractions import Fraction


            def solve():
                return 1 - Fraction(5, 6) ** {n}  # complement of 'no six'
            """,
            n=count)
        return Problem(text, latex, answer, steps, code, params)
    op = rng.choice(["=", ">=", "<="])
    target = rng.randint(count + 1, 6 * count - 1)
    ways = _sum_distribution(count)
    favourable = sum(w for total, w in enumerate(ways) if _compare(op, total, target))
    answer, shown = _ratio(favourable, 6**count)
    text, latex = statement(
        rng, ["{n} fair dice are rolled. What is the probability that the total is {op} {t}?",
              "Find the probability that the sum of {n} fair six-sided dice is {op} {t}.",
              "Roll {n} fair dice. Compute P(sum {op} {t})."],
        n=sp.Integer(count), op=OP_WORDS[op], t=sp.Integer(target))
    steps = [f"There are $6^{{{count}}} = {6**count}$ equally likely outcomes.",
             (f"Count the totals {OP_WORDS[op]} {target} (convolving the distribution of one "
             f"die {count} times): {favourable} outcomes."),
             f"$P = {shown}$."]
    code = program(
        """
        from fractions import Fraction
        from itertools import product


        def solve():
            n, op, target = {n}, {op}, {target}
            test = dict((("=", lambda s: s == target), (">=", lambda s: s >= target),
                         ("<=", lambda s: s <= target)))[op]
            rolls = list(product(range(1, 7), repeat=n))
            return Fraction(sum(test(sum(r)) for r in rolls), len(rolls))
        """,
        n=count, op=op, target=target)
    return Problem(text, latex, answer, steps, code,
                   {"kind": "dice", "dice": count, "op": op, "target": target})


@family("probability.coins", verify=_verify_enumeration)
def coins(rng: random.Random, difficulty: int) -> Problem:
    """Probability of exactly / at least / at most k heads in n fair coin flips."""
    n = rng.randint(3, 4 + 2 * difficulty)
    n = min(n, 13)
    op = "=" if difficulty == 1 else rng.choice(["=", ">=", "<="])
    k = rng.randint(1, n - 1)
    favourable = sum(math.comb(n, j) for j in range(n + 1) if _compare(op, j, k))
    answer, shown = _ratio(favourable, 2**n)
    text, latex = statement(
        rng, ["A fair coin is flipped {n} times. What is the probability of {op} {k} heads?",
              "Find the probability of getting {op} {k} heads in {n} tosses of a fair coin.",
              ("Toss a fair coin {n} times. Compute the probability that {op} {k} tosses "
              "land heads.")],
        n=sp.Integer(n), op=OP_WORDS[op], k=sp.Integer(k))
    js = [j for j in range(n + 1) if _compare(op, j, k)]
    steps = [f"Each of the $2^{{{n}}} = {2**n}$ sequences is equally likely.",
             (f"Sequences with $j$ heads: $\\binom{{{n}}}{{j}}$; sum over $j \\in \\{{"
             f"{', '.join(map(str, js))}\\}}$: {favourable}."),
             f"$P = {shown}$."]
    code = program(
        """
        import math
        from fractions import Fraction


        def solve():
            n, op, k = {n}, {op}, {k}
            keep = dict((("=", lambda j: j == k), (">=", lambda j: j >= k),
                         ("<=", lambda j: j <= k)))[op]
            return Fraction(sum(math.comb(n, j) for j in range(n + 1) if keep(j)), 2**n)
        """,
        n=n, op=op, k=k)
    return Problem(text, latex, answer, steps, code,
                   {"kind": "coins", "flips": n, "op": op, "heads": k})


# --- cards ---------------------------------------------------------------------------

# name -> (description, predicate on an ordered pair of cards, favourable ordered pairs)
CARD_EVENTS = {
    "both_hearts": ("both cards are hearts", lambda a, b: a[1] == b[1] == "H", 13 * 12),
    "both_aces": ("both cards are aces", lambda a, b: a[0] == b[0] == "A", 4 * 3),
    "ace_king": ("one card is an ace and the other a king",
                 lambda a, b: {a[0], b[0]} == {"A", "K"}, 2 * 4 * 4),
    "same_suit": ("the two cards have the same suit", lambda a, b: a[1] == b[1], 52 * 12),
    "same_rank": ("the two cards have the same rank", lambda a, b: a[0] == b[0], 52 * 3),
    "some_heart": ("at least one card is a heart", lambda a, b: "H" in (a[1], b[1]),
                   52 * 51 - 39 * 38),
    "both_red": ("both cards are red", lambda a, b: a[1] in "HD" and b[1] in "HD", 26 * 25),
    "faces": ("both cards are face cards (J, Q, K)",
              lambda a, b: a[0] in "JQK" and b[0] in "JQK", 12 * 11),
    "heart_then_spade": ("the first card is a heart and the second a spade",
                         lambda a, b: a[1] == "H" and b[1] == "S", 13 * 13),
}


@family("probability.cards", verify=_verify_enumeration)
def cards(rng: random.Random, difficulty: int) -> Problem:
    """Two cards drawn without replacement from a standard 52-card deck."""
    names = list(CARD_EVENTS)[: 3 + 2 * difficulty]
    event = rng.choice(names)
    description, _, favourable = CARD_EVENTS[event]
    answer, shown = _ratio(favourable, 52 * 51)
    text, latex = statement(
        rng, [("Two cards are drawn without replacement from a standard {d}-card deck. "
               "What is the probability that {e}?"),
              ("From a well-shuffled deck of {d} cards, two are dealt. Find the probability "
               "that {e}."),
              ("Draw two cards from a standard {d}-card deck without replacement. "
               "Compute P({e}).")],
        e=description, d=sp.Integer(52))
    steps = ["Count ordered draws: $52 \\times 51 = 2652$ equally likely.",
             f"Ordered draws where {description}: {favourable}.",
             f"$P = {shown}$."]
    code = program(
        """
        from fractions import Fraction
        from itertools import permutations


        def solve():
            deck = [rank + suit for suit in "SHDC" for rank in "A23456789TJQK"]
            event = {event}
            tests = dict(
                both_hearts=lambda a, b: a[1] == b[1] == "H",
                both_aces=lambda a, b: a[0] == b[0] == "A",
                ace_king=lambda a, b: set((a[0], b[0])) == set("AK"),
                same_suit=lambda a, b: a[1] == b[1],
                same_rank=lambda a, b: a[0] == b[0],
                some_heart=lambda a, b: "H" in (a[1], b[1]),
                both_red=lambda a, b: a[1] in "HD" and b[1] in "HD",
                faces=lambda a, b: a[0] in "JQK" and b[0] in "JQK",
                heart_then_spade=lambda a, b: a[1] == "H" and b[1] == "S",
            )
            draws = list(permutations(deck, 2))
            return Fraction(sum(tests[event](a, b) for a, b in draws), len(draws))
        """,
        event=event)
    return Problem(text, latex, answer, steps, code, {"kind": "cards", "event": event})


# --- urns ----------------------------------------------------------------------------

COLOURS = ["red", "blue", "green"]


def _urn(rng: random.Random, difficulty: int, replace: bool) -> tuple[list[int], int, int]:
    """Ball counts per colour (red first), number of draws, wanted number of reds."""
    urn = [rng.randint(2, 3 + difficulty) for _ in range(2 + (difficulty >= 3))]
    draws = rng.randint(2, 2 + difficulty // 2)
    size = sum(urn)

    def too_many() -> bool:
        return (size**draws if replace else math.comb(size, draws)) > ENUMERATION_CAP

    while too_many():
        draws -= 1
    red = rng.randint(0, min(draws, urn[0]))
    return urn, draws, red


def _urn_text(urn: list[int]) -> str:
    return ", ".join(f"{n} {c}" for n, c in zip(urn, COLOURS))


def _urn_program(urn: list[int], draws: int, red: int, replace: bool) -> str:
    return program(
        """
        import math
        from fractions import Fraction


        def solve():
            urn, draws, red, replace = {urn}, {draws}, {red}, {replace}
            total = sum(urn)
            if replace:  # binomial: each draw is red with probability urn[0]/total
                p = Fraction(urn[0], total)
                return math.comb(draws, red) * p**red * (1 - p) ** (draws - red)
            # hypergeometric: choose the reds and the others
            return Fraction(math.comb(urn[0], red) * math.comb(total - urn[0], draws - red),
                            math.comb(total, draws))
        """,
        urn=urn, draws=draws, red=red, replace=replace)


@family("probability.sampling_with_replacement", verify=_verify_enumeration)
def sampling_with_replacement(rng: random.Random, difficulty: int) -> Problem:
    """Draws from an urn with replacement: probability of exactly j red balls."""
    urn, draws, red = _urn(rng, difficulty, True)
    total = sum(urn)
    p = Fraction(urn[0], total)
    answer = _q(math.comb(draws, red) * p**red * (1 - p) ** (draws - red))
    text, latex = statement(
        rng, [("An urn holds {urn} balls. {k} balls are drawn with replacement. What is the "
              "probability that exactly {j} are red?"),
              ("A bag contains {urn} marbles. We draw {k} times, returning the marble each time. "
              "Find the probability of exactly {j} red draws.")],
        urn=_urn_text(urn), k=sp.Integer(draws), j=sp.Integer(red))
    steps = [f"Each draw is red with probability $\\frac{{{urn[0]}}}{{{total}}}$, independently.",
             (f"$P = \\binom{{{draws}}}{{{red}}} "
              f"\\left(\\frac{{{urn[0]}}}{{{total}}}\\right)^{{{red}}}"
             f" \\left(\\frac{{{total - urn[0]}}}{{{total}}}\\right)^{{{draws - red}}} = "
             f"{sp.latex(answer)}$.")]
    params = {"kind": "urn", "urn": urn, "draws": draws, "red": red, "replace": True}
    return Problem(text, latex, answer, steps, _urn_program(urn, draws, red, True), params)


@family("probability.sampling_without_replacement", verify=_verify_enumeration)
def sampling_without_replacement(rng: random.Random, difficulty: int) -> Problem:
    """Draws from an urn without replacement (hypergeometric): exactly j red balls."""
    urn, draws, red = _urn(rng, difficulty, False)
    total = sum(urn)
    favourable = math.comb(urn[0], red) * math.comb(total - urn[0], draws - red)
    answer, shown = _ratio(favourable, math.comb(total, draws))
    text, latex = statement(
        rng, [("An urn holds {urn} balls. {k} balls are drawn without replacement. What is "
              "the probability that exactly {j} are red?"),
              ("A box has {urn} balls. {k} are taken out at once. Find the probability that "
              "exactly {j} of them are red.")],
        urn=_urn_text(urn), k=sp.Integer(draws), j=sp.Integer(red))
    steps = [(f"All $\\binom{{{total}}}{{{draws}}} = {math.comb(total, draws)}$ selections are "
             "equally likely."),
             (f"Favourable: $\\binom{{{urn[0]}}}{{{red}}}"
              f"\\binom{{{total - urn[0]}}}{{{draws - red}}}"
             f" = {favourable}$."),
             f"$P = {shown}$."]
    params = {"kind": "urn", "urn": urn, "draws": draws, "red": red, "replace": False}
    return Problem(text, latex, answer, steps, _urn_program(urn, draws, red, False), params)


# --- binomial distribution -------------------------------------------------------------


def _verify_binomial(problem: Problem) -> list[Check]:
    """Build the distribution of the number of successes trial by trial (dynamic programme)."""
    n, op, k = problem.params["n"], problem.params["op"], problem.params["k"]
    p = Fraction(*problem.params["p"])
    dist = [Fraction(1)]
    for _ in range(n):
        dist = [(dist[j] if j < len(dist) else 0) * (1 - p) + (dist[j - 1] * p if j else 0)
                for j in range(len(dist) + 1)]
    value = sum((q for j, q in enumerate(dist) if _compare(op, j, k)), Fraction(0))
    return [check("trial-by-trial dynamic programme over Fractions",
                  _q(value) == problem.answer, f"DP gives {value}")]


CONTEXTS = [
    ("A basketball player makes each free throw with probability {p}. In {n} attempts, "
    "what is the probability of {op} {k} successes?"),
    ("Each item from a machine is defective with probability {p}, independently. In a batch "
    "of {n}, find the probability that {op} {k} are defective."),
    "X ~ Binomial(n = {n}, p = {p}). Compute P(X {sym} {k}).",
    ("A quiz has {n} questions; a student answers each correctly with probability {p}. "
    "What is the probability of {op} {k} correct answers?"),
]


@family("probability.binomial", verify=_verify_binomial)
def binomial(rng: random.Random, difficulty: int) -> Problem:
    """P(X = k), P(X >= k) or P(X <= k) for a binomial random variable."""
    n = rng.randint(3, 3 + 2 * difficulty)
    denominator = rng.randint(2, 2 + difficulty)
    p = Fraction(rng.randint(1, denominator - 1), denominator)
    op = "=" if difficulty <= 2 else rng.choice(["=", ">=", "<="])
    k = rng.randint(1, n - 1)
    js = [j for j in range(n + 1) if _compare(op, j, k)]
    value = sum(math.comb(n, j) * p**j * (1 - p) ** (n - j) for j in js)
    answer = _q(value)
    ps = sp.Rational(p.numerator, p.denominator)
    symbol = {"=": "=", ">=": r"\ge", "<=": r"\le"}[op]
    text, latex = statement(rng, CONTEXTS, p=ps, n=sp.Integer(n), op=OP_WORDS[op],
                            k=sp.Integer(k), sym=(op, f"${symbol}$"))
    steps = ["$P(X = j) = \\binom{n}{j} p^j (1-p)^{n-j}$.",
             (f"Sum over $j \\in \\{{{', '.join(map(str, js))}\\}}$ with $n = {n}$, "
             f"$p = {sp.latex(ps)}$."),
             f"$P = {sp.latex(answer)}$."]
    code = program(
        """
        import math
        from fractions import Fraction


        def solve():
            n, p, op, k = {n}, Fraction({num}, {den}), {op}, {k}
            keep = dict((("=", lambda j: j == k), (">=", lambda j: j >= k),
                         ("<=", lambda j: j <= k)))[op]
            return sum(math.comb(n, j) * p**j * (1 - p) ** (n - j)
                       for j in range(n + 1) if keep(j))
        """,
        n=n, num=p.numerator, den=p.denominator, op=op, k=k)
    params = {"n": n, "p": [p.numerator, p.denominator], "op": op, "k": k}
    return Problem(text, latex, answer, steps, code, params)


# --- expected value --------------------------------------------------------------------


def _verify_expectation(problem: Problem) -> list[Check]:
    """Average the payoff over every equally likely roll (enumeration)."""
    p = problem.params
    rolls = list(product(range(1, 7), repeat=p["dice"]))
    total = sum(p["win"] if sum(r) >= p["target"] else -p["lose"] for r in rolls)
    value = sp.Rational(total, len(rolls))
    return [check("average the payoff over all equally likely rolls", value == problem.answer,
                  f"enumeration gives {value}")]


@family("probability.expected_value", verify=_verify_expectation)
def expected_value(rng: random.Random, difficulty: int) -> Problem:
    """Expected winnings of a dice game: win w if the total reaches t, otherwise lose l."""
    count = 1 if difficulty <= 2 else 2 if difficulty <= 4 else 3
    target = rng.randint(count + 1, 6 * count)
    win, lose = rng.randint(1, 5 * difficulty + 5), rng.randint(1, 3 * difficulty + 2)
    ways = _sum_distribution(count)
    good = sum(ways[target:])
    chance = sp.Rational(good, 6**count)
    answer = win * chance - lose * (1 - chance)
    dice_text = "a fair die" if count == 1 else f"{count} fair dice"
    text, latex = statement(
        rng, [("You roll {d}. If the total is at least {t} you win {w} dollars; otherwise you "
              "lose {l} dollars. What are your expected winnings?"),
              ("A game: roll {d}; a total of {t} or more pays {w}, anything else costs {l}. "
              "Find the expected value of the game."),
              ("Compute the expected payoff when rolling {d} pays {w} for a total of at least "
              "{t} and -{l} otherwise.")],
        d=dice_text, t=sp.Integer(target), w=sp.Integer(win), l=sp.Integer(lose))
    steps = [(f"$P(\\text{{total}} \\ge {target}) = \\frac{{{good}}}{{{6**count}}} = "
             f"{sp.latex(chance)}$."),
             (f"$E = {win} \\cdot {sp.latex(chance)} - {lose} \\cdot {sp.latex(1 - chance)} "
             f"= {sp.latex(answer)}$.")]
    code = program(
        """
        from fractions import Fraction
        from itertools import product


        def solve():
            dice, target, win, lose = {dice}, {target}, {win}, {lose}
            rolls = list(product(range(1, 7), repeat=dice))
            chance = Fraction(sum(sum(r) >= target for r in rolls), len(rolls))
            return win * chance - lose * (1 - chance)
        """,
        dice=count, target=target, win=win, lose=lose)
    params = {"dice": count, "target": target, "win": win, "lose": lose}
    return Problem(text, latex, answer, steps, code, params, exports={"a": answer})
