"""Pigeonhole questions of Discrete 1.4 and 1.6 ("How many ...? Prove your answer."): read from
the book's words as the build reads a part (its exercise's setup, the part, its siblings'
labels), the number worked by hand and checked by listing every draw by its counts; the book's
answers agree. The proof in words is not produced: the pack answers the number."""

import random

import pytest
import sympy as sp

from formalize import pigeonhole
from formalize.agreement import compare_with_book
from tests.book_items import counted, family_checks

TENZI = ("The game TENZI comes with $40$ six-sided dice (each numbered $1$ to $6$). Suppose you "
         "roll all $40$ dice.\n\n(a)\n\n(b) ")
DICE = ("How many dice would you have to roll before you were guaranteed that some four of them "
        "would all match or all be different? Prove your answer.")
PIGGY = ("Suppose you break your piggy bank and scoop up a handful of $22$ coins (pennies, nickels, "
         "dimes, and quarters).\n\n(a)\n\n(b)\n\n(c) ")
COINS = ("How many coins would you need to scoop up to be sure that you either had $4$ coins that "
         "were all the same or $4$ coins that were all different? Prove your answer.")
# Exercise 1.4.8.18 as the source sets it (the PDF: ". . ." between the values).
DECK = ("A standard deck of $52$ cards consists of $4$ suits (hearts, diamonds, spades, and clubs) "
        "each containing $13$ different values (Ace, $2$, $3$, …, $10$, J, Q, K). If you draw some "
        "number of cards at random, you might or might not have a pair (two cards with the same "
        "value) or three cards all of the same suit. However, if you draw enough cards, you will "
        "be guaranteed to have these. For each of the following, find the smallest number of cards "
        "you would need to draw to be guaranteed having the specified cards. Prove your answers.")
KIND = "Three of a kind (for example, three $7$'s)."
FLUSH = "A flush of five cards (for example, five hearts)."
SUITS = "Three cards that are either all the same suit or all different suits."

ITEMS = [
    # 1.4.8.5(b): three each of three faces is 9 dice with neither; a 10th makes four of a face
    # or a fourth face. The book: "whenever you roll 10 dice".
    (DICE, TENZI + DICE, 10),
    # 1.6.10(c): the same with 4 denominations: 3 pennies, 3 nickels, 3 dimes; the book: "You
    # need 10 coins."
    (COINS, PIGGY + COINS, 10),
    # 1.4.8.18(a): two of each of the 13 values is 26 cards; the 27th makes three of a value.
    (KIND, DECK + "\n\n(a) " + KIND + "\n\n(b)\n\n(c)", 27),
    # (b): four of each suit is 16; the 17th makes five of a suit.
    (FLUSH, DECK + "\n\n(a)\n\n(b) " + FLUSH + "\n\n(c)", 17),
    # (c): two of each of two suits is 4 cards; a 5th makes three of a suit or a third suit.
    (SUITS, DECK + "\n\n(a)\n\n(b)\n\n(c) " + SUITS, 5),
]


@pytest.mark.parametrize("text, context, expected", ITEMS)
def test_pigeonhole_parts_are_read_counted_and_checked(text, context, expected) -> None:
    counted(text, context, "counting.pigeonhole", expected)


def test_the_pdf_deck_reads_the_same() -> None:
    pdf = DECK.replace("…", ". . .").replace("spades, and clubs", "spades, and  clubs")
    assert pigeonhole.read(KIND, pdf + "\n\n(a) " + KIND) == (
        "counting.pigeonhole", {"kinds": 13, "same": 3, "supply": 4})


@pytest.mark.parametrize("answer", [
    ("We can have $9$ dice without any four matching or any four being all different: three 1’s, "
     "three 2’s, three 3’s. We will prove that whenever you roll $10$ dice, you will always get four "
     "matching or all being different."),
    ("You need $10$ coins. You could have $3$ pennies, $3$ nickels, and $3$ dimes. The 10th coin "
     "must either be a quarter, giving you $4$ coins that are all different, or else a 4th penny, "
     "nickel, or dime."),
])
def test_the_books_answers_agree(answer) -> None:
    assert compare_with_book(sp.Integer(10), answer, worked=True).status == "match"


@pytest.mark.parametrize("text, context", [
    # the deck's numbers disagree (52 cards are not 4 suits of 12 values)
    (KIND, DECK.replace("$13$ different", "$12$ different") + "\n\n(a) " + KIND),
    # the example's count says another than the question's
    ("Three of a kind (for example, four $7$'s).", DECK + "\n\n(a) Three of a kind (for example, "
     "four $7$'s)."),
    # the game's dice said twice, differently
    (DICE, TENZI.replace("roll all $40$", "roll all $30$") + DICE),
    # a question no template reads, or no setup at all
    ("How many dice would you have to roll to be sure that four of them match?", TENZI + "How many "
     "dice would you have to roll to be sure that four of them match?"),
    (DICE, None),
])
def test_questions_the_templates_do_not_say_stay_unread(text, context) -> None:
    assert pigeonhole.read(text, context) is None


def test_variants_and_fresh_problems_check() -> None:
    family_checks("counting.pigeonhole", [{"kinds": 4, "same": 3, "different": 3, "supply": 13},
                                          {"kinds": 6, "same": 4, "different": 4, "most": 40}],
                  random.Random(3), fresh=40)
