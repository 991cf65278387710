"""Discrete chapter 3 counting items that ask a count alongside a proof or an explanation ("Answer
this question in at least two different ways", "Explain why your answer is correct"), or whose
count is a formula in n: read from the book's PDF text (a part with the context the build gives
it), the answer worked by hand, checked by the family's second method (a listing) and its own
solve(), and compared with the book's printed answer where there is one."""

import random

import pytest
import sympy as sp

from exercises.family import FAMILIES
from formalize.agreement import compare_with_book
from formalize.parts import context_of
from formalize.tasks import read_task
from formalize.variants import vary
from tests.book_items import solved

n, k = sp.symbols("n k", integer=True, nonnegative=True)

# Exercise 11, 3.6.6 (p. 287), as the PDF prints it; (g) asks a proof and is no count.
TERNARY = ("Let’s count ternary digit strings, that is, strings in which each digit can be $0$, $1$,"
           "\n\nor $2$.\n\n(a) How many ternary digit strings contain exactly $n$ digits?\n\n(b) How "
           "many ternary digit strings contain exactly $n$ digits and $n$ 2’s.\n\n(c) How many "
           "ternary digit strings contain exactly $n$ digits and $n-1$ 2’s. (Hint: Where can you "
           "put the non-2 digit, and then what could it be?)\n\n(d) How many ternary digit strings "
           "contain exactly $n$ digits and $n-2$ 2’s. (Hint: See previous hint.)\n\n(e) How many "
           "ternary digit strings contain exactly $n$ digits and $n-k$ 2’s.\n\n(f) How many ternary "
           "digit strings contain exactly $n$ digits and no 2’s. (Hint: What kind of a string is "
           "this?)\n\n(g) Use the above parts to give a combinatorial proof for the identity\n\n"
           r"$$\binom{n}{0}+2\binom{n}{1}+2^{2}\binom{n}{2}+2^{3}\binom{n}{3}+\dots+2^{n}\binom{n}{n}"
           "=3^{n}.$$")
TERNARY_PARTS = [
    "How many ternary digit strings contain exactly $n$ digits?",
    "How many ternary digit strings contain exactly $n$ digits and $n$ 2’s.",
    ("How many ternary digit strings contain exactly $n$ digits and $n-1$ 2’s. (Hint: Where can "
     "you put the non-2 digit, and then what could it be?)"),
    "How many ternary digit strings contain exactly $n$ digits and $n-2$ 2’s. (Hint: See previous hint.)",
    "How many ternary digit strings contain exactly $n$ digits and $n-k$ 2’s.",
    ("How many ternary digit strings contain exactly $n$ digits and no 2’s. (Hint: What kind of a "
     "string is this?)"),
    ("Use the above parts to give a combinatorial proof for the identity\n\n"
     r"$$\binom{n}{0}+2\binom{n}{1}+2^{2}\binom{n}{2}+2^{3}\binom{n}{3}+\dots+2^{n}\binom{n}{n}"
     "=3^{n}.$$"),
]
# By hand: (a) 3 choices for each of n places; (b) all 2's, one string; (c) the non-2 digit's
# place (n) times its value (0 or 1); (d) C(n,2) places times 2^2 values = 2n(n-1); (e) C(n,k)
# places for the k non-2 digits, 2^k values; (f) strings of 0s and 1s, 2^n.
TERNARY_COUNTS = [3**n, 1, 2 * n, 2 * n * (n - 1), 2**k * sp.binomial(n, k), 2**n]


@pytest.mark.parametrize("index, expected", list(enumerate(TERNARY_COUNTS)))
def test_ternary_strings_are_counted_as_formulas_in_n(index, expected) -> None:
    task, problem = solved(TERNARY_PARTS[index], context_of(TERNARY, TERNARY_PARTS, index))
    assert task.family == "counting.copies"
    assert sp.simplify(problem.answer - expected) == 0
    namespace: dict = {}
    exec(problem.code, namespace)  # noqa: S102 - the family's own solve() program
    assert sp.simplify(namespace["solve"]() - expected) == 0


def test_the_ternary_exercise_read_alone_is_no_reading() -> None:
    # (g) asks a proof, which no template reads; the build reads the whole through its six
    # counted parts instead (formalize.wholes), (g) being no computational part.
    assert read_task("item", TERNARY).family is None


# Exercise 4, 3.3.6 (p. 244), and the book's answer to it.
POTATOES = ("In a recent survey, $100$ students reported whether they liked their potatoes mashed, "
            "French-fried, or twice-baked. $54$ liked them mashed, $39$ liked French fries, and $51$ "
            "liked twice baked potatoes. Additionally, $18$ students liked both mashed and "
            "French-fried potatoes, $28$ liked French fries and twice baked potatoes, $29$ liked "
            "mashed and baked, and $11$ liked all three styles. How many students hate potatoes? "
            "Explain why your answer is correct.")
POTATOES_ANSWER = ("Using the principle of inclusion/exclusion, the number of students who like "
                   "their potatoes in at least one of the ways described is\n\n"
                   "$$54+39+51-(18+28+29)+11=80.$$\n\nTherefore there are $100-80=20$ students who "
                   "do not like potatoes. You can also do this problem with a Venn diagram.")
# Exercise 2, 3.3.7 (p. 246).
DIGIT_SUMS = ("For how many three-digit numbers ($100$ to $999$) is the sum of the digits even? (For "
              "example, $343$ has an even sum of digits: $3+4+3=10$ which is even.) Find the answer "
              "and explain why it is correct in at least two different ways.")
# Exercise 12, 3.6.6 (p. 288).
REARRANGE = ("How many ways are there to rearrange the letters in the word “rearrange”?\n\nAnswer "
             "this question in at least two different ways to establish a binomial identity.")


@pytest.mark.parametrize("text, family, expected", [
    # 54 + 39 + 51 - (18 + 28 + 29) + 11 = 80 like some style; 100 - 80 = 20 like none
    (POTATOES, "counting.union", 20),
    # first digit 1-9, then 10 * 10: for each first two digits, 5 last digits make the sum even,
    # 9 * 10 * 5 = 450
    (DIGIT_SUMS, "counting.strings", 450),
    # r three times, e, a twice, n, g once: 9!/(3! 2! 2!) = 362880/24 = 15120
    (REARRANGE, "counting.anagrams", 15120),
])
def test_counts_asked_with_an_explanation_are_read(text, family, expected) -> None:
    task, problem = solved(text)
    assert task.family == family
    assert problem.answer == expected


def test_the_survey_agrees_with_the_book() -> None:
    _, problem = solved(POTATOES)
    assert compare_with_book(problem.answer, POTATOES_ANSWER).status == "match"


@pytest.mark.parametrize("text", [
    POTATOES.replace("How many students hate potatoes?", "How many students like all three?"),
    # the range is not all the three-digit numbers, or the example's sum is wrong
    DIGIT_SUMS.replace("$100$ to $999$", "$100$ to $500$"),
    DIGIT_SUMS.replace("$3+4+3=10$", "$3+4+3=11$"),
    REARRANGE.replace("binomial identity.", "binomial identity. Which way is faster?"),
])
def test_changed_items_stay_unread(text) -> None:
    assert read_task("item", text).family is None


def test_drawn_problems_and_variants_pass_their_checks() -> None:
    rng = random.Random(5)
    for name, params in [("counting.copies", {"symbols": "012", "marked": "2", "copies": "n-k"}),
                         ("counting.union", {"sizes": {"A": 54, "B": 39, "C": 51, "AB": 18,
                                                       "AC": 29, "BC": 28, "ABC": 11},
                                             "total": 100}),
                         ("counting.strings", {"symbols": "0123456789", "length": 3,
                                               "parity": "even", "starts": list("123456789")}),
                         ("counting.two_sets", {"a": 9, "b": 19, "want": "union_values"}),
                         ("counting.numbered_groups", {"people": 40, "size": 4, "leaders": 10}),
                         ("counting.selections", {"n": 10, "k": 5, "ordered": True,
                                                  "repetition": False, "reversible": True}),
                         ("counting.anagrams", {"word": "abcde", "avoid": "bad",
                                                "consecutive": True})]:
        fam = FAMILIES[name]
        for seed in range(4):
            assert all(c.passed for c in fam.verify(fam.make(seed, 1 + seed % 3)))
            varied = vary(name, params, rng)
            assert all(c.passed for c in fam.verify(fam.pose(varied)))


# Exercises 1 and 2, 3.3.6, as the PDF prints them; the source leaves their numbers to
# WeBWorK ("$\card{A} =$"), and reads nothing.
TWO_SETS = ("Suppose you have sets $A$ and $B$ with $|A|=9$ and $|B|=19$.\n\n(a) What is the "
            "largest possible value for $|A\\cap B|$?\n\n(b) What is the smallest possible value "
            "for $|A\\cap B|$?\n\n(c) What are the possible values for $|A\\cup B|$?")
TWO_SETS_PARTS = ["What is the largest possible value for $|A\\cap B|$?",
                  "What is the smallest possible value for $|A\\cap B|$?",
                  "What are the possible values for $|A\\cup B|$?"]
# By hand: A inside B shares all 9; disjoint sets share none; the union is 19 + 9 - |A ∩ B|,
# 19 (A inside B) to 28 (disjoint).
TWO_SETS_ANSWERS = [9, 0, sp.FiniteSet(*range(19, 29))]


@pytest.mark.parametrize("index, expected", list(enumerate(TWO_SETS_ANSWERS)))
def test_what_two_sizes_allow_of_two_sets(index, expected) -> None:
    task, problem = solved(TWO_SETS_PARTS[index], context_of(TWO_SETS, TWO_SETS_PARTS, index))
    assert task.family == "counting.two_sets"
    assert problem.answer == expected


def test_two_sets_whole_and_their_sum() -> None:
    assert solved(TWO_SETS)[1].answer == sp.Tuple(*TWO_SETS_ANSWERS)
    # |A ∪ B| + |A ∩ B| = |A| + |B| = 5 + 2 = 7, however the sets overlap
    assert solved("If $|A|=5$ and $|B|=2$, what is $|A\\cup B|+|A\\cap B|$?")[1].answer == 7
    unnumbered = "Suppose you have sets $A$ and $B$ with $\\card{A} =$ and $\\card{B} =$.\n\n"
    assert read_task("item", TWO_SETS_PARTS[0], context=unnumbered + "(a) "
                     + TWO_SETS_PARTS[0]).family is None


# Exercise 8, 3.4.6 (the golfers) and its printed answers, as products "\cdot\dots\cdot" the
# comparison cannot finish: unreadable, not differing.
GOLF = ("On a business retreat, your company of $40$ businessmen and businesswomen goes golfing.\n\n"
        "a. You need to divide up into foursomes (groups of $4$ people): a first foursome, a second "
        "foursome, and so on. How many ways can you do this?\n\nb. After all your hard work, you "
        "realize that in fact, you want each foursome to include one of the $10$ Board members "
        "(who are among the $40$ golfers already). How many ways can you do this?")
GOLF_PARTS = [("You need to divide up into foursomes (groups of $4$ people): a first foursome, a "
               "second foursome, and so on. How many ways can you do this?"),
              ("After all your hard work, you realize that in fact, you want each foursome to "
               "include one of the $10$ Board members (who are among the $40$ golfers already). How "
               "many ways can you do this?")]
GOLF_ANSWERS = [(r"$\binom{40}{4}\cdot\binom{36}{4}\cdot\binom{32}{4}\cdot\dots\cdot\binom{4}{4}$ "
                 "ways. Pick $4$ out of $40$ people to be in the first foursome, then $4$ of the "
                 "remaining $36$ for the second foursome, and so on (use the multiplicative "
                 "principle to combine)."),
                (r"$10!\binom{30}{3}\cdot\binom{27}{3}\cdot\binom{24}{3}\cdot\dots\cdot\binom{3}{3}$ "
                 "ways. First determine the tee time of the $10$ board members, then select $3$ of "
                 "the $30$ non-board members to golf with the first board member, then $3$ of the "
                 "remaining $27$ to golf with the second, and so on.")]
# By hand, as the book's answers say: C(40,4) C(36,4) ... C(4,4) = 40!/(4!)^10; the board
# members' foursomes in 10! orders, then C(30,3) C(27,3) ... C(3,3) = 30!/(3!)^10.
GOLF_COUNTS = [sp.factorial(40) / sp.factorial(4) ** 10,
               sp.factorial(10) * sp.factorial(30) / sp.factorial(3) ** 10]


@pytest.mark.parametrize("index", [0, 1])
def test_golfers_in_numbered_foursomes(index) -> None:
    task, problem = solved(GOLF_PARTS[index], context_of(GOLF, GOLF_PARTS, index))
    assert task.family == "counting.numbered_groups"
    assert problem.answer == GOLF_COUNTS[index]
    assert compare_with_book(problem.answer, GOLF_ANSWERS[index]).status != "differs"


def test_golfers_whole_and_board_members_that_do_not_fit() -> None:
    assert solved(GOLF)[1].answer == sp.Tuple(*GOLF_COUNTS)
    # nine board members cannot each lead one of ten foursomes
    nine = GOLF_PARTS[1].replace("$10$ Board", "$9$ Board")
    assert read_task("item", nine, context=context_of(GOLF.replace("$10$ Board", "$9$ Board"),
                                                      [GOLF_PARTS[0], nine], 1)).family is None


# Exercise 2(a), 3.4.7: a stack is an order of 5 of the 12 different chips, P(12,5) =
# 12*11*10*9*8 = 95040.
CHIPS = ("Suppose you have $12$ chips, each a different color. How many different stacks of $5$ "
         "chips can you make? Explain your answer and why it is the same as using the formula for "
         "$P(12,5)$.")


def test_stacks_of_chips() -> None:
    task, problem = solved(CHIPS)
    assert task.params == {"n": 12, "k": 5, "ordered": True, "repetition": False}
    assert problem.answer == 95040
    assert read_task("item", CHIPS.replace("P(12,5)", "P(12,6)")).family is None


# Example 3.4.12: the book's answer works it out: P(10,5) = 30240 orders of five of the ten
# colors, each wand counted twice (spun around, an order is its reverse), 30240/2 = 15120.
WAND = ("You have decided to decorate your magic wand with bands of different colored tape. You "
        "have $10$ different colors to choose from, and you will use five of them to create five "
        "different stripes of color. How many different wand designs are possible?")


def test_wand_designs_count_an_order_and_its_reverse_once() -> None:
    task, problem = solved(WAND)
    assert task.params["reversible"] is True
    assert problem.answer == 15120
    # five colors but four stripes: the numbers disagree
    assert read_task("item", WAND.replace("create five", "create four")).family is None
    # one stripe is its own reverse: all 10 stay; for 7 of 12, pairing off halves P(12,7)
    one = FAMILIES["counting.selections"].pose({"n": 10, "k": 1, "ordered": True,
                                                "repetition": False, "reversible": True})
    seven = FAMILIES["counting.selections"].pose({"n": 12, "k": 7, "ordered": True,
                                                  "repetition": False, "reversible": True})
    assert (one.answer, seven.answer) == (10, 12 * 11 * 10 * 9 * 8 * 7 * 6 // 2)
    assert all(c.passed for c in FAMILIES["counting.selections"].verify(seven))


# Exercises 3 and 6, 3.1.7: what each path or string has, and how many there are. By hand: from
# (3,4) to (8,10) is 5 steps right and 6 up, 11 steps, C(11,5) = 462 paths; each string of
# B_3^8 has three 1s and five 0s, C(8,3) = 56 strings, and C(8,5) = 56 of weight 5.
PATHS = ("Consider the lattice paths from $(3,4)$ to $(8,10)$.\n\nHow long is each such path?\n\n"
         "How many steps are in the x-direction?\n\nHow many different paths are there?")
WEIGHTS = ("Consider the set $\\mathbf{B}_{3}^{8}$ of 8-bit strings of weight $3$.\n\nHow many 1s are "
           "there in each bit-string? How many 0s are there in each bit-string?\n\nHow many bit "
           "strings are there in the set?\n\nHow many 8-bit strings of weight $5$ are there?")


@pytest.mark.parametrize("text, expected", [(PATHS, sp.Tuple(11, 5, 462)),
                                            (WEIGHTS, sp.Tuple(3, 5, 56, 56))])
def test_what_each_path_or_string_has_and_how_many(text, expected) -> None:
    task, problem = solved(text)
    assert task.family == "counting.several"
    assert problem.answer == expected


def test_a_set_named_for_other_strings_stays_unread() -> None:
    assert read_task("item", WEIGHTS.replace("8-bit strings of weight $3$",
                                             "8-bit strings of weight $4$")).family is None


# Exercise 3, 3.2.1: one card of a standard deck. By hand: 12 face + 26 red - 6 red face cards
# = 32 either; 6 both (J, Q, K of hearts and diamonds).
CARDS = ("Do your rules work? Let’s apply them to another counting problem to check. Given that a "
         "standard deck of playing cards has $12$ face cards and $26$ red cards, answer the "
         "following.\n\n(a) How many ways can you select a card which is either a face card or a "
         "red\n\ncard?\n\n(b) How many ways can you select a card which is both a face card and a "
         "red\n\ncard?")
CARD_PARTS = ["How many ways can you select a card which is either a face card or a red\n\ncard?",
              "How many ways can you select a card which is both a face card and a red\n\ncard?"]
# Exercise 7, 3.2.6: a row of coins is a 4-bit string (a penny a 1). By hand: C(4,2) = 6 rows
# with two pennies, 6 * 4 = 24 coins; all 2^4 = 16 rows, 16 * 4 = 64 coins (the book's 24, 64).
COINS = ("You break your piggy-bank to discover lots of pennies and nickels. You start arranging "
         "these in rows of $4$ coins.\n\na. You find yourself making rows containing an equal "
         "number of pennies and nickels. For fun, you decide to lay out every possible such row. "
         "How\n\nmany coins will you need?\n\nb. How many coins would you need to make all possible "
         "rows of $4$ coins (not necessarily with equal number of pennies and nickels)?")
COIN_PARTS = [("You find yourself making rows containing an equal number of pennies and nickels. For "
               "fun, you decide to lay out every possible such row. How\n\nmany coins will you need?"),
              ("How many coins would you need to make all possible rows of $4$ coins (not "
               "necessarily with equal number of pennies and nickels)?")]
COIN_ANSWERS = [("We can think of each row as a 4-bit string of weight $2$ (since of the $4$ coins, we "
                 "require $2$ to be pennies). Thus there are $\\binom{4}{2}=6$ rows possible. Each "
                 "row requires $4$ coins, so if we want to make all the rows at the same time, we will "
                 "need $24$ coins, half of them nickels and half of them pennies."),
                ("Now there are $2^{4}=16$ rows possible, which is also $\\binom{4}{0}+\\binom{4}{1}"
                 "+\\binom{4}{2}+\\dots+\\binom{4}{4}$, if you break them up into rows containing $0$, "
                 "$1$, $2$, etc. pennies. Thus, since there are $4$ coins in each row, we need "
                 "$4\\cdot16=64$ total coins.")]


@pytest.mark.parametrize("whole, parts, expected", [(CARDS, CARD_PARTS, [32, 6]),
                                                    (COINS, COIN_PARTS, [24, 64])])
def test_cards_and_rows_of_coins(whole, parts, expected) -> None:
    for index, part in enumerate(parts):
        assert solved(part, context_of(whole, parts, index))[1].answer == expected[index]
    assert solved(whole)[1].answer == sp.Tuple(*expected)


def test_rows_of_coins_agree_with_the_book_and_a_wrong_deck_is_not_read() -> None:
    for index, part in enumerate(COIN_PARTS):
        _, problem = solved(part, context_of(COINS, COIN_PARTS, index))
        assert compare_with_book(problem.answer, COIN_ANSWERS[index]).status == "match"
    assert read_task("item", CARDS.replace("$12$ face", "$16$ face")).family is None
    assert read_task("item", COINS.replace("rows of $4$ coins.", "rows of $5$ coins.")).family is None


def test_the_sources_notation_for_strings_of_a_weight() -> None:
    # The source writes B_2^6 as its macro \B^6_2 (3.6.6.10(e)) and B_3^8 as \mathbf{B}^8_3
    # (3.1.7.6): read as the PDF's \mathbf{B}_{2}^{6}. By hand: C(6,2) = 15.
    part = "How many bit strings are there total in $\\B^6_2$?"
    setup = ("Consider the bit strings in $\\B^6_2$ (bit strings of length $6$ and weight $2$).\n\n"
             "(e) ")
    assert solved(part, setup + part)[1].answer == 15
    source = WEIGHTS.replace("\\mathbf{B}_{3}^{8}", "\\mathbf{B}^8_3")
    assert solved(source)[1].answer == sp.Tuple(3, 5, 56, 56)


# Exercise 14, 3.9 (both its questions labelled "a." in the PDF; "not-necessarilyconsecutive" run
# together). By hand, as the book's answer: 5! - 3 * 2! = 114 (the block "bad" starts in one of
# 3 places, c and e in 2! orders); 5! - C(5,3) * 2! = 100 (places for b, a, d in that order).
BAD = ("We are making 5-letter words from the set of letters $a,b,c,d,e,f\\dots$, in such a\n\nway "
       "that we have exactly the first $5$ letters available so that we use all letters.\n\na. How "
       "many 5-letter words can we make from the letters without repeats that do not contain the "
       "sub-word “bad” in consecutive letters?\n\na. How many words don’t contain the subword “bad” "
       "in not-necessarilyconsecutive letters (but in order)?")


def test_words_avoiding_a_sub_word() -> None:
    _, problem = solved(BAD)
    assert problem.answer == sp.Tuple(114, 100)
    assert read_task("item", BAD.replace("subword “bad”", "subword “bed”")).family is None


def test_a_wrong_answer_offered_to_judge_is_not_evaluated() -> None:
    # 3.6.1.2(e), in the whole exercise (its PDF text, parts (b)-(d) left out): "What is wrong
    # with saying the answer is $10!$?" asks about 10!, not for it (it had been read, and
    # "verified", as 3628800).
    statistics = ("Consider the counting question “How many ways can you permute the letters of the "
                  "word STATISTICS?” Note that this is not just a permutation, since there are "
                  "repeated letters.\n\n(a) How many ways can you select three of the ten positions "
                  "in the anagram\n\nto be occupied by the letter $S$?\n\n(e) Try yet another "
                  "approach. What is wrong with saying the answer is $10!$?\n\nThis is too large, but "
                  "we can correct it by dividing to account for outcomes that are equivalent. What "
                  "should you divide by?\n\nWrite your answer as a quotient of factorials. Do you get "
                  "the same answer as before?")
    task = read_task("item", statistics)
    assert task.family is None
    assert "not to evaluate" in task.reason
