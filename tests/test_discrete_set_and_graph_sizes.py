"""Discrete set and graph items whose setup fixes the sizes asked: a listed set and one known by
its size (Exercise 5.1.5.23), the chromatic number of K_n and K_{m,n} and what it says of
planarity (2.8.14-15), counts after parts add to a drawn graph (2.3.1.1) or whether the graph
found is a tree (2.2.1.1), a graph with an Euler circuit and as many edges as vertices (2.8.6), a
graph given in an aligned display (2.4.5.3(a)). Read from the book's text (the source's and the
PDF's, each part with the context the build gives it), the answer worked by hand, checked by the
family's second method and its own solve(), and compared with the book's printed answer."""

import re

import pytest
import sympy as sp

from exercises.family import FAMILIES
from formalize.agreement import compare_with_book
from formalize.parts import context_of
from formalize.tasks import read_task
from tests.book_items import solved
from tests.test_graph_counts_words import CIRCLE


def _parts(exercise: str, setup: bool = True) -> list[str]:
    """An exercise's parts as the book gives them, one a paragraph ("(a) ..."), labels cut;
    ``setup``: its first paragraph is the setup, no part."""
    return [part.split(" ", 1)[1] for part in exercise.split("\n\n")[1 if setup else 0:]]

# Exercise 5.1.5.23 as the PreTeXt source gives it, and as the PDF prints it ("a." labels).
LISTED_AND_SIZED = (r"Let $A = \{2, 4, 6, 8\}$. Suppose $B$ is a set with $|B| = 5$." "\n\n"
                    r"(a) What are the smallest and largest possible values of $|A \cup B|$? "
                    "Explain.\n\n"
                    r"(b) What are the smallest and largest possible values of $|A \cap B|$? "
                    "Explain.\n\n"
                    r"(c) What are the smallest and largest possible values of $|A \times B|$? "
                    "Explain.")
LISTED_AND_SIZED_PDF = (r"Let $A=\{2,4,6,8\}$. Suppose $B$ is a set with $|B|=5$." "\n\n"
                        r"a. What are the smallest and largest possible values of $|A\cup B|$? "
                        "Explain.\n\n"
                        r"b. What are the smallest and largest possible values of $|A\cap B|$? "
                        "Explain.\n\n"
                        r"c. What are the smallest and largest possible values of $|A\times B|$? "
                        "Explain.")
# By hand: |A| = 4. B holding all of A and one more: |A ∪ B| = 5, |A ∩ B| = 4; B disjoint from
# A: |A ∪ B| = 4 + 5 = 9, |A ∩ B| = 0. |A × B| = 4 · 5 = 20 whichever B.
LISTED_AND_SIZED_ANSWERS = [sp.Tuple(5, 9), sp.Tuple(0, 4), sp.Tuple(20, 20)]


@pytest.mark.parametrize("whole", [LISTED_AND_SIZED, LISTED_AND_SIZED_PDF])
@pytest.mark.parametrize("index", range(3))
def test_extremes_of_a_listed_set_and_a_sized_one(whole, index) -> None:
    parts = _parts(whole)
    task, problem = solved(parts[index], context_of(whole, parts, index))
    assert task.family == "counting.two_sets"
    assert problem.answer == LISTED_AND_SIZED_ANSWERS[index]


def test_the_whole_exercise_and_what_stays_unread() -> None:
    assert solved(LISTED_AND_SIZED)[1].answer == sp.Tuple(*LISTED_AND_SIZED_ANSWERS)
    # a repeated element leaves A's size unsure; B's size not given: nothing to read
    for changed in (LISTED_AND_SIZED.replace("6, 8", "6, 6"),
                    LISTED_AND_SIZED.replace("with $|B| = 5$", "with $|B| \\geq 5$")):
        assert read_task("item", changed).family is None


# Exercises 2.8.14 and 2.8.15 as the source gives them (the PDF's differ in spaces only).
K7_COLOURS = ("What is the smallest number of colors you need to properly color the vertices of "
              "$K_{7}$. Can you say whether $K_7$ is planar based on your answer?")
K34_COLOURS = ("What is the smallest number of colors you need to properly color the vertices of "
               "$K_{3,4}$? Can you say whether $K_{3,4}$ is planar based on your answer?")


def test_colours_of_complete_graphs_and_what_they_say_of_planarity() -> None:
    # By hand: K_7's vertices are pairwise adjacent, 7 colours; a planar graph needs at most 4
    # (the four colour theorem), so K_7 is not planar: the colours settle it (yes).
    task, problem = solved(K7_COLOURS)
    assert task.params["asks"] == ["chromatic", "colours_settle_planarity"]
    assert problem.answer == sp.Tuple(7, sp.true)
    # K_{3,4} is bipartite, 2 colours; K_2 (planar) and K_{3,3} (not) need 2 as well: no.
    assert solved(K34_COLOURS)[1].answer == sp.Tuple(2, sp.false)
    assert solved(K34_COLOURS.replace("vertices of", "vertices  of"))[1].answer == sp.Tuple(
        2, sp.false)  # the PDF's double space
    # the book's answers say the verdict in words ("Thus $K_7$ is not planar"): unreadable,
    # not a second value K_7
    book = ("$7$ colors. Thus $K_7$ is not planar (by the contrapositive of the Four Color "
            "Theorem).")
    assert compare_with_book(problem.answer, book).status == "unreadable"
    # a second sentence about another graph leaves it unread
    assert read_task("item", K7_COLOURS.replace("whether $K_7$", "whether $K_8$")).family is None


# Exercise 2.3.1.1 as the source gives it: each later part adds to the graph (a) drew.
DRAWING = ("(a) Draw a connected planar graph with $5$ vertices and $5$ edges. How many faces "
           "(including the “outside” face) does your graph have?\n\n"
           "(b) Now add a single edge to your graph, between two vertices that are not already "
           "adjacent. Assuming the resulting graph is still planar, list the number of vertices, "
           "edges, and faces it now has.\n\n"
           "(c) Now add another edge to the graph, this time to a new vertex. Assuming the "
           "resulting graph is still planar, list the number of vertices, edges, and faces it now "
           "has.")
DRAWING_PARTS = _parts(DRAWING, setup=False)
# By hand, Euler's formula f = 2 - v + e: (a) 2 - 5 + 5 = 2; (b) one more edge, 5 vertices and
# 6 edges, 3 faces; (c) a new vertex and its edge, 6 and 7, 3 faces.
DRAWING_ANSWERS = [2, sp.Tuple(5, 6, 3), sp.Tuple(6, 7, 3)]


@pytest.mark.parametrize("title", ["", "Vertices, edges, and faces.\n\n"])  # the PDF's title
@pytest.mark.parametrize("index", range(3))
def test_counts_after_adding_to_a_drawing(title, index) -> None:
    whole = title + DRAWING
    _task, problem = solved(DRAWING_PARTS[index], context_of(whole, DRAWING_PARTS, index))
    assert problem.answer == DRAWING_ANSWERS[index]


def test_an_addition_that_cannot_be_made_is_not_read() -> None:
    # K_4 has 4 vertices and 6 edges: no two vertices are left to join in (b)
    changed = DRAWING.replace("$5$ vertices and $5$ edges", "$4$ vertices and $6$ edges")
    assert read_task("item", DRAWING_PARTS[1],
                     context=context_of(changed, DRAWING_PARTS, 1)).family is None


# Exercise 2.2.1.1 as the source gives it (CIRCLE); the PDF's part (a) carries a footnote into
# its sentence, which leaves (a) and (b) unread there, (c) and (d) read.
CIRCLE_PARTS = [part.split(" ", 1)[1] for part in re.split(r"\n\n(?=\([a-d]\))", CIRCLE)[1:]]
FOOTNOTE = ("(a 4Sometimes this is stated as “a tree is an acyclic connected graph;” “acyclic” is "
            "just a fancy word for “containing no cycles.” path can use")


def test_whether_the_graph_found_is_a_tree() -> None:
    # By hand: the fewest edges joining 8 vertices, 7, leave no cycle (one edge of a cycle could
    # go); the most edges with no cycle, 7, leave one piece (a forest of k trees has 8 - k
    # edges): a tree both times.
    for index, kind in ((1, "connected_fewest_tree"), (3, "acyclic_most_tree")):
        task, problem = solved(CIRCLE_PARTS[index], context_of(CIRCLE, CIRCLE_PARTS, index))
        assert task.params == {"kind": kind, "v": "8"}
        assert problem.answer is sp.true
    pdf = CIRCLE.replace("(a path can use", FOOTNOTE)
    parts = [part.split(" ", 1)[1] for part in re.split(r"\n\n(?=\([a-d]\))", pdf)[1:]]
    assert read_task("item", parts[1], context=context_of(pdf, parts, 1)).family is None
    assert solved(parts[3], context_of(pdf, parts, 3))[1].answer is sp.true


# Exercise 2.8.6 as the source gives it, with its printed answer.
EULER_CIRCUIT = ("If a graph has $10$ vertices and $10$ edges and contains an Euler circuit, must it "
                 "be planar? How many faces would it have?")
EULER_CIRCUIT_BOOK = ("Yes. According to Euler's formula it would have $2$ faces. It does. The only "
                      "such graph is $C_{10}$.")


def test_a_graph_with_an_euler_circuit_and_as_many_edges_as_vertices() -> None:
    # By hand: an Euler circuit makes the graph connected with even degrees, each at least 2;
    # 10 edges give degree sum 20 over 10 vertices, so every degree is 2: C_10, planar, and
    # f = 2 - 10 + 10 = 2 (the book: yes, 2 faces).
    task, problem = solved(EULER_CIRCUIT)
    assert task.params == {"kind": "euler_circuit_planar", "v": "10", "e": "10"}
    assert problem.answer == sp.Tuple(sp.true, 2)
    assert compare_with_book(problem.answer, EULER_CIRCUIT_BOOK).status == "unreadable"
    # more edges than vertices: no longer a cycle, and the family does not search whether every
    # such graph is planar: unread
    assert read_task("item", EULER_CIRCUIT.replace("$10$ edges", "$12$ edges")).family is None


# Exercise 2.4.5.3 as the source gives it: part (a)'s graph is an aligned display ("V = & ...").
EULER_GRAPHS = ("Determine which of the following graphs have an Euler circuit or an Euler trail."
                "\n\n(a) " r"$$V = & \{a,b,c,d,e,f\} \\ E = & \{ab, af, bc, cd, ce, cf, de, ef\}$$")
EULER_PART = r"$$V = & \{a,b,c,d,e,f\} \\ E = & \{ab, af, bc, cd, ce, cf, de, ef\}$$"


def test_a_graph_given_in_an_aligned_display() -> None:
    # By hand: degrees a 2, b 2, c 4, d 2, e 3, f 3, and connected: two odd vertices, so an
    # Euler trail (from e to f) but no Euler circuit (the book: "The first graph has an Euler
    # trail, but not an Euler circuit").
    task, problem = solved(EULER_PART, context_of(EULER_GRAPHS, [EULER_PART], 0))
    assert task.params["asks"] == ["euler_circuit", "euler_trail"]
    assert problem.answer == sp.Tuple(sp.false, sp.true)


# Exercise 2.5.6.4 as the source gives it (the PDF drops the table's bars).
CABIN = ("A group of $10$ friends decides to head up to a cabin in the woods (where nothing could "
         "possibly go wrong). Unfortunately, a number of these friends have dated each other in "
         "the past, and things are still a little awkward. To get to the cabin, they need to divide "
         "up into some number of cars, and no two people who dated should be in the same car.\n\n"
         "(a) What is the smallest number of cars you need if all the relationships were strictly "
         "heterosexual? Represent an example of such a situation with a graph. What kind of graph "
         "do you get?\n\n(b) Because a number of these friends dated there are also conflicts "
         "between friends of the same gender, listed below. Now what is the smallest number of "
         "conflict-free cars they could take to the cabin?\n\n"
         "Friend | A | B | C | D | E | F | G | H | I | J\n"
         "Conflicts | CFI | J | AEF | H | CFG | ACEGI | EFI | D | AFG | B")
CABIN_PARTS = [CABIN.split("\n\n(a) ")[1].split("\n\n(b) ")[0], CABIN.split("\n\n(b) ")[1]]


def test_the_fewest_cars_for_a_table_of_conflicts() -> None:
    # By hand: A, C, E, G, I make the 5-cycle A-C-E-G-I-A and F conflicts with all five, so an
    # odd cycle's 3 colours and a fourth for F; F 1, A 2, C 3, E 2, G 3, I 4 (B, J and D, H
    # apart) uses 4: 4 cars.
    task, problem = solved(CABIN_PARTS[1], context_of(CABIN, CABIN_PARTS, 1))
    assert task.params["asks"] == ["chromatic"]
    assert problem.answer == 4
    pdf = CABIN.replace(" |", "").replace("\nConflicts", " Conflicts")
    parts = [CABIN_PARTS[0], pdf.split("\n\n(b) ")[1]]
    assert solved(parts[1], context_of(pdf, parts, 1))[1].answer == 4
    # a friend missing from the table's header: ten friends, nine columns
    short = CABIN.replace(" | J\n", "\n").replace(" | B", "")
    parts = [CABIN_PARTS[0], short.split("\n\n(b) ")[1]]
    assert read_task("item", parts[1], context=context_of(short, parts, 1)).family is None


# Exercise 2.1.5.13 as the source gives it; its printed answer is a hint ("your final answers
# should be in terms of $n$").
FORCING = ("Consider graphs with $n$ vertices. Remember, graphs do not need to be connected.\n\n"
           "(a) How many edges must the graph have to guarantee at least one vertex has degree two "
           "or more? Prove your answer.\n\n(b) How many edges must the graph have to guarantee "
           "all vertices have degree two or more? Prove your answer.")
FORCING_PARTS = _parts(FORCING)
n = sp.Symbol("n", integer=True, positive=True)
# By hand: (a) every degree at most 1 is a matching, at most floor(n/2) edges, so one more forces
# a vertex of degree 2 (n = 4: 2 edges can be a matching, 3 cannot). (b) a vertex of degree at
# most 1 leaves at most K_{n-1} plus one edge, (n-1)(n-2)/2 + 1 edges, so one more forces all
# (n = 4: K_3 and a pendant edge has 4 edges and a leaf; 5 edges, K_4 less an edge, has none).
FORCING_ANSWERS = [sp.floor(n / 2) + 1, (n - 1) * (n - 2) / 2 + 2]


@pytest.mark.parametrize("index", range(2))
def test_edges_that_force_degree_two(index) -> None:
    task, problem = solved(FORCING_PARTS[index], context_of(FORCING, FORCING_PARTS, index))
    assert task.params["graph"] == "any"
    assert sp.simplify(problem.answer - FORCING_ANSWERS[index]) == 0
    whole = solved(FORCING)[1].answer
    assert sp.simplify(whole[index] - FORCING_ANSWERS[index]) == 0
    # "connected" dropped from the setup's reminder: another question, unread
    changed = FORCING.replace("do not need to be connected", "need to be connected")
    assert read_task("item", FORCING_PARTS[index],
                     context=context_of(changed, FORCING_PARTS, index)).family is None


# Exercise 2.4.6.11(a) as the source gives it, under its exercise's opening question.
HAMILTON = ("Is there anything we can say about whether a graph has a Hamilton path based on the "
            "degrees of its vertices?\n\n(a) Suppose a graph has a Hamilton path. What is the "
            "maximum number of vertices of degree one the graph can have? Explain why your answer "
            "is correct.\n\n(b) Find a graph that does not have a Hamilton path even though no "
            "vertex has degree one. Explain why your example works.")
HAMILTON_PARTS = _parts(HAMILTON)


def test_vertices_of_degree_one_on_a_hamilton_path() -> None:
    # By hand: a vertex inside the path meets two of its edges, so a vertex of degree one is an
    # end of the path; a path has two ends (P_n itself has two): 2.
    _task, problem = solved(HAMILTON_PARTS[0], context_of(HAMILTON, HAMILTON_PARTS, 0))
    assert problem.answer == 2
    assert read_task("item", HAMILTON_PARTS[1],
                     context=context_of(HAMILTON, HAMILTON_PARTS, 1)).family is None


# Exercise 2.2.7.7 as the source gives it: (b) asks a forest's edges in its letters.
FOREST = ("We define a forest to be a graph with no cycles.\n\n(a) Explain why this is a good name. "
          "That is, explain why a forest is a union of trees.\n\n(b) Suppose $F$ is a forest "
          "consisting of $m$ trees and $v$ vertices. How many edges does $F$ have? Explain.")
FOREST_PARTS = _parts(FOREST)


def test_the_edges_of_a_forest() -> None:
    # By hand: a tree with k vertices has k - 1 edges; m trees with v vertices in all have
    # v - m edges.
    _task, problem = solved(FOREST_PARTS[1], context_of(FOREST, FOREST_PARTS, 1))
    m, v = sp.symbols("m v", integer=True, positive=True)
    assert sp.simplify(problem.answer - (v - m)) == 0
    # other letters than the family's: unread
    other = FOREST_PARTS[1].replace("$m$ trees", "$k$ trees")
    assert read_task("item", other, context=context_of(FOREST, FOREST_PARTS, 1)).family is None


# Exercise 2.1.5.11 as the source gives it: (b) asks about the graph part (a) gives.
NEIGHBOURHOODS = (r"We often define graph theory concepts using set theory. For example, given a "
                  r"graph $G = (V, E)$ and a vertex $v \in V$, we define "
                  r"$$N(v) = \{u \in V : \{v,u\} \in E\}$$. We define $N[v] = N(v) \cup \{v\}$. "
                  "The goal of this problem is to figure out what all this means.\n\n(a) Let $G$ "
                  "be the graph with vertices $V$ and edges $E$ given by "
                  r"$$V = \{a,b,c,d,e,f\},~~E = \{\{a,b\}, \{a,e\},\{b, c\}, \{b,e\}, \{c,d\}, "
                  r"\{c, f\}, \{d, f\}, \{e,f\}\}$$. Find $N(a)$, $N[a]$, $N(c)$, and $N[c]$."
                  "\n\n(b) What are the largest and smallest possible values for $|N(v)|$ and "
                  "$|N[v]|$ (the sizes of these sets) for the graph in part (a)? Explain.")
NEIGHBOURHOOD_PARTS = _parts(NEIGHBOURHOODS)


def test_the_sizes_of_neighbourhoods_in_the_graph_of_part_a() -> None:
    # By hand: N(a) = {b, e}, N(b) = {a, c, e}, N(c) = {b, d, f}, N(d) = {c, f},
    # N(e) = {a, b, f}, N(f) = {c, d, e}: |N(v)| from 2 to 3, |N[v]| one more, 3 to 4.
    task, problem = solved(NEIGHBOURHOOD_PARTS[1], context_of(NEIGHBOURHOODS,
                                                              NEIGHBOURHOOD_PARTS, 1))
    assert task.params["asks"] == ["neighbourhood_sizes"]
    assert problem.answer == sp.Tuple(3, 2, 4, 3)
    # without N[v]'s definition the sizes are not the exercise's: unread
    undefined = NEIGHBOURHOODS.replace(r"We define $N[v] = N(v) \cup \{v\}$. ", "")
    assert read_task("item", NEIGHBOURHOOD_PARTS[1], context=context_of(
        undefined, NEIGHBOURHOOD_PARTS, 1)).family is None


# Exercise 1.4.8.21 as the source gives it (the PDF breaks its lines).
BOARD = (r"Suppose you have an $n\times n$ chessboard, but your dog has eaten one of the corner "
         "squares. You have dominoes that each cover exactly two squares of the board. Can you "
         "cover the remaining squares on the board with non-overlapping dominoes? What needs to be "
         "true about $n$? Give necessary and sufficient conditions (that is, say exactly which "
         "values of $n$ work and which do not work). Prove your answers.")


@pytest.mark.parametrize("text", [BOARD, BOARD.replace("corner squares", "corner\n\nsquares")])
def test_boards_less_a_corner_that_dominoes_cover(text) -> None:
    # By hand: n^2 - 1 squares, an even number exactly when n is odd (a domino covers two); for
    # odd n the first row's n - 1 squares pair off and the other n - 1 rows pair off in columns:
    # n odd.
    _task, problem = solved(text)
    n = sp.Symbol("n", integer=True, positive=True)
    assert all(bool(problem.answer.subs(n, k)) == (k % 2 == 1) for k in range(1, 12))


# Exercise 2.1.5.9 as the source gives it; parts (b)-(d) ask the same of degrees.
TWO_TREES = ("For each of the following, try to give two different unlabeled graphs with the given "
             "properties, or explain why doing so is impossible.\n\n(a) Two different trees with "
             "the same number of vertices and the same number of edges. A tree is a connected "
             "graph with no cycles.\n\n(b) Two different graphs with $8$ vertices all of degree "
             "$2$.")
TWO_TREES_PARTS = _parts(TWO_TREES)


def test_two_different_trees_of_one_size() -> None:
    # By hand: up to 3 vertices the only tree is the path; on 4 the path and the star K_{1,3}
    # differ, and from then on the path and the star always do: possible exactly for n >= 4.
    _task, problem = solved(TWO_TREES_PARTS[0], context_of(TWO_TREES, TWO_TREES_PARTS, 0))
    n = sp.Symbol("n", integer=True, positive=True)
    assert all(bool(problem.answer.subs(n, k)) == (k >= 4) for k in range(1, 12))
    # without the exercise's instruction the part asks nothing of its own: unread
    assert read_task("item", TWO_TREES_PARTS[0]).family is None


@pytest.mark.parametrize(("name", "params"), [
    ("graphs.several", {"questions": [  # Exercise 2.1.5.9 whole: two programs side by side
        ["graphs.which_sizes", {"graph": "any", "asks": ["two_trees"]}],
        ["graphs.degree_sequence", {"degrees": ["2"] * 8, "asks": ["two_graphs"]}]]}),
    ("graphs.which_sizes", {"graph": "forest", "asks": ["edges"]}),
    ("graphs.which_sizes", {"graph": "board", "asks": ["matching"]}),
    ("graphs.which_sizes", {"graph": "any", "asks": ["degree_two_some", "degree_two_all"]}),
    ("graphs.graph_counts", {"kind": "planar_counts", "v": "5", "e": "6"}),
    ("graphs.graph_counts", {"kind": "acyclic_most_tree", "v": "8"}),
    ("graphs.graph_counts", {"kind": "euler_circuit_planar", "v": "10", "e": "10"}),
    ("graphs.graph_property", {"graphs": [{"name": "K", "sizes": [3, 4]}],
                               "asks": ["chromatic", "colours_settle_planarity"]}),
    ("counting.two_sets", {"a": 4, "b": 5, "want": "union_extremes"}),
    ("functions.possible_kinds", {"injective": True, "surjective": False, "same_size": True,
                                  "finite": True}),
])
def test_solve_programs_run_in_the_sandbox(name, params, sandbox) -> None:
    problem = FAMILIES[name].pose(params)
    run = sandbox.run(problem.code, expected=sp.srepr(problem.answer))
    assert run.status == "ok" and run.equal, run


# Exercise 2.7.6 as the source gives it; (b) is a proof, (d) a proof or disproof.
MATCHINGS = ("For many applications of matchings, it makes sense to use bipartite graphs. You might "
             "wonder, however, whether there is a way to find matchings in graphs in general.\n\n"
             "(a) For which $n$ does the complete graph $K_n$ have a matching?\n\n(b) Prove that if "
             "a graph has a matching, then $|V|$ is even.\n\n(c) Is the converse true? That is, do "
             "all graphs with $|V|$ even have a matching?")
MATCHING_PARTS = _parts(MATCHINGS)


def test_not_every_graph_of_even_order_has_a_matching() -> None:
    # By hand: two vertices and no edge (or the star K_{1,3}) have an even number of vertices
    # and no perfect matching: the converse is false.
    task, problem = solved(MATCHING_PARTS[2], context_of(MATCHINGS, MATCHING_PARTS, 2))
    assert task.params == {"graph": "any", "asks": ["even_all_matched"]}
    assert problem.answer is sp.false
    assert read_task("item", MATCHING_PARTS[1],
                     context=context_of(MATCHINGS, MATCHING_PARTS, 1)).family is None
