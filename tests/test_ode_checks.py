"""The ODE family's substitution check: exact zero residuals pass quickly (no precision hunt
for digits a zero does not have), and residuals just above the tolerance still fail."""

from __future__ import annotations

import sympy as sp

from exercises.families.textbook import X
from exercises.families.textbook_odes import Y, _n, _numeric, _small, satisfies

BESSEL = X**2 * Y(X).diff(X, 2) + (X - sp.Rational(3, 4)) * Y(X)  # diffyqs exercise 7.3.103
C1, C2 = sp.symbols("C1 C2")
SOLUTION = sp.sqrt(X) * (C1 * sp.besselj(2, 2 * sp.sqrt(X)) + C2 * sp.bessely(2, 2 * sp.sqrt(X)))


def test_a_bessel_solution_passes_and_near_misses_fail() -> None:
    assert satisfies(BESSEL, SOLUTION, "bessel")
    for wrong in (SOLUTION + X**3 / 10**12,  # a residual of about 1e-11
                  SOLUTION.subs(sp.besselj(2, 2 * sp.sqrt(X)), sp.besselj(3, 2 * sp.sqrt(X)))):
        assert not satisfies(BESSEL, wrong, "bessel")


def test_large_terms_that_cancel_are_not_mistaken_for_a_residual() -> None:
    # y'' = y with e^{25x}-sized terms: the answer's values reach 1e25 at the sample points
    growth = Y(X).diff(X, 2) - 625 * Y(X)
    assert satisfies(growth, C1 * sp.exp(25 * X) + C2 * sp.exp(-25 * X), "growth")
    assert not satisfies(growth, C1 * sp.exp(25 * X) + X / 10**6, "growth")


def test_values_are_computed_once_at_60_digits_or_by_evalf() -> None:
    # mpmath's value agrees with evalf's to 30 digits (a Bessel value, a complex root); an
    # expression mpmath cannot compute (a symbol left over) is evalf's, and is not a number,
    # so the check that needs a number fails.
    for value in (sp.besselj(2, 2 * sp.sqrt(sp.Rational(7, 5))) * sp.exp(sp.Rational(-3, 2)),
                  sp.sqrt(-2) + sp.pi, sp.bessely(1, sp.Rational(1, 3))):
        assert abs(_n(value) - value.evalf(40)) < 1e-30
    assert not _n(sp.Symbol("q") + 1).is_number


def test_the_size_is_evaluated_only_for_a_residual_over_the_tolerance() -> None:
    # |r| <= 1e-15 (1 + |size|): a residual under 1e-15 passes whatever the size, so the size
    # is never evaluated (here it would fail if it were); over it, the size decides.
    def unused() -> sp.Expr:
        raise AssertionError("the size was evaluated")

    assert _small(sp.Integer(0), unused) and _small(sp.Float("1e-16", 60), unused)
    assert _small(sp.Float("1e-14", 60), lambda: sp.Integer(100))  # 1e-14 <= 1.01e-13
    assert not _small(sp.Float("1e-14", 60), lambda: sp.Integer(1))  # 1e-14 > 2e-15


def test_the_residual_is_made_numeric_once_for_all_points() -> None:
    # One mpmath function of the constants and x, agreeing with the residual at a point
    # (60 digits); a residual with a definite integral, or a point where mpmath fails,
    # is left to the per-point evaluation.
    residual = sp.exp(C1 * X) * sp.besselj(2, X) - C2
    at = _numeric(residual, [C1, C2, X])
    point = (sp.Rational(3, 2), sp.Rational(-7, 3), sp.Rational(1234, 1000))
    exact = residual.subs(dict(zip([C1, C2, X], point))).evalf(50)
    assert abs(at(*point) - exact) < 1e-45
    assert _numeric(sp.Integral(sp.exp(-X**2), (X, 0, 1)) + C1, [C1, X]) is None
    assert _numeric(1 / X, [X])(sp.Integer(0)) is None  # mpmath: division by zero
