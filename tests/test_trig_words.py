"""Corral's Trigonometry, its word problems and bare angles: read, solved, verified, compared.

Item texts are quoted from the book (the PDF's text layer, ligatures and figure labels included,
or its LaTeX source) with the group instruction they sit under; expected values were worked out
by hand, and the book's answers are quoted from its appendix or its worked solutions.
"""

from __future__ import annotations

import math
import random

import pytest
import sympy as sp

import exercises.families  # noqa: F401  (registers the families)
from exercises.family import FAMILIES
from formalize.agreement import compare_with_book
from formalize.tasks import read_task
from formalize.variants import vary
from tests.book_items import solved as _solved

QUADRANT = "state in which quadrant or on which axis the given angle lies"
Q = sp.Symbol


@pytest.mark.parametrize(("angle", "place", "book"), [
    ("$127^{\\circ}$", "QII", "QII"), ("$-90^{\\circ}$", "negative y-axis", "negative $y$-axis"),
    ("$1079\\Degrees$", "QIV", "QIV"), ("$-514\\Degrees$", "QIII", None)])
def test_a_bare_angle_under_the_quadrant_instruction(angle: str, place: str, book: str | None
                                                     ) -> None:
    task, problem = _solved(angle, QUADRANT)
    assert task.family == "trigonometry.angle_position" and task.params["wanted"] == ["quadrant"]
    assert problem.answer == Q(place)
    if book:
        assert compare_with_book(problem.answer, book).status == "match"
    assert compare_with_book(problem.answer, "QI").status == "differs"


def test_reference_and_coterminal_angles() -> None:
    _, problem = _solved("$317\\Degrees$", "find the reference angle for the given angle")
    assert problem.answer == 43  # 360 - 317
    _, problem = _solved("$-126\\Degrees$", "find the reference angle for the given angle")
    assert problem.answer == 54  # -126 is 234: 234 - 180
    text = ("Let $\\theta=928^{\\circ}$. $y$ (a) Which angle between $0^{\\circ}$ and $360^{\\circ}$ "
            "has the same terminal side (and hence the same trigonometric function values) as "
            "$\\theta?\\circ$ $208$ (b) What is the reference angle for $\\theta$? $0$ $x$")
    _task, problem = _solved(text)
    assert problem.answer == sp.Dict({Q("coterminal"): 208, Q("reference"): 28})


def test_reflections_of_an_angle_the_exercise_and_its_parts() -> None:
    whole = ("Let $\\theta=32^{\\circ}$. Find the angle between $0^{\\circ}$ and $360^{\\circ}$ "
             "which is the (a) reﬂection of $\\theta$ around the x-axis (b) reﬂection of "
             "$\\theta$ around the y-axis (c) reﬂection of $\\theta$ around the origin")
    _, problem = _solved(whole)
    assert problem.answer == sp.Dict({Q("reflect_x"): 328, Q("reflect_y"): 148,
                                      Q("reflect_origin"): 212})
    for part, expected in (("x-axis", 328), ("y-axis", 148), ("origin", 212)):
        _, problem = _solved(f"reﬂection of $\\theta$ around the {part}", whole)
        assert problem.answer == expected


def test_quadrants_where_two_functions_share_a_sign() -> None:
    _, problem = _solved("In which quadrant(s) do sine and cosine have the same sign?")
    assert problem.answer == sp.FiniteSet(Q("QI"), Q("QIII"))
    assert compare_with_book(problem.answer, "QI, QIII $$\\circ$$").status == "match"
    assert compare_with_book(problem.answer, "QI, QII").status == "differs"
    _, problem = _solved("In which quadrant(s) do cosine and tangent have the opposite sign?")
    assert problem.answer == sp.FiniteSet(Q("QIII"), Q("QIV"))


def test_six_functions_of_an_angle_through_the_pdf_figure_labels() -> None:
    text = ("Find the exact values of all six trigonometric func- $y$ $$(-1,\\sqrt{3})$$ tions "
            "of $120^{\\circ}$.")
    task, problem = _solved(text)
    assert task.params == {"angle": "120", "functions": ["sin", "cos", "tan", "csc", "sec", "cot"]}
    theta = Q("theta")
    assert problem.answer[sp.sin(theta)] == sp.sqrt(3) / 2
    assert problem.answer[sp.sec(theta)] == -2
    _, problem = _solved("Find the sine, cosine, and tangent of $75^{\\circ}$. $D$")
    assert sp.simplify(problem.answer[sp.tan(theta)] - (2 + sp.sqrt(3))) == 0
    # four angles at once are not one angle's values: not read into this family
    several = read_task("x", "Find the exact values of all six trigonometric functions of "
                             "$0\\Degrees$, $90\\Degrees$, $180\\Degrees$, and $270\\Degrees$.")
    assert several.family != "trigonometry.angle_functions"


def test_arcs_sectors_angles_and_speeds_in_words() -> None:
    _, arc = _solved("In a circle of radius $r=10$ ft, what is the length $s$ of the arc "
                     "intercepted by a central angle of measure $\\theta=41^{\\circ}$?")
    assert arc.answer == sp.Rational(41, 18) * sp.pi  # 10 * 41 pi / 180
    assert compare_with_book(arc.answer, "$s = 7.16$ ft", worked=True).status == "match"
    _, angle = _solved("A central angle in a circle of radius $5$ m cuts off an arc of length $2$ "
                       "m. What is the measure of the angle in radians? What is the measure in "
                       "degrees?")
    assert angle.answer[Q("radians")] == sp.Rational(2, 5)
    assert float(angle.answer[Q("degrees")]) == pytest.approx(22.918, abs=1e-3)
    _, sector = _solved("Find the area of a sector whose arc is $6$ cm in a circle of radius $9$ cm.")
    assert sector.answer == 27
    _, speed = _solved("An object travels a distance of $35$ ft in $2.7$ seconds as it moves along "
                       "a circle of radius $2$ ft. Find its linear and angular speed over that "
                       "time period.")
    assert float(speed.answer[Q("nu")]) == pytest.approx(35 / 2.7)
    _, swept = _solved("An object moves at a constant linear speed of $10$ m/sec around a circle "
                       "of radius $4$ m. How large of a central angle does it sweep out in $3.1$ "
                       "seconds?")
    assert swept.answer == sp.Rational(31, 4)
    _, record = _solved("A $78$ rpm music record has a diameter of $10$ inches. What is the linear "
                        "speed of a speck of dust on the outer edge of the record in inches per "
                        "second?")
    assert compare_with_book(record.answer, "$40.84$ in/sec").status == "match"


ARC = "find the length of the arc cut off by the given central angle $\\theta$ in a circle of radius $r$"
SEGMENT = "find the area of the segment formed by a chord of length $a$ in a circle of radius $r$"
SPEED = ("assume that a particle moves along a circle of radius $r$ for a period of time $t$. Given "
         "either the arc length $s$ or the central angle $\\theta$ swept out by the particle, find "
         "the linear and angular speed of the particle")


def test_lists_of_givens_under_their_instruction() -> None:
    _, arc = _solved("$\\theta=171\\Degrees$, $r=8$ m", ARC)
    assert arc.answer == sp.Rational(38, 5) * sp.pi  # 8 * 171 pi / 180
    _, segment = _solved("$a = 4$ cm, $r = 4$ cm", SEGMENT)
    assert segment.answer == sp.Rational(8, 3) * sp.pi - 4 * sp.sqrt(3)  # 60 degrees, r = 4
    _, speed = _solved("$r=7$ m, $t=3.2$ sec, $\\theta=172\\Degrees$", SPEED)
    assert float(speed.answer[Q("omega")]) == pytest.approx(math.radians(172) / 3.2)
    # lengths in two units are not converted: not read
    assert read_task("x", "$r=1.5$ ft, $t=0.3$ sec, $s=4$ in", context=SPEED).family is None


@pytest.mark.parametrize("text", [
    "$\\theta=0.8$ rad, $r=12$ cm",  # its instruction lost: what it asks is unknown
    ("In a circle of radius $r = 1.5$ ft, what is the length of the arc intercepted by a central "
    "angle of measure $\\theta = 2$ rad, in inches?"),
    ("A gear with an outer radius of $r_{1}=5$ cm moves in the clockwise direction, causing an "
    "interlocking gear with an outer radius of $r_{2}=4$ cm to move in the counterclockwise "
    "direction at an angular speed of $\\omega_{2}=25$ rpm. What is the angular speed "
    "$\\omega_{1}$ of the larger gear?"),
    "Find the area of the shaded region in Figure 4.3.7. $7$ $4$ $3$ $9$ $5$ $5$",
])
def test_circle_words_that_do_not_say_everything_are_not_read(text: str) -> None:
    task = read_task("x", text)
    assert task.family != "trigonometry.circle_measure"


def test_belts_chords_and_overlapping_circles() -> None:
    _, belt = _solved("The centers of two belt pulleys, with radii of $3$ inches and $6$ inches, "
                      "respectively, are $13$ inches apart. Find the total length $L$ of the belt "
                      "around the pulleys.")
    assert compare_with_book(belt.answer, "$54.94$ in").status == "match"
    straight = math.sqrt(13**2 - 3**2)
    beta = math.asin(3 / 13)
    assert float(belt.answer) == pytest.approx(2 * straight + 3 * (math.pi - 2 * beta)
                                               + 6 * (math.pi + 2 * beta))
    _, arcs = _solved("Find the lengths of the two arcs cut off by a chord of length $3$ in a "
                      "circle of radius $2$.")
    assert compare_with_book(arcs.answer, "$3.392$ and $9.174$").status == "match"
    _, lens = _solved("The centers of two circles are $7$ cm apart, with one circle having a "
                      "radius of $5$ cm and the other a radius of $3$ cm. Find the area $K$ of "
                      "their intersection.")
    assert float(lens.answer) == pytest.approx(2.5184, abs=1e-4)


def test_right_triangles_in_words() -> None:
    _, car = _solved("A car goes $24$ miles due north then $7$ miles due east. What is the "
                     "straight distance between the car’s starting point and end point?")
    assert compare_with_book(car.answer, "$25$ miles").status == "match"
    _, rope = _solved("One end of a rope is attached to the top of a pole $100$ ft high. If the "
                      "rope is $150$ ft long, what is the maximum distance along the ground from "
                      "the base of the pole to where the other end can be attached? You may "
                      "assume that the pole is perpendicular to the ground.")
    assert compare_with_book(rope.answer, "$111.8$ ft").status == "match"
    _, ladder = _solved("[r] A 17 ft ladder leaning against a wall has its foot 8 ft from the "
                        "base of the wall. At what height is the top of the ladder touching the "
                        "wall?")
    assert ladder.answer == 15


def test_sum_of_two_angles_from_their_sines_and_cosines() -> None:
    items = "$\\sin\\;A = \\frac{40}{41}$, $\\cos\\;A = \\frac{9}{41}$, $\\sin\\;B = \\frac{20}{29}$, " \
            "$\\cos\\;B = \\frac{21}{29}$"
    asked = "find the exact values of $\\sin\\;(A+B)$, $\\cos\\;(A+B)$, and $\\tan\\;(A+B)$"
    task, problem = _solved(items, asked)
    assert task.family == "trigonometry.sum_values"
    book = ("$\\sin\\;(A+B) = \\frac{1020}{1189}$, $\\cos\\;(A+B) = -\\frac{611}{1189}$, "
            "$\\tan\\;(A+B) = -\\frac{1020}{611}$")
    assert compare_with_book(problem.answer, book).status == "match"
    wrong = book.replace("-\\frac{611}", "\\frac{611}")
    assert compare_with_book(problem.answer, wrong).status == "differs"


def test_three_tangent_circles_make_a_triangle_of_sums_of_radii() -> None:
    task, problem = _solved("Three circles with radii of $4$, $5$, and $6$ cm, respectively, are "
                            "tangent to each other externally. Find the angles of the triangle "
                            "whose vertexes are the centers of the circles.")
    assert task.params["given"] == {"a": "9", "b": "11", "c": "10"}
    assert sorted(round(float(v), 1) for v in problem.answer.values()) == [50.5, 59.0, 70.5]


def test_trigonometric_form_against_the_books_cis() -> None:
    task, problem = _solved("$2+3i$", "put the given number in trigonometric form")
    assert task.family == "trigonometry.complex_trig_form"
    assert compare_with_book(problem.answer, "$\\sqrt{13}\\text{cis}56.3$ $$\\circ\\circ$$"
                             ).status == "match"
    assert compare_with_book(problem.answer, "$\\sqrt{13}\\text{cis}236.3$").status == "differs"
    _, minus_one = _solved("$-1$", "put the given number in trigonometric form")
    assert minus_one.answer == sp.Tuple(1, 180)


def test_triangle_items_the_words_around_them_used_to_block() -> None:
    task, problem = _solved("Find the radius $R$ of the circumscribed circle for the triangle "
                            "$\\triangle ABC$ from Example $2.6$ in Section 2.2: $a=2$, $b=3$, and "
                            "$c=4$. Then draw the triangle and the circle.")
    assert task.params["wanted"] == "R"
    assert compare_with_book(problem.answer, "$R = 2.07$").status == "match"
    # the next group's instruction ran into the item's text in the PDF
    task = read_task("x", "$a=7$, $B=60^{\\circ}$, $c=9$ For Exercises 4-6, check if it is "
                          "possible for a triangle to have the given parts.",
                     context="use the Law of Tangents to solve the triangle $\\triangle ABC$")
    assert task.params == {"given": {"a": "7", "B": "60", "c": "9"}, "wanted": "parts"}
    # a worked example whose solution the PDF runs on in the same line is read from its question
    task = read_task("x", "Case 4: Three sides. $C$ Solve the triangle $\\triangle ABC$ given "
                          "$a=2$, $b=3$, and $c=4$. $b=3$ $a=2$ Solution: We will use the Law of "
                          "Cosines to ﬁnd $B$ and $C$, then use $A=180^{\\circ}-B-C$.")
    assert task.params == {"given": {"a": "2", "b": "3", "c": "4"}, "wanted": "parts"}


def test_pdf_ligatures_and_cut_expressions() -> None:
    task = read_task("x", "Find the ﬁve ﬁfth roots of $-1$.")
    assert task.params == {"number": "-1", "n": 5}
    cut = read_task("x", "($1+i)/(1-$ i)", context="calculate the given expression")
    assert cut.family is None  # the PDF split (1+i)/(1-i) across two formulas


def test_damaged_book_answers_are_unreadable_not_different() -> None:
    _, problem = _solved("Find the three cube roots of $1+i$.")
    book = ("$$\\\\ \\sqrt[6]{}^{\\circ}\\sqrt[6]{}^{\\circ}\\sqrt[6]{}^{\\circ}$$\n\n"
            "2cis $15$, 2cis $135$, 2cis $255$")
    assert compare_with_book(problem.answer, book).status == "unreadable"
    _, problem = _solved("Find the three cube roots of $-1$.")
    book = "$$\\frac{1}{2}+_{\\circ}\\frac{\\sqrt{3}}{2}i,-1,_{\\circ}\\frac{1}{2}-\\frac{\\sqrt{3}}{2}i_{\\circ}$$"
    assert compare_with_book(problem.answer, book).status == "unreadable"
    _, problem = _solved("Find the five fifth roots of $-1$.")
    book = "$$\\text{cis}3_{\\circ}6^{\\circ},$$\n\ncis $108$, cis $180$, cis $252$, cis $324$"
    assert compare_with_book(problem.answer, book).status == "unreadable"


@pytest.mark.parametrize(("family", "params"), [
    ("trigonometry.angle_position", {"angle": "-313", "wanted": ["quadrant"]}),
    ("trigonometry.angle_position", {"angle": "-90", "wanted": ["reference"]}),
    ("trigonometry.sign_quadrants", {"functions": ["sin", "tan"], "same": True}),
    ("trigonometry.angle_functions", {"angle": "225", "functions": ["sin", "cos", "tan"]}),
    ("trigonometry.complex_trig_form", {"number": "-3 - 2*I"}),
    ("trigonometry.belt_pulley", {"r1": "5", "r2": "8", "d": "15", "wanted": "area"}),
    ("trigonometry.chord", {"a": "3", "r": "2", "wanted": "segment"}),
    ("trigonometry.circle_overlap", {"r1": "3", "r2": "2", "d": "4"}),
    ("trigonometry.pythagoras", {"legs": ["8"], "hypotenuse": "17", "story": "ladder",
                                 "unit": "ft"}),
    ("trigonometry.circle_measure", {"given": {"r": "5", "rpm": "78"}, "wanted": "linear_speed"}),
    ("trigonometry.sum_values", {"given": {"sin(A)": "4/5", "cos(A)": "-3/5", "sin(B)": "12/13",
                                           "cos(B)": "5/13"}, "wanted": ["sin(A - B)"]}),
    ("trigonometry.convert_angle", {"value": "11*pi/9", "to": "degrees"}),
    ("trigonometry.convert_point", {"point": ["6", "7*pi/6"], "to": "cartesian"}),
    ("trigonometry.complex_roots", {"number": "1 + I", "n": 3}),
    ("trigonometry.other_functions", {"function": "sec", "value": "7/3", "angle": "A",
                                      "acute": True}),
    ("trigonometry.triangle_angles", {"equations": ["A = 15", "C = 50"], "wanted": ["B"],
                                      "right": False}),
    ("trigonometry.right_triangle_functions", {"given": {"a": "5", "c": "13"}}),
])
def test_variants_differ_and_verify(family: str, params: dict) -> None:
    rng = random.Random(7)
    fam = FAMILIES[family]
    drawn = [vary(family, params, rng) for _ in range(4)]
    assert any(d != params for d in drawn)
    for new in drawn:
        problem = fam.pose(new)
        assert all(c.passed for c in fam.verify(problem))
        assert "def solve" in problem.code


@pytest.mark.parametrize("name", ["trigonometry.angle_position", "trigonometry.sign_quadrants",
                                  "trigonometry.angle_functions", "trigonometry.complex_trig_form",
                                  "trigonometry.belt_pulley", "trigonometry.chord",
                                  "trigonometry.circle_overlap", "trigonometry.pythagoras",
                                  "trigonometry.sum_values", "trigonometry.circle_measure"])
def test_solve_program_gives_the_answer(name: str) -> None:
    problem = FAMILIES[name].make(3, 2)
    scope: dict = {}
    exec(problem.code, scope)  # noqa: S102 - the family's own program, as the sandbox runs it
    assert sp.sympify(scope["solve"]()) == problem.answer


def test_a_wrong_answer_fails_verification() -> None:
    fam = FAMILIES["trigonometry.angle_position"]
    problem = fam.pose({"angle": "127", "wanted": ["reference"]})
    problem.answer = sp.Integer(37)
    assert not all(c.passed for c in fam.verify(problem))
    fam = FAMILIES["trigonometry.belt_pulley"]
    problem = fam.pose({"r1": "3", "r2": "6", "d": "13", "wanted": "length"})
    problem.answer = problem.answer + sp.Rational(1, 10)
    assert not all(c.passed for c in fam.verify(problem))


def test_exact_angles_stay_exact() -> None:
    """SymPy's nsimplify turns 74 pi/180 and 637 pi/160 into products of odd powers; the
    families keep the exact value."""
    _, problem = _solved("$74\\Degrees$", "convert the given angle to radians")
    assert problem.answer == sp.Rational(37, 90) * sp.pi
    _, sector = _solved("Find the area of a sector whose angle is $117^{\\circ}$ in a circle of "
                        "radius $3.5$ m.")
    assert sector.answer == sp.Rational(637, 160) * sp.pi


def test_several_points_converted_in_order() -> None:
    task, problem = _solved("Convert the following points from polar coordinates to Cartesian "
                            "coordinates: (a) $(2,30^{\\circ})$; (b) $(3,3\\pi/4)$; "
                            "(c) $(-1,5\\pi/3)$")
    assert task.params["points"] == [["2", "pi/6"], ["3", "3*pi/4"], ["-1", "5*pi/3"]]
    half = sp.sqrt(2) * 3 / 2
    assert problem.answer == sp.Tuple(sp.Tuple(sp.sqrt(3), 1), sp.Tuple(-half, half),
                                      sp.Tuple(-sp.Rational(1, 2), sp.sqrt(3) / 2))
    # two points without "the following points" are not one item's list
    assert read_task("x", "Is $(3,4)$ farther from the origin than $(-5,-5)$?",
                     context="convert the given point from Cartesian coordinates to polar "
                             "coordinates").family is None
