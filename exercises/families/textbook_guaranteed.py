"""A posed family: the fewest cards drawn from a deck that guarantee a pattern (the pigeonhole
principle).

"A standard deck of 52 cards consists of 4 suits ... each containing 13 different values ... find
the smallest number of cards you would need to draw to be guaranteed having the specified cards.
(a) Three of a kind. (b) A flush of five cards. (c) Three cards that are either all the same suit
or all different suits." is read by :mod:`formalize.counting_setups` into ``{"suits": 4,
"values": 13, "k": 3, "want": "same_value"}`` (``same_suit``, ``suit_or_all_suits``). Dice and
coins are the last pattern with kinds for suits and no limit to each kind ("How many dice would you
have to roll before you were guaranteed that some four of them would all match or all be
different?": ``{"suits": 6, "values": None, "k": 4, "want": "suit_or_all_suits"}``).

The answer is one more than the largest hand without the pattern: k - 1 cards of each value
(values (k - 1) + 1), k - 1 of each suit (suits (k - 1) + 1), or, for k cards all of one suit or
all of different suits, k - 1 suits with k - 1 cards each (a k-th suit gives k different suits):
(k - 1)^2 + 1. The check builds that largest hand and inspects it, and on a deck shrunk to at
most 4 suits and 5 values searches every hand (depth first, a hand with the pattern cut off, as
the pattern stays once there) for the largest without the pattern: one more than it must be the
formula's count for the shrunken deck.
"""

from __future__ import annotations

import itertools
import random
from collections import Counter
from typing import Any

import sympy

from exercises.families.textbook import WORDINGS
from exercises.families.textbook_counting import _code
from exercises.family import Check, Problem, family

ASKED = {"same_value": "{k} cards of the same value",
         "same_suit": "{k} cards of the same suit",
         "suit_or_all_suits": "{k} cards all of the same suit or all of different suits"}
SHRUNK = (4, 5)  # the most suits and values of the deck searched hand by hand


def fewest_cards(suits: int, values: int, k: int, want: str) -> sympy.Integer:
    """One more than the largest hand avoiding the pattern (the pigeonhole principle)."""
    if want == "same_value":
        return sympy.Integer(values * (k - 1) + 1)
    if want == "same_suit":
        return sympy.Integer(suits * (k - 1) + 1)
    return sympy.Integer((k - 1) ** 2 + 1)


def _possible(suits: int, values: int | None, k: int, want: str) -> bool:
    """The whole deck holds the pattern: k cards of a value need k suits, k of a suit k values,
    k different suits k suits (``values`` None: no limit to a suit's cards)."""
    if k < 2 or (values is None and want != "suit_or_all_suits"):
        return False
    values = k if values is None else values
    return k <= {"same_value": suits, "same_suit": values, "suit_or_all_suits": min(
        suits, values + 1)}[want]


def _has(hand: list[tuple[int, int]], k: int, want: str) -> bool:
    """Does the hand of (suit, value) cards hold the pattern?"""
    by_suit = Counter(suit for suit, _ in hand)
    if want == "same_value":
        return max(Counter(value for _, value in hand).values(), default=0) >= k
    if want == "same_suit":
        return max(by_suit.values(), default=0) >= k
    return max(by_suit.values(), default=0) >= k or len(by_suit) >= k


def _largest_hand(suits: int, values: int, k: int, want: str) -> list[tuple[int, int]]:
    """The hand the formula says is largest without the pattern, built card by card."""
    if want == "same_value":
        return [(suit, value) for value in range(values) for suit in range(k - 1)]
    if want == "same_suit":
        return [(suit, value) for suit in range(suits) for value in range(k - 1)]
    return [(suit, value) for suit in range(k - 1) for value in range(k - 1)]


def _searched(suits: int, values: int, k: int, want: str) -> int:
    """The largest hand without the pattern, by a depth-first search over every hand."""
    deck = list(itertools.product(range(suits), range(values)))
    best = 0

    def extend(at: int, hand: list[tuple[int, int]]) -> None:
        nonlocal best
        best = max(best, len(hand))
        if len(hand) + len(deck) - at <= best:
            return  # the cards left cannot make a larger hand
        for i in range(at, len(deck)):
            hand.append(deck[i])
            if not _has(hand, k, want):
                extend(i + 1, hand)
            hand.pop()

    extend(0, [])
    return best


def _verify(problem: Problem) -> list[Check]:
    suits, values, k, want = (problem.params[key] for key in ("suits", "values", "k", "want"))
    values = k if values is None else values  # no limit: k of a kind hold the pattern
    hand = _largest_hand(suits, values, k, want)
    built = (len(set(hand)) == len(hand) == int(problem.answer) - 1
             and all(0 <= s < suits and 0 <= v < values for s, v in hand)
             and not _has(hand, k, want))
    small = (min(suits, SHRUNK[0]), min(values, SHRUNK[1]))
    searched = (not _possible(*small, k, want)
                or _searched(*small, k, want) + 1 == fewest_cards(*small, k, want))
    return [Check("the largest hand without the pattern built: one card fewer than the answer",
                  built, str(len(hand))),
            Check(f"every hand of a {small[0]}-suit, {small[1]}-value deck searched: the largest "
                  "without the pattern, plus one, is the formula's count", searched)]


def _pose(params: dict[str, Any]) -> Problem:
    """``params``: ``suits``, ``values`` (the deck: each value once in each suit), ``k`` and
    ``want`` (a key of :data:`ASKED`)."""
    suits, k, want = int(params["suits"]), int(params["k"]), params["want"]
    values = None if params["values"] is None else int(params["values"])
    if want not in ASKED or not _possible(suits, values, k, want):
        raise ValueError("a pattern the deck can hold")
    answer = fewest_cards(suits, values, k, want)
    pattern = ASKED[want].format(k=k)
    if values is None:
        pattern = pattern.replace("cards", "items").replace("suit", "kind")
    statement = [("Items come in {s} kinds, as many of each as wanted. What is the fewest number "
                  "of items you must take to be sure of {p}?"),
                 ("Taking items of {s} kinds (any number of each kind), how many must be taken to "
                  "guarantee {p}?"),
                 ("Items of {s} kinds are taken, with no limit to any kind. Find the smallest "
                  "number that guarantees {p}.")][
        params.get("template", 0) % WORDINGS].format(s=suits, p=pattern) if values is None else [("A deck has {s} suits of {v} values each ({n} cards). What is the fewest number "
                  "of cards you must draw to be sure of {p}?"),
                 ("From a deck of {n} cards ({s} suits, each with {v} values), how many cards must "
                  "be drawn to guarantee {p}?"),
                 ("Cards are drawn from a deck of {s} suits and {v} values ({n} cards). Find the "
                  "smallest number that guarantees {p}.")][
        params.get("template", 0) % WORDINGS].format(s=suits, v=values, n=suits * values,
                                                     p=pattern)
    suit = "kind" if values is None else "suit"
    largest = answer - 1
    steps = [{"same_value": f"Avoiding it: at most ${k - 1}$ cards of each of the ${values}$ "
                            f"values, ${largest}$ cards.",
              "same_suit": f"Avoiding it: at most ${k - 1}$ cards of each of the ${suits}$ suits, "
                           f"${largest}$ cards.",
              "suit_or_all_suits": f"Avoiding it: at most ${k - 1}$ {suit}s (a ${k}$th gives ${k}$ "
                                   f"different {suit}s), at most ${k - 1}$ of each: "
                                   f"${largest}$."}[want],
             f"One more card forces it (the pigeonhole principle): ${answer}$."]
    return Problem(statement=statement, statement_latex=statement, answer=answer, steps=steps,
                   code=_code(fewest_cards, {"suits": suits, "values": values, "k": k,
                                             "want": want}),
                   params={**params, "suits": suits, "values": values, "k": k})


def dice_or_coins(kinds: int, k: int) -> dict[str, Any]:
    """The parameters for k items all alike or all different among ``kinds`` kinds, any number
    of each (dice: their faces; coins: their denominations)."""
    return {"suits": kinds, "values": None, "k": k, "want": "suit_or_all_suits"}


def vary(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Another pattern size or deck for the same question."""
    while True:
        new = {**params, "k": max(2, params["k"] + rng.choice([-1, 1, 2]))}
        if params["values"] is None:
            new["suits"] = max(2, params["suits"] + rng.choice([-1, 0, 1, 2]))
        else:
            new["values"] = max(2, params["values"] + rng.choice([-3, -1, 0, 1, 3]))
        if new != params and _possible(new["suits"], new["values"], new["k"], new["want"]):
            return new


@family("counting.guaranteed_draws", verify=_verify, pose=_pose)
def guaranteed_draws(rng: random.Random, difficulty: int) -> Problem:
    """The fewest cards that guarantee k of a value, k of a suit, or k of one suit or all suits."""
    want = rng.choice(sorted(ASKED))
    while True:
        suits, values, k = rng.randint(3, 4 + difficulty), rng.randint(4, 13), rng.randint(2, 5)
        if _possible(suits, values, k, want):
            return _pose({"suits": suits, "values": values, "k": k, "want": want,
                          "template": rng.randrange(WORDINGS)})


REDRAW = {"counting.guaranteed_draws": vary}
