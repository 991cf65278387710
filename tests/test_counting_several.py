"""Counting items of the Discrete book that ask several counts at once, or bound named
children's shares, or take their numbers from their exercise: read from the book's text,
posed, verified by the families' listings, against counts worked by hand."""

import math
import random

import pytest
import sympy as sp

from exercises.family import FAMILIES
from formalize.tasks import read_task
from formalize.variants import vary
from tests.book_items import solved

COOKIES = ("Let’s again consider the $10$ cookies we want to distribute to Albie, Bertie, and "
           "Charlie. This time, we will impose some upper bound restrictions.\n\n(a) How many ways "
           "can we distribute the cookies if Albie does get more than\n\n$3$ cookies (so at least "
           "$4$)?")
BIRTHDAYS = ("Now to birthdays. There are 365 days in a year. How many possible sequences of 30 "
             "birthdays are there? How many possible sequences of 30 birthdays contain no repeats?")

# (the item's text as the book prints it, its exercise's text for a part, family, counted by hand)
ITEMS = [
    (("A restaurant offers $8$ appetizers and $14$ entrées. How many choices do you have if:\n\na. "
      "you will eat one dish, either an appetizer or an entrée?\n\nb. you are extra hungry and want "
      "to eat both an appetizer and an entrée?"), None, "counting.several", (8 + 14, 8 * 14)),
    (("How many 3-letter words (sequences of three letters) are there when, repeats are allowed? "
      "repeats are not allowed?"), None, "counting.several", (26**3, 26 * 25 * 24)),
    (("How many 5-letter words can you make using the eight letters $a$ through $h$? How many "
      "contain no repeated letters?"), None, "counting.several", (8**5, 8 * 7 * 6 * 5 * 4)),
    (("Consider sets $A$ and $B$ with $|A|=13$ and $|B|=22$.\n\na. How many functions $f:A\\to B$ are "
      "there?\n\nb. How many functions $f:A\\to B$ are injective?"), None, "counting.several",
     (22**13, math.perm(22, 13))),
    (("How many integer solutions are there to the equation $x+y+z=12$ for which\n\na. $x$, $y$, and "
      "$z$ are all positive?\n\nb. $x$, $y$, and $z$ are all non-negative?\n\nc. $x$, $y$, and $z$ "
      "are all greater than or equal to $-3$."), None, "counting.several",
     (math.comb(11, 2), math.comb(14, 2), math.comb(23, 2))),  # the book: C(11,9), C(14,12), C(23,2)
    (("1. How many functions $f:\\{1,2,3,4,5\\}\\to\\{a,b,c,d\\}$ are surjective? 2. How many functions "
      "$f:\\{1,2,3,4,5\\}\\to\\{a,b,c,d,e\\}$ are surjective?"), None, "counting.several",
     (4**5 - 4 * 3**5 + 6 * 2**5 - 4, 120)),
    (("How many ways can we distribute the cookies if both Albie and Bertie do\n\nget more than $3$ "
     "cookies?"), COOKIES, "counting.distributions", math.comb(4, 2)),  # 2 left for 3
    (("How many ways can we distribute the cookies if neither Albie nor Bertie\n\ngets more than $3$ "
     "cookies?"), COOKIES, "counting.distributions", 66 - 28 - 28 + 6),
    (("How many ways can you distribute the cookies if Albie gets at least 3 cookies and Bertie gets "
      "at least 2 cookies (and Charlie has no restrictions)?"),
     ("Suppose we have 10 cookies to give away to three children, Albie, Bertie, and Charlie. How "
      "many ways can we distribute the cookies with no restrictions?"),
     "counting.distributions", math.comb(7, 2)),  # 5 left for 3
    # Discrete 5.1.5.18: 9 one-element subsets of {1,...,9}, and C(9,2) = 9*8/2 = 36 of two
    # (the book: 9, and 36 by summing 8 + 7 + ... + 1)
    (("Let $A=\\{1,2,\\dots,9\\}$. How many subsets of $A$ contain exactly one element (i.e.,"
      "\n\nhow many singleton subsets are there)?\n\nHow many doubleton subsets (containing exactly "
      "two elements) are there?"), None, "counting.several", (9, 36)),
    ("How many possible sequences of 30 birthdays contain no repeats?", BIRTHDAYS,
     "counting.selections", math.perm(365, 30)),
    ("Suppose you roll two dice (one red and one green). How many total outcomes are there?",
     "We will define the probability of an event as the number of ways the event can happen.",
     "counting.product", 36),
]


@pytest.mark.parametrize(("text", "context", "name", "expected"), ITEMS)
def test_book_items_are_read_posed_and_verified(text, context, name, expected):
    task, problem = solved(text, context)
    assert task.family == name
    assert problem.answer == (sp.Tuple(*expected) if isinstance(expected, tuple) else expected)
    namespace: dict = {}
    exec(problem.code, namespace)  # noqa: S102 - the family's own solve() program
    assert namespace["solve"]() == problem.answer


@pytest.mark.parametrize(("text", "context"), [
    # a second question no phrasing reads
    (("How many 3-letter words (sequences of three letters) are there when, repeats are allowed? "
     "at least one letter is a vowel?"), None),
    # a second question that counts "those" of the first: not a question of its own
    ("How many functions $f:\\{1,2,3,4,5\\}\\to\\{a,b\\}$ are surjective? How many are injective?",
     None),
    # a child the exercise does not name, and a union of conditions
    (("How many ways can we distribute the cookies if Albie gets at least $3$ cookies and Dora gets "
     "at least $2$ cookies?"), COOKIES),
    (("Using the Principle of Inclusion/Exclusion for two sets, how many ways can we distribute the "
     "cookies if at least one of Albie or Bertie gets more than $3$ cookies?"), COOKIES),
    (("How many ways can we distribute the cookies if Albie does get more than $3$ cookies (so at "
     "least $5$)?"), COOKIES),
    # the number of days comes from nowhere
    ("How many possible sequences of 30 birthdays contain no repeats?", "Now to birthdays."),
    # "exactly two elements" called singletons: the two names of one size disagree
    (("Let $A=\\{1,2,\\dots,9\\}$. How many subsets of $A$ contain exactly two elements (i.e., "
      "how many singleton subsets are there)? How many doubleton subsets (containing exactly two "
      "elements) are there?"), None),
])
def test_items_asking_something_else_stay_unread(text, context):
    task = read_task("item", text, context=context)
    assert task.family not in ("counting.several", "counting.distributions",
                               "counting.selections"), task.params


def test_several_questions_vary_and_verify():
    rng = random.Random(5)
    for text, context, name, _ in ITEMS[:6]:
        task = read_task("item", text, context=context)
        params = vary(name, task.params, rng)
        problem = FAMILIES[name].pose(params)
        assert params != task.params
        assert all(check.passed for check in FAMILIES[name].verify(problem)), params
