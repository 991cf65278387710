"""A posed family: the fewest things drawn that guarantee some of one kind, or some all different.

"How many dice would you have to roll before you were guaranteed that some four of them would
all match or all be different?", "find the smallest number of cards you would need to draw to be
guaranteed having ... a flush of five cards" are read by :mod:`formalize.pigeonhole` into
``{"kinds": 6, "same": 4, "different": 4}`` or ``{"kinds": 4, "supply": 13, "same": 5}``: things
of ``kinds`` kinds (``supply`` of each at most, or any number), drawn until ``same`` of one kind
or ``different`` of distinct kinds is certain; ``most`` is how many can be drawn at all (the 40
dice of the game). The answer is the pigeonhole principle's: one more than the largest draw
that avoids both, at most ``same - 1`` of each of at most ``different - 1`` kinds. The check
goes through every draw by its counts of each kind (a partition of its size), for the size
before the answer (some draw avoids both) and the answer itself (none does).

The item's proof in words is not produced: the pack answers the number, and the check is this
independent count.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

import sympy

from exercises.families.textbook import WORDINGS
from exercises.families.textbook_counting import _code
from exercises.family import Check, Problem, family


def fewest_draws(kinds: int, same: int | None = None, different: int | None = None,
                 supply: int | None = None) -> sympy.Integer:
    """One more than the largest draw with fewer than ``same`` of each kind and fewer than
    ``different`` kinds (each kind at most its ``supply``)."""
    each = min(x for x in (same and same - 1, supply) if x is not None)
    present = kinds if different is None else min(kinds, different - 1)
    return sympy.Integer(each * present + 1)


def _counts(size: int, parts: int, largest: int) -> Iterator[tuple[int, ...]]:
    """Every way to draw ``size`` things of ``parts`` kinds, by its counts of each kind in
    non-increasing order (a partition of ``size`` into at most ``parts`` parts, none above
    ``largest``)."""
    if size == 0:
        yield ()
        return
    if parts == 0:
        return
    for first in range(min(size, largest), 0, -1):
        for rest in _counts(size - first, parts - 1, first):
            yield (first, *rest)


def _avoids(counts: tuple[int, ...], same: int | None, different: int | None) -> bool:
    """Has the draw neither ``same`` of one kind nor ``different`` distinct kinds?"""
    return ((same is None or max(counts, default=0) < same)
            and (different is None or len(counts) < different))


def _verify(problem: Problem) -> list[Check]:
    p = problem.params
    kinds, same, different = p["kinds"], p.get("same"), p.get("different")
    # a draw with ``same`` of a kind holds it: only draws below that (and the supply) can avoid
    largest = min(x for x in (p.get("supply"), same and same - 1) if x)
    answer = int(problem.answer)
    before = any(_avoids(c, same, different) for c in _counts(answer - 1, kinds, largest))
    at = any(_avoids(c, same, different) for c in _counts(answer, kinds, largest))
    return [Check(f"some draw of {answer - 1} has neither (every draw listed by its counts of "
                  "each kind)", before, ""),
            Check(f"every draw of {answer} has one or the other (every draw listed by its counts "
                  "of each kind)", not at, "")]


def _wanted(same: int | None, different: int | None) -> str:
    said = [f"{same} of the same kind" if same else "", f"{different} all of different kinds"
            if different else ""]
    return " or ".join(s for s in said if s)


def _pose(params: dict[str, Any]) -> Problem:
    """``params``: ``kinds``; ``same`` and/or ``different`` (what the draw must hold); ``supply``
    of each kind (none: any number); ``most`` things that can be drawn at all (none: any)."""
    kinds, same, different = int(params["kinds"]), params.get("same"), params.get("different")
    supply, most = params.get("supply"), params.get("most")
    if kinds < 1 or (same is None and different is None) or (same is not None and same < 2) or (
            different is not None and not 2 <= different <= kinds) or (
            same is None and supply is None):
        raise ValueError("some kinds, and a number of one kind or of different kinds to hold")
    answer = fewest_draws(kinds, same, different, supply)
    if supply is not None and answer > kinds * supply or most is not None and answer > most:
        raise ValueError("no draw of the things there are is sure to hold it")
    wanted = _wanted(same, different)
    stock = f"{supply} of each of {kinds} kinds" if supply else f"things of {kinds} kinds"
    statement = [f"From {stock}, how many must you draw to be sure of {wanted}?",
                 f"What is the smallest number of draws from {stock} that guarantees {wanted}?",
                 f"Drawing from {stock}, how many draws make {wanted} certain?"][
        params.get("template", 0) % WORDINGS]
    each = min(x for x in (same and same - 1, supply) if x is not None)
    present = kinds if different is None else min(kinds, different - 1)
    steps = [f"To avoid it, a draw holds at most {each} of each kind"
             + (f" and at most {present} kinds" if different else "") + ".",
             (f"So {each * present} things can avoid it, and one more cannot (pigeonhole): "
              f"${answer}$.")]
    return Problem(statement=statement, statement_latex=statement, answer=answer, steps=steps,
                   code=_code(fewest_draws, params), params=params)


def vary(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Other numbers of kinds and of the same (or different) kinds to hold, the supply kept
    large enough."""
    kinds = max(2, params["kinds"] + rng.choice([-2, -1, 1, 2]))
    varied = {**params, "kinds": kinds}
    if params.get("same"):
        varied["same"] = max(2, params["same"] + rng.choice([-1, 1, 2]))
    if params.get("different"):
        varied["different"] = rng.randint(2, kinds)
    if params.get("supply"):
        varied["supply"] = max(params["supply"], varied.get("same") or 0)
    varied.pop("most", None)
    return varied


@family("counting.pigeonhole", verify=_verify, pose=_pose)
def pigeonhole(rng: random.Random, difficulty: int) -> Problem:
    """The fewest draws sure to hold some of one kind, or some all different."""
    kinds = rng.randint(2, 3 + 2 * difficulty)
    same = rng.randint(2, 2 + difficulty)
    params: dict[str, Any] = {"kinds": kinds, "same": same, "template": rng.randrange(WORDINGS)}
    if rng.random() < 0.5:
        params["different"] = rng.randint(2, kinds)
    if rng.random() < 0.5:
        params["supply"] = rng.randint(same, same + 4)
    return _pose(params)


REDRAW = {"counting.pigeonhole": vary}
