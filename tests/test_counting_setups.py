"""Counting and probability exercises of Discrete 3.6-3.9 whose setup is shared by their
questions: read from the book's words (a part with its exercise, or the whole exercise), the
answer worked by hand, checked by the family's second method and its own solve()."""

import random

import pytest
import sympy as sp

import exercises.families  # noqa: F401  (registers the families)
from exercises.family import FAMILIES
from formalize import counting_setups, probability_words
from formalize.agreement import compare_with_book
from formalize.variants import vary
from tests.book_items import counted, solved

R = sp.Rational
FLIPS = "You flip a fair coin three times and record whether it lands head (H) or tails (T)."
BIRTHDAYS = ("Birthdays. Now to birthdays. There are $365$ days in a year.\n\n(a) How many possible "
             "sequences of $30$ birthdays are there?\n\n(b) How many possible sequences of $30$ "
             "birthdays contain no repeats?\n\n(c) What is the probability that $30$ people have no "
             "repeated birthdays?\n\n(d) Among the $30$ people, either they all have different "
             "birthdays or at least two share a birthday. Since this is certain, its probability is "
             "$1$. So what is the probability that at least two people (out of the $30$) share a "
             "birthday?\n\n(e) What is the smallest number of people you would need to have a "
             "greater than 90% chance that at least two share a birthday?")
BIRTHDAY_ANSWERS = sp.Tuple(sp.Integer(365)**30, sp.ff(365, 30), sp.ff(365, 30) / sp.Integer(365)**30,
                            1 - sp.ff(365, 30) / sp.Integer(365)**30, 41)
PRESENTS = ("You have $15$ presents to give to your $5$ kids. How many ways can this be done if:\n\n"
            "a. The presents are identical, and each kid gets at least one present?\n\nb. The "
            "presents are identical, and some kids might get no presents?\n\nc. The presents are "
            "unique, and some kids might get no presents?\n\nd. The presents are unique and each kid "
            "gets at least one present?")
FUNCTIONS = (r"How many functions $f:\{1,2,3,4\}\to\{1,2,3,4\}$ are there satisfying:" "\n\n"
             r"a. $f(1)=1$ or $f(2)=2$ (or both)?" "\n\n" r"b. $f(1)\neq1$ or $f(2)\neq2$ (or both)?"
             "\n\n" r"c. $f(1)\neq1$ and $f(2)\neq2$, and $f$ is injective?" "\n\n"
             r"d. $f$ is surjective, but $\forall x\in\{1,2,\dots,4\}$, $f(x)\neq x$?")
COOKIES = ("To thank your math professor for doing such an amazing job all semester, you  decide to "
           "bake your professor cookies. You know how to make $13$ different types of cookies.\n\n"
           "a. If you want to give your professor $8$ different types of cookies, how many different "
           "combinations of cookie type can you select? Explain your answer.\n\nb. To keep things "
           "interesting, you decide to make a different number of each type of cookie. If again you "
           "want to select $8$ cookie types, how many ways can you select the cookie types and "
           "decide for which there will be the most, second most, etc. Explain your answer.\n\nc. "
           "You change your mind again. This time you decide you will make a total of $23$ cookies. "
           "Each cookie could be any one of the $13$ types of cookies you know how to bake (and it’s "
           "okay if you leave some types out). How many choices do you have? Explain.\n\nd. You "
           "realize that the previous plan did not account for presentation. This time, you once "
           "again want to make $23$ cookies, each one could be any one of the $13$ types of cookies. "
           "However, now you plan to shape the cookies into the numerals $1$, $2$, ..., $23$. How "
           "many choices do you have for which types of cookies to bake into which numerals? "
           "Explain.\n\ne. The only flaw with the last plan is that your professor might not get to "
           "sample all $13$ different varieties of cookies. How many choices do you have for which "
           "types of cookies to make into which numerals, given that each type of cookie should be "
           "present at least once? Explain.")
BURRITO = ("After a late night of math studying, you and your friends decide to go to your favorite "
           "tax-free fast food Mexican restaurant, Burrito Chime. You decide to order off of the "
           "dollar menu, which has $6$ items. Your group has $17 to spend (and will spend all of it)."
           "\n\na. How many different orders are possible? (The order in which the order is placed "
           "does not matter, just which and how many of each item that is ordered.)\n\nb. How many "
           "different orders are possible if you want to get at least one of each item?\n\nc. How "
           "many different orders are possible if you don’t want to get more than $4$ of any one "
           "item?")
MMS = ("You have a bag of special math-themed M&M’s. The bag promises that inside there are $5$ "
       "blue, $4$ red, $1$ orange, $1$ green, $2$ brown, and $3$ yellow M&M’s.\n\nFind the "
       "probabilities of the following events.\n\n(a) What is the probability that if you pick a "
       "single M&M, it is blue or yellow?\n\n(b) What is the probability that if you pick two M&M’s "
       "at the same time, you\n\nwill get a blue and yellow?\n\n(c) What is the probability that if "
       "you pick two M&M’s one at a time, you\n\nwill get a blue first and a yellow second?")
DICE = ("Suppose you have three dice: a 4-sided die, a 6-sided die, and an 8-sided die. Each die is "
        "fair and numbered from $1$ to the number of sides it has. You roll all three dice.\n\n(a) "
        "What is the probability that the sum of the dice is $3$?\n\n(b) What is the probability "
        "that the sum of the dice is $6$?\n\n(c) What is the probability all three dice have the "
        "same number when rolled?\n\n(d) What is the probability all three dice have the same number "
        "when rolled\n\ngiven that the sum of the dice is $6$?")
COINS = ("Suppose you flip a fair coin $16$ times.\n\n(a) What is the size of the sample space?\n\n"
         "(b) What is the size of the event that you get exactly $4$ heads?\n\nWhat is the size of "
         "the event that you get exactly $12$ heads?\n\nWhat is the size of the event that you get "
         "exactly $4$ heads OR exactly $12$ heads?\n\n(c) What is the sum of the probabilities of "
         "getting exactly $4$ heads and getting  exactly $12$ heads?\n\n+ =\n\nWhat is the "
         "probability of getting exactly $4$ heads OR getting exactly $12$ heads? Compute this by "
         "finding the size of the event, divided by the size of the sample space.\n\n$$\\div=.$$")
SHELL = ("You are playing a shell game with three cups. Under one cup are two green balls, under "
         "another cup are two red balls, and under the third cup are one green and one red ball. You "
         "close your eyes, and your friend rearranges the cups. You then open your eyes and pick a "
         "cup at random. You see that it contains a green ball. What is the probability that the "
         "other ball under that cup is also green? Explain your answer in terms of conditional "
         "probability.")

# (the item's text, its exercise's text for a part, the family, the answer worked by hand)
ITEMS = [
    # 3.9.1: 10 presents left after one each, 4 sticks: C(14, 4); any: C(19, 4); 5^15; onto 5 kids.
    ("The presents are identical, and each kid gets at least one present?", PRESENTS,
     "counting.distributions", 1001),
    ("The presents are unique and each kid gets at least one present?", PRESENTS,
     "combinatorics.count_functions_subsets",
     5**15 - 5 * 4**15 + 10 * 3**15 - 10 * 2**15 + 5),
    (PRESENTS, None, "counting.several",
     sp.Tuple(1001, 3876, 5**15, 5**15 - 5 * 4**15 + 10 * 3**15 - 10 * 2**15 + 5)),
    # 3.9.16(c): 10 dollars over the first one each, none over 7 more: C(15,5) - 6 C(7,5) = 2877.
    ("Each student gets at least $1$ dollar but no more than $8$ dollars?",
     ("Suppose you have $16$ one-dollar bills to give out as prizes to your top $6$ discrete  math "
      "students. How many ways can you do this if:\n\na. Each of the $6$ students gets at least $1$ "
      "dollar?\n\nb. Some students might get nothing?\n\nc. Each student gets at least $1$ dollar "
      "but no more than $8$ dollars?"), "counting.distributions", 3003 - 6 * 21),
    # 3.9.17: 4^3 + 4^3 - 4^2; all but f(1)=1 and f(2)=2: 256 - 16; 4! - (3! + 3! - 2!); D_4.
    (r"$f(1)=1$ or $f(2)=2$ (or both)?", FUNCTIONS, "counting.restricted_functions", 112),
    (r"$f(1)\neq1$ or $f(2)\neq2$ (or both)?", FUNCTIONS, "counting.restricted_functions", 240),
    (r"$f(1)\neq1$ and $f(2)\neq2$, and $f$ is injective?", FUNCTIONS,
     "counting.restricted_functions", 14),
    (r"$f$ is surjective, but $\forall x\in\{1,2,\dots,4\}$, $f(x)\neq x$?", FUNCTIONS,
     "counting.fixed_points", 9),
    # 3.8.5.9: all 6^8 less those with f(1) = c and f(2) = f, 6^6.
    ((r"Consider functions $f:\{1,2,3,4,5,6,7,8\}\to\{a,b,c,d,e,f\}$. How many functions have the "
      r"property that $f(1)\neq c$ or $f(2)\neq f$, or both?"), None,
     "counting.restricted_functions", 6**8 - 6**6),
    # 3.9.19: C(13,8); P(13,8); multisets C(35,12); 13^23; surjections by inclusion-exclusion.
    (COOKIES, None, "counting.several",
     sp.Tuple(1287, 51891840, sp.binomial(35, 12), sp.Integer(13)**23,
              sum((-1)**i * sp.binomial(13, i) * (13 - i)**23 for i in range(14)))),
    # 3.8.5.2: C(22,5); C(16,5); C(22,5) - 6 C(17,5) + 15 C(12,5) - 20 C(7,5) = 666.
    (BURRITO, None, "counting.several", sp.Tuple(26334, 4368, 666)),
    # 3.8.5.8: D_8 = 14833; C(8,4) D_4 = 70 * 9; seven in place force the eighth: 0.
    (("The Grinch sneaks into a room in which there are $8$ Christmas presents for $8$ different "
      "people. He proceeds to switch the name labels on the presents. How many ways could he do "
      "this if:\n\na. No present is allowed to end up with its original label? Explain what each "
      "term in your answer represents.\n\nb. Exactly $4$ presents keep their original labels? "
      "Explain.\n\nc. Exactly $7$ presents keep their original labels? Explain."), None,
     "counting.several", sp.Tuple(14833, 630, 0)),
    # Example 3.8.6: P(5,3); 5^8; surjections 8 -> 5, 5! S(8,5) = 120 * 1050.
    (("You decide to give away your video game collection so as to better spend your time studying "
      "advanced mathematics. How many ways can you do this, provided:\n\n1. You want to distribute "
      "your $3$ different PS4 games among $5$ friends, so that no friend gets more than one game?"
      "\n\n2. You want to distribute your $8$ different 3DS games among $5$ friends?\n\n3. You want "
      "to distribute your $8$ different SNES games among $5$ friends, so that each friend gets at "
      "least one game?\n\nIn each case, model the counting question as a function counting "
      "question."), None, "counting.several", sp.Tuple(60, 390625, 126000)),
    # 3.9.10(c): through (6,5): C(3,1) C(9,4); through (9,9): C(10,5) C(2,1); both: 3 C(7,3) 2.
    ("either pass through $(6,5)$ or $(9,9)$ (or both).",
     ("For each of the following, find the number of shortest lattice paths from $(4,4)$  to "
      "$(10,10)$ which:\n\na. pass through the point $(6,5)$.\n\nb. avoid (do not pass through) "
      "the point $(9,9)$.\n\nc. either pass through $(6,5)$ or $(9,9)$ (or both)."),
     "counting.lattice_paths", 378 + 504 - 210),
    # 3.8.1.2(a): Albie at least 4: 6 more among 3, C(8,2); at most 3: C(12,2) - 28.
    (("How many ways can we distribute the cookies if Albie does get more than\n\n$3$ cookies (so at "
      "least $4$)?\n\nHow many ways can we distribute the cookies if Albie does not get more than "
      "$3$ cookies?"),
     ("Let’s again consider the $10$ cookies we want to distribute to Albie, Bertie, and Charlie. "
      "This time, we will impose some upper bound restrictions.\n\n(a) How many ways can we "
      "distribute the cookies if Albie does get more than\n\n$3$ cookies (so at least $4$)?"),
     "counting.several", sp.Tuple(28, 38)),
    # 3.6.1.1(b): the other two 1s among six places, C(6,2).
    ("Now count just those 7-bit strings of weight $3$ that start with a $1$. How\n\nmany are there?",
     ("Consider the set of 7-bit strings of weight $3$. That is, strings of 0s and 1s that are seven "
      "characters long and have exactly three 1s. How many such strings are there?\n\n(a) Give the "
      "answer as a single binomial coefficient."), "counting.bit_strings", 15),
    # 3.6.1.2(a): the three S's among the ten places of STATISTICS, C(10,3).
    (("How many ways can you select three of the ten positions in the anagram\n\nto be occupied by "
     "the letter $S$?"),
     ("Consider the counting question “How many ways can you permute the letters of the word "
      "STATISTICS?” Note that this is not just a permutation, since there are repeated letters.\n\n"
      "(a) How many ways can you select three of the ten positions in the anagram\n\nto be occupied "
      "by the letter $S$?"), "counting.selections", 120),
    # 3.9.3(a): each of 9 + 5 ties worn or not.
    (("You must select some of your ties to wear. Everything is okay, from no ties up to all ties. "
     "How many choices do you have?"),
     ("Recall, you own $9$ regular ties and $5$ bow ties. You realize that it would be okay to wear "
      "more than two ties to your clown college interview.\n\na. You must select some of your ties "
      "to wear."), "combinatorics.count_functions_subsets", 2**14),
    # Example 3.7.15: of the 11 rolls with a 4, (3,4) and (4,3) sum to 7.
    (("Suppose you roll two 6-sided dice with your eyes closed. Your friend says, “Hey look, at "
      "least one of your dice is a 4.” What is the probability that you rolled a sum of $7$?"),
     None, "probability.events", R(2, 11)),
    # Example 3.7.16: face second given red first, (6*11 + 20*12)/(26*51) = 3/13; then 1/2.
    (("Suppose you draw two cards from a standard deck of $52$ cards. What is the probability that "
      "the second card is a face card given that the first card is red?\n\nWhat is the probability "
      "that the first card is red given that the second card is a face card?"), None,
     "counting.several", sp.Tuple(R(3, 13), R(1, 2))),
    # Example 3.7.11: 3 of 6 faces times 1 of 2 sides.
    (("What is the probability of getting an even number when rolling a 6-sided die and a heads "
      "when flipping a coin?"), None, "probability.events", R(1, 4)),
    # 3.7.6.4: 8/16; 5*3/C(16,2); 5*3/(16*15).
    (MMS, None, "counting.several", sp.Tuple(R(1, 2), R(1, 8), R(1, 16))),
    # 3.7.6.7: (1,1,1) of 192; C(5,2) = 10 ways to 6; 4 triples; (2,2,2) among those 10.
    (DICE, None, "counting.several", sp.Tuple(R(1, 192), R(10, 192), R(4, 192), R(1, 10))),
    # 3.7.6.8: 6*5*4/216; 6/216; the rest, 90/216.
    (("You roll $3$ fair 6-sided dice. What is the probability that all three dice show different "
      "numbers?\n\nWhat is the probability that all three dice show the same number?\n\nIs it "
      "possible for the dice to show neither all the same nor all different numbers? If so, the "
      "probability of this happening would be $0$. What is the probability?"), None,
     "counting.several", sp.Tuple(R(5, 9), R(1, 36), R(5, 12))),
    # 3.7.6.3: 2^16; C(16,4) = C(16,12) = 1820, together 3640; 3640/65536 twice.
    (COINS, None, "counting.several",
     sp.Tuple(65536, 1820, 1820, 3640, R(3640, 65536), R(3640, 65536))),
    # 3.7.7.6 and 7: of CC, CD, DC, DD; a cat among three of them; the older one a cat in two.
    (("At your 20th high school reunion, you meet an old friend you hadn’t heard from in years. You "
      "talk about pets, specifically cats and dogs. She tells you that she has two pets, and that at "
      "least one of them is a cat. What is the probability that she has two cats? (Assume that "
      "having a cat or a dog is equally likely.)"), None, "probability.events", R(1, 3)),
    (("Another old friend overhears your pet conversation and says that he also has two pets, and "
      "that the one he has had the longest is a cat. What is the probability that he has two cats? "
      "And why is this answer different from the previous question?"), None,
     "probability.events", R(1, 2)),
    # 3.7.7.8: of the three green balls one could see, two are in the green-green cup.
    (SHELL, None, "probability.events", R(2, 3)),
    # 3.7.7.4: the birthday problem with 52 "days": 1 - P(52,10)/52^10.
    (("Each of $10$ friends has a deck of cards that they shuffle thoroughly. Each friend draws a "
      "card from their deck. What is the probability that at least one pair of friends draw a "
      "matching card?"), None, "probability.birthdays", 1 - sp.ff(52, 10) / sp.Integer(52)**10),
    # 3.7.1.1 and 2 as the source holds them, their titles apart: 1 of 6 faces, 3 of 6; then 6*6
    # outcomes, 6*5 with two numbers, 30/36, and 6*5*4 of 6^3.
    (("First, what should we mean by probability? If you roll a fair six-sided die, what is the "
      "probability of rolling a $6$?\nWhat is the probability of rolling an even number?"), None,
     "counting.several", sp.Tuple(R(1, 6), R(1, 2))),
    (("We will define the probability of an event as the number of ways the event can happen divided "
      "by the total number of things that can happen.\n(a) Suppose you roll two dice (one red and one "
      "green). How many total outcomes are there?\n(b) Of those outcomes, how many have different "
      "numbers on the two dice?\n(c) Combining the two numbers your found above, what is the "
      "probability that two dice will show different numbers?\n(d) What is the probability that you "
      "will get three different numbers when rolling three dice? (Assume the dice are different "
      "colors)."), None, "counting.several", sp.Tuple(36, 30, R(5, 6), R(5, 9))),
    # Example 3.7.13 as the source holds it (no bullets): A = {3,6,9,12}, B = {4,8,12}, C = 1..6;
    # |A and B| = 1 = 4*3/12, |A and C| = 2 = 4*6/12, |B and C| = 1, not 3*6/12 (the book agrees).
    (("Suppose you roll a 12-sided die (numbered $1$ to $12$). Consider the events:\n$A$ is the event "
      "of rolling a number that is a multiple of $3$.\n$B$ is the event of rolling a number that is a "
      "multiple of $4$.\n$C$ is the event of rolling a number less than $7$.\nAre the events $A$ and "
      "$B$ independent? What about $A$ and $C$? What about $B$ and $C$?"), None, "counting.several",
     sp.Tuple(sp.true, sp.true, sp.false)),
    # Example 3.7.2: a penny and a nickel, HH HT TH TT; two heads is HH, 1 of 4 (as the book says).
    (("Suppose you flip two fair coins (a penny and a nickel). What is the sample space of possible "
      "outcomes? What is the probability of getting two heads?"), None, "counting.several",
     sp.Tuple(sp.FiniteSet(*sp.symbols("HH HT TH TT")), R(1, 4))),
    # 3.7.6.1(a), (b): the 2^3 words of H and T; more heads than tails, two or three of them.
    ("List all the elements in the sample space. For example, one outcome is HHT.",
     f"{FLIPS}\n(a) List all the elements in the sample space. For example, one outcome is HHT.",
     "probability.events", sp.FiniteSet(*sp.symbols("HHH HHT HTH HTT THH THT TTH TTT"))),
    (("Suppose you bet your friend that you would get more heads than tails. List all elements in "
      "this event."),
     (f"{FLIPS}\n(b) Suppose you bet your friend that you would get more heads than tails. List all "
      "elements in this event."), "probability.events", sp.FiniteSet(*sp.symbols("HHH HHT HTH THH"))),
    # 3.8.5.5: which 7 of 12 get a star, C(12,7); or 7 stars shared with at most one each (the
    # same 792 by inclusion-exclusion).
    (("Suppose you planned on giving $7$ gold stars to some of the $12$ star students in your "
      "class. Each student can receive at most one star. How many ways can you do this?\n\na. Use "
      "Pascal’s triangle to find the numeric answer.\n\na. Use the principle of "
      "inclusion/exclusion."), None, "counting.several", sp.Tuple(792, 792)),
    # 3.9.3: 2^14; (2^9 - 1)(2^5 - 1); C(9,3) C(5,2); a bow tie on top (2 ways), the rest 4!.
    (("Recall, you own $9$ regular ties and $5$ bow ties. You realize that it would be okay to wear "
      "more than two ties to your clown college interview.\n\na. You must select some of your ties "
      "to wear. Everything is okay, from no ties up to all ties. How many choices do you have?\n\n"
      "b. If you want to wear at least one regular tie and one bow tie, but are willing to wear up "
      "to all your ties, how many choices do you have for which ties to wear?\n\nc. How many "
      "choices of which ties to wear do you have if you wear exactly $3$ of the $9$ regular ties "
      "and $2$ of the $5$ bow ties?\n\nd. Once you have selected $3$ regular and $2$ bow ties, in "
      "how many orders could you put the ties on, assuming you must have one of the bow ties on "
      "top?"), None, "counting.several", sp.Tuple(16384, 511 * 31, 84 * 10, 2 * 24)),
    # 3.9.5: 8^11; the last digit fixes the parity: 8^10 * 4; 6 or more of 11 places even, each
    # digit 4 ways either way: 4^11 (C(11,6) + ... + C(11,11)) = 4^11 2^10.
    (("Consider numbers of the form $\\alpha=a_{1}a_{2}a_{3}\\dots a_{n}$, with $n$ digits, each "
      "digit from the set $\\{1,2,3,4,5,6,7,8\\}$. For example, if $n=4$, the number "
      "$\\alpha=a_{1}a_{2}a_{3}a_{4}$ will have $4$ digits from the set $\\{1,2,3,4,5,6,7,8\\}$."
      "\n\nLet $n=11$.\n\na. How many such numbers are there?\n\nb. How many such numbers are "
      "there for which the sum of the digits is even?\n\nc. How many such numbers contain more "
      "even digits than odd digits?"), None, "counting.several",
     sp.Tuple(8**11, 8**10 * 4, 4**11 * 2**10)),
    # 3.7.1.3: 365^30; P(365,30); their ratio; one minus it; 41 people first pass 90% (0.903;
    # 40 give 0.891). The source sets the title ("Birthdays") apart from the whole's text.
    (BIRTHDAYS, None, "counting.several", BIRTHDAY_ANSWERS),
    (BIRTHDAYS.removeprefix("Birthdays. "), None, "counting.several", BIRTHDAY_ANSWERS),
    # Example 3.7.13: P(A)P(B) = 1/3 * 1/4 = 1/12 = P({12}); 1/3 * 1/2 = 1/6 = P({3,6});
    # 1/4 * 1/2 = 1/8, but P({4}) = 1/12.
    (("Suppose you roll a 12-sided die (numbered $1$ to $12$). Consider the events:\n\n"
      "$\\bullet A$ is the event of rolling a number that is a multiple of $3$.\n\n$\\bullet B$ "
      "is the event of rolling a number that is a multiple of $4$.\n\n$\\bullet C$ is the event "
      "of rolling a number less than $7$.\n\nAre the events $A$ and $B$ independent? What about "
      "$A$ and $C$? What about $B$ and $C$?"), None, "counting.several",
     sp.Tuple(sp.true, sp.true, sp.false)),
    # 3.6.1.1: C(7,3); a 1 first: C(6,2); 01: C(5,2); 001: C(4,2); the sum of all: 35 again.
    (("Consider the set of 7-bit strings of weight $3$. That is, strings of 0s and 1s that are "
      "seven characters long and have exactly three 1s. How many such strings are there?\n\n(a) "
      "Give the answer as a single binomial coefficient.\n\n(b) Now count just those 7-bit strings "
      "of weight $3$ that start with a $1$. How\n\nmany are there?\n\n(c) Now count just those "
      "7-bit strings of weight $3$ that start with $01$. How\n\nmany are there?\n\n(d) Now count "
      "just those 7-bit strings of weight $3$ that start with $001$. How\n\nmany are there?\n\n(e) "
      "Continue this process until you have counted all 7-bit strings of weight $3$,\n\nas a sum "
      "of binomial coefficients. What is this sum?"), None, "counting.several",
     sp.Tuple(35, 15, 10, 6, 35)),
    # 3.6.6.5(b): the maid of honor (15 ways), then 5 of the other 14: 15 * 2002 = 6 C(15,6).
    ("What if she first selects her maid of honor, and then $5$ other bridesmaids?",
     ("A woman is getting married. She has $15$ best friends but can only select $6$ of them to be "
      "her bridesmaids, one of which needs to be her maid of honor. How many ways can she do this?"
      "\n\n(b) What if she first selects her maid of honor, and then $5$ other bridesmaids?"),
     "counting.with_leader", 30030),
    # 3.8.1.2(d): Albie over 3 (give him 4 first): C(8,2) = 28, Bertie too: 28, both: C(4,2) = 6.
    (("Using the Principle of Inclusion/Exclusion for two sets, how many ways\n\ncan we distribute "
      "the cookies if at least one of Albie or Bertie gets more than $3$ cookies? So either Albie "
      "gets more than $3$ cookies, Bertie gets more than $3$ cookies, or both get more than $3$ "
      "cookies."),
     ("Let’s again consider the $10$ cookies we want to distribute to Albie, Bertie, and Charlie. "
      "This time, we will impose some upper bound restrictions.\n\n(d) Using the Principle of "
      "Inclusion/Exclusion for two sets, how many ways\n\ncan we distribute the cookies if at "
      "least one of Albie or Bertie gets more than $3$ cookies? So either Albie gets more than $3$ "
      "cookies, Bertie gets more than $3$ cookies, or both get more than $3$ cookies."),
     "counting.exceeding_shares", 28 + 28 - 6),
]

# Items these readers must leave alone: a question no template reads, or a number that disagrees.
REFUSED = [
    ("You decide to give away your video game collection so as to better spend your time studying "
     "advanced mathematics. How many ways can you do this, provided:\n\n1. You want to distribute "
     "your $3$ different PS4 games among $5$ friends, so that no friend gets more than one game?"
     "\n\n2. You want to distribute your $8$ different 3DS games among $5$ friends in pairs?"),
    ("Suppose you roll two 6-sided dice with your eyes closed. Your friend says, “Hey look, at least "
     "one of your dice is a 4.” What is the probability that you rolled a sum of $7$ twice?"),
    # a question of the exercise with no template: the whole stays unread
    MMS + "\n\n(d) What is the probability that if you pick three M&M’s, they are all red?",
    # two heads of three coins: exactly two or at least two, the words do not say
    ("Suppose you flip three fair coins. What is the sample space of possible outcomes? What is the "
     "probability of getting two heads?"),
    # an example outcome of another length than the flips
    FLIPS + "\n(a) List all the elements in the sample space. For example, one outcome is HT.",
]


@pytest.mark.parametrize("text, context, family, expected", ITEMS)
def test_items_are_read_counted_and_checked(text, context, family, expected) -> None:
    counted(text, context, family, expected)


def test_a_part_counting_the_remaining_places_needs_only_their_number() -> None:
    # As the build reads a part: its exercise's setup and the part itself, siblings cut out.
    # "Three of the remaining seven" is C(7,3) = 35 whichever letters took the other three
    # places (3.6.1.2(b): the S's); the word must have three T's and other letters that fill
    # exactly three places.
    setup = ("Consider the counting question “How many ways can you permute the letters of the word "
             "STATISTICS?” Note that this is not just a permutation, since there are repeated "
             "letters.\n\n")
    part = ("How many ways can you select three of the remaining seven positions in\n\nthe anagram to "
            "be occupied by the letter $T$?")
    task, problem = solved(part, setup + "(b) " + part)
    assert task.params == {"n": 7, "k": 3, "ordered": False, "repetition": False}
    assert problem.answer == 35
    # two T's where the word has three; or nothing taken, so none "remaining"
    assert counting_setups.read(part.replace("three of", "two of"), setup + "(b) " + part) is None
    nowhere = part.replace("seven", "ten")
    assert counting_setups.read(nowhere, setup + "(b) " + nowhere) is None


@pytest.mark.parametrize("text", REFUSED)
def test_items_with_more_than_a_template_says_stay_unread(text) -> None:
    assert counting_setups.read(text, None) is None
    assert probability_words.read(text, None) is None


@pytest.mark.parametrize("family, params", [
    ("counting.restricted_functions", {"domain": list("1234"), "codomain": list("1234"),
                                       "conditions": [["1", "=", "1"], ["2", "=", "2"]],
                                       "join": "or", "injective": False}),
    ("counting.restricted_functions", {"domain": list("12345678"), "codomain": list("abcdef"),
                                       "conditions": [["1", "!=", "c"], ["2", "!=", "f"]],
                                       "join": "or", "injective": False}),
    ("probability.events", {"space": ["deck", 2], "event": ["at", 1, ["red face", "black face"]],
                            "given": ["at", 0, ["red face", "red other"]]}),
    ("probability.events", {"space": ["coins", 15], "event": ["not", ["count", ["H"], "=", 8]],
                            "want": "size"}),
    ("counting.group_choices", {"groups": [["regular ties", 9, [">=", 1]],
                                           ["bow ties", 5, [">=", 1]]]}),
    ("counting.digit_strings", {"digits": [1, 2, 3, 4, 5, 6, 7, 8], "length": 11,
                                "condition": "more_even"}),
    # the families and kinds of tests/test_counting_twice.py
    ("counting.copies", {"symbols": "012", "marked": "2", "copies": "n-2"}),
    ("counting.copies", {"symbols": "012", "marked": "2", "copies": None}),
    ("counting.union", {"sizes": {"A": 54, "B": 39, "C": 51, "AB": 18, "AC": 29, "BC": 28,
                                  "ABC": 11}, "total": 100}),
    ("counting.strings", {"symbols": "0123456789", "length": 3, "parity": "even",
                          "starts": list("123456789")}),
    ("counting.strings", {"symbols": "0123456789", "length": 7, "parity": "odd",
                          "starts": list("123456789")}),
    ("counting.two_sets", {"a": 9, "b": 19, "want": "largest_intersection"}),
    ("counting.two_sets", {"a": 5, "b": 2, "want": "union_plus_intersection"}),
    ("counting.numbered_groups", {"people": 40, "size": 4, "leaders": 10}),
    ("counting.numbered_groups", {"people": 40, "size": 4, "leaders": 0}),
    ("counting.selections", {"n": 10, "k": 5, "ordered": True, "repetition": False,
                             "reversible": True}),
    ("counting.selections", {"n": 12, "k": 7, "ordered": True, "repetition": False,
                             "reversible": True}),
    ("counting.lattice_paths", {"start": [3, 4], "end": [8, 10], "want": "length"}),
    ("counting.bit_strings", {"length": 8, "weight": ["=", 3], "want": "zeros"}),
    ("counting.bit_strings", {"length": 4, "weight": ["=", 2], "want": "bits"}),
    ("counting.anagrams", {"word": "abcde", "avoid": "bad", "consecutive": False}),
])
def test_a_wrong_answer_fails_the_independent_check(family, params) -> None:
    fam = FAMILIES[family]
    problem = fam.pose(params)
    assert all(c.passed for c in fam.verify(problem))
    problem.answer = problem.answer + 1
    assert not all(c.passed for c in fam.verify(problem))


@pytest.mark.parametrize("name", ["counting.restricted_functions", "probability.events",
                                  "counting.group_choices", "counting.digit_strings",
                                  "counting.with_leader", "counting.exceeding_shares"])
def test_drawn_problems_and_variants_pass_their_checks(name) -> None:
    fam = FAMILIES[name]
    rng = random.Random(3)
    for seed in range(4):
        problem = fam.make(seed, 1 + seed)
        assert all(c.passed for c in fam.verify(problem))
        try:
            varied = vary(name, problem.params, rng)
        except ValueError:
            continue  # an event with no variant of its shape
        assert all(c.passed for c in fam.verify(fam.pose(varied)))


def test_book_answers_broken_off_or_split_by_the_pdf_are_unreadable() -> None:
    # 3.8.5.2(c) prints the inclusion-exclusion sum only to "+\dots"; 3.9.7(a) prints 2^{10}
    # as "2^{1}0". Neither is a value to compare with; a finished sum still is.
    broken = (r"$\binom{22}{5}-[\binom{6}{1}\binom{17}{5}-\binom{6}{2}\binom{12}{5}+\dots]$ meals. "
              "Use PIE to subtract all the meals in which you get $5$ or more of a particular item.")
    assert compare_with_book(sp.Integer(666), broken).status == "unreadable"
    assert compare_with_book(sp.Integer(1024), "$2^{1}0$ strings.").status == "unreadable"
    # 3.9.5(c) writes the first terms of its sum and says "etc.".
    terms = (r"We need $6$ or more even digits. $6$ even digits: $\binom{11}{6}4^{6}4^{11-6}$. $6+1$ "
             r"even digits: $\binom{11}{(6+1)}4^{6+1}*4^{11-6-1}$, etc. By adding these together, "
             "we get the total number of ways to have $6$ or more even digits.")
    assert compare_with_book(sp.Integer(4**11 * 2**10), terms).status == "unreadable"
    finished = r"$\binom{15}{10}-[\binom{6}{1}\binom{8}{5}-\binom{6}{2}\binom{1}{5}\dots]=2877$ ways."
    assert compare_with_book(sp.Integer(2877), finished).status == "match"


# Exercise 0.2.8.2, as the source and the PDF give it.
DOMINOES = ("A double-zero domino set would contain only one domino (both sides showing $0$). A "
            "double-one set would contain this plus the dominoes $(1,0)$ and $(1,1)$. We can "
            "continue in this way, creating a sequence of domino sets. Find the next three terms "
            "of the sequence.\n\n$1$, $3$, , , , ...")


def test_the_dominoes_of_double_m_sets() -> None:
    # By hand: a double-m set holds each pair of numbers 0..m, a double allowed, order not:
    # C(m + 2, 2); m = 2, 3, 4 give 6 (00 01 02 11 12 22), 10 and 15.
    assert solved(DOMINOES)[1].answer == sp.Tuple(6, 10, 15)
    # terms that are not the sequence's first ones: unread
    assert counting_setups.read(DOMINOES.replace("$3$", "$4$"), None) is None
