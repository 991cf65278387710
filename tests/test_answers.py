"""Answer equivalence: exact first; the known false accepts of numeric checkers are rejected."""

from __future__ import annotations

import pytest
import sympy

from exercises.answers import compare, equivalent, parse_srepr

x = sympy.Symbol("x")


def test_known_false_accepts_are_rejected() -> None:
    assert not equivalent(sympy.Rational(1, 2**99), sympy.Rational(1, 2**98))
    assert not equivalent(1 / sympy.factorial(2004), 1 / sympy.factorial(2006))
    assert not equivalent(1 - 1 / sympy.E, 1 + 1 / sympy.E)


def test_equal_forms_are_accepted() -> None:
    assert compare(sympy.sin(x) ** 2 + sympy.cos(x) ** 2, 1).equal
    assert equivalent(sympy.sqrt(5 + 2 * sympy.sqrt(6)), sympy.sqrt(2) + sympy.sqrt(3))
    assert equivalent((x + 1) ** 2, x**2 + 2 * x + 1)
    assert compare(sympy.Rational(2, 4), sympy.Rational(1, 2)).method == "structural"


def test_containers_compare_elementwise() -> None:
    assert equivalent(sympy.FiniteSet(1, 2), sympy.FiniteSet(2, 1))
    assert not equivalent(sympy.FiniteSet(1, 2), sympy.FiniteSet(1, 3))
    assert equivalent([1, sympy.Rational(1, 2)], sympy.Tuple(1, sympy.Rational(2, 4)))
    assert not equivalent((1, 2), (2, 1))  # order matters in a tuple
    assert not equivalent(sympy.Matrix([[1, 2], [3, 4]]), sympy.Matrix([[1, 2], [3, 5]]))
    assert not equivalent(sympy.Matrix([[1, 2]]), sympy.Matrix([[1], [2]]))
    assert equivalent(sympy.Interval(0, 1), sympy.Interval(0, 1))


def test_srepr_round_trip() -> None:
    values = [sympy.Matrix([[1, x], [sympy.pi, sympy.oo]]), sympy.Interval.Lopen(0, 1),
              sympy.Eq(x, 1) & (x > 2), sympy.Function("f")(x) + 2, sympy.Rational(-3, 7),
              sympy.Tuple(sympy.true, sympy.Float("0.25")),
              sympy.Piecewise((1, sympy.Eq(x, 0)), (x + 2, True))]  # built of ExprCondPairs
    for value in values:
        assert parse_srepr(sympy.srepr(value)) == value


@pytest.mark.parametrize("text", [
    "__import__('os').system('true')",
    "Integer(1).__class__",
    "pi(1)",
    "open('/etc/passwd')",
    "[c for c in ()]",
])
def test_srepr_parser_calls_nothing_but_sympy(text: str) -> None:
    with pytest.raises((ValueError, TypeError)):
        parse_srepr(text)
