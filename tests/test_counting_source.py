"""Discrete's counting items as its PreTeXt source sets them (lists without labels or
bullets), and counting questions read in both the PDF and the source: each quoted as
the build reads it (a part with its exercise's context, siblings cut out), the answer worked by
hand, checked by the family's second method and its own solve()."""

import random

import pytest
import sympy as sp

from formalize import counting, counting_setups
from formalize.agreement import compare_with_book
from tests.book_items import counted, family_checks

# Exercise 3.9.2's instruction, the context of each of its parts (siblings cut to labels).
CHOOSE = ("For each of the following counting problems, say whether the answer is ${10\\choose 4}$, "
          "$P(10,4)$, or neither. If your answer is “neither,” say what the answer should be "
          "instead.\n\n")


def _part(label: str, text: str) -> str:
    """Exercise 3.9.2's context for its part ``label``: the instruction and every label, the
    part's own text after its label."""
    labels = [f"({chr(c)})" for c in range(ord("a"), ord("z") + 1)]
    return CHOOSE + "\n\n".join(f"{x} {text}" if x == label else x for x in labels)


LOTTO = "You want to select $4$ distinct, single-digit numbers as your lotto picks. How many choices do you have?"
TEAMS = "In how many ways can you split up $11$ kids into $5$ named teams?"
CITIES = "In how many different ways can you play the $4$ cities you choose?"
SHOPS = ("From your home at (0,0) you want to go to either the donut shop at (5,4) or the one at "
         "(3,6). How many paths could you take?")
POCKET = ("Suppose you wanted to take three chips with different colors and put them in your pocket."
          "\n\n")
BGP = ("One outcome is taking the blue, green, and purple chips. How many of the three-chip stacks "
       "of different color chips correspond to this single pocketful?")
RYG = "How many different stacks of chips would result in picking up the red, yellow, and green chips?"
PENNIES = ("Find a collection of identical objects, perhaps pennies or sugar cubes. Also grab a few "
           "dividers, which could be toothpicks, matches, or pens. Line up the pennies in a single "
           "row. We will divide the row into some number of groups by placing the toothpicks in the "
           "spaces between the pennies. We will distinguish between which order the groups come in. "
           "For example, two different ways to divide $7$ pennies into $4$ groups would look like "
           "this:\n\nWe will allow for one or more groups to contain no pennies (by having two "
           "toothpicks next to each other or before or after all of the pennies).\n\nBy lining up "
           "the correct number of pennies and sticks, count the number of ways you can divide a row "
           "of pennies into the given number of groups.\n\n(a)\n\n(b)\n\n(c)\n\n(d)\n\n(e)\n\n(f)"
           "\n\n(g)\n\n(h) ")
CONJECTURE = ("Based on your answers above, make a conjecture about how many ways you could separate "
              "a row of seven pennies into four groups.")

VIDEO_GAMES = ("You decide to give away your video game collection so as to better spend your time "
               "studying advanced mathematics. How many ways can you do this, provided:\n\nYou want "
               "to distribute your $3$ different PS4 games among $5$ friends, so that no friend gets "
               "more than one game?\n\nYou want to distribute your $8$ different 3DS games among $5$ "
               "friends?\n\nYou want to distribute your $8$ different SNES games among $5$ friends, "
               "so that each friend gets at least one game?\n\nIn each case, model the counting "
               "question as a function counting question.")

WESTEROS = ("The two richest families in Westeros have decided to enter into an alliance by marriage. "
            "The first family has $10$ sons, the second has $10$ girls. The ages of the kids in the "
            "two families match up. To avoid impropriety, the families insist that each child must "
            "marry someone either their own age, or someone one position younger or older. In fact, "
            "the graph representing agreeable marriages looks like this:\n\nThe question: how many "
            "different acceptable marriage arrangements which marry off all $20$ children are "
            "possible?\n\n")
SIX = ("How many marriage arrangements are possible if we insist that there are exactly $6$ boys who "
       "marry girls not their own age?")
TOTAL = ("Could you generalize the previous answer to arrive at the total number of marriage "
         "arrangements?")

STATISTICS = ("Consider the counting question “How many ways can you permute the letters of the word "
              "STATISTICS?” Note that this is not just a permutation, since there are repeated "
              "letters.\n\n")
PRODUCT = ("Continue with this approach until you have found an expression for the number of ways to "
           "permute the letters of STATISTICS as a product of binomial coefficients. Write out this "
           "product.")
A_FIRST = ("Now answer the counting question again, this time starting by asking how many ways you "
           "can select positions for the letter A first. Continue in any way you like until you have "
           "found a different expression for the number of ways to permute the letters of "
           "STATISTICS as a product of binomial coefficients. Write out this product.")

ITEMS = [
    # 3.6.1.2(c),(d): the product's value, the number of ways asked: S, T three times each, I
    # twice, A and C once: C(10,3) C(7,3) C(4,2) C(2,1) C(1,1) = 120 * 35 * 6 * 2 = 10!/(3! 3! 2!).
    (PRODUCT, STATISTICS + "(a)\n\n(b)\n\n(c) " + PRODUCT + "\n\n(d)\n\n(e)",
     "counting.anagrams", 50400),
    (A_FIRST, STATISTICS + "(a)\n\n(b)\n\n(c)\n\n(d) " + A_FIRST + "\n\n(e)", "counting.anagrams",
     50400),
    # 2.7.4(a): a son married off his age takes a neighbour's girl, who must take his: 6 moved
    # sons are 3 swapped neighbouring pairs, C(10 - 3, 3) = 35 choices of the pairs. (b): all
    # the numbers of swaps, C(10,0) + C(9,1) + C(8,2) + C(7,3) + C(6,4) + C(5,5) = 89.
    (SIX, WESTEROS + "(a) " + SIX + "\n\n(b)\n\n(c)\n\n(d)", "counting.near_matchings", 35),
    (TOTAL, WESTEROS + "(a)\n\n(b) " + TOTAL + "\n\n(c)\n\n(d)", "counting.near_matchings", 89),
    # 3.9.2(l): 4 of the 10 digits 0-9, not in order: C(10,4). (s): each kid to a team, no team
    # empty: 5^11 - 5 4^11 + 10 3^11 - 10 2^11 + 5 = 29607600. (v): the 4 cities in order: 4!.
    # (y): C(9,5) = 126 paths to (5,4), C(9,3) = 84 to (3,6); a path ends at one shop only.
    (LOTTO, _part("(l)", LOTTO), "counting.selections", 210),
    (TEAMS, _part("(s)", TEAMS), "combinatorics.count_functions_subsets", 29607600),
    (CITIES, _part("(v)", CITIES), "counting.selections", 24),
    (SHOPS, _part("(y)", SHOPS), "counting.lattice_paths", 210),
    # 3.3.7.2 as the source sets it ("$3+4+3 = 10$"): of the 900 numbers 100-999, for each first
    # two digits 5 last digits make the sum even: 90 * 5.
    (("For how many three-digit numbers ($100$ to $999$) is the sum of the digits even? (For "
      "example, $343$ has an even sum of digits: $3+4+3 = 10$ which is even.) Find the answer and "
      "explain why it is correct in at least two different ways."), None, "counting.strings", 450),
    # 3.4.1.4(a),(b): the three chips of a pocketful stacked in any order: 3! = 6.
    (BGP, POCKET + "(a) " + BGP + "\n\n(b)\n\n(c)\n\n(d)", "counting.selections", 6),
    (RYG, POCKET + "(a)\n\n(b) " + RYG + "\n\n(c)\n\n(d)", "counting.selections", 6),
    # 3.5.1.1(h): 7 pennies and 3 toothpicks in a row: C(10,3) (the earlier parts' pattern).
    (CONJECTURE, PENNIES + CONJECTURE, "counting.distributions", 120),
    # Example 3.8.6: P(5,3) = 60; 5^8; surjections 8 -> 5: 5! S(8,5) = 120 * 1050.
    (VIDEO_GAMES, None, "counting.several", sp.Tuple(60, 390625, 126000)),
]


@pytest.mark.parametrize("text, context, family, expected", ITEMS)
def test_items_are_read_counted_and_checked(text, context, family, expected) -> None:
    counted(text, context, family, expected)


def test_unlabelled_questions_split_only_where_a_new_one_starts() -> None:
    # the second question not one of the example's: the whole stays unread
    text = VIDEO_GAMES.replace("among $5$ friends?", "among $5$ friends in pairs?")
    assert counting_setups.read(text, None) is None
    assert counting.read(text, None) is None


@pytest.mark.parametrize("answer, book", [
    (210, "${10 \\choose 4}$ (assuming order is irrelevant)."),  # 3.9.2(l)
    (24, "Neither. $4!$."),  # (v)
    (210, "${10 \\choose 4}$ since that is equal to ${9 \\choose 4} + {9 \\choose 3}$."),  # (y)
])
def test_the_books_answers_to_its_parts_agree(answer, book) -> None:
    assert compare_with_book(sp.Integer(answer), book).status == "match"


def test_the_word_permuted_is_the_setups() -> None:
    other = PRODUCT.replace("STATISTICS as", "STATISTIC as")
    assert counting_setups.read(other, STATISTICS + "(c) " + other) is None
    absent = A_FIRST.replace("letter A", "letter Z")
    assert counting_setups.read(absent, STATISTICS + "(d) " + absent) is None


def test_the_marriages_need_the_families_numbers_to_agree() -> None:
    odd = WESTEROS.replace("has $10$ girls", "has $9$ girls")
    assert counting.read(SIX, odd + "(a) " + SIX) is None
    assert counting.read(TOTAL, WESTEROS.replace("all $20$", "all $18$") + "(b) " + TOTAL) is None


def test_paths_to_either_shop_vary_and_check() -> None:
    family_checks("counting.lattice_paths", [{"start": [0, 0], "end": [5, 4], "or_end": [3, 6]}],
                  random.Random(2), fresh=5)


def test_near_matchings_variants_and_fresh_problems_check() -> None:
    family_checks("counting.near_matchings", [{"pairs": 10, "moved": 6}, {"pairs": 10}],
                  random.Random(7))


@pytest.mark.parametrize("text", [
    LOTTO.replace("distinct, ", ""),  # repeats allowed? the template says distinct
    TEAMS.replace("named teams", "teams"),  # unnamed teams: another count
    SHOPS.replace("(3,6)", "(3,6) or (2,2)"),
    BGP.replace("purple", "blue"),  # two chips of one color
])
def test_other_words_stay_unread(text) -> None:
    assert counting.read(text, None) is None
