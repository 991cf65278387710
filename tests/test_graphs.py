"""Questions about graphs that Levin's discrete book gives outright: items as the book prints
them (PDF and PreTeXt), read, solved with certificates, run as programs, and varied."""

import random

import pytest
import sympy as sp

from exercises.family import FAMILIES
from formalize.agreement import compare_with_book
from formalize.tasks import read_task
from formalize.variants import vary
from tests.book_items import solved

EULER = ("Which of the following graphs contain an Euler trail? Which contain an Euler circuit? "
         "(a) $K_{4}$ (b) $K_{5}$ (c) $K_{5,7}$ (d) $K_{2,7}$ (e) $C_{7}$ (f) $P_{7}$")
TREES = ("Which of the following graphs are trees? $G = (V, E)$ with $V = \\{a, b, c, d, e\\}$ and "
         "$E = \\{\\{a, b\\}, \\{a,e\\}, \\{b, c\\}, \\{c,d\\}, \\{d,e\\} \\}$ $G = (V, E)$ with "
         "$V = \\{a, b, c, d, e\\}$ and $E = \\{\\{a,b\\}, \\{b,c\\}, \\{c,d\\}, \\{d, e\\}\\}$ "
         "$G = (V, E)$ with $V = \\{a, b, c, d, e\\}$ and $E = \\{\\{a,b\\}, \\{a,c\\}, \\{a,d\\}, "
         "\\{a,e\\}\\}$ $G = (V, E)$ with $V = \\{a, b, c, d, e\\}$ and "
         "$E = \\{\\{a,b\\}, \\{a,c\\}, \\{d,e\\}\\}$")
# Exercises as the PDF prints them, with their parts; the part is read with its exercise
TREES_PDF = ("Which of the following graphs are trees?\n\n$$(a)G=$$\n\n$(V,E)$ with $V$\n\n"
             "$$=\\{a,b,c,d,e\\}\\text{and}E= \\\\ \\{\\{a,b\\},\\{a,e\\},\\{b,c\\},"
             "\\{c,d\\},\\{d,e\\}\\}$$\n\n(b) $G=(V,E)$ with $V=\\{a,b,c,d,e\\}$ and "
             "$E=\\{\\{a,b\\},\\{b,c\\},\\{c,d\\},\\{d,e\\}\\}$\n\n(c) $G=(V,E)$ with "
             "$V=\\{a,b,c,d,e\\}$ and $E=\\{\\{a,b\\},\\{a,c\\},\\{a,d\\},\\{a,e\\}\\}$"
             "\n\n(d) $G=(V,E)$ with $V=\\{a,b,c,d,e\\}$ and "
             "$E=\\{\\{a,b\\},\\{a,c\\},\\{d,e\\}\\}$")
EULER_PDF = ("Determine which of the following graphs have an Euler circuit or an Euler trail.\n\n"
             "(a)\n\n$$V=\\{a,b,c,d,e,f\\} \\\\ E=\\{ab,af,bc,cd,ce,cf,de,ef\\}$$\n\n"
             "(b) The graph given by the adjacency list:\n\nu v,w,y,z v u,w,x,y w u,v,x,z x v,w,y,z "
             "y u,v,x,z z u,w,x,y")
yes, no = sp.true, sp.false

EULER_MATRIX = ("The graph given by the adjacency matrix:\n\n$$\\begin{Bmatrix}0 & 1 & 1 & 0 & 0 & 1 "
                "\\\\ 1 & 0 & 1 & 1 & 0 & 0 \\\\ 1 & 1 & 0 & 0 & 1 & 0 \\\\ 0 & 1 & 0 & 0 & 1 & 1 "
                "\\\\ 0 & 0 & 1 & 1 & 0 & 1 \\\\ 1 & 0 & 0 & 1 & 1 & 0\\end{Bmatrix}$$")
EULER_LIST = ("The graph given by the adjacency list:\n\nu v,w,y,z v u,w,x,y w u,v,x,z x v,w,y,z "
              "y u,v,x,z z u,w,x,y")
EULER_SOURCE = ("Determine which of the following graphs have an Euler circuit or an Euler trail.\n\n"
                "$$V = & \\{a,b,c,d,e,f\\} \\\\\nE = & \\{ab, af, bc, cd, ce, cf, de, ef\\}$$\n\n"
                "The graph given by the adjacency list:\n\nu | v,w,y,z\nv | u,w,x,y\nw | u,v,x,z\n"
                "x | v,w,y,z\ny | u,v,x,z\nz | u,w,x,y\n\n" + EULER_MATRIX.replace("Bmatrix", "pmatrix"))

# Exercise 2.8.5 as the PDF prints it, its parts (a)-(e)
GRAPH_2_8_5 = (
    "Consider the graph $G=(V,E)$ with $V=\\{a,b,c,d,e,f,g\\}$ and $E=$ $\\{ab,ac,af,bg,cd,ce\\}$ "
    "(here we are using the shorthand for edges: $ab$ really means $\\{a,b\\}$, for example).\n\n"
    "(a) Is the graph $G$ isomorphic to $G'=(V',E')$ with $V'=\\{t,u,v,w,x,y,z\\}$ and "
    "$E'=\\{tz,uv,uy,uz,vw,vx\\}$? If so, give the isomorphism. If not, explain how you know.\n\n"
    "(b) Find a graph $G''$ with $7$ vertices and $6$ edges which is NOT isomorphic to $G$, or "
    "explain why this is not possible.\n\n(c) Write down the degree sequence for $G$. That is, "
    "write down the degrees of all the vertices, in decreasing order.\n\n(d) Find a connected "
    "graph $G'''$ with the same degree sequence of $G$ which is NOT isomorphic to $G$, or "
    "explain why this is not possible.\n\n(e) What kind of graph is $G$? Is $G$ complete? "
    "Bipartite? A tree? A cycle? A path? A wheel?")

# Exercise 2.1.5.11 as the PDF prints it, to its part (b)
NEIGHBOURHOODS = (
    "We often define graph theory concepts using set theory. For example, given a\n\ngraph "
    "$G=(V,E)$ and a vertex $v\\in V$, we define\n\n$$N(v)=\\{u\\in V:\\{v,u\\}\\in E\\}.$$\n\n"
    "We define $N[v]=N(v)\\cup\\{v\\}$. The goal of this problem is to figure out what all this "
    "means.\n\n(a) Let $G$ be the graph with vertices $V$ and edges $E$ given by "
    "$V=\\{a,b,c,d,e,f\\},E=\\{\\{a,b\\},\\{a,e\\},\\{b,c\\},\\{b,e\\},\\{c,d\\},\\{c,f\\},"
    "\\{d,f\\},\\{e,f\\}\\}$. Find $N(a)$, $N[a]$, $N(c)$, and $N[c]$.\n\n(b) What are the "
    "largest and smallest possible values for $|N(v)|$ and $|N[v]|$ (the sizes of these sets) "
    "for the graph in part (a)? Explain.")

# (text as the book prints it, the exercise it is a part of, the answer the book gives)
ITEMS = [
    # Example 1.5.16: "We have d(1) = 3, d(2) = 2, d(3) = 2, and d(4) = 1."
    (("Consider the graph $G$ with vertices $V = \\{1,2,3,4\\}$ and edges $E = \\{\\{1,2\\}, "
     "\\{1,3\\}, \\{1,4\\}, \\{2,3\\}\\}$. What is the degree of each vertex in $G$?"), None,
     sp.Tuple(3, 2, 2, 1)),
    # Example 2.1.2: "No."
    (("Are the graphs below equal? $$G_{1}=(\\{a,b,c\\},\\{\\{a,b\\},\\{b,c\\}\\});"
     "G_{2}=(\\{a,b,c\\},\\{\\{a,c\\},\\{c,b\\}\\}).$$"), None, no),
    # Example 2.1.5: "The graphs are NOT equal ... However ... the graphs are isomorphic."
    (("Decide whether the graphs $G_1 = (V_1, E_1)$ and $G_2 = (V_2, E_2)$ are equal or "
     "isomorphic. $V_1 = \\{a,b,c,d\\}$, $E_1 = \\{\\{a,b\\}, \\{a,c\\}, \\{a,d\\}, \\{c,d\\}\\}$ "
     "$V_2 = \\{a,b,c,d\\}$, $E_2 = \\{\\{a,b\\}, \\{a,c\\}, \\{b,c\\}, \\{c,d\\}\\}$"),
     None, sp.Tuple(no, yes)),
    # Exercise 2.2.7.1: a cycle, a path, a star, a graph in two pieces.
    (TREES, None, sp.Tuple(no, yes, yes, no)),
    # the PDF's part (d) of the same exercise: "not a tree since it is not connected"
    ("$G=(V,E)$ with $V=\\{a,b,c,d,e\\}$ and $E=\\{\\{a,b\\},\\{a,c\\},\\{d,e\\}\\}$",
     TREES_PDF, no),
    # Exercise 2.4.6.2, whole: K4 neither; K5 both; K5,7 neither; K2,7 a trail only; C7 both;
    # P7 a trail only (trail, then circuit, for each graph)
    (EULER, None, sp.Tuple(no, no, yes, yes, no, no, yes, no, yes, yes, yes, no)),
    # its part (d), as the PDF splits it: "K2,7 has an Euler trail but not an Euler circuit."
    ("$K_{2,7}$", EULER, sp.Tuple(yes, no)),
    # Exercise 2.4.6.3(a), edges in shorthand: degrees 2,2,4,2,3,3, so a trail but no circuit
    ("$$V=\\{a,b,c,d,e,f\\} \\\\ E=\\{ab,af,bc,cd,ce,cf,de,ef\\}$$",
     EULER_PDF, sp.Tuple(no, yes)),
    # Exercise 2.5.6.2 (the chromatic numbers of P13, C4, C13, K6,8, K7)
    (("What is the chromatic number of each graph? $$P_{13} \\\\ C_{4} \\\\ C_{13} \\\\ K_{6,8} "
     "\\\\ K_{7}$$"), None, sp.Tuple(2, 2, 3, 2, 7)),
    # Exercise 2.4.5.3(b): every vertex of the list has 4 neighbours, and u reaches all: an Euler
    # circuit, so a trail too (the book: "The second graph has an Euler circuit.")
    (EULER_LIST, EULER_PDF, sp.Tuple(yes, yes)),
    # 2.4.5.3(c): every row of the matrix holds three 1s: six odd degrees, neither ("The third
    # graph has neither an Euler circuit nor an Euler trail.")
    (EULER_MATRIX, EULER_PDF.split("(b)")[0] + "(b) \n\n(c) " + EULER_MATRIX, sp.Tuple(no, no)),
    # the source's whole exercise: (a) degrees 2,2,4,2,3,3 a trail only; (b) both; (c) neither
    (EULER_SOURCE, None, sp.Tuple(no, yes, yes, yes, no, no)),
    # Exercise 2.5.6.5: a cube's corners, two colours by the parity of their 0/1 coordinates
    # ("we see that the cube has chromatic number 2")
    (("What is the smallest number of colors that can be used to color the vertices of a cube "
      "so that no two adjacent vertices are colored identically?"), None, sp.Integer(2)),
    # Exercise 2.8.5(a): each graph has two adjacent vertices of degree 3 (a, c; u, v), one with
    # a leaf and a path of two edges, the other with two leaves: "Yes, the graphs are
    # isomorphic" (the book's a->u, b->z, c->v, d->x, e->w, f->y, g->t)
    (("Is the graph $G$ isomorphic to $G'=(V',E')$ with $V'=\\{t,u,v,w,x,y,z\\}$ and "
      "$E'=\\{tz,uv,uy,uz,vw,vx\\}$? If so, give the isomorphism. If not, explain how you know."),
     GRAPH_2_8_5, yes),
    # Exercise 2.8.5(e): 7 vertices, 6 edges, connected: a tree, so bipartite; two vertices of
    # degree 3 rule out a cycle, a path and K_7, and no vertex has degree 6 for a wheel's hub
    # ("$G$ is a tree (there are no cycles) and as such is also bipartite.")
    ("What kind of graph is $G$? Is $G$ complete? Bipartite? A tree? A cycle? A path? A wheel?",
     GRAPH_2_8_5, sp.Tuple(no, yes, yes, no, no, no)),
    # Exercise 2.1.5.11(a): a's edges go to b and e, c's to b, d and f; N[v] adds v itself
    (NEIGHBOURHOODS[NEIGHBOURHOODS.index("Let $G$"):NEIGHBOURHOODS.index("\n\n(b)")],
     NEIGHBOURHOODS, sp.Tuple(*(sp.FiniteSet(*map(sp.Symbol, s)) for s in ("be", "abe", "bdf",
                                                                         "bcdf")))),
]


def test_a_matrix_not_said_to_be_a_graphs_is_not_read_as_one():
    assert read_task("m", EULER_MATRIX.replace("The graph given by the adjacency matrix:",
                                               "Which of these have an Euler circuit?")
                     ).family != "graphs.graph_property"


@pytest.mark.parametrize(("text", "context", "book"), ITEMS)
def test_a_book_graph_question_is_read_solved_and_checked(text, context, book, sandbox):
    task, problem = solved(text, context)
    assert task.family == "graphs.graph_property"
    assert problem.answer == book
    run = sandbox.run(problem.code, expected=sp.srepr(problem.answer))
    assert run.status == "ok" and run.equal, run


def test_neighbourhoods_are_read_only_as_their_exercise_defines_them():
    """N(v) and N[v] mean what 2.1.5.11 defines; without those definitions they are not read."""
    part = NEIGHBOURHOODS[NEIGHBOURHOODS.index("Let $G$"):NEIGHBOURHOODS.index("\n\n(b)")]
    undefined = NEIGHBOURHOODS.replace("N[v]=N(v)\\cup\\{v\\}", "N[v]=N(v)")
    assert read_task("p", part, context=undefined).family is None


def test_a_part_that_runs_into_its_sibling_is_not_read():
    """The PDF's part (a) of Exercise 2.4.6.2 holds (b)'s graph too: read, it would answer for
    two graphs where the book answers for one."""
    assert read_task("p", "$K_{4}$ (b) $K_{5}$", context=EULER).family is None


@pytest.mark.parametrize("text", [
    # a question the family does not answer beside one it does (a picture's graph)
    ("Are the two graphs below equal? Are they isomorphic? If they are isomorphic, give the "
    "isomorphism. Graph 1: $V=\\{a,b,c\\}$, $E=\\{\\{a,b\\}\\}$ Graph 2: $V=\\{a,b,c\\}$, "
    "$E=\\{\\{b,c\\}\\}$"),
    # a graph in a figure: nothing to read it from
    "Which of the graphs below are bipartite? Justify your answers.",
    # P_n is the path with n edges in this book, n vertices in others: the answer depends on it
    "What is the largest $n$ such that $P_{n}$ is a subgraph of $K_{5}$?",
])
def test_what_the_family_cannot_answer_is_left_unread(text):
    assert read_task("i", text).family != "graphs.graph_property"


def test_a_path_question_whose_answer_depends_on_the_convention_is_not_posed():
    pose = FAMILIES["graphs.graph_property"].pose
    assert pose({"graphs": [{"name": "P", "sizes": [7]}], "asks": ["chromatic"]}).answer == 2
    with pytest.raises(ValueError, match="P_n"):
        pose({"graphs": [{"name": "P", "sizes": [3]}], "asks": ["edges"]})


def test_a_wrong_answer_fails_its_certificate():
    family = FAMILIES["graphs.graph_property"]
    for params in ({"graphs": [{"name": "K", "sizes": [2, 7]}], "asks": ["euler_trail"]},
                   {"graphs": [{"name": "C", "sizes": [13]}], "asks": ["chromatic"]},
                   {"graphs": [{"vertices": list("abcd"), "edges": [list("ab"), list("cd")]},
                               {"vertices": list("abcd"), "edges": [list("ab"), list("bc")]}],
                    "asks": ["isomorphic"]}):
        problem = family.pose(params)
        assert all(c.passed for c in family.verify(problem))
        answer = problem.answer
        problem.answer = sp.Integer(answer + 1) if answer.is_Integer else sp.Not(answer)
        assert not any(c.passed for c in family.verify(problem))


def test_variants_ask_the_same_questions_of_new_graphs():
    family = FAMILIES["graphs.graph_property"]
    task, _ = solved(ITEMS[5][0])
    rng = random.Random(3)
    seen = set()
    for _ in range(5):
        params = vary(task.family, task.params, rng)
        assert params["asks"] == task.params["asks"]
        assert [g["name"] for g in params["graphs"]] == [g["name"] for g in task.params["graphs"]]
        problem = family.pose(params)
        assert all(c.passed for c in family.verify(problem))
        seen.add(str(params["graphs"]))
    assert len(seen) > 1


TREE_DEGREES = ("For each degree sequence below, decide whether it must always, must never, or "
                "could possibly be a degree sequence for a tree. {}(a) ${}$ (b) ${}$ (c) ${}$ "
                "(d) ${}$").format
EXERCISE_2 = TREE_DEGREES("", "(4,1,1,1,1)", "(3,3,2,1,1)", "(2,2,2,1,1)",
                          "(4,4,3,3,3,2,2,1,1,1,1,1,1,1)")
EXERCISE_3 = TREE_DEGREES("Justify your answers. ", "(3,3,2,2,2)", "(3,2,2,1,1,1)", "(3,3,3,1,1,1)",
                          "(4,4,1,1,1,1,1,1)")


@pytest.mark.parametrize(("text", "context", "book"), [
    # Exercise 2.2.7.2(a)-(d): "This must be the degree sequence for a tree", "This cannot be a
    # tree", "This might or might not be a tree", "This cannot be a tree"
    ("$(4,1,1,1,1)$", EXERCISE_2, "always"),
    ("$(3,3,2,1,1)$", EXERCISE_2, "never"),
    ("$(2,2,2,1,1)$", EXERCISE_2, "possibly"),
    ("$(4,4,3,3,3,2,2,1,1,1,1,1,1,1)$", EXERCISE_2, "never"),
    # Exercise 2.2.7.3 whole (no printed answer; the hint: "the graphs might not be connected")
    (EXERCISE_3, None, ("never", "possibly", "never", "always")),
])
def test_whether_a_degree_sequence_is_a_trees(text, context, book, sandbox):
    task, problem = solved(text, context)
    assert task.family == "graphs.tree_degree_sequence"
    expected = sp.Symbol(book) if isinstance(book, str) else sp.Tuple(*map(sp.Symbol, book))
    assert problem.answer == expected
    run = sandbox.run(problem.code, expected=sp.srepr(problem.answer))
    assert run.status == "ok" and run.equal, run


@pytest.mark.parametrize(("degrees", "wrong"), [((2, 2, 2, 1, 1), "always"),
                                                 ((4, 1, 1, 1, 1), "possibly"),
                                                 ((3, 2, 2, 1, 1, 1), "never")])
def test_a_wrong_verdict_on_a_degree_sequence_fails_its_certificate(degrees, wrong):
    family = FAMILIES["graphs.tree_degree_sequence"]
    problem = family.pose({"sequences": [list(degrees)]})
    assert all(c.passed for c in family.verify(problem))
    problem.answer = sp.Symbol(wrong)
    assert not any(c.passed for c in family.verify(problem))


@pytest.mark.parametrize(("text", "context", "book"), [
    (ITEMS[1][0], None, "No. Here the vertex sets of each graph are equal, which is a good start."),
    (ITEMS[4][0], ITEMS[4][1], ("This is a not a tree since it is not connected. Note that there "
                               "are not enough edges to be a tree.")),
    ("$G=(V,E)$ with $V=\\{a,b,c,d,e\\}$ and $E=\\{\\{a,b\\},\\{b,c\\},\\{c,d\\},\\{d,e\\}\\}$",
     TREES_PDF, ("This is a tree since it is connected and contains no cycles (which you can see "
                "by drawing the graph). All paths are trees.")),
])
def test_the_books_yes_or_no_agrees(text, context, book):
    _, problem = solved(text, context)
    assert compare_with_book(problem.answer, book).status == "match"
    assert compare_with_book(sp.Not(problem.answer), book).status == "differs"
