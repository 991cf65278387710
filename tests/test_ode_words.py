"""Lebl's Diffy Qs, its application word problems: springs, circuits, bumpers, growth, cooling,
mixing tanks. Read, solved, verified, compared with the book.

Item texts are quoted from the book (its LaTeX source, units as the ingest leaves them: "[4]kg",
"$k=\\unitfrac[4]{N}{m}$"; or the PDF's text layer, "$k=20N/m$", "a) ..." part labels), with
the exercise text a part sits in; expected values were worked out by hand, or are the book's own
answers where it prints them (quoted).
"""

from __future__ import annotations

import random

import sympy as sp

import exercises.families  # noqa: F401  (registers the families)
from exercises.family import FAMILIES
from formalize.agreement import compare_with_book
from formalize.parts import context_of
from formalize.tasks import read_task
from formalize.variants import vary
from tests.book_items import solved

RAILCAR = ("[2] A [5000]kg railcar hits a bumper (a spring) at [1]ms, and the spring compresses "
           "by [0.1]m. Assume no damping.\n\nFind $k$.\n\nHow far does the spring compress when "
           "a [10000]kg railcar hits the spring at the same speed?\n\nIf the spring would break "
           "if it compresses further than [0.3]m, what is the maximum mass of a railcar that can "
           "hit it at [1]ms?\n\nWhat is the maximum mass of a railcar that can hit the spring "
           "without it breaking at [2]ms?")
RESONANCE_PDF = ("Suppose there is no damping in a mass and spring system with $m=5$ kg, "
                 "$k=20N/m$, and $F_{0}=5$ N. Suppose $\\omega$ is chosen to be precisely the resonance "
                 "frequency.\n\na) Find $\\omega$.\n\nb) Find the amplitude of the oscillations at "
                 "time $t=100$ seconds, given the system is at rest at\n\n$$t=0.$$")
DAMPED_PDF = ("Consider a mass and spring system with a mass $m=2$, spring constant $k=3$, and "
              "damping constant $c=1$.\n\na) Set up and find the general solution of the "
              "system.\n\nb) Is the system underdamped, overdamped, or critically damped?\n\nc) If "
              "the system is not critically damped, find a $c$ that makes the system critically "
              "damped.")
TANK = ("Suppose a water tank is being pumped out at [3]Lmin. The water tank starts at [10]L of "
        "clean water. Water with a toxic substance is flowing into the tank at [2]Lmin, with "
        "concentration [$20t$]gL at time $t$. When the tank is half empty, how many grams of toxic "
        "substance are in the tank (assuming perfect mixing)?")
BACTERIA_PDF = (
    "One of the most basic differential equations is the exponential growth model. Let $P$ denote "
    "the population of some bacteria on a Petri dish. We assume that there is enough food and "
    "enough space. Then the rate of growth of the bacteria is proportional to the population—a "
    "larger population grows faster. Let $t$ denote time (say in seconds) and $P$ the "
    "population. Our model is\n\n$$\\frac{dP}{dt}=kP,$$\n\nfor some positive constant $k>0$."
    "\n\nSuppose there are $100$ bacteria at time $0$ and $200$ bacteria $10$ seconds later. How "
    "many bacteria will there be $1$ minute from time $0$ (in $60$ seconds)?\n\nFirst we need to "
    "solve the equation. We\n\n$0$ $10$\n\n$20$ $30$\n\nclaim that a solution is given by\n\n"
    "$6000$ $6000$\n\n$$P(t)=Ce^{kt},$$")


def test_practical_resonance_from_the_latex_source() -> None:
    text = ("A mass of [4]kg on a spring with $k=\\unitfrac[4]{N}{m}$ and a damping constant "
            "$c=\\unitfrac[1]{Ns}{m}$. Suppose that $F_0 = \\unit[2]{N}$. Using the forcing "
            "function $F_0 \\cos (\\omega t)$, find the $\\omega$ that causes practical resonance "
            "and find the practical resonance amplitude.")
    task, problem = solved(text)
    assert task.params["given"] == {"m": "4", "k": "4", "c": "1", "F0": "2"}
    # the book: omega = sqrt(31)/(4 sqrt 2), C(omega) = 16/(3 sqrt 7)
    assert problem.answer == sp.Tuple(sp.sqrt(31) / (4 * sp.sqrt(2)), 16 / (3 * sp.sqrt(7)))
    # another forcing function is another problem: not read
    other = text.replace("$F_0 \\cos (\\omega t)$", "$F_0 \\sin (\\omega t)$")
    assert read_task("i", other).family is None


def test_a_railcar_bumper_whole_and_by_parts() -> None:
    _, problem = solved(RAILCAR)
    # the book: k = 500000 N/m, 1/(5 sqrt 2) m, 45000 kg, 11250 kg
    assert problem.answer == sp.Tuple(500000, 1 / (5 * sp.sqrt(2)), 45000, 11250)
    part = ("What is the maximum mass of a railcar that can hit the spring without it breaking "
            "at [2]ms?")
    task, problem = solved(part, RAILCAR)
    assert task.params["questions"] == [{"ask": "max_mass", "d": "3/10", "v": "2"}]
    assert problem.answer == 11250  # the book: [11250]kg (outside math: not compared)
    # the PDF's text layer: "$A5000$ kg railcar", "a)" labels, "$1m/s$"
    pdf = ("$A5000$ kg railcar hits a bumper (a spring) at $1m/s$, and the spring compresses by "
           "$0.1$ m. Assume no damping.\n\na) Find $k$.\n\nb) How far does the spring compress "
           "when a $10000$ kg railcar hits the spring at the same speed?")
    _, problem = solved("How far does the spring compress when a $10000$ kg railcar hits the "
                        "spring at the same speed?", pdf)
    assert problem.answer == 1 / (5 * sp.sqrt(2))
    # a number the reader cannot place leaves the exercise unread
    heavier = RAILCAR.replace("Assume no damping.", "Assume no damping. It weighs [3]t.")
    assert read_task("i", heavier).family is None


def test_pure_resonance_parts_from_the_pdf() -> None:
    part = ("Find the amplitude of the oscillations at time $t=100$ seconds, given the system is "
            "at rest at\n\n$$t=0.$$")
    _, problem = solved(part, RESONANCE_PDF)
    assert problem.answer == 25  # F0 t / (2 m w0) = 5 * 100 / (2 * 5 * 2)
    assert compare_with_book(problem.answer, "$25$ m").status == "match"
    _, problem = solved("Find $\\omega$.", RESONANCE_PDF)
    assert problem.answer == 2
    # without "precisely the resonance frequency" the amplitude is not the resonant one
    off = RESONANCE_PDF.replace(" Suppose $\\omega$ is chosen to be precisely the resonance "
                                "frequency.", "")
    assert read_task("i", part, context=off).family is None


def test_damping_kind_and_critical_damping() -> None:
    _, problem = solved(DAMPED_PDF)
    general, kind, critical = problem.answer
    assert kind == sp.Symbol("underdamped") and critical == 2 * sp.sqrt(6)  # c^2 = 4mk = 24
    assert general.free_symbols == {sp.Symbol("C1"), sp.Symbol("C2"), sp.Symbol("t")}
    _, problem = solved("Is the system underdamped, overdamped, or critically damped?", DAMPED_PDF)
    assert problem.answer == sp.Symbol("underdamped")
    # "Do 2.4.2 for m = 3, ...": another exercise's questions, not read
    assert read_task("i", "Do 2.4.2 for $m=3$, $k=12$, and $c=12$.").family is None


def test_a_circuit_and_a_measured_frequency() -> None:
    circuit = ("Suppose we have an RLC circuit with a resistor of 100 milliohms (0.1 ohms), "
               "inductor of inductance of 50 millihenries (0.05 henries), and a capacitor of 5 "
               "farads, with constant voltage.\n\nSet up the ODE equation for the current $I$."
               "\n\nFind the general solution.\n\nSolve for $I(0) = 10$ and $I'(0) = 0$.")
    _, problem = solved("Solve for $I(0) = 10$ and $I'(0) = 0$.", circuit)
    book = ("$I = 10 e^{-t} \\cos(\\sqrt{3} \\, t) + \\frac{10}{\\sqrt{3}} e^{-t} "
            "\\sin(\\sqrt{3} \\, t)$")
    assert compare_with_book(problem.answer, book).status == "match"
    assert read_task("i", circuit).family is None  # "set up the ODE" is not answered here
    friction = ("Suppose you wish to measure the friction a mass of [0.1]kg experiences as it "
                "slides along a floor (you wish to find $c$). You have a spring with spring "
                "constant $k=\\unitfrac[5]{N}{m}$. You take the spring, you attach it to the mass "
                "and fix it to a wall. Then you pull on the spring and let the mass go. You find "
                "that the mass oscillates with frequency [1]Hz. What is the friction?")
    _, problem = solved(friction)
    assert problem.answer == sp.sqrt(2 - sp.Rational(4, 25) * sp.pi**2)  # 4mk - (4 pi m f)^2


def test_mixing_tanks() -> None:
    task, problem = solved(TANK)
    assert task.params["tank"]["concentration"] == "20*t"
    assert compare_with_book(problem.answer, "$250$ grams").status == "match"
    unknown = ("Initially a tank contains 10 liters of pure water. Brine of unknown (but constant) "
               "concentration of salt is flowing in at 1 liter per minute. The water is mixed well "
               "and drained at 1 liter per minute. In 20 minutes there are 15 grams of salt in the "
               "tank. What is the concentration of salt in the incoming brine?")
    _, problem = solved(unknown)
    # x = 10 c (1 - e^{-t/10}): 15 = 10 c (1 - e^{-2})
    assert sp.simplify(problem.answer - sp.Rational(3, 2) / (1 - sp.exp(-2))) == 0


def test_growth_and_cooling() -> None:
    _, problem = solved(BACTERIA_PDF)
    assert problem.answer == 6400  # the book: P(60) = 6400
    city = ("The population of city X was 100 thousand 20 years ago, and it was 120 thousand 10 "
            "years ago. Assuming constant growth, you can use the exponential population model "
            "(like for the bacteria). What do you estimate the population is now?")
    _, problem = solved(city)
    assert problem.answer == 144000  # 120 * 1.2 thousand
    coffee = ("Suppose a cup of coffee is at 100 degrees Celsius at time $t=0$, it is at 70 "
              "degrees at $t=10$ minutes, and it is at 50 degrees at $t=20$ minutes. Compute the ambient "
              "temperature.")
    _, problem = solved(coffee)
    assert problem.answer == 10  # (70 - A)^2 = (100 - A)(50 - A)
    # a minute that is not 60 of the data's seconds is not this question
    assert read_task("i", BACTERIA_PDF.replace("(in $60$ seconds)", "(in $50$ seconds)")).family \
        is None


def test_motion_with_a_given_acceleration() -> None:
    car = ("Suppose that the car accelerates at $\\unitfrac[t^2]{m}{s^2}$. At time $t=0$ the car "
           "is at the 1-meter mark and is traveling at [10]ms. Where is the car at time $t=10$?"
           "\n\nWell, this is actually a second-order problem.")
    _, problem = solved(car)
    assert problem.answer == 1 + 10 * 10 + sp.Rational(10**4, 12)  # x = 1 + 10 t + t^4/12
    assert read_task("i", car.replace("t^2", "x^2")).family is None


def test_variants_are_posed_and_verified() -> None:
    for text, context in ((RAILCAR, None), (TANK, None), ("Find $\\omega$.", RESONANCE_PDF)):
        task = read_task("i", text, context=context)
        family = FAMILIES[task.family]
        params = vary(task.family, task.params, random.Random(3))
        assert params != task.params
        problem = family.pose(params)
        assert all(check.passed for check in family.verify(problem))
        scope: dict[str, object] = {}
        exec(problem.code, scope)  # noqa: S102 - the family's own solve() program
        assert scope["solve"]() == problem.answer


def test_a_pdf_part_keeps_its_setup_though_its_siblings_labels_stay() -> None:
    """Diffy Qs 2.4.2 in the PDF: the parts' words are cut out of the exercise's text, their
    labels "a)", "c)" stay behind; they are no sentences to account for."""
    parent = ("Consider a mass and spring system with a mass $m=2$, spring constant $k=3$, and "
              "damping constant $c=1$.\n\na) Set up and find the general solution of the system."
              "\n\nb) Is the system underdamped, overdamped, or critically damped?\n\nc) If the "
              "system is not critically damped, find a $c$ that makes the system critically damped.")
    parts = [p.split(") ", 1)[1] for p in parent.split("\n\n")[1:]]
    kind = read_task("b", parts[1], context=context_of(parent, parts, 1))
    critical = read_task("c", parts[2], context=context_of(parent, parts, 2))
    assert str(FAMILIES[kind.family].pose(kind.params).answer) == "underdamped"  # 1 - 4*2*3 < 0
    assert sp.simplify(FAMILIES[critical.family].pose(critical.params).answer ** 2 - 4 * 2 * 3) == 0
