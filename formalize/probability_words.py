"""Read probability word problems: events and conditional events in small experiments.

"Suppose you roll two 6-sided dice with your eyes closed. Your friend says, “Hey look, at least
one of your dice is a 4.” What is the probability that you rolled a sum of 7?", "You have a bag
of special math-themed M&M's ... (c) What is the probability that if you pick two M&M's one at a
time, you will get a blue first and a yellow second?": each setup below is one phrasing of the
book's experiment (dice, coins, a bag, a deck, pets, cups) and each question one phrasing of one
event, posed to :mod:`exercises.families.textbook_probability` (or, for the matching cards of
many friends, to the birthday family). Parts and whole exercises are read as in
:mod:`formalize.counting_setups`, whose machinery this module uses; every number a question
names must agree with its setup.
"""

from __future__ import annotations

import re
from typing import Any

from exercises.families.textbook_probability import FACE, RED
from formalize.counting import N, Task, number, read_probability
from formalize.counting_setups import EXPLAIN, Meaning, read_setups

_CARD = r"(a face card|red)"
_POSITION = r"(first|second)"


def _events(space: list[Any], event: list[Any], given: list[Any] | None = None,
            want: str = "probability") -> Task:
    params: dict[str, Any] = {"space": space, "event": event, "want": want}
    if given is not None:
        params["given"] = given
    return "probability.events", params


def _card(position: str, kind: str) -> list[Any]:
    """The event: the first (second) card drawn is a face card (red)."""
    return ["at", ["first", "second"].index(position), FACE if kind == "a face card" else RED]


def _bag(listed: str) -> dict[str, int]:
    """"5 blue, 4 red, ..., and 3 yellow" as {colour: count}."""
    return {colour: number(count) for count, colour in re.findall(rf"\b{N} (\w+)", listed)}


def _colours(space: dict[str, int], *colours: str) -> bool:
    return all(c in space for c in colours) and len(set(colours)) == len(colours)


def _dice(listed: str) -> list[int] | None:
    """"a 4-sided die, a 6-sided die, and an 8-sided die" as [4, 6, 8]."""
    sides = re.findall(r"\ban? (\d+)-sided die\b", listed)
    rest = re.sub(r"\ban? \d+-sided die\b|,|\band\b", "", listed)
    return [int(s) for s in sides] if sides and not rest.strip() else None


def _heads(flips: int, k: str) -> list[Any]:
    return ["count", ["H"], "=", number(k)] if number(k) <= flips else ["impossible"]


def _coins(s: re.Match, *events: list[Any], want: str = "probability") -> Task | None:
    """One question per event about the setup's flips (several when more than one)."""
    if any(e == ["impossible"] for e in events):
        return None
    asked = [_events(["coins", number(s["flips"])], e, want=w)
             for e, w in zip(events, want.split(), strict=True)]
    return asked[0] if len(asked) == 1 else ("counting.several",
                                             {"questions": [list(a) for a in asked]})


def _faces(sides: int, said: str) -> list[int] | None:
    """The faces of "a multiple of 3", "less than 7", "greater than 4", "even", "odd"."""
    found = re.fullmatch(r"(a multiple of|less than|greater than) (\d+)|(even|odd)", said)
    if found is None:
        return None
    test = {"a multiple of": lambda f, k: f % k == 0, "less than": lambda f, k: f < k,
            "greater than": lambda f, k: f > k}
    if found[3]:
        return [f for f in range(1, sides + 1) if f % 2 == (found[3] == "odd")]
    return [f for f in range(1, sides + 1) if test[found[1]](f, int(found[2]))]


# An event's name: the PDF sets its list's bullet before it ("$\bullet a$"), the source none.
_EVENT_NAME = r"(?:\$\\bullet [a-z]\$|[a-z])"


def _independent(s: re.Match, first: str, second: str) -> Task | None:
    """Are two of the setup's named events on one die independent?"""
    sides = int(s["sides"])
    named = {name: _faces(sides, said) for name, said in re.findall(
        r"\b([a-z]) is the event of rolling a number (?:that is )?([a-z0-9 ]+)\.",
        re.sub(r"\$\\bullet ([a-z])\$", r"\1", s["events"]))}
    if first == second or named.get(first) is None or named.get(second) is None:
        return None
    return _events(["dice", [sides]], ["at", 0, named[first]], ["at", 0, named[second]],
                   want="independent")


def _flips(s: re.Match) -> int:
    return number(s["flips"])


# (the setup, [(a question, its meaning)], a closing sentence the whole may end with)
SETUPS: list[tuple[str, list[tuple[str, Meaning]], str]] = [
    ((rf"suppose you roll (?P<dice>{N}) (?P<sides>\d+)-sided dice with your eyes closed\. your "
     r'friend says, "hey look, at least one of your dice is an? (?P<face>\d+)\." '),
     [(rf"what is the probability that you rolled a sum of {N}\?",
       lambda s, q, c: _events(["dice", [int(s["sides"])] * number(s["dice"])],
                               ["sum", "=", number(q[1])], ["count", [int(s["face"])], ">=", 1]))],
     ""),
    (r"suppose you draw (?:two|2) cards from a standard deck of 52 cards\. ",
     [((rf"what is the probability that the {_POSITION} card is {_CARD} given that the {_POSITION} "
       rf"card is {_CARD}\?"),
       lambda s, q, c: _events(["deck", 2], _card(q[1], q[2]), _card(q[3], q[4]))
       if q[1] != q[3] else None)], ""),
    ("",
     [((r"what is the probability of getting an even number when rolling a (\d+)-sided die and a "
       r"heads when flipping a coin\?"),
       lambda s, q, c: _events(["die_coin", int(q[1])],
                               ["and", ["at", 0, list(range(2, int(q[1]) + 1, 2))],
                                ["at", 1, ["H"]]]))], ""),
    ((r"you have a bag of special math-themed m&m's\. the bag promises that inside there are "
     rf"(?P<bag>(?:{N} \w+, )+and {N} \w+) m&m's\. find the probabilities of the following "
     r"events\. "),
     [(r"what is the probability that if you pick a single m&m, it is (\w+) or (\w+)\?",
       lambda s, q, c: _events(["bag", _bag(s["bag"]), 1, True], ["at", 0, [q[1], q[2]]])
       if _colours(_bag(s["bag"]), q[1], q[2]) else None),
      ((r"what is the probability that if you pick two m&m's at the same time, you will get an? "
       r"(\w+) and (\w+)\?"),
       lambda s, q, c: _events(["bag", _bag(s["bag"]), 2, False],
                               ["and", ["count", [q[1]], "=", 1], ["count", [q[2]], "=", 1]])
       if _colours(_bag(s["bag"]), q[1], q[2]) else None),
      ((r"what is the probability that if you pick two m&m's one at a time, you will get an? "
       r"(\w+) first and an? (\w+) second\?"),
       lambda s, q, c: _events(["bag", _bag(s["bag"]), 2, True],
                               ["and", ["at", 0, [q[1]]], ["at", 1, [q[2]]]])
       if _colours(_bag(s["bag"]), q[1], q[2]) else None)], ""),
    ((r"suppose you have (?:three|3) dice: (?P<dice>[a-z0-9, -]+)\. each die is fair and numbered "
     r"from 1 to the number of sides it has\. you roll all three dice\. "),
     [(rf"what is the probability that the sum of the dice is {N}\?",
       lambda s, q, c: _events(["dice", _dice(s["dice"])], ["sum", "=", number(q[1])])
       if _dice(s["dice"]) else None),
      (r"what is the probability all three dice have the same number when rolled\?",
       lambda s, q, c: _events(["dice", _dice(s["dice"])], ["same"]) if _dice(s["dice"]) else None),
      ((rf"what is the probability all three dice have the same number when rolled given that the "
       rf"sum of the dice is {N}\?"),
       lambda s, q, c: _events(["dice", _dice(s["dice"])], ["same"], ["sum", "=", number(q[1])])
       if _dice(s["dice"]) else None)], ""),
    (rf"you roll (?P<dice>{N}) fair (?P<sides>\d+)-sided dice\. ",
     [(r"what is the probability that all three dice show different numbers\?",
       lambda s, q, c: _events(["dice", [int(s["sides"])] * 3], ["different"])
       if number(s["dice"]) == 3 else None),
      (r"what is the probability that all three dice show the same number\?",
       lambda s, q, c: _events(["dice", [int(s["sides"])] * 3], ["same"])
       if number(s["dice"]) == 3 else None),
      ((r"is it possible for the dice to show neither all the same nor all different numbers\? if "
       r"so, the probability of this happening would be 0\. what is the probability\?"),
       lambda s, q, c: _events(["dice", [int(s["sides"])] * number(s["dice"])],
                               ["and", ["not", ["same"]], ["not", ["different"]]]))], ""),
    ((r"at your 20th high school reunion, you meet an old friend you hadn't heard from in years\. "
     r"you talk about pets, specifically cats and dogs\. "),
     [((r"she tells you that she has two pets, and that at least one of them is a cat\. what is the "
       r"probability that she has two cats\? \(assume that having a cat or a dog is equally "
       r"likely\.\)"),
       lambda s, q, c: _events(["pets", 2], ["count", ["cat"], "=", 2],
                               ["count", ["cat"], ">=", 1]))], ""),
    ("",
     [((r"another old friend overhears your pet conversation and says that he also has two pets, "
       r"and that the one he has had the longest is a cat\. what is the probability that he has "
       r"two cats\? and why is this answer different from the previous question\?"),
       lambda s, q, c: _events(["pets", 2], ["count", ["cat"], "=", 2], ["at", 0, ["cat"]])),
      ((r"you are playing a shell game with three cups\. under one cup are two green balls, under "
       r"another cup are two red balls, and under the third cup are one green and one red ball\. "
       r"you close your eyes, and your friend rearranges the cups\. you then open your eyes and "
       r"pick a cup at random\. you see that it contains a green ball\. what is the probability "
       rf"that the other ball under that cup is also green\?{EXPLAIN}"),
       lambda s, q, c: _events(["cups", [["green", "green"], ["red", "red"], ["green", "red"]]],
                               ["at", 1, ["green"]], ["at", 0, ["green"]])),
      ((rf"each of {N} friends has a deck of cards that they shuffle thoroughly\. each friend draws "
       r"a card from their deck\. what is the probability that at least one pair of friends draw "
       r"a matching card\?"),
       lambda s, q, c: ("probability.birthdays", {"days": 52, "people": number(q[1]),
                                                  "want": "shared"}))], ""),
    (r"(?:probability die\. )?first, what should we mean by probability\? ",  # the source: no title
     [(r"if you roll a fair (six|6)-sided die, what is the probability of rolling a (\d)\?",
       lambda s, q, c: _events(["dice", [6]], ["at", 0, [int(q[2])]])
       if 1 <= int(q[2]) <= 6 else None),
      (r"what is the probability of rolling an even number\?",
       lambda s, q, c: _events(["dice", [6]], ["at", 0, [2, 4, 6]]))], ""),
    # the source sets the title ("Multiple dice") apart from a whole's text
    ((r"(?:multiple dice\. )?we will define the probability of an event as the number of ways the "
      r"event can happen divided by the total number of things that can happen\. (?=\(a\) suppose "
      r"you roll two dice \(one red and one green\)\. )"),
     [((r"suppose you roll two dice \(one red and one green\)\. how many total outcomes are "
       r"there\?"),
       lambda s, q, c: ("counting.product", {"sizes": [6, 6],
                                             "names": ["the red die", "the green die"]})),
      (r"of those outcomes, how many have different numbers on the two dice\?",
       lambda s, q, c: _events(["dice", [6, 6]], ["different"], want="size")),
      ((r"combining the two numbers your found above, what is the probability that two dice will "
       r"show different numbers\?"), lambda s, q, c: _events(["dice", [6, 6]], ["different"])),
      ((r"what is the probability that you will get three different numbers when rolling three "
       r"dice\? \(assume the dice are different colors\)\."),
       lambda s, q, c: _events(["dice", [6, 6, 6]], ["different"]))], ""),
    (rf"(?:suppose )?you flip a fair coin (?P<flips>{N}) times\. ",
     [(r"what is the size of the sample space\?",
       lambda s, q, c: ("counting.selections", {"n": 2, "k": _flips(s), "ordered": True,
                                                "repetition": True})),
      ((rf"what is the size of the event that you get exactly {N} heads\? so then what is the "
       rf"probability that you get exactly {N} heads\?"),
       lambda s, q, c: _coins(s, _heads(_flips(s), q[1]), _heads(_flips(s), q[1]),
                              want="size probability") if q[1] == q[2] else None),
      ((rf"what is the size of the event that you do not get exactly {N} heads\? what is the "
       rf"probability that you do not get exactly {N} heads\? use the definition of probability "
       r"and the previous answer\. what probability do you get for this same event if you use the "
       r"fact that the probability of an event is 1 minus the probability of the complement of "
       r"the event\?"),
       lambda s, q, c: _coins(s, *[["not", _heads(_flips(s), q[1])]] * 3,
                              want="size probability probability") if q[1] == q[2] else None),
      ((rf"what is the size of the event that you get exactly {N} heads\? what is the size of the "
       rf"event that you get exactly {N} heads\? what is the size of the event that you get "
       rf"exactly {N} heads or exactly {N} heads\?"),
       lambda s, q, c: _coins(s, _heads(_flips(s), q[1]), _heads(_flips(s), q[2]),
                              ["or", _heads(_flips(s), q[1]), _heads(_flips(s), q[2])],
                              want="size size size")
       if (q[1], q[2]) == (q[3], q[4]) and q[1] != q[2] else None),
      ((rf"what is the sum of the probabilities of getting exactly {N} heads and getting exactly "
       rf"{N} heads\? \+ = what is the probability of getting exactly {N} heads or getting exactly "
       rf"{N} heads\? compute this by finding the size of the event, divided by the size of the "
       r"sample space\. \$\\div=\.\$"),
       # the two events are disjoint, so the sum of their chances is the chance of either
       lambda s, q, c: _coins(s, *[["or", _heads(_flips(s), q[1]), _heads(_flips(s), q[2])]] * 2,
                              want="probability probability")
       if (q[1], q[2]) == (q[3], q[4]) and q[1] != q[2] else None)], ""),
    ((r"suppose you roll a (?P<sides>\d+)-sided die \(numbered 1 to (?P=sides)\)\. consider the "
     rf"events: (?P<events>(?:{_EVENT_NAME} is the event of rolling a number [a-z0-9 ]+\. )+)"),
     [(r"are the events ([a-z]) and ([a-z]) independent\?",
       lambda s, q, c: _independent(s, q[1], q[2])),
      (r"what about ([a-z]) and ([a-z])\?", lambda s, q, c: _independent(s, q[1], q[2]))], ""),
    ((r"in a standard deck of 52 cards, 26 cards are red and 26 cards are black\. thus the "
     r"probability of drawing a red card is \$?0\.5\$?\. "),
     [(r"what is the probability that .*\?", lambda s, q, c: read_probability(q[0], [], ""))], ""),
]


def read(text: str, context: str | None) -> Task | None:
    """The probability exercises of :data:`SETUPS`, a part or whole."""
    return read_setups(text, context, SETUPS)
