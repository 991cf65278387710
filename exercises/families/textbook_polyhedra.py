"""A posed family for counts on convex polyhedra given by their faces.

"How many vertices, edges, and faces does a truncated icosahedron (12 pentagons and 20
hexagons) have?", "A polyhedron has 12 faces, seven triangles and four quadrilaterals, and 11
vertices: how many sides does the last face have?", "Is there a convex polyhedron of three
triangles and six pentagons?" are read by :mod:`formalize.graph_words` into the faces by their
number of sides. The answer: each edge borders two faces, so e is half the sides; Euler's
formula v - e + f = 2 gives the vertices. The check counts the vertices a second way, by
Descartes' theorem (the angle defects of a convex polyhedron sum to 4 pi, so the faces' angle
sums, (s - 2) pi each, are 2 pi v - 4 pi), and a polyhedron exists only if every vertex joins at
least three faces (the corners, the sum of the sides, are at least 3v).
"""

from __future__ import annotations

import random
from fractions import Fraction
from typing import Any

import sympy as sp

from exercises.family import Check, Problem, family

ASKS = ("vertices", "edges", "faces")
NAMES = {3: "triangles", 4: "quadrilaterals", 5: "pentagons", 6: "hexagons", 7: "heptagons",
         8: "octagons"}


def _faces(spec: dict[str, Any]) -> dict[int, int]:
    return {int(s): int(c) for s, c in spec.items()}


def _euler(faces: dict[int, int]) -> tuple[Fraction, Fraction, int]:
    """(v, e, f) by halving the sides and Euler's formula (fractions where they do not fit)."""
    f = sum(faces.values())
    e = Fraction(sum(s * c for s, c in faces.items()), 2)
    return 2 + e - f, e, f


def _exists(faces: dict[int, int]) -> bool:
    """Whether the counts allow a convex polyhedron: whole edges, and each vertex meeting at
    least three faces (2e >= 3v). ValueError when they allow one: that does not build it."""
    v, e, _ = _euler(faces)
    if e.denominator != 1 or 2 * e < 3 * v:
        return False
    raise ValueError("the counts allow a polyhedron; that does not show one exists")


def answer(params: dict[str, Any]) -> sp.Basic:
    """The answer to each question in turn."""
    found: list[sp.Basic] = []
    if params.get("missing"):  # faces listed but one, the total faces and the vertices given
        faces, total, v = _faces(params["faces"]), int(params["total"]), int(params["vertices"])
        if total != sum(faces.values()) + 1:
            raise ValueError("exactly one face is missing")
        # 2e = the listed sides + n and e = v + f - 2
        n = 2 * (v + total - 2) - sum(s * c for s, c in faces.items())
        if n < 3 or not _exists_with(faces, n, v):
            raise ValueError("no polyhedron has these faces")
        return sp.Integer(n)
    for spec in params["polyhedra"]:
        faces = _faces(spec)
        if params["asks"] == ["exists"]:
            found.append(sp.sympify(_exists(faces)))
            continue
        v, e, f = _euler(faces)
        if e.denominator != 1 or 2 * e < 3 * v:
            raise ValueError("no polyhedron has these faces")
        found += [sp.Integer(int({"vertices": v, "edges": e, "faces": f}[a])) for a in params["asks"]]
    return found[0] if len(found) == 1 else sp.Tuple(*found)


def _exists_with(faces: dict[int, int], n: int, v: int) -> bool:
    corners = sum(s * c for s, c in faces.items()) + n
    return corners % 2 == 0 and corners >= 3 * v


def _shown(spec: dict[str, Any]) -> str:
    return ", ".join(f"{c} {NAMES.get(int(s), f'{s}-gons')}" for s, c in spec.items())


def _pose(params: dict[str, Any]) -> Problem:
    """``params``: ``polyhedra`` (faces by sides, ``{"5": 12, "6": 20}``) and ``asks`` (from
    :data:`ASKS`, or ``["exists"]``); or ``missing`` true with ``faces`` (all but one),
    ``total`` faces and ``vertices``: the sides of the last face."""
    found = answer(params)
    if params.get("missing"):
        statement = (f"A convex polyhedron has {params['total']} faces: {_shown(params['faces'])} "
                     f"and one more, and {params['vertices']} vertices. How many sides does the "
                     "last face have?")
        edges = int(params["vertices"]) + int(params["total"]) - 2
        steps = ["Each edge borders two faces: 2e is the sum of the sides, n for the last face.",
                 f"Euler's formula: e = v + f - 2 = {edges}, so n = 2e - (the others) = {found}."]
    else:
        what = ("is there such a convex polyhedron" if params["asks"] == ["exists"] else
                "how many " + ", ".join(params["asks"]) + " does it have")
        statement = "; ".join(f"faces {_shown(s)}: {what}?" for s in params["polyhedra"])
        steps = ["Each edge borders two faces: e is half the sum of the sides; f counts the faces.",
                 ("Euler's formula v - e + f = 2 gives v; every vertex joins at least three faces,"
                 " so 2e >= 3v.")]
    return Problem(
        statement=statement,
        statement_latex=statement,
        answer=found,
        steps=steps,
        code=_PROGRAM + f"\n\ndef solve():\n    return answer({params!r})\n",
        params=params,
    )


# The solve() program: the same counts, in whole numbers.
_PROGRAM = '''import sympy


def answer(params):
    if params.get("missing"):
        sides = sum(int(s) * c for s, c in params["faces"].items())
        return sympy.Integer(2 * (params["vertices"] + params["total"] - 2) - sides)
    found = []
    for spec in params["polyhedra"]:
        sides = sum(int(s) * c for s, c in spec.items())
        f = sum(spec.values())
        if params["asks"] == ["exists"]:
            found.append(sympy.false if sides % 2 or sides < 3 * (2 + sides // 2 - f)
                         else sympy.true)
            continue
        e = sides // 2
        said = {"vertices": 2 + e - f, "edges": e, "faces": f}
        found += [sympy.Integer(said[a]) for a in params["asks"]]
    return found[0] if len(found) == 1 else sympy.Tuple(*found)
'''


def _descartes(faces: dict[int, int]) -> Fraction:
    """The vertices by Descartes' theorem: the faces' angles, sum of (s - 2) pi, are
    2 pi v - 4 pi."""
    return Fraction(sum((s - 2) * c for s, c in faces.items()), 2) + 2


def _verify(problem: Problem) -> list[Check]:
    params = problem.params
    if params.get("missing"):
        n, v = int(problem.answer), int(params["vertices"])
        faces = {**_faces(params["faces"])}
        faces[n] = faces.get(n, 0) + 1
        ok = (sum(faces.values()) == int(params["total"]) and _descartes(faces) == v
              and sum(s * c for s, c in faces.items()) >= 3 * v)
        return [Check("the vertices by Descartes' angle defects, and three faces at a vertex", ok)]
    found = list(problem.answer) if isinstance(problem.answer, sp.Tuple) else [problem.answer]
    expected: list[Any] = []
    for spec in params["polyhedra"]:
        faces = _faces(spec)
        v = _descartes(faces)
        corners = sum(s * c for s, c in faces.items())  # each vertex is a corner of 3+ faces
        if params["asks"] == ["exists"]:
            expected.append(False if v.denominator != 1 or corners % 2 or corners < 3 * v
                            else None)  # none of the counts rules it out: no verdict
        else:
            expected += [{"vertices": v, "edges": Fraction(corners, 2),
                          "faces": sum(faces.values())}[a] for a in params["asks"]]
    ok = len(found) == len(expected) and all(
        e is not None and (bool(a) == e if params["asks"] == ["exists"] else int(a) == e)
        for a, e in zip(found, expected, strict=True))
    return [Check("the vertices by Descartes' angle defects, the edges as corners over two", ok)]


def vary(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Another classic solid's faces (counts questions); the existence question keeps its
    faces but for one count moved."""
    if params.get("missing"):
        solid = rng.choice([{"3": 8}, {"4": 6}, {"5": 12}, {"3": 20}, {"3": 4, "6": 4}])
        (sides, count), = rng.sample(sorted(solid.items()), 1)
        v, _, f = _euler(_faces(solid))
        rest = {**solid, sides: count - 1}
        return {**params, "faces": {s: c for s, c in rest.items() if c}, "total": f,
                "vertices": int(v)}
    if params["asks"] == ["exists"]:  # counts moved until they rule the polyhedron out
        def ruled_out(spec: dict[str, int]) -> dict[str, int]:
            while True:
                moved = {s: c + rng.choice([1, 2, 3]) for s, c in spec.items()}
                try:
                    _exists(_faces(moved))
                except ValueError:
                    continue
                return moved

        return {**params, "polyhedra": [ruled_out(spec) for spec in params["polyhedra"]]}
    return {**params, "polyhedra": [rng.choice([{"3": 4}, {"4": 6}, {"3": 8}, {"5": 12},
                                                {"3": 20}, {"3": 4, "6": 4}, {"4": 6, "6": 8}])
                                    for _ in params["polyhedra"]]}


@family("graphs.polyhedron", verify=_verify, pose=_pose)
def polyhedron(rng: random.Random, difficulty: int) -> Problem:
    """Vertices, edges and faces of a convex polyhedron from its faces."""
    return _pose(vary({"polyhedra": [{"3": 8}], "asks": list(ASKS)}, rng))

