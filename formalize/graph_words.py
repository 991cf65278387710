"""Read a count about a graph described in words, numbers in place, into the counting laws of
``graphs.graph_counts`` (:mod:`exercises.families.textbook_sequences`), and the other questions
a graph or polyhedron described in words asks: what its degrees decide (``graphs.degree_sequence``),
the faces of a convex polyhedron (:mod:`exercises.families.textbook_polyhedra`), the fewest cars
for a table of conflicts (``graphs.graph_property``), the longest path or cycle in K_m, the
chromatic number of K_n or K_{m,n} and whether it settles the graph's planarity, a graph with an
Euler circuit and as many edges as vertices; with their exercise's setup, the counts once parts
add to a drawing and whether the graph a part found is a tree; and the questions of
``graphs.which_sizes`` in words: the edges that force degrees two, the vertices of degree one on
a Hamilton path, a forest's edges, the boards less a corner that dominoes cover, the sizes with
two different trees, whether every graph of even order has a matching.

"If a planar graph $G$ with $7$ vertices divides the plane into 8 regions, how many edges must
$G$ have?": the source writes some numbers as math and some as words, so this reader reads the
item's own text with its math inlined (as :mod:`formalize.counting` does) and matches one whole
phrasing per kind of count; anything else in the item leaves it unread. A part is read only
when its own words ask a whole question, or with the setup its exercise states (a cube's
squares, a polyhedron a part adds a face to).
"""

from __future__ import annotations

import re
from typing import Any

from exercises.families.textbook_graph_sizes import vary as vary_sizes
from exercises.families.textbook_polyhedra import vary as vary_polyhedron
from exercises.families.textbook_subgraphs import vary as vary_subgraph
from formalize.counting import N, number, plain

Task = tuple[str, dict[str, Any]]

# (the whole item's words, the kind of count, the names of its numbers in order)
_PHRASINGS = [
    ((rf"if a planar graph g with {N} vertices divides the plane into {N} regions, how many edges "
     r"must g have\?"), "planar_edges", ("v", "f")),
    ((rf"if {N} people each shake hands with each other, how many handshakes took place\? what "
      r"does this question have to do with graph theory\?"), "complete_edges", ("v",)),
    ((rf"{N} friends decide to spend the afternoon playing chess\. everyone will play everyone "
      r"else once\. they have plenty of chess sets, but nobody wants to play more than one game "
      r"at a time\. games will last an hour \(thanks to their handy chess clocks\)\. how many "
      r"hours will the tournament last\?"), "round_robin", ("v",)),
    ((r"you have a set of magnetic alphabet letters \(one of each of the {N} letters in the "
      r"alphabet\) that you need to put into boxes\. for obvious reasons, you don't want to put "
      r"two consecutive letters in the same box\. what is the fewest number of boxes you need "
      r"\(assuming the boxes are able to hold as many letters as they need to\)\?").replace(
        "{N}", N), "path_colours", ("v",)),
    ((rf"if a graph has {N} vertices and {N} edges and contains an euler circuit, must it be "
      r"planar\? how many faces would it have\?"), "euler_circuit_planar", ("v", "e")),
    ((rf"a connected graph with {N} vertices contains {N} edges\. without knowing which particular "
     r"graph this is, what is the smallest and largest possible number of edges you can remove to "
     r"get a spanning tree\?(?: smallest number of edges to remove: largest number of edges to "
     r"remove:)?"), "spanning_tree_removed", ("v", "e")),
]

# Parts whose own words ask a whole question (their exercise's other parts ask others).
_WHOLE_PARTS = [
    ((rf"your quidditch league has {N} teams\. you will play a tournament next week in which "
      r"every team will play every other team once\. each team can play at most one match each "
      r"day, but there is plenty of time in the day for multiple matches\. what is the fewest "
      r"number of days over which the tournament can take place\?"), "round_robin", ("v",)),
    ((rf"draw a connected planar graph with {N} vertices and {N} edges\. how many faces "
      r"\(including the \"outside\" face\) does your graph have\?"), "planar_faces", ("v", "e")),
]
# "What is the largest number of edges possible in a graph with 10 vertices? ... in a bipartite
# graph ...? ... in a tree ...?": each sentence one count of the vertices it names.
_MOST = (r"what is the largest number of edges possible in an? (bipartite graph|graph|tree) with "
         rf"{N} vertices\?")
_MOST_KINDS = {"graph": "most_edges", "bipartite graph": "bipartite_most_edges", "tree": "tree_edges"}


def _most_edges(own: str) -> Task | None:
    """Each sentence the largest number of edges of a kind of graph."""
    sentences = re.split(r"(?<=\?) ", own)
    found = [re.fullmatch(_MOST, sentence) for sentence in sentences]
    if not all(found):
        return None
    questions = [["graphs.graph_counts", {"kind": _MOST_KINDS[m[1]], "v": str(number(m[2]))}]
                 for m in found]
    return questions[0] if len(questions) == 1 else ("graphs.several", {"questions": questions})


def _counted(own: str, phrasings: list[tuple[str, str, tuple[str, ...]]]) -> Task | None:
    """The count of the phrasing the whole text is, its numbers named in order. A graph with an
    Euler circuit is read only with as many edges as vertices (a cycle: planar)."""
    for pattern, kind, names in phrasings:
        found = re.fullmatch(pattern, own)
        if found and kind == "euler_circuit_planar" and number(found[1]) != number(found[2]):
            return None
        if found:
            return "graphs.graph_counts", {"kind": kind, **{name: str(number(value)) for name, value
                                                            in zip(names, found.groups(),
                                                                   strict=True)}}
    return None


_G = r"\$g_\{?(\d)\}?\$"  # $G_1$, $G_{1}$
# Three graphs whose vertices all have one degree: edges, the degree, the vertices (by name).
_REGULAR = (rf"the graph {_G} has {N} vertices all of degree {N}\. how many edges does {_G} have\? "
            rf"the graph {_G} has {N} vertices all of degree k, and {N} edges\. what is k\? the "
            rf"graph {_G} has all vertices of degree {N}, and {N} edges\. how many vertices does "
            rf"{_G} have\?")


def _regular(m: re.Match) -> Task | None:
    names = [m[1], m[4], m[5], m[8], m[11]]
    if names != ["1", "1", "2", "3", "3"]:
        return None  # each question about the graph its sentence describes
    numbers = [str(number(m[i])) for i in (2, 3, 6, 7, 9, 10)]
    return "graphs.several", {"questions": [
        ["graphs.graph_counts", {"kind": "regular_edges", "v": numbers[0], "d": numbers[1]}],
        ["graphs.graph_counts", {"kind": "regular_degree", "v": numbers[2], "e": numbers[3]}],
        ["graphs.graph_counts", {"kind": "regular_vertices", "d": numbers[4], "e": numbers[5]}]]}


# "What is the largest $n$ such that $P_{n}$ is an induced subgraph of $K_{5}$?" (a part whose
# question is whole in itself)
_LARGEST = re.compile(r"what is the largest n such that \$([pc])_\{?n\}?\$ is an? (induced )?"
                      r"subgraph of \$k_\{?(\d)\}?\$\?")


# "The graph $G$ has $6$ vertices with degrees $2,2,3,4,4,5$." and then its questions, each
# a whole sentence (or two: "Could $G$ be planar? If so, how many faces would it have?").
_DEGREES = re.compile(rf"the graph g has {N} vertices with degrees \$(\d+(?:, ?\d+)+)\$\. (.*)")
_DEGREE_QUESTIONS = [
    (r"how many edges does g have\?", ["edges"]),
    (r"could g be planar\? if so, how many faces would it have\?(?: if not, explain\.)?",
     ["planar", "faces"]),
    (r"if g (?:was|were|is) planar, how many faces would it have\?", ["faces"]),
    (r"does g have an euler trail\?", ["euler_trail"]),
]


# "Suppose you have a graph with degree sequence $(4,2,2,2,2)$ that has an Euler trail. How many
# times will the name of the degree 4 vertex appear in your list of edges?" (its exercise writes
# a trail as its edges, ordered pairs)
_MENTIONS = re.compile(r"suppose you have a graph with degree sequence \$\((\d+(?:, ?\d+)+)\)\$ "
                       r"that has an euler trail\. how many times will the name of the degree "
                       r"(\d+) vertex appear in your list of edges\?")


def _degree_questions(own: str) -> Task | None:
    """The questions about a graph given by its vertices' degrees, every sentence one of
    :data:`_DEGREE_QUESTIONS`."""
    if found := _MENTIONS.fullmatch(own):
        return "graphs.degree_sequence", {"degrees": [d.strip() for d in found[1].split(",")],
                                          "asks": ["trail_mentions"], "vertex_degree": int(found[2])}
    found = _DEGREES.fullmatch(own)
    if found is None:
        return None
    degrees = [d.strip() for d in found[2].split(",")]
    if number(found[1]) != len(degrees):
        return None
    asks, rest = [], found[3]
    while rest:
        for pattern, questions in _DEGREE_QUESTIONS:
            if m := re.match(pattern + r"\s*", rest):
                asks += questions
                rest = rest[m.end():]
                break
        else:
            return None
    return "graphs.degree_sequence", {"degrees": degrees, "asks": asks}


# "A tree contains some number of leaves ... and four non-leaf vertices. The degrees of the
# non-leaf vertices are $8$, $6$, $5$, and $3$. How many leaves does the tree have?" (the PDF
# keeps the online version's blanks for the smallest and largest number: one number fits both)
_LEAVES = (rf"a tree contains some number of leaves \(degree 1 vertices\) and {N} non-leaf "
           r"vertices\. the degrees of the non-leaf vertices are ((?:\d+, )+and \d+)\. how many "
           r"leaves does the tree have\?(?: smallest number of leaves possible: largest number of "
           r"leaves possible:)?")
_AVERAGE = (r"the average degree of a tree is \$(\d+\.\d+)\$ \(that is, if you sum the degrees of "
            r"vertices and divide by the number of vertices, you get \$\1\$\)\. how many vertices "
            r"does the tree have\?")


def _tree_counts(own: str) -> Task | None:
    """The leaves of a tree from its other vertices' degrees; its vertices from its average
    degree."""
    if found := re.fullmatch(_LEAVES, own):
        inner = re.findall(r"\d+", found[2])
        if number(found[1]) != len(inner):
            return None
        return "graphs.graph_counts", {"kind": "tree_leaves", "inner": ",".join(inner)}
    if found := re.fullmatch(_AVERAGE, own):
        return "graphs.graph_counts", {"kind": "tree_average_degree", "a": found[1]}
    return None


_SIDES = {"triangles": 3, "quadrilaterals": 4, "pentagons": 5, "hexagons": 6, "heptagons": 7,
          "octagons": 8}
_FACE = (rf"{N} (?:regular |equilateral )?({'|'.join(k[:-1] for k in _SIDES)})s?"
         r"(?: \((\d+)-sided polygons\))?")
_FACE_LIST = rf"{_FACE}(?:(?:,| and|, and) {_FACE})*"


def _face_counts(listed: str) -> dict[str, int] | None:
    """"three triangles, six pentagons, and five heptagons (7-sided polygons)" as faces by
    their sides; None if a name's gloss gives other sides or a kind recurs."""
    faces: dict[str, int] = {}
    for count, name, gloss in re.findall(_FACE, listed):
        sides = str(_SIDES[name + "s"])
        if (gloss and gloss != sides) or sides in faces:
            return None
        faces[sides] = number(count)
    return faces


_POLYHEDRA = [  # (the item's words, what they ask)
    (rf"is there a convex polyhedron consisting of ({_FACE_LIST})\? what about ({_FACE_LIST})\?",
     "exists"),
    ((rf"an octahedron is a regular polyhedron made up of ({_FACE_LIST}) \(it sort of looks like two "
     r"pyramids with their bases glued together\)\. draw a planar graph representation of an "
     r"octahedron\. how many vertices, edges, and faces does an octahedron \(and your graph\) "
     r"have\?"), "counts"),
    ((rf"the traditional design of a soccer ball is a \(spherical projection of a\) truncated "
     rf"icosahedron\. this consists of ({_FACE_LIST})\. no two pentagons are adjacent \(so the "
     r"edges of each pentagon are shared only by hexagons\)\. how many vertices, edges, and "
     r"faces does a truncated icosahedron have\? explain how you arrived at your answers\. bonus: "
     r"draw the planar graph representation of the truncated icosahedron\."), "counts"),
]
_MYSTERY = (rf"i'm thinking of a polyhedron containing {N} faces\. {N} are triangles and {N} are "
            rf"quadrilaterals\. the polyhedron has {N} vertices including those around the mystery "
            r"face\. how many sides does the last face have\?")


# Exercise 2.8.10: the exercise sets up the faces, its part (b) adds one and asks the vertices.
_CHALLENGE = re.compile(rf"your friend has challenged you to create a convex polyhedron containing "
                        rf"({_FACE_LIST})\. \(a\) ")
_ADDED = re.compile(rf"you decide to also include {_FACE} \({N}-sided polygon\)\. how many "
                    r"vertices does your new convex polyhedron contain\?")


def _added_faces(own: str, context: str) -> Task | None:
    """The vertices of the polyhedron the exercise sets up with the faces its part adds."""
    setup, added = _CHALLENGE.match(plain(context)), _ADDED.fullmatch(own)
    if setup is None or added is None:
        return None
    first, more = _face_counts(setup[1]), _face_counts(" ".join(added.groups()[:2]))
    if first is None or more is None or added[3] and number(added[3]) != _SIDES[added[2] + "s"] \
            or number(added[4]) != _SIDES[added[2] + "s"]:
        return None  # the gloss gives other sides
    faces = {s: first.get(s, 0) + more.get(s, 0) for s in sorted({*first, *more}, key=int)}
    return "graphs.polyhedron", {"polyhedra": [faces], "asks": ["vertices"]}


def _polyhedron(own: str) -> Task | None:
    """Counts on a convex polyhedron given by its faces (:mod:`textbook_polyhedra`)."""
    if found := re.fullmatch(_MYSTERY, own):
        total, triangles, quadrilaterals, vertices = (number(g) for g in found.groups())
        return "graphs.polyhedron", {"missing": True, "faces": {"3": triangles,
                                                                "4": quadrilaterals},
                                     "total": total, "vertices": vertices}
    for pattern, ask in _POLYHEDRA:
        if found := re.fullmatch(pattern, own):
            listed = [g for g in found.groups() if g and re.fullmatch(_FACE_LIST, g)]
            polyhedra = [_face_counts(g) for g in listed]
            if not polyhedra or None in polyhedra:
                return None
            asks = ["exists"] if ask == "exists" else ["vertices", "edges", "faces"]
            return "graphs.polyhedron", {"polyhedra": polyhedra, "asks": asks}
    return None


# Exercise 2.5.6.7(b): who refuses to share a car with whom, as a table the text layer keeps
# row by row ("student: a b c ... conflicts: bej adg hj ..."; the source with "|" between cells).
_CARS = re.compile(r"ten members of math club are driving to a math conference in a "
                   r"neigh-? ?boring state\. however, some of these students have dated in the "
                   r"past, and things are still a little awkward\. each student lists which other "
                   r"students they refuse to share a car with; these conflicts are recorded in "
                   r"the table below\. what is the fewest number of cars the club needs to make "
                   r"the trip\? do not worry about running out of seats, just avoid the "
                   r"conflicts\. student: ((?:\|? ?[a-z] )+)conflicts: ((?:\|? ?[a-z]+ ?)+)")


def _conflicts(own: str) -> Task | None:
    """The fewest cars: the chromatic number of the graph joining each student to those they
    refuse to ride with; every name listed one of the students, each student one list."""
    found = _CARS.fullmatch(own)
    return None if found is None else _conflict_colours(found[1], found[2])


# Exercise 2.5.6.4: "A group of $10$ friends ... divide up into some number of cars, and no two
# people who dated should be in the same car." and its part (b), a table of conflicts.
_CABIN = re.compile(rf"a group of ({N}) friends decides to head up to a cabin in the woods \(where "
                    r"nothing could possibly go wrong\)\. unfortunately, a number of these friends "
                    r"have dated each other in the past, and things are still a little awkward\. to "
                    r"get to the cabin, they need to divide up into some number of cars, and no two "
                    r"people who dated should be in the same car\. ")
_CABIN_TABLE = re.compile(r"because a number of these friends dated there are also conflicts "
                          r"between friends of the same gender, listed below\. now what is the "
                          r"smallest number of conflict-free cars they could take to the cabin\? "
                          r"friend ((?:\|? ?[a-z] )+)conflicts ((?:\|? ?[a-z]+ ?)+)")


def _cabin(own: str, context: str) -> Task | None:
    """The fewest cars for the friends' table of conflicts, one column per friend."""
    setup, found = _CABIN.match(plain(context)), _CABIN_TABLE.fullmatch(own)
    if setup is None or found is None or len(found[1].replace("|", " ").split()) != number(
            setup[1]):
        return None
    return _conflict_colours(found[1], found[2])


def _conflict_colours(names: str, listed: str) -> Task | None:
    """The chromatic number of the graph joining each name to those in its list (the table's
    columns, "|" between cells in the source); every listed name one of the names, each name
    one list, none its own."""
    students = names.replace("|", " ").split()
    lists = listed.replace("|", " ").split()
    if len(students) != len(lists) or len(set(students)) != len(students) or any(
            set(listed) - set(students) or student in listed
            for student, listed in zip(students, lists, strict=True)):
        return None
    edges = sorted({tuple(sorted((a, b))) for a, listed in zip(students, lists, strict=True)
                    for b in listed})
    return "graphs.graph_property", {"graphs": [{"vertices": [s.upper() for s in students],
                                                 "edges": [[a.upper(), b.upper()]
                                                           for a, b in edges]}],
                                     "asks": ["chromatic"]}


# "A cube is made of six squares, each of which shares an edge with each of its neighbors.
# Vertices of the cube join three of the squares." then the part "How many vertices, edges, and
# faces does a cube have?"
_CUBE = re.compile(rf"(?:a cube\. )?a cube is made of {N} squares, each of which shares an edge with "
                   r"each of its neighbors\. vertices of the cube join three of the squares\. "
                   r"(?:\(a\) )?how many vertices, edges, and faces does a cube have\?")


def _largest(own: str) -> Task | None:
    """The largest n with P_n or C_n a (induced) subgraph of K_m, each sentence one question."""
    found = [_LARGEST.fullmatch(sentence) for sentence in re.split(r"(?<=\?) ", own)]
    if not found or not all(found):
        return None
    questions = [["graphs.largest_subgraph", {"shape": "path" if m[1] == "p" else "cycle",
                                              "induced": bool(m[2]), "m": int(m[3])}]
                 for m in found]
    return tuple(questions[0]) if len(questions) == 1 else ("graphs.several",
                                                            {"questions": questions})


# "For which $m$ and $n$ does the graph $K_{m,n}$ contain an Euler trail? An Euler circuit?
# Explain.", "For which $n \geq 3$ is the graph $C_n$ bipartite?", "How many edges does the
# graph $K_{n,n}$ have? For which values of $n$ does the graph contain an Euler circuit?": the
# first sentence names the graph by its sizes' letters, each later one asks of "the graph" or
# goes on with the next property alone ("An Euler circuit?").
_SIZED = {"k_{n}": "Kn", "k_n": "Kn", "c_{n}": "Cn", "c_n": "Cn", "k_{m,n}": "Kmn",
          "k_{n,n}": "Knn"}
_PROPERTY = {"an euler trail": "euler_trail", "an euler circuit": "euler_circuit",
             "a hamilton path": "hamilton_path", "a hamilton cycle": "hamilton_cycle",
             "a matching": "matching", "bipartite": "bipartite", "planar": "planar"}
_NAMED_GRAPH = rf"\$({'|'.join(map(re.escape, _SIZED))})\$"
_SIZES = r"(?:values of )?(m and n|n|\$n ?(?:\\geq|\\ge) ?(\d+)\$)"
_WHICH = re.compile(rf"for which {_SIZES} (?:does|is) (?:the (?:complete )?graph |(?=\$))"
                    rf"(?:{_NAMED_GRAPH} |(?<=graph ))(?:contain |have )?"
                    rf"({'|'.join(_PROPERTY)})\?")
_EDGES_OF = re.compile(rf"how many edges does the graph {_NAMED_GRAPH} have\?")
_MORE = re.compile(rf"({'|'.join(_PROPERTY)})\?")


def _which_sizes(own: str) -> Task | None:
    """For which sizes a graph named by its sizes' letters has each property asked; its edges.
    The letters the item names must be the graph's own, and a bound on them at least its
    family's least size (the check searches from there)."""
    sentences = re.split(r"(?<=[?.]) ", own)
    if sentences[-1] == "explain.":
        sentences.pop()
    graph, asks, least = None, [], None
    for sentence in sentences:
        if (found := _EDGES_OF.fullmatch(sentence)) and graph is None:
            graph = _SIZED[found[1]]
            asks.append("edges")
        elif found := _WHICH.fullmatch(sentence):
            named = _SIZED[found[3]] if found[3] else graph
            if named is None or (graph and named != graph):
                return None  # "the graph" before any graph is named, or a second graph
            letters = "m and n" if named == "Kmn" else "n"
            if found[1] != letters and not (found[2] and letters == "n"):
                return None
            graph, least = named, int(found[2]) if found[2] else least
            asks.append(_PROPERTY[found[4]])
        elif (found := _MORE.fullmatch(sentence)) and asks and asks[-1] != "edges":
            asks.append(_PROPERTY[found[1]])
        else:
            return None
    if graph is None or len(set(asks)) != len(asks) or ("matching" in asks and graph in (
            "Kmn", "Knn")):
        return None  # a bipartite graph's matching may mean one side's (Hall)
    return "graphs.which_sizes", {"graph": graph, "asks": asks,
                                  **({"least": least} if least is not None else {})}


# Exercise 2.1.5.9's parts: "Two different graphs with $8$ vertices all of degree $2$." under
# "try to give two different unlabeled graphs with the given properties, or explain why doing
# so is impossible": are there two non-isomorphic graphs with those degrees?
_TWO = re.compile(rf"two different graphs with {N} vertices all of degree {N}\.")
_TRY_TWO = ("try to give two different unlabeled graphs with the given properties, or explain "
            "why doing so is impossible")


_TWO_TREES = ("two different trees with the same number of vertices and the same number of edges. "
              "a tree is a connected graph with no cycles.")


def _two_graphs(own: str, context: str) -> Task | None:
    """Whether two different graphs have the degrees the part describes; for which numbers of
    vertices there are two different trees."""
    found = _TWO.fullmatch(own)
    if _TRY_TWO not in plain(context):
        return None
    if own == _TWO_TREES:
        return "graphs.which_sizes", {"graph": "any", "asks": ["two_trees"]}
    if found is None:
        return None
    vertices, degree = number(found[1]), number(found[2])
    return "graphs.degree_sequence", {"degrees": [str(degree)] * vertices, "asks": ["two_graphs"]}


# Exercise 2.8.7: "Suppose $G$ is a graph with $n$ vertices, each having degree $5$." and its
# parts, each one question about the sizes n.
_EVERY_DEGREE = re.compile(rf"suppose g is a graph with n vertices, each having degree {N}\. \(a\) ")
_EVERY_DEGREE_PARTS = {"for which values of n does this make sense?": "exists",
                  "for which values of n does the graph have an euler trail?": "euler_trail",
                  "what is the smallest value of n for which the graph might be planar? (tricky)":
                      "smallest_planar"}


def _regular_part(own: str, context: str) -> Task | None:
    """A part's question about the n-vertex graph its exercise gives every vertex's degree."""
    setup = _EVERY_DEGREE.match(plain(context))
    if setup is None or own not in _EVERY_DEGREE_PARTS:
        return None
    return "graphs.which_sizes", {"graph": "regular", "degree": number(setup[1]),
                                  "asks": [_EVERY_DEGREE_PARTS[own]]}


# Exercise 2.1.5.13: "Consider graphs with $n$ vertices. Remember, graphs do not need to be
# connected." and parts asking the edges that force degrees two or more (the whole exercise too).
_ANY_GRAPH = "consider graphs with n vertices. remember, graphs do not need to be connected. "
_FORCING = {("how many edges must the graph have to guarantee at least one vertex has degree two "
             "or more? prove your answer."): "degree_two_some",
            ("how many edges must the graph have to guarantee all vertices have degree two or "
             "more? prove your answer."): "degree_two_all"}


# Exercise 2.4.6.11(a), a part whose question is whole in itself.
_HAMILTON_LEAVES = ("suppose a graph has a hamilton path. what is the maximum number of vertices of "
                    "degree one the graph can have? explain why your answer is correct.")


# Exercise 1.4.8.21: which n x n boards less a corner dominoes cover (perfect matchings of the
# squares' grid graph).
_BOARD = ("suppose you have an $n\\times n$ chessboard, but your dog has eaten one of the corner "
          "squares. you have dominoes that each cover exactly two squares of the board. can you "
          "cover the remaining squares on the board with non-overlapping dominoes? what needs to "
          "be true about n? give necessary and sufficient conditions (that is, say exactly which "
          "values of n work and which do not work). prove your answers.")


# Exercise 2.7.6(c): the converse of "a graph with a matching has an even number of vertices",
# spelled out.
_EVEN_MATCHED = ("is the converse true? that is, do all graphs with $|v|$ even have a matching?")


# Exercise 2.2.7.7(b), in the family's letters.
_FOREST = ("suppose f is a forest consisting of m trees and v vertices. how many edges does f have? "
           "explain.")


def _forcing(own: str, context: str | None) -> Task | None:
    """The fewest edges on n vertices that force the degrees a part (or each part) asks; the
    most vertices of degree one a graph with a Hamilton path can have; a forest's edges; the
    boards less a corner that dominoes cover; whether every graph of even order has a
    matching."""
    if own == _HAMILTON_LEAVES:
        return "graphs.which_sizes", {"graph": "any", "asks": ["hamilton_path_leaves"]}
    if own == _FOREST:
        return "graphs.which_sizes", {"graph": "forest", "asks": ["edges"]}
    if own == _BOARD:
        return "graphs.which_sizes", {"graph": "board", "asks": ["matching"]}
    if own == _EVEN_MATCHED:
        return "graphs.which_sizes", {"graph": "any", "asks": ["even_all_matched"]}
    if context:
        asked = [own] if plain(context).startswith(_ANY_GRAPH) else []
    elif own.startswith(_ANY_GRAPH + "(a) "):
        asked = re.split(r" \([b-h]\) ", own[len(_ANY_GRAPH) + 4:])
    else:
        return None
    if not asked or any(a not in _FORCING for a in asked):
        return None
    return "graphs.which_sizes", {"graph": "any", "asks": [_FORCING[a] for a in asked]}


# Exercise 2.2.1.1: "Take out a piece of paper and draw $8$ vertices in a circle." and parts that
# add the fewest edges to connect them, or the most without a cycle, each followed by a part
# asking whether the graph found is a tree.
_CIRCLE = re.compile(rf"take out a piece of paper and draw {N} vertices in a circle\. ")
_CIRCLE_PARTS = {
    ("first, add the fewest number of edges possible so that the resulting graph is connected. "
     "that is, there must be a path between any pair of vertices (a path can use more than one "
     "edge, of course). how many edges are in the graph you drew?"): "connected_fewest_edges",
    ("now start over with an empty graph again. this time, add the largest number of edges "
     "possible so that the resulting graph contains no cycles. how many edges are in the graph "
     "you drew?"): "acyclic_most_edges"}
_FOUND_TREE = "was the resulting graph you found a tree?"
_TREE_AFTER = {"connected_fewest_edges": "connected_fewest_tree",
               "acyclic_most_edges": "acyclic_most_tree"}


def _circle_part(own: str, context: str) -> Task | None:
    """The fewest edges to connect, or the most without a cycle, the exercise's vertices; or
    whether the graph the part just before found is a tree (the context holds the parts before
    this one: the last is the graph found)."""
    setup = _CIRCLE.match(plain(context))
    if setup is None:
        return None
    if own in _CIRCLE_PARTS:
        return "graphs.graph_counts", {"kind": _CIRCLE_PARTS[own], "v": str(number(setup[1]))}
    before = plain(context)[setup.end():].rpartition(" " + _FOUND_TREE)[0]
    found = re.split(r"(?:^| )\([a-h]\) ", re.sub(r" \([a-h]\)$", "", before))[-1]
    if own != _FOUND_TREE or found not in _CIRCLE_PARTS:
        return None
    return "graphs.graph_counts", {"kind": _TREE_AFTER[_CIRCLE_PARTS[found]],
                                   "v": str(number(setup[1]))}


# Exercise 2.3.1.1: (a) draws a connected planar graph with 5 vertices and 5 edges, and each later
# part adds to it and asks the three counts: an edge between two vertices not yet adjacent (one
# more edge), or an edge to a new vertex (one more of each).
_DRAWN = re.compile(rf"(?:vertices, edges, and faces\. )?\(a\) draw a connected planar graph with "
                    rf"({N}) vertices and ({N}) edges\. how many faces \(including the \"outside\" "
                    r"face\) does your graph have\? ")
_STILL = (r"assuming the resulting graph is still planar, list the number of vertices, edges, and "
          r"faces it now has\.")
_ADDING = [(re.compile(r"now add a single edge to your graph, between two vertices that are not "
                       r"already adjacent\. " + _STILL), (0, 1)),
           (re.compile(r"now add another edge to the graph, this time to a new vertex\. " + _STILL),
            (1, 1))]


def _added_to_drawing(own: str, context: str) -> Task | None:
    """The vertices, edges and faces once the part and the parts before it have added to the
    drawing of part (a); every later part up to this one must be one such addition."""
    drawn = _DRAWN.match(plain(context))
    if drawn is None or not any(pattern.fullmatch(own) for pattern, _ in _ADDING):
        return None
    v, e = number(drawn[1]), number(drawn[2])
    for part in re.split(r" \([b-h]\)(?: |$)", " " + plain(context)[drawn.end():])[1:]:
        step = next((more for pattern, more in _ADDING if pattern.fullmatch(part)), None)
        if step is None or (step == (0, 1) and e + 1 > v * (v - 1) // 2):
            return None  # something else done to the drawing, or no two vertices left to join
        v, e = v + step[0], e + step[1]
        if part == own:
            return "graphs.graph_counts", {"kind": "planar_counts", "v": str(v), "e": str(e)}
    return None


# Exercise 2.5.6.5: a cube's corners and edges are the graph Q_3.
_CUBE_COLOURS = ("what is the smallest number of colors that can be used to color the vertices of "
                 "a cube so that no two adjacent vertices are colored identically?")


# Exercises 2.8.14-15: "What is the smallest number of colors you need to properly color the
# vertices of $K_{7}$. Can you say whether $K_7$ is planar based on your answer?" (the four
# colour theorem's contrapositive, or nothing); both sentences name one graph.
_COMPLETE = r"\$k_\{?(\d+)(?:,(\d+))?\}?\$"
_COLOURS_PLANAR = re.compile(rf"what is the smallest number of colors you need to properly color "
                             rf"the vertices of {_COMPLETE}[.?] can you say whether {_COMPLETE} is "
                             r"planar based on your answer\?")


def _colours_planar(own: str) -> Task | None:
    """K_n's or K_{m,n}'s chromatic number and whether it says if the graph is planar."""
    found = _COLOURS_PLANAR.fullmatch(own)
    if found is None or found.groups()[:2] != found.groups()[2:]:
        return None
    sizes = [int(g) for g in found.groups()[:2] if g]
    return "graphs.graph_property", {"graphs": [{"name": "K", "sizes": sizes}],
                                     "asks": ["chromatic", "colours_settle_planarity"]}


def read(text: str, context: str | None) -> Task | None:
    """The word reader for :data:`formalize.tasks.WORD_READERS` (whole items; a part only when
    its own question is whole)."""
    own = plain(text)
    if found := _largest(own) or _which_sizes(own) or _colours_planar(own) or _forcing(own,
                                                                                        context):
        return found
    if own == _CUBE_COLOURS:
        return "graphs.graph_property", {"graphs": [{"name": "Q", "sizes": [3]}],
                                         "asks": ["chromatic"]}
    if context and own == "how many vertices, edges, and faces does a cube have?" and (
            cube := _CUBE.match(plain(context))):
        squares = number(cube[1])
        return "graphs.polyhedron", {"polyhedra": [{"4": squares}],
                                     "asks": ["vertices", "edges", "faces"]}
    if found := _counted(own, _WHOLE_PARTS) or _polyhedron(own) or _conflicts(own) or \
            _MENTIONS.fullmatch(own) and _degree_questions(own):
        return found
    if context and (found := _added_faces(own, context) or _two_graphs(own, context)
                    or _regular_part(own, context) or _circle_part(own, context)
                    or _added_to_drawing(own, context) or _cabin(own, context)):
        return found
    if context:
        return None
    if found := re.fullmatch(_REGULAR, own):
        return _regular(found)
    return (_degree_questions(own) or _most_edges(own) or _tree_counts(own)
            or _counted(own, _PHRASINGS))


# Families whose parameters formalize.variants re-draws through this module.
REDRAW = {"graphs.largest_subgraph": vary_subgraph, "graphs.polyhedron": vary_polyhedron,
          "graphs.which_sizes": vary_sizes}
