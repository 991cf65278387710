"""A posed family for questions about graphs a book gives outright: by their vertices and edges
("$V = \\{a,b,c\\}$, $E = \\{\\{a,b\\},\\{b,c\\}\\}$") or by name ($K_5$, $K_{2,7}$, $C_7$, $P_7$).

Is it a tree, connected, bipartite, planar; does it have an Euler trail or circuit; its
chromatic number and index, its edges, its degrees and degree sequence; whether its chromatic
number alone settles its planarity (five colours or more: not planar, by the four colour
theorem; one colour: no edges; two to four: planar and non-planar graphs alike need that many);
are two graphs equal or isomorphic. NetworkX answers. The check never asks NetworkX the same question: it asks for a
certificate and checks that instead (an Euler trail walked edge by edge, a two-colouring or an
odd closed walk, a proper colouring and a clique or odd cycle that forces its colours, a proper
edge colouring and a degree or maximum matching that forces its colours, a planar embedding's
faces or a Kuratowski subgraph, an explicit isomorphism or none among all bijections). The
``solve()`` program answers a third way, by plain search (planarity: a straight-line drawing
checked for crossings, or more edges than Euler's formula allows).

Also here: what a degree sequence alone decides (``graphs.degree_sequence`` with ``asks``), checked
against every graph with those degrees.

Books differ on $P_n$ (the path with n vertices, or with n edges); a question about $P_n$ is
posed only when both readings give the same answer.
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Iterator
from typing import Any

import networkx as nx
import sympy as sp
from networkx.algorithms.planar_drawing import combinatorial_embedding_to_pos

from exercises.family import Check, Problem, family

# What may be asked of one graph, and of a pair of graphs.
ONE = ("tree", "connected", "bipartite", "euler_trail", "euler_circuit", "chromatic",
       "chromatic_index", "edges", "degrees", "degree_sequence", "planar", "complete", "cycle",
       "path", "wheel", "colours_settle_planarity", "neighbourhood_sizes")
PAIR = ("equal", "isomorphic")
QUESTIONS = {
    "tree": "is it a tree", "connected": "is it connected", "bipartite": "is it bipartite",
    "euler_trail": "does it have an Euler trail", "euler_circuit": "does it have an Euler circuit",
    "chromatic": "what is its chromatic number",
    "chromatic_index": "what is its chromatic index", "edges": "how many edges does it have",
    "degrees": "what is the degree of each vertex",
    "degree_sequence": "what is its degree sequence (non-increasing)",
    "planar": "is it planar", "complete": "is it complete", "cycle": "is it a cycle",
    "path": "is it a path", "wheel": "is it a wheel",
    "colours_settle_planarity": "does its chromatic number alone say whether it is planar",
    "neighbourhood_sizes": ("what are the largest and smallest |N(v)|, and the largest and "
                            "smallest |N[v]|"),
    "equal": "are the two graphs equal",
    "isomorphic": "are the two graphs isomorphic"}
NAMED = {"K": "complete", "C": "cycle", "P": "path", "Q": "cube"}
# A vertex's neighbourhood N(v) ("open:v", its neighbours) or N[v] ("closed:v", v with them).
NEIGHBOURHOOD = re.compile(r"(open|closed):(\w+)")


def _question(ask: str) -> str:
    if found := NEIGHBOURHOOD.fullmatch(ask):
        return f"N({found[2]})" if found[1] == "open" else f"N[{found[2]}]"
    return QUESTIONS[ask]


def _rule(ask: str) -> str:
    if NEIGHBOURHOOD.fullmatch(ask):
        return "N(v): the vertices adjacent to v; N[v]: those and v itself."
    return _RULES[ask]
BRUTE_FORCE = 9  # vertices up to which a check may try every bijection or every 2-colouring


def build(spec: dict[str, Any], path_edges: bool = True) -> nx.Graph:
    """The graph a spec names: ``{"name": "K", "sizes": [5, 7]}`` or ``{"vertices": [...],
    "edges": [[u, v], ...]}``. ``path_edges``: $P_n$ has n edges (else n vertices)."""
    if "name" not in spec:
        graph = nx.Graph()
        graph.add_nodes_from(spec["vertices"])
        graph.add_edges_from(map(tuple, spec["edges"]))
        return graph
    name, sizes = spec["name"], spec["sizes"]
    if name == "K":
        return nx.complete_graph(sizes[0]) if len(sizes) == 1 else \
            nx.complete_bipartite_graph(*sizes)
    if name == "C":
        return nx.cycle_graph(sizes[0])
    if name == "Q":  # the d-cube: the d-bit strings, joined when they differ in one bit
        return nx.convert_node_labels_to_integers(nx.hypercube_graph(sizes[0]), ordering="sorted")
    return nx.path_graph(sizes[0] + 1 if path_edges else sizes[0])


def _colours(graph: nx.Graph) -> int:
    """The chromatic number, by trying k = 1, 2, ... colours with backtracking."""
    order = sorted(graph, key=graph.degree, reverse=True)
    for k in itertools.count(1):
        colour: dict[Any, int] = {}

        def place(i: int, k: int = k, colour: dict[Any, int] = colour) -> bool:
            if i == len(order):
                return True
            for c in range(k):
                if all(colour.get(n) != c for n in graph[order[i]]):
                    colour[order[i]] = c
                    if place(i + 1):
                        return True
                    del colour[order[i]]
            return False

        if not order or place(0):
            return k if order else 0
    raise AssertionError("unreachable")


def edge_colouring(graph: nx.Graph, budget: int = 20_000) -> dict[tuple[Any, Any], int]:
    """A proper edge colouring with the fewest colours: k from the lower bound (the largest
    degree; the edges over the floor(v/2) one colour can hold) up, each edge in turn the one
    with the most colours already around it. ValueError past ``budget`` steps."""
    edges = [tuple(e) for e in graph.edges]
    if not edges:
        return {}
    least = max(max(d for _, d in graph.degree), -(-len(edges) // (len(graph) // 2)))
    steps = 0

    def around(edge: tuple[Any, Any], colour: dict[tuple[Any, Any], int]) -> set[int]:
        return {c for other, c in colour.items() if set(other) & set(edge)}

    def place(k: int, colour: dict[tuple[Any, Any], int]) -> bool:
        nonlocal steps
        left = [e for e in edges if e not in colour]
        if not left:
            return True
        steps += 1
        if steps > budget:
            raise ValueError("edge colouring search too long")
        edge = max(left, key=lambda e: len(around(e, colour)))
        for c in sorted(set(range(k)) - around(edge, colour)):
            colour[edge] = c
            if place(k, colour):
                return True
            del colour[edge]
        return False

    for k in itertools.count(least):
        colour: dict[tuple[Any, Any], int] = {}
        if place(k, colour):
            return colour
    raise AssertionError("unreachable")


# The kinds of graph asked by name, each as networkx builds it on n vertices, and its least n.
SHAPES = {"complete": (nx.complete_graph, 1), "cycle": (nx.cycle_graph, 3),
          "path": (nx.path_graph, 1), "wheel": (nx.wheel_graph, 4)}


def _shaped(graph: nx.Graph, kind: str) -> bool:
    """Is the graph complete, a cycle, a path or a wheel, by its degrees and connections."""
    v, degrees = len(graph), sorted(d for _, d in graph.degree)
    if kind == "complete":
        return v >= 1 and degrees == [v - 1] * v
    if v == 0 or not nx.is_connected(graph):
        return False
    if kind == "cycle":
        return v >= 3 and degrees == [2] * v
    if kind == "path":
        return graph.number_of_edges() == v - 1 and degrees[-1] <= 2
    hubs = [h for h in graph if graph.degree(h) == v - 1]  # a wheel: a hub and a cycle around
    return v >= 4 and any(_shaped(graph.subgraph(set(graph) - {h}), "cycle") for h in hubs)


def _answer_one(graph: nx.Graph, ask: str) -> sp.Basic:
    if ask == "tree":
        return sp.sympify(nx.is_tree(graph))
    if ask == "connected":
        return sp.sympify(nx.is_connected(graph))
    if ask == "bipartite":
        return sp.sympify(nx.is_bipartite(graph))
    if ask == "euler_trail":  # an Euler circuit is an Euler trail too
        return sp.sympify(nx.has_eulerian_path(graph))
    if ask == "euler_circuit":
        return sp.sympify(nx.is_eulerian(graph))
    if ask == "chromatic":
        return sp.Integer(_colours(graph))
    if ask == "colours_settle_planarity":
        return sp.sympify(not 1 < _colours(graph) < 5)
    if ask == "neighbourhood_sizes":  # |N(v)| is v's degree, |N[v]| one more
        degrees = [d for _, d in graph.degree]
        return sp.Tuple(max(degrees), min(degrees), max(degrees) + 1, min(degrees) + 1)
    if ask == "chromatic_index":
        return sp.Integer(len(set(edge_colouring(graph).values())))
    if ask == "edges":
        return sp.Integer(graph.number_of_edges())
    if ask == "planar":
        return sp.sympify(nx.check_planarity(graph)[0])
    if ask in SHAPES:
        return sp.sympify(_shaped(graph, ask))
    if found := NEIGHBOURHOOD.fullmatch(ask):
        vertex = found[2]
        return sp.FiniteSet(*map(sp.Symbol, map(str, set(graph[vertex]) | (
            {vertex} if found[1] == "closed" else set()))))
    if ask == "degree_sequence":
        return sp.Tuple(*sorted((sp.Integer(d) for _, d in graph.degree), reverse=True))
    return sp.Tuple(*(sp.Integer(graph.degree(v)) for v in graph))


def _answer_pair(first: nx.Graph, second: nx.Graph, ask: str) -> sp.Basic:
    if ask == "equal":
        same = set(first) == set(second) and {frozenset(e) for e in first.edges} == {
            frozenset(e) for e in second.edges}
        return sp.sympify(same)
    return sp.sympify(nx.is_isomorphic(first, second))


def answers(params: dict[str, Any], path_edges: bool = True) -> list[sp.Basic]:
    """Each graph's answers to each question in turn (a pair question: one answer)."""
    graphs = [build(spec, path_edges) for spec in params["graphs"]]
    if params["asks"][0] in PAIR:
        return [_answer_pair(*graphs, ask) for ask in params["asks"]]
    return [_answer_one(g, ask) for g in graphs for ask in params["asks"]]


def _shown(spec: dict[str, Any]) -> str:
    if "name" in spec:
        return f"${spec['name']}_{{{','.join(map(str, spec['sizes']))}}}$"
    vertices = ",".join(map(str, spec["vertices"]))
    edges = ",".join(f"\\{{{u},{v}\\}}" for u, v in spec["edges"])
    return f"$G = (V, E)$ with $V = \\{{{vertices}\\}}$ and $E = \\{{{edges}\\}}$"


def _said(value: sp.Basic) -> str:
    return "yes" if value is sp.true else "no" if value is sp.false else sp.sstr(value)


def _pose(params: dict[str, Any]) -> Problem:
    """``params``: ``graphs`` (specs, see :func:`build`) and ``asks`` (from :data:`ONE`, or
    from :data:`PAIR` for two graphs)."""
    asks, specs = params["asks"], params["graphs"]
    pair = len(specs) == 2 and all(a in PAIR for a in asks)
    if not specs or not asks or not (pair or all(a in ONE or NEIGHBOURHOOD.fullmatch(a)
                                                  for a in asks)):
        raise ValueError("questions do not fit the graphs")
    if pair and max(len(build(s)) for s in specs) > BRUTE_FORCE:
        raise ValueError("too many vertices to try every bijection")
    found = answers(params)
    if "planar" in asks and any(not _beyond_euler(build(s)) for s in specs
                                if not nx.check_planarity(build(s))[0]):
        raise ValueError("not planar, but not by Euler's edge bound: no short reason")
    if any(s.get("name") == "P" for s in specs) and found != answers(params, path_edges=False):
        raise ValueError("the answer depends on whether P_n has n vertices or n edges")
    answer = found[0] if len(found) == 1 else sp.Tuple(*found)
    graphs = "; ".join(_shown(s) for s in specs)
    questions = "; ".join(_question(a) for a in asks)
    noun = "graphs" if len(specs) > 1 else "graph"
    statement = f"For the {noun} {graphs}: {questions}?"
    per_graph = len(asks) if asks[0] not in PAIR else len(found)
    steps = []
    for at, (spec, graph) in enumerate(zip(specs, (build(s) for s in specs), strict=True)):
        degrees = sorted((d for _, d in graph.degree), reverse=True)
        steps.append(f"{_shown(spec)} has {graph.number_of_nodes()} vertices, "
                     f"{graph.number_of_edges()} edges and degrees {degrees}.")
        if asks[0] not in PAIR:
            steps.append("; ".join(f"{_question(a)}: {_said(v)}" for a, v in zip(
                asks, found[at * per_graph:(at + 1) * per_graph], strict=True)) + ".")
    if asks[0] in PAIR:
        steps.append("; ".join(f"{_question(a)}: {_said(v)}" for a, v in zip(asks, found,
                                                                          strict=True)) + ".")
        first, second = (build(s) for s in specs)
        if "isomorphic" in asks and nx.is_isomorphic(first, second):
            mapping = next(nx.isomorphism.GraphMatcher(first, second).isomorphisms_iter())
            steps.append("One isomorphism: " + ", ".join(f"{a} -> {b}" for a, b in mapping.items())
                         + ".")
    return Problem(
        statement=statement.replace("$", ""),
        statement_latex=statement,
        answer=answer,
        steps=list(dict.fromkeys(_rule(a) for a in asks)) + steps,
        code=_PROGRAM + (f"\n\ndef solve():\n    return answer({params!r}, "
                         f"{_drawings(specs) if 'planar' in asks else []!r})\n"),
        params=params,
    )


_RULES = {
    "tree": "A tree is connected and has one edge fewer than vertices.",
    "connected": "Connected: a path joins every two vertices.",
    "bipartite": "Bipartite: the vertices split into two sets with no edge inside either; "
                 "exactly when there is no odd cycle.",
    "euler_trail": "An Euler trail exists when the edges are connected and 0 or 2 vertices "
                   "have odd degree.",
    "euler_circuit": "An Euler circuit exists when the edges are connected and every degree "
                     "is even.",
    "chromatic": "The chromatic number: the fewest colours with adjacent vertices different.",
    "chromatic_index": ("The chromatic index: the fewest colours with edges that share a vertex "
                        "different; at least the largest degree, and at least the edges over "
                        "the most edges one colour can hold, half the vertices."),
    "edges": "Count the edges (half the sum of the degrees).",
    "degrees": "A vertex's degree: the edges that meet it.",
    "degree_sequence": "The degree sequence: every vertex's degree, largest first.",
    "planar": ("Planar: it can be drawn without edges crossing; not planar exactly when it "
               "holds a subdivision of $K_5$ or $K_{3,3}$."),
    "neighbourhood_sizes": ("N(v) holds v's neighbours, as many as its degree; N[v] holds v "
                            "too, one more."),
    "colours_settle_planarity": ("Every planar graph can be coloured with 4 colours (the four "
                                 "colour theorem), so 5 or more colours say it is not planar; "
                                 "1 colour means no edges, planar; 2 to 4 colours say nothing: "
                                 "$K_k$ ($k \\le 4$) is planar and $K_k$ beside $K_{3,3}$ is "
                                 "not, with the same chromatic number."),
    "complete": "Complete: every two vertices adjacent, v(v - 1)/2 edges.",
    "cycle": "A cycle: connected, every vertex of degree 2 (three vertices at least).",
    "path": "A path: connected, v - 1 edges, no vertex of degree more than 2.",
    "wheel": ("A wheel: one vertex (the hub) adjacent to all others, which form a cycle "
              "without it."),
    "equal": "Equal graphs have the same vertex set and the same edge set.",
    "isomorphic": "Isomorphic: some bijection of the vertices carries edges to edges exactly.",
}

# A straight-line drawing checked in a solve() program: no two edges without a common end meet.
_CROSSING_FREE = '''

def crossing_free(segments):
    def side(p, q, r):
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

    def on(p, q, r):
        return min(p[0], q[0]) <= r[0] <= max(p[0], q[0]) and \\
            min(p[1], q[1]) <= r[1] <= max(p[1], q[1])

    for i, (p, q) in enumerate(segments):
        for r, u in segments[i + 1:]:
            if {p, q} & {r, u}:
                continue
            s = [side(p, q, r), side(p, q, u), side(r, u, p), side(r, u, q)]
            if s[0] * s[1] < 0 and s[2] * s[3] < 0:
                return False
            if any(x == 0 and on(*seg, pt) for x, seg, pt in
                   zip(s, ((p, q), (p, q), (r, u), (r, u)), (r, u, p, q))):
                return False
    return True
'''

# The solve() program: plain search over the graph, no library.
_PROGRAM = '''import itertools
import sympy
''' + _CROSSING_FREE + '''


def build(spec, path_edges=True):
    if "name" not in spec:
        return list(spec["vertices"]), [tuple(e) for e in spec["edges"]]
    name, sizes = spec["name"], spec["sizes"]
    if name == "K" and len(sizes) == 2:
        m, n = sizes
        return list(range(m + n)), [(i, m + j) for i in range(m) for j in range(n)]
    if name == "K":
        return list(range(sizes[0])), list(itertools.combinations(range(sizes[0]), 2))
    if name == "Q":
        corners = list(range(2 ** sizes[0]))
        return corners, [(a, b) for a, b in itertools.combinations(corners, 2)
                         if bin(a ^ b).count("1") == 1]
    n = sizes[0] + 1 if name == "P" and path_edges else sizes[0]
    edges = [(i, i + 1) for i in range(n - 1)] + ([(n - 1, 0)] if name == "C" else [])
    return list(range(n)), edges


def reach(vertices, edges, start):
    seen, todo = {start}, [start]
    while todo:
        v = todo.pop()
        for a, b in edges:
            for here, there in ((a, b), (b, a)):
                if here == v and there not in seen:
                    seen.add(there)
                    todo.append(there)
    return seen


def degree(edges, v):
    return sum((a == v) + (b == v) for a, b in edges)


def euler(vertices, edges, circuit):
    used = [v for v in vertices if degree(edges, v)]
    if used and reach(vertices, edges, used[0]) < set(used):
        return False
    odd = sum(degree(edges, v) % 2 for v in vertices)
    return odd == 0 if circuit else odd in (0, 2)


def colourable(vertices, edges, k):
    colour = {}

    def place(i):
        if i == len(vertices):
            return True
        for c in range(k):
            if all(colour.get(b if a == vertices[i] else a) != c
                   for a, b in edges if vertices[i] in (a, b)):
                colour[vertices[i]] = c
                if place(i + 1):
                    return True
                del colour[vertices[i]]
        return False

    return place(0)


def edge_colours(vertices, edges):
    if not edges:
        return 0
    k = max(max(degree(edges, v) for v in vertices), -(-len(edges) // (len(vertices) // 2)))
    while True:
        colour = {}

        def around(e):
            return {c for f, c in colour.items() if set(f) & set(e)}

        def place():
            left = [e for e in edges if e not in colour]
            if not left:
                return True
            e = max(left, key=lambda e: len(around(e)))
            for c in range(k):
                if c not in around(e):
                    colour[e] = c
                    if place():
                        return True
                    del colour[e]
            return False

        if place():
            return k
        k += 1


def one(vertices, edges, ask):
    connected = not vertices or reach(vertices, edges, vertices[0]) == set(vertices)
    if ask == "tree":
        return connected and len(edges) == len(vertices) - 1
    if ask == "connected":
        return connected
    if ask == "bipartite":
        return colourable(vertices, edges, 2)
    if ask in ("euler_trail", "euler_circuit"):
        return euler(vertices, edges, ask == "euler_circuit")
    if ask in ("chromatic", "colours_settle_planarity"):
        k = next(k for k in range(len(vertices) + 1) if colourable(vertices, edges, k))
        return k if ask == "chromatic" else not 1 < k < 5
    if ask == "neighbourhood_sizes":
        sizes = [degree(edges, v) for v in vertices]
        return (max(sizes), min(sizes), max(sizes) + 1, min(sizes) + 1)
    if ask == "chromatic_index":
        return edge_colours(vertices, edges)
    if ask == "edges":
        return len(edges)
    if ask == "degree_sequence":
        return tuple(sorted((degree(edges, v) for v in vertices), reverse=True))
    if ask in ("complete", "cycle", "path", "wheel"):
        return shaped(vertices, edges, ask, connected)
    if ask.startswith(("open:", "closed:")):
        kind, vertex = ask.split(":")
        near = {b if a == vertex else a for a, b in edges if vertex in (a, b)}
        return sympy.FiniteSet(*map(sympy.Symbol, near | ({vertex} if kind == "closed" else set())))
    return tuple(degree(edges, v) for v in vertices)


def shaped(vertices, edges, kind, connected):
    v, degrees = len(vertices), sorted(degree(edges, u) for u in vertices)
    if kind == "complete":
        return v >= 1 and degrees == [v - 1] * v
    if kind == "cycle":
        return connected and v >= 3 and degrees == [2] * v
    if kind == "path":
        return connected and v >= 1 and len(edges) == v - 1 and degrees[-1] <= 2
    return v >= 4 and any(
        shaped([u for u in vertices if u != h], [e for e in edges if h not in e], "cycle",
               reach(vertices, [e for e in edges if h not in e], next(u for u in vertices
                                                                  if u != h))
               == set(vertices) - {h})
        for h in vertices if degree(edges, h) == v - 1)


def pair(first, second, ask):
    (v1, e1), (v2, e2) = first, second
    s1, s2 = {frozenset(e) for e in e1}, {frozenset(e) for e in e2}
    if ask == "equal":
        return set(v1) == set(v2) and s1 == s2
    if len(v1) != len(v2) or len(s1) != len(s2):
        return False
    return any({frozenset(map(dict(zip(v1, p)).get, e)) for e in s1} == s2
               for p in itertools.permutations(v2))


def planar(vertices, edges, drawing):
    if drawing:
        at = dict(drawing)
        return crossing_free([(at[a], at[b]) for a, b in edges])
    bound = 2 * len(vertices) - 4 if colourable(vertices, edges, 2) else 3 * len(vertices) - 6
    if len(vertices) >= 3 and len(edges) > bound:
        return False  # more edges than Euler's formula lets a planar graph have
    raise ValueError("no drawing and no edge bound")


def answer(params, drawings=()):
    graphs = [build(spec) for spec in params["graphs"]]
    if params["asks"][0] in ("equal", "isomorphic"):
        found = [pair(*graphs, ask) for ask in params["asks"]]
    else:
        found = [planar(*g, drawings[at]) if ask == "planar" else one(*g, ask)
                 for at, g in enumerate(graphs) for ask in params["asks"]]
    found = [sympy.Tuple(*f) if isinstance(f, tuple) else sympy.sympify(f) for f in found]
    return found[0] if len(found) == 1 else sympy.Tuple(*found)
'''


# ---------------------------------------------------------------- the check: certificates


def _walks_every_edge(graph: nx.Graph, walk: list[tuple[Any, Any]], closed: bool) -> bool:
    """A walk given as its edges uses each edge of the graph exactly once, each edge starting
    where the last ended (and ending where it began, if closed)."""
    joined = all(walk[i][1] == walk[i + 1][0] for i in range(len(walk) - 1))
    used = sorted(tuple(sorted(map(str, e))) for e in walk)
    every = sorted(tuple(sorted(map(str, e))) for e in graph.edges)
    return joined and used == every and (not closed or not walk or walk[0][0] == walk[-1][1])


def _beyond_euler(graph: nx.Graph) -> bool:
    """More edges than a planar graph can have: 3v - 6, or 2v - 4 without odd cycles."""
    v = len(graph)
    return v >= 3 and graph.number_of_edges() > (2 * v - 4 if nx.is_bipartite(graph) else 3 * v - 6)


def _drawings(specs: list[dict[str, Any]]) -> list[list[tuple[Any, tuple[int, int]]]]:
    """For solve(): each planar graph's straight-line drawing (vertex, point), by the vertex
    names its program builds; [] for a graph that is not planar."""
    found = []
    for spec in specs:
        graph = build(spec)
        planar, embedding = nx.check_planarity(graph)
        at = (combinatorial_embedding_to_pos(embedding) if len(graph) > 2 else
              {v: (i, 0) for i, v in enumerate(graph)}) if planar else {}
        found.append(sorted(at.items(), key=str))
    return found


def _embedded(graph: nx.Graph) -> bool:
    """A rotation system (each vertex's neighbours in clockwise order) whose faces, walked
    around, satisfy Euler's formula for each component: a drawing in the plane exists (the
    solve() program draws it with straight edges and checks them for crossings)."""
    planar, embedding = nx.check_planarity(graph)
    if not planar:
        return False
    try:
        embedding.check_structure()
    except nx.NetworkXException:
        return False
    return set(embedding.edges()) == {(a, b) for e in graph.edges for a, b in (e, e[::-1])}


def _kuratowski(graph: nx.Graph) -> bool:
    """A subgraph that, its vertices of degree two smoothed away, is K_5 or K_{3,3}."""
    planar, witness = nx.check_planarity(graph, counterexample=True)
    if planar:
        return False
    core = nx.Graph(witness)
    for v in [v for v in core if core.degree(v) == 2]:
        a, b = core[v]
        core.remove_node(v)
        core.add_edge(a, b)
    return nx.is_isomorphic(core, nx.complete_graph(5)) or nx.is_isomorphic(
        core, nx.complete_bipartite_graph(3, 3))


def _odd_closed_walk(graph: nx.Graph) -> bool:
    """Some edge joins two vertices at the same distance from a root: an odd closed walk."""
    for part in nx.connected_components(graph):
        root = next(iter(part))
        depth = nx.single_source_shortest_path_length(graph, root)
        if any(depth[a] == depth[b] for a, b in graph.subgraph(part).edges):
            return True
    return False


def _certify_one(graph: nx.Graph, ask: str, value: sp.Basic) -> bool:
    if ask in ("tree", "connected"):
        parts = nx.number_connected_components(graph) if graph else 0
        shape = parts == 1 and (ask == "connected" or graph.number_of_edges() == len(graph) - 1)
        return bool(value) == shape
    if ask == "bipartite":
        if value:
            colour = nx.bipartite.color(graph)
            return all(colour[a] != colour[b] for a, b in graph.edges)
        return _odd_closed_walk(graph)
    if ask in ("euler_trail", "euler_circuit"):
        closed = ask == "euler_circuit"
        if value:
            walk = list(nx.eulerian_circuit(graph) if closed else nx.eulerian_path(graph))
            return _walks_every_edge(graph, walk, closed)
        odd = sum(d % 2 for _, d in graph.degree)
        touched = graph.subgraph([v for v in graph if graph.degree(v)])
        split = touched.number_of_nodes() > 0 and not nx.is_connected(touched)
        return split or odd > (0 if closed else 2)
    if ask == "chromatic":  # a proper colouring with that many colours, and a reason for no fewer
        k = int(value)
        colour = nx.greedy_color(graph, strategy="DSATUR")
        proper = all(colour[a] != colour[b] for a, b in graph.edges)
        fits = proper and len(set(colour.values())) <= k
        clique = max((len(c) for c in nx.find_cliques(graph)), default=0)
        forced = clique >= k or (k == 3 and _odd_closed_walk(graph)) or _no_colouring(graph, k - 1)
        return fits and forced
    if ask == "chromatic_index":  # a proper edge colouring, and a reason for no fewer colours
        k, colour = int(value), edge_colouring(graph)
        proper = all(colour[e] != colour[f] for e, f in itertools.combinations(colour, 2)
                     if set(e) & set(f))
        most = len(nx.max_weight_matching(graph, maxcardinality=True))  # edges of one colour
        forced = k == 0 or max(d for _, d in graph.degree) >= k or (k - 1) * most < len(colour)
        return proper and len(set(colour.values())) <= k and forced
    if ask == "edges":
        return int(value) * 2 == sum(d for _, d in graph.degree)
    if ask == "planar":
        return _embedded(graph) if value else _kuratowski(graph)
    if ask == "colours_settle_planarity":
        return _settles(graph, bool(value))
    if ask == "neighbourhood_sizes":  # each vertex's sets built from the edge list and measured
        opened = [{b if a == v else a for a, b in graph.edges if v in (a, b)} for v in graph]
        closed = [near | {v} for near, v in zip(opened, graph, strict=True)]
        return [int(x) for x in value] == [max(map(len, opened)), min(map(len, opened)),
                                           max(map(len, closed)), min(map(len, closed))]
    if found := NEIGHBOURHOOD.fullmatch(ask):  # the edges listed through the vertex
        vertex = found[2]
        ends = {str(b if a == vertex else a) for a, b in graph.edges if vertex in (a, b)}
        return {str(v) for v in value} == ends | ({vertex} if found[1] == "closed" else set())
    if ask in SHAPES:  # the named graph of its size, matched by isomorphism
        return bool(value) == (len(graph) >= SHAPES[ask][1] and nx.is_isomorphic(
            graph, SHAPES[ask][0](len(graph))))
    if ask == "degree_sequence":  # counted edge by edge, then sorted
        counted = sorted((sum(v in e for e in graph.edges) for v in graph), reverse=True)
        return [int(d) for d in value] == counted
    return [int(d) for d in value] == [sum(v in e for e in graph.edges) for v in graph]


def _no_colouring(graph: nx.Graph, k: int, budget: int = 10**6) -> bool:
    """Every assignment of k colours to the vertices tried (when there are at most ``budget``):
    none is proper."""
    vertices = list(graph)
    if k < 1 or k ** len(vertices) > budget:
        return False
    at = {v: i for i, v in enumerate(vertices)}
    edges = [(at[a], at[b]) for a, b in graph.edges]
    return not any(all(colours[a] != colours[b] for a, b in edges)
                   for colours in itertools.product(range(k), repeat=len(vertices)))


def _settles(graph: nx.Graph, value: bool) -> bool:
    """Settled: a clique of five or more (five colours forced; and a Kuratowski subgraph, as
    the four colour theorem says), or no edges (one colour, drawn as points). Not settled: a
    DSATUR colouring with k of 2 to 4 colours that a k-clique or an odd cycle (k = 3) forces,
    and two graphs with k colours, K_k planar and K_k beside K_{3,3} not."""
    if value:
        clique = max((len(c) for c in nx.find_cliques(graph)), default=0)
        return graph.number_of_edges() == 0 or (clique >= 5 and _kuratowski(graph))
    colour = nx.greedy_color(graph, strategy="DSATUR")
    k = len(set(colour.values()))
    clique = max((len(c) for c in nx.find_cliques(graph)), default=0)
    if not 2 <= k <= 4 or not (clique >= k or (k == 3 and _odd_closed_walk(graph))):
        return False
    beside = nx.disjoint_union(nx.complete_graph(k), nx.complete_bipartite_graph(3, 3))
    return (_embedded(nx.complete_graph(k)) and _kuratowski(beside)
            and len(set(nx.greedy_color(beside, strategy="DSATUR").values())) == k)


def _certify_pair(first: nx.Graph, second: nx.Graph, ask: str, value: sp.Basic) -> bool:
    if ask == "equal":
        same = sorted(map(str, first)) == sorted(map(str, second)) and sorted(
            sorted(map(str, e)) for e in first.edges) == sorted(
            sorted(map(str, e)) for e in second.edges)
        return bool(value) == same
    if len(first) > BRUTE_FORCE:
        return False
    edges = {frozenset(e) for e in second.edges}
    exists = len(first) == len(second) and any(
        {frozenset(map(dict(zip(first, p)).get, e)) for e in first.edges} == edges
        for p in itertools.permutations(second))
    return bool(value) == exists


def _verify(problem: Problem) -> list[Check]:
    params = problem.params
    graphs = [build(spec) for spec in params["graphs"]]
    if params["asks"][0] in PAIR:
        asked = [(tuple(graphs), a) for a in params["asks"]]
    else:
        asked = [((g,), a) for g in graphs for a in params["asks"]]
    found = list(problem.answer) if len(asked) > 1 else [problem.answer]
    passed = len(found) == len(asked) and all(
        _certify_pair(*g, a, v) if a in PAIR else _certify_one(*g, a, v)
        for (g, a), v in zip(asked, found, strict=True))
    return [Check("certificates: an Euler walk, a colouring and a clique or odd cycle, an edge "
                  "colouring and a largest degree or maximum matching, "
                  "a bijection among all, degree sums", passed)]


@family("graphs.graph_property", verify=_verify, pose=_pose)
def graph_property(rng: random.Random, difficulty: int) -> Problem:
    """A question about a small random graph or a named one (K_n, K_m,n, C_n)."""
    named = rng.choice([{"name": "K", "sizes": [5]}, {"name": "K", "sizes": [2, 5]},
                        {"name": "C", "sizes": [6]}])
    return _pose(redraw({"graphs": [named], "asks": [rng.choice(ONE)]}, rng, difficulty))


def redraw(params: dict[str, Any], rng: random.Random, difficulty: int = 1) -> dict[str, Any]:
    """The same questions about new graphs of the same kind and about the same size: a named
    graph gets new sizes; a listed graph keeps its vertices and gets as many random edges."""
    def new(spec: dict[str, Any]) -> dict[str, Any]:
        if "name" in spec:
            least = {"K": 1 if len(spec["sizes"]) == 2 else 2, "C": 3, "P": 2, "Q": 1}[
                spec["name"]]
            return {**spec, "sizes": [max(least, s + rng.randint(-2, 1 + difficulty))
                                      for s in spec["sizes"]]}
        pairs = list(itertools.combinations(spec["vertices"], 2))
        edges = rng.sample(pairs, min(len(spec["edges"]), len(pairs)))
        return {**spec, "edges": [list(e) for e in edges]}

    for _ in range(50):
        candidate = {**params, "graphs": [new(s) for s in params["graphs"]]}
        try:
            _pose(candidate)
        except ValueError:
            continue
        return candidate
    raise ValueError("no new graphs fit these questions")



# ---------------------------------------------------------------- could a degree sequence be a tree's


VERDICTS = ("always", "never", "possibly")


def tree_verdict(degrees: list[int]) -> sp.Symbol:
    """Whether every graph, no graph or some graphs with these degrees are trees. A tree on n
    vertices has n - 1 edges and no isolated vertex; past that, a cycle needs three vertices of
    degree two or more, and three of them leave room for one (checked by a certificate)."""
    n = len(degrees)
    if sum(degrees) != 2 * (n - 1) or (n > 1 and min(degrees) < 1):
        return sp.Symbol("never")
    return sp.Symbol("always" if sum(d >= 2 for d in degrees) <= 2 else "possibly")


def _with_cycle(degrees: list[int], rng: random.Random) -> nx.Graph | None:
    """A simple graph with these degrees that has a cycle, found by degree-keeping edge swaps
    from the Havel-Hakimi graph; None if none turned up."""
    try:
        graph = nx.havel_hakimi_graph(degrees)
    except nx.NetworkXError:
        return None
    for _ in range(200):
        if not nx.is_forest(graph):
            return graph
        if graph.number_of_edges() < 2:
            return None
        try:
            nx.double_edge_swap(graph, nswap=1, max_tries=100, seed=rng.randint(0, 10**6))
        except nx.NetworkXAlgorithmError:  # no swap keeps the graph simple: it is the only one
            return None
    return None


def _certify_verdict(degrees: list[int], verdict: sp.Symbol) -> bool:
    """Never: the edge count is not n - 1 (or a vertex is alone). Otherwise a tree with these
    degrees, decoded from the Prüfer code that lists vertex i d_i - 1 times. Possibly: also a
    graph with these degrees and a cycle. Always: two vertices of degree two or more at most,
    too few for any cycle."""
    n, name = len(degrees), str(verdict)
    if name == "never":
        return sum(degrees) != 2 * (n - 1) or min(degrees) < 1
    code = [i for i, d in enumerate(degrees) for _ in range(d - 1)]
    tree = nx.from_prufer_sequence(code) if n > 2 else nx.path_graph(n)
    if sorted(d for _, d in tree.degree) != sorted(degrees) or not nx.is_tree(tree):
        return False
    if name == "always":
        return sum(d >= 2 for d in degrees) <= 2
    return _with_cycle(degrees, random.Random(0)) is not None


def _pose_tree_degrees(params: dict[str, Any]) -> Problem:
    """``params``: ``sequences``, lists of degrees (non-increasing, as the book lists them)."""
    sequences = [[int(d) for d in s] for s in params["sequences"]]
    if not sequences or any(len(s) < 2 for s in sequences):
        raise ValueError("a degree sequence of two vertices or more")
    verdicts = [tree_verdict(s) for s in sequences]
    answer = verdicts[0] if len(verdicts) == 1 else sp.Tuple(*verdicts)
    shown = ", ".join(f"$({','.join(map(str, s))})$" for s in sequences)
    statement = (f"For each degree sequence {shown}, decide whether it must always, must never, "
                 "or could possibly be a degree sequence for a tree.")
    steps = [("A tree on n vertices has n - 1 edges, so its degrees sum to 2(n - 1), each at "
             "least 1. A cycle needs three vertices of degree 2 or more.")]
    steps += [f"$({','.join(map(str, s))})$: {len(s)} vertices, degree sum {sum(s)} "
              f"(a tree needs {2 * (len(s) - 1)}), {sum(d >= 2 for d in s)} of degree 2 or "
              f"more: {v}." for s, v in zip(sequences, verdicts, strict=True)]
    return Problem(
        statement=statement.replace("$", ""),
        statement_latex=statement,
        answer=answer,
        steps=steps,
        code=("import sympy\n\n\ndef verdict(degrees):\n    n = len(degrees)\n"
              "    if sum(degrees) != 2 * (n - 1) or min(degrees) < 1:\n"
              "        return 'never'\n"
              "    return 'always' if sum(d >= 2 for d in degrees) <= 2 else 'possibly'\n\n\n"
              f"def solve():\n    found = [sympy.Symbol(verdict(s)) for s in {sequences!r}]\n"
              "    return found[0] if len(found) == 1 else sympy.Tuple(*found)\n"),
        params=params,
    )


def _verify_tree_degrees(problem: Problem) -> list[Check]:
    sequences = [[int(d) for d in s] for s in problem.params["sequences"]]
    found = list(problem.answer) if len(sequences) > 1 else [problem.answer]
    passed = len(found) == len(sequences) and all(
        _certify_verdict(s, v) for s, v in zip(sequences, found, strict=True))
    return [Check("certificates: the edge count, a tree decoded from a Prüfer code, a graph "
                  "with a cycle found by degree-keeping swaps", passed)]


@family("graphs.tree_degree_sequence", verify=_verify_tree_degrees, pose=_pose_tree_degrees)
def tree_degree_sequence(rng: random.Random, difficulty: int) -> Problem:
    """Must a degree sequence be a tree's, can it never be, or could it be?"""
    return _pose_tree_degrees(redraw_degrees({"sequences": [[3, 2, 2, 1, 1, 1]]}, rng))


def redraw_degrees(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """New sequences of the same lengths, non-increasing, with an even degree sum."""
    def new(length: int) -> list[str]:
        while True:
            degrees = sorted((rng.randint(1, min(4, length - 1)) for _ in range(length)),
                             reverse=True)
            if sum(degrees) % 2 == 0:
                return [str(d) for d in degrees]

    return {**params, "sequences": [new(len(s)) for s in params["sequences"]]}


REDRAW = {"graphs.graph_property": redraw, "graphs.tree_degree_sequence": redraw_degrees}


# ---------------------------------------------------------------- what a degree sequence decides


# What may be asked of a graph known only by its degrees (``graphs.degree_sequence`` ``asks``).
DEGREE_ASKS = {"edges": "how many edges does it have",
               "planar": "could it be planar",
               "faces": "if it is planar, how many faces does it have",
               "euler_trail": "does it have an Euler trail",
               "trail_mentions": ("how many times does the vertex of degree {d} appear in an "
                                  "Euler trail written as its edges"),
               "two_graphs": "are there two different (non-isomorphic) graphs with these degrees"}


def _connected_by_degrees(degrees: list[int]) -> bool:
    """Every graph with these degrees is connected: some vertex is adjacent to all others."""
    return max(degrees) == len(degrees) - 1


def _planar_realisation(degrees: list[int]) -> nx.Graph | None:
    """A planar simple graph with these degrees, searched for by degree-keeping edge swaps from
    the Havel-Hakimi graph; None if none turned up (which proves nothing)."""
    try:
        graph = nx.havel_hakimi_graph(degrees)
    except nx.NetworkXError:
        return None
    rng = random.Random(0)
    for _ in range(300):
        if nx.check_planarity(graph)[0]:
            return graph
        if graph.number_of_edges() < 2:
            return None
        try:
            nx.double_edge_swap(graph, nswap=1, max_tries=100, seed=rng.randint(0, 10**6))
        except nx.NetworkXAlgorithmError:
            return None
    return None


def _invariants(graph: nx.Graph) -> tuple[list[int], int]:
    """Component sizes and triangles: what the solve() program compares of two graphs."""
    return (sorted(len(c) for c in nx.connected_components(graph)),
            sum(nx.triangles(graph).values()) // 3)


def second_graph(degrees: list[int]) -> tuple[nx.Graph, nx.Graph] | None:
    """Two non-isomorphic graphs with these degrees, or None when at most one graph has them:
    none when no graph has them (Erdős–Gallai), one when every vertex is joined to none or all
    of the others (the empty graph, K_n). Otherwise the second is searched for by
    degree-keeping edge swaps from the Havel-Hakimi graph, until its component sizes or
    triangles differ; ValueError if none turned up (which proves nothing)."""
    if sum(degrees) % 2 or not nx.is_graphical(degrees) or set(degrees) <= {0, len(degrees) - 1}:
        return None
    first = nx.havel_hakimi_graph(degrees)
    graph, rng = first.copy(), random.Random(0)
    for _ in range(300):
        try:
            nx.double_edge_swap(graph, nswap=1, max_tries=100, seed=rng.randint(0, 10**6))
        except nx.NetworkXAlgorithmError:
            break
        if _invariants(graph) != _invariants(first):
            return first, graph
    raise ValueError("no second graph with these degrees turned up")


def degree_answers(degrees: list[int], asks: list[str], d: int | None = None) -> list[sp.Basic]:
    """The answers the degrees alone decide: edges by the handshake lemma, faces by Euler's
    formula v - e + f = 2 (every such graph connected), an Euler trail by the number of odd
    degrees, planarity by a planar graph found with these degrees, the times the one vertex of
    degree ``d`` is named in an Euler trail's edges (once by each edge at it: d). ValueError
    when the degrees leave an answer open (a graph that may be disconnected, no planar one
    found)."""
    if asks == ["two_graphs"]:  # asked even of degrees no graph has: then not two either
        return [sp.sympify(second_graph(degrees) is not None)]
    if sum(degrees) % 2 or not nx.is_graphical(degrees):
        raise ValueError("no simple graph has these degrees")
    v, e = len(degrees), sum(degrees) // 2
    odd = sum(d % 2 for d in degrees)
    found: list[sp.Basic] = []
    for ask in asks:
        if ask == "edges":
            found.append(sp.Integer(e))
        elif ask == "planar":
            if _planar_realisation(degrees) is None:
                raise ValueError("no planar graph with these degrees turned up")
            found.append(sp.true)
        elif ask == "faces":
            if not _connected_by_degrees(degrees):
                raise ValueError("a graph with these degrees may be disconnected")
            found.append(sp.Integer(2 - v + e))
        elif ask == "euler_trail":
            if odd <= 2 and not _connected_by_degrees(degrees):
                raise ValueError("whether there is an Euler trail depends on the graph")
            found.append(sp.sympify(odd <= 2))
        elif ask == "trail_mentions":
            if odd > 2 or degrees.count(d) != 1:
                raise ValueError("no Euler trail, or no one vertex of that degree")
            found.append(sp.Integer(d))
        else:
            raise ValueError(f"not a question about degrees: {ask}")
    return found


def _each_realisation(degrees: list[int]) -> Iterator[nx.Graph]:
    """Every simple graph on vertices 0..n-1 with vertex i of degree degrees[i], one at a time:
    each vertex in turn takes the neighbours among later vertices that its remaining degree
    needs."""
    n = len(degrees)

    def extend(i: int, left: list[int], edges: list[tuple[int, int]]) -> Iterator[nx.Graph]:
        if i == n:
            graph = nx.empty_graph(n)
            graph.add_edges_from(edges)
            yield graph
            return
        later = [j for j in range(i + 1, n) if left[j] > 0]
        for chosen in itertools.combinations(later, left[i]):
            rest = left[:]
            for j in chosen:
                rest[j] -= 1
            yield from extend(i + 1, rest, edges + [(i, j) for j in chosen])

    yield from extend(0, list(degrees), [])


def _realisations(degrees: list[int]) -> list[nx.Graph]:
    """Every simple graph with these degrees (:func:`_each_realisation`)."""
    return list(_each_realisation(degrees))


def certify_degree_answers(degrees: list[int], asks: list[str], values: list[sp.Basic],
                           d: int | None = None) -> bool:
    """Check against every graph with these degrees (small ones only): each has that many
    edges; a planar one exists, its faces counted around its embedding; every one has (or
    none has) an Euler trail; in each one's Euler trail, written out as its edges, the vertex
    of degree ``d`` is named that many times."""
    if len(degrees) > 8 or len(values) != len(asks):
        return False
    if asks == ["two_graphs"]:  # the labelled graphs with these degrees, up to isomorphism,
        kinds: list[nx.Graph] = []  # until two kinds turn up (or all are seen)
        for graph in _each_realisation(degrees):
            if not any(nx.is_isomorphic(graph, kind) for kind in kinds):
                kinds.append(graph)
                if len(kinds) == 2:
                    break
        return bool(values[0]) == (len(kinds) >= 2)
    graphs = _realisations(degrees)
    planar = [g for g in graphs if nx.check_planarity(g)[0]]
    for ask, value in zip(asks, values, strict=True):
        if ask == "edges":
            ok = bool(graphs) and all(g.number_of_edges() == int(value) for g in graphs)
        elif ask == "planar":
            ok = bool(planar) == bool(value)
        elif ask == "faces":
            ok = bool(planar) and all(nx.is_connected(g) for g in graphs) and all(
                faces(g) == int(value) for g in planar)
        elif ask == "trail_mentions":
            walked = [list(nx.eulerian_path(g)) for g in graphs if nx.has_eulerian_path(g)]
            ok = bool(walked) and all(
                sum(pair.count(degrees.index(d)) for pair in trail) == int(value)
                for trail in walked)
        else:
            ok = bool(graphs) and all(nx.has_eulerian_path(g) == bool(value) for g in graphs)
        if not ok:
            return False
    return True


def faces(graph: nx.Graph) -> int:
    """The faces of a planar drawing, walked around its embedding: each half-edge lies on
    exactly one face."""
    embedding = nx.check_planarity(graph)[1]
    seen: set[tuple[Any, Any]] = set()
    faces = 0
    for u, w in embedding.edges():
        if (u, w) not in seen:
            embedding.traverse_face(u, w, mark_half_edges=seen)
            faces += 1
    return faces


def pose_degree_questions(params: dict[str, Any]) -> Problem:
    """``params``: ``degrees`` and ``asks`` (keys of :data:`DEGREE_ASKS`), the questions of
    "The graph $G$ has $6$ vertices with degrees $2,2,3,4,4,5$. How many edges does $G$ have?
    Could $G$ be planar? If so, how many faces would it have?" (posed as ``graphs.degree_sequence``)."""
    degrees, asks = [int(d) for d in params["degrees"]], list(params["asks"])
    if not asks or len(asks) != len(set(asks)) or len(degrees) > 8 or (
            "two_graphs" in asks and asks != ["two_graphs"]):
        raise ValueError("questions about a small graph's degrees")
    d = int(params["vertex_degree"]) if "vertex_degree" in params else None
    found = degree_answers(degrees, asks, d)
    answer = found[0] if len(found) == 1 else sp.Tuple(*found)
    v, e, odd = len(degrees), sum(degrees) // 2, sum(d % 2 for d in degrees)
    shown = ",".join(map(str, degrees))
    statement = (f"A graph $G$ has {v} vertices with degrees ${shown}$: "
                 + "; ".join(DEGREE_ASKS[a].format(d=d) for a in asks) + "?")
    steps = [f"The degree sum is {sum(degrees)}, twice the edges: {e} edges."]
    segments: list[tuple[tuple[int, int], tuple[int, int]]] = []
    if "planar" in asks:
        graph = _planar_realisation(degrees)
        drawing = combinatorial_embedding_to_pos(nx.check_planarity(graph)[1])
        segments = [(drawing[a], drawing[b]) for a, b in graph.edges]
        steps.append("A graph with these degrees drawn without crossings: edges "
                     + ", ".join(f"{a}{b}" for a, b in graph.edges) + ".")
    if "faces" in asks:
        steps.append(f"A vertex of degree {v - 1} is adjacent to all others, so $G$ is "
                     f"connected; Euler's formula $v - e + f = 2$ gives $f = 2 - {v} + {e} = "
                     f"{2 - v + e}$.")
    if "euler_trail" in asks:
        steps.append(f"{odd} vertices have odd degree; an Euler trail needs 0 or 2 (and the "
                     "edges connected).")
    pair: list[list[tuple[int, int]]] = []
    if "two_graphs" in asks:
        found_pair = second_graph(degrees)
        pair = [sorted(g.edges) for g in found_pair] if found_pair else []
        steps = [("Two graphs with these degrees whose component sizes or triangles differ: "
                  + "; ".join(", ".join(f"{a}{b}" for a, b in edges) for edges in pair) + ".")
                 if pair else ("No graph has these degrees (an odd degree sum, or more than the "
                               "other vertices can take)." if sum(degrees) % 2 or not
                               nx.is_graphical(degrees) else
                               "Each vertex is joined to all or none of the others: only one "
                               "graph has these degrees.")]
    if "trail_mentions" in asks:
        steps.append(f"The trail uses every edge once, and each of the {d} edges at the vertex "
                     f"names it once: {d} times.")
    return Problem(
        statement=statement.replace("$", ""),
        statement_latex=statement,
        answer=answer,
        steps=steps,
        code=_DEGREE_PROGRAM + (f"\n\ndef solve():\n    return answer({degrees!r}, {asks!r}, "
                                f"{segments!r}, {d!r}, {pair!r})\n"),
        params=params,
    )


# The solve() program: the handshake lemma, Euler's formula, the odd degrees, and a drawing
# whose straight edges it checks pairwise for crossings (:data:`_CROSSING_FREE`).
_DEGREE_PROGRAM = '''import itertools

import sympy
''' + _CROSSING_FREE + '''

def graphical(degrees):
    """Erdős–Gallai: the k largest degrees fit among themselves and the rest."""
    ordered = sorted(degrees, reverse=True)
    return sum(ordered) % 2 == 0 and all(
        sum(ordered[:k]) <= k * (k - 1) + sum(min(x, k) for x in ordered[k:])
        for k in range(1, len(ordered) + 1))


def different(degrees, pair):
    """Two edge lists, each with these degrees, whose component sizes or triangles differ."""
    def shape(edges):
        parts = {v: {v} for v in range(len(degrees))}
        for a, b in edges:
            if parts[a] is not parts[b]:
                joined = parts[a] | parts[b]
                for v in joined:
                    parts[v] = joined
        sizes = sorted(len(p) for p in {id(p): p for p in parts.values()}.values())
        edge_set = {frozenset(e) for e in edges}
        triangles = sum(1 for a, b, c in itertools.combinations(range(len(degrees)), 3)
                        if {frozenset((a, b)), frozenset((b, c)), frozenset((a, c))} <= edge_set)
        return sizes, triangles

    fit = all(sorted(sum(v in e for e in edges) for v in range(len(degrees)))
              == sorted(degrees) for edges in pair)
    return len(pair) == 2 and fit and shape(pair[0]) != shape(pair[1])


def answer(degrees, asks, segments, d, pair=()):
    v, e = len(degrees), sum(degrees) // 2
    odd = sum(d % 2 for d in degrees)
    if asks == ["two_graphs"]:
        if pair:
            return sympy.sympify(different(degrees, pair))
        one = set(degrees) <= {0, v - 1}
        return sympy.false if one or not graphical(degrees) else sympy.Symbol("undecided")
    said = {"edges": sympy.Integer(e), "faces": sympy.Integer(2 - v + e),
            "euler_trail": sympy.sympify(odd <= 2), "trail_mentions": sympy.Integer(d or 0),
            "planar": sympy.sympify(len(segments) == e and crossing_free(segments))}
    found = [said[a] for a in asks]
    return found[0] if len(found) == 1 else sympy.Tuple(*found)
'''
