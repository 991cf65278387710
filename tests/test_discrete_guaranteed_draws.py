"""Discrete Exercise 1.4.8.18: the fewest cards drawn from a standard deck that guarantee three of
a kind, a flush of five, or three cards all of one suit or all of different suits (the pigeonhole
principle). Read from the book's text (source and PDF, each part with the context the build gives
it), the answers worked by hand, checked by the family's built hand and its search of every hand
of a smaller deck, and its own solve()."""

import random

import pytest

from exercises.family import FAMILIES
from formalize.parts import context_of
from formalize.tasks import read_task
from formalize.variants import vary
from tests.book_items import solved

DECK = (r"A standard deck of $52$ cards consists of $4$ suits (hearts, diamonds, spades, and clubs) "
        r"each containing $13$ different values (Ace, $2$, $3$, …, $10$, J, Q, K). If you draw "
        "some number of cards at random, you might or might not have a pair (two cards with the "
        "same value) or three cards all of the same suit. However, if you draw enough cards, you "
        "will be guaranteed to have these. For each of the following, find the smallest number of "
        "cards you would need to draw to be guaranteed having the specified cards. Prove your "
        "answers.\n\n(a) Three of a kind (for example, three $7$'s).\n\n(b) A flush of five cards "
        "(for example, five hearts).\n\n(c) Three cards that are either all the same suit or all "
        "different suits.")
# The PDF: its line breaks and a curly apostrophe.
DECK_PDF = DECK.replace("(hearts, diamonds,", "(hearts,\n\ndiamonds,").replace("7$'s", "7$’s")
PARTS = [part.split(" ", 1)[1] for part in DECK.split("\n\n")[1:]]
PARTS_PDF = [part.split(" ", 1)[1] for part in DECK_PDF.split("\n\n(")[1:]]
# By hand: (a) 2 of each of the 13 values, 26 cards, avoid three of a kind: 27. (b) 4 of each of
# the 4 suits, 16 cards, avoid a flush of five: 17. (c) a third suit gives three different suits,
# so avoiding both means 2 suits with 2 cards each, 4 cards: 5.
ANSWERS = [27, 17, 5]


@pytest.mark.parametrize("whole, parts", [(DECK, PARTS), (DECK_PDF, PARTS_PDF)])
@pytest.mark.parametrize("index", range(3))
def test_fewest_cards_that_guarantee_a_pattern(whole, parts, index) -> None:
    task, problem = solved(parts[index], context_of(whole, parts, index))
    assert task.family == "counting.guaranteed_draws"
    assert problem.answer == ANSWERS[index]


def test_the_whole_exercise_and_what_stays_unread() -> None:
    assert list(solved(DECK)[1].answer) == ANSWERS
    # the deck's numbers disagree (52 is not 4 times 12); an example that is not the pattern's
    for changed in (DECK.replace("$13$ different", "$12$ different"),
                    DECK.replace("three $7$'s", "four $7$'s")):
        assert read_task("item", changed).family is None


def test_drawn_problems_and_variants_pass_their_checks() -> None:
    family, rng = FAMILIES["counting.guaranteed_draws"], random.Random(4)
    for seed in range(6):
        assert all(c.passed for c in family.verify(family.make(seed, 1 + seed % 3)))
    for want, k in (("same_value", 3), ("same_suit", 5), ("suit_or_all_suits", 3)):
        varied = vary("counting.guaranteed_draws", {"suits": 4, "values": 13, "k": k,
                                                    "want": want}, rng)
        assert all(c.passed for c in family.verify(family.pose(varied)))
