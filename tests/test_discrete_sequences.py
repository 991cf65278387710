"""Sequence and number theory items of the Discrete book read by whole sentences: a part that
solves its exercise's recurrence, finite progressions, differences, wages, remainders and
linear Diophantine equations. Each is read from the book's own text, posed, verified, and its
answer compared with the one worked by hand."""

import dataclasses
import random

import pytest
import sympy as sp

from exercises.families.textbook_numbers import CONGRUENT
from exercises.family import FAMILIES
from formalize.agreement import compare_with_book
from formalize.parts import context_of
from formalize.tasks import read_task
from formalize.variants import vary
from tests.book_items import solved

N, K, X = sp.Symbol("n"), sp.Symbol("k"), sp.Symbol("x")
RECURRENCE_9 = ("Consider the recurrence relation $a_{n}=4a_{n-1}-4a_{n-2}$.\n\n(a) Find the general "
                "solution to the recurrence relation (beware the repeated root).\n\n(b) Find the "
                "solution when $a_{0}=1$ and $a_{1}=2$.\n\n(c) Find the solution when $a_{0}=1$ and "
                "$a_{1}=8$.")
RECURRENCE_8 = ("Solve the recurrence relation $a_{n}=2a_{n-1}-a_{n-2}$.\n\n(a) What is the solution if "
                "the initial terms are $a_{0}=1$ and $a_{1}=2$?\n\n(b) What do the initial terms need "
                "to be in order for $a_{9}=30$?")

# Exercises with parts as the book prints them (Discrete 4.3.6 3 and 4, Chapter Review 2), and
# a part's context as the build makes it: the setup and that part (formalize.parts.context_of)
SUM_3 = ["Consider the sum $9+14+19+24+\\dots+229$.", "How many terms (summands) are in the sum?",
         "Compute the sum using a technique discussed in this section."]
SEQUENCE_4 = ["Consider the sequence $-18,-6,6,18,\\dots,12n+6$.",
              "How many terms are there in the sequence? Your answer will be in terms of $n$.",
              "What is the second-to-last term?",
              "Find the sum of all the terms in the sequence, in terms of $n$."]
REVIEW_2 = ["Consider the sequence $28,38,48,58,\\dots,10n-2$.",
            "How many terms are there in the sequence?", "What is the second-to-last term?",
            "Find the sum of all the terms in the sequence."]
RECURRENCE_1 = ["Consider the recurrence relation $a_{n}=a_{n-1}+7$.",
                ("Find the first five terms of the sequence defined by the recurrence relation\n\nand "
                "initial condition $a_{0}=17$."),
                ("Find the closed formula for the sequence defined by the recurrence\n\nrelation and "
                "initial condition $a_{0}=17$."),
                ("Find the first five terms of another sequence, also defined by the same\n\nrecurrence "
                "relation but this time with initial condition $a_{0}=1$."),
                "Find the closed formula for this second sequence."]
PREVIEW_1 = [("Consider the recurrence relation\n\n$$a_{n}=5a_{n-1}-6a_{n-2}.$$\n\nSince the $n$th term "
             "is given as a combination of the two previous terms, we will need two initial terms to "
             "determine the sequence. Different initial terms will give different sequences."),
             ("What sequence do you get if the initial conditions are $a_{0}=1$, $a_{1}=2$? Give\n\nthe "
             "first five terms (including $1$ and $2$)."),
             "Based on the first few terms, what is a closed formula for this sequence?",
             ("What sequence do you get if the initial conditions are $a_{0}=1$, $a_{1}=3$? Give\n\nthe "
             "first five terms."),
             "Based on the first few terms, what is a closed formula for this sequence?",
             ("What sequence do you get if the initial conditions are $a_{0}=2$, $a_{1}=5$? Give\n\nthe "
             "first five terms."),
             "Based on the first few terms, what is a closed formula for this sequence?"]

TILES_6 = [("Let $a_{n}$ be the number of $1\\times n$ tile designs you can make using $1\\times1$ "
           "squares available in $4$ colors and $1\\times2$ dominoes available in $5$ colors."),
           ("First, find a recurrence relation to describe the problem. Explain why the recurrence "
           "relation is correct (in the context of the problem)."),
           "Write out the first $6$ terms of the sequence $a_{1},a_{2},\\dots$.",
           "Solve the recurrence relation. That is, find a closed formula for $a_{n}$."]
# the source's 4.4.6.7, whose parts are not labelled
TILES_7 = ("You have access to $1 \\times 1$ tiles which come in 2 different colors and $1\\times 2$ "
           "tiles which come in 3 different colors. We want to figure out how many different "
           "$1 \\times n$ path designs we can make out of these tiles.\n\nFind a recursive definition "
           "for the sequence $a_n$ of paths of length $n$.\n\nSolve the recurrence relation using "
           "the characteristic root technique.")
A, A1, A2 = sp.symbols("a_{n} a_{n-1} a_{n-2}")

REVIEW_10 = [("Consider the recurrence relation $a_{n}=a_{n-1}+20a_{n-2}$ with first two terms $a_{0}=4$"
             "\n\nand $a_{1}=9$."),
             ("Write out the first $5$ terms of the sequence defined by this recurrence relation.\n\n"
             "$$a_{2}=,a_{3}=,a_{4}=,\\dots$$"),
             "Solve the recurrence relation. That is, find a closed formula for $a_{n}$."]

REVIEW_3 = ["Consider the sequence given by $a_{n}=6\\cdot5^{n-1}$.",
            ("Find the first $4$ terms of the sequence.\n\n$$a_{1}=,a_{2}=,a_{3}=,a_{4}=,\\dots$$\n\n"
            "What sort of sequence is this?\n\n($\\square$ arithmetic $\\square$ geometric "
            "$\\square$ neither)"),
            "Find the sum of the first $22$ terms. That is, compute $\\sum_{k=1}^{22}a_{k}$."]

MACHINE_1 = [("Suppose that the candy machine currently holds exactly 650 Skittles, and every time "
             "someone inserts a quarter, exactly 7 Skittles come out of the machine."),
             "How many Skittles will be left in the machine after 20 quarters have been inserted?",
             "Will there ever be exactly zero Skittles left in the machine? Explain."]

ODD_1 = [("Consider the sequence $(a_{n})_{n\\geq1}$ that starts $1,3,5,7,9,\\dots$ (i.e., the odd "
         "numbers in order)."), "Give a recursive definition and closed formula for the sequence.",
         "Write out the sequence $(b_{n})_{n\\geq2}$ of partial sums of $(a_{n})$."]

# Discrete 4.3.6 1 (parts (a)-(c) as the PDF prints them), 4.4.6 2 and 4.2.6 5
SEQUENCE_1 = ["Consider the sequence $10,13,16,19,22\\dots$ where $a_{1}=10$.",
              "What is the recursive definition for the sequence?",
              "Give a closed formula for the $n$th term of the sequence.",
              "Is $1555$ a term in the sequence?"]
GROWTH_2 = ["Consider the sequences $2,5,12,29,70,169,408,\\dots$ (with $a_{0}=2$).",
            "Describe the rate of growth of this sequence.",
            "Find a recursive definition for the sequence.",
            "Find a closed formula for the sequence."]
STARTS_5 = ["Consider the sequence that starts $1,7,13,19,25,\\dots$ where $a_{0}=1$.",
            "Find the closed formula for the sequence.", "Is $3007$ a term of the sequence?"]
NEXT_1 = ("Find the next two terms in $(a_{n})_{n\\geq0}$ beginning $3,5,11,21,43,85\\dots$. Then give a "
          "recursive definition for the sequence. Finally, use the characteristic root technique to "
          "find a closed formula for the sequence.")
# Discrete 4.1.7 13, as the PDF prints it
GOOD_13 = ("A ternary string is a sequence of 0’s, 1’s, and 2’s. Just like a bit string, but with\n\n"
           "three symbols.\n\nLet’s call a ternary string good provided it never contains a $2$ "
           "followed immediately by a $0$. Let $G_{n}$ be the number of good strings of length $n$. "
           "For example, $G_{1}=3$, and $G_{2}=8$ (since of the $9$ ternary strings of length $2$, "
           "only one is not good).\n\nFind, with justification, a recursive formula for $G_{n}$, "
           "and use it to compute\n\n$$G_{5}.$$")
# Discrete Example 6.2.5, and its worked answer
DIVISION = ("Simplify the following congruences using division: (a) $24\\equiv39(\\mod5)$ and\n\n"
            "(b) $24\\equiv39(\\mod15)$.")
DIVISION_BOOK = ("(a) Both $24$ and $39$ are divisible by $3$, and $3$ and $5$ have no common factors, "
                 "so we get\n\n$8\\equiv13(\\mod5)$.\n\n(b) Again, we can divide by $3$. However, "
                 "doing so blindly gives us $8\\equiv13$\n\n$(\\mod15)$ which is no longer true. "
                 "Instead, we must also divide the modulus\n\n$15$ by the greatest common factor of "
                 "$3$ and $15$, which is $3$. Again we get\n\n$8\\equiv13(\\mod5)$.")
A, A1, A2 = sp.Symbol("a_{n}"), sp.Symbol("a_{n - 1}"), sp.Symbol("a_{n - 2}")

PUSH_UPS = ("Sam keeps track of how many push-ups she does each day of her “do lots of push-ups "
            "challenge.” Let $(a_{n})_{n\\geq1}$ be the sequence that describes the number of push-ups "
            "done on the $n$th day of the challenge. The sequence starts\n\n$$3,5,6,10,9,0,12,"
            "\\dots.$$\n\nDescribe a sequence $(b_{n})_{n\\geq1}$ that gives the total number of "
            "push-ups done by Sam after the $n$th day.")

# Discrete 4.2.1 1-3 as the source holds them: three (or four) dots counts, the next two asked
DOTS = [("Explore the first sequence of dots from the Investigate! activity. We will let $a_n$ "
         "represent the number of dots in figure $n$. The sequence starts $1, 5, 9,\\ldots$"),
        "How many dots would you expect in the next two figures in the sequence?",
        ("How is the sequence growing? How many dots do you add to or multiply by to get the next "
         "figure?"),
        ("Let $a_n$ be the number of dots in figure $n$. Write a recursive definition for $a_n$."),
        "Guess a closed formula for the number of dots in the $n$th figure."]

# Discrete 4.3.7.12 as the source holds it (the pictures are the book's only)
PYRAMID = [("In their down time, ghost pirates enjoy stacking cannonballs in triangular based pyramids "
            "(aka, tetrahedrons), like those pictured here:\n\nNote: These are solid tetrahedrons, so "
            "there will be some cannonballs obscured from view (the picture on the right has one "
            "cannonball in the back not shown in the picture, for example).\n\nThe pirates wonder how "
            "many cannonballs would be required to build a pyramid $15$ layers high (thus breaking the "
            "world cannonball stacking record). Can you help?"),
           ("Let $P(n)$ denote the number of cannonballs needed to create a pyramid $n$ layers high. "
            "So $P(1) = 1$, $P(2) = 4$, and so on. Calculate $P(3)$, $P(4)$, and $P(5)$."),
           "Use polynomial fitting to find a closed formula for $P(n)$. Show your work.",
           ("Answer the pirate's question: How many cannonballs do they need to make a pyramid $15$ "
            "layers high?"),
           "Bonus: Locate this sequence in Pascal's triangle. Why does that make sense?"]

# Discrete 4.4.6.5 as the source holds it
SKITTLES = [("Think back to the magical candy machine at your neighborhood grocery store. Suppose that "
             "the first time a quarter is put into the machine $1$ Skittle comes out. The second time, "
             "$4$ Skittles, the third time $16$ Skittles, the fourth time $64$ Skittles, etc."),
            "Find both a recursive and closed formula for how many Skittles the nth customer gets.",
            ("Check your solution for the closed formula by solving the recurrence relation using "
             "the characteristic root technique.")]
MEGA_MART = ("Not to be outdone, the mega-mart across the street has installed a candy machine that "
             "gives $4$ Skittles to the first customer, $7$ to the second, $12$ to the third, $19$ to "
             "the fourth, etc. How many Skittles has the machine given out in total after $20$ "
             "quarters are put into the machine? After $n$ quarters?")

# Discrete 4.3.7.7 as the source holds it (the pictures are the book's only)
TOOTHPICKS = [("If you have enough toothpicks, you can make a large triangular grid. Below, are the "
               "triangular grids of size $1$ and of size $2$. The size $1$ grid requires $3$ "
               "toothpicks, the size $2$ grid requires $9$ toothpicks."),
              ("Let $t_n$ be the number of toothpicks required to make a size $n$ triangular grid. "
               "Write out the first $5$ terms of the sequence $t_1, t_2, \\ldots$."),
              "Find a recursive definition for the sequence. Explain why you are correct.",
              ("Is the sequence arithmetic or geometric? If not, is it the sequence of partial sums "
               "of an arithmetic or geometric sequence? Explain why your answer is correct."),
              ("Use your results from part (c) to find a closed formula for the sequence. Show your "
               "work.")]


def part(exercise: list[str], own: int) -> tuple[str, str]:
    """Part ``own`` (from 1) of an exercise given as its setup and parts: (its text, its context)."""
    labelled = [f"({chr(96 + i)}) {p}" for i, p in enumerate(exercise[1:], 1)]
    return exercise[own], context_of("\n\n".join([exercise[0], *labelled]), exercise[1:], own - 1)


# (the item's text as the book prints it, its exercise's text for a part, family, worked by hand)
ITEMS = [
    # root 2 twice: c 2^n + d n 2^n, any c and d (4.4.6 9(a))
    ("Find the general solution to the recurrence relation (beware the repeated root).",
     RECURRENCE_9, "sequences.solve_recurrence",
     sp.Symbol("C0") * 2**N + sp.Symbol("C1") * N * 2**(N - 1)),
    ("Find the solution when $a_{0}=1$ and $a_{1}=2$.", RECURRENCE_9,
     "sequences.solve_recurrence", 2**N),  # root 2 twice: (1 + 0 n) 2^n
    ("Find the solution when $a_{0}=1$ and $a_{1}=8$.", RECURRENCE_9,
     "sequences.solve_recurrence", (1 + 3 * N) * 2**N),  # a_1 = 2(1 + b) = 8
    ("What is the solution if the initial terms are $a_{0}=1$ and $a_{1}=2$?", RECURRENCE_8,
     "sequences.solve_recurrence", N + 1),  # not a linear system in a_0, a_1, a_9
    (("Find a closed formula for the sequence with recursive definition $a_{n}=2a_{n-1}-$ $a_{n-2}$ "
      "with $a_{1}=1$ and $a_{2}=2$."), None, "sequences.solve_recurrence", N),
    ("How many terms does the finite sequence $10,13,16,\\dots,433$ have?", None,
     "sequences.finite_progression", 142),  # (433 - 10)/3 + 1
    (("Consider the sum $9+14+19+24+\\dots+229$.\n\na. How many terms (summands) are in the sum?\n\n"
      "b. Compute the sum using a technique discussed in this section."), None,
     "sequences.finite_progression", sp.Tuple(45, 45 * 238 // 2)),
    (("Consider the sequence $-18,-6,6,18,\\dots,12n+6$.\n\na. How many terms are there in the "
      "sequence? Your answer will be in terms of $n$.\n\nb. What is the second-to-last term?\n\nc. "
      "Find the sum of all the terms in the sequence, in terms of $n$."), None,
     "sequences.finite_progression", sp.Tuple(N + 3, 12 * N - 6, (12 * N - 12) * (N + 3) / 2)),
    (("Suppose $a_n = {2n^{2}+3n+2}\\text{.}$ Find a closed formula for the sequence of differences "
      "by computing $a_n - a_{n-1}\\text{.}$ Simplify your answer as much as possible."), None,
     "sequences.differences", 4 * N + 1),
    (("Your summer job pays you $1000 per week, with a raise of $50 per week as a bonus for not "
      "being a quitter. How much will you make in the 10th week?"), None,
     "sequences.solve_recurrence", 1450),
    (("Your sister's summer job pays her \\$1000 per week, with a raise of 5% per week as a bonus "
      "for not being a quitter. How much will she make in the 10th week?"), None,
     "sequences.solve_recurrence", 1000 * sp.Rational(105, 100) ** 9),
    # a part of a finite progression's exercise
    (*part(SUM_3, 1), "sequences.finite_progression", 45),  # (229 - 9)/5 + 1
    (*part(SUM_3, 2), "sequences.finite_progression", 5355),  # 45 pairs of 9 + 229 = 238, halved
    (*part(SEQUENCE_4, 1), "sequences.finite_progression", N + 3),  # -18 = 12(-2) + 6: k = -2..n
    (*part(SEQUENCE_4, 2), "sequences.finite_progression", 12 * N - 6),
    (*part(SEQUENCE_4, 3), "sequences.finite_progression",
     (12 * N - 12) * (N + 3) / 2),  # (first + last) * count / 2
    (*part(REVIEW_2, 1), "sequences.finite_progression", N - 2),  # 28 = 10 * 3 - 2: k = 3..n
    (*part(REVIEW_2, 3), "sequences.finite_progression", (28 + 10 * N - 2) * (N - 2) / 2),
    # "this second sequence": the one the part before gave its first term (Discrete 4.2.6 1(d))
    (*part(RECURRENCE_1, 4), "sequences.solve_recurrence", 1 + 7 * N),  # 1, 8, 15, ...
    # "this sequence" after each part's first terms (4.4.1 1(b), (d), (f)): 1, 2, 4, 8, 16, ...;
    # 1, 3, 9, 27, ...; 2, 5, 13, 35, ... (5 = 2 + 3, 13 = 4 + 9, 35 = 8 + 27)
    (*part(PREVIEW_1, 2), "sequences.solve_recurrence", 2**N),
    (*part(PREVIEW_1, 4), "sequences.solve_recurrence", 3**N),
    (*part(PREVIEW_1, 6), "sequences.solve_recurrence", 2**N + 3**N),
    # designs of colored tiles: the last tile a square (4 colors) or a domino (5 colors);
    # a_0 = 1, a_1 = 4, a_2 = 16 + 5 = 21, a_3 = 84 + 20 = 104, a_4 = 416 + 105 = 521,
    # a_5 = 2084 + 520 = 2604, a_6 = 10416 + 2605 = 13021; roots 5 and -1 of x^2 - 4x - 5,
    # c 5^n + d (-1)^n with c + d = 1, 5c - d = 4: c = 5/6, d = 1/6 (the book's answers)
    ("\n\n".join(f"({chr(96 + i)}) {p}" if i else p for i, p in enumerate(TILES_6)), None,
     "sequences.colored_tilings", sp.Tuple(sp.Eq(A, 4 * A1 + 5 * A2), sp.Tuple(
         4, 21, 104, 521, 2604, 13021), sp.Rational(5, 6) * 5**N + sp.Rational(1, 6) * (-1)**N)),
    (*part(TILES_6, 2), "sequences.colored_tilings", sp.Tuple(4, 21, 104, 521, 2604, 13021)),
    (*part(TILES_6, 3), "sequences.colored_tilings",
     sp.Rational(5, 6) * 5**N + sp.Rational(1, 6) * (-1)**N),
    # 2 colors of square, 3 of domino: a_1 = 2, a_2 = 4 + 3 = 7; roots 3 and -1 of x^2 - 2x - 3,
    # c + d = 1 (a_0), 3c - d = 2: c = 3/4, d = 1/4
    (TILES_7, None, "sequences.colored_tilings", sp.Tuple(
        sp.Tuple(sp.Eq(A, 2 * A1 + 3 * A2), sp.Eq(sp.Symbol("a_{1}"), 2), sp.Eq(sp.Symbol("a_{2}"), 7)),
        sp.Rational(3, 4) * 3**N + sp.Rational(1, 4) * (-1)**N)),
    # 9 + 20 * 4 = 89, 89 + 20 * 9 = 269, 269 + 20 * 89 = 2049 (Chapter Review 10(a))
    (*part(REVIEW_10, 1), "sequences.solve_recurrence", sp.Tuple(4, 9, 89, 269, 2049)),
    # 6 + 30 + ... + 6 * 5^21 = 6 (5^22 - 1)/4 (Chapter Review 3(b), which prints 3.57628e15)
    (*part(REVIEW_3, 2), "sequences.progression_sum", 6 * (5**22 - 1) // 4),
    # the PDF broke the recurrence after its minus sign (Example 6.1.4): A - 3xA + 2x^2 A = 1
    (("The sequence $1,3,7,15,31,63,\\dots$ satisfies the recurrence relation $a_{n}=3a_{n-1}-$ "
      "$2a_{n-2}$. Find the generating function for the sequence."), None,
     "sequences.generating_function", 1 / (1 - 3 * X + 2 * X**2)),
    # two sums in one display (4.4.5 2): 6 (5^20 - 1)/(5 - 1); 38 terms of ratio -7/4, S + 7/4 S =
    # 1 - 7^38/4^38 (the book's garbled answer has the sign (-1)^38 where (-1)^37 belongs)
    (("$$\\text{Find}6+30+150+\\dots+6\\cdot5^{19}. \\\\ \\text{Find}1-\\frac{7}{4}+\\frac{49}{16}-"
      "\\dots+(-1)^{37}\\frac{7^{37}}{4^{37}}.$$"), None, "sequences.several",
     sp.Tuple(6 * (5**20 - 1) // 4, (1 - sp.Rational(7, 4)**38) / sp.Rational(11, 4))),
    # 2/(1-x)^2 generates 2(n+1), x/(1-x-x^2) the Fibonacci numbers 0, 1, 1, 2, 3, 5, 8, 13:
    # a_7 = 2 (0*8 + 1*7 + 1*6 + 2*5 + 3*4 + 5*3 + 8*2 + 13*1) = 2 * 79 (6.1.5 10)
    (("Find $a_{7}$ for the sequence with generating function $\\frac{2}{(1-x)^{2}}\\cdot"
      "\\frac{x}{1-x-x^{2}}$."), None, "sequences.series_terms", 158),
    # 650 - 7 * 20 = 510; 650 = 7 * 92 + 6, so never exactly 0 (4.2.7 1, the source's whole)
    (*part(MACHINE_1, 1), "sequences.countdown", 510),
    ("\n\n".join(MACHINE_1), None, "sequences.countdown", sp.Tuple(510, sp.false)),
    # 3x/(1-4x) = 3x + 12x^2 + ...: 3 * 4^(n-1) from n = 1 on, nothing at n = 0; 1/(1-x): 1 each
    # (6.1.5 9; the book's 3 * 4^(n-1) + 1 holds for n >= 1)
    (("Find a closed formula for the $n$th term of the sequence with generating function\n\n"
      "$$\\frac{3x}{1-4x}+\\frac{1}{1-x}.$$"), None, "sequences.series_terms",
     sp.Piecewise((1, sp.Eq(N, 0)), (3 * 4**(N - 1) + 1, True))),
    # two recurrences (4.4.5 5), roots 2 and -1: c + d = 2, 2c - d = 1 gives c = d = 1;
    # c + d = 9, 2c - d = 14 gives c = 23/3, d = 4/3 (the book's answers)
    (("Find the solution to the recurrence relation $a_{n}=a_{n-1}+2a_{n-2}$ with initial terms\n\n"
      "$$a_{0}=2\\text{and}a_{1}=1. \\\\ a_{n}=$$\n\nFind the solution to the recurrence relation "
      "$b_{n}=b_{n-1}+2b_{n-2}$ with initial terms $b_{0}=9$ and $b_{1}=14$.\n\n$$b_{n}=$$"), None,
     "sequences.several", sp.Tuple(2**N + (-1)**N,
                                   sp.Rational(23, 3) * 2**N + sp.Rational(4, 3) * (-1)**N)),
    # 6, 6*5, 6*25, 6*125; each term 5 times the one before: geometric (Chapter Review 3(a))
    (*part(REVIEW_3, 1), "sequences.kind_of_sequence",
     sp.Tuple(sp.Tuple(6, 30, 150, 750), sp.Symbol("geometric"))),
    # named arithmetic (source Example 4.2.1): d = 3 from 2, d = -7 from 50 (the book's formulas)
    (("Find recursive definitions and closed formulas for the arithmetic sequences below. Assume "
      "the first term listed is $a_0$.\n\n$2, 5, 8, 11, 14, \\ldots$.\n\n$50, 43, 36, 29, \\ldots$."),
     None, "sequences.named_progression", sp.Tuple(
         sp.Tuple(sp.Tuple(sp.Eq(A, A1 + 3), sp.Eq(sp.Symbol("a_{0}"), 2)), 2 + 3 * N),
         sp.Tuple(sp.Tuple(sp.Eq(A, A1 - 7), sp.Eq(sp.Symbol("a_{0}"), 50)), 50 - 7 * N))),
    # named geometric (source Example 4.2.2): r = 2 from 3, r = 1/3 from 27
    (("Find the recursive and closed formula for the geometric sequences below. Again, the first "
      "term listed is $a_0$.\n\n$3, 6, 12, 24, 48, \\ldots$\n\n$27, 9, 3, 1, 1/3, \\ldots$"), None,
     "sequences.named_progression", sp.Tuple(
         sp.Tuple(sp.Tuple(sp.Eq(A, 2 * A1), sp.Eq(sp.Symbol("a_{0}"), 3)), 3 * 2**N),
         sp.Tuple(sp.Tuple(sp.Eq(A, A1 / 3), sp.Eq(sp.Symbol("a_{0}"), 27)), 27 / 3**N))),
    # the same as the PDF prints it, the sequences numbered
    (("Find recursive definitions and closed formulas for the arithmetic sequences below. Assume "
      "the first term listed is $a_{0}$.\n\n1. $2,5,8,11,14,\\dots$.\n\n2. $50,43,36,29,\\dots$."),
     None, "sequences.named_progression", sp.Tuple(
         sp.Tuple(sp.Tuple(sp.Eq(A, A1 + 3), sp.Eq(sp.Symbol("a_{0}"), 2)), 2 + 3 * N),
         sp.Tuple(sp.Tuple(sp.Eq(A, A1 - 7), sp.Eq(sp.Symbol("a_{0}"), 50)), 50 - 7 * N))),
    # the odd numbers from a_1 (4.1.7 1(a)): a_n = a_{n-1} + 2, a_1 = 1; a_n = 2n - 1
    (*part(ODD_1, 1), "sequences.named_progression",
     sp.Tuple(sp.Tuple(sp.Eq(A, A1 + 2), sp.Eq(sp.Symbol("a_{1}"), 1)), 2 * N - 1)),
    # F_0 = 0, F_1 = 1: A - xA - x^2 A = F_0 + (F_1 - F_0) x = x (6.1.5 6, the book's answer)
    (("Use the recurrence relation for the Fibonacci numbers to find the generating function for the "
      "Fibonacci sequence."), None, "sequences.generating_function", X / (1 - X - X**2)),
    # running totals 3, 3+5, 8+6, 14+10, 24+9, 33+0, 33+12 (Example 4.1.9, the book's terms)
    (PUSH_UPS, None, "sequences.partial_sums", sp.Tuple(3, 8, 14, 24, 33, 33, 45)),
    ("Find the remainder of $3491$ divided by $9$.", None, "number_theory.remainders", 8),
    ("Find the remainder of $3^{456}$ when divided by\n\n(a) $2$. (b) $5$.\n\n(c) $7$. (d) $9$.",
     None, "number_theory.remainders", sp.Tuple(1, 1, 1, 0)),  # 3^4 = 81: 1 mod 5; 3^6: 1 mod 7
    (("Solve the following linear Diophantine equation, using modular arithmetic\n\n(describe the "
      "general solutions).\n\n$$6x+10y=32.$$"), None, "number_theory.linear_diophantine",
     sp.Tuple(2 - 5 * K, 2 + 3 * K)),  # the book's own: 3x + 5y = 16, y = 2 (mod 3)
    # differences 3: add 3 to the term before, from a_1 = 10
    (*part(SEQUENCE_1, 1), "sequences.listed_sequence",
     sp.Tuple(sp.Eq(A, A1 + 3), sp.Eq(sp.Symbol("a_{1}"), 10))),
    # a_n = 7 + 3n = 1555 at n = 1548/3 = 516
    (*part(SEQUENCE_1, 3), "sequences.listed_sequence", sp.Eq(sp.Symbol("a_{516}"), 1555)),
    # a_n = 1 + 6n = 3007 at n = 3006/6 = 501
    (*part(STARTS_5, 2), "sequences.listed_sequence", sp.Eq(sp.Symbol("a_{501}"), 3007)),
    # 12 = 2*5 + 2, 29 = 2*12 + 5, 70 = 2*29 + 12: a_n = 2a_{n-1} + a_{n-2}
    (*part(GROWTH_2, 2), "sequences.listed_sequence",
     sp.Tuple(sp.Eq(A, 2 * A1 + A2), sp.Eq(sp.Symbol("a_{0}"), 2), sp.Eq(sp.Symbol("a_{1}"), 5))),
    # 11 = 5 + 2*3, 21 = 11 + 2*5: a_n = a_{n-1} + 2a_{n-2}, next 85 + 86 = 171, 171 + 170 = 341;
    # roots 2, -1: a 2^n + b (-1)^n with a + b = 3, 2a - b = 5, so a = 8/3, b = 1/3
    (NEXT_1, None, "sequences.listed_sequence", sp.Tuple(
        sp.Tuple(171, 341),
        sp.Tuple(sp.Eq(A, A1 + 2 * A2), sp.Eq(sp.Symbol("a_{0}"), 3), sp.Eq(sp.Symbol("a_{1}"), 5)),
        sp.Rational(8, 3) * 2**N + sp.Rational(1, 3) * (-1)**N)),
    # 1, 3, 7, 15, ...: a_n = 2a_{n-1} + 1 from a_1 = 1 is 2^n - 1, and 2^30 - 1 = 1073741823
    (("For defeating the evil dragon, the king promises you a reward of one grain of rice on the "
      "first day, and then twice as many grains the next day as the previous day, for the rest of "
      "the month.\n\nNot to be swindled, you barter and get him to agree to add one additional grain "
      "of rice each day as well.\n\nHow many grains of rice will you receive on the 30th day?"), None,
     "sequences.solve_recurrence", 1073741823),
    # a good string of length n: a good one of length n - 1 and any of 3 symbols, less those ending
    # in 20 (a good one of length n - 2, then 20): G_n = 3G_{n-1} - G_{n-2}; 3, 8, 21, 55, 144
    (GOOD_13, None, "counting.avoiding_strings",
     sp.Tuple(sp.Eq(sp.Symbol("G_{n}"), 3 * sp.Symbol("G_{n - 1}") - sp.Symbol("G_{n - 2}")), 144)),
    # the same as the source prints it: $0$'s, $G_1 = 3$
    (GOOD_13.replace("0’s, 1’s, and 2’s", "$0$'s, $1$'s, and $2$'s").replace("{1}=3", "1 = 3")
     .replace("{2}=8", "2 = 8").replace("$$G_{5}.$$", "$G_5$."), None, "counting.avoiding_strings",
     sp.Tuple(sp.Eq(sp.Symbol("G_{n}"), 3 * sp.Symbol("G_{n - 1}") - sp.Symbol("G_{n - 2}")), 144)),
    # gcd(24, 39) = 3: 8 = 13; mod 5 shares nothing with 3, mod 15 gives 15 / gcd(15, 3) = 5
    (DIVISION, None, "number_theory.divided_congruence",
     sp.Tuple(CONGRUENT(8, 13, 5), CONGRUENT(8, 13, 5))),
    # second differences 2, 2, 2: quadratic; b_n = n^2 + 3n gives 4, 10, 18, 28, 40 from n = 1
    (("The sequence $(a_{n})_{n\\geq1}$ starts $-1,0,2,5,9,14\\dots$ and has closed formula\n\n"
      "$$a_{n}=\\frac{(n+1)(n-2)}{2}.$$\n\nUse this fact to find a closed formula for the sequence "
      "$(b_{n})_{n\\geq1}$ which starts\n\n$$4,10,18,28,40,\\dots.$$"), None,
     "sequences.listed_sequence", N**2 + 3 * N),
    # 4.2.1.1(a): 1, 5, 9 add 4 each time: 13, 17 (the source's WeBWorK answers); 4.2.1.2(a): 2, 6,
    # 18 triple: 54, 162; 4.2.1.3(a): 1, 3, 6, 10 add 2, 3, 4: then 5 and 6 more, 15, 21
    (*part(DOTS, 1), "sequences.listed_sequence", sp.Tuple(13, 17)),
    (*part([DOTS[0].replace("1, 5, 9", "2, 6, 18"), *DOTS[1:]], 1), "sequences.listed_sequence",
     sp.Tuple(54, 162)),
    (*part([DOTS[0].replace("1, 5, 9", "1, 3, 6, 10"), *DOTS[1:]], 1),
     "sequences.listed_sequence", sp.Tuple(15, 21)),
    # 4.3.7.12: layer k of a solid triangular pyramid is a triangle of 1 + 2 + ... + k balls:
    # 1, 4, then 4 + 6 = 10, 10 + 10 = 20, 20 + 15 = 35; the sum of k(k+1)/2 is n(n+1)(n+2)/6,
    # and 15 layers take 15*16*17/6 = 680
    (*part(PYRAMID, 1), "sequences.solve_recurrence", sp.Tuple(10, 20, 35)),
    (*part(PYRAMID, 2), "sequences.solve_recurrence", N * (N + 1) * (N + 2) / 6),
    (*part(PYRAMID, 3), "sequences.solve_recurrence", 680),
    # 4.4.6.5: each customer gets 4 times the one before: a_n = 4 a_{n-1}, a_1 = 1; a_n = 4^(n-1);
    # (b) solving that recurrence (root 4, a_1 = 1) gives the same
    (*part(SKITTLES, 1), "sequences.listed_sequence",
     sp.Tuple(sp.Tuple(sp.Eq(sp.Symbol("a_{n}"), 4 * sp.Symbol("a_{n - 1}")),
                       sp.Eq(sp.Symbol("a_{1}"), 1)), 4**(N - 1))),
    (*part(SKITTLES, 2), "sequences.listed_sequence", 4**(N - 1)),
    # 4.3.7.2: 4, 7, 12, 19 are n^2 + 3 (differences 3, 5, 7); 20 customers get 20*21*41/6 + 3*20
    # = 2870 + 60 = 2930, n customers n(n+1)(2n+1)/6 + 3n
    (MEGA_MART, None, "sequences.several",
     sp.Tuple(2930, N * (N + 1) * (2 * N + 1) / 6 + 3 * N)),
    # Example 4.3.4 (source): differences 1, 4, 7, 10, 13 then 3, 3, 3, 3: Delta^2; the cubes'
    # third differences are 6, 6, 6; 1, 2, 4, ... is its own differences, never constant
    (("Which of the following sequences are $\\Delta^k$-constant for some value of $k$?\n"
      "$2, 3, 7, 14, 24, 37,\\ldots$.\n$1, 8, 27, 64, 125, 216, \\ldots$.\n$1,2,4,8,16,32,64,\\ldots$."),
     None, "sequences.several", sp.Tuple(2, 3, sp.false)),
    # Example 4.3.9 (PDF): 2^n; fourth differences 24, 24: degree 4; Fibonacci: no polynomial
    (("Determine whether the following sequences can be described by a polynomial, and if so, of "
      "what degree.\n\n1. $1,2,4,8,16,\\dots$\n\n2. $0,7,50,183,484,1055,\\dots$\n\n"
      "3. $1,1,2,3,5,8,13,\\dots$"), None, "sequences.several", sp.Tuple(sp.false, 4, sp.false)),
    # 4.1.7.16 (source): a 2 x 1 board takes one upright domino, a 2 x 2 two upright or two flat
    # ones; the left column is one upright domino (2 x (n-1) left) or two flat ones (2 x (n-2))
    (("Let $t_n$ denote the number of ways to tile a $2\\times n$ chessboard using $1\\times 2$ "
      "dominoes. Write out the first few terms of the sequence $(t_n)_{n \\ge 1}$, and then give a "
      "recursive definition. Explain why your recursive formula is correct."), None,
     "sequences.colored_tilings",
     sp.Tuple(sp.Eq(sp.Symbol("a_{n}"), sp.Symbol("a_{n - 1}") + sp.Symbol("a_{n - 2}")),
              sp.Eq(sp.Symbol("a_{1}"), 1), sp.Eq(sp.Symbol("a_{2}"), 2))),
    # 4.2.7.7(a): 2 - 1, 4 - 2, 8 - 4, 16 - 8
    (*part([("A geometric sequence has a constant rate of growth in the sense that the ratio of "
            "consecutive terms is always the same. But what can we say about the difference of "
            "consecutive terms in an geometric sequence?"),
            ("Consider the geometric sequence $1, 2, 4, 8, 16, \\ldots$. Find the differences between "
             "consecutive terms. That is, find its sequence of differences."),
            ("Find a closed formula for the sequence of differences. Then use this closed formula to "
             "find a different recurrence relation for the original sequence (other than "
             "$a_n = 2a_{n-1}$).")], 1), "sequences.listed_sequence", sp.Tuple(1, 2, 4, 8)),
    # 4.7.9: day d brings 1 + ... + d = d(d+1)/2 gifts; 12 days, the sum of those, 12*13*14/6 = 364
    (("In the song The Twelve Days of Christmas, my true love gave to me first $1$ gift; then $2$ "
      "gifts and $1$ gift; then $3$ gifts, $2$ gifts, and $1$ gift; and so on. How many gifts did my "
      "true love give me all together during the twelve days?"), None, "sequences.solve_recurrence",
     364),
    # 4.5.7.9: 3x + 7y reaches 12 = 3*4, 13 = 3*2 + 7, 14 = 7*2 and then all (add 3s); 11 is not 3x
    # (11 = 3x has no solution) nor 7 + 3x (4 = 3x neither): 11, as the book says (3*7 - 3 - 7)
    (("Find the largest number of points that it is impossible for a football team to get exactly, "
      "using just 3-point field goals and 7-point touchdowns (ignore the possibilities of safeties, "
      "missed extra points, and two-point conversions). Prove your answer is correct by "
      "mathematical induction."), None, "number_theory.largest_unreachable", 11),
    # 4.3.7.7: each toothpick is a side of exactly one upward unit triangle, and a grid of size n
    # has 1 + 2 + ... + n of them: 3n(n+1)/2 = 3, 9, 18, 30, 45
    (*part(TOOTHPICKS, 1), "sequences.solve_recurrence", sp.Tuple(3, 9, 18, 30, 45)),
    (*part(TOOTHPICKS, 4), "sequences.solve_recurrence", 3 * N * (N + 1) / 2),
    # the same as the source prints it (Discrete 4.7.8)
    (("The sequence $(a_n)_{n \\ge 1}$ starts $-1, 0, 2, 5, 9, 14\\ldots$ and has closed formula "
      "$$a_n = \\dfrac{(n+1)(n-2)}{2}$$. Use this fact to find a closed formula for the sequence "
      "$(b_n)_{n \\ge 1}$ which starts $4, 10, 18, 28, 40, \\ldots$."), None,
     "sequences.listed_sequence", N**2 + 3 * N),
]


def _same(a: sp.Basic, b: sp.Basic) -> bool:
    """Equal as numbers, truth values or formulas, entry by entry for a tuple, side by side for an
    equation."""
    a, b = sp.sympify(a), sp.sympify(b)
    if isinstance(a, sp.Tuple) or isinstance(b, sp.Tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, sp.logic.boolalg.BooleanAtom) or isinstance(b, sp.logic.boolalg.BooleanAtom):
        return a is b
    if isinstance(a, sp.Eq) or isinstance(b, sp.Eq):
        return isinstance(a, sp.Eq) and isinstance(b, sp.Eq) and a.lhs.name == b.lhs.name and \
            sp.srepr(sp.expand(a.rhs)).replace(" ", "") == sp.srepr(sp.expand(b.rhs)).replace(" ", "")
    return sp.simplify(a - b) == 0


@pytest.mark.parametrize(("text", "context", "name", "expected"), ITEMS)
def test_book_items_are_read_posed_and_verified(text, context, name, expected):
    task, problem = solved(text, context)
    assert task.family == name
    assert _same(problem.answer, expected)
    namespace: dict = {}
    exec(problem.code, namespace)  # noqa: S102 - the family's own solve() program
    assert _same(namespace["solve"](), problem.answer)


@pytest.mark.parametrize(("text", "context"), [
    # a general solution of a recurrence that is not homogeneous
    ("Find the general solution to the recurrence relation.",
     "Consider the recurrence relation $a_{n}=2a_{n-1}+1$.\n\n(a) Find it."),
    # one first term for a recurrence of order two
    ("Find the solution when $a_{0}=1$.", RECURRENCE_9),
    # the exercise's setup gives first terms of its own: which ones the part means is unclear
    ("Find the solution when $a_{0}=1$ and $a_{1}=2$.",
     "Consider the recurrence relation $a_{n}=4a_{n-1}-4a_{n-2}$ with $a_{0}=3$.\n\n(a) Find it."),
    # a question no phrasing reads, next to those it does
    (("Consider the sequence $28,38,48,58,\\dots,10n-2$.\n\na. How many terms are there in the "
     "sequence?\n\nb. Is $1555$ a term in the sequence?"), None),
    # geometric, not arithmetic; and a last term that is not a term of the progression
    ("How many terms does the finite sequence $3,6,12,\\dots,96$ have?", None),
    ("How many terms does the finite sequence $10,13,16,\\dots,434$ have?", None),
    ("Find the remainder of $3491$ divided by $9$, and then by $11$ using a calculator.", None),
    # an exercise with parts: its parts are read one by one, not the whole as one of them
    ("\n\n".join([GROWTH_2[0], *[f"({c}) {p}" for c, p in zip("abc", GROWTH_2[1:], strict=True)]]),
     None),
    # the exercise's sequence is not said to start at a_0 or a_1: its definition has no first term
    ("Find a recursive definition for the sequence.",
     ("Consider the sequence $2,5,12,29,70,169,\\dots$.\n\n(a) Find a recursive definition for the "
      "sequence.")),
    (("Solve the following linear Diophantine equation, using modular arithmetic (describe the "
     "general solutions). $$6x+10y+4z=32.$$"), None),
    # three terms no rule of two constants fits (1, 2, 5 is neither arithmetic nor geometric)
    part([DOTS[0].replace("1, 5, 9", "1, 2, 5"), *DOTS[1:]], 1),
    # the first figure's index is in the pictures only: no recursive definition or closed formula
    part(DOTS, 3),
    part(DOTS, 4),
    # first counts that are not a solid triangular pyramid's (a square one's are 1, 5)
    part([PYRAMID[0], PYRAMID[1].replace("= 4", "= 5"), *PYRAMID[2:]], 1),
    # the pirates' question asks about another height than the setup's
    part([PYRAMID[0], *PYRAMID[1:3], PYRAMID[3].replace("$15$", "$16$"), PYRAMID[4]], 3),
    # counts no rule fits with a term to spare
    part([SKITTLES[0].replace("$64$", "$63$"), *SKITTLES[1:]], 1),
    (MEGA_MART.replace("$19$", "$21$"), None),
    # a sequence no rule fits with terms to spare: its degree is not known
    (("Which of the following sequences are $\\Delta^k$-constant for some value of $k$?\n"
     "$2, 3, 7, 14, 24, 38,\\ldots$.\n$1, 8, 27, 64, 125, 216, \\ldots$."), None),
    # a 3 x n board: not the 2 x n one read
    (("Let $t_n$ denote the number of ways to tile a $3\\times n$ chessboard using $1\\times 2$ "
     "dominoes. Write out the first few terms of the sequence $(t_n)_{n \\ge 1}$, and then give a "
     "recursive definition. Explain why your recursive formula is correct."), None),
    # a closed formula for the differences, not for the sequence listed
    (("Consider the sequence $1, 2, 4, 8, 16, \\ldots$ (with $a_0 = 1$). Find a closed formula for the "
     "sequence of differences."), None),
    # scores with a common factor: every large total is out of reach, there is no largest
    (("Find the largest number of points that it is impossible for a football team to get exactly, "
     "using just 3-point field goals and 6-point touchdowns (ignore the possibilities of safeties, "
     "missed extra points, and two-point conversions). Prove your answer is correct by "
     "mathematical induction."), None),
    # counts the grid does not have (size 2 takes 9 toothpicks), or a square grid
    part([TOOTHPICKS[0].replace("$9$", "$8$"), *TOOTHPICKS[1:]], 1),
    part([TOOTHPICKS[0].replace("triangular grid", "square grid"), *TOOTHPICKS[1:]], 1),
    # a blank to fill that is not among the first five terms
    (REVIEW_10[1].replace("a_{4}=", "a_{7}="), REVIEW_10[0] + "\n\na. " + REVIEW_10[1]),
    # the sum of other terms than the first ones the words count
    (REVIEW_3[2].replace("k=1}", "k=2}"), REVIEW_3[0] + "\n\nb. " + REVIEW_3[2]),
    # one recurrence given one first term too few
    (("Find the solution to the recurrence relation $a_{n}=a_{n-1}+2a_{n-2}$ with initial terms "
     "$a_{0}=2$. Find the solution to the recurrence relation $b_{n}=3b_{n-1}$ with initial terms "
     "$b_{0}=9$."), None),
    # five blanks for the first four terms
    (REVIEW_3[1].replace("a_{4}=,", "a_{4}=,a_{5}=,"), REVIEW_3[0] + "\n\na. " + REVIEW_3[1]),
    # named arithmetic, but the terms are not
    (("Find recursive definitions and closed formulas for the arithmetic sequences below. Assume the "
     "first term listed is $a_0$.\n\n$2, 5, 9, 14, \\ldots$."), None),
    # not the odd numbers the words name
    (ODD_1[1], ODD_1[0].replace("1,3,5,7,9", "1,3,5,7,11") + "\n\n(a) " + ODD_1[1]),
    # a total of something else than the sequence counts
    (PUSH_UPS.replace("total number of push-ups", "total number of sit-ups"), None),
    # a machine whose question is not one read
    (MACHINE_1[0] + "\n\nHow many quarters empty it?", None),
    # designs of colored tiles, and a question about them no phrasing reads
    (TILES_6[0] + "\n\n(a) " + TILES_6[2] + "\n\n(b) How many of these designs use no dominoes?",
     None),
    # examples that are not the counts of the strings the words describe
    (GOOD_13.replace("G_{2}=8", "G_{2}=9"), None),
    # trominoes too: the setup is not the one read
    (TILES_6[0].replace(" colors.", " colors and $1\\times3$ trominoes in $2$ colors."), None),
])
def test_items_asking_something_else_stay_unread(text, context):
    task = read_task("item", text, context=context)
    assert task.family not in ("sequences.solve_recurrence", "sequences.finite_progression",
                               "number_theory.remainders", "number_theory.linear_diophantine",
                               "sequences.listed_sequence", "sequences.colored_tilings",
                               "sequences.progression_sum", "sequences.countdown",
                               "sequences.several", "sequences.kind_of_sequence",
                               "sequences.named_progression", "sequences.partial_sums",
                               "counting.avoiding_strings", "number_theory.divided_congruence",
                               "number_theory.largest_unreachable"), task.params


def test_variants_are_posed_and_verified():
    rng = random.Random(3)
    for text, context, name, _ in ITEMS:
        task = read_task("item", text, context=context)
        if name not in ("sequences.finite_progression", "sequences.differences",
                        "sequences.colored_tilings", "sequences.countdown",
                        "sequences.kind_of_sequence", "sequences.named_progression",
                        "sequences.partial_sums", "sequences.listed_sequence",
                        "number_theory.remainders", "number_theory.linear_diophantine",
                        "number_theory.divided_congruence", "counting.avoiding_strings"):
            continue
        for _ in range(3):
            params = vary(name, task.params, rng)
            problem = FAMILIES[name].pose(params)
            assert params != task.params
            assert all(check.passed for check in FAMILIES[name].verify(problem)), params


def test_the_book_answers_agree_and_its_miscount_is_caught():
    _, problem = solved("How many terms does the finite sequence $10,13,16,\\dots,433$ have?")
    assert compare_with_book(problem.answer, "The sequence has $142$ terms.").status == "match"
    _, problem = solved("Consider the sequence $28,38,48,58,\\dots,10n-2$.\n\na. How many terms "
                        "are there in the sequence?\n\nb. What is the second-to-last term?")
    # 28 = 10 * 3 - 2: the terms are 10k - 2 for k = 3 .. n, n - 2 of them; the book says n - 3
    assert compare_with_book(problem.answer, "a. $n-3$ terms.\n\nb. $10n+(-12)$.").status == "differs"


def test_the_books_closed_formula_from_a_generating_function_misses_its_first_term():
    task, problem = solved("Find a closed formula for the $n$th term of the sequence with "
                           "generating function $\\dfrac{3x}{1-4x} + \\dfrac{1}{1-x}$.")
    assert problem.answer.subs(N, 0) == 1  # a_0 = 0 + 1, where the book's formula gives 7/4
    book = "$a_n = 3\\cdot 4^{n-1} + 1$."
    family = FAMILIES[task.family]

    def passes(value: sp.Expr) -> bool:  # as the build compares a formula in n: in the checks
        return all(c.passed for c in family.verify(dataclasses.replace(problem, answer=value)))

    # right from n = 1 on, which is all a random point sees; not at n = 0, which the checks see
    assert compare_with_book(problem.answer, book).status == "match"
    assert compare_with_book(problem.answer, book, passes=passes).status == "differs"


def test_a_recursive_definition_and_a_terms_place_agree_with_the_book():
    _, definition = solved(*part(SEQUENCE_1, 1))
    assert compare_with_book(definition.answer, "$a_{n}=a_{n-1}+3$; $a_{1}=10$.").status == "match"
    assert compare_with_book(definition.answer, "$a_{n}=a_{n-1}+3$; $a_{1}=13$.").status == "differs"
    _, place = solved(*part(SEQUENCE_1, 3))
    assert compare_with_book(place.answer, "Yes, $1555=a_{516}$.").status == "match"
    # 1556 - 7 = 1549 is no multiple of 3: stepping from 10 by 3 passes it
    _, missing = solved(part(SEQUENCE_1, 3)[0].replace("1555", "1556"),
                        part(SEQUENCE_1, 3)[1].replace("1555", "1556"))
    assert missing.answer == sp.false
    # a recursive definition with a closed formula (Discrete 4.1.7 1(a)): both the book's
    _, odd = solved(*part(ODD_1, 1))
    book = ("The recursive definition is $a_{n}=a_{n-1}+2$ with $a_{1}=1$. A closed formula is\n\n"
            "$$a_{n}=2n-1.$$")
    assert compare_with_book(odd.answer, book).status == "match"
    # another recurrence for the same odd numbers is no disagreement; another first term is
    assert compare_with_book(odd.answer, book.replace("a_{n-1}+2", "2a_{n-1}-a_{n-2}")).status == \
        "unreadable"
    assert compare_with_book(odd.answer, book.replace("a_{1}=1", "a_{1}=3")).status == "differs"


def test_congruences_divided_agree_with_the_books_last_congruence_in_each_part():
    _, problem = solved(DIVISION)
    assert compare_with_book(problem.answer, DIVISION_BOOK, worked=True).status == "match"
    # the book's first try in (b), "8 = 13 (mod 15)", is not its answer; had it stopped there:
    stopped = DIVISION_BOOK.rsplit("$8", 1)[0].replace("$8\\equiv13$\n\n$(\\mod15)$", "$8\\equiv13(\\mod15)$")
    assert compare_with_book(problem.answer, stopped, worked=True).status == "differs"
    # sides with no common factor: nothing to divide, not read
    task = read_task("item", DIVISION.replace("24", "26").replace("39", "41"))  # 15 apart still
    assert task.family != "number_theory.divided_congruence"


def test_parts_agree_with_the_book():
    _, totals = solved(PUSH_UPS)
    assert compare_with_book(totals.answer, "$$3,8,14,24,33,33,45,\\dots.$$", worked=True).status == \
        "match"
    _, total = solved(*part(REVIEW_3, 2))
    book = "$\\frac{6\\cdot5^{22}-6}{4}=3.57628\\times10^{15}$."
    assert compare_with_book(total.answer, book).status == "match"
    _, terms = solved(*part(TILES_6, 2))
    assert compare_with_book(terms.answer, "$4$, $21$, $104$, $521$, $2604$, $13021$").status == "match"
    _, closed = solved(*part(TILES_6, 3))
    book = "$a_{n}=\\frac{5}{6}5^{n}+\\frac{1}{6}(-1)^{n}$."
    assert compare_with_book(closed.answer, book).status == "match"


def test_a_list_of_congruences_is_solved_one_by_one():
    from exercises.families.textbook_discrete import residue_classes

    task, problem = solved("Solve the following congruences for $x$.\n\n1. $7x\\equiv12(\\mod13)$.\n\n"
                           "2. $84x-38\\equiv79(\\mod15)$.\n\n3. $20x\\equiv23(\\mod14)$.")
    assert task.family == "number_theory.several"
    # 7 * 11 = 77 = 12 + 5 * 13; 84x = 117 (15) is 3x = 4 (5); gcd(20, 14) = 2 does not divide 23
    assert [residue_classes(a) for a in problem.answer] == [[(11, 13)], [(3, 5)], []]
    mixed = read_task("item", "Solve the following congruences for $x$.\n\n1. $7x\\equiv12(\\mod13)$."
                      "\n\n2. $x+y\\equiv1(\\mod5)$.")
    assert mixed.family != "number_theory.several"  # two unknowns: not a congruence in x


def test_a_diophantine_solution_agrees_with_the_books_whatever_its_k():
    book = ("So $y\\equiv2(\\mod3)$ or $y=2+3k$. Plug this back into $3x+5y=16$, and solve for $x$, "
            "to get $x=2-5k$. So the general solution is $x=2-5k$ and $y=2+3k$ for "
            "$k\\in\\mathbb{Z}$.")
    shifted = sp.Tuple(-3 + 5 * K, 5 - 3 * K)  # k -> 1 - k: the same solutions
    assert compare_with_book(shifted, book, worked=True).status == "match"
    assert compare_with_book(sp.Tuple(3 - 5 * K, 2 + 3 * K), book, worked=True).status == "differs"
    assert compare_with_book(sp.Tuple(2 - 10 * K, 2 + 6 * K), book, worked=True).status == "differs"


def test_unlabeled_answers_to_several_congruences_are_not_compared_in_order():
    _, problem = solved("Determine which of the following congruences have solutions, and find any "
                        "solutions (between 0 and the modulus) by trial and error.\n\n"
                        "$4x \\equiv 5 \\pmod 6$.\n\n$6x \\equiv 3 \\pmod 9$.\n\n$x^2 \\equiv 2 \\pmod 4$.")
    book = "No solutions.\n\n$x = 2$, $x = 5$, $x = 8$.\n\nNo solutions."  # 3 numbers, 3 sets
    assert compare_with_book(problem.answer, book, worked=True).status == "unreadable"


def test_a_repeating_decimal_becomes_a_fraction_only_when_its_block_repeats():
    task, problem = solved("Express $0.464646\\dots$ as a fraction.")
    assert task.family == "number_theory.repeating_decimal" and problem.answer == sp.Rational(46, 99)
    assert solved("Express $2.1333\\ldots$ as a fraction.")[1].answer == sp.Rational(32, 15)
    for shown in ("0.4646", "0.123"):  # a block shown fewer than three times: no pattern to read
        assert read_task("i", f"Express ${shown}\\dots$ as a fraction.").family is None
    variant = vary("number_theory.repeating_decimal", task.params, random.Random(2))
    problem = FAMILIES["number_theory.repeating_decimal"].pose(variant)
    assert all(c.passed for c in FAMILIES["number_theory.repeating_decimal"].verify(problem))
