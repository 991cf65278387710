"""Read a differential equation (or a linear system) and its initial conditions from a book item.

Books write ``y' = 3x^2``, ``\\frac{dy}{dx} = x^2 + x``, ``x'' + 4x = 0``, ``y^{(4)} = 0``,
``\\frac{dx}{dt} = kx``, with conditions ``y(0) = 1``, ``y'(0) = 2`` in the same or another
formula. The unknown function (the letter with primes or on top of ``d/d``) and the
variable (below ``d/d``, or t when the unknown is x, else x) are renamed to the posed
family's ``y(x)``, so ``P' = kP`` is the same exercise as ``y' = ky``. Named constants
the book keeps symbolic (``k``, ``\\omega``, ``a``) stay symbols: ``parameters``.

Systems ``x_1' = 3x_1 - x_2``, ``x_2' = x_1`` or ``\\vec{x}' = A\\vec{x}`` with constant
coefficients are read into their matrix (and ``\\vec{x}(0)`` or ``x_1(0) = ...``).
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from formalize import OWN_END
from formalize.latex import tidy, to_sympy
from formalize.matrices import bmatrix, matrices_of

# \frac{d^{2}y}{dx^{2}} -> y'' and \frac{dy}{dx} -> y' (the variable is kept aside).
_LEIBNIZ = re.compile(
    r"\\frac\s*\{\s*d\s*(?:\^\s*\{?\s*(\d)\s*\}?)?\s*([a-zA-Z])\s*\}\s*\{\s*d\s*([a-zA-Z])\s*"
    r"(?:\^\s*\{?\s*\d\s*\}?)?\s*\}")
_VARPHI = re.compile(r"\\varphi(?![a-zA-Z])")
_W = re.compile(r"(?<![a-zA-Z\\])w(?![a-zA-Z])")
_NTH = re.compile(r"([a-zA-Z])\s*\^\s*\{\s*\(\s*(\d)\s*\)\s*\}")  # y^{(4)} -> y''''
_PRIMED = re.compile(r"([a-zA-Z])('+)")
_ARGUMENT = re.compile(r"(?<![a-zA-Z\\])([a-zA-Z])('*)\s*\(\s*([tx])\s*\)")  # z'(t): z' of t
_CONDITION = re.compile(r"([a-zA-Z])('*)\s*\(\s*([-+]?\d+(?:\.\d+)?|[^()=,;]*\\pi[^()=,;]*)\s*\)"
                        r"\s*=\s*([^,;]+)")
# Constants a book keeps as letters; anything else (f, g, u, F: functions the item defines
# elsewhere, lambda: an eigenvalue problem) is not an ODE this reader can pose.
PARAMETERS = frozenset({"a", "b", "c", "k", "m", "n", "p", "q", "r", "A", "B", "M", "L",
                        "alpha", "beta", "gamma", "omega", "mu"})
# Items with an ODE whose words ask for something other than its solution.
_NOT_SOLVE = re.compile(r"\bsketch|\bis it possible|\bclassify|\bverify|\bcheck\b|\bshow\b|^\W*write"
                        r"|\beuler['’]?s? method|\bpower series|\bfrobenius|\beigenfunction"
                        r"|\bslope field|\bphase|\bcritical point|\blinear\?|\bguess|\bwrite down|\btry a solution"
                        r"|\berrors?\b|\bfor (?:what|which)\b")
_SOLVE = re.compile(r"\bsolve|\bsolution")
# "Guess a solution to $y'' + y' + y = 5$", "Find (guess!) a solution": one solution, the
# particular one (a guess of the general solution is not asked).
_GUESS = re.compile(r"\bguess a solution\b|\bfind \(guess!?\) a solution\b")
_MATRIX_WORDS = re.compile(r"\bsystem\b|\bmatri|\beigen")
_PARTICULAR = re.compile(r"\ba particular solution")
# Asks for the solution with a condition the item states: read in words only ("at time t = 0
# there are 40 rabbits"), it is not found among the formulas.
_WITH_CONDITION = re.compile(r"\binitial (?:condition|value)")
_SENTENCE = re.compile(r"(?<=[.?!])\s+")
LEAD = 160  # characters of an item's opening words that say what it asks
X = sp.Symbol("x")
T = sp.Symbol("t")
Y = sp.Function("y")


def _latin(latex: str) -> str:
    """The book's spacing and \\dfrac tidied away; the unknown \\varphi (d\\varphi/ds = 8\\varphi)
    as the one letter w, where no w is written."""
    text = tidy(latex)
    return text if _W.search(text) else _VARPHI.sub(" w ", text)


def _normal(latex: str) -> str:
    """Leibniz and y^{(n)} notation as primes (:func:`_latin` text)."""
    text = _LEIBNIZ.sub(lambda m: m.group(2) + "'" * int(m.group(1) or 1), _latin(latex))
    return _NTH.sub(lambda m: m.group(1) + "'" * int(m.group(2)), text)


def _parameters(expr: sp.Basic) -> set[sp.Symbol] | None:
    """The named constants in ``expr`` (beside x), or None when a symbol is not one."""
    symbols = expr.free_symbols - {X}
    return symbols if all(s.name in PARAMETERS for s in symbols) else None


def read_ode(formulas: list[str], impulses: bool = False) -> dict[str, Any] | None:
    """``{"ode": ..., "ics": {...}, "parameters": [...]}`` for the posed ODE family, or None.
    With ``impulses``, the forcing may hold steps u(t - a) and impulses \\delta(t - a)."""
    for latex in formulas:
        unknown, variable, equation = _equation(latex, impulses)
        if equation is None:
            continue
        parameters = _parameters(equation)
        if parameters is None:
            return None
        ics = {}
        for other in _conditions(formulas, latex):
            for name, primes, point, value in _CONDITION.findall(_normal(other)):
                parsed, at = to_sympy(value), to_sympy(point)
                if name != unknown or not isinstance(parsed, sp.Expr) \
                        or _parameters(parsed) is None or not isinstance(at, sp.Expr) \
                        or not at.is_number:
                    continue
                parameters |= parsed.free_symbols
                at = sp.sstr(at)
                key = f"y({at})" if not primes else \
                    f"Subs(Derivative(y(x), (x, {len(primes)})), x, {at})"
                ics[key] = sp.sstr(parsed)
        task: dict[str, Any] = {"ode": sp.sstr(equation), "ics": ics, "variable": variable,
                                "unknown": unknown}
        if parameters:
            task["parameters"] = sorted(s.name for s in parameters)
        return task
    return None


def _conditions(formulas: list[str], equation: str) -> list[str]:
    """The equation's formula and the run of condition formulas right after it ("for $y(0) = 1$,
    $y'(0) = 2$"): conditions further on belong to a worked solution's discussion."""
    start = formulas.index(equation)
    run = [equation]
    for latex in formulas[start + 1:]:
        if not _CONDITION.search(_normal(latex)) or _PRIMED.sub("", _CONDITION.sub("", _normal(
                latex))).strip(" ,;.") not in ("", "and"):
            break
        run.append(latex)
    return run


def _equation(latex: str, impulses: bool = False
              ) -> tuple[str | None, str | None, sp.Expr | None]:
    """The unknown's letter, the variable's letter, and ``lhs - rhs`` in y(x), or Nones
    (with ``impulses``, u(t - a) read as Heaviside's step and \\delta(t - a) as Dirac's)."""
    leibniz = _LEIBNIZ.search(_latin(latex))
    text = _CONDITION.sub("", _normal(latex)).strip().rstrip(",;.")
    written = {m.group(1, 3) for m in _ARGUMENT.finditer(text)}  # z''(t) = -2z'(t) - 2z(t)
    text = _ARGUMENT.sub(r"\1\2", text) if len(written) == 1 else text
    primed = _PRIMED.search(text)
    if not primed or "=" not in text:
        return None, None, None
    unknown = primed.group(1)
    variable = leibniz.group(3) if leibniz else ("t" if unknown == "x" else "x")
    if len(written) == 1 and next(iter(written))[0] == unknown:
        variable = next(iter(written))[1]
    # y(x^2 - 1) is y times x^2 - 1: the unknown at a point other than its variable is no ODE's.
    text = re.sub(rf"(?<![a-zA-Z\\]){unknown}\s*\((?!\s*{variable}\s*\))", rf"{unknown} \\cdot (",
                  text)
    parsed = to_sympy(text, definition_rhs=False)  # SymPy reads y'' as one symbol named y
    if not isinstance(parsed, sp.Eq):
        return None, None, None
    t = sp.Symbol(variable)
    replacements = {sp.Symbol(unknown + "'" * k): Y(t).diff(t, k) for k in range(1, 6)}
    replacements[sp.Symbol(unknown)] = Y(t)
    expr = (parsed.lhs - parsed.rhs).subs(replacements).subs(t, X)
    if impulses:
        expr = expr.replace(sp.Function("u"), sp.Heaviside).replace(sp.Function("delta"),
                                                                    sp.DiracDelta)
    # Another function (g(x, y), u(t - 1)), y at another point, or a bar the PDF lost: not read.
    if not expr.has(sp.Derivative) or expr.has(sp.conjugate) or any(
            f != Y(X) for f in expr.atoms(sp.core.function.AppliedUndef)):
        return None, None, None
    return unknown, variable, expr


# ---------------------------------------------------------------- systems x' = Ax

# x_1' = ..., x' = ..., y_{2}' = ... (one equation of a system, in one formula or several).
_COMPONENT = re.compile(r"^\s*([a-zA-Z](?:_\{?\d\}?)?)\s*'\s*=\s*(.+?)\s*$")
# x' = [matrix] x, or x' = A x with A named in another formula ("Let $A = [...]$").
_VECTOR_ODE = re.compile(r"^\s*\{?\s*(?:\\vec\s*\{\s*x\s*\}|\\mathbf\s*\{\s*x\s*\}|x)\s*\}?\s*'"
                         r"\s*=\s*(?:(\\begin\{bmatrix\}.*?\\end\{bmatrix\})|([A-Z]))\s*"
                         r"(?:\\vec\s*\{\s*x\s*\}|\\mathbf\s*\{\s*x\s*\}|x)\s*$", re.DOTALL)
_NAMED = r"(?<![a-zA-Z\\]){}\s*=\s*(\\begin\{{bmatrix\}}.*?\\end\{{bmatrix\}})"
_VECTOR_IC = re.compile(r"(?:\\vec\s*\{\s*x\s*\}|x)\s*\(\s*0\s*\)\s*=\s*(\\begin\{bmatrix\}.*?"
                        r"\\end\{bmatrix\})", re.DOTALL)
_SPLIT = re.compile(r",|\\\\|\\q?quad(?![a-zA-Z])|\\text\s*\{[^}]*\}")


def _name(symbol: str) -> str:
    return symbol.replace("{", "").replace("}", "").replace(" ", "")


def components(formulas: list[str], least: int = 2) -> tuple[list[str], list[sp.Expr]] | None:
    """The unknowns' names and right-hand sides of ``x_1' = ...`` equations, in book order
    (None with fewer than ``least`` of them)."""
    names, sides = [], []
    for latex in formulas:
        for piece in _SPLIT.split(tidy(latex).replace("&", "")):
            match = _COMPONENT.match(piece)
            if not match:
                continue
            rhs = to_sympy(match.group(2))
            if names and ("_" in names[0]) != ("_" in _name(match.group(1))):
                continue  # x' = Ax beside x_1' = ...: the same system written another way
            if rhs is None or _name(match.group(1)) in names:
                return None
            names.append(_name(match.group(1)))
            sides.append(rhs)
    return (names, sides) if len(names) >= least else None


def _linear_parts(names: list[str], sides: list[sp.Expr]
                  ) -> tuple[list[list[str]], list[str]] | None:
    """The constant coefficient matrix and the forcing terms (in t) of a linear system
    u_i' = sum_j a_ij u_j + f_i(t), or None (a parameter, a product of unknowns, ...)."""
    unknowns = [sp.Symbol(n) for n in names]
    rows, forcing = [], []
    for side in sides:
        side = sp.expand(side.subs({s: sp.Symbol(_name(s.name)) for s in side.free_symbols}).doit())
        row = [side.coeff(u) for u in unknowns]
        rest = sp.expand(side - sum(c * u for c, u in zip(row, unknowns)))
        if rest.free_symbols - {T} or not all(c.is_rational for c in row):
            return None
        rows.append([sp.sstr(v) for v in row])
        forcing.append(sp.sstr(rest))
    return rows, forcing


def named_matrix(name: str, texts: list[str]) -> list[list[list[str]]]:
    """The matrix another formula names ``name`` ("$A = \\begin{bmatrix} ... $"), if any."""
    for text in texts:
        named = re.search(_NAMED.format(name), text, re.DOTALL)
        if named:
            return matrices_of(named.group(1))
    return []


def read_system(formulas: list[str]) -> dict[str, Any] | None:
    """``{"matrix": rows, "ics": [...]}`` for x' = Ax (ics only when every component has one),
    with ``"forcing"`` (f(t), one per component) for x' = Ax + f(t)."""
    texts = [bmatrix(f) for f in formulas]
    matrix, names, ics, forcing = None, None, None, None
    for text in texts:
        match = _VECTOR_ODE.match(tidy(text).rstrip(".,"))
        found = (matrices_of(match.group(1)) if match.group(1) else named_matrix(
            match.group(2), texts)) if match else []
        if found and len(found[0]) == len(found[0][0]):
            matrix = found[0]
            break
    if matrix is None:
        found = components(formulas)
        if found is None:
            return None
        names, sides = found
        parts = _linear_parts(names, sides)
        if parts is None:
            return None
        matrix, forcing = parts
    for text in texts:
        vector = _VECTOR_IC.search(text)
        found = matrices_of(vector.group(0)) if vector else []
        if found and len(found[0]) == len(matrix) and len(found[0][0]) == 1:
            ics = [row[0] for row in found[0]]
    if ics is None and names:
        values = {}
        for text in texts:
            for piece in _SPLIT.split(tidy(text)):
                match = re.match(r"^\s*([a-zA-Z](?:_\{?\d\}?)?)\s*\(\s*0\s*\)\s*=\s*(.+?)\s*$", piece)
                value = to_sympy(match.group(2)) if match else None
                if value is not None and value.is_number:
                    values[_name(match.group(1))] = sp.sstr(value)
        if all(n in values for n in names):
            ics = [values[n] for n in names]
    task: dict[str, Any] = {"matrix": matrix}
    if ics is not None:
        task["ics"] = ics
    if names:
        task["names"] = names
    if forcing and any(f != "0" for f in forcing):
        task["forcing"] = forcing
    return task


def _lead(words: str) -> str:
    """The opening words that say what is asked (an example goes on to solve it)."""
    return " ".join(_SENTENCE.split(words.strip())[:2])[:LEAD]


def read(formulas: list[str], prose: str, intent: str | None) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`: an ODE or system the item asks
    to solve ("Solve ...", "Find the general solution ...", "Find an explicit solution ...")."""
    own, _, setup = prose.partition(OWN_END)
    lead = _lead(own)  # a part's own question, when it asks one
    lead = lead if _SOLVE.search(lead) else _lead(prose)  # else its exercise's ("Solve: a) ...")
    guess = _GUESS.search(lead)
    if not _SOLVE.search(lead) or _NOT_SOLVE.search(_GUESS.sub("", lead)) \
            or _NOT_SOLVE.search(_lead(setup)):
        return None  # (an exercise "by power series" asks its parts for no closed form either)
    system = read_system(formulas)
    if system is not None and "forcing" in system:
        if _PARTICULAR.search(prose) and "ics" not in system:
            system["particular"] = True
        return "differential_equations.solve_forced_system", system
    if system is not None:
        return "differential_equations.solve_linear_system", system
    task = read_ode(formulas)
    if task is None or (_MATRIX_WORDS.search(prose) and any(
            name[0].isupper() for name in task.get("parameters", []))):
        return None  # x' = Ax of a system whose matrix A the PDF lost: not a scalar equation
    if _WITH_CONDITION.search(lead) and not task["ics"]:
        return None  # the condition it asks for is stated in words only
    homogeneous = sp.sympify(task["ode"], locals={"y": Y, "x": X}).subs(Y(X), 0).doit() == 0
    if (_PARTICULAR.search(lead) or guess) and not task["ics"]:
        if homogeneous:
            return None  # any one solution but 0: not the general solution, nor one to pose
        task["particular"] = True  # "find a particular solution": the constants taken as 0
    return "differential_equations.solve_ode", task
