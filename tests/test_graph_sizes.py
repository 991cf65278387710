"""Levin's questions about a named graph's sizes ("For which $m$ and $n$ does the graph $K_{m,n}$
contain an Euler trail?"), whether two different graphs have given degrees, and the PDF's
closing instruction that its last part swallows: read from the book's words, the answers worked
by hand, the checks made to fail on a wrong answer."""

import random

import pytest
import sympy as sp

from exercises.family import FAMILIES
from formalize.agreement import compare_with_book
from formalize.parts import context_of
from formalize.tasks import read_task
from formalize.variants import vary
from tests.book_items import solved

m, n = sp.symbols("m n", integer=True, positive=True)


def _at(condition: sp.Basic, **sizes: int) -> bool:
    return bool(condition.subs({sp.Symbol(k, integer=True, positive=True): v
                                for k, v in sizes.items()}))


# (the item as the book prints it, the hand-worked rule at sizes (m, n) for each question)
WHICH = [
    # Exercise 2.1.5.8: a cycle's vertices alternate two colours exactly when it is even ("$C_4$
    # is bipartite; $C_5$ is not.")
    ("For which $n\\geq3$ is the graph $C_{n}$ bipartite?", "Cn", [lambda m, n: n % 2 == 0]),
    # Exercise 2.4.6.4: every vertex of K_n has degree n - 1, even exactly when n is odd
    ("For which $n$ does the graph $K_{n}$ contain an Euler circuit? Explain.", "Kn",
     [lambda m, n: n % 2 == 1]),
    # Exercise 2.4.6.5: m vertices of degree n, n of degree m. Odd ones: m if n is odd, n if m
    # is odd; at most two for a trail (both even, a side of 2, or K_{1,1}), none for a circuit
    (("For which $m$ and $n$ does the graph $K_{m,n}$ contain an Euler trail? An Euler circuit? "
     "Explain."), "Kmn", [lambda m, n: (m % 2 == 0 and n % 2 == 0) or 2 in (m, n) or m == n == 1,
                         lambda m, n: m % 2 == 0 and n % 2 == 0]),
    # Exercise 2.4.6.6: any order of K_n's vertices is a path; a cycle needs three of them
    ("For which $n$ does $K_{n}$ contain a Hamilton path? A Hamilton cycle? Explain.", "Kn",
     [lambda m, n: True, lambda m, n: n >= 3]),
    # Exercise 2.4.6.7: a path alternates sides, so they differ by one at most; a cycle returns
    # to its side, so they are equal (two each at least) ("Think about which 'side' of the graph
    # the Hamilton path would need to be on at every other step.")
    (("For which $m$ and $n$ does the graph $K_{m,n}$ contain a Hamilton path? A Hamilton cycle? "
     "Explain."), "Kmn", [lambda m, n: abs(m - n) <= 1, lambda m, n: m == n >= 2]),
    # Exercise 2.7.6(a): every vertex matched, two to an edge: n even (any pairs are edges)
    ("For which $n$ does the complete graph $K_{n}$ have a matching?", "Kn",
     [lambda m, n: n % 2 == 0]),
    # Exercise 2.8.12: "$K_{n,n}$ has $n^2$ edges. The graph will have an Euler circuit when $n$
    # is even. The graph will be planar only when $n < 3$."
    (("How many edges does the graph $K_{n,n}$ have? For which values of $n$ does the  graph "
     "contain an Euler circuit? For which values of $n$ is the graph planar?"), "Knn",
     [lambda m, n: n * n, lambda m, n: n % 2 == 0, lambda m, n: n < 3]),
]


@pytest.mark.parametrize(("text", "graph", "rules"), WHICH)
def test_for_which_sizes_a_named_graph_has_a_property(text, graph, rules, sandbox):
    task, problem = solved(text)
    assert task.family == "graphs.which_sizes" and task.params["graph"] == graph
    found = list(problem.answer) if len(rules) > 1 else [problem.answer]
    least = task.params.get("least", 1)
    for value, rule in zip(found, rules, strict=True):
        for a in range(1, 9):
            for b in range(least, 12):
                expected = rule(a, b)
                if isinstance(expected, bool):
                    assert _at(value, m=a, n=b) == expected, (text, a, b)
                else:
                    assert value.subs(n, b) == expected
    run = sandbox.run(problem.code, expected=sp.srepr(problem.answer))
    assert run.status == "ok" and run.equal, run


@pytest.mark.parametrize("text", [
    # the letters the item names are not the graph's
    "For which $n$ does the graph $K_{m,n}$ contain an Euler circuit?",
    # a bipartite graph's "matching" in Levin covers one side (Hall's condition), not every vertex
    "For which $m$ and $n$ does the graph $K_{m,n}$ have a matching?",
    # a question the family does not answer
    "For which $n$ does the graph $K_{n}$ contain an Euler circuit? Draw it.",
])
def test_what_the_sizes_family_cannot_answer_is_left_unread(text):
    assert read_task("i", text).family != "graphs.which_sizes"


def test_a_wrong_law_fails_the_search_at_some_size():
    family = FAMILIES["graphs.which_sizes"]
    problem = family.pose({"graph": "Kmn", "asks": ["euler_trail", "hamilton_cycle"]})
    assert all(c.passed for c in family.verify(problem))
    trail, cycle = problem.answer
    for wrong in (sp.Tuple(sp.And(sp.Eq(sp.Mod(m, 2), 0), sp.Eq(sp.Mod(n, 2), 0)), cycle),
                  sp.Tuple(trail, sp.Eq(m, n))):  # K_{1,1} has no cycle
        problem.answer = wrong
        assert not any(c.passed for c in family.verify(problem))


def test_variants_ask_of_another_graph_or_another_property():
    family = FAMILIES["graphs.which_sizes"]
    task, _ = solved(WHICH[2][0])
    rng = random.Random(5)
    for _ in range(6):
        params = vary(task.family, task.params, rng)
        assert params != task.params
        assert all(c.passed for c in family.verify(family.pose(params)))


TWO = ("For each of the following, try to give two different unlabeled graphs with the given "
       "properties, or explain why doing so is impossible.\n\n(a) Two different trees with the "
       "same number of vertices and the same number of edges. A tree is a connected graph with no "
       "cycles.\n\n(b) Two different graphs with $8$ vertices all of degree $2$.\n\n(c) Two "
       "different graphs with $5$ vertices all of degree $4$.\n\n(d) Two different graphs with "
       "$5$ vertices all of degree $3$.")


@pytest.mark.parametrize(("part", "answer"), [
    # (b) a graph with every degree 2 is a union of cycles: C_8 and two C_4's ("we could take
    # $C_{8}$ as one graph and two copies of $C_{4}$ as the other")
    ("Two different graphs with $8$ vertices all of degree $2$.", sp.true),
    # (c) degree 4 among 5 vertices joins each to all others: only K_5 ("Not possible.")
    ("Two different graphs with $5$ vertices all of degree $4$.", sp.false),
    # (d) the degrees sum to 15, odd: no graph at all ("This is not possible.")
    ("Two different graphs with $5$ vertices all of degree $3$.", sp.false),
])
def test_whether_two_different_graphs_have_the_degrees(part, answer, sandbox):
    task, problem = solved(part, TWO)
    assert task.family == "graphs.degree_sequence" and task.params["asks"] == ["two_graphs"]
    assert problem.answer == answer
    run = sandbox.run(problem.code, expected=sp.srepr(problem.answer))
    assert run.status == "ok" and run.equal, run
    family = FAMILIES["graphs.degree_sequence"]
    problem.answer = sp.Not(answer)
    assert not any(c.passed for c in family.verify(problem))


# Exercise 2.6.7.4 as the PDF prints it: the instruction to every part closes part (f)
RELATIONS = ("Define relations $R_{1},\\dots,R_{6}$ on $1,2,3,4$ by\n\n"
             "(a) $R_{1}=\\{(2,2),(2,3),(2,4),(3,2),(3,3),(3,4)\\},$\n\n"
             "(b) $R_{2}=\\{(1,1),(1,2),(2,1),(2,2),(3,3),(4,4)\\}$.\n\n"
             "(c) $R_{3}=\\{(2,4),(4,2)\\}$.\n\n(d) $R_{4}=\\{(1,2),(2,3),(3,4)\\}$,\n\n"
             "(e) $R_{5}=\\{(1,1),(2,2),(3,3),(4,4)\\},$\n\n"
             "(f) $R_{6}=\\{(1,3),(1,4),(2,3),(2,4),(3,1),(3,4)\\},$\n\n"
             "For each of the relations, determine whether it is any of reflexive, irreflexive, "
             "symmetric, antisymmetric, and transitive.")


def test_a_pdf_part_keeps_the_instruction_its_last_sibling_swallowed():
    parts = [RELATIONS[RELATIONS.index(f"({c}) ") + 4:RELATIONS.index(f"({d})") - 2]
             for c, d in zip("abcde", "bcdef", strict=True)]
    parts.append(RELATIONS[RELATIONS.index("(f) ") + 4:])
    context = context_of(RELATIONS, parts, 2)
    # (f)'s relation is cut out, its closing instruction kept
    assert "(3,1)" not in context and "For each of the relations" in context
    task, problem = solved(parts[2], context)
    # R_3 = {(2,4),(4,2)}: irreflexive (no (x,x)) and symmetric; not reflexive, not
    # antisymmetric (2~4 and 4~2), not transitive ((2,4),(4,2) but no (2,2))
    assert task.family == "relations.properties"
    assert problem.answer == sp.FiniteSet(sp.Symbol("irreflexive"), sp.Symbol("symmetric"))


REGULAR = ("Suppose $G$ is a graph with $n$ vertices, each having degree $5$.\n\n(a) For which "
           "values of $n$ does this make sense?\n\n(b) For which values of $n$ does the graph "
           "have an Euler trail?\n\n(c) What is the smallest value of $n$ for which the graph "
           "might be planar? (tricky)")


def test_the_sizes_of_a_graph_with_every_degree_five(sandbox):
    """Exercise 2.8.7. (a) "Only if $n \\geq 6$ and is even.": a vertex needs 5 others, and the
    degree sum 5n is twice the edges. (b) "None.": all n >= 6 vertices have odd degree, more than
    the two a trail allows. (c) "$12$": e = 5n/2 <= 3n - 6 gives n >= 12, and the icosahedron
    has 12 vertices of degree 5."""
    parts = ["For which values of $n$ does this make sense?",
             "For which values of $n$ does the graph have an Euler trail?",
             "What is the smallest value of $n$ for which the graph might be planar? (tricky)"]
    (_, exists), (_, trail), (_, planar) = (solved(part, REGULAR) for part in parts)
    assert [k for k in range(1, 20) if _at(exists.answer, n=k)] == [6, 8, 10, 12, 14, 16, 18]
    assert trail.answer == sp.false and planar.answer == 12
    for problem in (exists, trail, planar):
        run = sandbox.run(problem.code, expected=sp.srepr(problem.answer))
        assert run.status == "ok" and run.equal, run
    family = FAMILIES["graphs.which_sizes"]
    for problem, wrong in ((exists, n >= 6), (trail, sp.true), (planar, sp.Integer(10))):
        problem.answer = wrong
        assert not any(c.passed for c in family.verify(problem))


def test_a_parity_the_book_says_in_words_is_not_compared_by_its_formula():
    """2.8.7(a)'s answer "Only if $n\\geq6$ and is even.": the formula n >= 6 is half of it."""
    _, problem = solved("For which values of $n$ does this make sense?", REGULAR)
    assert compare_with_book(problem.answer, "Only if $n\\geq6$ and is even.").status == \
        "unreadable"


def test_variants_of_two_graphs_give_every_vertex_a_new_degree():
    family = FAMILIES["graphs.degree_sequence"]
    rng = random.Random(1)
    for _ in range(4):
        params = vary("graphs.degree_sequence", {"degrees": ["2"] * 8, "asks": ["two_graphs"]},
                      rng)
        assert len(set(params["degrees"])) == 1 and len(params["degrees"]) == 8
        assert all(c.passed for c in family.verify(family.pose(params)))
