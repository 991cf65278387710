"""formalize.latex's fast parse: the same SymPy objects as SymPy's own parser, once per formula."""

import warnings

import pytest
import sympy as sp
from sympy.parsing.latex import parse_latex

from formalize.latex import CONSTANTS, _parse, tidy, to_sympy

# What books print, and what they print badly: a trailing operator SLL prediction rejects and
# SymPy's full parse reads a prefix of ("30-", "45-45-"), and formulas no parse reads at all.
FORMULAS = [
    r"\frac{x^2 + 1}{x - 3}", r"\int_0^{\pi} \sin x\,dx", r"\lim_{x \to 3} \frac{x^2 - 9}{x - 3}",
    r"\sqrt[3]{x} + e^{2x}", r"y'' + 4y' + 4y = 0", r"\cos\theta = -\frac{1}{2}",
    r"\sin 30^\circ", r"2\sin^2 x - \cos x = 1", r"\binom{5}{2} + 3!", r"A + B + C = 180",
    r"\left( \frac{1}{2} \right)^{n}", r"x \leq 2\pi", r"30-", r"45-45-", r"(3,4,5)", r"\sin",
    r"A+B+C=", r"\sqrt{}2",
]


def _sympys_own(text: str, evaluate: bool) -> sp.Basic | None:
    """SymPy's parse_latex (full LL prediction) with the book constants mapped, or None."""
    try:
        with warnings.catch_warnings(), sp.evaluate(evaluate):
            warnings.simplefilter("ignore")
            expr = parse_latex(text)
            return expr.subs(CONSTANTS) if CONSTANTS.keys() & expr.free_symbols else expr
    except Exception:  # noqa: BLE001 - any parser error means "not read"
        return None


@pytest.mark.parametrize("latex", FORMULAS)
@pytest.mark.parametrize("evaluate", [True, False])
def test_the_fast_parse_gives_what_sympys_parser_gives(latex, evaluate) -> None:
    expected = _sympys_own(tidy(latex), evaluate)
    got = to_sympy(latex, definition_rhs=False, evaluate=evaluate)
    assert sp.srepr(got) == sp.srepr(expected)


def test_a_formula_asked_for_twice_is_parsed_once() -> None:
    _parse.cache_clear()
    first = to_sympy(r"x^2 - 5x + 6")
    again = to_sympy(r"x^{2} - 5x + 6 .", definition_rhs=False)  # the same formula once tidied
    assert first is again
    assert _parse.cache_info().misses == 1
