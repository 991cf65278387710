"""Logic, relations and functions from Levin's discrete book: items as the PDF and the PreTeXt
source print them, read, solved, verified and compared with the book's answers; items that ask
something else are left unread."""

import random

import pytest
import sympy as sp

import exercises.families  # noqa: F401  (registers the families)
from exercises.family import FAMILIES
from formalize.agreement import compare_with_book
from formalize.parts import context_of
from formalize.tasks import read_task
from formalize.variants import vary
from tests.book_items import solved

P, Q, R = sp.symbols("P Q R")


def finite(*elements) -> sp.FiniteSet:
    return sp.FiniteSet(*elements)


def names(*properties: str) -> sp.FiniteSet:
    return sp.FiniteSet(*map(sp.Symbol, properties))


RELATIONS = (r"Define relations $R_{1},\dots,R_{6}$ on $1,2,3,4$ by" "\n\n"
             r"(a) $R_{1}=\{(2,2),(2,3),(2,4),(3,2),(3,3),(3,4)\},$" "\n\n"
             r"(b) $R_{2}=\{(1,1),(1,2),(2,1),(2,2),(3,3),(4,4)\}$." "\n\n"
             r"(c) $R_{3}=\{(2,4),(4,2)\}$." "\n\n(d) $R_{4}=\\{(1,2),(2,3),(3,4)\\}$,\n\n"
             r"(e) $R_{5}=\{(1,1),(2,2),(3,3),(4,4)\},$" "\n\n"
             r"(f) $R_{6}=\{(1,3),(1,4),(2,3),(2,4),(3,1),(3,4)\},$" "\n\n"
             "For each of the relations, determine whether it is any of reflexive, irreflexive, "
             "symmetric, antisymmetric, and transitive.")
INVERSE = ("Given a function $f:X\\to Y$ and a set $B\\subseteq Y$, we define the inverse image of "
           "$B$ under $f$ as the set $f^{-1}(B)=\\{x\\in X:f(x)\\in B$. That is, it is all the "
           "elements in the domain that are mapped to elements in $B$.\n\n(a) For "
           "$f:\\mathbb{N}\\to\\mathbb{N}$ defined by $f(n)=n^{2}$, what are each of the following "
           "sets?\n\n(a) $f^{-1}(\\{1,4,9\\})$\n\n(b) $f^{-1}(\\{2,3,5,7\\})$\n\n(c) "
           "$f^{-1}(\\{1,2,\\dots,10\\})$\n\n(b) Prove that for any set $C\\subseteq X$, "
           "$C\\subseteq f^{-1}(f(C))$.")
TABLE = ("Consider the function $f:\\{1,2,3,4,5,6\\}\\to\\{a,b,c,d\\}$ given by\n\n"
         "$$f=\\begin{pmatrix}1 & 2 & 3 & 4 & 5 & 6 \\\\ a & a & b & b & b & c\\end{pmatrix}.$$\n\n"
         "Find $f(\\{1,2,3\\})$, $f^{-1}(\\{a,b\\})$, and $f^{-1}(d)$.")
IMAGES = ("For the following tasks, let's explore the function $f: \\mathbb{N} \\to \\mathbb{N}$ "
          "defined by $f(x) = x^2 - 3x + 8$.\n\nLet $A = \\{1,2,3\\}$ and $B = \\{2, 4, 6\\}$. Find "
          "$f(A)$ and $f(B)$. Then find $f(A) \\cup f(B)$.\n\nNow find $A \\cup B$ and "
          "$f(A \\cup B)$.\n\nGive an example, if one exists, of two distinct sets $A$ and $B$ "
          "such that $A \\subseteq B$ but $f(A) \\not\\subseteq f(B)$.")
KINDS = ("For each function given below, determine whether or not the function is injective\n\n"
         "and whether or not the function is surjective.\n\n(a) $f:\\mathbb{N}\\to\\mathbb{N}$ "
         "given by $f(n)=n+4$.\n\n(b) $f:\\mathbb{Z}\\to\\mathbb{Z}$ given by $f(n)=n+4$.\n\n(c) "
         "$f:\\mathbb{Z}\\to\\mathbb{Z}$ given by $f(n)=5n-8$.")
a, b, c, d = sp.symbols("a b c d")

# (item text, the exercise it is a part of, family, the answer worked out by hand)
ITEMS = [
    (r"$\neg(P\to\neg Q)$.", ("Simplify the following statements (so that negation only appears "
     r"right before variables). (a) $\neg(P\to\neg Q)$. (b) $(\neg P\vee\neg Q)\to\neg(\neg Q\wedge R)$."),
     "logic.negation_normal_form", P & Q),
    (r"$\neg((\neg P\to\neg Q)\wedge(\neg Q\to R))$ (careful with the implications).",
     ("Use De Morgan's Laws and any other logical equivalence facts you know to simplify the "
     r"following statements. (a) $\neg((\neg P\wedge Q)\vee\neg(R\vee\neg S))$. (b) "
     r"$\neg((\neg P\to\neg Q)\wedge(\neg Q\to R))$ (careful with the implications). (c) For "
     "both parts above, verify your answers are correct using truth tables."),
     "logic.negation_normal_form", (~P & Q) | (~Q & ~R)),
    (r"$R_{3}=\{(2,4),(4,2)\}$.", RELATIONS, "relations.properties", names("irreflexive", "symmetric")),
    (r"$R_{1}=\{(2,2),(2,3),(2,4),(3,2),(3,3),(3,4)\},$", RELATIONS, "relations.properties",
     names("transitive")),
    (RELATIONS.replace("$1,2,3,4$", "${ 1,2,3,4 }$"), None, "relations.properties", sp.Tuple(
        names("transitive"), names("reflexive", "symmetric", "transitive"),
        names("irreflexive", "symmetric"), names("irreflexive", "antisymmetric"),
        names("reflexive", "symmetric", "antisymmetric", "transitive"), names("irreflexive"))),
    (r"$f^{-1}(\{1,2,\dots,10\})$", INVERSE, "functions.images", finite(1, 2, 3)),
    (r"$f^{-1}(\{2,3,5,7\})$", INVERSE, "functions.images", sp.S.EmptySet),
    (TABLE, None, "functions.images", sp.Tuple(finite(a, b), finite(1, 2, 3, 4, 5), sp.S.EmptySet)),
    ((r"Consider the function $g:\Z \to \Z$ defined by $g(n) = n^2 + 1$. Find $g(1)$ and "
     r"$g(\{1\})$. Then find $g\inv(1)$, $g\inv(2)$, and $g\inv(3)$."), None, "functions.images",
     sp.Tuple(2, finite(2), finite(0), finite(-1, 1), sp.S.EmptySet)),
    (("Let $A = \\{1,2,3\\}$ and $B = \\{2, 4, 6\\}$. Find $f(A)$ and $f(B)$. Then find "
     "$f(A) \\cup f(B)$."), IMAGES, "functions.images",
     sp.Tuple(finite(6, 8), finite(6, 12, 26), finite(6, 8, 12, 26))),
    ("Now find $A \\cup B$ and $f(A \\cup B)$.", IMAGES, "functions.images",
     sp.Tuple(finite(1, 2, 3, 4, 6), finite(6, 8, 12, 26))),
    (r"$f:\mathbb{N}\to\mathbb{N}$ given by $f(n)=n+4$.", KINDS, "functions.properties",
     names("injective", "not surjective")),
    (r"$f:\mathbb{Z}\to\mathbb{Z}$ given by $f(n)=n+4$.", KINDS, "functions.properties",
     names("injective", "surjective")),
    (("Let $A = \\{1,2,3\\}$ and $B = \\{2, 4, 6, 8\\}$. Consider the functions $f:A \\to B$ and "
      "$g:A \\to B$ defined by, $$f = \\twoline{1 \\amp 2 \\amp 3}{2 \\amp 8 \\amp 6}, \\qquad "
      "g = \\twoline{1 \\amp 2 \\amp 3}{4 \\amp 6 \\amp 4}.$$ Which of these functions is "
      "injective?"), None, "functions.properties",
     sp.Tuple(names("injective"), names("not injective"))),
    (("1. Find the cardinality of $A=\\{23,24,\\dots,37,38\\}$.\n\n2. Find the cardinality of "
      "$B=\\{1,\\{2,3,4\\},\\emptyset\\}$.\n\n3. If $C=\\{1,2,3\\}$, what is the cardinality "
      "of $\\mathcal{P}(C)$?"), None, "sets.set_operations", sp.Tuple(16, 3, 8)),
    (("Let $A = \\{1,2\\}$ and $B = \\{3,4,5\\}$. Find $A \\times B$ and $A \\times A$. How many "
      "elements do you expect to be in $B \\times B$?"), None, "sets.set_operations",
     sp.Tuple(finite(*[sp.Tuple(i, j) for i in (1, 2) for j in (3, 4, 5)]),
              finite(*[sp.Tuple(i, j) for i in (1, 2) for j in (1, 2)]), 9)),
]


# Exercise 5.2.4.1 as the PDF prints it, and each part's context as the build gives it (the
# setup and the part, the other parts cut out).
TWO_LINE = ("Consider the function $f:\\{1,2,3,4,5\\}\\to\\{1,2,3,4,5\\}$ given by\n\n$$f=\\begin"
            "{pmatrix}1 & 2 & 3 & 4 & 5 \\\\ 1 & 1 & 4 & 2 & 5\\end{pmatrix}.$$\n\n")
PRE_IMAGE = "Find a $n$ in the domain such that $f(n)=4$."
FIXED = "Find an element $n$ of the domain such that $f(n)=n$."
UNREACHED = "Find an element of the codomain that is not in the range."


def test_one_element_asked_of_a_table_is_read_where_exactly_one_answers() -> None:
    # b. only f(3) = 4 (the bottom row has one 4); d. the outputs are 1, 1, 4, 2, 5: 3 is missed.
    for part, book in [(PRE_IMAGE, ("Such an $n$ is $n=3$, since $f(3)=4$. Note that $3$ is above "
                        "a $4$ in the notation.")),
                       (UNREACHED, ("Such an element is $3$ (in fact, that is the only element in "
                        "the codomain that is not in the range). In other words, $3$ is not the "
                        "image of any element of the domain."))]:
        task, problem = solved(part, TWO_LINE + part)
        assert task.family == "functions.images" and problem.answer == 3
        assert compare_with_book(problem.answer, book, worked=False).status == "match"
        namespace: dict = {}
        exec(problem.code, namespace)  # noqa: S102 - the problem's own program
        assert namespace["solve"]() == 3
    # c. f(1) = 1 and f(5) = 5: two answers, no one to check; f(n) = 1 holds at 1 and 2: not
    # one element either
    assert read_task("c", FIXED, context=TWO_LINE + FIXED).family is None
    twice = PRE_IMAGE.replace("=4", "=1")
    assert read_task("b", twice, context=TWO_LINE + twice).family is None
    # a wrong element fails the walk
    problem = solved(PRE_IMAGE, TWO_LINE + PRE_IMAGE)[1]
    problem.answer = sp.Integer(4)
    assert not all(c.passed for c in FAMILIES["functions.images"].verify(problem))


# Exercises 5.2.4.3 and 5.2.4.4 as the PDF's text layer gives their two-line tables: each bottom
# row after an empty "$f=()$", its top row (the domain in order) before the part's label.
ONTO_THREE = ("Consider the following functions $f:\\{1,2,3,4,5\\}\\to\\{1,2,3\\}$. For each, "
              "determine whether it is (only) injective, (only) surjective, bĳective, or neither "
              "injective nor surjective.\n\n$1$ $2$ $3$ $4$ $5$\n\n(a) \n\n(c) ")
INTO_FIVE = ("Consider the following functions $f:\\{1,2,3,4\\}\\to\\{1,2,3,4,5\\}$. For each, "
             "determine whether it is (only) injective, (only) surjective, bĳective, or neither "
             "injective nor surjective.\n\n(a) \n\n(b) ")


def test_a_table_the_pdf_split_is_read_for_injective_and_surjective() -> None:
    # 5.2.4.3(c): 2 3 2 3 1 repeats 2 (not injective) and hits 1, 2, 3 (surjective).
    # 5.2.4.4(b): 1 2 3 4, then (c)'s top row 1 2 3 4; 4(c): 1 3 2 5. Both distinct (injective),
    # both miss one of five outputs (5, then 4): not surjective. No printed answers.
    for row, setup, expected in [
            ("$f=()$\n\n$2$ $3$ $2$ $3$ $1$", ONTO_THREE,
             names("not injective", "surjective", "not bijective")),
            ("$f=()$\n\n$1$ $2$ $3$ $4$\n\n$1$ $2$ $3$ $4$", INTO_FIVE,
             names("injective", "not surjective", "not bijective")),
            ("$f=()$\n\n$1$ $3$ $2$ $5$", INTO_FIVE.replace("(b) ", "(b) \n\n(c) "),
             names("injective", "not surjective", "not bijective"))]:
        task, problem = solved(row, setup + row)
        assert task.family == "functions.properties" and problem.answer == expected
    # 5.2.4.4(a): f(x) = 6 - x gives 5, 4, 3, 2: injective, and 1 is missed; (b)'s top row
    # 1 2 3 4 follows it in the PDF's text
    rule = "$f(x)=6-x$\n\n$1$ $2$ $3$ $4$"
    task, problem = solved(rule, INTO_FIVE.replace("(a) \n\n(b) ", "(a) " + rule + "\n\n(b) "))
    assert task.params["functions"]["f"]["rule"] == "6 - n"
    assert problem.answer == names("injective", "not surjective", "not bijective")
    family = FAMILIES["functions.properties"]
    for seed in range(3):  # the rule moved only as far as the codomain allows
        params = vary("functions.properties", task.params, random.Random(seed))
        outputs = {sp.sympify(params["functions"]["f"]["rule"]).subs("n", x) for x in range(1, 5)}
        assert outputs <= set(range(1, 6))
        assert all(c.passed for c in family.verify(family.pose(params)))
    # a row after the rule that is not the domain, or images asked of a rule on listed numbers
    assert read_task("a", rule.replace("$4$", "$5$"), context=INTO_FIVE).family is None
    assert read_task("a", "Find $f(\\{1,2\\})$.", context=INTO_FIVE.replace(
        "For each, determine", "Let $f(x)=6-x$. For each, determine")).family is None
    # a row of another length, or one the next part's piecewise rule runs into: not read
    for row in ["$f=()$\n\n$2$ $3$ $2$ $3$", "$f=()$\n\n$3$ $3$ $2$ $1$ $1$\n\n$$x$$\n\nif $x<4$"]:
        assert read_task("c", row, context=ONTO_THREE + row).family is None


# Exercise 5.2.4.12(d) as the source prints it (the PDF's text layer breaks its cases apart).
BY_PARITY = ("$f:\\Z \\to \\Z$ given by $f(n) = \\begin{cases}n/2 & \\text{ if } n \\text{ is even} "
             "\\\\ (n+1)/2 & \\text{ if } n \\text{ is odd} . \\end{cases}$")


def test_a_rule_by_parity_is_read_for_injective_and_surjective() -> None:
    # f(2k) = k and f(2k - 1) = k: every k is an output twice (surjective, not injective).
    context = ("For each function given below, determine whether or not the function is injective "
               "and whether or not the function is surjective.\n\n(a) \n\n(b) \n\n(c) \n\n(d) "
               + BY_PARITY)
    task, problem = solved(BY_PARITY, context)
    assert task.params["functions"]["f"]["rule"] == ["parity", "n/2", "(n + 1)/2"]
    assert problem.answer == names("not injective", "surjective")
    book = ("$f$ is not injective, but is surjective. Every integer is an output (of twice itself, "
            "for example) but some integers are outputs of more than one input.")
    assert compare_with_book(problem.answer, book).status == "match"
    namespace: dict = {}
    exec(problem.code, namespace)  # noqa: S102 - the problem's own program
    assert namespace["solve"]() == problem.answer
    family = FAMILIES["functions.properties"]
    # n on both halves is the identity: injective (2k is never 2j + 1) and surjective
    same = {"functions": {"f": {"domain": "Z", "codomain": "Z", "rule": ["parity", "n", "n"]}},
            "properties": ["injective", "surjective"]}
    assert family.pose(same).answer == names("injective", "surjective")
    # 2n on evens and n on odds: 4k and 2j + 1 never meet, but 2, 6, 10, ... are missed
    apart = {"functions": {"f": {**same["functions"]["f"], "rule": ["parity", "2*n", "n"]}},
             "properties": ["injective", "surjective"]}
    assert family.pose(apart).answer == names("injective", "not surjective")
    for params in (task.params, same, apart, vary("functions.properties", task.params,
                                                  random.Random(2))):
        assert all(c.passed for c in family.verify(family.pose(params)))
    wrong = family.pose(task.params)
    wrong.answer = names("injective", "surjective")
    assert not all(c.passed for c in family.verify(wrong))
    # n/2 on odd numbers is no integer: no function from Z to Z, not read
    halves = BY_PARITY.replace("(n+1)/2", "n/2")
    assert read_task("d", halves, context=context.replace(BY_PARITY, halves)).family is None


# Exercises 1.5.3 and 1.5.9 as the PDF prints them, cut into parts as the build cuts them: 1.5.9's
# part (a) holds parts of its own; the PDF breaks 1.5.3(a)'s last formula at "\\cup".
EXPLORE = ("For any function $f:\\mathbb{N}\\to\\mathbb{N}$ and any set $A\\subseteq\\mathbb{N}$, "
           "we can define the image of $A$ under $f$ to be the set of all outputs of $f$ when the "
           "input is an element of $A$. We write this as $f(A)=\\{f(x):x\\in A\\}$.\n\nFor the "
           "following tasks, let’s explore the function $f:\\mathbb{N}\\to\\mathbb{N}$ defined "
           "by\n\n$$f(x)=x^{2}-3x+8.$$\n\n(a) ")
EXPLORE_PARTS = [("Let $A=\\{1,2,3\\}$ and $B=\\{2,4,6\\}$. Find $f(A)$ and $f(B)$. Then find "
                 "$f(A)\\cup$\n\n$$f(B).$$"), "Now find $A\\cup B$ and $f(A\\cup B)$."]
INVERSE_PARTS = [("For $f:\\mathbb{N}\\to\\mathbb{N}$ defined by $f(n)=n^{2}$, what are each of the "
                 "following sets?"), "$f^{-1}(\\{1,4,9\\})$", "$f^{-1}(\\{2,3,5,7\\})$",
                 "$f^{-1}(\\{1,2,\\dots,10\\})$",
                 "Prove that for any set $C\\subseteq X$, $C\\subseteq f^{-1}(f(C))$."]


def test_parts_read_with_what_earlier_parts_set_up() -> None:
    exercise = EXPLORE + EXPLORE_PARTS[0] + "\n\n(b) " + EXPLORE_PARTS[1]
    # (a) f(1) = 1 - 3 + 8 = 6, f(2) = 6, f(3) = 8; f(4) = 12, f(6) = 36 - 18 + 8 = 26.
    # (b) takes A and B from (a): A u B = {1, 2, 3, 4, 6}, whose image is {6, 8, 12, 26}.
    expected = [sp.Tuple(finite(6, 8), finite(6, 12, 26), finite(6, 8, 12, 26)),
                sp.Tuple(finite(1, 2, 3, 4, 6), finite(6, 8, 12, 26))]
    for own, answer in enumerate(expected):
        context = context_of(exercise, EXPLORE_PARTS, own)
        assert solved(EXPLORE_PARTS[own], context)[1].answer == answer
    # 1.5.9 (a)'s own parts take its f(n) = n^2 (the book's N starts at 0): the squares 1, 4, 9
    # come from 1, 2, 3; no prime is a square; 1, 4, 9 are the squares up to 10.
    exercise = INVERSE[:INVERSE.index("(a) For")] + "".join(
        f"({label}) {part}\n\n" for label, part in zip("aabcb", INVERSE_PARTS, strict=True))
    for own, answer in [(1, finite(1, 2, 3)), (2, sp.S.EmptySet), (3, finite(1, 2, 3))]:
        context = context_of(exercise, INVERSE_PARTS, own)
        assert solved(INVERSE_PARTS[own], context)[1].answer == answer
    # the proof after them takes nothing it could be read with
    assert read_task("b", INVERSE_PARTS[4], context=context_of(exercise, INVERSE_PARTS, 4)
                     ).family is None


@pytest.mark.parametrize(("text", "context", "family", "expected"), ITEMS)
def test_items_are_read_solved_and_verified(text, context, family, expected) -> None:
    task, problem = solved(text, context)
    assert task.family == family
    if family == "logic.negation_normal_form":  # any form with negations on letters will do
        assert not sp.satisfiable(sp.Xor(problem.answer, expected))
    else:
        assert problem.answer == expected
    namespace: dict = {}
    exec(problem.code, namespace)  # noqa: S102 - the family's own solve() program
    assert namespace["solve"]() == problem.answer


@pytest.mark.parametrize("text", [
    # a statement in words (predicate logic is read: tests/test_discrete_predicate_negation.py)
    "Simplify: It is false that if Sam is not a man then Chris is a woman.",
    # a truth table is asked besides
    r"Simplify $\neg(P\to Q)$ and make a truth table for it.",
    # an example of a relation, not the properties of a given one
    (r"Find, if possible, an example of a relation on the set $\{1,2,3,4\}$ that is reflexive and "
    "symmetric, but not transitive."),
    # a pair outside the set the relation is on
    r"Let $R=\{(1,2),(2,5)\}$ on $\{1,2,3\}$. Determine whether $R$ is reflexive or symmetric.",
    # elements of the domain to find, not a set to compute
    (r"Consider the function $f:\{1,2,3,4,5\}\to\{1,2,3,4,5\}$ given by $$f=\begin{pmatrix}1 & 2 & 3 "
     r"& 4 & 5 \\ 1 & 1 & 4 & 2 & 5\end{pmatrix}.$$ a. Find $f(4)$. b. Find a $n$ in the domain "
     r"such that $f(n)=4$."),
    # a rule that leaves N: n - 4 is no function from N to N
    r"Let $f:\mathbb{N}\to\mathbb{N}$ be defined by $f(n)=n-4$. Find $f(\{1,2\})$.",
    # a function given in general, no rule
    r"Given a function $f:X\to Y$ and a set $B\subseteq Y$, find $f^{-1}(B)$.",
    # a part that carries a stray formula of its sibling (the PDF's 12(c)): not all accounted
    (r"$f:\mathbb{Z}\to\mathbb{Z}$ given by $f(n)=5n-8$. $$n/2$$ if $n$ is even. Is $f$ "
     "injective?"),
    # (Exercise 5.1.5.19, "Find all sets B in P(A) which have the property {2,3,5} subset of B",
    # is read now: tests/test_discrete_described_sets.py)
    r"Find the cardinality of $A=\{1,2,3\}$. Is $A$ a subset of $\{1,2\}$?",
    # a rule that dips below 0 between its values at 0 and 20: no function from N to N
    r"Let $f:\mathbb{N}\to\mathbb{N}$ be defined by $f(n)=n^2-100n+2000$. Find $f(\{1,2\})$.",
])
def test_items_asking_something_else_are_not_read(text) -> None:
    task = read_task("item", text)
    assert task.family not in ("logic.negation_normal_form", "relations.properties",
                               "functions.images", "functions.properties",
                               "sets.set_operations"), task.params


def test_book_answers_are_compared_as_logic_and_sets() -> None:
    simplified = solved(r"$\neg(P\to\neg Q)$.", ITEMS[0][1])[1].answer
    assert compare_with_book(simplified, r"$P\wedge Q$.").status == "match"
    assert compare_with_book(simplified, r"$\neg P\vee Q$.").status == "differs"
    # The book offers two forms of 6(b); the first is a misprint, so the whole answer differs.
    misprint = solved(r"$(\neg P\vee\neg Q)\to\neg(\neg Q\wedge R)$.", ITEMS[0][1])[1].answer
    book = (r"$(\neg P\vee\neg R)\to(Q\vee\neg R)$ or, replacing the implication with a "
            r"disjunction first: $$(P\wedge Q)\vee(Q\vee\neg R).$$")
    assert compare_with_book(misprint, book).status == "differs"
    assert compare_with_book(misprint, r"$$(P\wedge Q)\vee(Q\vee\neg R).$$").status == "match"
    kinds = solved(*ITEMS[11][:2])[1].answer
    book = "$f$ is injective, but not surjective (since $0$, for example, is never an output)."
    assert compare_with_book(kinds, book).status == "match"
    assert compare_with_book(kinds, "$f$ is both injective and surjective.").status == "differs"
    images = solved(TABLE)[1].answer
    worked = (r"$f(\{1,2,3\})=\{a,b\}$ since ... $f^{-1}(\{a,b\})=\{1,2,3,4,5\}$ since ... "
              r"$f^{-1}(d)=\emptyset$ since $d$ is not in the range of $f$.")
    assert compare_with_book(images, worked, worked=True).status == "match"


@pytest.mark.parametrize("index", range(len(ITEMS)))
def test_variants_verify(index) -> None:
    text, context, family, _ = ITEMS[index]
    task = read_task("item", text, context=context)
    rng = random.Random(index)
    for _ in range(3):
        params = vary(task.family, task.params, rng)
        problem = FAMILIES[family].pose(params)
        assert all(check.passed for check in FAMILIES[family].verify(problem))


def test_verifiers_reject_a_wrong_answer() -> None:
    for text, context, family, _ in ITEMS[2:4] + ITEMS[5:6]:
        problem = solved(text, context)[1]
        wrong = sp.FiniteSet(*problem.answer, sp.Symbol("reflexive"), 99)
        problem.answer = wrong
        assert not all(check.passed for check in FAMILIES[family].verify(problem))
    problem = solved(*ITEMS[0][:2])[1]
    problem.answer = sp.Not(P & Q)  # equivalent to nothing asked, and a negation over an and
    assert [check.passed for check in FAMILIES["logic.negation_normal_form"].verify(problem)] == [
        False, False]


@pytest.mark.parametrize("name", ["logic.negation_normal_form", "relations.properties",
                                  "functions.images", "functions.properties"])
def test_drawn_problems_verify(name) -> None:
    for seed in range(4):
        problem = FAMILIES[name].generate(random.Random(seed), 1 + seed % 3)
        assert all(check.passed for check in FAMILIES[name].verify(problem))
