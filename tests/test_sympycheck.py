"""Formulas carry SymPy's real verdict within the document's budget, and None (unchecked) after."""

from ingest.document import Block, Formula
from ingest.sympycheck import mark_sympy_parses


def test_first_distinct_formulas_are_checked_by_sympy_the_rest_say_unchecked() -> None:
    texts = [r"\frac{x^2+1}{2}", r"\begin{pmatrix} 1 \end{pmatrix}", r"\frac{x^2+1}{2}", r"x ==", r"y + 1"]
    blocks = [Block("paragraph", "", formulas=[Formula(t, display=False)]) for t in texts]
    checked = mark_sympy_parses(blocks, limit=3)
    assert checked == 3  # the repeated formula is checked once
    assert [b.formulas[0].sympy_parses for b in blocks] == [True, False, True, False, None]
