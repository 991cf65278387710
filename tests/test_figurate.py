"""Triangular pyramids of Discrete 4.3.7.12 (the pirates' cannonballs) and 4.7.9 (the twelve days'
gifts): read from the book's words (a part with its exercise's setup, siblings cut to labels),
the counts worked by hand and checked ball by ball."""

import random

import pytest
import sympy as sp

from formalize import figurate
from tests.book_items import counted, family_checks

PIRATES = ("In their down time, ghost pirates enjoy stacking cannonballs in triangular based pyramids "
           "(aka, tetrahedrons), like those pictured here:\n\nNote: These are solid tetrahedrons, so "
           "there will be some cannonballs obscured from view (the picture on the right has one "
           "cannonball in the back not shown in the picture, for example).\n\nThe pirates wonder how "
           "many cannonballs would be required to build a pyramid $15$ layers high (thus breaking "
           "the world cannonball stacking record). Can you help?\n\n")
VALUES = ("Let $P(n)$ denote the number of cannonballs needed to create a pyramid $n$ layers high. So "
          "$P(1) = 1$, $P(2) = 4$, and so on. Calculate $P(3)$, $P(4)$, and $P(5)$.")
FORMULA = "Use polynomial fitting to find a closed formula for $P(n)$. Show your work."
ASKED = ("Answer the pirate's question: How many cannonballs do they need to make a pyramid $15$ "
         "layers high?")
DAYS = ("In the song The Twelve Days of Christmas, my true love gave to me first $1$ gift; then $2$ "
        "gifts and $1$ gift; then $3$ gifts, $2$ gifts, and $1$ gift; and so on. How many gifts did "
        "my true love give me all together during the twelve days?")
n = sp.Symbol("n")

ITEMS = [
    # (a): layers of 1, 3, 6, 10, 15 balls: 1 + 3 + 6 = 10, + 10 = 20, + 15 = 35.
    (VALUES, PIRATES + "(a) " + VALUES + "\n\n(b)\n\n(c)\n\n(d)", sp.Tuple(10, 20, 35)),
    # (b): the cubic through 1, 4, 10, 20: n(n+1)(n+2)/6.
    (FORMULA, PIRATES + "(a)\n\n(b) " + FORMULA + "\n\n(c)\n\n(d)", n * (n + 1) * (n + 2) / 6),
    # (c): 15 * 16 * 17 / 6 = C(17,3).
    (ASKED, PIRATES + "(a)\n\n(b)\n\n(c) " + ASKED + "\n\n(d)", 680),
    # 4.7.9: day d brings 1 + ... + d gifts; twelve days: 12 * 13 * 14 / 6.
    (DAYS, None, 364),
]


@pytest.mark.parametrize("text, context, expected", ITEMS)
def test_pyramids_are_read_counted_and_checked(text, context, expected) -> None:
    counted(text, context, "sequences.tetrahedral", expected)


@pytest.mark.parametrize("text, context", [
    # values that are not a pyramid's (a square pyramid: 1, 5)
    (VALUES.replace("$P(2) = 4$", "$P(2) = 5$"), PIRATES + "(a) " + VALUES),
    # a height that is not the one the pirates wonder about
    (ASKED.replace("$15$", "$16$"), PIRATES + "(c) " + ASKED),
    # no setup: which pyramid?
    (ASKED, None),
    (DAYS.replace("twelve days?", "ten days?"), None),
])
def test_other_words_stay_unread(text, context) -> None:
    assert figurate.read(text, context) is None


def test_variants_and_fresh_problems_check() -> None:
    family_checks("sequences.tetrahedral", [{"layers": [3, 4, 5]}, {"layers": 15},
                                            {"want": "formula"}], random.Random(5))
