"""Read a question about graphs the item gives outright into :mod:`exercises.families.textbook_graphs`.

A graph is given by its sets ("$V = \\{a,b,c\\}$ and $E = \\{\\{a,b\\},\\{b,c\\}\\}$", the
shorthand "$E = \\{ab, bc\\}$", "$G = (\\{a,b,c\\}, \\{\\{a,b\\}\\})$") or by name ($K_5$,
$K_{2,7}$, $C_7$, $P_7$). Every formula of the item must be one of its graphs, and every
question it asks one this family answers ("Which of the following graphs are trees?",
"... contain an Euler trail? Which contain an Euler circuit?", "What is the chromatic number of
each graph?", "Are the graphs below equal?"); otherwise the item is left unread. A graph drawn
in a figure is not in the text, so such an item has no graph and is not read. A part that only
names the graph its exercise sets up ("Is $G$ planar?") takes that one graph; a graph given by
an adjacency list or an adjacency matrix is read by :func:`read_adjacency`.
"""

from __future__ import annotations

import re
from typing import Any

from formalize import OWN_END
from formalize.parts import asked, own_formulas
from ingest.document import MATH_SPAN, prose_of

Task = tuple[str, dict[str, Any]]

_ATOM = r"[A-Za-z0-9]+"
_VERTICES = rf"\\\{{((?:{_ATOM},)*{_ATOM})\\\}}"
_PAIRS = rf"\\\{{((?:\\\{{{_ATOM},{_ATOM}\\\}},)*\\\{{{_ATOM},{_ATOM}\\\}}|(?:[A-Za-z0-9]{{2}},)*[A-Za-z0-9]{{2}})\\\}}"
_INDEX = r"(?:_\{?(\d)\}?|('))?"  # G_1, or G' (then V', E')
_WHOLE = re.compile(rf"G{_INDEX}=\({_VERTICES},{_PAIRS}\)")
_SET_V = re.compile(rf"V{_INDEX}=?{_VERTICES}")
_SET_E = re.compile(rf"E{_INDEX}=?{_PAIRS}")
_NAMED = re.compile(r"([KCP])_\{?(\d+)(?:,(\d+))?\}?")
# What may be left of the formulas once the graphs are taken out: their names.
_NAME_INDEX = r"(?:_\{?\d\}?|')?"
_NAMES = re.compile(rf"G{_NAME_INDEX}(?:=\(V{_NAME_INDEX},E{_NAME_INDEX}\))?|[=;.,]")
_TIDY = re.compile(r"\\text\{\s*and\s*\}|\\\\|\\q?quad|\\[,;!]|\\left|\\right|~|&|\s+")  # & aligns a display

# The questions, each a pattern on the asked words (math taken out) and what it asks.
_QUESTIONS = [
    (r"\bwhich (?:of the following )?graphs are trees|\bis (?:the graph|it) a tree", "tree"),
    (r"\bwhich (?:of the following )?graphs are bipartite|\bis (?:the graph|it) bipartite",
     "bipartite"),
    (r"\bis (?:the graph|it) connected", "connected"),
    (r"\beuler circuit", "euler_circuit"),
    (r"\beuler trail", "euler_trail"),
    ((r"\bwhat is the chromatic number of each graph|\bfind the chromatic number of (?:the|each) "
     r"graph|\bwhat is the smallest number of colors you need to properly color the vertices of"
     r"|\bwhat is the chromatic number of \?"), "chromatic"),
    (r"\bwhat is the chromatic index of each graph|\bfind the chromatic index of (?:the|each) graph",
     "chromatic_index"),
    (r"\bhow many edges does (?:the graph|it) have", "edges"),
    (r"\b(?:what|find) (?:is )?the degree of each vertex", "degrees"),
    ((r"\bwrite down the degree sequence for \.|\bthat is, write down the degrees of all the "
      r"vertices, in decreasing order"), "degree_sequence"),
    (r"\bis (?:the graph |it )?planar\?", "planar"),
    (r"\bare the (?:two )?graphs (?:below )?equal", "equal"),
    (r"\bequal or isomorphic", "equal"),
    (r"\b(?:equal or|are they) isomorphic|\bis the graph isomorphic to\b", "isomorphic"),
]
# A sentence that asks something: it must be one of the questions above.
_ASKING = re.compile(r"\?|^\s*(?:which|what|how|can|for which|is|are|does|do)\b|\b(?:find|determine|"
                     r"decide|give|list|compute|show|prove|draw|write|explain)\b")
# Sentences that ask for the reasons or the certificate the answer's steps give.
_SAID = re.compile(r"^\s*(?:explain|justify your answers?|if so, give the isomorphism|if not, "
                   r"explain how you know)\s*$")
_EULER_QUESTION = re.compile(r"^\s*(?:which (?:of the following graphs )?(?:contain|have)|"
                             r"determine which of the following graphs have|does (?:the graph|it) "
                             r"(?:contain|have))\b")
_LABEL = re.compile(r"\([a-z]\)")
_TREE_VERDICT = re.compile(r"\bdecide whether it must always, must never, or could possibly be a "
                           r"degree sequence for a tree\b")
_DEGREES = re.compile(r"^\s*\(\s*(\d+(?:\s*,\s*\d+)+)\s*\)\s*[.,]?\s*$")


def _graphs(formula: str) -> list[dict[str, Any]] | None:
    """The graphs the joined formulas give, in order, or None if anything else is there."""
    text = _TIDY.sub("", formula)
    found: list[tuple[int, dict[str, Any]]] = []
    sets: dict[str, list[tuple[int, str, list]]] = {"V": [], "E": []}

    def pairs(listed: str) -> list[list[str]]:
        if "\\{" in listed:
            return [p.split(",") for p in re.findall(rf"\\\{{({_ATOM},{_ATOM})\\\}}", listed)]
        return [list(p) for p in listed.split(",")]

    for pattern, kind in ((_WHOLE, "whole"), (_SET_E, "E"), (_SET_V, "V"), (_NAMED, "named")):
        for m in pattern.finditer(text):
            if kind == "whole":
                found.append((m.start(), {"vertices": m.group(3).split(","),
                                          "edges": pairs(m.group(4))}))
            elif kind == "named":
                sizes = [int(g) for g in m.groups()[1:] if g]
                found.append((m.start(), {"name": m.group(1), "sizes": sizes}))
            else:
                listed = m.group(3).split(",") if kind == "V" else pairs(m.group(3))
                sets[kind].append((m.start(), m.group(1) or m.group(2) or "", listed))
        text = pattern.sub(lambda m: " " * len(m.group()), text)
    # each vertex set with the edge set after it, named alike (V_1 with E_1)
    if len(sets["V"]) != len(sets["E"]) or _NAMES.sub("", text).strip():
        return None
    for (at, index, listed), (_, other, joined) in zip(sorted(sets["V"]), sorted(sets["E"]),
                                                       strict=True):
        if index != other:
            return None
        found.append((at, {"vertices": listed, "edges": joined}))
    graphs = [spec for _, spec in sorted(found, key=lambda f: f[0])]
    for spec in graphs:
        if "edges" in spec and (len(set(spec["vertices"])) != len(spec["vertices"]) or any(
                len(set(e)) != 2 or not set(e) <= set(spec["vertices"]) for e in spec["edges"])):
            return None  # a loop, a repeated vertex or an edge to no vertex: not a simple graph
    return graphs


def _setup_graph(exercise: list[str], mine: list[str]) -> list[dict[str, Any]] | None:
    r"""The one graph a part's exercise sets up before its parts ("Consider the graph
    $G=(V,E)$ with $V=\{a,...\}$ and $E=$ $\{ab,...\}$ (here we are using the shorthand for
    edges: $ab$ really means $\{a,b\}$ ...)"), for a part that only names it ("Is $G$
    planar?"): its formulas before the part's own recur (or, when those do not give one graph,
    before its first formula first recurs: an earlier part names the graph too), an "E=" the
    PDF broke from its set joined to it, the shorthand's example dropped."""
    whole = next((exercise[:at] for at in range(len(exercise))
                  if exercise[at:at + len(mine)] == mine), exercise)
    first = exercise[:exercise.index(mine[0])] if mine[0] in exercise else whole
    return _one_graph(whole) or _one_graph(first)


def _one_graph(setup: list[str]) -> list[dict[str, Any]] | None:
    """The one graph an exercise's formulas before its parts give (see :func:`_setup_graph`)."""
    joined: list[str] = []
    for formula in setup:
        if joined and joined[-1].rstrip().endswith("="):
            joined[-1] += formula
        else:
            joined.append(formula)
    if len(joined) >= 2 and re.fullmatch(r"\s*([a-z])([a-z])\s*", joined[-2]) and re.sub(
            r"\s", "", joined[-1]) == "\\{{{},{}\\}}".format(*joined[-2].strip()):
        joined = joined[:-2]  # "$ab$ really means $\{a,b\}$"
    found = _graphs(" ; ".join(joined))
    return found if found and len(found) == 1 else None


# "What kind of graph is $G$? Is $G$ complete? Bipartite? A tree? A cycle? A path? A wheel?":
# the kinds it names, each a yes or no.
_KIND_OF = re.compile(r"what kind of graph is \?((?: (?:is )?(?:complete|bipartite|a tree|a cycle|"
                      r"a path|a wheel)\?)+)")
_KINDS = {"complete": "complete", "bipartite": "bipartite", "a tree": "tree", "a cycle": "cycle",
          "a path": "path", "a wheel": "wheel"}


def _asks(words: str) -> list[str] | None:
    """What the words ask, in order, or None if any sentence asks something else."""
    if kinds := _KIND_OF.match(words.strip()):  # then only its exercise's setup, asking nothing
        rest = re.split(r"(?<=[.?!])\s+", words.strip()[kinds.end():].strip())
        if any(_ASKING.search(s) and not _SAID.match(s.strip(" .")) for s in rest if s):
            return None
        return [_KINDS[k] for k in re.findall(rf"(?:is )?({'|'.join(_KINDS)})\?", kinds[1])]
    asks: list[tuple[int, int, str]] = []
    for at, sentence in enumerate(re.split(r"(?<=[.?!])\s+", words)):
        matched = [(at, m.start(), ask) for pattern, ask in _QUESTIONS
                   for m in re.finditer(pattern, sentence)]
        if any(ask.startswith("euler") for _, _, ask in matched) and not _EULER_QUESTION.search(
                sentence):
            return None
        if not matched and _ASKING.search(sentence) and not _SAID.match(sentence.strip(" .")):
            return None
        asks += matched
    ordered = [ask for _, _, ask in sorted(asks)]
    return list(dict.fromkeys(ordered)) or None


# Exercise 2.1.5.11: "we define $N(v)=\{u\in V:\{v,u\}\in E\}$. We define $N[v]=N(v)\cup\{v\}$."
# then "(a) Let $G$ be the graph with vertices $V$ and edges $E$ given by $V=...,E=...$. Find
# $N(a)$, $N[a]$, $N(c)$, and $N[c]$."
_DEFINED = {"N(v)=\\{u\\inV:\\{v,u\\}\\inE\\}", "N[v]=N(v)\\cup\\{v\\}"}
_ASKED_SET = re.compile(r"N([(\[])([A-Za-z0-9]+)[)\]]")
_FIND = re.compile(r"(?:.*\. )?find(?: ,)*(?: and)? \.")


def _neighbourhoods(formulas: list[str], mine: list[str], own: str) -> Task | None:
    """N(v) and N[v] of a graph the item gives, as its exercise defines them; the item's last
    formulas the sets asked, its words only "find" them."""
    asked_sets = [m for f in mine if (m := _ASKED_SET.fullmatch(f.strip()))]
    given = [f for f in mine if not _ASKED_SET.fullmatch(f.strip())]
    defined = {re.sub(r"\s|\\,", "", f).replace("\\st", ":").rstrip(".")
               for f in formulas[len(mine):]}
    if not asked_sets or mine[len(given):] != [m.string for m in asked_sets] or not (
            _DEFINED <= defined) or not _FIND.fullmatch(own.strip()):
        return None
    graphs = _graphs(" ; ".join(f for f in given if f.strip() not in ("V", "E")))
    if not graphs or len(graphs) != 1 or "edges" not in graphs[0] or any(
            m[2] not in graphs[0]["vertices"] for m in asked_sets):
        return None
    asks = [("open:" if m[1] == "(" else "closed:") + m[2] for m in asked_sets]
    return "graphs.graph_property", {"graphs": graphs, "asks": asks}


# Exercise 2.1.5.11(b): "What are the largest and smallest possible values for $|N(v)|$ and
# $|N[v]|$ (the sizes of these sets) for the graph in part (a)? Explain."
_SIZES_ASKED = ["|N(v)|", "|N[v]|"]
_SIZES_WORDS = re.compile(r"what are the largest and smallest possible values for and \(the sizes "
                          r"of these sets\) for the graph in part \(a\)\? explain\.")


def _neighbourhood_sizes(formulas: list[str], mine: list[str], own: str) -> Task | None:
    """The extremes of |N(v)| and |N[v]| over the one graph the exercise's part (a) gives, as
    the exercise defines N(v) and N[v]."""
    if [re.sub(r"\s", "", f) for f in mine] != _SIZES_ASKED or not _SIZES_WORDS.fullmatch(
            " ".join(own.split())):
        return None
    rest = formulas[len(mine):]
    defined = {re.sub(r"\s|\\,", "", f).replace("\\st", ":").rstrip(".") for f in rest}
    given = [found[0] for f in rest if (found := _graphs(f)) and len(found) == 1
             and "edges" in found[0]]
    if not _DEFINED <= defined or len(given) != 1:
        return None
    return "graphs.graph_property", {"graphs": given, "asks": ["neighbourhood_sizes"]}


def read(formulas: list[str], prose: str, intent: str | None) -> Task | None:
    """The task reader for :data:`formalize.tasks.READERS`."""
    own, _, context = prose.partition(OWN_END)
    mine = own_formulas(formulas, prose)
    if mine and (found := _neighbourhoods(formulas, mine, own)
                 or _neighbourhood_sizes(formulas, mine, own)):
        return found
    if not mine or (context.strip() and _LABEL.search(own)):
        return None  # a part that runs into its sibling ("$K_4$ (b) $K_5$")
    sequences = [m.group(1).split(",") for f in mine if (m := _DEGREES.match(f))]
    if _TREE_VERDICT.search(asked(prose)):
        if len(sequences) != len(mine):
            return None
        return "graphs.tree_degree_sequence", {"sequences": [[d.strip() for d in s]
                                                             for s in sequences]}
    graphs = _graphs(" ; ".join(mine))
    if graphs == [] and context.strip():
        graphs = _setup_graph(formulas[len(mine):], mine)
    elif graphs and len(graphs) == 1 and mine[0].strip() == "G" and context.strip():
        # "Is the graph $G$ isomorphic to $G'=(V',E')$ with ...?": G is its exercise's
        setup = _setup_graph(formulas[len(mine):], mine)
        graphs = setup + graphs if setup else None
    asks = _asks(" ".join(asked(prose).split()))
    if not graphs or not asks:
        return None
    pair = {"equal", "isomorphic"}
    if (set(asks) & pair) and (len(graphs) != 2 or not set(asks) <= pair):
        return None
    return "graphs.graph_property", {"graphs": graphs, "asks": asks}


# ---------------------------------------------------------------- adjacency lists and matrices

# "The graph given by the adjacency list: u v,w,y,z v u,w,x,y ..." (the source: "u | v,w,y,z")
_ADJACENCY_LIST = re.compile(r"(?i:the graph given by the adjacency list:)\s*((?:[a-z]\s*\|?\s*"
                             r"[a-z](?:,[a-z])*(?:\s+|$))+)")
_ROW = re.compile(r"([a-z])\s*\|?\s*([a-z](?:,[a-z])*)")
_MATRIX = re.compile(r"\\begin\{[Bbp]matrix\}(.*?)\\end\{[Bbp]matrix\}", re.DOTALL)
_GIVEN_BY_MATRIX = re.compile(r"the graph given by the adjacency matrix:\s*", re.IGNORECASE)


def _listed_graph(listed: str) -> dict[str, Any] | None:
    """A graph from its adjacency list: each vertex once, every edge listed at both ends."""
    rows = {v: ns.split(",") for v, ns in _ROW.findall(listed)}
    if len(rows) != len(_ROW.findall(listed)) or any(
            v in ns or any(v not in rows.get(n, []) for n in ns) for v, ns in rows.items()):
        return None
    edges = sorted({tuple(sorted((v, n))) for v, ns in rows.items() for n in ns})
    return {"vertices": list(rows), "edges": [list(e) for e in edges]}


def _matrix_graph(latex: str) -> dict[str, Any] | None:
    """A graph from its 0/1 adjacency matrix, symmetric with a zero diagonal; vertices 1..n."""
    rows = [[c.strip() for c in row.split("&")] for row in latex.split("\\\\") if row.strip()]
    n = len(rows)
    if any(len(r) != n or set(r) - {"0", "1"} for r in rows) or any(
            rows[i][j] != rows[j][i] or rows[i][i] != "0" for i in range(n) for j in range(n)):
        return None
    return {"vertices": [str(i + 1) for i in range(n)],
            "edges": [[str(i + 1), str(j + 1)] for i in range(n) for j in range(i + 1, n)
                      if rows[i][j] == "1"]}


def read_adjacency(text: str, context: str | None) -> Task | None:
    """Graphs given by adjacency lists and matrices (and by their sets), in the order the item
    gives them, for the questions of :data:`_QUESTIONS`: a word reader, since an adjacency list
    is prose. Only items with a list or a matrix; every formula one of the graphs."""
    if "adjacency" not in text.lower() or not (_ADJACENCY_LIST.search(text)
                                               or _MATRIX.search(text)):
        return None
    graphs: list[tuple[int, dict[str, Any] | None]] = []
    for found in _ADJACENCY_LIST.finditer(text):
        graphs.append((found.start(), _listed_graph(found.group(1))))
    for math in MATH_SPAN.finditer(text):
        latex = (math.group(1) or math.group(2)).strip()
        if matrix := _MATRIX.fullmatch(re.sub(r"\s*\.?$", "", latex)):
            if not re.search(_GIVEN_BY_MATRIX.pattern + "$", text[:math.start()], re.IGNORECASE):
                return None  # a matrix that is not said to be a graph's adjacency matrix
            graphs.append((math.start(), _matrix_graph(matrix.group(1))))
            continue
        sets = _graphs(re.sub(r"&", "", latex))
        if not sets:
            return None
        graphs += [(math.start(), spec) for spec in sets]
    specs = [spec for _, spec in sorted(graphs, key=lambda g: g[0])]
    words = " ".join(prose_of(_GIVEN_BY_MATRIX.sub(" ", _ADJACENCY_LIST.sub(" ", text))).lower(
    ).split())
    exercise = " ".join(prose_of(context or "").lower().split())
    asks = _asks(" ".join(asked(words + OWN_END + exercise).split()))
    if not specs or None in specs or not asks or set(asks) & {"equal", "isomorphic"}:
        return None
    return "graphs.graph_property", {"graphs": specs, "asks": asks}
