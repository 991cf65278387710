"""Read a trigonometry book's word problems, where the numbers stand among the words.

"A central angle in a circle of radius $5$ m cuts off an arc of length $2$ m. What is the
measure of the angle in radians?" says what each number is by the words around it, so this
reader needs the item's text with its numbers in place (a domain reader of
:data:`formalize.tasks.READERS` gets the formulas and the words apart). Each number is written
``<5>`` (an angle in degrees ``<41> deg``, a given ``r = <2>``), and narrow patterns of the
book's own phrasing pick out what is given and what is asked; an item that fits none is left
unread. The same goes for a bare angle ("$127^\\circ$") under its group instruction ("state in
which quadrant or on which axis the given angle lies").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

import sympy as sp

from formalize.latex import DEGREE_MARK, to_sympy
from ingest.document import MATH_SPAN, formulas_in

Found = tuple[str, dict[str, Any]]
_SOLUTION = re.compile(r"\bSolution\s*:.*", re.DOTALL)
_PLAIN_NUMBER = re.compile(r"(?<![\w<>./^{])(\d+(?:\.\d+)?)(?![\w>]|\.\d)")
_LENGTH_UNITS = r"(?:ft|feet|m|cm|mm|km|in|inches|miles|mi)"
_N = r"<([^<>]+)>"  # a number, as :func:`plain` writes it
_UNIT = {"feet": "ft", "inches": "in", "miles": "mi"}


def plain(text: str) -> str:
    """The item's words (lower case, up to its worked solution) with each number that a
    formula or the prose prints as ``<value>``: degrees as ``<41> deg``, a given as
    ``r = <2>``, a letter as itself, any other formula as ``$``."""
    text = _SOLUTION.sub("", unicodedata.normalize("NFKC", text))

    def number(match: re.Match[str]) -> str:
        latex = (match.group(1) or match.group(2)).strip()
        value = to_sympy(latex, definition_rhs=False)
        name = ""
        if isinstance(value, sp.Eq) and isinstance(value.lhs, sp.Symbol):
            name, value = f"{value.lhs} = ", value.rhs
        if isinstance(value, sp.Symbol):  # "the length $s$ of the arc"
            return f" {value} "
        if not isinstance(value, sp.Expr) or not value.is_number or not value.is_real:
            return " $ "
        if DEGREE_MARK.search(latex):
            return f" {name}<{sp.sstr(_rational(value * 180 / sp.pi))}> deg "
        return f" {name}<{sp.sstr(_rational(value))}> "

    text = re.sub(r"^\s*(?:\[\w*\]\s*)+", "", text)  # a LaTeX source's "[][r]" (figure placement)
    words = _PLAIN_NUMBER.sub(r"<\1>", MATH_SPAN.sub(number, text))
    return re.sub(r"\s+([.,?;:])", r"\1", re.sub(r"\s+", " ", words)).strip().lower()


def _rational(number: sp.Expr) -> sp.Expr:
    """A printed decimal as the fraction it says (1.2 -> 6/5); an exact number as it is."""
    return sp.nsimplify(number, rational=True) if number.has(sp.Float) else number


def value(number: str) -> str:
    """A number as :func:`plain` wrote it, for a family's parameters: "1.5" -> "3/2"."""
    return sp.sstr(sp.sympify(number, rational=True))


# ---------------------------------------------------------------- where an angle lies

_REFLECTIONS = re.compile(r"reflection of (?:θ|theta|\$) around the (x-axis|y-axis|origin)")
_AXIS_LETTER = re.compile(r"\b([xy]) -axis")  # the source's "$x$-axis", its letter as math
_REFLECTED = {"x-axis": "reflect_x", "y-axis": "reflect_y", "origin": "reflect_origin"}
_BARE_ANGLE = re.compile(rf"^{_N} deg\.?$")
_THETA = re.compile(rf"\b(?:let )?(?:θ|theta) = {_N} deg")


def _position(own: str, context: str) -> Found | None:
    """"$127^\\circ$" under "state in which quadrant ... the given angle lies", "find the
    reference angle"; "Let $\\theta = 928^\\circ$. Which angle between $0^\\circ$ and
    $360^\\circ$ has the same terminal side ...? What is the reference angle ...?"; "the
    reflection of $\\theta$ around the x-axis"."""
    bare = _BARE_ANGLE.match(own)
    given = bare or _THETA.search(own) or _THETA.search(context)
    if given is None:
        return None
    asks = own if not bare else context
    wanted = []
    if bare and re.search(r"\bin which quadrant or on which axis\b", asks):
        wanted.append("quadrant")
    if re.search(r"\bbetween <0> deg and <360> deg (?:which )?has the same terminal side", asks):
        wanted.append("coterminal")
    if re.search(r"\b(?:find|what is) the reference angle\b", asks):
        wanted.append("reference")
    reflections = [_REFLECTED[m] for m in _REFLECTIONS.findall(
        _AXIS_LETTER.sub(r"\1-axis", f"{own} {context}"))]
    if reflections and re.search(r"\bangle between <0> deg and <360> deg\b", f"{own} {context}"):
        # a part names its one reflection before its exercise's list of all of them
        distinct = list(dict.fromkeys(reflections))
        wanted += distinct if len(distinct) == len(reflections) else reflections[:1]
    if not wanted or (bare is None and _BARE_ANGLE.match(context)):
        return None
    return "trigonometry.angle_position", {"angle": value(given.group(1)), "wanted": wanted}


_SIGNS = re.compile(r"^in which quadrant\(s\) do (sine|cosine|tangent) and (sine|cosine|tangent) "
                    r"have the (same|opposite) sign\?")
_SHORT = {"sine": "sin", "cosine": "cos", "tangent": "tan"}


def _signs(own: str, context: str) -> Found | None:
    """"In which quadrant(s) do sine and cosine have the same sign?\""""
    match = _SIGNS.match(own)
    if match is None or match.group(1) == match.group(2):
        return None
    return "trigonometry.sign_quadrants", {
        "functions": [_SHORT[match.group(1)], _SHORT[match.group(2)]],
        "same": match.group(3) == "same"}


# "trigonometric func- $y$ $$(-1,\sqrt{3})$$ tions": a PDF line break with figure labels inside.
_SIX = re.compile(rf"\bfind (?:the )?(?:exact )?(?:values of )?all six trigonometric "
                  rf"func(?:tions|-(?:\s|\$|<[^<>]*>|\b[a-z]\b)*tions) of {_N} deg\s*(?:[.?]|$)")
_THREE = re.compile(rf"^find the sine, cosine, and tangent of {_N} deg\s*(?:[.?]|$)")


def _functions(own: str, context: str) -> Found | None:
    """"Find the exact values of all six trigonometric functions of $120^\\circ$.\""""
    six, three = _SIX.search(own), _THREE.search(own)
    if six:
        return "trigonometry.angle_functions", {
            "angle": value(six.group(1)), "functions": ["sin", "cos", "tan", "csc", "sec", "cot"]}
    if three:
        return "trigonometry.angle_functions", {"angle": value(three.group(1)),
                                                "functions": ["sin", "cos", "tan"]}
    return None


def _trig_form(own: str, context: str, formulas: list[str]) -> Found | None:
    """"$2+3i$" under "put the given number in trigonometric form"."""
    if "trigonometric form" not in context or "put the given number" not in context \
            or len(formulas) != 1 or not re.fullmatch(r"[\s$<>\d.+\-i/]*", own):
        return None
    number = to_sympy(formulas[0])
    if not isinstance(number, sp.Expr) or not number.free_symbols <= {sp.Symbol("i")}:
        return None
    number = number.xreplace({sp.Symbol("i"): sp.I})
    if not number.is_number or number == 0:
        return None
    return "trigonometry.complex_trig_form", {"number": sp.sstr(number)}


# ---------------------------------------------------------------- circles


def _first(pattern: str, text: str) -> str | None:
    match = re.search(pattern, text)
    return value(match.group(1)) if match else None


# A list of givens: "theta = <4/5> rad, r = <12> cm", "a = <4> cm, r = <4> cm".
_GIVEN = rf"\b(r|s|t|a|theta) = {_N}(?: (rad|radians|deg|sec|seconds|{_LENGTH_UNITS}))?"
_GIVENS = re.compile(rf"(?:{_GIVEN}(?:,| and|, and)?\s*)+\.?")


def _givens(own: str) -> dict[str, str] | None:
    """The givens of an item that is nothing but a list of them (angles in radians)."""
    if not _GIVENS.fullmatch(own):
        return None
    found = {}
    for name, number, unit in re.findall(_GIVEN, own):
        found[name] = value(number) if unit != "deg" else \
            sp.sstr(sp.sympify(number, rational=True) * sp.pi / 180)
    return found


def _one_unit(own: str) -> bool:
    """Do all the lengths (and the unit a question asks for: "in inches?") share one unit?"""
    units = {_UNIT.get(unit, unit) for _, unit in re.findall(rf"{_N} ({_LENGTH_UNITS})\b", own)}
    asked = re.search(rf"\bin ({_LENGTH_UNITS})\b", own)
    return len(units | ({_UNIT.get(asked.group(1), asked.group(1))} if asked else set())) <= 1


def _circle(own: str, context: str) -> Found | None:
    """Arcs, sectors, angles and speeds on one circle, in the book's words: "In a circle of
    radius $r=10$ ft, what is the length $s$ of the arc intercepted by a central angle of
    measure $\\theta=41^\\circ$?", "Find the area of a sector whose arc is $6$ cm in a circle of
    radius $9$ cm", "An object travels a distance of $35$ ft in $2.7$ seconds as it moves
    along a circle of radius $2$ ft. Find its linear and angular speed"; or a list of givens
    ("$\\theta=171^\\circ$, $r=8$ m") under its group's instruction."""
    if not _one_unit(own):
        return None  # lengths in two units ("..., in inches?"): not converted here
    listed = _givens(own)
    if listed is not None:
        given, asks = listed, context
    else:
        given, asks = _circle_words(own), own
    wanted = _circle_wanted(asks, given) if given else None
    if wanted is None or "r" not in given:
        return None
    return "trigonometry.circle_measure", {"given": given, "wanted": wanted}


def _circle_words(own: str) -> dict[str, str]:
    """The radius, angle, arc, time, speed given in words; none when the words speak of more
    than one circle or of a figure."""
    if re.search(r"\b(?:radii|pulley|gear|chord|segment|figure|shaded|two circles)\b", own) \
            or len(re.findall(r"\bradius\b", own)) + len(re.findall(r"\bdiameter\b", own)) != 1:
        return {}
    given: dict[str, str] = {}
    radius = _first(rf"\bradius (?:of )?(?:r = )?{_N}", own)
    diameter = _first(rf"\bdiameter (?:of )?{_N}", own)
    if radius:
        given["r"] = radius
    elif diameter:
        given["r"] = sp.sstr(sp.sympify(diameter) / 2)
    angle = re.search(rf"\bangle (?:of |is )?(?:measure )?(?:theta = )?{_N} ?(rad|radians|deg)\b",
                      own)
    if angle:
        given["theta"] = value(angle.group(1)) if angle.group(2) != "deg" else \
            sp.sstr(sp.sympify(angle.group(1), rational=True) * sp.pi / 180)
    for name, pattern in (("s", rf"\barc (?:of length |is |length )?{_N}"),
                          ("s", rf"\btravels a distance of {_N}"),
                          ("t", rf"\bin {_N} (?:seconds|sec)\b"),
                          ("nu", rf"\blinear speed of {_N}"), ("rpm", rf"{_N} rpm\b")):
        found = _first(pattern, own)
        if found and name not in given:
            given[name] = found
    return given


def _circle_wanted(asks: str, given: dict[str, str]) -> str | None:
    """What the item (or its instruction) asks, when its givens are the ones that answer it."""
    known = set(given)
    if re.search(r"\blength (?:s )?of the arc\b", asks) and known == {"r", "theta"}:
        return "arc"
    if re.search(r"\barea of (?:a|the) sector\b", asks) and known in ({"r", "theta"}, {"r", "s"}):
        return "sector"
    if re.search(r"\bmeasure of the angle in radians\b", asks) and "degrees" in asks \
            and known == {"r", "s"}:
        return "angle_both"
    if re.search(r"\bhow large (?:of )?a central angle\b", asks) and known == {"r", "nu", "t"}:
        return "angle"
    if re.search(r"\blinear and angular speed\b", asks) and known in (
            {"r", "theta", "t"}, {"r", "s", "t"}):
        return "speed"
    if re.search(r"\bwhat is the linear speed\b", asks) and known == {"r", "rpm"} \
            and "per second" in asks:
        return "linear_speed"
    return None


_BELT = re.compile(rf"^the centers of two belt pulleys, with radii of {_N} (\w+) and {_N} (\w+), "
                   rf"respectively, are {_N} (\w+) apart\. find the total "
                   r"(length l of the belt around the pulleys|area k enclosed by the belt)\.$")


def _belt(own: str, context: str) -> Found | None:
    """"The centers of two belt pulleys, with radii of $5$ cm and $8$ cm, respectively, are
    $15$ cm apart. Find the total length $L$ of the belt around the pulleys.\""""
    match = _BELT.match(own.replace(" $ ", " "))
    if match is None or len({match.group(2), match.group(4), match.group(6)}) != 1:
        return None
    return "trigonometry.belt_pulley", {
        "r1": value(match.group(1)), "r2": value(match.group(3)), "d": value(match.group(5)),
        "wanted": "length" if match.group(7).startswith("length") else "area"}


_CHORD = re.compile(rf"^find the (lengths of the two arcs cut off|area of the segment formed) by "
                    rf"a chord of length {_N} in a circle of radius {_N}\.")


def _chord(own: str, context: str) -> Found | None:
    """"Find the lengths of the two arcs cut off by a chord of length $3$ in a circle of
    radius $2$.", "Find the area of the segment formed by a chord ..."; "$a = 4$ cm, $r = 4$
    cm" under "find the area of the segment formed by a chord of length $a$ in a circle of
    radius $r$"."""
    listed = _givens(own)
    if listed is not None and set(listed) == {"a", "r"} and _one_unit(own) and re.search(
            r"\bfind the area of the segment formed by a chord of length a in a circle of "
            r"radius r\b", context):
        return "trigonometry.chord", {"a": listed["a"], "r": listed["r"], "wanted": "segment"}
    match = _CHORD.match(own)
    if match is None:
        return None
    return "trigonometry.chord", {"a": value(match.group(2)), "r": value(match.group(3)),
                                  "wanted": "arcs" if "arcs" in match.group(1) else "segment"}


_OVERLAP = re.compile(rf"^the centers of two circles are {_N} (\w+) apart, with one circle having a "
                      rf"radius of {_N} (\w+) and the other a radius of {_N} (\w+)\. find the "
                      r"area (?:k )?(?:\$ )?of their intersection\.$")


def _overlap(own: str, context: str) -> Found | None:
    """"The centers of two circles are $7$ cm apart, with one circle having a radius of $5$ cm
    and the other a radius of $3$ cm. Find the area $K$ of their intersection.\""""
    match = _OVERLAP.match(own)
    if match is None or len({match.group(2), match.group(4), match.group(6)}) != 1:
        return None
    return "trigonometry.circle_overlap", {"r1": value(match.group(3)), "r2": value(match.group(5)),
                                           "d": value(match.group(1))}


# ---------------------------------------------------------------- right triangles

_LADDER = re.compile(rf"^a {_N} (\w+) ladder leaning against a wall has its foot {_N} (\w+) from "
                     r"the base of the wall\. at what height is the top of the ladder touching "
                     r"the wall\?")
_CAR = re.compile(rf"^a car goes {_N} (\w+) due (north|south) then {_N} (\w+) due (east|west)\. "
                  r"what is the straight distance between the car's starting point and end "
                  r"point\?$")
_ROPE = re.compile(rf"^one end of a rope is attached to the top of a pole {_N} (\w+) high\. if the "
                   rf"rope is {_N} (\w+) long, what is the maximum distance along the ground from "
                   r"the base of the pole to where the other end can be attached\?")


def _pythagoras(own: str, context: str) -> Found | None:
    """A ladder against a wall, a car going north then east, a rope from the top of a pole:
    the third side of a right triangle."""
    own = own.replace("’", "'")
    if (m := _LADDER.match(own)) and m.group(2) == m.group(4):
        return "trigonometry.pythagoras", {"legs": [value(m.group(3))],
                                           "hypotenuse": value(m.group(1)), "story": "ladder",
                                           "unit": m.group(2)}
    if (m := _CAR.match(own)) and m.group(2) == m.group(5):
        return "trigonometry.pythagoras", {"legs": [value(m.group(1)), value(m.group(4))],
                                           "hypotenuse": None, "story": "car", "unit": m.group(2)}
    if (m := _ROPE.match(own)) and m.group(2) == m.group(4):
        return "trigonometry.pythagoras", {"legs": [value(m.group(1))],
                                           "hypotenuse": value(m.group(3)), "story": "rope",
                                           "unit": m.group(2)}
    return None


_TANGENT_CIRCLES = re.compile(
    rf"^three circles with radii of {_N},? {_N},? and {_N} (\w+), respectively, are tangent to "
    r"each other externally\. find the angles of the triangle whose vertexes are the centers of "
    r"the circles\.$")


def _tangent_circles(own: str, context: str) -> Found | None:
    """"Three circles with radii of $4$, $5$, and $6$ cm, respectively, are tangent to each
    other externally. Find the angles of the triangle whose vertexes are the centers": the
    triangle's sides are the sums of two radii, its three angles are its unknown parts."""
    match = _TANGENT_CIRCLES.match(own)
    if match is None:
        return None
    p, q, r = (sp.sympify(value(match.group(k))) for k in (1, 2, 3))
    return "trigonometry.solve_triangle", {
        "given": {"a": sp.sstr(p + q), "b": sp.sstr(q + r), "c": sp.sstr(p + r)},
        "wanted": "parts"}


_READERS: list[Callable[[str, str], Found | None]] = [
    _position, _signs, _functions, _circle, _belt, _chord, _overlap, _pythagoras,
    _tangent_circles]


# Words at least one of which every item read here has, in its text or its instruction: the
# cheap test that spares other books' items the parsing of all their formulas.
_TOPICS = re.compile(r"quadrant|reference angle|terminal side|reflection|trigonometric (?:func|form)"
                     r"|sine, cosine|radius|diameter|pulley|chord|circles|ladder|car goes|rope"
                     r"|\bsector\b|\barc\b|angular|rpm", re.IGNORECASE)


def read(text: str, context: str | None) -> Found | None:
    """The word-problem reader for :data:`formalize.tasks.WORD_READERS`: an item's text and its
    group instruction (or its exercise's text, for a part) -> (posed family, parameters)."""
    if not _TOPICS.search(unicodedata.normalize("NFKC", f"{text} {context or ''}")):
        return None
    own, around = plain(text), plain(context or "")
    found = _trig_form(own, around, formulas_in(_SOLUTION.sub("", text)))
    for reader in _READERS:
        found = found or reader(own, around)
    return found
