"""Graph questions of Levin's chapter 2 given in words or by degrees (not by a drawing): read as
the book prints them (PDF, and the PreTeXt source where it has them), answered, checked by a
second method, run as programs. Each answer below is worked out by hand in its comment."""

import random

import pytest
import sympy as sp

from exercises.family import FAMILIES
from formalize.agreement import compare_with_book
from formalize.tasks import read_task
from formalize.variants import vary
from tests.book_items import solved

yes, no = sp.true, sp.false

PLANAR_DEGREES = ("The graph $G$ has $6$ vertices with degrees $2,2,3,4,4,5$. How many edges does "
                  "$G$ have? Could $G$ be planar? If so, how many faces would it have? If not, "
                  "explain.")
EULER_DEGREES = ("The graph $G$ has $6$ vertices with degrees $1,2,2,3,3,5$. How many edges does\n\n"
                 "$G$ have? If $G$ was planar, how many faces would it have? Does $G$ have an "
                 "Euler trail?")
QUIDDITCH = ("Your Quidditch league has $5$ teams. You will play a tournament next  week in which "
             "every team will play every other team once. Each team can play at most one match "
             "each day, but there is plenty of time in the day for multiple matches. What is the "
             "fewest number of days over which the tournament can take place?")
CARS = ("Ten members of Math Club are driving to a math conference in a neigh-  boring state. "
        "However, some of these students have dated in the past ... What is the fewest number of "
        "cars the club needs to make the trip?")
FACES = ("Draw a connected planar graph with $5$ vertices and $5$ edges. How many  faces "
         "(including the “outside” face) does your graph have?")
FACES_EXERCISE = ("Vertices, edges, and faces.\n\n(a) " + FACES + "\n\n(b) Now add a single edge "
                  "to your graph, between two vertices that are not  already adjacent. Assuming "
                  "the resulting graph is still planar, list the number of vertices, edges, and "
                  "faces it now has.")

# Exercise 2.2.1.1 as the source prints it
CIRCLE = ("Take out a piece of paper and draw $8$ vertices in a circle.\n\nWe are going to add "
          "edges to this graph following some requirements.\n\n(a) First, add the fewest number "
          "of edges possible so that the resulting graph is connected. That is, there must be a "
          "path between any pair of vertices (a path can use more than one edge, of course).\n\n"
          "How many edges are in the graph you drew?\n\n(b) Was the resulting graph you found a "
          "tree?\n\n(c) Now start over with an empty graph again. This time, add the largest "
          "number of edges possible so that the resulting graph contains no cycles.  How many "
          "edges are in the graph you drew?\n\n(d) Was the resulting graph you found a tree?")

ITEMS = [
    # Exercise 2.3.7.2: degree sum 20, so 10 edges; the vertex of degree 5 meets all others, so
    # G is connected and v - e + f = 2 gives f = 2 - 6 + 10 = 6; a drawing exists (the book:
    # "It could be planar, and then it would have 6 faces")
    (PLANAR_DEGREES, None, "graphs.degree_sequence", sp.Tuple(10, yes, 6)),
    (PLANAR_DEGREES.replace("$6$", "6").replace("2,2,3,4,4,5", "2, 2, 3, 4, 4, 5"), None,
     "graphs.degree_sequence", sp.Tuple(10, yes, 6)),
    # Exercise 2.8.13: degree sum 16, 8 edges; f = 2 - 6 + 8 = 4; four odd degrees (1,3,3,5), so
    # no Euler trail (the book: "8 edges ... 4 faces ... does not have an Euler trail")
    (EULER_DEGREES, None, "graphs.degree_sequence", sp.Tuple(8, 4, no)),
    # Exercise 2.5.5.3: P14 and C12 alternate two colours; C5 is odd, so 3; K4,9: its 9-degree
    # vertices need 9 and a bipartite graph needs no more; K8: degree 7, and 7 perfect
    # matchings of 4 edges cover its 28 edges
    (("What is the chromatic index of each graph?  $$P_{14}$$  $$C_{12} \\\\ C_{5} \\\\ K_{4,9} "
      "\\\\ K_{8}$$"), None, "graphs.graph_property", sp.Tuple(2, 2, 3, 9, 7)),
    # Exercise 2.1.5.1: the edges of K10, 10 * 9 / 2 = 45 (the book: 45 handshakes)
    (("If $10$ people each shake hands with each other, how many handshakes took place? What "
      "does this question have to do with graph theory?"), None, "graphs.graph_counts", 45),
    # Exercise 2.1.5.6: K10 has 45 edges; a bipartite graph lies in some K_{k,10-k}, at most
    # 5 * 5 = 25 edges; every tree on 10 vertices has 9
    (("What is the largest number of edges possible in a graph with 10 vertices? What is the "
      "largest number of edges possible in a bipartite graph with 10 vertices? What is the "
      "largest number of edges possible in a tree with 10 vertices?"), None, "graphs.several",
     sp.Tuple(45, 25, 9)),
    # Example 2.5.6: the games are K6's 15 edges; a player plays 5 games, one an hour, and 5
    # perfect matchings of 3 games cover them: 5 hours (the book: "5 hours")
    (("Six friends decide to spend the afternoon playing chess. Everyone will play everyone "
      "else once. They have plenty of chess sets, but nobody wants to play more than one game "
      "at a time. Games will last an hour (thanks to their handy chess clocks). How many hours "
      "will the tournament last?"), None, "graphs.graph_counts", 5),
    # Exercise 2.5.6.7(a), a part: K5's 10 games, at most 2 a day (5 teams), so 5 days
    (QUIDDITCH, QUIDDITCH + " " + CARS, "graphs.graph_counts", 5),
    # Exercise 2.5.6.12: consecutive letters are a path A-Z; alternate two boxes (the book: "only
    # two boxes are needed")
    (("You have a set of magnetic alphabet letters (one of each of the $26$ letters in the  "
      "alphabet) that you need to put into boxes. For obvious reasons, you don’t want to put two "
      "consecutive letters in the same box. What is the fewest number of boxes you need "
      "(assuming the boxes are able to hold as many letters as they need to)?"), None,
     "graphs.graph_counts", 2),
    # Exercise 2.3.1.1(a), a part: v - e + f = 2 gives f = 2 - 5 + 5 = 2 (a 5-cycle: inside, out)
    (FACES, FACES_EXERCISE, "graphs.graph_counts", 2),
    # Exercise 2.2.6.5: L leaves, 4 + L vertices, 3 + L edges; degree sum L + 22 = 2(3 + L), so
    # L = 16 (the book: "Solving for x gives x=16.")
    # Exercise 2.4.1.2(b): the trail uses each edge once, and each of the 4 edges at the vertex
    # names it once (two triangles sharing it: (a,b),(b,c),(c,a),(a,d),(d,e),(e,a) names a 4 times)
    (("Suppose you have a graph with degree sequence $(4,2,2,2,2)$ that has an  Euler trail. How "
      "many times will the name of the degree $4$ vertex appear in your list of edges?"),
     "One way to write down an Euler trail ... as an ordered pair rather than a set.",
     "graphs.degree_sequence", 4),
    # Exercise 2.5.6.7(b): conflicts A-B, A-E, A-J, B-D, B-G, C-H, C-J, D-F, E-I, F-J, H-I, I-J;
    # the 5-cycle A-B-D-F-J needs 3 cars, and 3 do: {A, D, C, G, I}, {B, F, E, H}, {J}
    (("Ten members of Math Club are driving to a math conference in a neighboring state. "
      "However, some of these students have dated in the past, and things are still a little "
      "awkward. Each student lists which other students they refuse to share a car with; these "
      "conflicts are recorded in the table below. What is the fewest number of cars the club "
      "needs to make the trip? Do not worry about running out of seats, just avoid the "
      "conflicts.\n\nStudent: | A | B | C | D | E | F | G | H | I | J\nConflicts: | BEJ | ADG | "
      "HJ | BF | AI | DJ | B | CI | EHJ | ACFI"), QUIDDITCH + " " + CARS, "graphs.graph_property",
     3),
    (("Ten members of Math Club are driving to a math conference in a neigh-\n\nboring state. "
      "However, some of these students have dated in the past, and things are still a little "
      "awkward. Each student lists which other students they refuse to share a car with; these "
      "conflicts are recorded in the table below. What is the fewest number of cars the club "
      "needs to make the trip? Do not worry about running out of seats, just avoid the "
      "conflicts.\n\nStudent:\n\nA\n\nB\n\nC\n\nD\n\nE\n\nF G H\n\nI\n\nJ Conflicts: "
      "BEJ ADG HJ BF AI DJ B CI EHJ ACFI"), None, "graphs.graph_property", 3),
    (("A tree contains some number of leaves (degree $1$ vertices) and four non-leaf vertices. "
      "The degrees of the non-leaf vertices are $8$, $6$, $5$, and $3$. How many leaves does the "
      "tree have?  Smallest number of leaves possible:  Largest number of leaves possible:"),
     None, "graphs.graph_counts", 16),
    # Exercise 2.2.6.4: 2(v - 1)/v = 1.992, so 2/v = 0.008 and v = 250
    (("The average degree of a tree is $1.992$ (that is, if you sum the degrees of vertices and "
      "divide by the number of vertices, you get $1.992$).\n\nHow many vertices does the tree "
      "have?"), None, "graphs.graph_counts", 250),
    # Exercise 2.2.1.1(a) (the source; the PDF breaks a footnote into it): each edge joins at most
    # two pieces, so 8 vertices need 7 edges, and a path has 7
    (CIRCLE[CIRCLE.index("First,"):CIRCLE.index("\n\n(b)")], CIRCLE, "graphs.graph_counts", 7),
    # 2.2.1.1(c): with no cycle the graph is a forest, 8 - k edges for k trees: 7 at most
    (CIRCLE[CIRCLE.index("Now start"):CIRCLE.index("\n\n(d)")], CIRCLE, "graphs.graph_counts",
     7),
]


def read_as(text, context, family, answer, book, sandbox):
    """The item read into ``family``, answered ``answer`` (and as ``book`` prints it), its
    program agreeing: its task and problem."""
    task, problem = solved(text, context)
    assert task.family == family
    assert problem.answer == answer
    run = sandbox.run(problem.code, expected=sp.srepr(problem.answer))
    assert run.status == "ok" and run.equal, run
    if book:
        assert compare_with_book(problem.answer, book).status == "match"
    return task, problem


@pytest.mark.parametrize(("text", "context", "family", "answer"), ITEMS)
def test_a_graph_question_in_words_is_read_solved_and_checked(text, context, family, answer,
                                                              sandbox):
    read_as(text, context, family, answer, None, sandbox)


@pytest.mark.parametrize(("text", "book"), [
    (ITEMS[4][0], ("This is asking for the number of edges in $K_{10}$. Each vertex (person) has "
                   "degree (shook hands with) $9$ (people). So the sum of the degrees is $90$. "
                   "However, the\n\ndegrees count each edge (handshake) twice, so there are $45$ "
                   "edges in the graph. That is how many handshakes took place.")),
    (ITEMS[8][0], ("If we drew a graph with each letter representing a vertex and each edge "
                   "connecting two letters that were consecutive in the alphabet, we would have a "
                   "graph containing two vertices of degree $1$ (A and Z) and the remaining $24$ "
                   "vertices all of degree $2$ ... Thus only two boxes are needed.")),
])
def test_the_books_count_agrees(text, book):
    _, problem = solved(text)
    assert compare_with_book(problem.answer, book).status == "match"


@pytest.mark.parametrize(("family", "params"), [
    ("graphs.degree_sequence", {"degrees": ["2", "2", "3", "4", "4", "5"],
                                "asks": ["edges", "planar", "faces"]}),
    ("graphs.degree_sequence", {"degrees": ["1", "2", "2", "3", "3", "5"],
                                "asks": ["edges", "faces", "euler_trail"]}),
    ("graphs.graph_property", {"graphs": [{"name": "C", "sizes": [5]}],
                               "asks": ["chromatic_index"]}),
    ("graphs.graph_property", {"graphs": [{"name": "K", "sizes": [8]}],
                               "asks": ["chromatic_index"]}),
    ("graphs.graph_counts", {"kind": "round_robin", "v": "6"}),
    ("graphs.graph_counts", {"kind": "bipartite_most_edges", "v": "9"}),
    ("graphs.graph_counts", {"kind": "planar_faces", "v": "6", "e": "9"}),
    ("graphs.graph_counts", {"kind": "tree_leaves", "inner": "8,6,5,3"}),
    ("graphs.graph_counts", {"kind": "tree_average_degree", "a": "1.992"}),
    ("graphs.graph_counts", {"kind": "connected_fewest_edges", "v": "8"}),
    ("graphs.graph_counts", {"kind": "acyclic_most_edges", "v": "8"}),
    ("graphs.degree_sequence", {"degrees": ["4", "2", "2", "2", "2"], "asks": ["trail_mentions"],
                                "vertex_degree": 4}),
])
def test_a_wrong_answer_fails_its_check(family, params):
    posed = FAMILIES[family]
    problem = posed.pose(params)
    assert all(c.passed for c in posed.verify(problem))
    answer = problem.answer
    wrong = [sp.Not(a) if a in (yes, no) else a + 1 for a in answer] if isinstance(
        answer, sp.Tuple) else [answer - 1]
    for at in range(len(wrong)):  # each answer wrong in turn
        changed = list(answer) if isinstance(answer, sp.Tuple) else [answer]
        changed[at] = wrong[at]
        problem.answer = sp.Tuple(*changed) if isinstance(answer, sp.Tuple) else changed[0]
        assert not any(c.passed for c in posed.verify(problem)), changed


@pytest.mark.parametrize("degrees", [
    [2, 2, 2, 1, 1],  # a path, or a triangle beside an edge: faces and Euler trails differ
    [3, 3, 3, 3, 3],  # an odd degree sum: no graph
])
def test_degrees_that_leave_the_answer_open_are_not_posed(degrees):
    with pytest.raises(ValueError):
        FAMILIES["graphs.degree_sequence"].pose({"degrees": degrees,
                                                 "asks": ["faces", "euler_trail"]})


def test_what_the_readers_cannot_answer_is_left_unread():
    # a conflict list naming no student of the table
    assert read_task("d", ITEMS[11][0].replace("ACFI", "ACFK")).family is None
    # "how many faces could your graph have": a drawing need not be connected
    assert read_task("a", "Suppose you draw a graph with $10$ vertices and $14$ edges in such a "
                     "way that no edges cross. How many faces could your graph have? Explain your "
                     "answer(s).").family is None
    # a question about the graph the family does not answer
    assert read_task("b", PLANAR_DEGREES.replace("Could $G$ be planar?", "Is $G$ a tree?")
                     ).family is None
    # as many degrees as vertices, or the item is misread
    assert read_task("c", PLANAR_DEGREES.replace("$6$ vertices", "$7$ vertices")).family is None


def test_variants_keep_the_questions_and_pass_their_checks():
    rng = random.Random(5)
    for text, context, _, _ in (ITEMS[2], ITEMS[6], ITEMS[10], ITEMS[11], ITEMS[13], ITEMS[14]):
        task, _ = solved(text, context)
        for _ in range(3):
            params = vary(task.family, task.params, rng)
            problem = FAMILIES[task.family].pose(params)
            assert all(c.passed for c in FAMILIES[task.family].verify(problem))
            assert params.get("asks") == task.params.get("asks")




def review(c: str, f: str, g: str) -> str:
    """Exercise 2.8.5 as the build gives a part of it: the setup, that part, the others cut."""
    return ("Consider the graph $G=(V,E)$ with $V=\\{a,b,c,d,e,f,g\\}$ and $E=$ "
            "$\\{ab,ac,af,bg,cd,ce\\}$ (here we are using the shorthand for edges: $ab$ really "
            f"means $\\{{a,b\\}}$, for example).\n\n(a) \n\n(b) \n\n(c) {c}\n\n(d) \n\n(e) "
            f"\n\n(f) {f}\n\n(g) {g}\n\n(h) ")


@pytest.mark.parametrize(("part", "context", "answer", "book"), [
    # Exercise 2.8.5(c): a has b, c, f; c has a, d, e; b has a, g; d, e, f, g one each (the book:
    # "The degree sequence for G is (3,3,2,1,1,1,1).")
    (("Write down the degree sequence for $G$. That is, write down the degrees of all the "
      "vertices, in decreasing order."), review("Write down the degree sequence for $G$. That is, "
                                                "write down the degrees of all the vertices, in "
                                                "decreasing order.", "", ""),
     sp.Tuple(3, 3, 2, 1, 1, 1, 1), None),
    # 2.8.5(f): 7 vertices, 6 edges, connected: a tree, drawn without crossings ("Yes, all trees
    # are planar.")
    ("Is $G$ planar?", review("", "Is $G$ planar?", ""), yes,
     "Yes, all trees are planar. You can draw them in the plane without edges crossing."),
    # 2.8.5(g): a tree with an edge is two-coloured, a, d, e, g against b, c, f ("The chromatic
    # number of $G$ is $2$.")
    ("What is the chromatic number of $G$? Explain.", review("", "", "What is the chromatic "
                                                             "number of $G$? Explain."),
     2, "The chromatic number of $G$ is $2$."),
])
def test_a_part_asks_about_the_graph_its_exercise_sets_up(part, context, answer, book, sandbox):
    read_as(part, context, "graphs.graph_property", answer, book, sandbox)


def test_planarity_by_a_drawing_or_by_eulers_edge_bound():
    posed = FAMILIES["graphs.graph_property"]
    # K5: 10 edges > 3*5 - 6; K3,3: bipartite, 9 > 2*6 - 4; K4 and C5 drawn without crossings
    problem = posed.pose({"graphs": [{"name": "K", "sizes": [5]}, {"name": "K", "sizes": [3, 3]},
                                     {"name": "K", "sizes": [4]}, {"name": "C", "sizes": [5]}],
                          "asks": ["planar"]})
    assert problem.answer == sp.Tuple(no, no, yes, yes)
    assert all(c.passed for c in posed.verify(problem))
    problem.answer = sp.Tuple(yes, no, yes, yes)
    assert not any(c.passed for c in posed.verify(problem))
    # the Petersen graph is not planar, but no edge count shows it: not posed
    petersen = {"vertices": list(range(10)), "edges": [[i, (i + 1) % 5] for i in range(5)] + [
        [i, i + 5] for i in range(5)] + [[5 + i, 5 + (i + 2) % 5] for i in range(5)]}
    with pytest.raises(ValueError, match="Euler"):
        posed.pose({"graphs": [petersen], "asks": ["planar"]})


@pytest.mark.parametrize(("text", "answer", "book"), [
    # Example 2.3.3: 3*3 + 6*5 = 39 sides, not twice a whole number of edges; 39 + 35 = 74, 37
    # edges, 14 faces, v = 2 + 37 - 14 = 25, but 25 vertices of 3+ faces need 75 corners (the
    # book: "There is no such polyhedron." twice)
    (("Is there a convex polyhedron consisting of three triangles and six pentagons? What about "
      "three triangles, six pentagons, and five heptagons (7-sided polygons)?"), sp.Tuple(no, no),
     None),
    # Exercise 2.3.7.6: e = v + f - 2 = 21, 42 = 7*3 + 4*4 + n, so n = 5 ("the last face is a
    # pentagon")
    (("I’m thinking of a polyhedron containing $12$ faces. Seven are triangles and four are "
      "quadrilaterals. The polyhedron has $11$ vertices including those around the mystery face. "
      "How many sides does the last face have?"), 5,
     ("Say the last polyhedron has $n$ edges and also $n$ vertices. ... By Euler’s formula, we "
      "have $11-(37+n)/2+12=2$, and solving for $n$ we get $n=5$, so the last face is a "
      "pentagon.")),
    # Exercise 2.3.7.7(a): 8 triangles, 24 sides, 12 edges, v = 2 + 12 - 8 = 6
    (("An octahedron is a regular polyhedron made up of $8$ equilateral triangles  (it sort of "
      "looks like two pyramids with their bases glued together). Draw a planar graph "
      "representation of an octahedron. How many vertices, edges, and faces does an octahedron "
      "(and your graph) have?"), sp.Tuple(6, 12, 8), None),
    # 2.3.7.7(b): 60 + 120 = 180 sides, 90 edges, 32 faces, v = 2 + 90 - 32 = 60
    (("The traditional design of a soccer ball is a (spherical projection of a) truncated "
      "icosahedron. This consists of $12$ regular pentagons and $20$ regular hexagons. No two "
      "pentagons are adjacent (so the edges of each pentagon are shared only by hexagons). How "
      "many vertices, edges, and faces does a truncated icosahedron have? Explain how you arrived "
      "at your answers. Bonus: draw the planar graph representation of the truncated "
      "icosahedron."), sp.Tuple(60, 90, 32), None),
])
def test_a_polyhedron_from_its_faces(text, answer, book, sandbox):
    task, problem = read_as(text, "Consider some classic polyhedrons. " + text,
                            "graphs.polyhedron", answer, book, sandbox)
    posed = FAMILIES["graphs.polyhedron"]
    problem.answer = sp.Tuple(*[sp.Not(a) if a in (yes, no) else a + 1 for a in answer]) \
        if isinstance(answer, sp.Tuple) else answer + 2  # + 1 is 6 = 3 + 3: parity
    assert not any(c.passed for c in posed.verify(problem))
    for _ in range(3):
        params = vary(task.family, task.params, random.Random(len(text)))
        varied = posed.pose(params)
        assert all(c.passed for c in posed.verify(varied))


CHALLENGE = ("Your friend has challenged you to create a convex polyhedron containing $9$\n\n"
             "triangles and $6$ pentagons.\n\n(a) \n\n(b) {}\n\n(c) ").format


def test_a_part_adds_a_face_to_its_exercises_polyhedron(sandbox):
    # Exercise 2.8.10(b): 27 + 30 + 7 = 64 sides, 32 edges, 16 faces, v = 2 + 32 - 16 = 18 (the
    # book: "there must be 18 vertices")
    part = ("You decide to also include one heptagon (seven-sided polygon). How many vertices "
            "does your new convex polyhedron contain?")
    read_as(part, CHALLENGE(part), "graphs.polyhedron", 18, (
        "Now adding up all the edges of all the $16$ polygons gives a total of $64$, meaning "
        "there would be $32$ edges in the polyhedron. We can then use Euler’s formula $v-e+f=2$ "
        "to deduce that there must be $18$ vertices."), sandbox)
    wrong = part.replace("seven-sided", "eight-sided")
    assert read_task("w", wrong, context=CHALLENGE(wrong)).family is None


def test_a_polyhedron_the_counts_allow_is_not_claimed_to_exist():
    # 8 triangles pass both counts (the octahedron does exist, but counts do not show it)
    with pytest.raises(ValueError, match="does not show"):
        FAMILIES["graphs.polyhedron"].pose({"polyhedra": [{"3": 8}], "asks": ["exists"]})


def test_a_cube_and_the_longest_paths_and_cycles_in_k5(sandbox):
    # Exercise 2.3.1.4(a): 6 squares, 24 sides, 12 edges, v = 2 + 12 - 6 = 8 (and 24 corners,
    # three at a vertex: 8)
    part = "How many vertices, edges, and faces does a cube have?"
    cube = ("A cube is made of six squares, each of which shares an edge with each of its "
            "neighbors. Vertices of the cube join three of the squares.\n\n")
    read_as(part, cube + part + "\n\n", "graphs.polyhedron", sp.Tuple(8, 12, 6), None, sandbox)
    read_as(part, "A cube. " + cube + "(a) " + part + "\n\n(b) ", "graphs.polyhedron",
            sp.Tuple(8, 12, 6), None, sandbox)
    # Exercise 2.1.4.5, the source's whole: a path through all 5 vertices has 4 edges, a cycle 5;
    # any 3 vertices of K5 form a triangle, so an induced path has 1 edge, an induced cycle 3
    # (the book: 4, 5, 1, 3)
    whole = ("What is the largest $n$ such that $P_n$ is a subgraph of $K_{5}$?  What is the "
             "largest $n$ such that $C_n$ is a subgraph of $K_{5}$?  What is the largest $n$ such "
             "that $P_n$ is an induced subgraph of $K_{5}$?  What is the largest $n$ such that "
             "$C_n$ is an induced subgraph of $K_{5}$?")
    read_as(whole, None, "graphs.several", sp.Tuple(4, 5, 1, 3), None, sandbox)
