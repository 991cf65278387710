"""Read pigeonhole questions: the fewest things drawn that guarantee some of one kind, or some
all of different kinds.

"The game TENZI comes with $40$ six-sided dice (each numbered $1$ to $6$). ... (b) How many dice
would you have to roll before you were guaranteed that some four of them would all match or all
be different? Prove your answer.": the kinds (the faces, the coins' denominations, a deck's
values or suits) and how many of each there are sit in the exercise's setup, what the draw must
hold in the part. Each setup is one phrasing of the book's, its numbers checked against each
other (52 cards are 4 suits of 13 values, the values and suits listed are that many); each
question one phrasing of what is to be held. "Prove your answer(s)": the pack answers the
number, and its check (:mod:`exercises.families.textbook_pigeonhole`) is an independent count,
not the proof in words.
"""

from __future__ import annotations

import re
from typing import Any

from formalize.counting import N, Task, number, plain

_DICE = (rf"^the game tenzi comes with {N} six-sided dice \(each numbered 1 to 6\)\. suppose you "
         rf"roll all {N} dice\. ")
_COINS = (rf"^suppose you break your piggy bank and scoop up a handful of {N} coins \(pennies, "
          r"nickels, dimes, and quarters\)\. ")
# The PDF's ". . ." and the source's "…" (read as "...") between the values.
_DECK = (rf"^a standard deck of {N} cards consists of {N} suits \(hearts, diamonds, spades, and "
         rf"clubs\) each containing {N} different values \(ace, 2, 3, ?(?:\.\.\.|\. \. \.) ?, 10, j, "
         r"q, k\)\. if you draw some number of cards at random, you might or might not have a pair "
         r"\(two cards with the same value\) or three cards all of the same suit\. however, if you "
         r"draw enough cards, you will be guaranteed to have these\. for each of the following, "
         r"find the smallest number of cards you would need to draw to be guaranteed having the "
         r"specified cards\. prove your answers\. ")


def _draws(kinds: int, same: int | None, different: int | None = None, supply: int | None = None,
           most: int | None = None) -> Task:
    params: dict[str, Any] = {"kinds": kinds}
    for key, value in (("same", same), ("different", different), ("supply", supply),
                       ("most", most)):
        if value is not None:
            params[key] = value
    return "counting.pigeonhole", params


def _dice(setup: re.Match, own: str) -> Task | None:
    """Six faces; the game's dice are all that can be rolled."""
    asked = re.fullmatch(rf"how many dice would you have to roll before you were guaranteed that "
                         rf"some {N} of them would all match or all be different\? prove your "
                         r"answer\.", own)
    if asked is None or number(setup[1]) != number(setup[2]):
        return None
    return _draws(6, number(asked[1]), number(asked[1]), most=number(setup[1]))


def _coins(setup: re.Match, own: str) -> Task | None:
    """Four denominations; the handful is all that is scooped."""
    asked = re.fullmatch(rf"how many coins would you need to scoop up to be sure that you either had "
                         rf"{N} coins that were all the same or {N} coins that were all different\? "
                         r"prove your answer\.", own)
    if asked is None:
        return None
    return _draws(4, number(asked[1]), number(asked[2]), most=number(setup[1]))


def _cards(setup: re.Match, own: str) -> Task | None:
    """Values (4 cards each) or suits (13 cards each), by what the part asks to hold."""
    cards, suits, values = (number(setup[i]) for i in (1, 2, 3))
    if (suits, values) != (4, 13) or cards != suits * values:
        return None  # the suits and values listed are 4 and 13
    kind = re.fullmatch(rf"{N} of a kind \(for example, {N} (\d+)'s\)\.", own)
    if kind and number(kind[1]) == number(kind[2]) and 2 <= int(kind[3]) <= 10:
        return _draws(values, number(kind[1]), supply=suits)
    flush = re.fullmatch(rf"a flush of {N} cards \(for example, {N} hearts\)\.", own)
    if flush and number(flush[1]) == number(flush[2]):
        return _draws(suits, number(flush[1]), supply=values)
    either = re.fullmatch(rf"{N} cards that are either all the same suit or all different suits\.",
                          own)
    if either:
        return _draws(suits, number(either[1]), number(either[1]), supply=values)
    return None


_SETUPS = [(_DICE, _dice), (_COINS, _coins), (_DECK, _cards)]


def read(text: str, context: str | None) -> Task | None:
    """A part of one of the book's pigeonhole exercises, read with its exercise's setup."""
    if not context:
        return None
    own, around = plain(text), plain(context)
    for pattern, meaning in _SETUPS:
        setup = re.match(pattern, around)
        if setup and (found := meaning(setup, own)):
            return found
    return None
