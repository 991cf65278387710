"""A posed family: for which sizes a named graph has a property, and its edges in terms of
its sizes.

"For which $m$ and $n$ does the graph $K_{m,n}$ contain an Euler trail? An Euler circuit?",
"For which $n \\geq 3$ is the graph $C_n$ bipartite?", "How many edges does the graph $K_{n,n}$
have? For which values of $n$ does the graph contain an Euler circuit?" are read by
:mod:`formalize.graph_words` into ``{"graph": "Kmn", "asks": ["euler_trail", "euler_circuit"]}``.

The answer is the law, a condition on the sizes (or the edges as a polynomial): each vertex's
degree decides the Euler questions (all even for a circuit, at most two odd for a trail); a
Hamilton path in K_{m,n} alternates sides, so the sides differ by at most one (a cycle: equal,
two each at least); a perfect matching needs an even number of vertices (K_{m,n}: equal sides);
K_5 and K_{3,3} are the smallest non-planar complete graphs; a cycle is two-coloured exactly
when its length is even. The check builds every graph of the family up to a size (K_n to
n = 8, K_{m,n} to 5 by 5) and decides each question there by search (networkx's Euler and
planarity tests, a maximum matching, a backtracking Hamilton search, a two-colouring), then
asks the condition the same of those sizes: they must agree at every one.

Also laws about families no single graph names (``graph`` "any", "forest", "board"): the fewest
edges on n vertices that force a vertex (or every vertex) of degree two, floor(n/2) + 1 and
(n - 1)(n - 2)/2 + 2; at most 2 vertices of degree one with a Hamilton path; two different trees
on n vertices exactly for n >= 4; not every graph on an even number of vertices has a perfect
matching; v - m edges in a forest of m trees on v vertices; the n x n
board less a corner covered by dominoes (its grid graph's perfect matching) exactly for odd n.
Their checks list every graph (every forest, every tree) up to a few vertices, or search the
boards' matchings, size by size.
"""

from __future__ import annotations

import itertools
import random
from typing import Any

import networkx as nx
import sympy as sp

from exercises.family import Check, Problem, family

# The graphs: their sizes' names, the smallest sizes the family has, how the item writes them.
GRAPHS = {"Kn": (("n",), 1, "K_{n}"), "Cn": (("n",), 3, "C_{n}"),
          "Kmn": (("m", "n"), 1, "K_{m,n}"), "Knn": (("n",), 1, "K_{n,n}"),
          "regular": (("n",), 1, "G"),  # n vertices each of degree d (params "degree")
          "any": (("n",), 3, "G"),  # any graph on n vertices, connected or not
          "forest": (("m", "v"), 1, "F"),  # a forest of m trees and v vertices
          "board": (("n",), 1, "B_n")}  # an n x n chessboard's squares less a corner, joined
# when they share a side: its perfect matchings are the board's domino tilings
QUESTIONS = {"edges": "how many edges does it have",
             "bipartite": "for which sizes is it bipartite",
             "planar": "for which sizes is it planar",
             "euler_trail": "for which sizes does it contain an Euler trail",
             "euler_circuit": "for which sizes does it contain an Euler circuit",
             "hamilton_path": "for which sizes does it contain a Hamilton path",
             "hamilton_cycle": "for which sizes does it contain a Hamilton cycle",
             "matching": "for which sizes does it have a (perfect) matching",
             "exists": "for which sizes is there such a graph",
             "smallest_planar": "what is the smallest size at which it might be planar",
             "degree_two_some": ("how many edges guarantee at least one vertex of degree two or "
                                 "more"),
             "degree_two_all": "how many edges guarantee every vertex degree two or more",
             "hamilton_path_leaves": ("with a Hamilton path, how many vertices of degree one "
                                      "can it have at most"),
             "two_trees": ("for which sizes are there two different (non-isomorphic) trees "
                           "with that many vertices (and so as many edges)"),
             "even_all_matched": ("for which even sizes does every graph with that many vertices "
                                  "have a (perfect) matching")}
# What may be asked of a graph known only by its vertices' one degree d.
REGULAR_ASKS = ("exists", "euler_trail", "smallest_planar")
# What may be asked of any graph on n vertices (Exercises 2.1.5.13, 2.4.6.11).
ANY_ASKS = ("degree_two_some", "degree_two_all", "hamilton_path_leaves", "two_trees",
            "even_all_matched")
# A matching of every vertex: Levin's bipartite matchings cover one side only, so K_{m,n} is not
# asked it.
LARGEST = {1: 8, 2: 5}  # sizes searched by the check, by how many sizes the graph has

# The laws, a program solve() runs as well: each graph's vertices grouped by degree (how many
# of each), then each question's condition on the sizes.
_PROGRAM = '''import sympy

m, n, v = sympy.symbols("m n v", integer=True, positive=True)


def even(x):
    """x even, said of its symbol: n - 1 even is n odd."""
    constant, rest = sympy.sympify(x).as_coeff_Add()
    return sympy.Eq(sympy.Mod(rest, 2), sympy.Mod(constant, 2))


def degrees(graph, d=None):
    """(how many vertices, their degree) for each kind of vertex."""
    return {"Kn": [(n, n - 1)], "Cn": [(n, 2)], "Kmn": [(m, n), (n, m)],
            "Knn": [(2 * n, n)], "regular": [(n, d)]}[graph]


def regular(d, ask):
    """n vertices each of degree d: there are d + 1 at least and the degree sum n d is even;
    d odd makes all n vertices odd, so an Euler trail only in K_2 (d even leaves it to the
    graph's connections); planar needs e = d n / 2 <= 3 n - 6 (n >= 3), so d <= 5 and
    n >= 12 / (6 - d), which K_4, the octahedron and the icosahedron reach for d = 3, 4, 5."""
    if ask == "exists":
        return sympy.And(n >= d + 1, even(n * d)) if d % 2 else n >= d + 1
    if ask == "euler_trail":
        if d % 2 == 0:
            raise ValueError("an Euler trail of an even-degree graph depends on its connections")
        return sympy.Eq(n, 2) if d == 1 else sympy.false
    if ask == "smallest_planar":
        if d <= 2:
            return sympy.Integer(d + 1)
        if d > 5:
            raise ValueError("no planar graph has every degree 6 or more")
        least = max(d + 1, -(-12 // (6 - d)))
        return sympy.Integer(least + (least * d) % 2)
    raise ValueError(f"not a question about a regular graph: {ask}")


def sides(graph):
    return (m, n) if graph == "Kmn" else (n, n)


def law(graph, ask):
    if ask == "edges":
        return sympy.factor(sum(count * degree for count, degree in degrees(graph)) / 2)
    if ask == "euler_circuit":  # connected, every degree even
        return sympy.And(*[even(degree) for _, degree in degrees(graph)])
    if ask == "euler_trail":  # connected, at most two odd degrees
        if graph == "Kn":  # n - 1 odd at n vertices: only n = 2 has just two
            return sympy.Or(even(n - 1), sympy.Eq(n, 2))
        if graph in ("Kmn", "Knn"):  # odd vertices: m when n is odd, n when m is odd
            a, b = sides(graph)
            return sympy.Or(sympy.And(even(a), even(b)), sympy.Eq(a, 2), sympy.Eq(b, 2),
                            sympy.And(sympy.Eq(a, 1), sympy.Eq(b, 1)))
        return sympy.true
    if ask == "hamilton_path":  # a path alternates sides of a bipartite graph
        if graph == "Cn" or graph == "Kn":
            return sympy.true
        a, b = sides(graph)
        return sympy.Abs(a - b) <= 1
    if ask == "hamilton_cycle":
        if graph == "Cn":
            return sympy.true
        if graph == "Kn":
            return n >= 3
        a, b = sides(graph)
        return sympy.And(sympy.Eq(a, b), a >= 2)
    if ask == "matching":  # every vertex matched: an even count, equal sides if bipartite
        if graph in ("Kn", "Cn"):
            return even(n)
        raise ValueError("a bipartite graph's matching may mean one side's (Hall)")
    if ask == "bipartite":
        return {"Kn": n <= 2, "Cn": even(n)}.get(graph, sympy.true)
    if ask == "planar":  # K_5 and K_{3,3} are the smallest complete graphs that are not
        if graph == "Kn":
            return n <= 4
        if graph == "Cn":
            return sympy.true
        a, b = sides(graph)
        return sympy.Or(a <= 2, b <= 2)
    raise ValueError(f"not a question about sizes: {ask}")


def guaranteed(ask):
    """The fewest edges that force the degrees on n vertices: one more than the most without.
    Every degree at most 1 is a matching, floor(n/2) edges; a vertex of degree at most 1 leaves
    at most K_{n-1} and one edge to it, (n - 1)(n - 2)/2 + 1 edges."""
    if ask == "degree_two_some":
        return sympy.floor(n / 2) + 1
    if ask == "degree_two_all":
        return sympy.expand((n - 1) * (n - 2) / 2 + 2)
    if ask == "hamilton_path_leaves":  # a vertex of degree one ends the path: two ends
        return sympy.Integer(2)
    if ask == "two_trees":  # the path and a vertex joined to all others differ from n = 4 on;
        return n >= 4  # below, the only trees are the paths
    if ask == "even_all_matched":  # n vertices and no edges: nothing matched
        return sympy.false
    raise ValueError(f"not a question about any graph: {ask}")


def forest(ask):
    """A forest of m trees on v vertices: each tree has one edge fewer than vertices."""
    if ask == "edges":
        return v - m
    raise ValueError(f"not a question about a forest: {ask}")


def board(ask):
    """The n x n board less a corner: n^2 - 1 squares, even exactly when n is odd, and then
    covered by dominoes (the first row's n - 1 squares in pairs, each later pair of rows in
    vertical pairs)."""
    if ask == "matching":
        return even(n - 1)
    raise ValueError(f"not a question about the board: {ask}")


def sizes_answer(graph, asks, d=None):  # a name of its own: graphs.several joins programs
    found = [regular(d, ask) if graph == "regular" else guaranteed(ask) if graph == "any"
             else forest(ask) if graph == "forest" else board(ask) if graph == "board"
             else law(graph, ask) for ask in asks]
    return found[0] if len(found) == 1 else sympy.Tuple(*found)
'''
_REGULAR_STEP = ("n vertices each of degree d: d + 1 vertices at least, and the degree sum n d "
                 "even; d odd makes all n vertices odd, so no Euler trail but in K_2; planar "
                 "needs e = d n / 2 <= 3 n - 6, so d <= 5 and n >= 12 / (6 - d), which K_4, the "
                 "octahedron and the icosahedron reach for d = 3, 4, 5.")
_ANY_STEP = ("One more edge than the most a graph on n vertices can have without the degrees: "
             "every degree at most 1 is a matching, floor(n/2) edges; a vertex of degree at most "
             "1 leaves at most K_{n-1} and one edge to it, (n - 1)(n - 2)/2 + 1 edges. A Hamilton "
             "path passes through each vertex inside it on two of its edges, so a vertex of "
             "degree one is one of the path's two ends (and a path has two such).")
_LAWS: dict[str, Any] = {}
exec(compile(_PROGRAM, "<graph sizes>", "exec"), _LAWS)  # noqa: S102 (our own program text)


def build(graph: str, sizes: tuple[int, ...]) -> nx.Graph:
    """The graph of the family at these sizes."""
    if graph == "board":
        squares = nx.grid_2d_graph(sizes[0], sizes[0])
        squares.remove_node((0, 0))
        return squares
    if graph == "Kn":
        return nx.complete_graph(sizes[0])
    if graph == "Cn":
        return nx.cycle_graph(sizes[0])
    return nx.complete_bipartite_graph(sizes[0], sizes[-1])


def _hamiltonian(graph: nx.Graph, cycle: bool) -> bool:
    """A Hamilton path (or cycle) by backtracking from each start vertex."""
    n = len(graph)
    if cycle and n < 3:
        return False

    def extend(path: list[Any]) -> bool:
        if len(path) == n:
            return not cycle or graph.has_edge(path[-1], path[0])
        return any(extend(path + [w]) for w in graph[path[-1]] if w not in path)

    return any(extend([v]) for v in (list(graph)[:1] if cycle else graph))


def searched(graph: nx.Graph, ask: str) -> sp.Basic:
    """The question decided on one graph by search, not by its law."""
    if ask == "edges":
        return sp.Integer(graph.number_of_edges())
    if ask == "euler_trail":
        return sp.sympify(nx.has_eulerian_path(graph))
    if ask == "euler_circuit":
        return sp.sympify(nx.is_eulerian(graph))
    if ask in ("hamilton_path", "hamilton_cycle"):
        return sp.sympify(_hamiltonian(graph, ask == "hamilton_cycle"))
    if ask == "matching":
        return sp.sympify(2 * len(nx.max_weight_matching(graph, maxcardinality=True)) == len(graph))
    if ask == "bipartite":
        return sp.sympify(nx.is_bipartite(graph))
    return sp.sympify(nx.check_planarity(graph)[0])


# A planar graph with every degree d, as networkx builds it (d = 0: one vertex).
_SOLIDS = {0: lambda: nx.empty_graph(1), 1: lambda: nx.complete_graph(2),
           2: lambda: nx.cycle_graph(3), 3: nx.tetrahedral_graph, 4: nx.octahedral_graph,
           5: nx.icosahedral_graph}


def _regular_searched(d: int, ask: str, value: sp.Basic) -> bool:
    """The law for n vertices each of degree d, decided at each n by search."""
    at = range(1, 15)
    if ask == "exists":
        return all(_at(value, "regular", (k,)) == nx.is_graphical([d] * k) for k in at)
    if ask == "euler_trail":  # every graph with these degrees has the same odd vertices
        return all(_at(value, "regular", (k,)) == nx.has_eulerian_path(
            nx.havel_hakimi_graph([d] * k)) for k in at if nx.is_graphical([d] * k))
    solid = _SOLIDS[d]() if d in _SOLIDS else None
    if solid is None or len(solid) != int(value) or not nx.check_planarity(solid)[0] or any(
            deg != d for _, deg in solid.degree):
        return False
    rng = random.Random(0)
    for k in range(1, int(value)):
        if not nx.is_graphical([d] * k):
            continue
        graph = nx.havel_hakimi_graph([d] * k)
        for _ in range(100):
            if nx.check_planarity(graph)[0]:
                return False
            try:
                nx.double_edge_swap(graph, nswap=1, max_tries=100, seed=rng.randint(0, 10**6))
            except nx.NetworkXAlgorithmError:
                break
    return True


def _most_leaves_on_hamilton_paths(v: int) -> int:
    """The most vertices of degree one among all graphs on v vertices with a Hamilton path,
    each graph listed and searched."""
    pairs = list(itertools.combinations(range(v), 2))
    most = 0
    for size in range(v - 1, len(pairs) + 1):
        for edges in itertools.combinations(pairs, size):
            graph = nx.Graph(edges)
            graph.add_nodes_from(range(v))
            if _hamiltonian(graph, cycle=False):
                most = max(most, sum(1 for _, d in graph.degree if d == 1))
    return most


def _forest_edges(trees: int, v: int) -> set[int]:
    """The edges of every forest of that many trees on v vertices, each graph listed."""
    pairs = list(itertools.combinations(range(v), 2))
    found = set()
    for size in range(len(pairs) + 1):
        for edges in itertools.combinations(pairs, size):
            graph = nx.empty_graph(v)
            graph.add_edges_from(edges)
            if nx.is_forest(graph) and nx.number_connected_components(graph) == trees:
                found.add(size)
    return found


def _every_graph_matched(v: int) -> bool:
    """Does every graph on v vertices have a perfect matching? Each graph listed until one has
    no maximum matching covering all its vertices."""
    pairs = list(itertools.combinations(range(v), 2))
    for size in range(len(pairs) + 1):
        for edges in itertools.combinations(pairs, size):
            if 2 * len(nx.max_weight_matching(nx.Graph(edges), maxcardinality=True)) < v:
                return False
    return True


def _fewest_forcing(v: int, ask: str) -> int | None:
    """The fewest edges such that every graph on v vertices with that many has the degrees,
    found by listing every graph on v vertices; None if no number of edges forces them."""
    pairs = list(itertools.combinations(range(v), 2))
    failing = set()  # numbers of edges some graph without the degrees has
    for size in range(len(pairs) + 1):
        for edges in itertools.combinations(pairs, size):
            degrees = [sum(u in e for e in edges) for u in range(v)]
            if (max(degrees) if ask == "degree_two_some" else min(degrees)) < 2:
                failing.add(size)
                break
    forcing = [m for m in range(len(pairs) + 1) if all(k not in failing for k in range(m, len(
        pairs) + 1))]
    return forcing[0] if forcing and forcing[0] <= len(pairs) and forcing[0] - 1 in failing \
        else None


def _sizes(graph: str, least: int) -> list[tuple[int, ...]]:
    names, _, _ = GRAPHS[graph]
    return list(itertools.product(range(least, LARGEST[len(names)] + 1), repeat=len(names)))


def _at(value: sp.Basic, graph: str, sizes: tuple[int, ...]) -> sp.Basic:
    names, _, _ = GRAPHS[graph]
    return sp.simplify(value.subs({sp.Symbol(name, integer=True, positive=True): s
                                   for name, s in zip(names, sizes, strict=True)}))


def _pose(params: dict[str, Any]) -> Problem:
    """``params``: ``graph`` (a key of :data:`GRAPHS`), ``asks`` (keys of :data:`QUESTIONS`)
    and ``least``, the smallest size the item allows (the family's own when absent); for a
    ``regular`` graph, ``degree``, every vertex's (and only :data:`REGULAR_ASKS`)."""
    graph, asks = params["graph"], list(params["asks"])
    d = int(params["degree"]) if graph == "regular" else None
    if graph not in GRAPHS or not asks or any(a not in QUESTIONS for a in asks) or len(
            set(asks)) != len(asks) or (set(asks) - set(REGULAR_ASKS) if graph == "regular"
                                        else set(asks) - set(ANY_ASKS) if graph == "any"
                                        else set(asks) - {"edges"} if graph == "forest"
                                        else set(asks) - {"matching"} if graph == "board"
                                        else {"exists", "smallest_planar", *ANY_ASKS}
                                        & set(asks)):
        raise ValueError("questions about a named graph's sizes")
    if len(asks) > 1 and {"two_trees", "even_all_matched"} & set(asks):
        raise ValueError("the trees' or the matchings' question alone")
    names, least, shown = GRAPHS[graph]
    least = max(least, int(params.get("least", least)))
    answer = _LAWS["sizes_answer"](graph, asks, d)
    found = list(answer) if len(asks) > 1 else [answer]
    given = " and ".join(f"${name} \\geq {least}$" for name in names)
    statement = (f"For a graph $G$ with $n$ vertices, each of degree ${d}$: " if d is not None
                 else "For a forest $F$ of $m$ trees and $v$ vertices: " if graph == "forest"
                 else ("For an $n \\times n$ chessboard less a corner square, $n \\geq 1$, its "
                       "squares joined when they share a side (a perfect matching is a covering "
                       "by dominoes): ") if graph == "board"
                 else "For trees: " if asks == ["two_trees"]
                 else "For graphs with an even number of vertices: " if asks == ["even_all_matched"]
                 else f"For a graph $G$ with $n \\geq {least}$ vertices" + (
                     ", not necessarily connected: " if "hamilton_path_leaves" not in asks
                     else ": ") if graph == "any"
                 else f"For the graph ${shown}$ with {given}: ") + "; ".join(
        QUESTIONS[a] for a in asks) + "?"
    steps = [_ANY_STEP] if graph == "any" else [
        "Each tree has one edge fewer than vertices: v - m edges in all."] if graph == "forest" \
        else [_LAWS["board"].__doc__.replace("\n   ", "")] if graph == "board" else [
        "Degrees: " + "; ".join(f"{sp.sstr(count)} vertices of degree {sp.sstr(degree)}"
                                for count, degree in _LAWS["degrees"](graph, d)) + "."]
    if d is not None:
        steps.append(_REGULAR_STEP)
    steps += [f"{QUESTIONS[a]}: {sp.sstr(v)}." for a, v in zip(asks, found, strict=True)]
    return Problem(
        statement=statement.replace("$", ""),
        statement_latex=statement,
        answer=answer,
        steps=steps,
        code=_PROGRAM + f"\n\ndef solve():\n    return sizes_answer({graph!r}, {asks!r}, {d!r})\n",
        params=params,
    )


def _verify(problem: Problem) -> list[Check]:
    params = problem.params
    graph, asks = params["graph"], list(params["asks"])
    least = max(GRAPHS[graph][1], int(params.get("least", GRAPHS[graph][1])))
    found = list(problem.answer) if len(asks) > 1 else [problem.answer]
    if graph == "forest":
        passed = len(found) == 1 and all(
            _forest_edges(trees, size) == {int(_at(found[0], graph, (trees, size)))}
            for size in range(1, 6) for trees in range(1, size + 1))
        return [Check("every forest on 1 to 5 vertices listed by its trees: one number of edges "
                      "for each, the law's", passed)]
    if graph == "any":
        passed = len(found) == len(asks) and all(
            _at(value, graph, (v,)) == (
                _most_leaves_on_hamilton_paths(v) if ask == "hamilton_path_leaves"
                else sp.sympify(len(list(nx.nonisomorphic_trees(v))) >= 2) if ask == "two_trees"
                else sp.sympify(_every_graph_matched(v)) if ask == "even_all_matched"
                else _fewest_forcing(v, ask))
            for ask, value in zip(asks, found, strict=True)
            for v in (range(2, 7, 2) if ask == "even_all_matched" else range(
                least if ask != "two_trees" else 2,
                6 if ask == "hamilton_path_leaves" else 7 if ask != "two_trees" else 10)))
        return [Check("every graph on 3 to 6 vertices listed (to 5 for Hamilton paths, found by "
                      "backtracking): the fewest edges that force the degrees in all of them, or "
                      "the most vertices of degree one; every tree on 2 to 9 vertices up to "
                      "isomorphism (networkx's generator), counted; the law agreeing at each "
                      "size", passed)]
    if graph == "regular":
        d = int(params["degree"])
        passed = len(found) == len(asks) and all(
            _regular_searched(d, ask, value) for ask, value in zip(asks, found, strict=True))
        return [Check("each n up to 14: a graph with every degree d by Erdős–Gallai, its "
                      "Havel-Hakimi graph's Euler trail; the smallest planar one a Platonic "
                      "solid (or K_2, K_3) networkx builds, checked planar and d-regular, none "
                      "planar turning up below it in degree-keeping swaps", passed)]
    passed = len(found) == len(asks) and all(
        _at(value, graph, sizes) == searched(build(graph, sizes), ask)
        for ask, value in zip(asks, found, strict=True) for sizes in _sizes(graph, least))
    return [Check("each size up to K_8 and K_{5,5} built and decided by search (an Euler test, "
                  "a backtracking Hamilton search, a maximum matching, a two-colouring, a "
                  "planarity test, the edges counted), the law agreeing at every one", passed)]


@family("graphs.which_sizes", verify=_verify, pose=_pose)
def which_sizes(rng: random.Random, difficulty: int) -> Problem:
    """For which sizes does K_n, C_n, K_{m,n} or K_{n,n} have a property?"""
    return _pose(vary({"graph": "Kn", "asks": ["euler_circuit"]}, rng))


def vary(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """The same questions about another named graph, or another question about the same; one
    the laws answer (no matching asked of K_{m,n}); a regular graph gets another degree."""
    for _ in range(50):
        if params["graph"] == "regular":  # another degree
            candidate = {**params, "degree": rng.choice([d for d in range(1, 6)
                                                         if d != int(params["degree"])])}
        elif params["graph"] == "any":  # the other question
            candidate = {**params, "asks": [rng.choice([a for a in ANY_ASKS
                                                        if a not in params["asks"]] or ANY_ASKS)]}
        elif rng.random() < 0.5:
            graph = rng.choice([g for g in GRAPHS if g not in (params["graph"], "regular", "any")])
            candidate = {"graph": graph, "asks": list(params["asks"])}
        else:
            others = [a for a in QUESTIONS if a not in params["asks"]]
            candidate = {**params, "asks": [*params["asks"][:-1], rng.choice(others)]}
        try:
            _pose(candidate)
        except ValueError:
            continue
        return candidate
    raise ValueError("no other question the laws answer")
