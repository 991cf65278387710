"""A book's own LaTeX math macros (``\\def\\inv{^{-1}}``, ``\\newcommand{\\card}[1]{...}``),
read from their definitions and expanded in its math.

A PreTeXt book defines its notation once, in ``<docinfo><macros>``, and writes ``\\inv``,
``\\N``, ``\\card{A}`` in its math; the rendered book (and so the PDF) shows the expansion.
Expanding them at ingest makes the source's math read as the PDF's does (``f^{-1}(1)``,
``\\mathbb{N}``, ``|A|``), so SymPy and the readers see standard LaTeX rather than unknown
commands.

Only plain definitions are expanded: a body that programs TeX (``\\ensuremath``,
``\\protect``, ``\\mathchoice``, spacing kerns, conditionals) is typesetting the readers cannot
use, and its macro is left as written, as is a definition with an optional argument.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

# TeX programming or typesetting in a body: the macro is not plain notation.
_NOT_PLAIN = re.compile(
    r"\\(?:ensuremath|protect|mathchoice|kern|mkern|hspace|def|let|if\w*|else|fi|expandafter"
    r"|csname|relax|makeatletter|ifmmode|ifthenelse|newcommand|renewcommand)(?![A-Za-z])|@")
_DEF = re.compile(r"\\def\s*\\([A-Za-z]+)\s*((?:#\d)*)\s*(?=\{)")
_NEWCOMMAND = re.compile(
    r"\\(?:re)?(?:newcommand|providecommand|DeclareRobustCommand)\*?\s*"
    r"(?:\{\s*\\([A-Za-z]+)\s*\}|\\([A-Za-z]+))\s*(?:\[(\d)\])?\s*(\[)?")
_OPERATOR = re.compile(r"\\DeclareMathOperator(\*?)\s*\{\s*\\([A-Za-z]+)\s*\}\s*(?=\{)")
# A font command on a bare letter (``\mathbb N``), braced as the PDF's math shows it.
_BARE_FONT = re.compile(r"\\(math[a-z]+|operatorname)\s+([A-Za-z])(?![A-Za-z])")
# Delimiter sizing (``\left| #1 \right|``): the PDF's math shows the bare delimiter, ``|B|``.
SIZING = re.compile(r"\\(?:left|right|middle)(?![A-Za-z])\s*(?:\.)?")
# Delimiters by name, as the PDF's math shows them.
_DELIMITERS = {"lbrace": r"\{", "rbrace": r"\}", "lbrack": "[", "rbrack": "]", "lvert": "|",
               "rvert": "|", "lVert": r"\|", "rVert": r"\|"}
_NAMED_DELIMITER = re.compile(r"\\(" + "|".join(_DELIMITERS) + r")(?![A-Za-z])\s*")
_DEPTH = 8  # a macro using another macro is expanded again, this many times at most


@dataclass(frozen=True)
class Macro:
    """A macro of ``arguments`` braced arguments whose expansion is ``body`` (``#1`` ...)."""

    arguments: int
    body: str


def braced(text: str, start: int) -> tuple[str, int] | None:
    """The braced group at ``start`` (after spaces) and the index after it, or None."""
    while start < len(text) and text[start].isspace():
        start += 1
    if start >= len(text) or text[start] != "{":
        return None
    depth, end = 0, start
    while end < len(text):
        if text[end] == "\\":
            end += 2  # a control symbol: \{ and \} are characters, \\ a row break
            continue
        depth += {"{": 1, "}": -1}.get(text[end], 0)
        if depth == 0:
            return text[start + 1:end], end + 1
        end += 1
    return None


def read_macros(definitions: str, keep: frozenset[str] = frozenset()) -> dict[str, Macro]:
    """The plain macros ``definitions`` (the text of a ``<macros>`` element) defines, less those
    in ``keep`` (left as the text writes them); a body using a kept macro has it expanded still,
    as the PDF prints the body (FCLA's ``\\similar{A}{S}`` is ``S^{-1}AS``)."""
    text = re.sub(r"(?<!\\)%.*", "", definitions)  # comments
    found: dict[str, Macro] = {}
    for match in _DEF.finditer(text):
        body = braced(text, match.end())
        if body is not None:
            found[match.group(1)] = Macro(len(match.group(2)) // 2, body[0])
    for match in _NEWCOMMAND.finditer(text):
        body = braced(text, match.end())
        if body is not None and not match.group(4):  # an optional argument: left as written
            found[match.group(1) or match.group(2)] = Macro(int(match.group(3) or 0), body[0])
    for match in _OPERATOR.finditer(text):
        body = braced(text, match.end())
        if body is not None:
            limits = r"\limits" if match.group(1) else ""
            found[match.group(2)] = Macro(0, rf"\operatorname{{{body[0]}}}{limits}")
    plain = {name: Macro(m.arguments, _tidy(m.body))
             for name, m in found.items() if not _NOT_PLAIN.search(m.body)}
    return {name: Macro(m.arguments, expand_macros(m.body, plain))
            for name, m in plain.items() if name not in keep}


def _tidy(body: str) -> str:
    """A body written as the PDF's math shows it: font arguments braced, sizing dropped,
    delimiters by their characters (``\\lbrace`` is ``\\{``), and spaces (which math ignores) kept only where they end a command word (``| #1 |`` is
    ``|#1|``)."""
    body = SIZING.sub("", _BARE_FONT.sub(r"\\\1{\2}", body))
    body = _NAMED_DELIMITER.sub(lambda m: _DELIMITERS[m.group(1)], body)
    pieces = re.split(r"(\\[A-Za-z]+\s*)", body)
    return "".join(p if p.startswith("\\") else re.sub(r"\s+", "", p) for p in pieces).strip()


def _argument(text: str, start: int) -> tuple[str, int] | None:
    """A macro argument at ``start``: a braced group, or else one token, as TeX takes it."""
    group = braced(text, start)
    if group is not None:
        return group
    while start < len(text) and text[start].isspace():
        start += 1
    if start >= len(text) or text[start] == "}":
        return None
    token = re.match(r"#\d|\\[A-Za-z]+|\\.|.", text[start:], re.DOTALL)  # (#1: a body's)
    assert token is not None
    return token.group(0), start + len(token.group(0))


def _join(left: str, right: str) -> str:
    """``left + right``, spaced where a command word would otherwise run into a letter
    (``\\langle`` then ``S``: ``\\langle S``, not the unknown ``\\langleS``)."""
    if right[:1].isalpha() and re.search(r"\\[A-Za-z]+$", left):
        return f"{left} {right}"
    return left + right


def _expansion(macro: Macro, args: list[str]) -> str:
    """The body of ``macro`` with its arguments put in."""
    pieces = re.split(r"#(\d)", macro.body)  # text, argument number, text, ...
    body = ""
    for index, piece in enumerate(pieces):
        body = _join(body, args[int(piece) - 1] if index % 2 else piece)
    return body


@functools.lru_cache(maxsize=8)
def _calls(names: frozenset[str]) -> re.Pattern[str]:
    """A call of any of ``names`` (the longest name first: ``\\Nat`` before ``\\N``); built once
    per set of macros, since every formula of a book is expanded with the same set."""
    return re.compile(r"\\(" + "|".join(sorted(map(re.escape, names), key=len, reverse=True))
                      + r")(?![A-Za-z])")


def expand_macros(latex: str, macros: dict[str, Macro]) -> str:
    """``latex`` with every one of ``macros`` expanded (again in what they expand to)."""
    if not macros or "\\" not in latex:
        return latex
    pattern = _calls(frozenset(macros))
    for _ in range(_DEPTH):
        text, position, changed = "", 0, False
        for match in pattern.finditer(latex):
            if match.start() < position or (match.start() > 0 and latex[match.start() - 1] == "\\"):
                continue  # inside an argument already taken, or "\\" followed by a letter
            macro, end, args = macros[match.group(1)], match.end(), []
            for _ in range(macro.arguments):
                arg = _argument(latex, end)
                if arg is None:
                    break
                args.append(arg[0])
                end = arg[1]
            if len(args) < macro.arguments:
                continue  # not enough arguments: left as written
            text = _join(text + latex[position:match.start()], _expansion(macro, args))
            if _join(text, latex[end:end + 1]) != text + latex[end:end + 1]:
                text += " "  # "\\pow A": the body's last command word, then a letter
            position, changed = end, True
        if not changed:
            break
        latex = text + latex[position:]
    return latex


# The common linear algebra macros of PreTeXt books (Beezer's FCLA names them so, and other
# PreTeXt linear algebra books copy them), left as written at ingest and expanded by
# formalize.notation into the forms its readers are written for.
COMMON_MACROS: dict[str, Macro] = {name: Macro(*spec) for name, spec in {
    "colvector": (1, r"\begin{bmatrix}#1\end{bmatrix}"),
    "leading": (1, "#1"),
    "vect": (1, "#1"),
    "set": (1, r"\{#1\}"),
    "setparts": (2, r"\{#1 \mid #2\}"),
    "spn": (1, r"\operatorname{span}(#1)"),
    "nsp": (1, r"\operatorname{N}(#1)"),
    "csp": (1, r"\operatorname{C}(#1)"),
    "rsp": (1, r"\operatorname{R}(#1)"),
    "lns": (1, r"\operatorname{L}(#1)"),
    "transpose": (1, r"#1^{T}"),
    "inverse": (1, r"#1^{-1}"),
    "preimage": (2, r"#1^{-1}\left(#2\right)"),
    "detname": (1, r"\det(#1)"),
    "detbars": (1, r"\left|#1\right|"),
    "matrixentry": (2, r"[#1]_{#2}"),
    "vectorentry": (2, r"[#1]_{#2}"),
    "eigenspace": (2, r"\mathcal{E}_{#1}(#2)"),
    "algmult": (2, r"\alpha_{#1}(#2)"),
    "geomult": (2, r"\gamma_{#1}(#2)"),
    "linearsystem": (2, r"\mathcal{LS}(#1, #2)"),
    "homosystem": (1, r"\mathcal{LS}(#1, 0)"),
    "innerproduct": (2, r"\langle #1, #2\rangle"),
    "norm": (1, r"\left\|#1\right\|"),
    "conjugate": (1, r"\overline{#1}"),
    "complexes": (0, r"\mathbb{C}"),
    "reals": (0, r"\mathbb{R}"),
    "complex": (1, r"\mathbb{C}^{#1}"),
    "zerovector": (0, r"\mathbf{0}"),
    "rref": (0, r"\xrightarrow{\text{RREF}}"),
    "ltdefn": (3, r"#1\colon #2\to #3"),
    "lt": (0, "<"),
    "gt": (0, ">"),
}.items()}
# Macros a book's ingest leaves as written: those above, and those readers match by name
# (``\\lteval{T}{x}`` in linear_systems, ``\\vectrep{B}{v}``, ``\\krn{T}``, ``\\rng{T}``).
READ_AS_WRITTEN = frozenset(COMMON_MACROS) | {"lteval", "vectrep", "krn", "rng"}
