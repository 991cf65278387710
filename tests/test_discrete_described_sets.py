"""Sets the book describes by a property ("$B=\\{x\\in\\mathbb{N}:x$ is even$\\}$"), and sets
between others (the largest set inside two, the smallest holding two, every C with B a subset of C
and C a subset of A): Levin's Discrete Mathematics 5.1.5 as the PDF and the PreTeXt source print
them, read, solved, verified and compared with the book's answers. An asked set that would be
infinite stays unread, unless it is built from even and odd numbers and listed sets (then it
is one of the empty set, the evens, the odds, or all of N or Z, give or take listed numbers)."""

import random

import pytest
import sympy as sp

import exercises.families  # noqa: F401  (registers the families)
from exercises.family import FAMILIES
from formalize.agreement import compare_with_book
from formalize.tasks import read_task
from formalize.variants import vary
from tests.book_items import solved


def finite(*elements) -> sp.FiniteSet:
    return sp.FiniteSet(*elements)


# Exercise 5.1.5.9 and 5.1.5.10 as the PDF's text layer breaks the described sets.
EXERCISE_9 = ("Let $A=\\{x\\in\\mathbb{N}:2\\leq x<14\\}$ and $B=\\{x\\in\\mathbb{N}:x$ is even$\\}$."
              "\n\na. Find $A\\cap B$.\n\nb. Find $A\\setminus B$.")
EXERCISE_10 = ("Let $A=\\{x\\in\\mathbb{N}:3\\leq x\\leq13\\}$, $B=\\{x\\in\\mathbb{N}:x$ is even$\\}$, "
               "and $C=\\{x\\in\\mathbb{N}$:\n\n$x$ is odd$\\}$.\n\n(a) Find $A\\cap B$.\n\n(b) Find "
               "$A\\cup B$.\n\n(c) Find $B\\cap C$.\n\n(d) Find $B\\cup C$.")
EXERCISE_3 = ("Find the following cardinalities.\n\na. $|A|$ when $A=\\{4,5,6,7,\\dots,33\\}$.\n\n"
              "b. $|A|$ when $A=\\{x\\in\\mathbb{Z}:-7\\leq x\\leq91\\}$.\n\nc. $|A\\cap B|$ when "
              "$A=\\{x\\in\\mathbb{N}:x\\leq27\\}$ and $B=\\{x\\in\\mathbb{N}:x$ is prime $\\}$.")
PART_3C = ("$|A\\cap B|$ when $A=\\{x\\in\\mathbb{N}:x\\leq27\\}$ and $B=\\{x\\in\\mathbb{N}:x$ is "
           "prime $\\}$.")


def test_described_sets_are_read_where_the_asked_sets_are_finite() -> None:
    # A = {2, ..., 13}: its even elements, and the rest.
    evens, odds = finite(2, 4, 6, 8, 10, 12), finite(3, 5, 7, 9, 11, 13)
    assert solved(EXERCISE_9)[1].answer == sp.Tuple(evens, odds)
    assert solved("Find $A\\cap B$.", EXERCISE_9)[1].answer == evens
    assert solved("Find $A\\setminus B$.", EXERCISE_9)[1].answer == odds
    # A = {3, ..., 13}: its even elements.
    assert solved("Find $A\\cap B$.", EXERCISE_10)[1].answer == finite(4, 6, 8, 10, 12)
    # The primes up to 27: 2, 3, 5, 7, 11, 13, 17, 19, 23 (the part's own A, not part a's).
    assert solved(PART_3C, EXERCISE_3)[1].answer == 9
    # The source writes the property in \text (\mbox) inside one formula.
    source = ("Let $A = \\{x \\in \\mathbb{N} : 3 \\le x \\le 13\\}$, $B = \\{x \\in \\mathbb{N} : x "
              "\\mbox{ is even} \\}$. Find $A \\cap B$.")
    assert solved(source)[1].answer == finite(4, 6, 8, 10, 12)


def test_an_infinite_asked_set_is_not_read() -> None:
    # The primes with the numbers up to 27: no parity decides what lies beyond 27.
    union = "$|A\\cup B|$ when $A=\\{x\\in\\mathbb{N}:x\\leq27\\}$ and $B=\\{x\\in\\mathbb{N}:x$ is prime $\\}$."
    assert read_task("p", union, context=EXERCISE_3).family is None
    assert read_task("q", union.replace("|A\\cup B|", "A\\cup B")).family is None


def test_even_and_odd_sets_are_named_by_parity() -> None:
    # Exercise 5.1.5.10 (b)-(d): A u B is every even number and the odd 3, 5, ..., 13 of A; no
    # natural number is both even and odd, and each is one of them, so B n C is empty and B u C
    # is N (the book's N starts at 0). No printed answers.
    n = sp.Symbol("n")
    evens = sp.ImageSet(sp.Lambda(n, 2 * n), sp.S.Naturals0)
    union = sp.Union(finite(3, 5, 7, 9, 11, 13), evens)
    assert solved("Find $A\\cup B$.", EXERCISE_10)[1].answer == union
    assert solved("Find $B\\cap C$.", EXERCISE_10)[1].answer == sp.S.EmptySet
    assert solved("Find $B\\cup C$.", EXERCISE_10)[1].answer == sp.S.Naturals0
    assert solved(EXERCISE_10)[1].answer == sp.Tuple(finite(4, 6, 8, 10, 12), union,
                                                     sp.S.EmptySet, sp.S.Naturals0)
    family = FAMILIES["sets.set_operations"]
    params = read_task("d", "Find $B\\cup C$.", context=EXERCISE_10).params
    # B minus A: the evens but 4, 6, ..., 12 of A
    fewer = family.pose({**params, "sets": {**params["sets"], "A": [str(k) for k in range(3, 14)]},
                         "asks": [["minus", "B", "A"]]})
    assert fewer.answer == sp.Complement(evens, finite(4, 6, 8, 10, 12))
    assert all(c.passed for c in family.verify(fewer))
    # B minus C is B: the evens, checked against the frozenset walk on the window
    evens = family.pose({**params, "asks": [["minus", "B", "C"]]})
    assert evens.answer == sp.ImageSet(sp.Lambda(n, 2 * n), sp.S.Naturals0)
    assert all(c.passed for c in family.verify(evens))
    evens.answer = sp.ImageSet(sp.Lambda(n, 2 * n + 1), sp.S.Naturals0)  # the odds: refused
    assert not all(c.passed for c in family.verify(evens))
    # over Z the odds are every 2n + 1 for an integer n, negatives too
    whole = {"sets": {"B": {"in": "Z", "is": "odd"}, "C": {"in": "Z", "is": "even"}},
             "universe": None, "asks": [["minus", "B", "C"]]}
    odds = family.pose(whole)
    assert odds.answer == sp.ImageSet(sp.Lambda(n, 2 * n + 1), sp.S.Integers)
    assert all(c.passed for c in family.verify(odds))
    namespace: dict = {}
    exec(odds.code, namespace)  # noqa: S102 - the problem's own program
    assert namespace["solve"]() == odds.answer
    # a parity set over N with one over Z is no one periodic set
    with pytest.raises(ValueError):
        family.pose({**whole, "sets": {**whole["sets"], "C": {"in": "N", "is": "even"}}})


def test_the_check_cuts_the_described_sets_further_out() -> None:
    family = FAMILIES["sets.set_operations"]
    params = read_task("a", "Find $A\\cap B$.", context=EXERCISE_9).params
    assert params["sets"]["B"] == {"in": "N", "is": "even"}
    problem = family.pose(params)
    wrong = family.pose(params)
    wrong.answer = finite(2, 4, 6, 8, 10, 12, 14)
    assert all(c.passed for c in family.verify(problem))
    assert not all(c.passed for c in family.verify(wrong))
    # A with every prime: infinite, and no parity names it
    unbounded = {**params, "sets": {**params["sets"], "B": {"in": "N", "is": "prime"}},
                 "asks": [["union", "A", "B"]]}
    with pytest.raises(ValueError):
        family.pose(unbounded)


# (the item as the PDF prints it, the answer worked by hand, the book's printed answer or None)
BETWEEN = [
    # Exercise 5.1.5.4: the largest set inside both is A n B.
    (("Let $A=\\{8,10,11,12,13\\}$ and $B=\\{8,16,17,24,32\\}.$ Find a set of largest possible size "
     "that is a subset of both $A$ and $B$."), finite(8),
     ("The set of largest size that is a subset of both $A$ and $B$ is the intersection of $A$ and "
     "$B$, $A\\cap B=\\{8\\}$.")),
    # Exercise 5.1.5.5 (the PDF prints the sets as words): the smallest set holding both.
    ("Find a set of smallest possible size that has both {4,6,7,9} and {5,6,7,9,10} as subsets.",
     finite(4, 5, 6, 7, 9, 10), None),
    # Exercise 5.1.5.6: C inside A = {39..54} and B = {17..44} has at most |{39..44}| = 6.
    (("Let $A=\\{n\\in\\mathbb{N}:39\\leq n<55\\}$ and $B=\\{n\\in\\mathbb{N}:16<n\\leq44\\}$. Suppose "
     "$C$ is a set such that $C\\subseteq A$ and $C\\subseteq B$. What is the largest possible "
     "cardinality of $C$?"), 6, None),
    # Exercise 5.1.5.7: C holds 1, 4, 14 and any of 7, 12: 2^2 = 4 sets.
    (("Let $A=\\{1,4,7,12,14\\}$ and $B=\\{1,4,14\\}$. How many sets $C$ have the property that "
     "$C\\subseteq A$ and $B\\subseteq C$."), 4,
     ("There will be exactly $4$ such sets: $\\{1,4,14\\},\\{1,4,12,14\\}$, $\\{1,4,7,14\\}$, and "
     "$\\{1,4,7,12,14\\}$.")),
    # Exercise 5.1.5.19: {2,3,5} with any of 1, 4, 6: 2^3 = 8 sets.
    (("Let $A=\\{1,2,3,4,5,6\\}$. Find all sets $B\\in\\mathcal{P}(A)$ which have the property\n\n"
     "$$\\{2,3,5\\}\\subseteq B.$$"),
     finite(*[finite(2, 3, 5, *extra) for extra in
              [(), (1,), (4,), (6,), (1, 4), (1, 6), (4, 6), (1, 4, 6)]]), None),
]


@pytest.mark.parametrize("text,expected,book", BETWEEN)
def test_sets_between_others_are_read_solved_and_compared(text, expected, book) -> None:
    task, problem = solved(text)
    assert task.family == "sets.set_operations"
    assert problem.answer == expected
    if book:
        assert compare_with_book(problem.answer, book, worked=False).status == "match"


def test_the_source_prints_exercise_19_in_one_line() -> None:
    source = ("Let $A = \\{1,2,3,4,5,6\\}$. Find all sets $B \\in \\pow(A)$ which have the property "
              "$\\{2,3,5\\} \\subseteq B$.")
    assert solved(source)[1].answer == BETWEEN[-1][1]


def test_other_questions_about_sets_between_are_not_read() -> None:
    # A smallest set inside both, or a second question after the first: not these questions.
    assert read_task("a", BETWEEN[0][0].replace("largest", "smallest")).family is None
    assert read_task("b", BETWEEN[3][0] + " List them.").family is None


def test_variants_of_sets_between_others_verify() -> None:
    family = FAMILIES["sets.set_operations"]
    for text, _, _ in BETWEEN:
        params = read_task("a", text).params
        for seed in range(3):
            new = vary("sets.set_operations", params, random.Random(seed))
            assert all(c.passed for c in family.verify(family.pose(new)))


# Exercise 1.5.1.2 as the source prints it (the PDF the same, with no answer).
ALWAYS = ("Which of the following are always true?\n\nA. For any sets $A$ and $B$, $A \\cup B "
          "\\subseteq B$.\n\nB. For any sets $A$ and $B$, $B \\subseteq A \\cup B$.\n\nC. For any "
          "sets $A$ and $B$, if $A \\subseteq B$, then $A \\cup B \\subseteq B$.\n\nD. For any sets "
          "$A$ and $B$, if $A \\cup B = B$, then $A \\subseteq B$.")
ALWAYS_ANSWER = ("A. Incorrect. What if $A = \\{1,2,3\\}$ and $B = \\{1, 3, 5\\}$?\n\nB. Correct.\n\n"
                 "C. Correct.\n\nD. Correct.")


def test_statements_about_any_sets_are_decided_and_compared() -> None:
    # A fails for A = {1}, B = {} (the book: A = {1,2,3}, B = {1,3,5}); B: every element of B is
    # in the union; C: A inside B adds nothing to B; D: A is inside A u B = B.
    task, problem = solved(ALWAYS)
    assert task.family == "logic.laws_of_logic"
    assert problem.answer == sp.Tuple(sp.false, sp.true, sp.true, sp.true)
    assert compare_with_book(problem.answer, ALWAYS_ANSWER).status == "match"
    pdf = ALWAYS.replace(" \\cup ", "\\cup").replace(" \\subseteq ", "\\subseteq")
    assert solved(pdf)[1].answer == problem.answer
    family = FAMILIES["logic.laws_of_logic"]
    problem.answer = sp.Tuple(sp.true, sp.true, sp.true, sp.true)
    assert not all(c.passed for c in family.verify(problem))
    # a statement about a third set, or in words: not read
    assert read_task("a", ALWAYS.replace("$B \\subseteq A \\cup B$", "$B \\subseteq C$")
                     ).family is None


# Example 5.1.3: the PDF lays the nine statements out in a table, row by row; the source one a
# paragraph. The book's answer (worked): False, True, False, False, True, Meaningless, True,
# Meaningless, True.
RELATIONS_PDF = ("Let $A=\\{1,2,3,4,5,6\\}$, $B=\\{2,4,6\\}$, $C=\\{1,2,3\\}$, and $D=\\{7,8,9\\}$. "
                 "Determine which of the following are true, false, or meaningless.\n\n1. $A\\subset "
                 "B$. | 4. $\\emptyset\\in A$. | 7. $3\\in C$.\n2. $B\\subset A$. | 5. $\\emptyset\\subset "
                 "A$. | 8. $3\\subset C$.\n3. $B\\in C$. | 6. $A<D$. | 9. $\\{3\\}\\subset C$.")
RELATIONS_SOURCE = ("Let $A = \\{1, 2, 3, 4, 5, 6\\}$, $B = \\{2, 4, 6\\}$, $C = \\{1, 2, 3\\}$, and $D = "
                    "\\{7, 8, 9\\}$. Determine which of the following are true, false, or "
                    "meaningless.\n\n" + "\n\n".join(
                        f"${s}$." for s in ["A \\subset B", "B \\subset A", "B \\in C",
                                            "\\emptyset \\in A", "\\emptyset \\subset A", "A \\lt D",
                                            "3 \\in C", "3 \\subset C", "\\{3\\} \\subset C"]))
RELATIONS_ANSWER = "\n\n".join(f"{w}. Because." for w in [
    "False", "True", "False", "False", "True", "Meaningless", "True", "Meaningless", "True"])


@pytest.mark.parametrize("text", [RELATIONS_PDF, RELATIONS_SOURCE])
def test_relations_are_true_false_or_meaningless(text) -> None:
    # A has 1, which B lacks; B is inside A and smaller; B is no element of C (its elements are
    # numbers); the empty set is no element of A but a (proper) subset of it; sets have no order;
    # 3 is in C; 3 is no set; {3} is inside C and smaller.
    from exercises.families.textbook_sets import MEANINGLESS as M
    _task, problem = solved(text)
    T, F = sp.true, sp.false
    assert problem.answer == sp.Tuple(F, T, F, F, T, M, T, M, T)
    assert compare_with_book(problem.answer, RELATIONS_ANSWER, worked=True).status == "match"
    swapped = RELATIONS_ANSWER.replace("Meaningless", "False", 1)
    assert compare_with_book(problem.answer, swapped, worked=True).status == "differs"
    family = FAMILIES["sets.set_operations"]
    problem.answer = sp.Tuple(F, T, F, F, T, M, T, F, T)
    assert not all(c.passed for c in family.verify(problem))


# Exercise 5.1.5.2 as the PDF prints it ((d)'s formula broken around its words).
LEAST = ("Find the least element of the following sets, if there is one.\n\na. $\\{n\\in\\mathbb{N}:"
         "n^{2}-3\\geq4\\}$\n\nb. $\\{n\\in\\mathbb{N}:n^{2}-7\\in\\mathbb{N}\\}$\n\nc. $\\{n^{2}+4:n\\in"
         "\\mathbb{N}\\}$\n\nd. $\\{n\\in\\mathbb{N}:n=k^{2}+4$ for some $k\\in\\mathbb{N}\\}$")


def test_least_elements_of_sets_of_natural_numbers() -> None:
    # a: 2^2 - 3 = 1 < 4, 3^2 - 3 = 6 >= 4; b: 2^2 - 7 < 0, 3^2 - 7 = 2; c, d: 0^2 + 4 = 4
    # (the book: 3, 3, 4, 4)
    task, problem = solved(LEAST)
    assert task.family == "sets.least_element"
    assert problem.answer == sp.Tuple(3, 3, 4, 4)
    parts = [p.split(". ", 1)[1] for p in LEAST.split("\n\n")[1:]]
    assert [solved(p, LEAST)[1].answer for p in parts] == [3, 3, 4, 4]
    book = ("This is the set $\\{3,4,5,\\dots\\}$ since we need each element to be a natural number "
            "whose square is at least $3$ more than $4$. Since $3^{2}-3=6$ but $2^{2}-3=1$ we see "
            "that the first such natural number is $3$.")
    assert compare_with_book(solved(parts[0], LEAST)[1].answer, book, worked=True).status == "match"
    # an empty set has no least element; a set of values falling without end neither
    from exercises.families.textbook_sets import NONE
    assert solved("$\\{n\\in\\mathbb{N}:n^{2}<0\\}$", LEAST)[1].answer == NONE
    assert solved("$\\{4-n:n\\in\\mathbb{N}\\}$", LEAST)[1].answer == NONE
    # a set of integers, or a condition that is no polynomial inequality: not read
    assert read_task("z", "$\\{n\\in\\mathbb{Z}:n^{2}-3\\geq4\\}$", context=LEAST).family is None
    assert read_task("p", "$\\{n\\in\\mathbb{N}:n\\text{ is prime}\\}$", context=LEAST).family \
        != "sets.least_element"


SIZING_28 = ("Consider the sets $A$ and $B$, where $A=\\{3,|B|\\}$ and $B=\\{1,|A|,|B|\\}$. What are"
             "\n\nthe sets?")
SIZING_30_SOURCE = ("Find all sets $A$, $B$, and $C$ which satisfy the following.\n\n$$A = & \\{1, "
                    "\\card{B}, \\card{C}\\} \\\\\nB = &             \\{2, \\card{A}, \\card{C}\\} \\\\\nC "
                    "= & \\{1, 2, \\card{A}, \\card{B}\\}$$\n\n.")


def test_sets_that_list_their_own_sizes() -> None:
    # 28: |B| = 3 would make A = {3}, so B = {1, 3}, of size 2: no; so |A| = 2, B = {1, 2},
    # A = {3, 2} (the book: A = {2,3}, B = {1,2}).
    task, problem = solved(SIZING_28)
    assert task.family == "sets.self_sizing"
    assert problem.answer == sp.Tuple(finite(2, 3), finite(1, 2))
    book = ("This means that $|A|=2$, so $B$ contains at least the elements $1$ and $2$.\n\n"
            "Therefore it must be that $A=\\{2,3\\}$ and $B=\\{1,2\\}$")
    assert compare_with_book(problem.answer, book, worked=True).status == "match"
    # 30: sizes (2, 1, 2) give A = {1,1,2}, B = {2,2,2}, C = {1,2,2,1}; sizes (3, 2, 3) give
    # A = {1,2,3}, B = {2,3,3}, C = {1,2,3,2}; no other sizes work.
    assert solved(SIZING_30_SOURCE)[1].answer == sp.FiniteSet(
        sp.Tuple(finite(1, 2), finite(2), finite(1, 2)),
        sp.Tuple(finite(1, 2, 3), finite(2, 3), finite(1, 2, 3)))
    # a set that lists the size of a set not given: not read
    assert read_task("a", SIZING_28.replace("|A|,|B|", "|A|,|C|")).family is None


@pytest.mark.parametrize("text", [LEAST, ALWAYS, RELATIONS_SOURCE, SIZING_28])
def test_variants_of_least_elements_laws_relations_and_sizes_verify(text) -> None:
    task = read_task("a", text)
    family = FAMILIES[task.family]
    for seed in range(3):
        new = vary(task.family, task.params, random.Random(seed))
        assert all(c.passed for c in family.verify(family.pose(new)))
