"""Will SymPy's LaTeX parser read this formula? A fast answer, and the slow true one.

``sympy.parsing.latex.parse_latex`` (ANTLR backend, the one that works with the
antlr4 4.13 runtime installed here) costs 50-300 ms a formula in pure Python:
for a book of ten thousand formulas that is minutes, far more than reading the
PDF. So ingest asks :func:`sympy_parses`, a small recursive-descent recogniser
of the grammar SymPy accepts (relations, sums and products, implicit
multiplication, powers, subscripts, primes, ``\\frac``, ``\\sqrt``, functions,
``\\sum``/``\\int``/``\\lim``, factorials, absolute values, comma lists, and any
other command read as a symbol, as SymPy does), cached per string.
:func:`sympy_accepts` asks SymPy itself; the test suite and the benchmark measure
how often the two agree.
"""

from __future__ import annotations

import re
import warnings
from functools import lru_cache

_TOKEN = re.compile(r"\\[A-Za-z]+|\\.|[0-9]+(?:\.[0-9]+)?|\S")
_RELATIONS = {"=", "<", ">", "\\leq", "\\geq", "\\neq", "\\le", "\\ge", "\\ne", "\\lt", "\\gt"}
# Set and arrow relations SymPy's grammar reads without complaint (into nonsense, but it parses).
_LOOSE = {":", "\\to", "\\in", "\\subset", "\\subseteq", "\\notin", "\\mid", "\\choose",
          "\\rightarrow", "\\st", "\\cup", "\\cap"}
_ADDITIVE = {"+", "-"}
_MULTIPLICATIVE = {"\\cdot", "\\times", "\\div", "/", "*", "\\ast"}
_FUNCTIONS = {
    "\\sin", "\\cos", "\\tan", "\\sec", "\\csc", "\\cot", "\\arcsin", "\\arccos", "\\arctan",
    "\\sinh", "\\cosh", "\\tanh", "\\log", "\\ln", "\\exp", "\\arcsec", "\\arccsc", "\\arccot",
}
_LETTERS = {
    "\\alpha", "\\beta", "\\gamma", "\\delta", "\\epsilon", "\\varepsilon", "\\zeta", "\\eta",
    "\\theta", "\\vartheta", "\\iota", "\\kappa", "\\lambda", "\\mu", "\\nu", "\\xi", "\\pi",
    "\\rho", "\\sigma", "\\tau", "\\upsilon", "\\phi", "\\varphi", "\\chi", "\\psi", "\\omega",
    "\\Gamma", "\\Delta", "\\Theta", "\\Lambda", "\\Xi", "\\Pi", "\\Sigma", "\\Upsilon", "\\Phi",
    "\\Psi", "\\Omega", "\\infty",
}
_BIG = {"\\sum", "\\prod", "\\int", "\\lim"}
_SPACES = {
    "\\,", "\\;", "\\:", "\\!", "\\quad", "\\qquad", "\\left", "\\right", "\\displaystyle",
    "\\bigl", "\\bigr", "\\Bigl", "\\Bigr", "\\big", "\\Big", "\\biggl", "\\biggr",
}
# Commands that cannot stand as a symbol (SymPy reads any other unknown command as one).
_NOT_ATOMS = _RELATIONS | _ADDITIVE | _MULTIPLICATIVE | _LOOSE | {"\\\\", "&", "\\end", "\\begin"}


class _Reject(Exception):
    pass


class _Recogniser:
    """Recursive descent over tokens, following the shape of SymPy's LaTeX.g4."""

    def __init__(self, tokens: list[str]) -> None:
        self.toks = tokens
        self.i = 0

    def peek(self) -> str:
        return self.toks[self.i] if self.i < len(self.toks) else ""

    def take(self, expected: str | None = None) -> str:
        tok = self.peek()
        if not tok or (expected is not None and tok != expected):
            raise _Reject
        self.i += 1
        return tok

    def relation(self, commas: bool = True) -> None:
        """A chain of ``=`` or one other relation (SymPy refuses ``0 < t < 1``); top-level
        commas separate relations, but a comma inside brackets (a tuple) is refused."""
        self.expr()
        if self.peek() == "=":
            while self.peek() == "=":
                self.take()
                self.expr()
        elif self.peek() in _RELATIONS:
            self.take()
            self.expr()
        while self.peek() in _LOOSE:
            self.take()
            self.expr()
        if commas and self.peek() == ",":
            self.take()
            if self.peek():
                self.relation()

    def expr(self) -> None:
        self.term()
        while self.peek() in _ADDITIVE:
            self.take()
            self.term()

    def term(self) -> None:
        self.unary()
        while self.peek() in _MULTIPLICATIVE:
            self.take()
            self.unary()

    def unary(self) -> None:
        if self.peek() in _ADDITIVE:
            self.take()
            self.unary()
            return
        self.postfix()
        while self._starts_atom():  # implicit multiplication: 2x, x(y+1)
            self.postfix()

    def _starts_atom(self) -> bool:
        tok = self.peek()
        return bool(tok) and (
            tok[0].isalnum() or tok in ("(", "[", "{", "|", "\\{")
            or (tok.startswith("\\") and tok[1:].isalpha() and tok not in _NOT_ATOMS)
        )

    def postfix(self) -> None:
        applied = self.atom()
        while self.peek() in ("^", "_", "!", "'"):
            op = self.take()
            if op in ("^", "_"):
                self.script()
        if applied and self.peek() == "(":  # f(x, y), z_n(x, 0): a call may take a comma list
            self.group("(", ")", commas=True)
            while self.peek() in ("^", "!", "'"):
                if self.take() == "^":
                    self.script()

    def script(self) -> None:
        if self.peek() == "{":
            self.group("{", "}")
        else:
            tok = self.take()
            if not (tok[0].isalnum() or tok in _LETTERS):
                raise _Reject

    def group(self, open_: str, close: str, commas: bool = False) -> None:
        self.take(open_)
        self.relation(commas=commas)
        self.take(close)

    def atom(self) -> bool:
        """Read one atom; say whether it is a symbol that may be applied to arguments."""
        tok = self.peek()
        if tok == "\\{":
            self.group("\\{", "\\}", commas=True)
        elif tok in ("(", "[", "{"):
            self.group(tok, {"(": ")", "[": "]", "{": "}"}[tok])
        elif tok == "|":
            self.group("|", "|")
        elif tok in ("\\frac", "\\binom"):
            self.take()
            self.group("{", "}")
            self.group("{", "}")
        elif tok == "\\sqrt":
            self.take()
            if self.peek() == "[":
                self.group("[", "]")
            self.group("{", "}")
        elif tok in _FUNCTIONS:
            self.take()
            if self.peek() == "^":
                self.take()
                self.script()
            self.unary() if self.peek() != "(" else self.group("(", ")")
        elif tok in _BIG:
            self.take()
            while self.peek() in ("^", "_"):
                self.take()
                self.script()
            self.term()
        elif tok and (tok[0].isalpha() or tok in _LETTERS):
            self.take()
            return True
        elif tok and tok[0].isdigit():
            self.take()
        elif tok.startswith("\\") and tok[1:].isalpha() and tok not in _NOT_ATOMS:
            self.take()  # an unknown command is a symbol to SymPy: \vec{v}, \mathbb{R}
            while self.peek() == "{":
                self.group("{", "}", commas=True)
            return True
        else:
            raise _Reject
        return False


@lru_cache(maxsize=65536)
def sympy_parses(latex: str) -> bool:
    """Fast, cached guess whether SymPy's LaTeX parser accepts ``latex`` (see module docs)."""
    tokens = [t for t in _TOKEN.findall(latex) if t not in _SPACES]
    while tokens and tokens[-1] in (".", ",", ";"):  # SymPy ignores closing punctuation
        tokens.pop()
    if not tokens:
        return False
    parser = _Recogniser(tokens)
    try:
        parser.relation()
    except (_Reject, RecursionError):
        return False
    return parser.i == len(tokens)


def sympy_accepts(latex: str) -> bool:
    """Ask SymPy itself (slow: 50-300 ms a formula)."""
    try:
        from sympy.parsing.latex import parse_latex

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parse_latex(latex, backend="antlr")
    except Exception:  # noqa: BLE001 - the parser raises many kinds; any of them means "no"
        return False
    return True
