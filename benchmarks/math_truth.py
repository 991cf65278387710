"""The true formulas of the shared books, from their LaTeX sources, and the normalisation.

Each book's source is split into sections (``\\section{Title}`` or PreTeXt's
``\\begin{sectionptx}{Title}``) so that a sample of PDF pages can be scored
against the formulas of exactly the sections those pages hold.

Normalisation (applied to true and recovered LaTeX alike, see :func:`normalise`):
- the book's simple ``\\newcommand`` macros are expanded, plus a few per-book ones;
- dropped: whitespace, spacing commands (``\\, \\; \\: \\! \\quad \\qquad ~ \\hspace{}``),
  ``\\left \\middle \\right \\big... \\displaystyle \\limits``, ``\\label \\tag \\notag``, ``&``,
  page-break hints (``\\displaybreak[0]``);
- synonyms become one spelling: ``\\dfrac \\tfrac -> \\frac``, ``\\le -> \\leq``,
  ``\\rightarrow -> \\to``, ``\\ldots \\cdots -> \\dots``, ``\\lt -> <``, ``\\lbrack -> [``, ``\\bar -> \\overline``,
  ``\\mid \\vert -> |``, ``^{\\prime} -> '``, ``\\mathrm{x}`` of one letter -> ``x``, ...;
- braces that only group are dropped (``{(b-a)}^2 -> (b-a)^2``), and so are braces
  around a single token (``x^{2} -> x^2``, ``\\frac{1}{2} -> \\frac12``);
- a subscript is written before a superscript (``x^2_1 -> x_1^2``);
- sentence punctuation at the end of a formula is dropped (``x=1.`` -> ``x=1``);
- ``\\ensuremath \\fbox \\boxed`` are unwrapped;
- ``{n \\choose k}`` is ``\\binom{n}{k}``; a (small)matrix inside brackets or parentheses is a ``bmatrix`` or ``pmatrix``;
- a display with several rows (``\\\\``) is scored row by row (a ``\\\\`` inside braces, as in
  ``\\substack``, is no row break).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

BOOKS = {
    "discrete": ("discrete/levin-discrete-math.pdf", "discrete/latex-generated/dmoi.tex"),
    "diffyqs": ("diffyqs/lebl-diffyqs.pdf", "diffyqs/source/diffyqs.tex"),
    "trig": ("trig/corral-trigonometry.pdf", "trig/source/trigbook.tex"),
    "fcla": ("fcla/beezer-fcla.pdf", "fcla/latex-generated/fcla.tex"),
}

DISPLAY_ENVS = (
    "equation", "equation*", "align", "align*", "gather", "gather*", "multline", "multline*",
    "eqnarray", "eqnarray*", "displaymath", "alignat", "alignat*", "flalign", "flalign*",
)


@dataclass
class Section:
    title: str
    inline: list[str] = field(default_factory=list)
    display: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- reading sources


def _strip_comments(text: str) -> str:
    return re.sub(r"(?<!\\)%.*", "", text)


def _expand_inputs(path: Path, depth: int = 0) -> str:
    text = _strip_comments(path.read_text(encoding="utf-8", errors="replace"))
    if depth > 3:
        return text

    def include(m: re.Match) -> str:
        name = m.group(2)
        target = path.parent / (name if name.endswith(".tex") else name + ".tex")
        return _expand_inputs(target, depth + 1) if target.is_file() else ""

    return re.sub(r"\\(input|include)\{([^}]+)\}", include, text)


def _macros(text: str) -> dict[str, tuple[int, str]]:
    """Simple ``\\newcommand{\\name}[n]{body}`` and ``\\def\\name#1{body}`` definitions."""
    found: dict[str, tuple[int, str]] = {}
    for m in re.finditer(r"\\(?:re|provide|new)?(?:newcommand|command)\*?\{?(\\[A-Za-z]+)\}?(?:\[(\d)\])?(?!\[)\{", text):
        body, _ = _group(text, m.end() - 1)
        if body is not None and "#" not in body.replace("#1", "").replace("#2", "").replace("#3", ""):
            found[m.group(1)] = (int(m.group(2) or 0), body)
    for m in re.finditer(r"\\def(\\[A-Za-z]+)((?:#\d)*)\{", text):
        body, _ = _group(text, m.end() - 1)
        if body is not None:
            found[m.group(1)] = (len(m.group(2)) // 2, body)
    for m in re.finditer(r"\\DeclareMathOperator\*?\{(\\[A-Za-z]+)\}\{([^}]*)\}", text):
        found[m.group(1)] = (0, f"\\operatorname{{{m.group(2)}}}")
    return found


def _group(text: str, start: int) -> tuple[str | None, int]:
    """The brace group opening at ``text[start] == '{'``: its content and the index after it."""
    depth = 0
    i = start
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return text[start + 1:i], i + 1
        i += 1
    return None, len(text)


_SECTION = re.compile(r"\\section\*?(?:\[[^\]]*\])?\{|\\begin\{sectionptx\}\{")
_DISPLAY = re.compile(
    r"\\\[(.*?)\\\]|\$\$(.*?)\$\$|\\begin\{(" + "|".join(re.escape(e) for e in DISPLAY_ENVS)
    + r")\}(.*?)\\end\{\3\}",
    re.DOTALL,
)
_INLINE = re.compile(r"\\\((.*?)\\\)|(?<![\\$])\$([^$]+?)(?<!\\)\$", re.DOTALL)


# Macros defined in style files that the shared sources leave out.
EXTRA_MACROS = {
    # \\avoidbreak sets a penalty: nothing is printed.
    "diffyqs": {"\\nicefrac": (2, "{#1}/{#2}"), "\\mybxbg": (1, "#1"), "\\mybxsm": (1, "#1"),
                "\\avoidbreak": (0, "")},
}


def read_book(root: Path, book: str) -> tuple[list[Section], dict[str, tuple[int, str]]]:
    """The sections of ``book`` with their true formulas, and the book's macros."""
    text = _expand_inputs(root / BOOKS[book][1])
    macros = _macros(text)
    macros.update(EXTRA_MACROS.get(book, {}))
    body = text[text.find("\\begin{document}"):]
    body = re.sub(r"\\begin\{(tikzpicture|tikzcd|sageinput|sageoutput|verbatim)\}.*?\\end\{\1\}", "", body, flags=re.DOTALL)
    sections: list[Section] = []
    marks = list(_SECTION.finditer(body))
    for k, m in enumerate(marks):
        title, after = _group(body, m.end() - 1)
        if title == "Section":  # PreTeXt: {division name}{title}{...}
            title, _ = _group(body, after)
        chunk = body[m.end(): marks[k + 1].start() if k + 1 < len(marks) else len(body)]
        sec = Section(_plain_title(title or ""))
        for d in _DISPLAY.finditer(chunk):
            sec.display.append(d.group(1) or d.group(2) or d.group(4) or "")
        rest = _DISPLAY.sub(" ", chunk)
        for i in _INLINE.finditer(rest):
            sec.inline.append(i.group(1) if i.group(1) is not None else i.group(2))
        sections.append(sec)
    return sections, macros


def _plain_title(title: str) -> str:
    title = re.sub(r"\\[A-Za-z]+\*?(\[[^\]]*\])?", " ", title)
    return " ".join(re.sub(r"[{}$\\~]", " ", title).split())


# ---------------------------------------------------------------- normalisation

_TOKEN = re.compile(r"\\[A-Za-z]+\*?|\\.|[^\s]")
_DROP = {
    "\\left", "\\right", "\\big", "\\Big", "\\bigg", "\\Bigg", "\\bigl", "\\bigr", "\\Bigl",
    "\\Bigr", "\\biggl", "\\biggr", "\\Biggl", "\\Biggr", "\\bigm", "\\Bigm", "\\middle", "\\displaystyle",
    "\\textstyle", "\\scriptstyle", "\\limits", "\\nolimits", "\\,", "\\;", "\\:", "\\!", "\\ ",
    "\\quad", "\\qquad", "~", "&", "\\notag", "\\nonumber", "\\allowbreak", "\\protect",
    "\\medskip", "\\smallskip", "\\noindent", "\\relax", "\\nobreak", "\\hfill", "\\enspace",
    "\\thinspace", "\\/", "\\qed", "$", "\\ensuremath", "\\fbox", "\\boxed",
}
_PAGE_BREAKS = {"\\displaybreak", "\\allowdisplaybreaks", "\\pagebreak", "\\nopagebreak"}
_DROP_WITH_ARG = {"\\mspace", "\\label", "\\tag", "\\hspace", "\\vspace", "\\hspace*", "\\vspace*", "\\phantom",
                  "\\hphantom", "\\vphantom", "\\index", "\\intertext"}
_SAME = {
    "\\dfrac": "\\frac", "\\tfrac": "\\frac", "\\le": "\\leq", "\\ge": "\\geq", "\\ne": "\\neq",
    "\\leqslant": "\\leq", "\\geqslant": "\\geq", "\\rightarrow": "\\to", "\\gets": "\\leftarrow",
    "\\land": "\\wedge", "\\lor": "\\vee", "\\lnot": "\\neg", "\\ldots": "\\dots", "\\cdots": "\\dots",
    "\\dotsb": "\\dots", "\\dotsc": "\\dots", "\\dotsm": "\\dots", "\\dotso": "\\dots",
    "\\lbrace": "\\{", "\\rbrace": "\\}", "\\lbrack": "[", "\\rbrack": "]", "\\lt": "<", "\\gt": ">", "\\vert": "|", "\\lvert": "|",
    "\\rvert": "|", "\\mid": "|", "\\Vert": "\\|", "\\lVert": "\\|", "\\rVert": "\\|",
    "\\colon": ":", "\\bar": "\\overline", "\\ast": "*", "\\varnothing": "\\emptyset",
    "\\boldsymbol": "\\mathbf", "\\bm": "\\mathbf", "\\textbf": "\\mathbf", "\\textrm": "\\text",
    "\\mathrm": "\\text", "\\mbox": "\\text", "\\textit": "\\text", "\\mathit": "\\text",
    "\\emph": "\\text", "\\operatorname": "\\text", "\\dotsi": "\\dots", "\\implies": "\\Rightarrow",
    "\\iff": "\\Leftrightarrow", "\\neq": "\\neq", "\\lparen": "(", "\\rparen": ")",
    "\\langle": "\\langle", "\\leftrightarrow": "\\leftrightarrow", "\\cdotp": "\\cdot",
    "\\vartriangle": "\\triangle", "\\bigtriangleup": "\\triangle", "\\smallsetminus": "\\setminus",
    "\\Box": "\\square", "\\owns": "\\ni", "\\hat": "\\hat", "\\widehat": "\\hat",
    "\\tilde": "\\tilde", "\\widetilde": "\\tilde", "\\overrightarrow": "\\vec",
}
_FUNCTIONS = ["sin", "cos", "tan", "sec", "csc", "cot", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "log", "ln", "exp", "lim", "max", "min", "sup", "inf", "gcd", "det", "dim", "ker", "deg", "mod"]


def tokens(latex: str) -> list[str]:
    return _TOKEN.findall(latex)


def _expand(toks: list[str], macros: dict[str, tuple[int, str]]) -> list[str]:
    for _ in range(4):
        if not any(t in macros for t in toks):
            return toks
        out: list[str] = []
        i = 0
        while i < len(toks):
            t = toks[i]
            if t not in macros:
                out.append(t)
                i += 1
                continue
            nargs, body = macros[t]
            args: list[list[str]] = []
            i += 1
            for _ in range(nargs):
                arg, i = _take_arg(toks, i)
                args.append(arg)
            body_toks = tokens(body)
            for n, arg in enumerate(args, 1):
                body_toks = _replace_param(body_toks, n, arg)
            out.extend(body_toks)
        toks = out
    return toks


def _replace_param(toks: list[str], n: int, arg: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(toks):
        if toks[i] == "#" and i + 1 < len(toks) and toks[i + 1] == str(n):
            out.extend(["{", *arg, "}"])
            i += 2
        else:
            out.append(toks[i])
            i += 1
    return out


def _take_arg(toks: list[str], i: int) -> tuple[list[str], int]:
    """One argument from ``toks[i:]``: a brace group's content or a single token."""
    if i >= len(toks):
        return [], i
    if toks[i] != "{":
        return [toks[i]], i + 1
    depth = 0
    for j in range(i, len(toks)):
        if toks[j] == "{":
            depth += 1
        elif toks[j] == "}":
            depth -= 1
            if depth == 0:
                return toks[i + 1:j], j + 1
    return toks[i + 1:], len(toks)


_BRACKETED = re.compile(
    r"(?:\\left)?\s*([(\[])\s*\\begin\{(?:small)?matrix\}(.*?)\\end\{(?:small)?matrix\}\s*(?:\\right)?\s*[)\]]",
    re.DOTALL,
)


_CHOOSE = re.compile(r"\{([^{}]*)\\choose([^{}]*)\}")


def _matrix_env(m: re.Match) -> str:
    env = "pmatrix" if m.group(1) == "(" else "bmatrix"
    return f"\\begin{{{env}}}{m.group(2)}\\end{{{env}}}"


def normalise(latex: str, macros: dict[str, tuple[int, str]] | None = None) -> str:
    """The canonical token string of a formula (see the module docstring)."""
    latex = _CHOOSE.sub(r"\\binom{\1}{\2}", latex)
    if "\\choose" in latex and "{" not in latex:
        top, bottom = latex.split("\\choose", 1)
        latex = f"\\binom{{{top}}}{{{bottom}}}"
    toks = tokens(_BRACKETED.sub(_matrix_env, latex))
    if macros:
        toks = _expand(toks, macros)
    toks = _simplify(toks)
    while toks and toks[-1] in (".", ",", ";"):  # sentence punctuation closing a formula
        toks.pop()
    return " ".join(toks)


def _simplify(toks: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in _DROP_WITH_ARG:
            _, i = _take_arg(toks, i + 1)
            continue
        if t in _PAGE_BREAKS:  # ``\displaybreak[0]``: a page-break hint, nothing printed
            i += 1
            if i < len(toks) and toks[i] == "[":
                i = toks.index("]", i) + 1 if "]" in toks[i:] else len(toks)
            continue
        if t in _DROP:
            i += 1
            if t in ("\\left", "\\right") and i < len(toks) and toks[i] == ".":
                i += 1
            continue
        t = _SAME.get(t, t)
        if t == "\\text":
            arg, i = _take_arg(toks, i + 1)
            word = "".join(a for a in arg if a not in _DROP)
            if len(word) == 1 or word in ("", ","):
                out.extend(list(word))
            elif word in _FUNCTIONS:
                out.append("\\" + word)
            else:
                out.extend(["\\text", "{", word, "}"])
            continue
        if t == "\\not" and i + 1 < len(toks):
            nxt = _SAME.get(toks[i + 1], toks[i + 1])
            out.append({"=": "\\neq", "\\in": "\\notin", "\\subseteq": "\\nsubseteq"}.get(nxt, "\\not" + nxt))
            i += 2
            continue
        out.append(t)
        i += 1
    out = _primes(out)
    out = _ungroup(out)
    for _ in range(3):
        out = _unbrace(out)
    return _sub_first(out)


def _primes(toks: list[str]) -> list[str]:
    """``^{\\prime}``, ``^\\prime`` and ``^{\\prime\\prime}`` become ``'`` and ``''``."""
    out: list[str] = []
    i = 0
    while i < len(toks):
        if toks[i] == "^" and i + 1 < len(toks):
            arg, j = _take_arg(toks, i + 1)
            if arg and all(a in ("\\prime", "'") for a in arg):
                out.extend(["'"] * len(arg))
                i = j
                continue
        out.append("'" if toks[i] == "\\prime" else toks[i])
        i += 1
    return out


_TAKES_ARGUMENT = {
    "\\frac", "\\sqrt", "\\binom", "\\text", "\\mathbf", "\\mathbb", "\\mathcal", "\\mathfrak",
    "\\mathsf", "\\mathtt", "\\overline", "\\underline", "\\hat", "\\tilde", "\\vec", "\\dot",
    "\\ddot", "\\begin", "\\end", "\\overbrace", "\\underbrace", "\\cancel", "\\pmod",
    "\\stackrel", "\\overset", "\\underset", "\\hyperlink", "\\hyperref", "\\wideparen",
}


_ARITY = {"\\frac": 2, "\\binom": 2, "\\stackrel": 2, "\\overset": 2, "\\underset": 2,
          "\\hyperref": 2, "\\hyperlink": 2, "\\begin": 2}


def _ungroup(toks: list[str]) -> list[str]:
    """Drop braces that only group (not an argument of a command or script)."""
    drop: set[int] = set()
    stack: list[tuple[int, str, int]] = []  # open index, owning command, argument number
    last_closed: tuple[str, int] = ("", 0)
    for i, t in enumerate(toks):
        if t == "{":
            prev = toks[i - 1] if i else ""
            if prev in ("^", "_") or prev in _TAKES_ARGUMENT:
                stack.append((i, prev, 0))
            elif prev == "}" and last_closed[1] + 1 < _ARITY.get(last_closed[0], 1):
                stack.append((i, last_closed[0], last_closed[1] + 1))
            else:
                stack.append((i, "", 0))
        elif t == "}" and stack:
            j, owner, index = stack.pop()
            last_closed = (owner, index)
            if not owner and (i + 1 >= len(toks) or toks[i + 1] != "{"):
                drop.update((i, j))
    return [t for i, t in enumerate(toks) if i not in drop]


def _unbrace(toks: list[str]) -> list[str]:
    """Drop braces around a single token, and empty groups."""
    out: list[str] = []
    i = 0
    while i < len(toks):
        if toks[i] == "{" and i + 2 < len(toks) and toks[i + 2] == "}" and toks[i + 1] not in "{}":
            prev = out[-1] if out else ""
            if prev != "\\text":
                out.append(toks[i + 1])
                i += 3
                continue
        if toks[i] == "{" and i + 1 < len(toks) and toks[i + 1] == "}":
            i += 2
            continue
        out.append(toks[i])
        i += 1
    return out


def _sub_first(toks: list[str]) -> list[str]:
    """Write ``x^a_b`` as ``x_b^a`` so that both orders compare equal."""
    i = 0
    toks = list(toks)
    while i < len(toks):
        if toks[i] == "^":
            _, j = _take_arg(toks, i + 1)
            if j < len(toks) and toks[j] == "_":
                _, k = _take_arg(toks, j + 1)
                sup_t = toks[i:j]
                sub_t = toks[j:k]
                toks[i:k] = sub_t + sup_t
                i += len(sub_t)
                continue
        i += 1
    return toks


_ROW_ENVS = re.compile(r"\\(begin|end)\{(split|aligned|gathered|alignedat)\}(\{\d+\})?")


def display_rows(latex: str) -> list[str]:
    """A display split into its rows (``\\\\``); environments and groups inside rows stay whole.

    ``split``, ``aligned``, ``gathered`` and ``alignedat`` only arrange a display in
    rows, as ``align`` does: they are unwrapped, and their rows are scored one by one.
    """
    rows: list[str] = []
    depth = 0
    current = ""
    latex = _ROW_ENVS.sub(" ", latex)
    for tok in re.split(r"(\\\\(?:\[[^\]]*\])?|\\begin\{[^}]*\}|\\end\{[^}]*\})", latex):
        if tok.startswith("\\begin"):
            depth += 1
        elif tok.startswith("\\end"):
            depth -= 1
        elif not tok.startswith("\\\\"):  # a row break inside braces (\substack) is no row
            depth += _open_braces(tok)
        if tok.startswith("\\\\") and depth == 0:
            rows.append(current)
            current = ""
        else:
            current += tok
    rows.append(current)
    return [r for r in rows if r.strip()]


def _open_braces(text: str) -> int:
    """Braces opened minus braces closed in ``text`` (``\\{`` and ``\\}`` are no braces)."""
    text = text.replace("\\{", "").replace("\\}", "")
    return text.count("{") - text.count("}")
