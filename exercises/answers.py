"""Answer equivalence: is a computed answer the same mathematical object as the verified one?

Exact first, numeric only as a second opinion. Answer-checking libraries that
lead with floating point accept wrong answers (math-verify took 1/2^99 for
1/2^98 and 1/2004! for 1/2006!), so the order here is:

1. structural equality of the SymPy objects;
2. containers (tuples, lists, finite sets, matrices) element by element;
3. ``simplify(a - b) == 0`` under a time bound (sets: empty symmetric difference);
4. only when 3 is inconclusive (timed out, or left a non-constant residue), a
   high-precision numeric comparison with a *relative* tolerance at several
   random points; values that differ in the 40th significant digit differ.

Answers travel between processes as ``sympy.srepr`` strings. :func:`parse_srepr`
rebuilds them without ``eval``: it walks the Python syntax tree and calls only
SymPy classes and singletons, so a string produced by untrusted code cannot run
anything else.
"""

from __future__ import annotations

import ast
import random
from dataclasses import dataclass
from typing import Any

import sympy
from sympy.matrices import MatrixBase

from exercises.timeouts import TimeLimit, time_limit

DIGITS = 60  # precision of the numeric second opinion
RELATIVE_TOLERANCE = sympy.Rational(1, 10**40)


@dataclass
class Verdict:
    """Whether two answers are equal, and the method that decided it."""

    equal: bool
    method: str  # "structural", "elementwise", "simplify", "numeric", "different"


def parse_srepr(text: str) -> Any:
    """Rebuild a SymPy object from ``srepr`` text, calling nothing but SymPy constructors."""
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except SyntaxError as exc:
        raise ValueError(f"not srepr text: {exc.msg}") from None
    return _build(tree.body)


def _sympy_name(name: str) -> Any:
    """A SymPy class or singleton by name; anything else is refused."""
    obj = getattr(sympy, name, None)
    if obj is None:
        obj = {"MutableDenseMatrix": sympy.Matrix,  # a Piecewise's (value, condition) pairs:
               "ExprCondPair": sympy.functions.elementary.piecewise.ExprCondPair}.get(name)
    is_class = isinstance(obj, type) and (
        issubclass(obj, sympy.Basic) or issubclass(obj, MatrixBase)
    )
    if is_class or isinstance(obj, sympy.Basic):
        return obj
    raise ValueError(f"srepr names {name!r}, which is not a SymPy class")


def _build(node: ast.AST) -> Any:
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, str, float, bool)):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_build(node.operand)
    if isinstance(node, (ast.List, ast.Tuple)):
        items = [_build(item) for item in node.elts]
        return items if isinstance(node, ast.List) else tuple(items)
    if isinstance(node, ast.Dict):
        return {_build(k): _build(v) for k, v in zip(node.keys, node.values) if k is not None}
    if isinstance(node, ast.Name):
        return _sympy_name(node.id)
    if isinstance(node, ast.Call) and isinstance(node.func, (ast.Name, ast.Call)):
        # ``Function('f')(x)``: the callee is itself built, and must be a SymPy class.
        constructor = _build(node.func)
        if not isinstance(constructor, type):
            raise TypeError("srepr text calls something that is not a SymPy class")
        args = [_build(arg) for arg in node.args]
        kwargs = {kw.arg: _build(kw.value) for kw in node.keywords if kw.arg}
        return constructor(*args, **kwargs)
    raise ValueError(f"srepr text holds a {type(node).__name__}, which SymPy never writes")


def to_sympy(value: Any) -> Any:
    """SymPy form of a ``solve()`` result: ints, Fractions, lists and tuples are converted."""
    if isinstance(value, (sympy.Basic, MatrixBase)):
        return value
    if isinstance(value, (list, tuple)):
        return sympy.Tuple(*(to_sympy(item) for item in value))
    if isinstance(value, (set, frozenset)):
        return sympy.FiniteSet(*(to_sympy(item) for item in value))
    if isinstance(value, str):
        raise TypeError("solve() returned a string; return a number or a SymPy object")
    return sympy.sympify(value, strict=True)


def equivalent(a: Any, b: Any, seconds: float = 2.0) -> bool:
    """Whether ``a`` and ``b`` are the same answer (see :func:`compare`)."""
    return compare(a, b, seconds).equal


def compare(a: Any, b: Any, seconds: float = 2.0) -> Verdict:
    """Compare two answers exactly, then (only if that is inconclusive) numerically."""
    a, b = to_sympy(a), to_sympy(b)
    if a == b:
        return Verdict(True, "structural")
    pairs = _elements(a, b)
    if pairs is not None:
        verdicts = [compare(x, y, seconds) for x, y in pairs]
        if all(v.equal for v in verdicts):
            return Verdict(True, "elementwise")
        return Verdict(False, "different")
    if isinstance(a, sympy.FiniteSet) and isinstance(b, sympy.FiniteSet):
        return _compare_finite_sets(a, b, seconds)
    try:
        with time_limit(seconds):
            exact = _exact_difference_is_zero(a, b)
    except (TimeLimit, RecursionError):
        exact = None
    if exact is not None:
        return Verdict(exact, "simplify" if exact else "different")
    if isinstance(a, sympy.Expr) and isinstance(b, sympy.Expr):
        return Verdict(_numerically_equal(a, b), "numeric")
    return Verdict(False, "different")


def _elements(a: Any, b: Any) -> list[tuple[Any, Any]] | None:
    """Pairs to compare one by one for ordered containers; None when a, b are not both one."""
    if isinstance(a, MatrixBase) and isinstance(b, MatrixBase):
        return list(zip(a, b)) if a.shape == b.shape else [(sympy.true, sympy.false)]
    if isinstance(a, sympy.Tuple) and isinstance(b, sympy.Tuple):
        return list(zip(a, b)) if len(a) == len(b) else [(sympy.true, sympy.false)]
    return None


def _compare_finite_sets(a: sympy.FiniteSet, b: sympy.FiniteSet, seconds: float) -> Verdict:
    """Finite sets are equal when every element of one matches a distinct element of the other."""
    if len(a) != len(b):
        return Verdict(False, "different")
    unmatched = list(b)
    for x in a:
        match = next((y for y in unmatched if compare(x, y, seconds).equal), None)
        if match is None:
            return Verdict(False, "different")
        unmatched.remove(match)
    return Verdict(True, "elementwise")


def _exact_difference_is_zero(a: Any, b: Any) -> bool | None:
    """True/False when SymPy decides exactly; None when it cannot tell."""
    if isinstance(a, sympy.Set) and isinstance(b, sympy.Set):
        return sympy.simplify(sympy.SymmetricDifference(a, b)) == sympy.S.EmptySet
    if isinstance(a, sympy.Expr) and isinstance(b, sympy.Expr):
        difference = sympy.simplify(a - b)
        if difference == 0:
            return True
        if difference.is_number:
            nonzero = difference.is_zero is False or abs(difference.evalf(DIGITS)) > 0
            return False if nonzero else None
        return None
    if isinstance(a, sympy.Basic) and isinstance(b, sympy.Basic):
        return bool(sympy.simplify(sympy.Equivalent(a, b)) == sympy.true) or None
    return False


def _numerically_equal(a: sympy.Expr, b: sympy.Expr, points: int = 3) -> bool:
    """Agreement to 40 significant digits at random points (the same points for both sides)."""
    symbols = sorted(a.free_symbols | b.free_symbols, key=str)
    rng = random.Random(0)
    for _ in range(points):
        values = {s: sympy.Rational(rng.randint(301, 2699), 1000) for s in symbols}
        x = a.evalf(DIGITS, subs=values)
        y = b.evalf(DIGITS, subs=values)
        if not (x.is_number and y.is_number):
            return False
        scale = max(abs(x), abs(y), sympy.Integer(1))
        if abs(x - y) > RELATIVE_TOLERANCE * scale:
            return False
        if not symbols:
            break
    return True
