"""A posed family: the probability (or the size) of an event, perhaps given another, in a
finite experiment whose outcomes are equally likely.

:mod:`formalize.probability_words` reads "Suppose you roll two 6-sided dice with your eyes
closed. Your friend says, 'Hey look, at least one of your dice is a 4.' What is the probability
that you rolled a sum of 7?", the M&M's drawn from a bag, two cards drawn from a deck, two pets
each a cat or a dog, a shell game with three cups into ``{"space", "event", "given", "want"}``.

A space is dice (["dice", [sides, ...]]), coins (["coins", n]), a die and a coin (["die_coin",
sides]), pets (["pets", n]), draws from a bag (["bag", {colour: count}, k, ordered]), cards
(["deck", k], drawn one at a time) or cups (["cups", [[ball, ...], ...]]: a cup picked at random,
its balls seen in a random order). An event is ["at", i, values] (the i-th outcome, from 0, is
one of the values), ["any"] (every outcome), ["count", values, op, k] (how many outcomes are among the values, op one of
= >= <=), ["sum", op, t], ["same"], ["different"], or ["not", e], ["and", e, ...], ["or", e, ...].

The answer counts the equally likely outcomes (every die face, every ordered or unordered draw
of distinguishable balls) in exact rationals; the check walks the probability tree stage by
stage (a ball's colour with chance count/left, a die's face 1/sides) in Python fractions and
applies P(A | B) = P(A and B) / P(B), never listing the outcomes as equally likely.
"""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Iterator
from fractions import Fraction
from typing import Any

import sympy

from exercises.families.textbook import WORDINGS, worded
from exercises.families.textbook_counting import _code, _tex
from exercises.family import Check, Problem, family

LISTED_UP_TO = 200_000  # the most outcomes the answer lists
# A standard deck by what the book asks of a card: its colour and whether it is a face card.
DECK = {"red face": 6, "red other": 20, "black face": 6, "black other": 20}
FACE, RED = ["red face", "black face"], ["red face", "red other"]


def holds(event: list, outcome: tuple) -> bool:
    """Does the outcome (a tuple of stage results) belong to the event?"""
    name = event[0]
    if name == "any":  # the whole sample space
        return True
    if name == "at":
        return outcome[event[1]] in event[2]
    if name == "count":
        count = sum(1 for value in outcome if value in event[1])
        return {"=": count == event[3], ">=": count >= event[3], "<=": count <= event[3]}[event[2]]
    if name == "sum":
        total = sum(outcome)
        return {"=": total == event[2], ">=": total >= event[2], "<=": total <= event[2]}[event[1]]
    if name == "same":
        return len(set(outcome)) == 1
    if name == "different":
        return len(set(outcome)) == len(outcome)
    if name == "not":
        return not holds(event[1], outcome)
    tests = (holds(part, outcome) for part in event[1:])
    return all(tests) if name == "and" else any(tests)


def outcomes(space: list):
    """Every equally likely outcome: the balls of a bag or cup are told apart, so a colour
    drawn twice is two outcomes."""
    kind = space[0]
    if kind in ("bag", "deck"):
        bag, k, ordered = (space[1], space[2], space[3]) if kind == "bag" else (DECK, space[1], True)
        balls = [colour for colour, count in bag.items() for _ in range(count)]
        yield from (itertools.permutations if ordered else itertools.combinations)(balls, k)
    elif kind == "cups":
        for cup in space[1]:
            yield from itertools.permutations(cup)
    else:
        yield from itertools.product(*stages(space))


def stages(space: list) -> list:
    """The results of each stage of dice, coins, a die and a coin, or pets."""
    return {"dice": lambda: [range(1, s + 1) for s in space[1]],
            "coins": lambda: [("H", "T")] * space[1],
            "die_coin": lambda: [range(1, space[1] + 1), ("H", "T")],
            "pets": lambda: [("cat", "dog")] * space[1]}[space[0]]()


def event_ratio(space: list, event: list, given: list | None = None,
                want: str = "probability") -> sympy.Rational:
    """Outcomes in the event (and the condition) over outcomes in the condition (or all); or,
    for ``want`` "size", the number of outcomes in the event."""
    inside = both = 0
    for outcome in outcomes(space):
        if given is None or holds(given, outcome):
            inside += 1
            both += holds(event, outcome)
    if want == "outcomes":  # the event's outcomes listed, each a word of its flips: HHT
        return sympy.FiniteSet(*(sympy.Symbol("".join(o)) for o in outcomes(space)
                                 if holds(event, o)))
    if want == "independent":  # P(E and G) = P(E) P(G): |E and G| |S| = |E| |G|
        alone = sum(1 for outcome in outcomes(space) if holds(event, outcome))
        total = sum(1 for _ in outcomes(space))
        return sympy.true if both * total == alone * inside else sympy.false
    return sympy.Integer(both) if want == "size" else sympy.Rational(both, inside)


def _space_size(space: list[Any]) -> int:
    kind = space[0]
    if kind in ("bag", "deck"):
        bag, k, ordered = (space[1], space[2], space[3]) if kind == "bag" else (DECK, space[1], True)
        return (math.perm if ordered else math.comb)(sum(bag.values()), k)
    if kind == "cups":
        return sum(math.factorial(len(cup)) for cup in space[1])
    return {"dice": lambda: math.prod(space[1]), "coins": lambda: 2 ** space[1],
            "die_coin": lambda: 2 * space[1], "pets": lambda: 2 ** space[1]}[kind]()


def _tree(space: list[Any]) -> Iterator[tuple[tuple[Any, ...], Fraction]]:
    """The leaves of the probability tree with their chances, stage by stage: a ball's colour
    with chance (its count left)/(balls left); a die's face, a coin's side, a pet's kind evenly."""
    kind = space[0]

    def draws(left: dict[str, int], k: int, chance: Fraction, seen: tuple[str, ...]):
        if k == 0:
            yield seen, chance
            return
        total = sum(left.values())
        for colour, count in left.items():
            if count:
                yield from draws({**left, colour: count - 1}, k - 1,
                                 chance * Fraction(count, total), (*seen, colour))

    if kind in ("bag", "deck"):
        bag, k = (space[1], space[2]) if kind == "bag" else (DECK, space[1])
        yield from draws(dict(bag), k, Fraction(1), ())
    elif kind == "cups":
        for cup in space[1]:
            left: dict[str, int] = {}
            for ball in cup:
                left[ball] = left.get(ball, 0) + 1
            yield from draws(left, len(cup), Fraction(1, len(space[1])), ())
    else:
        def walk(left: list[Any], chance: Fraction, seen: tuple[Any, ...]):
            if not left:
                yield seen, chance
                return
            for result in left[0]:
                yield from walk(left[1:], chance / len(left[0]), (*seen, result))

        yield from walk(stages(space), Fraction(1), ())


def _verify(problem: Problem) -> list[Check]:
    p = problem.params
    given, event = p.get("given"), p["event"]
    chance_given = chance_both = Fraction(0)
    for outcome, chance in _tree(p["space"]):
        if given is None or holds(given, outcome):
            chance_given += chance
            chance_both += chance if holds(event, outcome) else 0
    if p.get("want") == "independent":
        alone = sum((chance for outcome, chance in _tree(p["space"]) if holds(event, outcome)),
                    Fraction(0))
        independent = chance_both == alone * chance_given
        return [Check("walk the probability tree: P(A and B) against P(A) P(B)",
                      bool(problem.answer) == independent, str(independent))]
    if p.get("want") == "outcomes":
        leaves = {"".join(outcome) for outcome, _ in _tree(p["space"]) if holds(event, outcome)}
        return [Check("the leaves of the probability tree in the event",
                      problem.answer == sympy.FiniteSet(*map(sympy.Symbol, leaves)),
                      ", ".join(sorted(leaves)))]
    if p.get("want", "probability") == "size":
        value = chance_both * _space_size(p["space"])
        how = "walk the probability tree, times the number of outcomes"
    else:
        value = chance_both / chance_given
        how = "walk the probability tree stage by stage" + (
            ", then P(A | B) = P(A and B)/P(B)" if given else "")
    return [Check(how, problem.answer == sympy.Rational(value.numerator, value.denominator),
                  str(value))]


def _ordinal(i: int) -> str:
    return ["first", "second", "third", "fourth", "fifth"][i] if i < 5 else f"{i + 1}th"


def _values(values: list[Any]) -> str:
    named = {tuple(sorted(FACE)): "a face card", tuple(sorted(RED)): "red"}
    return named.get(tuple(sorted(map(str, values))), " or ".join(str(v) for v in values))


def _space_phrase(space: list[Any]) -> tuple[str, str]:
    """What is done, and what one result is called."""
    kind = space[0]
    if kind == "dice":
        dice = ", ".join(f"a fair {s}-sided die" for s in space[1])
        return f"you roll {dice}", "die"
    if kind == "coins":
        return f"you flip a fair coin {space[1]} times", "flip"
    if kind == "die_coin":
        return f"you roll a fair {space[1]}-sided die and flip a fair coin", "result"
    if kind == "pets":
        return f"someone has {space[1]} pets, each a cat or a dog with equal chance", "pet"
    if kind == "deck":
        return f"you draw {space[1]} cards one at a time from a standard deck of 52", "card"
    if kind == "cups":
        cups = "; ".join(" and ".join(cup) for cup in space[1])
        return (f"you pick one of {len(space[1])} cups at random (holding {cups}) and look at "
                "its balls in a random order"), "ball seen"
    bag = ", ".join(f"{count} {colour}" for colour, count in space[1].items())
    how = "one at a time" if space[3] else "at the same time"
    return f"you draw {space[2]} from a bag of {bag}, {how}", "draw"


def event_phrase(event: list[Any], unit: str) -> str:
    name = event[0]
    if name == "at":
        return f"the {_ordinal(event[1])} {unit} is {_values(event[2])}"
    if name == "count":
        op = {"=": "exactly", ">=": "at least", "<=": "at most"}[event[2]]
        return f"{op} {event[3]} of them {'is' if event[3] == 1 else 'are'} {_values(event[1])}"
    if name == "sum":
        op = {"=": "", ">=": "at least ", "<=": "at most "}[event[1]]
        return f"the sum is {op}{event[2]}"
    if name == "same":
        return "all show the same value"
    if name == "different":
        return "all show different values"
    if name == "not":
        return f"it is not so that {event_phrase(event[1], unit)}"
    return f" {name} ".join(f"({event_phrase(part, unit)})" for part in event[1:])


def _pose(params: dict[str, Any]) -> Problem:
    """``params``: ``space``, ``event``, ``given`` (an event, or absent), ``want``
    ("probability", the default; "size": the number of outcomes in the event; "independent":
    whether ``event`` and ``given`` are independent events; "outcomes": the event's outcomes
    listed, for coins, each as its flips in order, HHT)."""
    space, event, given = params["space"], params["event"], params.get("given")
    want = params.get("want", "probability")
    if _space_size(space) > LISTED_UP_TO:
        raise ValueError("too many outcomes to list")
    if want == "independent" and given is None:
        raise ValueError("independence of two events")
    if want == "outcomes" and (space[0] != "coins" or given is not None):
        raise ValueError("outcomes are listed for coins only, with no condition")
    if space[0] == "bag" and not space[3] and "at" in repr([event, given]):
        raise ValueError("an unordered draw has no first or second ball")
    answer = event_ratio(space, event, given, want)
    done, unit = _space_phrase(space)
    said = event_phrase(event, unit) + (f", given that {event_phrase(given, unit)}" if given else "")
    asked = {"size": "how many outcomes are in the event that ",
             "outcomes": "which outcomes are in the event that ",
             "probability": "what is the probability that "}.get(want, "")
    if want == "independent":
        said = (f"are the events that {event_phrase(event, unit)} and that "
                f"{event_phrase(given, unit)} independent")
    question = asked + said
    if want == "outcomes" and event == ["any"]:
        question = "what are the outcomes in the sample space"
    plain, tex = worded(params, [("Suppose {x}. {Q}?",) * 2, ("If {x}, {q}?",) * 2,
                                 ("When {x}, {q}?",) * 2], x=done, q=question,
                        Q=question[0].upper() + question[1:])
    steps = [f"There are ${_space_size(space)}$ equally likely outcomes.",
             ("Compare P(A and B) with P(A) P(B)." if want == "independent" else
              "Count those in the event." if want == "size" else
              "List those in the event." if want == "outcomes" else
              "Count the outcomes in both events over those in the condition." if given else
              "Count the outcomes in the event over all the outcomes."),
             f"That gives ${sympy.latex(answer)}$."]
    return Problem(statement=plain, statement_latex=_tex(tex), answer=answer, steps=steps,
                   code=_code(event_ratio, params, holds, stages, outcomes).replace(
                       "import itertools", f"import itertools\n\nDECK = {DECK!r}", 1),
                   params=params)


def vary(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """New counts in a bag, new sides for dice whose event names no face or sum, or another
    number of coins whose sample space is listed."""
    space = params["space"]
    if space[0] == "bag":
        bag = {colour: max(1, count + rng.choice([-1, 1, 2])) for colour, count in space[1].items()}
        return {**params, "space": ["bag", bag, space[2], space[3]]}
    if space[0] == "dice" and not any(word in repr([params["event"], params.get("given")])
                                      for word in ("sum", "at", "count")):
        return {**params, "space": ["dice", [s + rng.choice([-1, 1, 2]) for s in space[1]]]}
    if space[0] == "coins" and params["event"] == ["any"]:  # the sample space of more or fewer flips
        return {**params, "space": ["coins", rng.choice([f for f in (2, 3, 4, 5) if f != space[1]])]}
    raise ValueError("this event has no variant of the same shape")


@family("probability.events", verify=_verify, pose=_pose)
def events(rng: random.Random, difficulty: int) -> Problem:
    """Conditional probabilities with dice, and draws from a bag."""
    if rng.random() < 0.5:
        dice = [6] * (2 + (difficulty > 3))
        face = rng.randint(1, 6)
        return _pose({"space": ["dice", dice], "event": ["sum", "=", rng.randint(len(dice) + 1, 10)],
                      "given": ["count", [face], ">=", 1], "template": rng.randrange(WORDINGS)})
    bag = {"red": rng.randint(2, 6), "blue": rng.randint(2, 6), "green": rng.randint(1, 4)}
    first, second = rng.sample(sorted(bag), 2)
    return _pose({"space": ["bag", bag, 2, True],
                  "event": ["and", ["at", 0, [first]], ["at", 1, [second]]],
                  "template": rng.randrange(WORDINGS)})


REDRAW = {"probability.events": vary}
