"""Parts of the Discrete book's counting exercises (sections 3.1-3.5) that are read with their
exercise's setup as one question ("How many shortest lattice paths start at $(5,5)$ and" +
"c. end at $(12,12)$ and avoid $(8,9)$?"), and whole items counted by inclusion-exclusion.

Each exercise is quoted as the book's PDF prints it (its text and its parts' texts, as
extract gives them); each part is read with the context the build gives it
(:func:`formalize.parts.context_of`), posed, verified by its family's own listing or
recurrence, and compared with a count worked by hand and, where the book prints one, with
the book's answer."""

import math
import random

import pytest
import sympy as sp

from exercises.family import FAMILIES
from formalize import counting
from formalize.agreement import compare_with_book
from formalize.parts import context_of
from formalize.tasks import read_task
from formalize.variants import vary
from tests.book_items import solved

# Exercise 7, 3.1.7 Practice Problems (p. 220)
CALZONE = (
    ('Suppose you are ordering a calzone from D.P. Dough. You want $5$ distinct toppings, '
     'chosen from their list of $10$ vegetarian toppings.\n\na. How many choices do you '
     'have for your calzone?\n\nb. How many choices do you have for your calzone if you '
     'refuse to have green pepper as one of your toppings?\n\nc. How many choices do you '
     'have for your calzone if you insist on having green pepper as one of your '
     'toppings?\n\nHow do the three questions above relate to each other? Do you see why '
     'this makes sense?'),
    [
        'How many choices do you have for your calzone?',
        ('How many choices do you have for your calzone if you refuse to have green pepper as '
         'one of your toppings?'),
        ('How many choices do you have for your calzone if you insist on having green pepper as '
         'one of your toppings?\n\nHow do the three questions above relate to each other? Do '
         'you see why this makes sense?'),
    ])
# Exercise 2, 3.2.6 Practice Problems (p. 232)
TIES = (
    ('For your college interview, you must wear a tie. You own $8$ regular (boring) ties '
     'and $3$ (cool) bow ties.\n\na. How many choices do you have for your neck-wear?\n\nb. '
     'You realize that the interview is for clown college, so you should probably wear both '
     'a regular tie and a bow tie. How many choices do you have now?\n\nc. For the rest of '
     'your outfit, you have $2$ shirts, $7$ skirts, $3$ pants, and $8$ dresses. You want to '
     'select either a shirt to wear with a skirt or pants, or just a dress. How many '
     'outfits do you have to choose from?'),
    [
        'How many choices do you have for your neck-wear?',
        ('You realize that the interview is for clown college, so you should probably wear both '
         'a regular tie and a bow tie. How many choices do you have now?'),
        ('For the rest of your outfit, you have $2$ shirts, $7$ skirts, $3$ pants, and $8$ '
         'dresses. You want to select either a shirt to wear with a skirt or pants, or just a '
         'dress. How many outfits do you have to choose from?'),
    ])
# Exercise 3, 3.2.6 Practice Problems (p. 233)
HEXADECIMALS = (
    ('We usually write numbers in decimal form (or base $10$), meaning numbers are composed '
     'using $10$ different “digits” $\\{0,1,\\dots,9\\}$. Sometimes though it is useful to '
     'write numbers hexadecimal or base $16$. Now there are $16$ distinct digits that can '
     'be used to form numbers: $\\{0,1,\\dots,9,$ A, B, C, D, E, $F\\}$. So for example, a '
     '$3$ digit hexadecimal number might be 2B8.\n\na. How many 3-digit hexadecimals are '
     'there in which the first digit is E or F?\n\nb. How many 6-digit hexadecimals start '
     'with a letter (A-F) and end with a numeral (0-9)?\n\nc. How many 4-digit hexadecimals '
     'start with a letter (A-F) or end with a numeral (0-9) (or both)?'),
    [
        'How many 3-digit hexadecimals are there in which the first digit is E or F?',
        'How many 6-digit hexadecimals start with a letter (A-F) and end with a numeral (0-9)?',
        ('How many 4-digit hexadecimals start with a letter (A-F) or end with a numeral (0-9) '
         '(or both)?'),
    ])
# Exercise 4, 3.2.6 Practice Problems (p. 233)
SUBSETS = (
    ('$$\\text{Let}S=\\{1,2,3,4,5,6,7,8\\}$$\n\na. How many subsets are there total?\n\nb. '
     'How many subsets have $\\{2,3,5\\}$ as a subset?\n\nc. How many subsets contain at '
     'least one odd number?\n\nd. How many subsets contain exactly one even number?'),
    [
        'How many subsets are there total?',
        'How many subsets have $\\{2,3,5\\}$ as a subset?',
        'How many subsets contain at least one odd number?',
        'How many subsets contain exactly one even number?',
    ])
# Exercise 5, 3.2.6 Practice Problems (p. 233)
SUBSETS_OF_FOUR = (
    ('$$\\text{Let}S=\\{1,2,3,4,5,6\\}.$$\n\na. How many subsets are there of cardinality '
     '$4$?\n\nb. How many subsets of cardinality $4$ have $>\\{2,3,5\\}$ as a subset?\n\nc. '
     'How many subsets of cardinality $4$ contain at least one odd number?\n\nd. How many '
     'subsets of cardinality $4$ contain exactly one even number?'),
    [
        'How many subsets are there of cardinality $4$?',
        'How many subsets of cardinality $4$ have $>\\{2,3,5\\}$ as a subset?',
        'How many subsets of cardinality $4$ contain at least one odd number?',
        'How many subsets of cardinality $4$ contain exactly one even number?',
    ])
# Exercise 10, 3.2.6 Practice Problems (p. 234)
PATHS = (
    ('How many shortest lattice paths start at $(5,5)$ and\n\na. end at $(12,12)$?\n\nb. '
     'end at $(12,12)$ and pass through $(8,9)$?\n\nc. end at $(12,12)$ and avoid $(8,9)$?'),
    [
        'end at $(12,12)$?',
        'end at $(12,12)$ and pass through $(8,9)$?',
        'end at $(12,12)$ and avoid $(8,9)$?',
    ])
# Exercise 5, 3.3.6 Practice Problems (p. 244)
BIT_STRINGS = (
    ('How many 13-bit strings (that is, bit strings of length $13$) are there which:\n\na. '
     'Start with the sub-string $011$?\n\nb. Have weight $8$ (i.e., contain exactly $8$ '
     '1’s) and start with the sub-string $011$?\n\nc. Either start with $011$ or end with '
     '$01$ (or both)?\n\nd. Have weight $8$ and either start with $011$ or end with $01$ '
     '(or both)?'),
    [
        'Start with the sub-string $011$?',
        'Have weight $8$ (i.e., contain exactly $8$ 1’s) and start with the sub-string $011$?',
        'Either start with $011$ or end with $01$ (or both)?',
        'Have weight $8$ and either start with $011$ or end with $01$ (or both)?',
    ])
# Exercise 8, 3.3.6 Practice Problems (p. 245)
WORDS = (
    ('We want to build $13$ letter “words” using only the first $n=12$ letters of the '
     'alphabet. For example, if $n=5$ we can use the first $5$ letters, $\\{a,b,c,d,e\\}$ '
     '(Recall, words are just strings of letters, not necessarily actual English '
     'words.)\n\na. How many of these words are there total?\n\nb. How many of these words '
     'contain no repeated letters?\n\nc. How many of these words start with the sub-word '
     '“ade”?\n\nd. How many of these words either start with “ade” or end with “be” or '
     'both?\n\ne. How many of the words containing no repeats also do not contain the '
     'sub-word “bed”?'),
    [
        'How many of these words are there total?',
        'How many of these words contain no repeated letters?',
        'How many of these words start with the sub-word “ade”?',
        'How many of these words either start with “ade” or end with “be” or both?',
        'How many of the words containing no repeats also do not contain the sub-word “bed”?',
    ])
# Exercise 1, 3.4.6 Practice Problems (p. 258)
PIZZA = (
    ('A pizza parlor offers $8$ toppings.\n\na. How many 2-topping pizzas could they put on '
     'their menu? Assume double toppings are not allowed.\n\nb. How many total pizzas are '
     'possible, with between zero and $8$ toppings (but not double toppings) allowed?\n\nc. '
     'The pizza parlor will list the $8$ toppings in two equal-sized columns on their menu. '
     'How many ways can they arrange the toppings in the left column?'),
    [
        ('How many 2-topping pizzas could they put on their menu? Assume double toppings are '
         'not allowed.'),
        ('How many total pizzas are possible, with between zero and $8$ toppings (but not '
         'double toppings) allowed?'),
        ('The pizza parlor will list the $8$ toppings in two equal-sized columns on their menu. '
         'How many ways can they arrange the toppings in the left column?'),
    ])
# Exercise 3, 3.4.6 Practice Problems (p. 258)
DIGITS = (
    ('Using the digits $2$ through $9$, find the number of different 7-digit numbers such '
     'that:\n\na. Digits can be used more than once.\n\nb. Digits cannot be repeated, but '
     'can come in any order.\n\nc. Digits cannot be repeated and must be written in '
     'increasing order.'),
    [
        'Digits can be used more than once.',
        'Digits cannot be repeated, but can come in any order.',
        'Digits cannot be repeated and must be written in increasing order.',
    ])
# Exercise 4, 3.4.6 Practice Problems (p. 259)
BOOKS = (
    ('In an attempt to clean up your room, you have purchased a new floating shelf to put '
     'some of your $30$ books you have stacked in a corner. These books are all by '
     'different authors. The new book shelf is large enough to hold $19$ of the books. '
     'Careful: Before answering the next two questions, ask yourself which answer should be '
     'larger.\n\na. How many ways can you select and arrange $19$ of the $30$ books on the '
     'shelf? Notice that here we will allow the books to end up in any order.\n\nb. How '
     'many ways can you arrange $19$ of the $30$ books on the shelf if you insist they must '
     'be arranged alphabetically by author?'),
    [
        ('How many ways can you select and arrange $19$ of the $30$ books on the shelf? Notice '
         'that here we will allow the books to end up in any order.'),
        ('How many ways can you arrange $19$ of the $30$ books on the shelf if you insist they '
         'must be arranged alphabetically by author?'),
    ])
# Exercise 10, 3.4.6 Practice Problems (p. 259)
FUNCTIONS = (
    ('Consider sets $A$ and $B$ with $|A|=13$ and $|B|=22$.\n\na. How many functions '
     '$f:A\\to B$ are there?\n\nb. How many functions $f:A\\to B$ are injective?'),
    [
        'How many functions $f:A\\to B$ are there?',
        'How many functions $f:A\\to B$ are injective?',
    ])
# Exercise 11, 3.4.6 Practice Problems (p. 259)
LISTED_FUNCTIONS = (
    ('Consider functions $f:\\{1,2,3,4,5\\}\\to\\{1,2,3,4,5,6\\}$.\n\na. How many functions '
     'are there total?\n\nb. How many functions are injective?\n\nc. How many of the '
     'injective functions are increasing? To be increasing means that if $a<b$ then '
     '$f(a)<f(b)$, or in other words, the outputs get larger as the inputs get larger.'),
    [
        'How many functions are there total?',
        'How many functions are injective?',
        ('How many of the injective functions are increasing? To be increasing means that if '
         '$a<b$ then $f(a)<f(b)$, or in other words, the outputs get larger as the inputs get '
         'larger.'),
    ])
# Exercise 1, 3.5.5 Practice Problems (p. 270)
MULTISETS = (
    ('A multiset is a collection of objects, just like a set, but can contain an object '
     'more than once (the order of the elements still doesn’t matter). For example, '
     '$\\{1,1,2,5,5,7\\}$ is a multiset of size $6$.\n\na. How many sets of size $9$ can be '
     'made using the $10$ numeric digits $0$ through $9$?\n\nb. How many multisets of size '
     '$9$ can be made using the $10$ numeric digits $0$ through $9$?'),
    [
        'How many sets of size $9$ can be made using the $10$ numeric digits $0$ through $9$?',
        ('How many multisets of size $9$ can be made using the $10$ numeric digits $0$ through '
         '$9$?'),
    ])
# Exercise 2, 3.5.5 Practice Problems (p. 270)
INCREASING = (
    ('Using the digits $2$ through $7$, find the number of different 5-digit numbers such '
     'that:\n\na. Digits cannot be repeated and must be written in increasing order. '
     '(Increasing means strictly increasing. For example, the digits of $134$ are '
     'increasing, but the digits of $133$ are not.)\n\nb. Digits can be repeated and must '
     'be written in non-decreasing order. (Now the digits don’t need to be strictly '
     'increasing; $133$ has digits nondecreasing.)'),
    [
        ('Digits cannot be repeated and must be written in increasing order. (Increasing means '
         'strictly increasing. For example, the digits of $134$ are increasing, but the digits '
         'of $133$ are not.)'),
        ('Digits can be repeated and must be written in non-decreasing order. (Now the digits '
         'don’t need to be strictly increasing; $133$ has digits nondecreasing.)'),
    ])
# Exercise 3, 3.5.5 Practice Problems (p. 270)
DODGEBALLS = (
    ('After gym class you are tasked with putting the $16$ identical dodgeballs away into '
     '$10$ bins.\n\na. How many ways can you do this if there are no restrictions?\n\nb. '
     'How many ways can you do this if each bin must contain at least one dodgeball?'),
    [
        'How many ways can you do this if there are no restrictions?',
        'How many ways can you do this if each bin must contain at least one dodgeball?',
    ])
# Exercise 4, 3.5.5 Practice Problems (p. 270)
SOLUTIONS = (
    ('How many integer solutions are there to the equation $x+y+z=12$ for which\n\na. $x$, '
     '$y$, and $z$ are all positive?\n\nb. $x$, $y$, and $z$ are all non-negative?\n\nc. '
     '$x$, $y$, and $z$ are all greater than or equal to $-3$.'),
    [
        '$x$, $y$, and $z$ are all positive?',
        '$x$, $y$, and $z$ are all non-negative?',
        '$x$, $y$, and $z$ are all greater than or equal to $-3$.',
    ])
# Exercise 9, 3.5.5 Practice Problems (p. 271)
SODA = (
    ('Conic, your favorite math themed fast food drive-in offers $28$ flavors which can be '
     'added to your soda. You have enough money to buy a large soda with $7$ added flavors. '
     'How many different soda concoctions can you order if:\n\na. You refuse to use any of '
     'the flavors more than once?\n\nb. You refuse repeats but care about the order in '
     'which the flavors are added?\n\nc. You allow yourself multiple shots of the same '
     'flavor?\n\nd. You allow yourself multiple shots, and care about the order in which '
     'the flavors are added?'),
    [
        'You refuse to use any of the flavors more than once?',
        'You refuse repeats but care about the order in which the flavors are added?',
        'You allow yourself multiple shots of the same flavor?',
        ('You allow yourself multiple shots, and care about the order in which the flavors are '
         'added?'),
    ])

HEX = "0123456789abcdef"
# (exercise, part number from 0, family, the count worked by hand, the book's printed answer
# where the comparison reads it)
PARTS = [
    (CALZONE, 0, "counting.selections", math.comb(10, 5), r"$\binom{10}{5}=252$"),
    (CALZONE, 1, "counting.selections", math.comb(9, 5), None),  # 5 of the 9 other toppings
    (TIES, 0, "counting.selections", 8 + 3, "$8+3=11$ ties. Use the additive principle."),
    (TIES, 1, "counting.product", 8 * 3, r"$8\cdot3=24$ ties."),
    # a shirt with a skirt, a shirt with pants, or a dress (the ties are the other parts')
    (TIES, 2, "counting.product", 2 * 7 + 2 * 3 + 8, r"$2\cdot(7+3)+8=28$ outfits."),
    (HEXADECIMALS, 0, "counting.strings", 2 * 16**2, None),  # E or F, then any two digits
    (HEXADECIMALS, 1, "counting.strings", 6 * 16**4 * 10, r"$6\cdot16^{4}\cdot10=3932160$"),
    # start with a letter, or end with a numeral, less both
    (HEXADECIMALS, 2, "counting.strings", 6 * 16**3 + 16**3 * 10 - 6 * 16**2 * 10, None),
    (SUBSETS, 0, "counting.selections", 2**8, r"$2^{8}=256$ subsets."),
    (SUBSETS, 1, "counting.subsets", 2**5, None),  # 2, 3, 5 in; the other 5 free
    (SUBSETS, 2, "counting.subsets", 2**8 - 2**4, None),  # all but the subsets of {2,4,6,8}
    (SUBSETS, 3, "counting.subsets", 4 * 2**4, r"$\binom{4}{1}\cdot2^{4}=64$ subsets."),
    (SUBSETS_OF_FOUR, 0, "counting.selections", 15, r"$\binom{6}{4}=15$ subsets"),
    (SUBSETS_OF_FOUR, 1, "counting.subsets", 3, None),  # {2,3,5} and one of 1, 4, 6
    (SUBSETS_OF_FOUR, 2, "counting.subsets", 15, None),  # only 3 evens: every 4 holds an odd
    (SUBSETS_OF_FOUR, 3, "counting.subsets", 3, None),  # one of 2, 4, 6 with all of 1, 3, 5
    (PATHS, 0, "counting.lattice_paths", math.comb(14, 7), None),  # 7 right, 7 up
    (PATHS, 1, "counting.lattice_paths", math.comb(7, 3) * math.comb(7, 4),
     r"$\binom{7}{3}\binom{7}{4}=1225$ paths."),
    (PATHS, 2, "counting.lattice_paths", math.comb(14, 7) - 35 * 35,
     r"$\binom{14}{7}-\binom{7}{3}\binom{7}{4}=2207$ paths."),
    (BIT_STRINGS, 0, "counting.bit_strings", 2**10, None),  # 011, then 10 free bits
    (BIT_STRINGS, 1, "counting.bit_strings", math.comb(10, 6), None),  # 6 more 1s in 10 bits
    (BIT_STRINGS, 2, "counting.bit_strings", 2**10 + 2**11 - 2**8, "$2816$."),
    (BIT_STRINGS, 3, "counting.bit_strings", math.comb(10, 6) + math.comb(11, 7) - math.comb(8, 5),
     "$484$."),
    (WORDS, 0, "counting.selections", 12**13, None),
    # 13 letters from 12 without repeats: none (the pigeonhole principle)
    (WORDS, 1, "counting.selections", 0, r"$(12)\cdot(11)\cdot(10)\dots(12-13+1)=0$ words."),
    (WORDS, 2, "counting.strings", 12**10, r"$12^{10}=6.19174\times10^{10}$ words"),
    (WORDS, 3, "counting.strings", 12**10 + 12**11 - 12**8, None),
    (PIZZA, 0, "counting.selections", math.comb(8, 2), None),
    (PIZZA, 1, "counting.selections", 2**8, r"$2^{8}=256$ pizzas."),
    (PIZZA, 2, "counting.selections", math.perm(8, 4), None),  # 4 of the 8, in order
    (DIGITS, 0, "counting.selections", 8**7, None),  # the digits 2 to 9 are 8 digits
    (DIGITS, 1, "counting.selections", math.perm(8, 7), None),
    (DIGITS, 2, "counting.selections", math.comb(8, 7), r"$\binom{8}{7}=8$ such numbers."),
    (BOOKS, 0, "counting.selections", math.perm(30, 19),
     (r"We can write the answer as $P(30,19)=30\cdot29\cdot28\cdot\dots\cdot12$, which is the "
      r"same as $\frac{30!}{11!}$.")),
    (BOOKS, 1, "counting.selections", math.comb(30, 19), r"So the answer is just $\binom{30}{19}$"),
    (FUNCTIONS, 0, "combinatorics.count_functions_subsets", 22**13, None),
    (FUNCTIONS, 1, "combinatorics.count_functions_subsets", math.perm(22, 13), None),
    (LISTED_FUNCTIONS, 2, "counting.selections", math.comb(6, 5), r"$\binom{6}{5}=6$ functions."),
    (MULTISETS, 0, "counting.selections", math.comb(10, 9), r"$\binom{10}{9}$ sets."),
    (MULTISETS, 1, "counting.selections", math.comb(18, 9), r"giving us $\binom{18}{9}$ sets."),
    (INCREASING, 0, "counting.selections", math.comb(6, 5), r"There are $\binom{6}{5}$ numbers."),
    (INCREASING, 1, "counting.selections", math.comb(10, 5), None),  # 5 stones, 5 sticks
    (DODGEBALLS, 0, "counting.distributions", math.comb(25, 9), None),  # 16 stones, 9 sticks
    (DODGEBALLS, 1, "counting.distributions", math.comb(15, 9), None),  # one in each: 6 left
    (SOLUTIONS, 0, "counting.distributions", math.comb(11, 2), None),  # 9 left for 3
    (SOLUTIONS, 1, "counting.distributions", math.comb(14, 2), None),
    (SOLUTIONS, 2, "counting.distributions", math.comb(23, 2), None),  # x+3 etc.: 21 for 3
    (SODA, 0, "counting.selections", math.comb(28, 7), r"$\binom{28}{7}$ sodas"),
    (SODA, 1, "counting.selections", math.perm(28, 7), None),
    (SODA, 2, "counting.selections", math.comb(34, 7), None),  # 7 stars, 27 bars
    (SODA, 3, "counting.selections", 28**7, None),
]


def _part(exercise: tuple[str, list[str]], own: int) -> tuple[str, str | None]:
    """The part's text and the context the build reads it with."""
    text, parts = exercise
    return parts[own], context_of(text, parts, own)


@pytest.mark.parametrize(("exercise", "own", "name", "expected", "printed"), PARTS)
def test_parts_are_read_with_their_setup(exercise, own, name, expected, printed) -> None:
    task, problem = solved(*_part(exercise, own))
    assert task.family == name
    assert problem.answer == expected
    namespace: dict = {}
    exec(problem.code, namespace)  # noqa: S102 - the family's own solve() program
    assert namespace["solve"]() == problem.answer
    if printed:
        assert compare_with_book(problem.answer, printed).status == "match"


@pytest.mark.parametrize(("exercise", "own"), [
    (CALZONE, 2),  # it also asks how the three questions relate
    (WORDS, 4),  # no repeats and no "bed": no template
])
def test_parts_no_template_reads_stay_unread(exercise, own) -> None:
    assert counting.read(*_part(exercise, own)) is None


# Exercise 1, 3.5.6 Additional Exercises (p. 271): its parts name counting problems, but what it
# asks of each is the outcome a sticks-and-stones diagram stands for.
DIAGRAM = (
    ("Each of the counting problems below can be solved with sticks and stones. For each, say what "
     "outcome the diagram\n\n$$\\circ\\circ\\circ|\\circ||\\circ\\circ|$$\n\nrepresents, if there are "
     "the correct number of sticks and stones for the problem. Otherwise, say why the diagram does "
     "not represent any outcome, and what a correct diagram would look like.\n\n(a) How many ways "
     "are there to select a handful of $6$ jellybeans from a jar that contains $5$ different "
     "flavors?\n\n(b) How many ways can you distribute $5$ identical lollipops to $6$ kids?\n\n(c) "
     "How many 6-letter words can you make using the $5$ vowels in alphabetical order?\n\n(d) How "
     "many solutions are there to the equation $x_{1}+x_{2}+x_{3}+x_{4}=6$."),
    [("How many ways are there to select a handful of $6$ jellybeans from a jar that contains $5$ "
     "different flavors?"), "How many ways can you distribute $5$ identical lollipops to $6$ kids?",
     "How many 6-letter words can you make using the $5$ vowels in alphabetical order?",
     "How many solutions are there to the equation $x_{1}+x_{2}+x_{3}+x_{4}=6$."])


@pytest.mark.parametrize("own", range(4))
def test_parts_asking_what_a_diagram_means_stay_unread(own) -> None:
    text, context = _part(DIAGRAM, own)
    assert read_task("item", text, context=context).family is None


def test_a_part_is_joined_to_its_setup_unless_text_follows_it() -> None:
    setup = "how many paths start at (5,5) and a. b. end at (12,12)? c."
    assert counting.joined("end at (12,12)?", setup) == "how many paths start at (5,5) and end at (12,12)?"
    # a closing question after the parts would be lost
    assert counting.joined("end at (12,12)?", setup + " how do they relate?") is None
    assert counting.joined("end at (12,12)?", "end at (12,12)?") is None  # no setup


# Whole items: the sizes of sets and of their intersections, and the union asked.
UNIONS = [
    (("A group of college students was asked about their TV watching habits. Of those surveyed, "
      "$30$ students watch The Walking Dead, $24$ watch The Blacklist, and $28$ watch Game of "
      "Thrones. Additionally, $18$ watch The Walking Dead and The Blacklist, $10$ watch The "
      "Walking Dead and Game of Thrones, and $12$ watch The Blacklist and Game of Thrones. There are "
      "$7$ students who watch all three shows. How many students surveyed watched at least one of "
      "the shows?"), 30 + 24 + 28 - (18 + 10 + 12) + 7,
     "$49$ students. Use Venn diagram or PIE: $30+24+28-(18+10+12)+7=49$."),
    # Exercise 3.9 6 (PDF): the survey is the three airlines' passengers alone
    (("In a recent small survey of airline passengers, $27$ said they had flown American in the "
      "last year, $20$ had flown Jet Blue, and $29$ had flown Continental. Of those, $13$ reported "
      "they had flown on American and Jet Blue, $10$ had flown on Jet Blue and Continental, and "
      "$11$ had flown on American and Continental. $6$ passengers had flown on all three airlines."
      "\n\nHow many passengers were surveyed? (Assume the results above make up the entire "
      "survey.)"), 27 + 20 + 29 - (13 + 10 + 11) + 6,
     ("$48$ passengers. We are asking for the size of the union of three non-disjoint sets. Using "
     "PIE, we have $27+20+29-(13+11+10)+6=48$.")),
    (("Counting favorite mathematicians. Xiang and Omari are discussing their favorite "
      "mathematicians throughout history. Xiang has a list of $7$ favorites, while Omari has a list "
      "of $5$. They discover that they have $3$ mathematicians in common. How many mathematicians "
      "are on their combined list?"), 7 + 5 - 3, None),
    # the source's table (the PDF's runs its numbers together)
    (("An examination in three subjects, Algebra, Biology, and Chemistry, was taken by 41 students. "
      "The following table shows how many students failed in each single subject and in their "
      "various combinations: Subject: | A | B | C | AB | AC | BC | ABC Failed: | 12 | 5 | 8 | 2 | 6 "
      "| 3 | 1 How many students failed at least one subject?"), 12 + 5 + 8 - 2 - 6 - 3 + 1, None),
]


def test_numbers_with_an_even_digit_sum() -> None:
    """Example 3.2.15: odd-odd 3*3, even-even 2*2."""
    task, problem = solved("How many two-digit numbers, using only the digits $\\{1,2,3,4,5\\}$ have "
                           "the sum of their digits even?")
    assert task.family == "counting.strings"
    assert problem.answer == 3 * 3 + 2 * 2
    printed = "Combined, there are $9+4=13$ two-digit numbers with an even sum of digits."
    assert compare_with_book(problem.answer, printed).status == "match"
    big = FAMILIES["counting.strings"].pose({"symbols": "1234", "length": 12, "parity": "odd"})
    assert big.answer == 4**12 // 2  # as many odd sums as even: toggle the last digit 1 <-> 2
    assert all(check.passed for check in FAMILIES["counting.strings"].verify(big))


# Items asking several counts, quoted from the PDF (the source prints Example 3.5.6 with
# $x_i \ge 0$ and no numbers before its questions).
SEVERAL = [
    (("How many integer solutions are there to the equation\n\n$$x_{1}+x_{2}+x_{3}+x_{4}+x_{5}=13.$$"
      "\n\n(An integer solution to an equation is a solution in which the unknown must have an "
      "integer value.)\n\n1. where $x_{i}\\geq0$ for each $x_{i}$?\n\n2. where $x_{i}>0$ for each "
      "$x_{i}$?\n\n3. where $x_{i}\\geq2$ for each $x_{i}$?"),
     # 13 stones and 4 bars; one to each first, 8 left; two to each first, 3 left
     (math.comb(17, 4), math.comb(12, 4), math.comb(7, 4))),
    (("How many integer solutions are there to the equation\n\n$$x_1 + x_2 + x_3 + x_4 + x_5 = 13$$"
      "\n\n.\n\n(An integer solution to an equation is a solution in which the unknown must have "
      "an integer value.)\n\nwhere $x_i \\ge 0$ for each $x_i$?\n\nwhere $x_i > 0$ for each $x_i$?"
      "\n\nwhere $x_i \\ge 2$ for each $x_i$?"),
     (math.comb(17, 4), math.comb(12, 4), math.comb(7, 4))),
    (("How many subsets of $\\{1,2,3,4,5,6,7,8\\}$ have six elements? Of those, how many contain the "
      "number $1$? Of the total number of 6-element subsets, how many do NOT contain the number $1$?"),
     (math.comb(8, 6), math.comb(7, 5), math.comb(7, 6))),  # 1 and 5 of 7 others; 6 of 7 others
]


@pytest.mark.parametrize(("text", "expected"), SEVERAL)
def test_several_counts_in_one_item(text, expected) -> None:
    task, problem = solved(text)
    assert task.family == "counting.several"
    assert problem.answer == sp.Tuple(*expected)


@pytest.mark.parametrize(("text", "expected", "printed"), UNIONS)
def test_unions_are_counted_by_inclusion_exclusion(text, expected, printed) -> None:
    task, problem = solved(text)
    assert task.family == "counting.union"
    assert problem.answer == expected
    if printed:
        assert compare_with_book(problem.answer, printed).status == "match"


def test_a_survey_of_more_than_the_sets_stays_unread() -> None:
    # without "the results above make up the entire survey" some passengers may have flown none
    airlines = UNIONS[1][0].replace(" (Assume the results above make up the entire survey.)", "")
    assert read_task("item", airlines).family is None
    # a pair named twice, the third pair not at all
    twice = UNIONS[1][0].replace("on American and Continental", "on Jet Blue and American")
    assert read_task("item", twice).family is None


def test_sizes_no_venn_diagram_fits_fail_the_check() -> None:
    union = FAMILIES["counting.union"]
    problem = union.pose({"sizes": {"A": 3, "B": 4, "AB": 5}})  # the meet larger than A
    assert not all(check.passed for check in union.verify(problem))


def test_a_wrong_count_fails_and_variants_pass() -> None:
    rng = random.Random(3)
    for exercise, own, name, _, _ in PARTS[::3]:
        text, context = _part(exercise, own)
        task = read_task("item", text, context=context)
        family = FAMILIES[name]
        wrong = family.pose(task.params)
        wrong.answer = wrong.answer + 1
        assert not all(check.passed for check in family.verify(wrong)), task.params
        varied = vary(name, task.params, rng)
        assert all(check.passed for check in family.verify(family.pose(varied))), varied
    for text, _, _ in UNIONS:
        params = read_task("item", text).params
        assert all(c.passed for c in FAMILIES["counting.union"].verify(
            FAMILIES["counting.union"].pose(vary("counting.union", params, rng))))


@pytest.mark.parametrize("name", ["counting.strings", "counting.union", "counting.subsets"])
def test_drawn_problems_pass_their_checks(name) -> None:
    for seed in range(4):
        family = FAMILIES[name]
        problem = family.make(seed, 1 + seed % 3)
        assert all(check.passed for check in family.verify(problem)), problem.params
        assert sp.sympify(problem.answer) == problem.answer


# Exercise 3.5.8 8 (PDF): monotone functions between two listed sets, and the book's answers.
MONOTONE = ("Consider functions $f:\\{1,2,3,4,5,6\\}\\to\\{0,1,2,3,4,5,6,7,8,9,10,11,12\\}$.\n\n"
            "a. How many of these functions are strictly increasing? Explain. (A function is "
            "strictly increasing provided if $a<b$, then $f(a)<f(b)$.)\n\nb. How many of the "
            "functions are non-decreasing? Explain. (A function is non-decreasing provided if "
            "$a<b$, then $f(a)\\leq f(b)$.)")
MONOTONE_PARTS = [("How many of these functions are strictly increasing? Explain. (A function is "
                  "strictly increasing provided if $a<b$, then $f(a)<f(b)$.)"),
                  ("How many of the functions are non-decreasing? Explain. (A function is "
                  "non-decreasing provided if $a<b$, then $f(a)\\leq f(b)$.)")]


def test_monotone_functions_between_listed_sets() -> None:
    # by hand: 6 inputs, 13 outputs. Strictly increasing: choose the 6 distinct values, one order:
    # C(13,6) = 1716. Non-decreasing: a multiset of 6 of the 13 values, C(13+6-1,6) = C(18,6) = 18564.
    printed = [("$\\binom{13}{6}=1716$. Note that a strictly increasing function is automatically "
               "injective."), "$\\binom{18}{6}$. This is in fact a sticks and stones problem."]
    for own, expected in enumerate([1716, 18564]):
        text = MONOTONE_PARTS[own]
        task, problem = solved(text, context_of(MONOTONE, MONOTONE_PARTS, own))
        assert (task.family, problem.answer) == ("counting.selections", expected)
        assert compare_with_book(problem.answer, printed[own]).status == "match"
    # a definition that does not fit the word it defines stays unread
    wrong = MONOTONE_PARTS[1].replace("\\leq", "<")
    assert read_task("b", wrong, context=context_of(MONOTONE.replace(MONOTONE_PARTS[1], wrong),
                                                    [MONOTONE_PARTS[0], wrong], 1)).family is None
