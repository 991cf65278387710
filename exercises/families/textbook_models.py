"""Posed families for a book's first-order models in words: exponential growth through two
observations, Newton's law of cooling, a mixing tank; and motion with a given acceleration.

The formalize stage (:mod:`formalize.ode_words`) reads "100 bacteria at time 0 and 200
bacteria 10 seconds later", "100 degrees at t = 0, 70 at t = 10, 50 at t = 20", "a 100-liter
tank contains 10 kilograms of salt dissolved in 60 liters of water ..." into parameters. The
solvers use the closed forms the book derives (P = C e^{kt}; T - A = (T0 - A) e^{-kt}; the
integrating factor of x' = r_in c_in - r_out x / V(t)); the verifiers integrate the differential
equation numerically (mpmath's odefun) from the data and compare.
"""

from __future__ import annotations

import random
from typing import Any

import mpmath
import sympy as sp

from exercises.families.textbook import WORDINGS, latex, program
from exercises.family import Check, Problem, family

T = sp.Symbol("t")


def _worded(params: dict[str, Any], wordings: list[str]) -> tuple[str, str]:
    """The plain and LaTeX statement in the wording ``params["template"]`` picks, from LaTeX
    wordings (the plain text drops the dollars)."""
    tex = wordings[params.get("template", 0) % len(wordings)]
    return tex.replace("$", ""), tex


def _mp(value: Any) -> mpmath.mpf:
    return mpmath.mpf(sp.N(value, 30))


def _near(a: Any, b: Any, tol: str = "1e-12") -> bool:
    a, b = _mp(a), _mp(b)
    return bool(abs(a - b) <= mpmath.mpf(tol) * max(1, abs(a), abs(b)))


def _scaled(rng: random.Random, text: str) -> str:
    return sp.sstr(sp.Rational(text) * sp.Rational(rng.randint(6, 15), 10))


# ---------------------------------------------------------------- exponential growth


def growth(points, questions):
    """P' = kP through two observations (t, P): each question's value, P at a time
    (``{"at": t}``) or the time P reaches a value (``{"reach": P}``)."""
    import sympy

    (t1, p1), (t2, p2) = [[sympy.Rational(v) for v in point] for point in points]
    k = sympy.log(p2 / p1) / (t2 - t1)
    answers = []
    for question in questions:
        if "at" in question:
            answers.append(sympy.simplify(p1 * (p2 / p1) ** ((sympy.Rational(question["at"]) - t1)
                                                            / (t2 - t1))))
        else:
            answers.append(t1 + sympy.log(sympy.Rational(question["reach"]) / p1) / k)
    return answers[0] if len(answers) == 1 else sympy.Tuple(*answers)


def _pose_growth(params: dict[str, Any]) -> Problem:
    points, questions = params["points"], params["questions"]
    (t1, p1), (t2, p2) = [[sp.Rational(v) for v in point] for point in points]
    if t1 == t2 or p1 <= 0 or p2 <= 0 or p1 == p2 or not questions:
        raise ValueError("two observations at different times, of different positive sizes")
    if any("reach" in q and sp.Rational(q["reach"]) <= 0 for q in questions):
        raise ValueError("an exponential model only reaches positive sizes")
    answer = growth(points, questions)
    answers = [answer] if len(questions) == 1 else list(answer)
    said = "; ".join(f"P({q['at']})" if "at" in q else f"the time when P = {q['reach']}"
                     for q in questions)
    seen = f"$P({latex(t1)}) = {latex(p1)}$ and $P({latex(t2)}) = {latex(p2)}$"
    plain, tex = _worded(params, [
        f"A quantity grows exponentially ($P' = kP$). {seen}. Find {said}.",
        f"Suppose $P' = kP$ with {seen}. Find {said}.",
        f"Find {said} for the exponential model $P' = kP$ with {seen}."])
    rate = sp.log(p2 / p1) / (t2 - t1)
    steps = [("$P(t) = C e^{kt}$; the two observations give "
              f"$e^{{k({latex(t2 - t1)})}} = {latex(p2 / p1)}$, so $k = {latex(rate)}$."),
             *[f"${'P(' + latex(sp.Rational(q['at'])) + ')' if 'at' in q else 't'} = {latex(a)}"
               f" \\approx {sp.N(a, 6)}$." for q, a in zip(questions, answers, strict=True)]]
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps,
                   code=program([growth], f"growth({points!r}, {questions!r})"), params=params)


def _flow(rate: Any, t0: Any, y0: Any) -> Any:
    """t -> y(t) for y' = rate(t, y), y(t0) = y0, integrated by mpmath's Taylor method on
    either side of t0 (odefun itself goes forward only)."""
    ahead = mpmath.odefun(rate, t0, y0)
    behind = mpmath.odefun(lambda s, y: -rate(2 * t0 - s, y), t0, y0)
    return lambda t: ahead(t) if t >= t0 else behind(2 * t0 - t)


def _verify_growth(problem: Problem) -> list[Check]:
    """Integrate P' = kP numerically (odefun, k = log(P2/P1)/(t2 - t1) in floating point) from
    the first observation: it must pass through the second, through the claimed sizes at the
    asked times, and reach the asked sizes at the claimed times."""
    (t1, p1), (t2, p2) = [[_mp(sp.Rational(v)) for v in point]
                          for point in problem.params["points"]]
    questions = problem.params["questions"]
    answers = [problem.answer] if len(questions) == 1 else list(problem.answer)
    with mpmath.workdps(15):
        k = mpmath.log(p2 / p1) / (t2 - t1)
        path = _flow(lambda t, y: k * y, t1, p1)
        ok = _near(path(t2), p2, "1e-9") and all(
            _near(path(_mp(sp.Rational(q["at"]))), a, "1e-9") if "at" in q else
            _near(path(_mp(a)), sp.Rational(q["reach"]), "1e-9")
            for q, a in zip(questions, answers, strict=True))
    return [Check("P' = kP integrated numerically (odefun) through both observations", ok)]


def _redraw_growth(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    (t1, p1), (t2, p2) = params["points"]
    p2 = _scaled(rng, p2)
    while sp.Rational(p2) == sp.Rational(p1):
        p2 = _scaled(rng, params["points"][1][1])
    questions = [{"at": q["at"]} if "at" in q else {"reach": _scaled(rng, q["reach"])}
                 for q in params["questions"]]
    return {**params, "points": [[t1, p1], [t2, p2]], "questions": questions}


@family("differential_equations.exponential_model", verify=_verify_growth, pose=_pose_growth)
def exponential_model(rng: random.Random, difficulty: int) -> Problem:
    """Exponential growth through two observations: the size at a later time."""
    p1 = rng.randint(1, 20) * 10
    later = [str(rng.randint(1, 10)), str(p1 * rng.randint(2, 4))]
    return _pose_growth({"points": [["0", str(p1)], later],
                         "questions": [{"at": str(rng.randint(11, 30))}],
                         "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- Newton's law of cooling


def ambient(readings):
    """The ambient temperature from three readings at equally spaced times: T - A decays by
    the same factor each step, so (T1 - A)^2 = (T0 - A)(T2 - A)."""
    import sympy

    (_, a), (_, b), (_, c) = [[sympy.Rational(v) for v in r] for r in readings]
    return (a * c - b**2) / (a + c - 2 * b)


def _pose_cooling(params: dict[str, Any]) -> Problem:
    readings = params["readings"]
    (s0, a), (s1, b), (s2, c) = [[sp.Rational(v) for v in r] for r in readings]
    if s1 - s0 != s2 - s1 or s1 <= s0 or a + c == 2 * b:
        raise ValueError("three readings at equally spaced times, not in arithmetic progression")
    answer = ambient(readings)
    if not (a - answer) * (c - answer) > 0 or not abs(b - answer) < abs(a - answer):
        raise ValueError("the readings do not approach an ambient temperature")
    shown = ", ".join(f"{latex(v)} at $t = {latex(s)}$" for s, v in ((s0, a), (s1, b), (s2, c)))
    plain, tex = _worded(params, [
        f"An object's temperature is {shown}. Find the ambient temperature.",
        (f"By Newton's law of cooling, what is the ambient temperature if an object's "
         f"temperature is {shown}?"),
        f"Readings of a cooling object: {shown}. Compute the ambient temperature."])
    steps = [("Newton's law of cooling: $T - A = (T_0 - A) e^{-kt}$, so $T - A$ shrinks by "
              "the same factor over each equal step."),
             f"$({latex(b)} - A)^2 = ({latex(a)} - A)({latex(c)} - A)$ is linear in $A$.",
             f"$A = {latex(answer)}$."]
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps,
                   code=program([ambient], f"ambient({readings!r})"), params=params)


def _verify_cooling(problem: Problem) -> list[Check]:
    """With the claimed ambient temperature A, T' = -k(T - A) integrated numerically (odefun)
    from the first reading, with the k that the first two readings give, meets the third."""
    (s0, a), (s1, b), (s2, c) = [[_mp(sp.Rational(v)) for v in r]
                                 for r in problem.params["readings"]]
    room = _mp(problem.answer)
    with mpmath.workdps(15):
        k = mpmath.log((a - room) / (b - room)) / (s1 - s0)
        ok = _near(_flow(lambda t, y: -k * (y - room), s0, a)(s2), c, "1e-9")
    return [Check("T' = -k(T - A) integrated numerically (odefun) through all three readings", ok)]


def _redraw_cooling(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A new ambient temperature, start, step and cooling factor: readings A + (T0 - A) q^j."""
    (s0, _), (s1, _), _ = params["readings"]
    room, start = rng.randint(0, 30), rng.randint(60, 120)
    factor = sp.Rational(rng.randint(3, 8), 10)
    step = sp.Rational(s1) - sp.Rational(s0)
    return {**params, "readings": [[sp.sstr(sp.Rational(s0) + j * step),
                                    sp.sstr(room + (start - room) * factor**j)] for j in range(3)]}


@family("differential_equations.newton_cooling", verify=_verify_cooling, pose=_pose_cooling)
def newton_cooling(rng: random.Random, difficulty: int) -> Problem:
    """The ambient temperature from three readings (Newton's law of cooling)."""
    return _pose_cooling(_redraw_cooling({"readings": [["0", "0"], ["10", "0"], ["20", "0"]],
                                          "template": rng.randrange(WORDINGS)}, rng))


# ---------------------------------------------------------------- a mixing tank


def tank(tank_params, question):
    """x' = r_in c_in(t) - r_out x / V(t), V(t) = V0 + (r_in - r_out) t, x(0) = x0: the amount
    at a time (``{"at": t}``), when the tank is full or holds a given volume
    (``{"volume": V}``), or the inflow concentration that gives x at a time
    (``{"concentration": [t, x]}``, c_in unknown and constant)."""
    import sympy

    t, cin = sympy.Symbol("t", positive=True), sympy.Symbol("c_in")  # time runs forward
    p = tank_params
    v0, x0, r_in, r_out = (sympy.Rational(p[n]) for n in ("volume", "salt", "rate_in", "rate_out"))
    c_in = cin if p.get("concentration") is None else sympy.sympify(p["concentration"],
                                                                       locals={"t": t})
    volume = v0 + (r_in - r_out) * t
    factor = sympy.simplify(sympy.exp(sympy.integrate(r_out / volume, t)))  # integrating factor

    def amount(when):  # (factor x)' = factor r_in c_in, integrated from 0 to ``when``
        gained = sympy.integrate(factor * r_in * c_in, (t, 0, when))
        return (gained + x0 * factor.subs(t, 0)) / factor.subs(t, when)

    if "concentration" in question:
        when, salt = (sympy.Rational(v) for v in question["concentration"])
        return sympy.simplify(sympy.solve(sympy.Eq(amount(when), salt), cin)[0])
    if "at" in question:
        when = sympy.Rational(question["at"])
    else:
        target = sympy.Rational(question["volume"] if "volume" in question else p["capacity"])
        when = (target - v0) / (r_in - r_out)
    return sympy.radsimp(sympy.simplify(amount(when)))


def tank_answers(tank_params, questions):
    """Each question's answer (:func:`tank`): one value, or a tuple of them in order."""
    import sympy

    found = [tank(tank_params, question) for question in questions]
    return found[0] if len(found) == 1 else sympy.Tuple(*found)


def _pose_tank(params: dict[str, Any]) -> Problem:
    tank_params, questions = params["tank"], params["questions"]
    v0, r_in, r_out = (sp.Rational(tank_params[n]) for n in ("volume", "rate_in", "rate_out"))
    if v0 <= 0 or r_in < 0 or r_out <= 0 or not questions:
        raise ValueError("a tank needs a positive volume and outflow")
    for q in questions:
        if "volume" in q or "full" in q:
            target = sp.Rational(q.get("volume") or tank_params["capacity"])
            if r_in == r_out or (target - v0) / (r_in - r_out) <= 0:
                raise ValueError("the tank never holds that volume")
    for q in questions:
        end = sp.Rational(q["at"] if "at" in q else q.get("concentration", [0])[0])
        if v0 + (r_in - r_out) * end <= 0:
            raise ValueError("the tank is empty before that time")
    answer = tank_answers(tank_params, questions)
    answers = [answer] if len(questions) == 1 else list(answer)
    c_in = tank_params.get("concentration")
    inflow = "an unknown constant concentration" if c_in is None else f"concentration {c_in}"
    said = "; ".join(_tank_question(tank_params, q) for q in questions)
    setup = (f"${v0}$ liters of water with ${latex(sp.Rational(tank_params['salt']))}$ units of "
             f"salt dissolved in it. Brine of {inflow} flows in at ${r_in}$ liters per unit time; "
             f"the well-mixed solution flows out at ${r_out}$ liters per unit time"
             + (f"; the tank holds ${tank_params['capacity']}$ liters" if "capacity" in tank_params
                else ""))
    plain, tex = _worded(params, [f"A tank holds {setup}. Find {said}.",
                                  f"Consider a tank holding {setup}. Find {said}.",
                                  f"Find {said}, where a tank holds {setup}."])
    start = sp.Rational(tank_params["salt"])
    steps = [("Salt in minus salt out: $x' = r_{in} c_{in} - r_{out} \\frac{x}{V(t)}$ with "
              f"$V(t) = {latex(v0 + (r_in - r_out) * T)}$, $x(0) = {latex(start)}$."),
             "Solve the linear equation with the integrating factor $e^{\\int r_{out}/V\\,dt}$.",
             *[f"{_tank_question(tank_params, q).capitalize()}: ${latex(a)} \\approx {sp.N(a, 6)}$."
               for q, a in zip(questions, answers, strict=True)]]
    code = program([tank, tank_answers], f"tank_answers({tank_params!r}, {questions!r})")
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps, code=code, params=params)


def _tank_question(tank_params: dict[str, Any], question: dict[str, Any]) -> str:
    if "concentration" in question:
        when, amount = question["concentration"]
        return f"the inflow concentration for which there are {amount} units of salt at t = {when}"
    if "at" in question:
        return f"the salt in the tank at t = {question['at']}"
    if "volume" in question:
        return f"the salt in the tank when it holds {question['volume']} liters"
    return "the salt in the tank when it is full"


def _verify_tank(problem: Problem) -> list[Check]:
    """Integrate x' = r_in c_in(t) - r_out x / V(t) numerically (odefun) with the claimed
    concentration, or to the moment the volume reaches its target, and compare."""
    p, questions = problem.params["tank"], problem.params["questions"]
    answers = [problem.answer] if len(questions) == 1 else list(problem.answer)
    v0, x0, r_in, r_out = (_mp(sp.Rational(p[n]))
                           for n in ("volume", "salt", "rate_in", "rate_out"))
    ok = True
    with mpmath.workdps(15):
        for q, a in zip(questions, answers, strict=True):
            if "concentration" in q:
                when, amount = (_mp(sp.Rational(v)) for v in q["concentration"])
                c_in = sp.Lambda(T, a)
            else:
                c_in = sp.Lambda(T, sp.sympify(p["concentration"], locals={"t": T}))
                when = _mp(sp.Rational(q["at"])) if "at" in q else \
                    (_mp(sp.Rational(q.get("volume") or p["capacity"])) - v0) / (r_in - r_out)
                amount = _mp(a)
            inflow = sp.lambdify(T, c_in(T), modules="mpmath")

            def rate(t: Any, x: Any, inflow: Any = inflow) -> Any:
                return r_in * inflow(t) - r_out * x / (v0 + (r_in - r_out) * t)

            flow = mpmath.odefun(rate, 0, x0)
            ok = ok and _near(flow(when), amount, "1e-9")
    return [Check("the salt balance integrated numerically (odefun) to the asked moment", ok)]


def _redraw_tank(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """New volumes, rates and amounts of the same kind: a clean tank stays clean, equal rates
    stay equal (a constant volume), a filling tank still fills and a draining one drains; a
    question about a volume asks about the same fraction of the new tank."""
    old = {n: sp.Rational(v) for n, v in params["tank"].items() if n != "concentration"}
    volume = old["volume"] * rng.randint(1, 4)
    rate_out = rng.randint(1, 6)
    rate_in = rate_out + (old["rate_in"] - old["rate_out"]).p * rng.randint(1, 2) \
        if old["rate_in"] != old["rate_out"] else rate_out
    tank = {**params["tank"], "volume": sp.sstr(volume), "rate_in": str(max(rate_in, 1)),
            "rate_out": str(rate_out)}
    if old["salt"]:
        tank["salt"] = str(rng.randint(1, 2 * int(sp.ceiling(old["salt"])) + 2))
    if "capacity" in old:
        tank["capacity"] = sp.sstr(volume * old["capacity"] / old["volume"])
    questions = []
    for q in params["questions"]:
        if "volume" in q:
            q = {"volume": sp.sstr(volume * sp.Rational(q["volume"]) / old["volume"])}
        elif "concentration" in q:
            q = {"concentration": [q["concentration"][0], str(rng.randint(5, 40))]}
        questions.append(q)
    return {**params, "tank": tank, "questions": questions}


# ---------------------------------------------------------------- motion with a given acceleration


def position(acceleration, x0, v0, at):
    """x'' = a(t), x(0) = x0, x'(0) = v0: x at time ``at``, integrating twice."""
    import sympy

    t, s = sympy.symbols("t s")
    a = sympy.sympify(acceleration, locals={"t": t})
    velocity = sympy.Rational(v0) + sympy.integrate(a.subs(t, s), (s, 0, t))
    place = sympy.Rational(x0) + sympy.integrate(velocity.subs(t, s), (s, 0, t))
    return sympy.nsimplify(place.subs(t, sympy.Rational(at)))


def _pose_motion(params: dict[str, Any]) -> Problem:
    a = sp.sympify(params["acceleration"], locals={"t": T})
    if a.free_symbols - {T} or not a.is_polynomial(T):
        raise ValueError("the acceleration must be a polynomial in t")
    x0, v0, at = params["x0"], params["v0"], params["at"]
    answer = position(params["acceleration"], x0, v0, at)
    start = f"At time $t = 0$ it is at the ${x0}$-meter mark and travels at ${v0}$ m/s"
    rate = f"${latex(a)}$ m/s$^2$"
    plain, tex = _worded(params, [
        f"An object accelerates at {rate}. {start}. Where is it at time $t = {at}$?",
        f"Suppose an object's acceleration is {rate}. {start}. Find its position at $t = {at}$.",
        f"Find where an object is at time $t = {at}$ if it accelerates at {rate}. {start}."])
    v = sp.Rational(v0) + sp.integrate(a, (T, 0, T))
    steps = [(f"$x'' = {latex(a)}$, $x(0) = {x0}$, $x'(0) = {v0}$: with $v = x'$, "
              f"$v(t) = {latex(v)}$."),
             f"$x(t) = {latex(sp.Rational(x0) + sp.integrate(v, (T, 0, T)))}$.",
             f"$x({at}) = {latex(answer)}$."]
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps,
                   code=program([position], f"position({params['acceleration']!r}, {x0!r}, "
                                             f"{v0!r}, {at!r})"), params=params)


def _verify_motion(problem: Problem) -> list[Check]:
    """x'' = a(t) as a first-order system, integrated numerically (odefun) to the time asked."""
    p = problem.params
    push = sp.lambdify(T, sp.sympify(p["acceleration"], locals={"t": T}), modules="mpmath")
    with mpmath.workdps(15):
        flow = mpmath.odefun(lambda t, y: [y[1], push(t)], 0,
                             [_mp(sp.Rational(p["x0"])), _mp(sp.Rational(p["v0"]))])
        ok = _near(flow(_mp(sp.Rational(p["at"])))[0], problem.answer, "1e-9")
    return [Check("x'' = a(t) integrated numerically (odefun) from x(0), x'(0)", ok)]


def _redraw_motion(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    a = sp.sympify(params["acceleration"], locals={"t": T})
    new = sp.Add(*[term * rng.randint(1, 3) for term in sp.Add.make_args(a)])
    return {**params, "acceleration": sp.sstr(new), "x0": str(rng.randint(0, 10)),
            "v0": str(rng.randint(0, 20)), "at": str(rng.randint(2, 12))}


@family("differential_equations.motion", verify=_verify_motion, pose=_pose_motion)
def motion(rng: random.Random, difficulty: int) -> Problem:
    """Where an object is, given its acceleration as a function of time and its start."""
    return _pose_motion(_redraw_motion({"acceleration": "t**2",
                                        "template": rng.randrange(WORDINGS)}, rng))


REDRAW = {"differential_equations.exponential_model": _redraw_growth,
          "differential_equations.motion": _redraw_motion,
          "differential_equations.newton_cooling": _redraw_cooling,
          "differential_equations.mixing_tank": _redraw_tank}


@family("differential_equations.mixing_tank", verify=_verify_tank, pose=_pose_tank)
def mixing_tank(rng: random.Random, difficulty: int) -> Problem:
    """The salt in a mixing tank at a time, or when the tank is full."""
    v0 = rng.randint(2, 10) * 10
    params = {"tank": {"volume": str(v0), "salt": str(rng.randint(0, 20)),
                       "rate_in": str(rng.randint(3, 6)), "rate_out": str(rng.randint(1, 2)),
                       "concentration": sp.sstr(sp.Rational(rng.randint(1, 5), 10)),
                       "capacity": str(v0 + rng.randint(2, 8) * 10)},
              "questions": [{"full": True}], "template": rng.randrange(WORDINGS)}
    return _pose_tank(params)
