"""Posed family for a book's mass–spring (and RLC circuit) word problems.

The formalize stage (:mod:`formalize.ode_words`) reads what the words give (a mass of 4 kg, a
spring constant of 4 N/m, a damping constant, a force F0 cos(omega t), where the mass starts,
a frequency measured in Hz, how far a bumper compressed) into ``given`` and what they ask into
``questions``, in the book's order: the general or initial-value solution,
the kind of damping, the critical damping, the natural frequency, the amplitude, practical or
pure resonance, a mass or a damping constant found from a measured frequency, a bumper's
spring constant and what it stops. A question may change a given ("a 10000 kg railcar ... at
the same speed"): its own entries override ``given``.

All of it is the model m x'' + c x' + k x = F0 cos(omega t) (an RLC circuit is the same with
L, R, 1/C), solved the way the book teaches: the characteristic roots, amplitude
sqrt(A^2 + B^2), omega = sqrt(k/m - c^2/2m^2) for practical resonance. The verifier measures
each answer another way: the solution substituted into the equation and integrated
numerically (mpmath's odefun), the kind of damping and the damped frequency from the numeric
roots of the characteristic polynomial, critical damping as a zero discriminant, the
amplitude as the largest value of the numerically integrated motion, practical resonance by
maximising |F0 / (k - m w^2 + i c w)| numerically, a bumper by conservation of energy.
"""

from __future__ import annotations

import inspect
import random
from typing import Any

import mpmath
import sympy as sp

from exercises.families.textbook import WORDINGS, latex
from exercises.family import Check, Problem, family

T = sp.Symbol("t")
KINDS = ("overdamped", "critically damped", "underdamped")
# What each question needs from the givens (after a question's own overrides).
NEEDS = {"general": "mck", "solution": "mck", "kind": "mck",
         "c_critical": "mk", "m_critical": "ck", "omega0": "mk", "amplitude": "mk",
         "resonance_omega": "mck", "resonance_amplitude": "mck", "amplitude_at": "mk",
         "mass": "k", "damping": "mk", "k": "mvd", "squeeze": "mv", "max_mass": "vd"}


def spring(given, question):
    """One answer about m x'' + c x' + k x = F0 cos(omega t): ``question["ask"]`` names it, its
    other entries override ``given`` (exact numbers as strings). A bumper's k, when not given,
    is the one that stops the ``given`` mass m at speed v within d (x(0) = 0, x'(0) = v)."""
    import sympy

    q = {name: sympy.Rational(v) for name, v in {**given, **question}.items() if name != "ask"}
    ask, t = question["ask"], sympy.Symbol("t")
    if "k" not in q and {"m", "v", "d"} <= given.keys():  # undamped from x(0)=0: d = v sqrt(m/k)
        q["k"] = sympy.Rational(given["m"]) * sympy.Rational(given["v"]) ** 2 \
            / sympy.Rational(given["d"]) ** 2
    m, c, k = q.get("m"), q.get("c", sympy.Integer(0)), q.get("k")
    if ask == "k":
        return q["k"]
    if ask == "squeeze":
        return q["v"] * sympy.sqrt(m / k)
    if ask == "max_mass":
        return k * q["d"] ** 2 / q["v"] ** 2
    if ask == "mass":  # undamped: 2 pi hz = sqrt(k/m)
        return k / (2 * sympy.pi * q["hz"]) ** 2
    if ask == "damping":  # 2 pi hz = sqrt(4mk - c^2) / 2m
        return sympy.sqrt(4 * m * k - (4 * sympy.pi * m * q["hz"]) ** 2)
    if ask == "c_critical":
        return 2 * sympy.sqrt(m * k)
    if ask == "m_critical":
        return c**2 / (4 * k)
    if ask == "omega0":
        return sympy.sqrt(k / m)
    if ask == "amplitude":  # x = A cos(w0 t) + B sin(w0 t), A = x0, B = v0 / w0
        return sympy.sqrt(q.get("x0", 0) ** 2 + q.get("v0", 0) ** 2 * m / k)
    if ask == "amplitude_at":  # pure resonance from rest: x = F0 / (2 m w0) t sin(w0 t)
        return q["F0"] * q["T"] / (2 * m * sympy.sqrt(k / m))
    if ask in ("resonance_omega", "resonance_amplitude"):
        w = sympy.sqrt(k / m - c**2 / (2 * m**2))
        if ask == "resonance_omega":
            return sympy.radsimp(w)
        gain = q["F0"] / sympy.sqrt((k - m * w**2) ** 2 + (c * w) ** 2)
        return sympy.radsimp(sympy.simplify(gain))
    discriminant = c**2 - 4 * m * k
    if ask == "kind":
        return sympy.Symbol("underdamped" if discriminant < 0 else "overdamped" if discriminant > 0
                            else "critically damped")
    c1, c2 = sympy.symbols("C1 C2")
    r = -c / (2 * m)
    if discriminant > 0:
        root = sympy.sqrt(discriminant) / (2 * m)
        general = c1 * sympy.exp((r + root) * t) + c2 * sympy.exp((r - root) * t)
    elif discriminant == 0:
        general = (c1 + c2 * t) * sympy.exp(r * t)
    else:
        beta = sympy.sqrt(-discriminant) / (2 * m)
        general = sympy.exp(r * t) * (c1 * sympy.cos(beta * t) + c2 * sympy.sin(beta * t))
    if ask == "general":
        return general
    fixed = sympy.solve([general.subs(t, 0) - q["x0"], general.diff(t).subs(t, 0) - q["v0"]],
                        [c1, c2], dict=True)[0]
    return sympy.expand(general.subs(fixed))


_SAID = {"general": "the general solution",
         "solution": "the solution with the given initial conditions",
         "kind": "the kind of damping",
         "c_critical": "the damping constant c for critical damping",
         "m_critical": "the mass for critical damping", "omega0": "the natural (angular) frequency",
         "amplitude": "the amplitude of the oscillation",
         "resonance_omega": "the omega of practical resonance",
         "resonance_amplitude": "the practical resonance amplitude",
         "amplitude_at": "the amplitude of the oscillations at the given time (pure resonance)",
         "mass": "the mass", "damping": "the damping constant c", "k": "the spring constant k",
         "squeeze": "how far the spring compresses", "max_mass": "the largest mass it stops"}
_HOW = {"general": "The characteristic equation $m r^2 + c r + k = 0$ has roots "
                   "$r = \\frac{-c \\pm \\sqrt{c^2 - 4mk}}{2m}$.",
        "solution": "Fit the general solution's constants to $x(0)$ and $x'(0)$.",
        "kind": "The sign of $c^2 - 4mk$: positive overdamped, zero critical, negative "
                "underdamped.",
        "c_critical": "Critical damping: $c^2 = 4mk$.",
        "m_critical": "Critical damping: $c^2 = 4mk$.",
        "omega0": "$\\omega_0 = \\sqrt{k/m}$.",
        "amplitude": "$x = A\\cos\\omega_0 t + B\\sin\\omega_0 t$ with $A = x(0)$, "
                     "$B = x'(0)/\\omega_0$; the amplitude is $\\sqrt{A^2 + B^2}$.",
        "resonance_omega": "$C(\\omega) = F_0/\\sqrt{(k - m\\omega^2)^2 + (c\\omega)^2}$ is "
                           "largest at $\\omega = \\sqrt{k/m - c^2/(2m^2)}$.",
        "resonance_amplitude": "The amplitude is $C(\\omega)$ at the practical resonance omega.",
        "amplitude_at": "At $\\omega = \\omega_0$ from rest, $x = \\frac{F_0}{2m\\omega_0} t "
                        "\\sin(\\omega_0 t)$: the amplitude at time $t$ is "
                        "$\\frac{F_0 t}{2m\\omega_0}$.",
        "mass": "Undamped, $2\\pi f = \\sqrt{k/m}$, so $m = k/(2\\pi f)^2$.",
        "damping": "The oscillation's angular frequency is $\\sqrt{4mk - c^2}/(2m) = 2\\pi f$.",
        "k": "From $x(0) = 0$, $x'(0) = v$ the spring compresses by $v\\sqrt{m/k}$.",
        "squeeze": "From $x(0) = 0$, $x'(0) = v$ the spring compresses by $v\\sqrt{m/k}$.",
        "max_mass": "The compression $v\\sqrt{m/k}$ reaches $d$ when $m = k d^2 / v^2$."}
_NAMES = {"m": "m", "c": "c", "k": "k", "F0": "F_0", "x0": "x(0)", "v0": "x'(0)", "hz": "f",
          "T": "t", "v": "v", "d": "d"}


def _plain(tex: str) -> str:
    """A statement's plain text: its LaTeX without dollars and backslashes."""
    return tex.replace("$", "").replace("\\cos", "cos").replace("\\omega", "omega") \
        .replace("F_0", "F0")


def _givens_said(values: dict[str, str]) -> str:
    return ", ".join(f"${_NAMES.get(n, n)} = {latex(sp.Rational(v))}$" for n, v in values.items())


def _overrides(question: dict[str, Any]) -> str:
    """" (with $m = 10000$)": the givens a question changes, as it says them."""
    own = {n: v for n, v in question.items() if n != "ask"}
    return f" (with {_givens_said(own)})" if own else ""


def _answers(params: dict[str, Any]) -> list[sp.Basic]:
    return [spring(params["given"], question) for question in params["questions"]]


def _pose(params: dict[str, Any]) -> Problem:
    given, questions = params["given"], params["questions"]
    if not questions:
        raise ValueError("no question asked")
    for question in questions:
        values = {**given, **question}
        have = set(values) | ({"k"} if {"m", "v", "d"} <= given.keys() else set())
        if question["ask"] not in NEEDS or not set(NEEDS[question["ask"]]) - {"c"} <= have:
            raise ValueError(f"the givens do not answer {question['ask']!r}")
        if any(sp.Rational(values[n]) <= 0 for n in "mk" if n in values) or \
                sp.Rational(values.get("c", 0)) < 0:
            raise ValueError("mass and spring constant must be positive, damping not negative")
    answers = _answers(params)
    if any(not a.is_real for a in answers if isinstance(a, sp.Expr) and a.is_number):
        raise ValueError("the givens admit no real answer (no practical resonance, or the "
                         "measured frequency is too high for the damping)")
    answer = answers[0] if len(answers) == 1 else sp.Tuple(*answers)
    asked = "; ".join(_SAID[q["ask"]] + _overrides(q) for q in questions)
    if params.get("unknown") == "I":  # L I'' + R I' + I/C = 0: m = L, c = R, k = 1/C
        system = "RLC circuit with constant voltage, $L I'' + R I' + I/C = 0$,"
        values = (_givens_said(given).replace("m =", "L =").replace("c =", "R =")
                  .replace("k =", "1/C =").replace("x(0)", "I(0)").replace("x'(0)", "I'(0)"))
    else:
        system = "mass and spring system $m x'' + c x' + k x = F_0 \\cos(\\omega t)$"
        values = _givens_said(given)
    tex = (f"A {system} has {values}. Find {asked}.",
           f"Consider the {system} with {values}. Find {asked}.",
           f"Find {asked} for the {system} with {values}.")[params.get("template", 0) % WORDINGS]
    model = _plain(tex)
    steps = [f"The model: $m x'' + c x' + k x = F_0\\cos(\\omega t)$ with {_givens_said(given)}."]
    for question, value in zip(questions, answers, strict=True):
        said = _SAID[question["ask"]].capitalize()
        steps += [_HOW[question["ask"]], f"{said}: ${latex(value)}$."]
    code = ("import sympy\n\n\n" + inspect.getsource(spring) + "\n\n"
            "def solve():\n"
            f"    answers = [spring({given!r}, q) for q in {questions!r}]\n"
            "    return answers[0] if len(answers) == 1 else sympy.Tuple(*answers)\n")
    return Problem(statement=model, statement_latex=tex, answer=answer, steps=steps, code=code,
                   params=params)


# ---------------------------------------------------------------- independent checks


def _mp(value: Any) -> mpmath.mpf:
    return mpmath.mpf(sp.N(value, 30))


def _roots(m: Any, c: Any, k: Any) -> list[Any]:
    """The characteristic roots, numerically (mpmath's polynomial root finder)."""
    return mpmath.polyroots([_mp(m), _mp(c), _mp(k)], maxsteps=200, extraprec=60)


def _integrated(m: Any, c: Any, k: Any, x0: Any, v0: Any, force: Any = None) -> Any:
    """t -> x(t) for m x'' + c x' + k x = force(t), integrated by mpmath's Taylor method."""
    m, c, k = _mp(m), _mp(c), _mp(k)
    push = force or (lambda t: 0)
    flow = mpmath.odefun(lambda t, y: [y[1], (push(t) - c * y[1] - k * y[0]) / m], 0,
                         [_mp(x0), _mp(v0)])
    return lambda t: flow(t)[0]


def _near(a: Any, b: Any, tol: str = "1e-9") -> bool:
    a, b = (_mp(v) if isinstance(v, sp.Basic) else mpmath.mpmathify(v) for v in (a, b))
    return bool(abs(a - b) <= mpmath.mpf(tol) * max(1, abs(a), abs(b)))


def _check(given: dict[str, str], question: dict[str, Any], value: sp.Basic) -> Check:
    """One answer measured another way than :func:`spring` found it."""
    q = {n: sp.Rational(v) for n, v in {**given, **question}.items() if n != "ask"}
    if "k" not in q and {"m", "v", "d"} <= given.keys():  # energy: m v^2 / 2 = k d^2 / 2
        m, v, d = (sp.Rational(given[n]) for n in "mvd")
        q["k"] = m * v**2 / d**2
    ask, c = question["ask"], q.get("c", 0)
    if ask in ("k", "squeeze", "max_mass"):  # kinetic energy m v^2/2 = spring's k d^2/2
        energy = {**q, {"k": "k", "squeeze": "d", "max_mass": "m"}[ask]: value}
        return Check("energy: m v^2 / 2 = k d^2 / 2",
                     _near(energy["m"] * energy["v"] ** 2, energy["k"] * energy["d"] ** 2))
    if ask in ("mass", "damping"):
        m, damping = (value, c) if ask == "mass" else (q["m"], value)
        roots = _roots(m, damping, q["k"])
        return Check("the characteristic roots (numeric) oscillate at 2 pi f",
                     _near(max(abs(mpmath.im(r)) for r in roots), 2 * mpmath.pi * q["hz"]))
    if ask in ("c_critical", "m_critical"):
        m, damping = (q["m"], value) if ask == "c_critical" else (value, c)
        disc = sp.discriminant(sp.Poly([m, damping, q["k"]], T))
        return Check("the characteristic polynomial has a double root (zero discriminant)",
                     sp.simplify(disc) == 0)
    if ask == "kind":
        roots = _roots(q["m"], c, q["k"])
        imaginary = max(abs(mpmath.im(r)) for r in roots)
        gap = abs(roots[0] - roots[1])
        kind = "critically damped" if gap < mpmath.mpf("1e-12") else \
            "underdamped" if imaginary > 0 else "overdamped"
        return Check("the numeric characteristic roots: complex, double or distinct real",
                     bool(kind == str(value)))
    if ask == "omega0":
        t0 = mpmath.mpf("0.7")
        w = _mp(value)
        wave = (q["k"] - q["m"] * w**2) * mpmath.cos(w * t0)  # m x'' + k x for x = cos(w t)
        return Check("cos(w t) solves m x'' + k x = 0", bool(abs(wave) < mpmath.mpf("1e-20")))
    if ask == "amplitude":
        w0 = mpmath.sqrt(_mp(q["k"] / q["m"]))
        x = _integrated(q["m"], 0, q["k"], q.get("x0", 0), q.get("v0", 0))
        peak = max(abs(x(2 * mpmath.pi / w0 * j / 400)) for j in range(401))
        return Check("the largest |x(t)| over a period of the numerically integrated motion",
                     _near(peak, value, "1e-4"))
    if ask in ("resonance_omega", "resonance_amplitude"):
        m, k, f0 = _mp(q["m"]), _mp(q["k"]), _mp(q.get("F0", 1))

        def gain(w: Any) -> Any:
            return abs(f0 / (k - m * w**2 + 1j * _mp(c) * w))

        w0 = mpmath.sqrt(k / m)  # the peak lies below the natural frequency: bracket it
        best = mpmath.findroot(lambda w: mpmath.diff(gain, w), (w0 / 1000, w0), solver="anderson")
        claimed = best if ask == "resonance_omega" else gain(best)
        return Check("the maximum of |F0 / (k - m w^2 + i c w)| found numerically",
                     _near(claimed, _mp(value), "1e-12"))
    if ask == "amplitude_at":
        w0 = sp.sqrt(q["k"] / q["m"])
        x = q["F0"] * T * sp.sin(w0 * T) / (2 * q["m"] * w0)
        solves = sp.simplify(q["m"] * x.diff(T, 2) + q["k"] * x - q["F0"] * sp.cos(w0 * T)) == 0
        crest = (sp.pi / 2 + 2 * sp.pi * sp.floor(q["T"] * w0 / (2 * sp.pi))) / w0
        at_crest = _mp(x.subs(T, crest)) * _mp(q["T"]) / _mp(crest)
        return Check("t sin(w0 t) F0/(2 m w0) solves the equation from rest; its crest near t",
                     bool(solves and x.subs(T, 0) == 0 and x.diff(T).subs(T, 0) == 0
                          and _near(at_crest, value, "1e-12")))
    # the general or the initial-value solution: substituted, and the constants counted or fitted
    residual = sp.simplify(q["m"] * value.diff(T, 2) + c * value.diff(T) + q["k"] * value)
    if ask == "general":  # any two constants (the book's C cos(w t - gamma) too) that fit any start
        named = sorted(value.free_symbols - {T}, key=str)
        start = sp.Matrix([value.subs(T, 0), value.diff(T).subs(T, 0)])
        rng = random.Random(sp.sstr(value))
        at = {n: sp.Rational(rng.randint(1, 99), 37) for n in named}
        fits = len(named) == 2 and abs(_mp(start.jacobian(named).det().subs(at))) > 1e-20
        return Check("substituted into the equation; its two constants fit any x(0), x'(0)",
                     residual == 0 and bool(fits))
    x = _integrated(q["m"], c, q["k"], q["x0"], q["v0"])
    agrees = all(_near(x(s), _mp(value.subs(T, s)), "1e-12")
                 for s in (mpmath.mpf(1), mpmath.mpf(2)))
    return Check("substituted into the equation; agrees with mpmath's odefun at t = 1, 2",
                 residual == 0 and agrees)


def _verify(problem: Problem) -> list[Check]:
    params = problem.params
    answers = [problem.answer] if len(params["questions"]) == 1 else list(problem.answer)
    with mpmath.workdps(30):
        checks = [_check(params["given"], q, v)
                  for q, v in zip(params["questions"], answers, strict=True)]
    return [Check(c.method, bool(c.passed), c.detail) for c in checks]  # JSON: plain bools


def _redraw(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """New givens near the old ones (same signs, same kinds of number); questions keep their
    own overrides scaled alike, so "a 10000 kg railcar" stays twice the first one."""
    scale = {n: sp.Rational(rng.randint(5, 20), 10) for n in ("m", "c", "k", "F0", "x0", "v0",
                                                                 "hz", "T", "v", "d")}

    def moved(values: dict[str, Any]) -> dict[str, Any]:
        return {n: (v if n == "ask" else sp.sstr(sp.Rational(v) * scale[n]))
                for n, v in values.items()}

    return {**params, "given": moved(params["given"]),
            "questions": [moved(q) for q in params["questions"]]}


REDRAW = {"differential_equations.spring": _redraw}


@family("differential_equations.spring", verify=_verify, pose=_pose)
def spring_family(rng: random.Random, difficulty: int) -> Problem:
    """A mass–spring question: damping, natural frequency, amplitude, resonance."""
    m, k = rng.randint(1, 5), rng.randint(1, 20)
    c = rng.randint(0, 2 * difficulty)
    ask = rng.choice(["kind", "c_critical", "omega0", "general"] if c else ["omega0", "amplitude"])
    given = {"m": str(m), "k": str(k), "c": str(c), "x0": str(rng.randint(-3, 3)),
             "v0": str(rng.randint(-3, 3))}
    return _pose({"given": given, "questions": [{"ask": ask}],
                  "template": rng.randrange(WORDINGS)})
