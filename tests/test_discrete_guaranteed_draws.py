"""Discrete Exercise 1.4.8.18: the fewest cards drawn from a standard deck that guarantee three of
a kind, a flush of five, or three cards all of one suit or all of different suits (the pigeonhole
principle); 1.4.8.5(b) and 1.6.10(c), four dice or coins all alike or all different. Read from the book's text (source and PDF, each part with the context the build gives
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
    for params in ({"suits": 4, "values": 13, "k": 3, "want": "same_value"},
                   {"suits": 4, "values": 13, "k": 5, "want": "same_suit"},
                   {"suits": 4, "values": 13, "k": 3, "want": "suit_or_all_suits"},
                   {"suits": 6, "values": None, "k": 4, "want": "suit_or_all_suits"}):
        varied = vary("counting.guaranteed_draws", params, rng)
        assert all(c.passed for c in family.verify(family.pose(varied)))


# Exercises 1.4.8.5 and 1.6.10 as the source gives them: their last parts ask the same pattern
# of dice and of coins (their other parts are proofs, unread).
TENZI = ("The game Tenzi comes with $40$ six-sided dice (each numbered $1$ to $6$). Suppose you "
         "roll all $40$ dice.\n\n(a) Prove that there will be at least seven dice that land on "
         "the same number.\n\n(b) How many dice would you have to roll before you were guaranteed "
         "that some four of them would all match or all be different? Prove your answer.")
PIGGY_BANK = ("Suppose you break your piggy bank and scoop up a handful of $22$ coins (pennies, "
              "nickels, dimes, and quarters).\n\n(a) Prove that you must have at least $6$ coins of "
              "a single denomination.\n\n(b) Suppose you have an odd number of pennies. Prove that "
              "you must have an odd number of at least one of the other types of coins.\n\n(c) How "
              "many coins would you need to scoop up to be sure that you either had $4$ coins that "
              "were all the same or $4$ coins that were all different? Prove your answer.")


@pytest.mark.parametrize("whole, kinds", [(TENZI, 6), (PIGGY_BANK, 4)])
def test_four_alike_or_all_different(whole, kinds) -> None:
    # By hand: avoiding both takes at most 3 kinds (a fourth makes four different) with at most
    # 3 of each (a fourth makes four alike): 9 dice (of 6 faces) or coins (of 4 denominations);
    # the 10th forces one or the other: 10.
    parts = [part.split(" ", 1)[1] for part in whole.split("\n\n")[1:]]
    last = len(parts) - 1
    task, problem = solved(parts[last], context_of(whole, parts, last))
    assert task.params == {"suits": kinds, "values": None, "k": 4, "want": "suit_or_all_suits"}
    assert problem.answer == 10
    assert read_task("item", whole).family is None  # its proofs
    assert read_task("item", parts[0], context=context_of(whole, parts, 0)).family is None


def test_more_than_the_dice_there_are_is_not_read() -> None:
    # six of them alike or different would need 26 dice: Tenzi's 20 cannot guarantee it
    changed = TENZI.replace("$40$", "$20$").replace("some four", "some six")
    parts = [part.split(" ", 1)[1] for part in changed.split("\n\n")[1:]]
    assert read_task("item", parts[1], context=context_of(changed, parts, 1)).family is None
