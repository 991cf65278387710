"""A posed family for generating functions of sequences a book lists by their first terms.

"Find the generating function for $1, -2, 4, -8, 16, \\ldots$" is read (by
:mod:`formalize.discrete`) into the listed terms; several sequences in one item become one
task whose answer is a tuple. SymPy's Padé approximants give the simplest rational function
P(x)/Q(x) whose power series starts with the terms, taken only when it leaves at least one
listed term unused, so the terms decide it rather than the fit. The check expands P/Q as a
power series by long division in exact fractions and compares every listed term.
"""

from __future__ import annotations

import itertools
import random
import re
from decimal import Decimal
from fractions import Fraction
from typing import Any

import networkx as nx
import sympy as sp
from sympy.series.approximants import approximants

from exercises.families.textbook import latex
from exercises.families.textbook_graphs import certify_degree_answers, faces, pose_degree_questions
from exercises.family import Check, Problem, family

X = sp.Symbol("x")


def generating_function(terms: list[sp.Rational]) -> sp.Expr:
    """The first Padé approximant whose series gives every listed term, with a term to spare:
    deg P + deg Q + 2 <= the number of terms."""
    listed = sp.Poly(list(reversed(terms)), X)
    for candidate in approximants(terms, X):
        numerator, denominator = sp.fraction(sp.cancel(candidate))
        degrees = sp.degree(numerator, X) + sp.degree(denominator, X)
        # P/Q starts with the terms when Q times their polynomial is P up to x^(N-1)
        product = sp.Poly(denominator, X) * listed
        product = sp.Poly([product.coeff_monomial(X**i) for i in reversed(range(len(terms)))], X)
        if (product - sp.Poly(numerator, X)).is_zero:
            if degrees + 2 > len(terms):
                break
            return sp.factor(candidate)
    raise ValueError("no rational generating function fits the terms with a term to spare")


DEFINED_TERMS = 12  # a sequence given by a rule: this many terms fix its generating function


def _sequences(params: dict[str, Any]) -> list[list[str]]:
    """The terms of each sequence: listed by the book, or the first :data:`DEFINED_TERMS` of one
    given by a recurrence (``rule``, ``initial``) or a closed formula (``closed``), in exact
    fractions by :func:`exercises.families.textbook_discrete.iterate`."""
    from exercises.families.textbook_discrete import iterate

    if "sequences" in params:
        return params["sequences"]
    given = ({"expr": params["closed"], "given": "closed"} if "closed" in params
             else {"expr": params["rule"], "initial": params["initial"]})
    terms = iterate(given, DEFINED_TERMS - 1)
    return [[str(terms[i]) for i in range(DEFINED_TERMS)]]


def _answers(params: dict[str, Any]) -> list[sp.Expr]:
    return [generating_function([sp.Rational(t) for t in terms]) for terms in _sequences(params)]


def _defined(params: dict[str, Any]) -> str:
    """How the book gives a sequence that it does not list: its rule (and first terms)."""
    if "closed" in params:
        return f"a_n = {latex(sp.sympify(params['closed']))}"
    rule = sp.sympify(params["rule"]).subs({sp.Symbol(f"a{i}"): sp.Symbol(f"a_{{n-{i}}}")
                                            for i in (1, 2, 3)})
    return f"a_n = {latex(rule)}, " + ", ".join(f"a_{{{i}}} = {v}" for i, v in params["initial"])


def _pose_generating(params: dict[str, Any]) -> Problem:
    """``params``: ``sequences`` (each a list of the listed terms, as strings, from a_0); or a
    sequence's ``rule`` (in n, a1 = a_{n-1}, a2 = a_{n-2}) and ``initial`` terms; or its
    ``closed`` formula in n."""
    answers = _answers(params)
    shown = ([", ".join(terms) + ", \\dots" for terms in params["sequences"]]
             if "sequences" in params else [_defined(params)])
    answer = answers[0] if len(answers) == 1 else sp.Tuple(*answers)
    statement = "Find the generating function for " + "; ".join(f"${s}$" for s in shown) + "."
    return Problem(
        statement=statement.replace("$", "").replace("\\dots", "..."),
        statement_latex=statement,
        answer=answer,
        steps=[f"The terms ${s}$ are the series of ${latex(a)}$: the simplest rational function "
               "(Padé approximant) whose expansion starts with them, with terms to spare."
               for s, a in zip(shown, answers, strict=True)],
        code=("import sympy\nfrom sympy.series.approximants import approximants\n\n\n"
              "def solve():\n"
              "    x = sympy.Symbol('x')\n"
              "    found = []\n"
              f"    for terms in {_sequences(params)!r}:\n"
              "        terms = [sympy.Rational(t) for t in terms]\n"
              "        listed = sum(t * x**i for i, t in enumerate(terms))\n"
              "        for f in approximants(terms, x):\n"
              "            p, q = sympy.fraction(sympy.cancel(f))\n"
              "            product = sympy.expand(q * listed)\n"
              "            if sympy.expand(sum(product.coeff(x, i) * x**i\n"
              "                                for i in range(len(terms))) - p) == 0:\n"
              "                found.append(sympy.factor(f))\n"
              "                break\n"
              "    return found[0] if len(found) == 1 else sympy.Tuple(*found)\n"),
        params=params,
    )


def series_terms(function: sp.Expr, count: int) -> list[Fraction]:
    """The first ``count`` coefficients of a rational function's power series, by long
    division of the numerator's by the denominator's coefficients (exact fractions)."""
    numerator, denominator = (sp.Poly(part, X) for part in sp.fraction(sp.together(function)))
    top = [Fraction(str(c)) for c in reversed(numerator.all_coeffs())]
    bottom = [Fraction(str(c)) for c in reversed(denominator.all_coeffs())]
    terms: list[Fraction] = []
    for n in range(count):
        total = top[n] if n < len(top) else Fraction(0)
        total -= sum(bottom[i] * terms[n - i] for i in range(1, min(n, len(bottom) - 1) + 1))
        terms.append(total / bottom[0])
    return terms


def _verify_generating(problem: Problem) -> list[Check]:
    sequences = _sequences(problem.params)
    answers = list(problem.answer) if len(sequences) > 1 else [problem.answer]
    ok = all(series_terms(a, len(s)) == [Fraction(t) for t in s]
             for a, s in zip(answers, sequences, strict=True))
    return [Check("long division of P(x) by Q(x) gives every listed term", ok)]


@family("sequences.generating_function", verify=_verify_generating, pose=_pose_generating)
def generating_function_family(rng: random.Random, difficulty: int) -> Problem:
    """The generating function of an arithmetic, geometric or quadratic sequence's first terms."""
    n = sp.Symbol("n")
    a, b = rng.randint(1, 5), rng.choice([-3, -2, 2, 3, 4])
    rule = rng.choice([a + b * n, a * b ** n, a + b * n ** 2][: 1 + min(difficulty, 2)])
    return _pose_generating({"sequences": [[sp.sstr(rule.subs(n, i)) for i in range(7)]]})


def vary_generating(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Each sequence's function with its numerator scaled and its denominator's roots moved by
    a small integer factor: the same shape of answer, new terms."""
    if "sequences" not in params:  # a rule: new first terms (a closed formula: new constants)
        if "closed" in params:
            return {**params, "closed": sp.sstr(sp.sympify(params["closed"]) * rng.randint(2, 4)
                                                 + rng.randint(-3, 3))}
        return {**params, "initial": [[i, str(int(v) + rng.randint(1, 4))]
                                      for i, v in params["initial"]]}
    sequences = []
    for terms in params["sequences"]:
        function = generating_function([sp.Rational(t) for t in terms])
        numerator, denominator = sp.fraction(sp.together(function))
        factor = rng.choice([-2, 2, 3])
        new = rng.randint(2, 4) * numerator.subs(X, factor * X) / denominator.subs(X, factor * X)
        sequences.append([sp.sstr(sp.Rational(str(t))) for t in series_terms(new, len(terms))])
    return {**params, "sequences": sequences}


# ---------------------------------------------------------------- a graph's degree sequence


def _havel_hakimi(degrees: list[int]) -> list[tuple[int, int]] | None:
    """A simple graph with these degrees (its edge list), or None when there is none: join the
    vertex of largest remaining degree to the next largest ones, repeatedly."""
    remaining = dict(enumerate(degrees))
    edges = []
    while any(remaining.values()):
        vertex = max(remaining, key=lambda v: (remaining[v], -v))
        need = remaining.pop(vertex)
        others = sorted(remaining, key=lambda v: (-remaining[v], v))[:need]
        if len(others) < need or any(remaining[v] == 0 for v in others):
            return None
        for other in others:
            remaining[other] -= 1
            edges.append((vertex, other))
    return edges


def _pose_degrees(params: dict[str, Any]) -> Problem:
    """``params``: ``degrees`` (the degree sequence), ``want`` ("edges" or "both": the
    number of vertices and of edges), or ``asks`` (questions of
    :data:`~exercises.families.textbook_graphs.DEGREE_ASKS`: edges, planar, faces, an Euler
    trail)."""
    if "asks" in params:
        return pose_degree_questions(params)
    degrees = [int(d) for d in params["degrees"]]
    total = sp.Integer(sum(degrees))
    if total % 2:
        raise ValueError("an odd degree sum: no graph has this degree sequence")
    edges = total / 2
    answer = edges if params["want"] == "edges" else sp.Tuple(len(degrees), edges)
    shown = "(" + ", ".join(map(str, degrees)) + ")"
    ask = "edges" if params["want"] == "edges" else "vertices and edges"
    return Problem(
        statement=f"How many {ask} does a graph with degree sequence {shown} have?",
        statement_latex=f"How many {ask} does a graph with degree sequence ${shown}$ have?",
        answer=answer,
        steps=[f"There are {len(degrees)} vertices, one per degree.",
               (f"Each edge adds 2 to the degree sum {' + '.join(map(str, degrees))} = {total}, "
                f"so there are {total}/2 = {edges} edges.")],
        code=("import sympy\n\n\ndef solve():\n"
              f"    degrees = {degrees!r}\n"
              "    edges = sympy.Integer(sum(degrees)) / 2\n"
              + ("    return edges\n" if params["want"] == "edges" else
                 "    return sympy.Tuple(len(degrees), edges)\n")),
        params=params,
    )


def _verify_degrees(problem: Problem) -> list[Check]:
    degrees = [int(d) for d in problem.params["degrees"]]
    if "asks" in problem.params:
        asks = problem.params["asks"]
        values = list(problem.answer) if len(asks) > 1 else [problem.answer]
        return [Check("every graph with these degrees, enumerated: its edges, a planar one with "
                      "its faces walked around, its Euler trails",
                      certify_degree_answers(degrees, asks, values, int(
                          problem.params.get("vertex_degree", 0))))]
    graph = _havel_hakimi(degrees)
    counted = None if graph is None else (len(degrees), len(graph))
    claimed = (problem.answer if problem.params["want"] == "both"
               else (len(degrees), problem.answer))
    ok = counted is not None and tuple(int(v) for v in claimed) == counted
    return [Check("build a graph with these degrees (Havel-Hakimi) and count its edges", ok,
                  "no simple graph has these degrees" if graph is None else str(counted))]


@family("graphs.degree_sequence", verify=_verify_degrees, pose=_pose_degrees)
def degree_sequence(rng: random.Random, difficulty: int) -> Problem:
    """The number of edges (and vertices) of a graph given by its degree sequence."""
    while True:
        size = rng.randint(4, 5 + 2 * difficulty)
        degrees = sorted((rng.randint(1, size - 1) for _ in range(size)), reverse=True)
        if sum(degrees) % 2 == 0 and _havel_hakimi(degrees) is not None:
            return _pose_degrees({"degrees": [str(d) for d in degrees],
                                  "want": rng.choice(["edges", "both"])})


def vary_degrees(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A new graphical sequence of the same length, non-increasing like the book's; with
    questions that need every such graph connected, one vertex adjacent to all others (the one
    vertex of its degree, an Euler trail's: even degrees but two at most); whether two
    different graphs have them: every vertex one degree, as the book asks it."""
    size = len(params["degrees"])
    if params.get("asks") == ["two_graphs"]:  # the book's parts: every vertex one degree
        for _ in range(50):
            new = {**params, "degrees": [str(rng.randint(0, size - 1))] * size}
            try:
                pose_degree_questions(new)
            except ValueError:  # no second graph turned up: not decided either way
                continue
            return new
        raise ValueError("no degree decides whether two graphs have it")
    while True:
        degrees = sorted((rng.randint(1, size - 1) for _ in range(size)), reverse=True)
        if "asks" in params:
            degrees[0] = size - 1
        if "vertex_degree" in params and (degrees.count(degrees[0]) != 1
                                          or sum(d % 2 for d in degrees) > 2):
            continue
        if sum(degrees) % 2 == 0 and _havel_hakimi(degrees) is not None:
            new = {**params, "degrees": [str(d) for d in degrees]}
            return {**new, "vertex_degree": degrees[0]} if "vertex_degree" in params else new


# ---------------------------------------------------------------- counts from a graph's description

# kind -> (what is asked, the numbers given, the answer from them by the counting law)
GRAPH_LAWS: dict[str, tuple[str, tuple[str, ...]]] = {
    "regular_edges": ("edges of a graph with {v} vertices, each of degree {d}", ("v", "d")),
    "regular_degree": (("the degree of each vertex of a graph with {v} vertices, all of the same "
                       "degree, and {e} edges"), ("v", "e")),
    "regular_vertices": ("vertices of a graph with all vertices of degree {d} and {e} edges",
                         ("d", "e")),
    "tree_edges": ("edges of a tree with {v} vertices", ("v",)),
    "connected_fewest_edges": ("the fewest edges that connect {v} vertices", ("v",)),
    "acyclic_most_edges": ("the most edges on {v} vertices with no cycle", ("v",)),
    # is the graph those edges make a tree? (yes: v - 1 edges and connected, or acyclic)
    "connected_fewest_tree": (("whether {v} vertices joined by the fewest edges that connect "
                               "them make a tree"), ("v",)),
    "acyclic_most_tree": ("whether {v} vertices joined by the most edges with no cycle make a tree",
                          ("v",)),
    "forest_components": ("connected components of a forest with {v} vertices and {e} edges",
                          ("v", "e")),
    "planar_vertices": ("vertices of a connected planar graph with {e} edges and {f} faces",
                        ("e", "f")),
    "planar_edges": ("edges of a connected planar graph with {v} vertices and {f} faces",
                     ("v", "f")),
    "spanning_tree_removed": (("edges to remove from a connected graph with {v} vertices and {e} "
                              "edges to leave a spanning tree"), ("v", "e")),
    "chromatic_complete": ("the chromatic number of K_{m}", ("m",)),
    "chromatic_bipartite": ("the chromatic number of K_{m},{n}", ("m", "n")),
    "complete_edges": ("edges of the complete graph K_{v} (handshakes among {v} people)", ("v",)),
    "most_edges": ("the largest number of edges of a graph with {v} vertices", ("v",)),
    "bipartite_most_edges": ("the largest number of edges of a bipartite graph with {v} vertices",
                             ("v",)),
    "round_robin": (("the fewest rounds of a tournament where each of {v} players plays every "
                     "other once, no one twice in a round (the chromatic index of K_{v})"), ("v",)),
    "path_colours": (("the fewest boxes for {v} letters in a row, no two consecutive ones in one "
                      "box (the chromatic number of a path on {v} vertices)"), ("v",)),
    "planar_faces": ("faces of a connected planar graph with {v} vertices and {e} edges",
                     ("v", "e")),
    # must it be planar (yes: a cycle), and its faces
    "euler_circuit_planar": (("whether a graph with {v} vertices, {e} edges and an Euler "
                              "circuit must be planar, and its faces"), ("v", "e")),
    # the three counts listed, once edges and vertices have been added to a drawing
    "planar_counts": (("vertices, edges and faces of a connected planar graph with {v} "
                       "vertices and {e} edges"), ("v", "e")),
    "tree_leaves": ("leaves of a tree whose other vertices have degrees {inner}", ("inner",)),
    "tree_average_degree": ("vertices of a tree whose average degree is {a}", ("a",)),
}


TREE_VERDICTS = ("connected_fewest_tree", "acyclic_most_tree")


def _given(value: Any) -> int | Fraction | list[int]:
    """A number the item gives: an integer, a decimal ("1.992", kept exact), or a list of
    integers ("8,6,5,3")."""
    text = str(value).strip("[]")
    if "," in text:
        return [int(d) for d in text.split(",")]
    return int(text) if text.lstrip("-").isdigit() else Fraction(text)


_COMPLETE = re.compile(r"K_(\S+)")


def _graph_law(kind: str, n: dict[str, int]) -> sp.Integer:
    """The counting law: handshake lemma, a tree's v - 1 edges, a forest's v - e trees, Euler's
    formula v - e + f = 2, and the colours a complete (bipartite) graph needs."""
    return sp.Integer({
        "regular_edges": lambda: sp.Rational(n["v"] * n["d"], 2),
        "regular_degree": lambda: sp.Rational(2 * n["e"], n["v"]),
        "regular_vertices": lambda: sp.Rational(2 * n["e"], n["d"]),
        "tree_edges": lambda: n["v"] - 1,
        "connected_fewest_edges": lambda: n["v"] - 1,
        "acyclic_most_edges": lambda: n["v"] - 1,
        "connected_fewest_tree": lambda: n["v"] - 1,  # the edges; the answer is the verdict
        "acyclic_most_tree": lambda: n["v"] - 1,
        "forest_components": lambda: n["v"] - n["e"],
        "planar_vertices": lambda: 2 + n["e"] - n["f"],
        "planar_edges": lambda: n["v"] + n["f"] - 2,
        "spanning_tree_removed": lambda: n["e"] - n["v"] + 1,
        "chromatic_complete": lambda: n["m"],
        "chromatic_bipartite": lambda: 2,
        "complete_edges": lambda: n["v"] * (n["v"] - 1) // 2,
        "most_edges": lambda: n["v"] * (n["v"] - 1) // 2,
        "bipartite_most_edges": lambda: n["v"] ** 2 // 4,
        "round_robin": lambda: n["v"] if n["v"] % 2 else n["v"] - 1,
        "path_colours": lambda: min(n["v"], 2),
        "planar_faces": lambda: 2 - n["v"] + n["e"],
        "planar_counts": lambda: 2 - n["v"] + n["e"],  # the faces; v and e are listed beside
        "euler_circuit_planar": lambda: 2 - n["v"] + n["e"],  # the faces, planar (a cycle)
        "tree_leaves": lambda: 2 + sum(d - 2 for d in n["inner"]),
        "tree_average_degree": lambda: _whole(2 / (2 - n["a"])),
    }[kind]())


def _whole(value: Fraction) -> int:
    """The law's value when it is a whole number (a count); ValueError when it is not."""
    if value.denominator != 1:
        raise ValueError("no whole number of vertices fits")
    return value.numerator


def _fits(kind: str, n: dict[str, int], answer: int) -> bool:
    """Can a simple graph have these numbers? A connected planar graph on v >= 3 vertices has
    v - 1 to 3v - 6 edges; a connected graph on v vertices v - 1 to v(v-1)/2; a graph whose
    vertices all have degree d has more than d vertices."""
    if kind == "regular_degree":
        return answer < n["v"]
    if kind == "regular_vertices":
        return n["d"] < answer
    if kind == "planar_edges":
        return n["v"] >= 3 and n["v"] - 1 <= answer <= 3 * n["v"] - 6
    if kind in ("planar_faces", "planar_counts"):
        return n["v"] >= 3 and n["v"] - 1 <= n["e"] <= 3 * n["v"] - 6
    if kind == "euler_circuit_planar":  # connected, every degree even, so 2 at least: as many
        return n["v"] >= 3 and n["e"] == n["v"]  # edges as vertices only in a cycle
    if kind == "round_robin":
        return n["v"] >= 2
    if kind == "tree_leaves":
        return all(d >= 2 for d in n["inner"])
    if kind == "tree_average_degree":
        return answer >= 2
    if kind == "spanning_tree_removed":
        return n["v"] >= 1 and n["v"] - 1 <= n["e"] <= n["v"] * (n["v"] - 1) // 2
    return True


def _pose_graph_count(params: dict[str, Any]) -> Problem:
    """``params``: ``kind`` (a key of :data:`GRAPH_LAWS`) and its numbers (as strings)."""
    kind = params["kind"]
    what, names = GRAPH_LAWS[kind]
    numbers = {k: _given(params[k]) for k in names}
    answer = _graph_law(kind, numbers)
    if answer < 0 or not answer.is_integer or not _fits(kind, numbers, int(answer)):
        raise ValueError("no graph fits these numbers")
    listed = sp.Tuple(numbers["v"], numbers["e"], answer) if kind == "planar_counts" else \
        sp.true if kind in TREE_VERDICTS else \
        sp.Tuple(sp.true, answer) if kind == "euler_circuit_planar" else answer
    ask = what.format(**{k: str(params[k]).strip("[]") for k in names})
    shown = ask if ask.startswith(("the ", "whether ")) else f"the number of {ask}"
    in_latex = _COMPLETE.sub(lambda k: f"$K_{{{k.group(1)}}}$", shown)
    return Problem(
        statement=f"{'Decide' if shown.startswith('whether') else 'Find'} {shown}.",
        statement_latex=f"{'Decide' if shown.startswith('whether') else 'Find'} {in_latex}.",
        answer=listed,
        steps=[{"regular_edges": "Each edge adds 2 to the degree sum: v d / 2.",
                "regular_degree": "The degree sum v d is twice the edges: d = 2e / v.",
                "regular_vertices": "The degree sum v d is twice the edges: v = 2e / d.",
                "tree_edges": "A tree on v vertices has v - 1 edges.",
                "connected_fewest_edges": ("Each edge joins at most two pieces into one: from v "
                                           "pieces, v - 1 edges at least; a path uses that many."),
                "acyclic_most_edges": ("A graph with no cycle is a forest, v - k edges for k "
                                       "trees: at most v - 1, a path."),
                "connected_fewest_tree": ("The fewest edges that connect v vertices are v - 1; a "
                                          "connected graph with v - 1 edges has no cycle (an edge "
                                          "of a cycle could go and leave it connected with v - 2 "
                                          "edges): a tree."),
                "acyclic_most_tree": ("A graph with no cycle is a forest of k trees with v - k "
                                      "edges; the most, v - 1, means k = 1: connected, a tree."),
                "forest_components": "Each tree of a forest has one edge fewer than vertices: "
                                     "v - e trees.",
                "planar_vertices": "Euler's formula v - e + f = 2 gives v = 2 + e - f.",
                "planar_edges": "Euler's formula v - e + f = 2 gives e = v + f - 2.",
                "spanning_tree_removed": ("A spanning tree keeps all v vertices and has v - 1 "
                                          "edges: remove e - (v - 1), whichever tree is left."),
                "chromatic_complete": "Every two vertices of K_m are adjacent: m colours.",
                "chromatic_bipartite": "Two parts, no edges inside a part: 2 colours.",
                "complete_edges": "Every two of the v vertices are joined: v(v - 1)/2 edges.",
                "most_edges": "At most every two of the v vertices joined: v(v - 1)/2 edges.",
                "bipartite_most_edges": ("Parts of k and v - k vertices hold at most k(v - k) "
                                         "edges, largest at k = v/2: floor(v^2/4)."),
                "round_robin": ("The games are the edges of K_v and a round a set of edges no "
                                "two sharing a player: the chromatic index, v - 1 for even v, "
                                "v for odd v (a round holds at most (v - 1)/2 games)."),
                "path_colours": ("Letters are vertices of a path, consecutive ones adjacent: "
                                 "alternate two boxes."),
                "planar_faces": "Euler's formula v - e + f = 2 gives f = 2 - v + e.",
                "planar_counts": "Euler's formula v - e + f = 2 gives f = 2 - v + e.",
                "euler_circuit_planar": ("An Euler circuit makes the graph connected with every "
                                         "degree even, so at least 2; v vertices and v edges have "
                                         "degree sum 2v, so every degree is 2: the cycle C_v, "
                                         "planar, and v - e + f = 2 gives f = 2."),
                "tree_leaves": ("With L leaves the tree has k + L vertices and k + L - 1 edges; "
                                "the degree sum L + (sum of the others) is twice that, so "
                                "L = 2 + sum of (d - 2) over the others."),
                "tree_average_degree": ("A tree on v vertices has v - 1 edges, degree sum "
                                        "2(v - 1): 2(v - 1)/v = a gives v = 2/(2 - a).")}[kind],
               f"The answer is {listed}."],
        code=("from fractions import Fraction\n\nimport sympy\n\n\ndef solve():\n"
              f"    n = {numbers!r}\n"
              f"    return sympy.sympify({_LAW_CODE[kind]})\n"),
        params=params,
    )


_LAW_CODE = {"regular_edges": "n['v'] * n['d'] // 2", "tree_edges": "n['v'] - 1",
             "connected_fewest_edges": "n['v'] - 1", "acyclic_most_edges": "n['v'] - 1",
             "connected_fewest_tree": "True", "acyclic_most_tree": "True",
             "regular_degree": "2 * n['e'] // n['v']", "regular_vertices": "2 * n['e'] // n['d']",
             "forest_components": "n['v'] - n['e']", "planar_vertices": "2 + n['e'] - n['f']",
             "planar_edges": "n['v'] + n['f'] - 2", "spanning_tree_removed": "n['e'] - n['v'] + 1",
             "chromatic_complete": "n['m']", "chromatic_bipartite": "2",
             "complete_edges": "n['v'] * (n['v'] - 1) // 2",
             "most_edges": "n['v'] * (n['v'] - 1) // 2", "bipartite_most_edges": "n['v'] ** 2 // 4",
             "round_robin": "n['v'] if n['v'] % 2 else n['v'] - 1",
             "path_colours": "min(n['v'], 2)", "planar_faces": "2 - n['v'] + n['e']",
             "planar_counts": "(n['v'], n['e'], 2 - n['v'] + n['e'])",
             "euler_circuit_planar": "(n['e'] == n['v'], 2 - n['v'] + n['e'])",
             "tree_leaves": "2 + sum(d - 2 for d in n['inner'])",
             "tree_average_degree": "int(2 / (2 - n['a']))"}


def _example_graph(kind: str, n: dict[str, int], answer: int) -> tuple[int, list[tuple[int, int]]]:
    """A graph that fits the description, built explicitly: vertices 0..V-1 and an edge list."""
    if kind in ("regular_edges", "regular_degree", "regular_vertices"):  # a circulant graph: i
        v, d = {"regular_edges": (n.get("v"), n.get("d")), "regular_degree": (n.get("v"), answer),
                "regular_vertices": (answer, n.get("d"))}[kind]  # joined to i +- 1, ..., i +- d/2
        # (and to the opposite vertex when d is odd)
        edges = {tuple(sorted((i, (i + s) % v))) for i in range(v) for s in range(1, d // 2 + 1)}
        if d % 2:
            edges |= {(i, i + v // 2) for i in range(v // 2)}
        return v, sorted(edges)
    if kind in ("tree_edges", "connected_fewest_edges", "acyclic_most_edges",
                *TREE_VERDICTS):
        return n["v"], [(i, i + 1) for i in range(n["v"] - 1)]
    if kind == "forest_components":  # one path holding all the edges, the rest alone
        return n["v"], [(i, i + 1) for i in range(n["e"])]
    if kind == "planar_vertices":  # a fan: the path 0..v-1 and chords 0-2, ..., 0-f; each
        v = answer  # chord closes one triangle, so f - 1 bounded faces and the outer one
        edges = [(i, i + 1) for i in range(v - 1)] + [(0, j) for j in range(2, n["f"] + 1)
                                                        if j < v]
        return v, edges
    if kind in ("planar_edges", "planar_faces", "planar_counts"):  # a double fan: the path
        v = n["v"]  # 2..v-1 with 0 and 1 joined to all of it and to each other (planar: 0 above
        # the path, 1 below),
        order = ([(i, i + 1) for i in range(2, v - 1)] + [(0, 2), (1, 2)]  # its first edges
                 + [(k, j) for j in range(3, v) for k in (0, 1)] + [(0, 1)])
        return v, order[:answer if kind == "planar_edges" else n["e"]]
    if kind == "path_colours":
        return n["v"], [(i, i + 1) for i in range(n["v"] - 1)]
    if kind == "tree_leaves":  # the Prüfer code naming other vertex i d_i - 1 times, decoded
        code = [i for i, d in enumerate(n["inner"]) for _ in range(d - 1)]
        size = len(n["inner"]) + answer
        if len(code) != size - 2:  # not a tree on that many vertices
            return size, []
        return size, [tuple(e) for e in nx.from_prufer_sequence(code).edges]
    if kind == "tree_average_degree":  # a path on that many vertices
        return answer, [(i, i + 1) for i in range(answer - 1)]
    if kind in ("complete_edges", "most_edges", "round_robin"):
        return n["v"], list(itertools.combinations(range(n["v"]), 2))
    if kind == "bipartite_most_edges":  # the best split, found by trying every split
        k = max(range(n["v"] + 1), key=lambda k: k * (n["v"] - k))
        return n["v"], [(i, j) for i in range(k) for j in range(k, n["v"])]
    if kind == "spanning_tree_removed":  # a path, then the chords i-j in order
        v = n["v"]
        chords = [(i, j) for i in range(v) for j in range(i + 2, v)]
        return v, [(i, i + 1) for i in range(v - 1)] + chords[:n["e"] - v + 1]
    if kind == "chromatic_complete":
        return n["m"], [(i, j) for i in range(n["m"]) for j in range(i + 1, n["m"])]
    m = n["m"]  # complete bipartite
    return m + n["n"], [(i, m + j) for i in range(m) for j in range(n["n"])]


def _least_colours(v: int, edges: list[tuple[int, int]]) -> int:
    """The fewest colours of a proper colouring, by trying k = 1, 2, ... with backtracking."""
    neighbours: dict[int, set[int]] = {i: set() for i in range(v)}
    for a, b in edges:
        neighbours[a].add(b)
        neighbours[b].add(a)
    for k in range(1, v + 1):
        colour: dict[int, int] = {}

        def place(i: int, k: int = k, colour: dict[int, int] = colour) -> bool:
            if i == v:
                return True
            for c in range(k):
                if all(colour.get(j) != c for j in neighbours[i]):
                    colour[i] = c
                    if place(i + 1):
                        return True
                    del colour[i]
            return False

        if place(0):
            return k
    return v


def _components(v: int, edges: list[tuple[int, int]]) -> int:
    parent = list(range(v))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for a, b in edges:
        parent[root(a)] = root(b)
    return len({root(i) for i in range(v)})


def _cycle_edges(v: int, edges: list[tuple[int, int]]) -> int:
    """How many edges join two vertices already connected by the edges before them: every
    other edge joins two components into one."""
    return len(edges) - (v - _components(v, edges))


def _round_robin_certified(v: int, rounds: int) -> bool:
    """K_v's games scheduled by the circle method (one player fixed, the others rotating past
    it; a bye for odd v), checked to be every game once with no one twice in a round, in
    ``rounds`` rounds; and fewer impossible: a round is a matching, so rounds - 1 of them, each
    at most a maximum matching, miss a game."""
    size = v + v % 2  # a dummy player for the byes
    colour: dict[frozenset[int], int] = {}
    for r in range(size - 1):
        pairs = [(r, size - 1)] + [((r + i) % (size - 1), (r - i) % (size - 1))
                                   for i in range(1, size // 2)]
        colour.update({frozenset(p): r for p in pairs if max(p) < v})
    games = {frozenset(e) for e in itertools.combinations(range(v), 2)}
    proper = set(colour) == games and all(
        colour[e] != colour[f] for e, f in itertools.combinations(colour, 2) if e & f)
    most = len(nx.max_weight_matching(nx.complete_graph(v), maxcardinality=True))
    return proper and len(set(colour.values())) <= rounds and (rounds - 1) * most < len(games)


def _every_extreme_a_tree(kind: str, v: int) -> bool:
    """Among all graphs on v vertices, those with the fewest edges that connect them (or the
    most edges with no cycle), found by trying every number of edges: each is a tree."""
    pairs = list(itertools.combinations(range(v), 2))
    wanted = (lambda edges: _components(v, edges) == 1) if kind == "connected_fewest_tree" else \
        (lambda edges: _cycle_edges(v, edges) == 0)
    sizes = range(len(pairs) + 1) if kind == "connected_fewest_tree" else \
        range(len(pairs), -1, -1)
    for size in sizes:
        found = [list(e) for e in itertools.combinations(pairs, size) if wanted(list(e))]
        if found:
            return all(_components(v, e) == 1 and _cycle_edges(v, e) == 0 for e in found)
    return False


def _even_cycles_planar(v: int) -> bool:
    """Every graph on v vertices with v edges that is connected with all degrees even (has an
    Euler circuit) is planar with 2 faces; and there is one."""
    found = []
    for edges in itertools.combinations(itertools.combinations(range(v), 2), v):
        graph = nx.empty_graph(v)
        graph.add_edges_from(edges)
        if nx.is_connected(graph) and all(d % 2 == 0 for _, d in graph.degree):
            found.append(nx.check_planarity(graph)[0] and faces(graph) == 2)
    return bool(found) and all(found)


def _verify_graph_count(problem: Problem) -> list[Check]:
    """Build a graph that fits the description and count on it: edges, components (union-find),
    faces (v - e + f = 2 needs a drawing: a fan has e - v + 1 bounded faces), colours
    (backtracking)."""
    params, kind = problem.params, problem.params["kind"]
    numbers = {k: _given(params[k]) for k in GRAPH_LAWS[kind][1]}
    if kind == "euler_circuit_planar":
        return [Check("every graph on up to 6 vertices with as many edges, connected and all "
                      "degrees even, listed: each planar with 2 faces; C_v drawn, its faces "
                      "walked", problem.answer == sp.Tuple(sp.true, 2)
                      and all(_even_cycles_planar(v) for v in range(3, 7))
                      and faces(nx.cycle_graph(numbers["v"])) == 2)]
    if kind in TREE_VERDICTS:
        return [Check("every graph on up to 6 vertices with the fewest connecting edges (the most "
                      "edges and no cycle) listed: each a tree", problem.answer is sp.true
                      and all(_every_extreme_a_tree(kind, v) for v in range(1, 7)))]
    listed = problem.answer if kind == "planar_counts" else None
    answer = int(listed[2] if listed is not None else problem.answer)
    v, edges = _example_graph(kind, numbers, answer)
    degrees = [sum(i in e for e in edges) for i in range(v)]
    if kind == "regular_edges":
        found = set(degrees) == {numbers["d"]} and len(edges) == answer
    elif kind == "regular_degree":
        found = set(degrees) == {answer} and len(edges) == numbers["e"]
    elif kind == "regular_vertices":
        found = set(degrees) == {numbers["d"]} and len(edges) == numbers["e"] and v == answer
    elif kind == "tree_edges":
        found = _components(v, edges) == 1 and len(edges) == answer
    elif kind in ("connected_fewest_edges", "acyclic_most_edges"):  # connected with no cycle:
        # an edge fewer splits it, an edge more closes a cycle
        found = (len(edges) == answer and _components(v, edges) == 1
                 and _cycle_edges(v, edges) == 0)
    elif kind == "forest_components":
        found = len(edges) == numbers["e"] and _components(v, edges) == answer
    elif kind == "planar_vertices":  # the fan has f faces by construction: it is drawn so
        found = len(set(edges)) == numbers["e"] and _components(v, edges) == 1
    elif kind == "planar_edges":  # drawn planar, each edge that closes a cycle splits a face
        found = (len(set(edges)) == answer and _components(v, edges) == 1
                 and 1 + _cycle_edges(v, edges) == numbers["f"])
    elif kind in ("complete_edges", "most_edges"):  # every pair joined: none can be added
        found = len(set(edges)) == answer == len(list(itertools.combinations(range(v), 2)))
    elif kind == "bipartite_most_edges":  # a bipartite graph lies inside K_{k,v-k} for its split
        found = len(edges) == answer == max(
            sum(1 for i in range(k) for j in range(k, v)) for k in range(v + 1))
    elif kind == "tree_leaves":  # the decoded tree: the given degrees, and its leaves counted
        found = (len(edges) == v - 1 and _components(v, edges) == 1
                 and degrees[:len(numbers["inner"])] == numbers["inner"]
                 and degrees.count(1) == answer)
    elif kind == "tree_average_degree":  # the path's degrees averaged
        found = _components(v, edges) == 1 and Fraction(sum(degrees), v) == numbers["a"]
    elif kind == "round_robin":  # a proper edge colouring, and why no fewer colours will do
        found = _round_robin_certified(v, answer)
    elif kind in ("planar_faces", "planar_counts"):  # the double fan drawn, its faces walked
        graph = nx.empty_graph(v)  # around; the vertices and edges listed counted on it
        graph.add_edges_from(edges)
        found = (len(set(edges)) == numbers["e"] and nx.is_connected(graph)
                 and nx.check_planarity(graph)[0] and faces(graph) == answer
                 and (listed is None or tuple(listed[:2]) == (len(graph), len(set(edges)))))
    elif kind == "spanning_tree_removed":  # grow a spanning tree; the edges it skips are removed
        found = (len(set(edges)) == numbers["e"] and _components(v, edges) == 1
                 and _cycle_edges(v, edges) == answer)
    else:
        found = _least_colours(v, edges) == answer
    return [Check("a graph built to the description, counted directly", bool(found))]


@family("graphs.graph_counts", verify=_verify_graph_count, pose=_pose_graph_count)
def graph_counts(rng: random.Random, difficulty: int) -> Problem:
    """Edges, components, vertices or colours from a graph's description (counting laws)."""
    kind = rng.choice(list(GRAPH_LAWS))
    v = rng.randint(5, 6 + 4 * difficulty)
    numbers = {"regular_edges": {"v": 2 * v, "d": rng.randint(2, 5)}, "tree_edges": {"v": v},
               "connected_fewest_edges": {"v": v}, "acyclic_most_edges": {"v": v},
               "connected_fewest_tree": {"v": v}, "acyclic_most_tree": {"v": v},
               "forest_components": {"v": v, "e": rng.randint(1, v - 2)},
               "planar_vertices": {"e": v + rng.randint(1, 4), "f": rng.randint(2, 4)},
               "planar_edges": {"v": v, "f": rng.randint(2, v)},
               "regular_degree": {"v": 2 * v, "e": v * rng.randint(1, 4)},
               "regular_vertices": {"d": 2 * (half := rng.randint(1, 3)), "e": half * v},
               "spanning_tree_removed": {"v": v, "e": v + rng.randint(0, v)},
               "chromatic_complete": {"m": rng.randint(3, 5)},
               "chromatic_bipartite": {"m": rng.randint(2, 4), "n": rng.randint(2, 4)},
               "complete_edges": {"v": v}, "most_edges": {"v": v},
               "bipartite_most_edges": {"v": v}, "round_robin": {"v": rng.randint(3, 8)},
               "path_colours": {"v": v},
               "planar_faces": {"v": v, "e": min(3 * v - 6, v + rng.randint(0, v))},
               "planar_counts": {"v": v, "e": min(3 * v - 6, v + rng.randint(0, v))},
               "euler_circuit_planar": {"v": v, "e": v},
               "tree_leaves": {"inner": ",".join(str(rng.randint(2, 6)) for _ in range(3))},
               "tree_average_degree": {"a": vary_graph_count({"kind": "tree_average_degree",
                                                              "a": "1.5"}, rng)["a"]}}[kind]
    return _pose_graph_count({"kind": kind, **{k: str(n) for k, n in numbers.items()}})


def vary_graph_count(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """New numbers of the same size (kept even where the handshake law needs it); a list of
    degrees each moved, an average degree that of a tree of another size (a whole number of
    vertices whose 2 - 2/v ends as a decimal)."""
    def near(value: int | Fraction | list[int]) -> str:
        if isinstance(value, list):
            return ",".join(str(max(2, d + rng.randint(-2, 2))) for d in value)
        if isinstance(value, Fraction):
            size = rng.choice([8, 16, 20, 25, 40, 50, 80, 100, 125, 200, 250, 400, 500])
            return str(Decimal(2) - Decimal(2) / Decimal(size))
        return str(max(1, value + rng.randint(-3, 3)))

    while True:
        new = {k: near(_given(params[k])) for k in GRAPH_LAWS[params["kind"]][1]}
        candidate = {**params, **new}
        try:
            problem = _pose_graph_count(candidate)
        except ValueError:
            continue
        if candidate != params and all(c.passed for c in _verify_graph_count(problem)):
            return candidate


# ---------------------------------------------------------------- missing terms of a progression


def _filled(terms: list[str], kind: str) -> list[sp.Expr]:
    """The unknowns' values (in order) that make the terms an arithmetic or geometric run: the
    known ends fix the step, d = (last - first)/(k - 1) or the real r = (last/first)^(1/(k-1))."""
    first, last, steps = sp.Rational(terms[0]), sp.Rational(terms[-1]), len(terms) - 1
    if kind == "arithmetic":
        return [first + i * (last - first) / steps for i, t in enumerate(terms) if t.isalpha()]
    if first == 0 or (last / first < 0 and steps % 2 == 0):
        raise ValueError("no real geometric progression through the terms")
    ratio = sp.real_root(last / first, steps)
    return [sp.simplify(first * ratio**i) for i, t in enumerate(terms) if t.isalpha()]


def _pose_progression(params: dict[str, Any]) -> Problem:
    """``params``: ``terms`` (numbers and letters, in order: ["4", "x", "y", "31"]), ``kinds``
    (which progressions are asked, each of "arithmetic", "geometric")."""
    terms, kinds = params["terms"], params["kinds"]
    values = [v for kind in kinds for v in _filled(terms, kind)]
    names = [t for t in terms if not re.fullmatch(r"-?\d+(?:/\d+)?", t)]
    listed = ", ".join(terms)
    steps = [f"{kind.capitalize()}: " + ", ".join(f"${n} = {latex(v)}$" for n, v in zip(
        names, _filled(terms, kind), strict=True)) + "." for kind in kinds]
    statement = (f"Find {' and '.join(names)} so that {listed} is part of "
                 + " sequence, and then of ".join(("an " if k[0] == "a" else "a ") + k for k in kinds)
                 + " sequence.")
    return Problem(
        statement=statement,
        statement_latex=statement.replace(listed, f"${listed}$"),
        answer=sp.Tuple(*values),
        steps=steps,
        code=("import sympy\n\n\ndef solve():\n"
              f"    terms, values = {terms!r}, []\n"
              "    first, last, steps = sympy.Rational(terms[0]), sympy.Rational(terms[-1]), len(terms) - 1\n"
              f"    for kind in {kinds!r}:\n"
              "        if kind == 'arithmetic':\n"
              "            values += [first + i * (last - first) / steps\n"
              "                       for i, t in enumerate(terms) if t.isalpha()]\n"
              "        else:\n"
              "            ratio = sympy.real_root(last / first, steps)\n"
              "            values += [sympy.simplify(first * ratio**i)\n"
              "                       for i, t in enumerate(terms) if t.isalpha()]\n"
              "    return sympy.Tuple(*values)\n"),
        params=params,
    )


def _verify_progression(problem: Problem) -> list[Check]:
    """Put the values in their places and check, at 40 digits, that consecutive differences (or
    ratios) are all equal."""
    import mpmath

    terms, answer = problem.params["terms"], list(problem.answer)
    ok = True
    with mpmath.workdps(40):
        for kind in problem.params["kinds"]:
            filled = [mpmath.mpf(sp.Rational(t).p) / sp.Rational(t).q
                      if re.fullmatch(r"-?\d+(?:/\d+)?", t) else mpmath.mpf(str(sp.N(answer.pop(0), 50)))
                      for t in terms]
            steps = [b - a if kind == "arithmetic" else b / a for a, b in itertools.pairwise(filled)]
            ok = ok and all(abs(s - steps[0]) < mpmath.mpf(10) ** -30 * (1 + abs(steps[0]))
                            for s in steps)
    return [Check("consecutive differences (ratios) equal at 40 digits", ok)]


@family("sequences.fill_progression", verify=_verify_progression, pose=_pose_progression)
def fill_progression(rng: random.Random, difficulty: int) -> Problem:
    """The two missing middle terms of an arithmetic (and a geometric) progression."""
    first, step = rng.randint(1, 9), rng.randint(2, 3 + difficulty)
    kinds = ["arithmetic"] if difficulty < 3 else ["arithmetic", "geometric"]
    return _pose_progression({"terms": [str(first), "x", "y", str(first * step**3)],
                              "kinds": kinds})


def vary_progression(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """New known terms of about the same size, the unknowns in the same places."""
    terms = [str(max(1, int(sp.Rational(t)) + rng.randint(-5, 5)))
             if re.fullmatch(r"-?\d+(?:/\d+)?", t) else t for t in params["terms"]]
    return {**params, "terms": terms}


# ---------------------------------------------------------------- the sequence a function generates

SERIES_TERMS = 6  # "find the sequence generated by ...": its first terms


def _first_terms(function: sp.Expr, count: int) -> sp.Tuple:
    """The first coefficients of P/Q: P times the inverse of Q modulo x^count (SymPy)."""
    numerator, denominator = sp.fraction(sp.together(function))
    product = sp.expand(numerator * sp.invert(sp.expand(denominator), X**count))
    return sp.Tuple(*[product.coeff(X, i) for i in range(count)])


N = sp.Symbol("n")
_CLOSED_CHECKED = 16  # a closed formula must give this many of the function's first terms


def nth_term(function: sp.Expr) -> sp.Expr:
    """The coefficient of x^n in P/Q as a formula in n: for n > deg P the coefficients satisfy
    the recurrence of Q's coefficients, solved by rsolve from its first terms there; the terms
    before those the formula may miss are given one by one (a Piecewise)."""
    numerator, denominator = (sp.Poly(part, X) for part in sp.fraction(sp.together(function)))
    order = denominator.degree()
    start = max(0, numerator.degree() - order + 1)  # the recurrence gives every later term
    first = _first_terms(function, start + order)
    q = list(reversed(denominator.all_coeffs()))
    a = sp.Function("a")
    formula = sp.rsolve(sum(q[i] * a(N - i) for i in range(order + 1)), a(N),
                        {a(start + i): first[start + i] for i in range(order)})
    if formula is None:
        raise ValueError("rsolve finds no formula for the coefficients")
    formula = sp.simplify(formula)
    early = [(first[i], sp.Eq(N, i)) for i in range(start) if formula.subs(N, i) != first[i]]
    return sp.Piecewise(*early, (formula, True)) if early else formula


def _pose_series(params: dict[str, Any]) -> Problem:
    """``params``: ``functions`` (rational functions of x, as SymPy text), ``count`` (how many
    first terms); or one function and ``index``, the one term asked ("Find $a_7$ for the
    sequence with generating function ..."), or ``index: "n"``, a closed formula for a_n."""
    functions = [sp.sympify(f, locals={"x": X}) for f in params["functions"]]
    if params.get("index") == "n":
        return _pose_nth(params, functions)
    index = params.get("index")
    if index is not None and (len(functions) != 1 or int(index) < 0):
        raise ValueError("one term is asked of one generating function")
    count = int(index) + 1 if index is not None else int(params["count"])
    if any(not f.is_rational_function(X) or sp.fraction(sp.together(f))[1].subs(X, 0) == 0
           for f in functions):
        raise ValueError("a generating function here is a rational function defined at 0")
    rows = [_first_terms(f, count) for f in functions]
    answer = rows[0] if len(rows) == 1 else sp.Tuple(*rows)
    shown = "; ".join(f"${latex(f)}$" for f in functions)
    statement = (f"Find the first {count} terms of the sequence generated by "
                 + "; ".join(sp.sstr(f) for f in functions) + ".",
                 f"Find the first {count} terms of the sequence generated by {shown}.")
    if index is not None:
        answer = rows[0][-1]
        statement = ((f"Find a_{index} for the sequence with generating function "
                     f"{sp.sstr(functions[0])}."),
                     f"Find $a_{{{index}}}$ for the sequence with generating function {shown}.")
    return Problem(
        statement=statement[0],
        statement_latex=statement[1],
        answer=answer,
        steps=[f"Expand ${latex(f)}$ as a power series: its coefficients are "
               f"${', '.join(map(latex, r))}, \\dots$" for f, r in zip(functions, rows, strict=True)],
        code=("import sympy\n\n\ndef solve():\n"
              "    x = sympy.Symbol('x')\n"
              "    rows = []\n"
              f"    for f in {params['functions']!r}:\n"
              "        p, q = sympy.fraction(sympy.together(sympy.sympify(f)))\n"
              f"        product = sympy.expand(p * sympy.invert(sympy.expand(q), x**{count}))\n"
              f"        rows.append(sympy.Tuple(*[product.coeff(x, i) for i in range({count})]))\n"
              + ("    return rows[0][-1]\n" if index is not None else
                 "    return rows[0] if len(rows) == 1 else sympy.Tuple(*rows)\n")),
        params=params,
    )


def _pose_nth(params: dict[str, Any], functions: list[sp.Expr]) -> Problem:
    """A closed formula for the nth term of the sequence one rational function generates."""
    if len(functions) != 1 or not functions[0].is_rational_function(X) or \
            sp.fraction(sp.together(functions[0]))[1].subs(X, 0) == 0:
        raise ValueError("one rational generating function, defined at 0")
    answer = nth_term(functions[0])
    shown = latex(functions[0])
    return Problem(
        statement=f"Find a closed formula for the nth term of the sequence with generating "
                  f"function {sp.sstr(functions[0])}.",
        statement_latex=f"Find a closed formula for the $n$th term of the sequence with "
                        f"generating function ${shown}$.",
        answer=answer,
        steps=[("Past the numerator's degree, the terms satisfy the recurrence the denominator's "
               "coefficients give; solve it from the first terms there."),
               f"$a_n = {latex(answer)}$."],
        code=("import sympy\n\n\ndef solve():\n"
              "    x, n = sympy.Symbol('x'), sympy.Symbol('n')\n"
              f"    p, q = (sympy.Poly(part, x) for part in sympy.fraction(sympy.together("
              f"sympy.sympify({params['functions'][0]!r}))))\n"
              "    order, start = q.degree(), max(0, p.degree() - q.degree() + 1)\n"
              "    series = sympy.expand(p.as_expr() * sympy.invert(q.as_expr(), x**(start + order)))\n"
              "    first = [series.coeff(x, i) for i in range(start + order)]\n"
              "    c = list(reversed(q.all_coeffs()))\n"
              "    a = sympy.Function('a')\n"
              "    formula = sympy.simplify(sympy.rsolve(sum(c[i] * a(n - i) for i in range(order + 1)),\n"
              "                                          a(n), {a(start + i): first[start + i]\n"
              "                                                 for i in range(order)}))\n"
              "    early = [(first[i], sympy.Eq(n, i)) for i in range(start)\n"
              "             if formula.subs(n, i) != first[i]]\n"
              "    return sympy.Piecewise(*early, (formula, True)) if early else formula\n"),
        params=params,
    )


def _verify_series(problem: Problem) -> list[Check]:
    functions = [sp.sympify(f, locals={"x": X}) for f in problem.params["functions"]]
    index = problem.params.get("index")
    if index == "n":
        terms = series_terms(functions[0], _CLOSED_CHECKED)
        ok = all(sp.simplify(problem.answer.subs(N, i) - sp.Rational(t.numerator, t.denominator))
                 == 0 for i, t in enumerate(terms))
        return [Check(f"the formula gives the first {_CLOSED_CHECKED} terms of the long division "
                      "of the numerator by the denominator", ok)]
    if index is not None:
        ok = series_terms(functions[0], int(index) + 1)[-1] == Fraction(str(problem.answer))
        return [Check("long division of the numerator by the denominator, in exact fractions", ok)]
    rows = [problem.answer] if len(functions) == 1 else list(problem.answer)
    ok = all(series_terms(f, len(r)) == [Fraction(str(v)) for v in r]
             for f, r in zip(functions, rows, strict=True))
    return [Check("long division of the numerator by the denominator, in exact fractions", ok)]


@family("sequences.series_terms", verify=_verify_series, pose=_pose_series)
def series_terms_family(rng: random.Random, difficulty: int) -> Problem:
    """The first terms of the sequence a simple rational generating function generates."""
    a, r = rng.randint(1, 5), rng.choice([-3, -2, 2, 3, 4])
    function = rng.choice([a * X / (1 - X), a / (1 - r * X), a * X / (1 - r * X) ** 2,
                           (1 + X) / (1 - X) ** (1 + difficulty // 2)])
    return _pose_series({"functions": [sp.sstr(function)], "count": SERIES_TERMS})


def vary_series(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Each function with x scaled by a small integer and a new constant factor."""
    functions = [sp.sstr(rng.randint(2, 4) * sp.sympify(f, locals={"x": X}).subs(
        X, rng.choice([-2, 2, 3]) * X)) for f in params["functions"]]
    return {**params, "functions": functions}
