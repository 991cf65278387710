"""Posed families for a trigonometry book's circle and right-triangle word problems: a belt
around two pulleys, the arcs and segment a chord cuts off, the overlap of two circles, and the
missing side of a right triangle (a ladder against a wall, a car going north then east).

The formalize stage (:mod:`formalize.trig_words`) reads the numbers from the words ("The
centers of two belt pulleys, with radii of 5 cm and 8 cm, are 15 cm apart"). The solvers use the
book's trigonometry (tangent lines, the central angle of a chord, the law of cosines); the
verifiers measure the same figure another way: a belt is the convex hull of the two circles
(its perimeter and area from thousands of points on them), a segment and an overlap are areas
integrated by quadrature, a right triangle's sides are the distances between its corners.
"""

from __future__ import annotations

import random
from typing import Any

import mpmath
import sympy as sp

from exercises.families.textbook import WORDINGS, latex, worded
from exercises.families.textbook_trigonometry import _near, _program, exact
from exercises.family import Check, Problem, family

_HULL_POINTS = 4000  # points on each circle: the hull's perimeter is then good to ~1e-7


# ---------------------------------------------------------------- belts around two pulleys


def belt(r1: str, r2: str, d: str, wanted: str) -> Any:
    """The length of a belt around two pulleys (radii r1, r2, centers d apart), or the area it
    encloses: two tangent segments of length sqrt(d^2 - (r2 - r1)^2), the arcs beyond them
    (central angles pi -+ 2 beta, sin beta = (r2 - r1) / d), and for the area the two right
    trapezoids between the centers and the tangent segments plus the two sectors."""
    small, big, apart = sorted([exact(r1), exact(r2)]) + [exact(d)]
    beta = sp.asin((big - small) / apart)
    straight = sp.sqrt(apart**2 - (big - small) ** 2)
    if wanted == "length":
        return 2 * straight + small * (sp.pi - 2 * beta) + big * (sp.pi + 2 * beta)
    return (small + big) * straight + small**2 * (sp.pi - 2 * beta) / 2 \
        + big**2 * (sp.pi + 2 * beta) / 2


def _pose_belt(params: dict[str, Any]) -> Problem:
    """``params``: ``r1``, ``r2`` (radii), ``d`` (distance between centers), ``wanted``
    ("length" or "area")."""
    r1, r2, d, wanted = params["r1"], params["r2"], params["d"], params["wanted"]
    answer = belt(r1, r2, d, wanted)
    asked = "the total length L of the belt" if wanted == "length" else \
        "the total area K enclosed by the belt"
    plain, tex = worded(params, [
        ("The centers of two belt pulleys, with radii {a} and {b}, are {d} apart. Find {w}.",
         "The centers of two belt pulleys, with radii ${a}$ and ${b}$, are ${d}$ apart. Find {w}."),
        (("Two pulleys of radii {a} and {b} have centers {d} apart, with a belt around them. "
         "What is {w}?"), ("Two pulleys of radii ${a}$ and ${b}$ have centers ${d}$ apart, with a "
         "belt around them. What is {w}?")),
        ("A belt goes around two pulleys (radii {a} and {b}, centers {d} apart). Find {w}.",
         "A belt goes around two pulleys (radii ${a}$ and ${b}$, centers ${d}$ apart). Find {w}."),
    ], a=r1, b=r2, d=d, w=asked)
    return Problem(
        statement=plain, statement_latex=tex, answer=answer,
        steps=[("The belt's straight parts are tangent to both circles: each has length "
               "$\\sqrt{d^2 - (r_2 - r_1)^2}$, and with $\\sin\\beta = (r_2 - r_1)/d$ the belt "
               "wraps the angles $\\pi - 2\\beta$ and $\\pi + 2\\beta$."),
               ("Add the straight parts and the arcs." if wanted == "length" else
                "Add the two right trapezoids between the centers and the straight parts, and "
                "the two sectors."),
               f"${latex(answer)} \\approx {sp.N(answer, 6)}$."],
        code=_program([exact, belt], f"belt({r1!r}, {r2!r}, {d!r}, {wanted!r})"), params=params)


def _hull(points: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """The convex hull (Andrew's monotone chain), counterclockwise."""
    points = sorted(points)

    def half(seq: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
        out: list[tuple[Any, Any]] = []
        for p in seq:
            while len(out) >= 2 and ((out[-1][0] - out[-2][0]) * (p[1] - out[-2][1])
                                     - (out[-1][1] - out[-2][1]) * (p[0] - out[-2][0])) <= 0:
                out.pop()
            out.append(p)
        return out

    lower, upper = half(points), half(points[::-1])
    return lower[:-1] + upper[:-1]


def _verify_belt(problem: Problem) -> list[Check]:
    """The belt is the boundary of the convex hull of the two circles: its perimeter and area
    (shoelace) from 4000 points on each circle, in floating point; a polygon inscribed in a
    circle of radius r with n sides is short by about r (2 pi)^3 / (6 n^2)."""
    import math

    p = problem.params
    r1, r2, d = (float(exact(p[k])) for k in ("r1", "r2", "d"))
    n = _HULL_POINTS
    points = [(cx + r * math.cos(2 * math.pi * k / n), r * math.sin(2 * math.pi * k / n))
              for cx, r in ((0.0, r1), (d, r2)) for k in range(n)]
    hull = _hull(points)
    pairs = list(zip(hull, hull[1:] + hull[:1], strict=True))
    if p["wanted"] == "length":
        measured = sum(math.dist(a, b) for a, b in pairs)
    else:
        measured = sum(a[0] * b[1] - b[0] * a[1] for a, b in pairs) / 2
    claimed = float(sp.N(problem.answer, 20))
    return [Check("the convex hull of 4000 points on each circle: its "
                  + ("perimeter" if p["wanted"] == "length" else "area (shoelace)"),
                  abs(measured - claimed) < 1e-5 * claimed, f"hull {measured:.8g}")]


@family("trigonometry.belt_pulley", verify=_verify_belt, pose=_pose_belt)
def belt_pulley(rng: random.Random, difficulty: int) -> Problem:
    """The length of a belt around two pulleys, or the area it encloses."""
    r1 = rng.randint(1, 4 + difficulty)
    r2 = r1 + rng.randint(0, 4)
    d = r1 + r2 + rng.randint(1, 10)
    return _pose_belt({"r1": str(r1), "r2": str(r2), "d": str(d),
                       "wanted": rng.choice(["length", "area"]), "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- a chord


def chord(a: str, r: str, wanted: str) -> Any:
    """What a chord of length a cuts off a circle of radius r: the central angle is
    2 asin(a / 2r); the two arcs (r theta and r (2 pi - theta)) or the smaller segment's area
    r^2 (theta - sin theta) / 2."""
    length, radius = exact(a), exact(r)
    theta = 2 * sp.asin(length / (2 * radius))
    if wanted == "arcs":
        return sp.FiniteSet(radius * theta, radius * (2 * sp.pi - theta))
    return sp.simplify(radius**2 * (theta - sp.sin(theta)) / 2)


def _pose_chord(params: dict[str, Any]) -> Problem:
    """``params``: ``a`` (the chord's length), ``r`` (the radius), ``wanted`` ("arcs" or
    "segment")."""
    a, r, wanted = params["a"], params["r"], params["wanted"]
    if not 0 < exact(a) <= 2 * exact(r):
        raise ValueError("a chord is at most a diameter long")
    answer = chord(a, r, wanted)
    asked = "the lengths of the two arcs cut off" if wanted == "arcs" else \
        "the area of the segment formed"
    plain, tex = worded(params, [
        ("Find {w} by a chord of length {a} in a circle of radius {r}.",
         "Find {w} by a chord of length ${a}$ in a circle of radius ${r}$."),
        ("A circle of radius {r} has a chord of length {a}. Find {w} by it.",
         "A circle of radius ${r}$ has a chord of length ${a}$. Find {w} by it."),
        ("In a circle of radius {r}, what are {w} by a chord of length {a}?",
         "In a circle of radius ${r}$, what are {w} by a chord of length ${a}$?"),
    ], a=a, r=r, w=asked)
    return Problem(
        statement=plain, statement_latex=tex, answer=answer,
        steps=[("The chord and two radii form an isosceles triangle: the central angle is "
               "$\\theta = 2\\sin^{-1}\\frac{a}{2r}$."),
               ("The arcs are $r\\theta$ and $r(2\\pi - \\theta)$." if wanted == "arcs" else
                "The segment is the sector minus the triangle: "
                "$\\tfrac{1}{2} r^2 (\\theta - \\sin\\theta)$."),
               f"${latex(answer)}$."],
        code=_program([exact, chord], f"chord({a!r}, {r!r}, {wanted!r})"), params=params)


def _verify_chord(problem: Problem) -> list[Check]:
    """The central angle by the law of cosines, the arcs as integrals of r d(phi), the segment
    as the integral of the chord-to-circle height 2 sqrt(r^2 - x^2) from the chord's distance
    to r (mpmath quad)."""
    p = problem.params
    a, r = (mpmath.mpf(sp.N(exact(p[k]), 30)) for k in ("a", "r"))
    with mpmath.workdps(30):
        theta = mpmath.acos(1 - a**2 / (2 * r**2))
        if p["wanted"] == "arcs":
            arcs = sorted([mpmath.quad(lambda t: r, [0, theta]),
                           mpmath.quad(lambda t: r, [theta, 2 * mpmath.pi])])
            claimed = sorted(mpmath.mpf(sp.N(v, 30)) for v in problem.answer)
            ok = len(claimed) == 2 and all(_near(x, y) for x, y in zip(arcs, claimed, strict=True))
            return [Check("the central angle by the law of cosines; arcs integrated", ok)]
        distance = mpmath.sqrt(r**2 - a**2 / 4)
        area = mpmath.quad(lambda x: 2 * mpmath.sqrt(r**2 - x**2), [distance, r])
        return [Check("the segment's area integrated across the circle (mpmath quad)",
                      _near(area, problem.answer))]


@family("trigonometry.chord", verify=_verify_chord, pose=_pose_chord)
def chord_family(rng: random.Random, difficulty: int) -> Problem:
    """The arcs or the segment a chord cuts off a circle."""
    r = rng.randint(2, 4 + 2 * difficulty)
    return _pose_chord({"a": str(rng.randint(1, 2 * r - 1)), "r": str(r),
                        "wanted": rng.choice(["arcs", "segment"]), "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- two circles overlapping


def overlap(r1: str, r2: str, d: str) -> Any:
    """The area of the intersection of two circles (radii r1, r2, centers d apart): the two
    segments cut off by their common chord, with the central angles from the law of cosines."""
    p, q, e = exact(r1), exact(r2), exact(d)
    alpha = 2 * sp.acos((p**2 + e**2 - q**2) / (2 * p * e))
    beta = 2 * sp.acos((q**2 + e**2 - p**2) / (2 * q * e))
    return p**2 * (alpha - sp.sin(alpha)) / 2 + q**2 * (beta - sp.sin(beta)) / 2


def _pose_overlap(params: dict[str, Any]) -> Problem:
    """``params``: ``r1``, ``r2`` (radii), ``d`` (distance between the centers)."""
    r1, r2, d = params["r1"], params["r2"], params["d"]
    p, q, e = (exact(params[k]) for k in ("r1", "r2", "d"))
    if not abs(p - q) < e < p + q:
        raise ValueError("the circles do not cross at two points")
    answer = overlap(r1, r2, d)
    plain, tex = worded(params, [
        (("The centers of two circles are {d} apart, with radii {a} and {b}. Find the area of "
         "their intersection."), ("The centers of two circles are ${d}$ apart, with radii ${a}$ "
         "and ${b}$. Find the area of their intersection.")),
        ("Two circles of radii {a} and {b} have centers {d} apart. What is the area they share?",
         ("Two circles of radii ${a}$ and ${b}$ have centers ${d}$ apart. What is the area they "
         "share?")),
        ("Find the area common to two circles of radii {a} and {b} whose centers are {d} apart.",
         ("Find the area common to two circles of radii ${a}$ and ${b}$ whose centers are ${d}$ "
         "apart.")),
    ], a=r1, b=r2, d=d)
    return Problem(
        statement=plain, statement_latex=tex, answer=answer,
        steps=[("The common chord cuts a segment off each circle; the law of cosines in the "
               "triangle of the centers and a crossing point gives each central angle."),
               ("Each segment is $\\tfrac{1}{2} r^2 (\\theta - \\sin\\theta)$; add them: "
               f"${latex(answer)} \\approx {sp.N(answer, 6)}$.")],
        code=_program([exact, overlap], f"overlap({r1!r}, {r2!r}, {d!r})"), params=params)


def _verify_overlap(problem: Problem) -> list[Check]:
    """Integrate across the line of centers: at each x the overlap's height is the shorter
    of the two circles' chords there (mpmath quad, split where the circles cross)."""
    p = problem.params
    r1, r2, d = (mpmath.mpf(sp.N(exact(p[k]), 30)) for k in ("r1", "r2", "d"))
    with mpmath.workdps(30):
        crossing = (d**2 + r1**2 - r2**2) / (2 * d)

        def height(x: Any) -> Any:
            first = r1**2 - x**2
            second = r2**2 - (x - d) ** 2
            return 2 * mpmath.sqrt(max(0, min(first, second)))

        area = mpmath.quad(height, [max(-r1, d - r2), crossing, min(r1, d + r2)])
    return [Check("the overlap's height integrated along the line of centers (mpmath quad)",
                  _near(area, problem.answer))]


@family("trigonometry.circle_overlap", verify=_verify_overlap, pose=_pose_overlap)
def circle_overlap(rng: random.Random, difficulty: int) -> Problem:
    """The area of the intersection of two circles."""
    r1, r2 = rng.randint(1, 3 + difficulty), rng.randint(1, 3 + difficulty)
    d = rng.randint(abs(r1 - r2) + 1, r1 + r2 - 1) if r1 + r2 - 1 > abs(r1 - r2) else r1
    return _pose_overlap({"r1": str(r1), "r2": str(r2), "d": str(d),
                          "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- a right triangle's third side


def third_side(legs: list[str], hypotenuse: str | None) -> Any:
    """The missing side of a right triangle by the Pythagorean theorem: the hypotenuse from
    the two legs, or a leg from the other leg and the hypotenuse."""
    if hypotenuse is None:
        a, b = (exact(v) for v in legs)
        return sp.sqrt(a**2 + b**2)
    c, (a,) = exact(hypotenuse), [exact(v) for v in legs]
    return sp.sqrt(c**2 - a**2)


def _pose_third_side(params: dict[str, Any]) -> Problem:
    """``params``: ``legs`` (one or two), ``hypotenuse`` (or None), ``story`` (the book's
    words for the sides: "ladder", "car", "rope", or "triangle")."""
    legs, hypotenuse = params["legs"], params.get("hypotenuse")
    if hypotenuse is not None and not exact(hypotenuse) > exact(legs[0]):
        raise ValueError("the hypotenuse is the longest side")
    answer = third_side(legs, hypotenuse)
    unit = params.get("unit", "")
    u = f" {unit}" if unit else ""
    story = params.get("story", "triangle")
    if story == "ladder":
        plain = (f"A {hypotenuse}{u} ladder leans against a wall with its foot {legs[0]}{u} from "
                 "the base of the wall. At what height does it touch the wall?")
    elif story == "car":
        plain = (f"A car goes {legs[0]}{u} due north, then {legs[1]}{u} due east. What is the "
                 "straight distance between its starting point and end point?")
    elif story == "rope":
        plain = (f"A rope {hypotenuse}{u} long is tied to the top of a pole {legs[0]}{u} high. "
                 "How far from the base of the pole along the ground can its other end be "
                 "attached?")
    else:
        plain = ("A right triangle has legs " + " and ".join(legs) + u
                 if hypotenuse is None else
                 f"A right triangle has a leg {legs[0]}{u} and hypotenuse {hypotenuse}{u}")
        plain += ". Find its third side."
    return Problem(
        statement=plain, statement_latex=plain, answer=answer,
        steps=[("The sides meet at a right angle, so $a^2 + b^2 = c^2$ with $c$ the side "
               "opposite it."), f"The missing side is ${latex(answer)}$" + u + "."],
        code=_program([exact, third_side], f"third_side({legs!r}, {hypotenuse!r})"), params=params)


def _verify_third_side(problem: Problem) -> list[Check]:
    """Put the right angle at the origin and the legs on the axes: the distance between the
    legs' ends (mpmath hypot) must be the hypotenuse."""
    p = problem.params
    value = mpmath.mpf(sp.N(problem.answer, 30))
    legs = [mpmath.mpf(sp.N(exact(v), 30)) for v in p["legs"]]
    with mpmath.workdps(30):
        if p.get("hypotenuse") is None:
            ok = _near(mpmath.hypot(*legs), value)
        else:
            ok = _near(mpmath.hypot(legs[0], value), mpmath.mpf(sp.N(exact(p["hypotenuse"]), 30)))
    return [Check("the distance between the ends of the legs placed on the axes", bool(ok))]


@family("trigonometry.pythagoras", verify=_verify_third_side, pose=_pose_third_side)
def pythagoras(rng: random.Random, difficulty: int) -> Problem:
    """The third side of a right triangle from the other two, in a short story."""
    m, n = sorted(rng.sample(range(1, 4 + difficulty), 2), reverse=True)
    a, b, c = m * m - n * n, 2 * m * n, m * m + n * n
    story = rng.choice(["ladder", "car", "rope", "triangle"])
    if story == "car" or (story == "triangle" and rng.random() < 0.5):
        return _pose_third_side({"legs": [str(a), str(b)], "hypotenuse": None, "story": story,
                                 "unit": "miles" if story == "car" else ""})
    return _pose_third_side({"legs": [str(a)], "hypotenuse": str(c), "story": story,
                             "unit": "ft" if story != "triangle" else ""})


# ---------------------------------------------------------------- variants


def _near_int(value: str, rng: random.Random) -> int:
    """A new whole number of about the size of ``value``."""
    size = max(1, round(float(exact(value))))
    return rng.randint(max(1, size // 2), 2 * size + 1)


def _vary_belt(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    r1, r2 = _near_int(params["r1"], rng), _near_int(params["r2"], rng)
    return {**params, "r1": str(r1), "r2": str(r2), "d": str(r1 + r2 + rng.randint(1, 10))}


def _vary_chord(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    r = _near_int(params["r"], rng) + 1
    return {**params, "r": str(r), "a": str(rng.randint(1, 2 * r - 1))}


def _vary_overlap(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    r1, r2 = _near_int(params["r1"], rng) + 1, _near_int(params["r2"], rng) + 1
    return {**params, "r1": str(r1), "r2": str(r2), "d": str(rng.randint(abs(r1 - r2) + 1,
                                                                          r1 + r2 - 1))}


def _vary_third_side(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """New sides, the hypotenuse still the longest."""
    legs = [str(_near_int(v, rng)) for v in params["legs"]]
    if params.get("hypotenuse") is None:
        return {**params, "legs": legs}
    return {**params, "legs": legs, "hypotenuse": str(int(legs[0]) + _near_int(
        str(exact(params["hypotenuse"]) - exact(params["legs"][0])), rng))}


REDRAW = {"trigonometry.belt_pulley": _vary_belt, "trigonometry.chord": _vary_chord,
          "trigonometry.circle_overlap": _vary_overlap, "trigonometry.pythagoras": _vary_third_side}
