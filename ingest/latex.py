"""Read a LaTeX book from its source: a main ``.tex`` file and the files it ``\\input``s.

The text is parsed by pylatexenc's :class:`LatexWalker` (strict mode, so a broken
file is reported with its line instead of silently misread); the tree is then
walked once, in reading order, and handed to :class:`ingest.source.DocumentBuilder`.

What LaTeX itself would compute is computed here too: section numbers (with
``\\appendix`` letters, starred headings unnumbered, ``\\setcounter``), and the
numbers of theorem-like environments as declared by ``\\newtheorem`` (shared
counters and ``[within]`` resets). The book's own declarations decide what an
environment is: ``\\newtheorem{exmp}{Example}`` makes ``exmp`` an example.
Environments used without a declaration we can see (their style file is not in
the source) are recognised by name and numbered within sections.

Math is kept exactly as written: inline math becomes ``$...$`` in the text,
display math (``\\[...\\]``, ``$$...$$``, ``equation``, ``align``, ...) becomes
a ``display_math`` block holding the body between the delimiters.

The LaTeX PreTeXt generates for a book's PDF (its banner says so) is read as that PDF prints
it: its division environments number as ``\\chapter`` or ``\\section*`` would, its tcolorboxes
by the counters they declare (one block counter within sections), FCLA's acronyms as numbers;
the solutions it sets at the back of the book are moved after the exercise their label names
(hints told apart by their division's title), and what PreTeXt adds to the source's words and
math (punctuation moved into the math, WeBWorK's typesetting, answer blanks) is undone, so the
book reads as :mod:`ingest.pretext` reads its source. A missing ``\\input`` (PreTeXt inputs
title pages it does not ship) is a warning, not an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from pylatexenc.latex2text import LatexNodes2Text
from pylatexenc.latexwalker import (
    LatexCharsNode,
    LatexCommentNode,
    LatexEnvironmentNode,
    LatexGroupNode,
    LatexMacroNode,
    LatexMathNode,
    LatexNode,
    LatexSpecialsNode,
    LatexWalker,
    LatexWalkerParseError,
    get_default_latex_context_db,
)
from pylatexenc.macrospec import EnvironmentSpec, MacroSpec

from ingest.document import Document
from ingest.pretext import prose
from ingest.source import DocumentBuilder, normalize_space, roman
from ingest.sympycheck import SYMPY_CHECKS
from ingest.texmacros import READ_AS_WRITTEN, SIZING, Macro, braced, expand_macros, read_macros
from syllabus.errors import UserError
from syllabus.progress import Advance

SECTION_LEVELS = {"part": 0, "chapter": 1, "section": 2, "subsection": 3, "subsubsection": 4}
BOOK_CLASSES = ("book", "report", "scrbook", "scrreprt", "memoir", "amsbook")

MATH_ENVS = {
    name + star
    for name in (
        "equation", "align", "gather", "multline", "flalign", "alignat", "eqnarray",
        "displaymath", "math", "dmath", "dgroup",
    )
    for star in ("", "*")
}
NUMBERED_MATH = {"equation", "align", "gather", "multline", "flalign", "alignat", "eqnarray"}
LIST_ENVS = {
    "enumerate", "itemize", "description", "tasks", "compactenum", "compactitem",
    "asparaenum", "inparaenum", "enumerate*", "itemize*", "list",
}
ENUMERATIONS = {"enumerate", "compactenum", "asparaenum", "inparaenum", "enumerate*"}
# Environments whose content is not prose (pictures, code): dropped or kept verbatim.
PICTURE_ENVS = {"tikzpicture", "pspicture", "picture", "tikzcd", "circuitikz", "axis"}
CODE_ENVS = {"verbatim", "lstlisting", "minted", "Verbatim", "sageinput", "sageoutput", "program"}
TABLE_ENVS = {"tabular", "tabular*", "tabularx", "longtable", "array"}

# Theorem-like kinds recognised by name when no declaration is visible, with printed names.
KINDS = {
    "theorem": "Theorem", "lemma": "Lemma", "corollary": "Corollary",
    "proposition": "Proposition", "definition": "Definition", "remark": "Remark",
    "example": "Example", "exercise": "Exercise", "problem": "Problem",
    "solution": "Solution", "proof": "Proof", "hint": "Hint", "answer": "Answer",
    "claim": "Claim", "conjecture": "Conjecture", "fact": "Fact", "note": "Note",
    "notation": "Notation", "axiom": "Axiom", "question": "Question",
    "activity": "Activity", "observation": "Observation", "investigation": "Investigation",
    "principle": "Principle",
}
UNNUMBERED_KINDS = {"proof", "solution", "hint", "answer"}
# Kinds whose nested proof is part of their own text (PreTeXt's ``solutionproof``: an example's
# solution written as a proof), not a proof item of its own.
HOLDS_PROOFS = {"exercise", "example", "problem", "question", "activity", "investigation",
                "solution", "hint", "answer"}
ANSWERS = {"solution", "hint", "answer"}
HINTS = re.compile(r"\bhints?\b", re.IGNORECASE)  # "Selected Hints"
SOLUTIONS = re.compile(r"\b(answers?|solutions?)\b", re.IGNORECASE)  # "Hints and Answers"
FILL_IN = "____"  # an answer blank, as ingest.pretext prints a <fillin>
# A bold lead opening an item's solution in PreTeXt's LaTeX ("Solution.", "Hint 2.").
ANSWER_LEAD = re.compile(r"(Solution|Hint|Answer)(?: \d+)?")
# What the kinds a solution answers are (its label names the one it answers).
ANSWERED = {"exercise", "problem", "example", "activity", "investigation", "question"}
# Common abbreviations for environment names (\newtheorem{thm}{...} is the usual case, but
# a book whose .sty is missing leaves only the name).
ABBREVIATIONS = {
    "thm": "theorem", "lem": "lemma", "cor": "corollary", "prop": "proposition",
    "defn": "definition", "dfn": "definition", "defi": "definition", "rem": "remark",
    "exmp": "example", "ex": "example", "eg": "example", "exer": "exercise",
    "prob": "problem", "sol": "solution", "conj": "conjecture",
    # PreTeXt's generated LaTeX: an exercise inside an <exercisegroup>.
    "divisionexerciseeg": "exercise",
}
# The banner opening the LaTeX PreTeXt generates.
PRETEXT_MARK = "Generated from PreTeXt source"
# What PreTeXt's LaTeX adds to the source's math: the punctuation after it, and a display style.
ABSORBED = re.compile(r"\\text\{([.,;:!?]+)\}\s*$")
DISPLAYSTYLE = re.compile(r"^\\displaystyle(?![A-Za-z])\s*")
# A macro redefined inside the math (for a picture's labels): it prints nothing.
REDEFINED = re.compile(r"\\renewcommand\{\\[A-Za-z]+\}\{(?:[^{}]|\{[^{}]*\})*\}")
SPACING = re.compile(r"\\math(?:open|close)\{\}")  # WeBWorK's: no mark on the page
WRAPPED_SET = re.compile(r"\{(\\left\\\{(?:(?!\\right\\\}).)*\\right\\\})\}")
INTERTEXT = re.compile(r"\\intertext\s*\{")
# A table of contents entry whose number is set in the number's box.
TOC_NUMBER = re.compile(r"\\makebox\s*\[[^\]]*\]\s*\[l\]\s*\{([^{}]+)\}")
# A box title that names the box and its number: "Example TMP: Trail Mix Packaging.".
NAMED_TITLE = re.compile(r"(\w+) ([A-Z][\w.]*)(?::\s*(.*?)\.?|\.?)$")
# Where PreTeXt's generated LaTeX defines the book's own notation (its ``<docinfo><macros>``).
AUTHOR_MACROS = re.compile(r"%% Begin: Author-provided macros\n(.*?)%% End: Author-provided macros",
                           re.DOTALL)
# Macros whose one argument is the solution of the exercise just before (diffyqs' \exsol).
SOLUTION_MACROS = {"exsol", "exsolution", "sol", "answer", "ans"}
# Macros dropped together with their arguments (no prose inside).
DROP_MACROS = {
    "label", "index", "vspace", "hspace", "includegraphics", "bibliography", "nomenclature",
    "bibliographystyle", "pagestyle", "thispagestyle", "setlength", "addtolength", "newpage",
    "clearpage", "cleardoublepage", "pagebreak", "linebreak", "noindent", "centering",
    "phantomsection", "addcontentsline", "markboth", "markright", "hypertarget", "tableofcontents",
    "maketitle", "author", "date", "usepackage", "documentclass", "definecolor", "color",
    "hyperref", "url", "href", "footnote", "marginpar", "smallskip", "medskip", "bigskip",
    "vfill", "hfill", "protect", "displaystyle", "typeout",
}
# Macros whose arguments but the last are layout, not prose ("\multicolumn{1}{lA}{Friend}",
# "\resizebox{\linewidth}{!}{...}": PreTeXt's tables in Discrete 2.5.6.7), with their specs.
LAYOUT_ARGS = {"multicolumn": "{{{", "multirow": "{{{", "resizebox": "*{{{", "scalebox": "{[{",
               "rotatebox": "[{{"}
# "\NewDocumentEnvironment{image}{mmmm}": the environment's name and its xparse spec.
DECLARED_ENV = re.compile(r"\s*\{([^{}]+)\}\s*\{((?:[^{}]|\{[^{}]*\})*)\}")
# Text-mode symbols pylatexenc prints as nothing: "the set \textbraceleft{}1,2\textbraceright{}"
# (PreTeXt's LaTeX for a set in the words, Discrete 3.9.7(c)) is the set {1,2}.
TEXT_SYMBOLS = {"textbraceleft": "{", "textbraceright": "}", "textless": "<", "textgreater": ">",
                "textbar": "|", "textunderscore": "_"}
TEXT_MACROS = {
    "emph", "textbf", "textit", "textsf", "texttt", "textrm", "textsc", "textsl", "text",
    "mbox", "underline", "textup", "textnormal", "uline",
}
# Declarations pylatexenc does not know, with their argument specs.
EXTRA_MACROS = {
    "newtheorem": "*{[{[", "newshadetheorem": "*{[{[", "newmdtheoremenv": "[{[{[",
    "declaretheorem": "[{", "theoremstyle": "{", "newtcolorbox": "[{[[{",
    "NewDocumentEnvironment": "{{{{", "RenewDocumentEnvironment": "{{{{",
    "NewTColorBox": "[{{{", "newtcbtheorem": "[{{{{",
    "caption": "[{", "subfile": "{", "appendix": "", "addchap": "*[{", "addsec": "*[{",
    "exsol": "{", "setcounter": "{{", "addtocounter": "{{", "numberwithin": "{{",
    "title": "[{", "documentclass": "[{", "cref": "*{", "Cref": "*{", "autoref": "*{",
    "suspend": "{", "resume": "{[", "pageref": "{", "tabularnewline": "[", "fillintext": "{",
}
EXTRA_ENVIRONMENTS = {"multicols": "{", "multicols*": "{", "wrapfigure": "[{[{",
                      # lists pylatexenc does not know take enumitem's or paralist's options,
                      # "\begin{itemize*}[label=$\square$,itemjoin=...]" (Discrete 4.7.3(a))
                      **{name: "[" for name in ("itemize*", "enumerate*", "description*",
                                                "compactenum", "compactitem", "asparaenum",
                                                "inparaenum")}}


@dataclass
class TheoremKind:
    """A theorem-like environment as declared: its kind, printed name and counter."""

    kind: str
    name: str
    counter: str | None  # None: unnumbered
    within: str | None = None  # resets with this counter ("chapter", "section")


@dataclass
class SectionEnv:
    """An environment whose begin code opens a heading (PreTeXt's generated ``chapterptx``)."""

    level_name: str
    title_arg: int  # index of the argument holding the title
    starred: bool = True  # its heading is unnumbered (``\section*``: PreTeXt's "-numberless")


@dataclass
class EnvContext:
    """The theorem-like environment the walker is inside."""

    kind: str
    group: int
    number: str | None
    title: str | None
    label: str | None = None
    blocks: list = field(default_factory=list)
    # an answer set inline in its item: the depth of the list it opened in (it ends with the item)
    depth: int | None = None


def read_latex(
    path: str | Path, progress: Advance | None = None, sympy_checks: int = SYMPY_CHECKS
) -> Document:
    """Read a LaTeX book (main file plus its inputs) into a :class:`Document`."""
    return LatexReader(Path(path), progress, sympy_checks).read()


class LatexReader:
    """One pass over a LaTeX book; holds counters and the stack of open environments."""

    def __init__(self, main: Path, progress: Advance | None, sympy_checks: int) -> None:
        self.main = main
        self.root = main.parent
        self.progress = progress
        self.builder = DocumentBuilder(main, "latex", sympy_checks)
        self.macro_specs: dict[str, str] = {}
        self.env_specs: dict[str, str] = {}
        self.db = None
        # Theorem-like names take an optional title even when their declaration is out of sight.
        names = [*KINDS, *ABBREVIATIONS]
        theorems = {n + star: "[" for n in names for star in ("", "*")}
        self._add_specs({**EXTRA_MACROS, **LAYOUT_ARGS}, {**theorems, **EXTRA_ENVIRONMENTS})
        self.l2t = LatexNodes2Text(math_mode="verbatim", strict_latex_spaces=True)
        self.theorems: dict[str, TheoremKind] = {}
        self.section_envs: dict[str, SectionEnv] = {}
        self.box_within: dict[str, str | None] = {}  # a tcolorbox's own counter -> numbered within
        self.box_counters: dict[str, tuple[str | None, str | None]] = {}  # tcolorbox -> its counter
        self.env_macros: dict[str, tuple[str, int | None, int]] = {}  # macro -> env, label, body
        self.counters: dict[str, int] = {}
        self.has_chapters = True
        self.appendix = False
        self.title = ""
        self.labels: dict[str, str] = {}  # \label key -> number printed by \ref
        self.envs: list[EnvContext] = []
        self.lists: list[list] = []  # open lists: [env name, item count, enumitem label]
        self.exercise_region = False  # inside a "\startexercises"-style list of exercises
        self.region_items = 0
        self.last_exercise: EnvContext | None = None
        self.answerable: dict[str, EnvContext] = {}  # label -> exercise or example read
        self.answers: dict[int, list] = {}  # id of an item's last block -> its solutions' blocks
        self.buffer: list[str] = []
        self.lead: str | None = None  # bold run opening the paragraph being gathered
        self.caption_number: str | None = None  # number of the caption being read
        self.rendering = 0  # > 0 while an argument is rendered to a string (no blocks then)
        self.item: tuple[str, EnvContext | None] | None = None  # lead of the open list item
        self.files: list[Path] = []
        self.pretext = False  # the LaTeX PreTeXt generated: its words read as ingest.pretext's do
        self.macros: dict[str, Macro] = {}  # the book's own notation, expanded in its math
        self.warnings: list[str] = []  # missing inputs, read on without
        self.missing: set[Path] = set()  # ... and their files
        self.total_files = 0  # \\input's seen in the main file, for progress

    # ----------------------------------------------------------------- parsing
    def _add_specs(self, macros: dict[str, str], environments: dict[str, str]) -> None:
        """Argument specs for the book's own macros and environments (used from the next parse)."""
        self.macro_specs.update(macros)
        self.env_specs.update(environments)
        self.db = None

    def context(self):
        """pylatexenc's default context plus one category with the book's specs.

        One category, rebuilt when specs change: pylatexenc scans every category for
        each token, so a category per declaration would make parsing many times slower.
        """
        if self.db is None:
            self.db = get_default_latex_context_db()
            self.db.add_context_category(
                "syllabus-book",
                macros=[MacroSpec(name, spec) for name, spec in self.macro_specs.items()],
                environments=[EnvironmentSpec(n, spec) for n, spec in self.env_specs.items()],
                prepend=True,
            )
        return self.db

    def parse(self, file: Path, text: str | None = None, strict: bool = True) -> list[LatexNode]:
        """Parse one file strictly; a syntax error becomes a UserError naming file and line."""
        if text is None:
            text = read_text(file)
        walker = LatexWalker(text, latex_context=self.context(), tolerant_parsing=not strict)
        try:
            nodes, _, _ = walker.get_latex_nodes()
        except LatexWalkerParseError as exc:
            raise UserError(f"{file.name}:{describe_parse_error(exc)}; fix the LaTeX") from None
        return nodes

    def read(self) -> Document:
        text = read_text(self.main)
        if not text.strip():
            raise UserError(f"{self.main}: the file is empty; pass the book's main .tex file")
        self.pretext = PRETEXT_MARK in text[:1000]
        if self.pretext:  # its cross-references: \hyperref[key]{Example~TMP}
            self._add_specs({"hyperref": "[{"}, {})
        match = re.search(r"^[^%\n]*?\\begin\s*\{document\}", text, re.MULTILINE)
        if match:
            # The preamble first: its declarations tell the parser which arguments
            # the book's own environments and macros take.
            # Definitions may legitimately hold half an environment (\begin{x} in the begin
            # code, \end{x} in the end code), so the preamble is parsed tolerantly; the
            # body strictly, padded so that its line numbers stay those of the file.
            preamble = text[: match.start()]
            # PreTeXt's LaTeX: its math reads as the PreTeXt source's does (ingest.pretext)
            author = AUTHOR_MACROS.search(preamble)
            self.macros = read_macros(author.group(1), keep=READ_AS_WRITTEN) if author else {}
            self.declare_all(self.parse(self.main, preamble, strict=False))
            text = "\n" * preamble.count("\n") + text[match.start() :]
        nodes = self.parse(self.main, text)
        self.total_files = sum(
            isinstance(n, LatexMacroNode) and n.macroname in ("input", "include", "subfile")
            for n in walk_nodes(nodes)
        )
        document = find_document(nodes)
        if document is None:
            self.walk(nodes, self.main)
        else:
            self.walk(document.nodelist, self.main)
        self.flush()
        self.place_answers()
        self.builder.blocks = [resolve_refs(b, self.labels) for b in self.builder.blocks]
        return self.builder.build(self.title, self.warnings, files=len(self.files) + 1)

    # ------------------------------------------------------------ declarations
    def declare_all(self, nodes: list[LatexNode]) -> None:
        for node in nodes:
            if isinstance(node, LatexMacroNode):
                self.declare(node)
            elif isinstance(node, (LatexGroupNode, LatexEnvironmentNode)):
                self.declare_all(node.nodelist)

    def declare(self, node: LatexMacroNode) -> bool:
        """Record a declaration (\\newtheorem, \\newenvironment, ...); True when it was one."""
        name = node.macroname
        args = node_args(node) + [None] * 6  # absent arguments read as None
        if name == "documentclass":
            cls = self.arg_text(args[1])
            self.has_chapters = cls in BOOK_CLASSES
        elif name in ("newtheorem", "newshadetheorem"):
            _, env, shared, printed, within = args[:5]
            self.add_theorem(self.arg_text(env), self.arg_text(printed),
                             self.arg_text(shared) or None, self.arg_text(within) or None,
                             numbered=not self.is_starred(node))
        elif name in ("newenvironment", "renewenvironment"):
            env = self.arg_text(args[1])
            count = int(self.arg_text(args[2]) or 0)
            optional = args[3] is not None
            spec = ("[" if optional else "") + "{" * (count - optional)
            self._add_specs({}, {env: spec})
            self.register_kind(env, begin=args[4])
        elif name in ("NewDocumentEnvironment", "RenewDocumentEnvironment") and \
                node.nodeargd is None:
            # its code opens an environment it does not close (PreTeXt's image and sidebyside
            # open a tcolorbox): pylatexenc reads no arguments, but the name and spec lead them
            found = DECLARED_ENV.match(node.parsing_state.s, node.pos + len(name) + 1)
            if found:
                self._add_specs({}, {found.group(1): xparse_spec(found.group(2))})
                self.register_kind(found.group(1), begin=None)
        elif name in ("NewDocumentEnvironment", "RenewDocumentEnvironment"):
            env = self.arg_text(args[0])
            self._add_specs({}, {env: xparse_spec(self.arg_text(args[1]))})
            self.register_kind(env, begin=args[2])
        elif name in ("newtcolorbox", "NewTColorBox"):
            env = self.arg_text(args[1])
            if name == "NewTColorBox":
                spec = xparse_spec(self.arg_text(args[2]))
            else:
                count = int(self.arg_text(args[2]) or 0)
                optional = args[3] is not None
                spec = ("[" if optional else "") + "{" * (count - optional)
            self._add_specs({}, {env: spec})
            self.register_kind(env, begin=None, counted=self.box_counter(env, args[0]))
        elif name in ("newcommand", "renewcommand", "providecommand", "DeclareRobustCommand"):
            macro = self.arg_text(args[1]).lstrip("\\")
            count = int(self.arg_text(args[2]) or 0)
            spec = ("[" if args[3] is not None else "") + "{" * (count - (args[3] is not None))
            if macro and macro not in SECTION_LEVELS:
                self._add_specs({macro: spec}, {})
                self.register_env_macro(macro, args[4])
        elif name == "setcounter" or name == "addtocounter":
            counter = self.counter_of(self.arg_text(args[0]))
            try:
                value = int(self.arg_text(args[1]))
            except ValueError:
                return True
            base = 0 if name == "setcounter" else self.counters.get(counter, 0)
            self.counters[counter] = base + value
        elif name == "title":
            if not self.title:
                self.title = normalize_space(self.render(args[1]))
        else:
            return False
        return True

    def add_theorem(self, env: str, printed: str, shared: str | None, within: str | None,
                    numbered: bool = True) -> None:
        kind = canonical_kind(printed.split()[0].lower() if printed else env) or canonical_kind(env)
        kind = kind or env
        if not numbered or kind in UNNUMBERED_KINDS:
            counter = None
        else:
            counter = self.theorems[shared].counter if shared in self.theorems else (shared or env)
        if shared in self.theorems:
            within = self.theorems[shared].within
        self.theorems[env] = TheoremKind(kind, printed, counter, within)
        self._add_specs({}, {env: "["})

    def box_counter(self, env: str, options: LatexNode | None) -> tuple[str | None, str | None]:
        """The counter a tcolorbox is numbered by, and what it is numbered within: its own
        (``auto counter, number within=section``) or another box's (``use counter from=block``,
        PreTeXt's one counter for all its numbered blocks); (None, None) for an unnumbered box."""
        text = self.arg_text(options)
        shared = re.search(r"use counter from\s*=\s*([\w@-]+)", text)
        counted: tuple[str | None, str | None] = (None, None)
        if shared:
            counted = shared.group(1), self.box_within.get(shared.group(1))
        elif re.search(r"\bauto counter\b", text):
            within = re.search(r"number within\s*=\s*(\w+)", text)
            self.box_within[env] = within.group(1) if within else None
            counted = env, self.box_within[env]
        self.box_counters[env] = counted
        return counted

    def register_kind(self, env: str, begin: LatexNode | None,
                      counted: tuple[str | None, str | None] | None = None) -> None:
        """An environment defined in the book: sectioning if its code opens a heading.

        ``counted`` is the (counter, within) a tcolorbox declares; otherwise an environment
        named like a theorem-like kind counts on its own."""
        for node in walk_nodes([begin] if begin is not None else []):
            if isinstance(node, LatexMacroNode) and node.macroname in SECTION_LEVELS:
                title = (node_args(node) or [None])[-1]
                found = re.search(r"#(\d)", title.latex_verbatim()) if title else None
                if found:
                    self.section_envs[env] = SectionEnv(node.macroname, int(found.group(1)) - 1,
                                                        self.is_starred(node))
                    return
        kind = canonical_kind(env)
        if kind and env not in self.theorems:
            counter, within = counted or (env, None)
            self.theorems[env] = TheoremKind(
                kind, KINDS[kind], None if kind in UNNUMBERED_KINDS else counter, within
            )

    def register_env_macro(self, macro: str, body: LatexNode | None) -> None:
        """A macro wrapping a theorem-like environment, like ``\\statethm{label}{text}``.

        Its body's ``\\begin{thm}...\\end{thm}`` names the environment; ``\\label{#k}``
        says which argument is the label, and the argument used inside is the content.
        """
        code = body.latex_verbatim() if body is not None else ""
        begin = re.search(r"\\begin\s*\{([^}]+)\}(.*?)\\end\s*\{\1\}", code, re.DOTALL)
        if not begin or self.theorem(begin.group(1)) is None:
            return
        label = re.search(r"\\label\s*\{#(\d)\}", begin.group(2))
        used = [int(k) for k in re.findall(r"#(\d)", begin.group(2))]
        content = [k for k in used if not label or k != int(label.group(1))]
        if content:
            self.env_macros[macro] = (begin.group(1), int(label.group(1)) if label else None,
                                      content[0])

    def theorem(self, env: str) -> TheoremKind | None:
        if env in self.theorems:
            return self.theorems[env]
        kind = canonical_kind(env)
        if kind is None:
            return None
        self.theorems[env] = TheoremKind(
            kind, KINDS[kind], None if kind in UNNUMBERED_KINDS else env, "section"
        )
        return self.theorems[env]

    def counter_of(self, env: str) -> str:
        known = self.theorems.get(env)
        return known.counter if known and known.counter else env

    # --------------------------------------------------------------- numbering
    def step(self, counter: str) -> int:
        self.counters[counter] = self.counters.get(counter, 0) + 1
        for kind in self.theorems.values():
            if kind.within == counter and kind.counter:
                self.counters[kind.counter] = 0
        levels = list(SECTION_LEVELS)
        if counter in levels:
            for deeper in levels[levels.index(counter) + 1 :]:
                self.counters[deeper] = 0
            if counter == ("chapter" if self.has_chapters else "section"):
                self.counters["equation"] = self.counters["figure"] = 0
        return self.counters[counter]

    def format_counter(self, name: str) -> str:
        value = self.counters.get(name, 0)
        if name == "part":
            return roman(value)
        top = "chapter" if self.has_chapters else "section"
        if name == top and self.appendix:
            return chr(ord("A") + value - 1) if 0 < value <= 26 else str(value)
        return str(value)

    def section_number(self, level_name: str) -> str:
        """The number LaTeX prints for a heading: chapter.section.subsection ..."""
        if level_name == "part":
            return self.format_counter("part")
        levels = ["chapter", "section", "subsection", "subsubsection"]
        start = 0 if self.has_chapters else 1
        parts = levels[start : levels.index(level_name) + 1]
        return ".".join(self.format_counter(p) for p in parts)

    def chapter_number(self, counter: str) -> str:
        """Step a counter numbered within chapters (equations, figures): "2.7"."""
        value = self.step(counter)
        return f"{self.format_counter('chapter')}.{value}" if self.has_chapters else str(value)

    def theorem_number(self, kind: TheoremKind) -> str | None:
        if kind.counter is None:
            return None
        value = self.step(kind.counter)
        if kind.within in SECTION_LEVELS:
            return f"{self.section_number(kind.within)}.{value}"
        return str(value)

    # ----------------------------------------------------------------- walking
    def walk(self, nodes: list[LatexNode], file: Path) -> None:
        dropping = False  # after a dropped macro whose arguments the parser could not know
        referring = False  # after the book's own reference macro (\figurevref{key})
        for node in nodes:
            if dropping and isinstance(node, LatexGroupNode):
                continue
            key = verbatim(node.nodelist).strip() if isinstance(node, LatexGroupNode) else ""
            if referring and re.fullmatch(r"[\w:.\-]+", key):
                self.buffer.append(f"\x00{key}\x00")
                referring = False
                continue
            referring = (isinstance(node, LatexMacroNode) and node.macroname.endswith("ref")
                         and not node_args(node))
            dropping = isinstance(node, LatexMacroNode) and is_dropped(node) and not node_args(node)
            self.visit(node, file)

    def visit(self, node: LatexNode, file: Path) -> None:
        if isinstance(node, LatexCharsNode):
            self.chars(node.chars)
        elif isinstance(node, LatexCommentNode):
            return
        elif isinstance(node, LatexMathNode):
            self.math(node)
        elif isinstance(node, LatexGroupNode):
            self.walk(node.nodelist, file)
        elif isinstance(node, LatexEnvironmentNode):
            self.environment(node, file)
        elif isinstance(node, LatexMacroNode):
            self.macro(node, file)
        elif isinstance(node, LatexSpecialsNode):
            self.buffer.append(self.l2t.node_to_text(node))

    def chars(self, text: str) -> None:
        pieces = re.split(r"\n[ \t]*\n\s*", text)
        for i, piece in enumerate(pieces):
            if i and not self.rendering:
                self.flush()
            # a literal dollar never opens math; PreTeXt's words get its reader's reading (a
            # bare number as the math the PDF typesets it as)
            self.buffer.append(prose(piece) if self.pretext else piece.replace("$", r"\$"))

    def math(self, node: LatexMathNode) -> None:
        body = verbatim(node.nodelist)
        if node.displaytype == "inline":
            latex, after = self.as_source(expand_macros(body.strip(), self.macros))
            self.buffer.append(f"${latex}${after}")
        else:
            self.display(body)

    def display(self, body: str) -> None:
        self.flush()
        if self.pretext and self.item and re.fullmatch(r"\([a-z]\)", self.item[0]):
            # a part that opens with a display ("(a) \begin{align*}V = ..."): its label first, as
            # printed and as ingest.pretext gives it, so that the part is there
            self.buffer.append(self.item[0])
            self.flush()
        words = INTERTEXT.search(body) if self.pretext else None
        between = braced(body, words.end() - 1) if words else None
        if words and between:  # PreTeXt's <intertext>: words set between the display's rows
            self.display(body[: words.start()])
            self.walk(self.parse(self.main, between[0], strict=False), self.main)
            self.display(body[between[1] :])
            return
        latex, after = self.as_source(expand_macros(body.strip(), self.macros))
        self.emit("display_math", latex)
        self.buffer.append(after)

    def as_source(self, latex: str) -> tuple[str, str]:
        """PreTeXt's LaTeX as its source writes it: the sentence's punctuation after a formula,
        which PreTeXt moves into the math (``x = 1\\text{.}``), back after it, no
        ``\\displaystyle`` it adds to the math of a list item, and WeBWorK's typesetting of a
        value as printed: no ``\\mathopen{}`` spacing, a set not wrapped in a group
        (``{\\left\\{1,2\\right\\}}``, printed {1, 2}); its delimiters are not sized (the PDF's
        text shows the bare delimiter, as for a macro's body in ingest.texmacros) and a macro
        it redefines for a picture is no math. The math and the punctuation after it; other
        LaTeX is left as written."""
        if not self.pretext:
            return latex, ""
        latex = WRAPPED_SET.sub(r"\1", SPACING.sub("", DISPLAYSTYLE.sub("", latex)))
        latex = SIZING.sub("", REDEFINED.sub("", latex))
        found = ABSORBED.search(latex)
        return (latex[: found.start()].rstrip(), found.group(1)) if found else (latex, "")

    def macro(self, node: LatexMacroNode, file: Path) -> None:
        name = node.macroname
        args = node_args(node)
        if name in SECTION_LEVELS or name in ("addchap", "addsec"):
            level = {"addchap": "chapter", "addsec": "section"}.get(name, name)
            starred = self.is_starred(node) or name in ("addchap", "addsec")
            title = normalize_space(self.render(args[-1]))
            short = normalize_space(self.render(args[-2])) if len(args) > 1 else ""
            if title and title in short:
                title = short  # \addchap[Appendix A: Answers...]{Appendix A}: the fuller one
            self.section(level, title, starred)
        elif name == "appendix":
            self.appendix = True
            self.counters["chapter" if self.has_chapters else "section"] = 0
        elif name in ("input", "include", "subfile"):
            self.include(node, file)
        elif name == "label":
            self.label(self.arg_text(args[0]))
        elif name in ("item", "task"):
            self.list_item(self.render(args[0]) if args and args[0] is not None else None)
        elif name == "caption":
            self.flush()
            self.caption_number = self.chapter_number("figure")  # for a \label inside
            self.emit("caption", normalize_space(self.render(args[-1])))
            self.caption_number = None
        elif name == "par":
            self.flush()
        elif name == "pageref":
            return  # source has no pages
        elif name in ("ref", "eqref", "autoref", "cref", "Cref") and args:
            key = self.arg_text(args[-1])
            ref = f"\x00{key}\x00"
            self.buffer.append(f"({ref})" if name == "eqref" else ref)
        elif name in self.env_macros and len(args) >= self.env_macros[name][2]:
            env, label, body = self.env_macros[name]
            key = self.arg_text(args[label - 1]) if label else None
            content = args[body - 1]
            nodes = content.nodelist if isinstance(content, LatexGroupNode) else [content]
            self.theorem_body(self.theorem(env), nodes, file, label=key)
        elif name in ("suspend", "resume"):
            self.flush()  # text between \suspend and \resume is not part of an item
            self.item = None
        elif name in SOLUTION_MACROS and args and args[-1] is not None:
            self.solution(args[-1], file)
        elif self.declare(node):
            return
        elif "exercises" in name.lower():
            self.flush()
            self.exercise_region, self.region_items = True, 0
        elif name in TEXT_MACROS:
            opening = not "".join(self.buffer).strip()
            start = len(self.buffer)
            self.walk([a for a in args if a is not None], file)
            if opening and name == "textbf":  # a bold run opening a paragraph: "1.", "Proof."
                self.lead = normalize_space("".join(self.buffer[start:])) or None
                answer = ANSWER_LEAD.fullmatch(self.lead or "")
                if answer and self.pretext and self.envs and self.envs[-1].kind in ANSWERED:
                    del self.buffer[start:]
                    self.open_answer(answer.group(1).lower())
        elif name == "hyperref" and self.pretext and args and args[-1] is not None:
            self.walk([args[-1]], file)  # a cross-reference's words, as printed
        elif is_dropped(node):
            return
        elif name == "$":
            self.buffer.append(r"\$")  # a literal dollar never opens math in the text
        elif name in ("\\", "newline", "tabularnewline"):
            self.buffer.append(" ")
        elif name == "slash":
            self.buffer.append("/")  # "yes\slash{}no": pylatexenc prints nothing for it
        elif name in TEXT_SYMBOLS:
            self.buffer.append(TEXT_SYMBOLS[name])
        elif name == "fillintext":
            self.buffer.append(FILL_IN)  # PreTeXt's answer blank, its width the argument
        elif name in LAYOUT_ARGS:  # a table cell's span, a box's size: only its content is prose
            if args and args[-1] is not None:
                self.walk([args[-1]], file)
        elif args and any(a is not None for a in args):
            # A macro with arguments (often the book's own): keep the prose inside them.
            for arg in args:
                if isinstance(arg, LatexGroupNode):
                    self.walk(arg.nodelist, file)
        else:  # a dollar (\textdollar) is no math in the text
            self.buffer.append(self.l2t.node_to_text(node).replace("$", r"\$"))

    def environment(self, node: LatexEnvironmentNode, file: Path) -> None:
        name = node.environmentname
        args = node_args(node)
        counter = self.box_counters.get(name, (None, None))[0]
        if counter and self.theorem(name) is None:
            self.step(counter)  # a numbered box read as no item (PreTeXt's figure) takes its number
        if name in MATH_ENVS:
            if name in NUMBERED_MATH and "\\label" in verbatim(node.nodelist):
                number = self.chapter_number("equation")
                for key in re.findall(r"\\label\s*\{([^}]*)\}", verbatim(node.nodelist)):
                    self.labels[key] = number
            self.display(verbatim(node.nodelist))
        elif name in LIST_ENVS:
            self.flush()
            outer = self.item
            style = enumitem_label(self.arg_text(args[0]) if args else "")
            if self.pretext and style and style(1) in ("a.", "a)"):
                # lettered parts in another print style read as PreTeXt's reader gives every
                # exercise's parts (ingest.pretext), so that extract takes them as parts
                style = part_lead
            self.lists.append([name, 0, style])
            self.walk(node.nodelist, file)
            self.flush()
            self.close_inline_answers(len(self.lists))
            self.lists.pop()
            self.item = outer
        elif name in self.section_envs:
            spec = self.section_envs[name]
            title = self.render(args[spec.title_arg]) if spec.title_arg < len(args) else ""
            number = self.toc_number(args) if spec.starred and self.pretext else None
            if number and normalize_space(title).startswith(f"{number} "):
                title = normalize_space(title)[len(number) :]  # "SSLE Solving Systems ..."
            self.section(spec.level_name, title, starred=spec.starred, number=number)
            self.walk(node.nodelist, file)
        elif self.theorem(name) is not None:
            self.theorem_env(node, self.theorem(name), args, file)
        elif name in PICTURE_ENVS:
            return
        elif "fig" in name.lower() and not name.startswith("figure"):
            # The book's own figure boxes take size arguments: keep only their captions.
            for inner in walk_nodes(node.nodelist):
                if isinstance(inner, LatexMacroNode) and inner.macroname == "caption":
                    self.macro(inner, file)
        elif name in CODE_ENVS:
            self.flush()
            self.emit("code", verbatim(node.nodelist).strip("\n"))
        elif name in TABLE_ENVS:
            self.flush()
            self.walk(node.nodelist, file)
            self.flush(kind="table")
        else:
            self.walk(node.nodelist, file)

    def theorem_env(self, node: LatexEnvironmentNode, kind: TheoremKind, args: list,
                    file: Path) -> None:
        title, number, label = None, None, None
        if args and args[0] is not None and node.nodeargd.argspec.startswith("["):
            title = normalize_space(self.render(args[0])) or None
        elif len(args) >= 3:
            # PreTeXt-generated boxes take {number or name}{title}...{label} arguments.
            first = self.arg_text(args[0])
            number = first if re.fullmatch(r"[A-Z]*\d[\w.]*", first) else None
            title = normalize_space(self.render(args[1])) or None
            named = NAMED_TITLE.match(title or "") if self.pretext else None
            if named and named.group(1) == normalize_space(self.render(args[0])):
                # the title names the box ("Example TMP: Trail Mix Packaging."): FCLA's items
                # are numbered by acronym, written into the title
                number, title = named.group(2), named.group(3) or None
            if isinstance(args[-1], LatexGroupNode):
                label = self.arg_text(args[-1]) or None
        self.theorem_body(kind, node.nodelist, file, title, number, label)

    def theorem_body(self, kind: TheoremKind, nodes: list[LatexNode], file: Path,
                     title: str | None = None, number: str | None = None,
                     label: str | None = None) -> None:
        """One theorem-like environment: number it, walk its content as one group."""
        self.flush()
        if kind.kind == "proof" and self.envs and self.envs[-1].kind in HOLDS_PROOFS:
            self.walk(nodes, file)  # the enclosing item's own text
            self.flush()
            return
        counted = self.theorem_number(kind)
        number = number or counted
        context = EnvContext(kind.kind, self.builder.new_group(), number, title, label)
        if kind.kind == "proof" and self.envs:
            context.number = None
        self.envs.append(context)
        if self.pretext and title and kind.kind not in UNNUMBERED_KINDS:
            # its title opens its text, as printed ("Six paths. ..."); a solution's box
            # takes its exercise's number there, no title
            self.buffer.append(title if title[-1] in ".?!:" else f"{title}.")
            self.buffer.append(" ")
        self.walk(nodes, file)
        self.flush()
        while self.envs[-1] is not context:  # an answer opened inside ends with its item
            self.close_answer(self.envs.pop())
        self.envs.pop()
        for block in context.blocks:
            block.label = context.label
        if context.label and number:
            self.labels[context.label] = number
        if kind.kind in ("exercise", "problem"):
            self.last_exercise = context
        if kind.kind in ANSWERED and context.label and context.blocks:
            self.answerable[context.label] = context
        elif kind.kind in UNNUMBERED_KINDS - {"proof"} and context.label in self.answerable:
            self.answer(context, self.answerable[context.label])

    def open_answer(self, kind: str) -> None:
        """PreTeXt's LaTeX sets an item's solution (hint, answer) in the item, after a bold
        "Solution." lead: what follows, to the item's end, is the solution's (numbered and
        labelled as the item), as a ``<solution>`` is in the PreTeXt source."""
        self.lead = None
        item = self.envs[-1]
        self.envs.append(EnvContext(kind, self.builder.new_group(), item.number, None, item.label,
                                    depth=len(self.lists)))

    def close_inline_answers(self, depth: int) -> None:
        """End the answers set inline in a list item at ``depth`` or deeper: a hint in part (b)
        ends where part (c) starts (Discrete 3.8.1.1), as the item it is set in does."""
        while self.envs and self.envs[-1].kind in ANSWERS and \
                (self.envs[-1].depth or 0) >= max(depth, 1):
            self.close_answer(self.envs.pop())

    @staticmethod
    def close_answer(answer: EnvContext) -> None:
        """The period after the answer's lead ("Solution. ...") is the lead's, not its text."""
        if answer.blocks:
            answer.blocks[0].text = re.sub(r"^\.\s*", "", answer.blocks[0].text)

    def answer(self, solution: EnvContext, item: EnvContext) -> None:
        """A solution printed apart from its item (PreTeXt's solutions at the back of the book,
        whose label is the exercise's) becomes the item's: numbered and labelled as the item,
        and read right after it (:meth:`place_answers`), as a solution inside its exercise is."""
        anchor = item.blocks[-1]
        # PreTeXt sets hints and solutions alike; a division titled as hints holds hints
        where = self.builder.outline[-1].title if self.builder.outline else ""
        hints = HINTS.search(where) and not SOLUTIONS.search(where)
        for block in solution.blocks:
            block.number, block.label, block.section = item.number, item.label, anchor.section
            block.env = "hint" if hints else block.env
        self.answers.setdefault(id(anchor), []).extend(solution.blocks)

    def place_answers(self) -> None:
        """Move each solution printed apart after the item it answers (see :meth:`answer`)."""
        moved = {id(block) for blocks in self.answers.values() for block in blocks}
        placed = []
        for block in self.builder.blocks:
            if id(block) not in moved:
                placed.append(block)
                placed.extend(self.answers.get(id(block), []))
        self.builder.blocks = placed

    def solution(self, arg: LatexNode, file: Path) -> None:
        """A solution macro after an exercise: a ``solution`` environment with its number."""
        self.flush()
        exercise = self.last_exercise
        context = EnvContext(
            "solution", self.builder.new_group(), exercise.number if exercise else None, None,
            exercise.label if exercise else None,
        )
        self.envs.append(context)
        self.walk(arg.nodelist if isinstance(arg, LatexGroupNode) else [arg], file)
        self.flush()
        self.envs.pop()

    def toc_number(self, args: list) -> str | None:
        """The number an unnumbered PreTeXt division prints after all: the one its table of
        contents entry sets in the number's box (FCLA's ``\\makebox[3.5em][l]{SSLE}Solving
        Systems ...``: its sections are named by acronym)."""
        for arg in args:
            found = TOC_NUMBER.match(self.arg_text(arg))
            if found:
                return found.group(1)
        return None

    def section(self, level_name: str, title_latex: str, starred: bool,
                number: str | None = None) -> None:
        self.flush()
        self.exercise_region = False
        if not starred:
            self.step(level_name)
            number = self.section_number(level_name)
        kind = "appendix" if self.appendix and level_name == (
            "chapter" if self.has_chapters else "section") else level_name
        self.builder.heading(kind, SECTION_LEVELS[level_name], number,
                                       normalize_space(title_latex))

    def label(self, key: str) -> None:
        if self.caption_number:
            self.labels[key] = self.caption_number
        elif self.envs and self.envs[-1].label is None:
            self.envs[-1].label = key
        elif self.item is not None and self.item_number():
            # "\item\label{exer:first}": \ref prints the item's number ("For Exercises
            # \ref{exer:first}-\ref{exer:last}"), not the section's.
            self.labels[key] = self.item_number()
        elif not self.envs and self.builder.outline:
            number = self.builder.outline[-1].number
            if number:
                self.labels.setdefault(key, number)

    def list_item(self, label: str | None) -> None:
        self.flush()
        self.close_inline_answers(len(self.lists))
        if not self.lists:
            return
        self.lists[-1][1] += 1
        depth, count = len(self.lists), self.lists[-1][1]
        style = self.lists[-1][2]
        lead = label.strip() if label else (
            style(count) if style else item_label(self.lists[-1][0], depth, count))
        context = None
        if self.exercise_region and depth == 1 and not self.envs:
            self.region_items += 1
            context = EnvContext("exercise", self.builder.new_group(), str(self.region_items),
                                 None)
            self.last_exercise = context
        elif self.exercise_region and depth > 1 and self.item and self.item[1]:
            context = self.item[1]
        self.item = (lead, context)

    def item_number(self) -> str | None:
        """What \\ref prints for a label in the open item: the exercise's number in a list
        of exercises, else the enumerate counter ("3", "3b"); None in an unnumbered list."""
        context = self.item[1] if self.item else None
        if context is not None and context.kind == "exercise":
            return context.number
        if not 0 < len(self.lists) <= 2 or any(n not in ENUMERATIONS for n, *_ in self.lists):
            return None
        counts = [count for _, count, _ in self.lists]
        return str(counts[0]) + (alpha(counts[1]) if len(counts) > 1 else "")

    # --------------------------------------------------------------- emitting
    def flush(self, kind: str | None = None) -> None:
        """Turn the text gathered so far into a block."""
        text = normalize_space("".join(self.buffer))
        self.buffer = []
        if not text:
            return
        if kind is None:
            kind = "list_item" if self.item is not None else "paragraph"
        if kind == "list_item" and self.pretext and self.envs and self.envs[-1].kind in ANSWERS:
            # a solution's "(a) ... (b) ..." answers the exercise's parts in its text, as the
            # PDF prints it: its list is no parts of its own
            text, kind = f"{self.item[0]} {text}".strip(), "paragraph"
            self.item = ("", self.item[1])  # its later paragraphs continue it
        elif kind == "list_item" and self.pretext and self.lists[-1][0] in ENUMERATIONS \
                and self.item[0] and not re.fullmatch(r"\([a-z]\)", self.item[0]):
            # a choice "B." or a step "2." says which in its text, as the PDF prints it and
            # ingest.pretext gives a choice: only a part's label is kept apart (extract)
            text = f"{self.item[0]} {text}"
        block = self.emit(kind, text)
        if block is not None and self.item is not None and kind == "list_item":
            block.lead = self.item[0]
            if self.pretext:  # its later paragraphs continue it, as in ingest.pretext
                self.item = ("", self.item[1])
        elif block is not None and self.lead and text.startswith(self.lead):
            block.lead = self.lead
        self.lead = None

    def emit(self, kind: str, text: str):
        context = self.envs[-1] if self.envs else (self.item[1] if self.item else None)
        fields = {}
        if context is not None:
            fields = {"env": context.kind, "label": context.label, "number": context.number,
                          "title": context.title, "group": context.group}
        block = self.builder.add(kind, text, **fields)
        if block is not None and context is not None:
            context.blocks.append(block)
        return block

    # ---------------------------------------------------------------- helpers
    def render(self, node: LatexNode | None) -> str:
        """Prose of an argument, math kept as ``$...$`` (for titles and captions)."""
        if node is None:
            return ""
        saved = (self.buffer, self.item, self.lead)
        self.buffer, self.item = [], None
        self.rendering += 1
        self.visit(node, self.main)
        self.rendering -= 1
        text = "".join(self.buffer)
        self.buffer, self.item, self.lead = saved
        return text

    @staticmethod
    def arg_text(node: LatexNode | None) -> str:
        """Raw text of a simple argument such as a label key or counter name."""
        if node is None:
            return ""
        if isinstance(node, LatexGroupNode):
            return verbatim(node.nodelist).strip()
        return node.latex_verbatim().strip()

    @staticmethod
    def is_starred(node: LatexMacroNode) -> bool:
        args = node_args(node)
        return bool(args and node.nodeargd.argspec.startswith("*") and args[0] is not None)

    def include(self, node: LatexMacroNode, file: Path) -> None:
        """Walk an \\input/\\include/\\subfile'd file in place (paths relative to the main file)."""
        name = self.arg_text(node_args(node)[0])
        target = self.root / name
        if not target.is_file():
            target = self.root / f"{name}.tex"
        if not target.is_file():
            # A file not shipped with the book (PreTeXt's generated LaTeX inputs its title and
            # copyright pages from an "external" folder): read on without it, and say so.
            line = node.parsing_state.s.count("\n", 0, node.pos) + 1
            if target not in self.missing:  # named once, where it is first input
                self.missing.add(target)
                self.warnings.append(f"{file.name}:{line}: \\{node.macroname}{{{name}}}: file "
                                     f"{target} not found; its content is not in the pack")
            return
        if target in self.files:
            raise UserError(f"{file.name}: \\{node.macroname}{{{name}}} is read a second time; "
                            "remove the repeated or circular include")
        self.files.append(target)
        self.walk(self.parse(target), target)
        if self.progress:
            self.progress(len(self.files), max(self.total_files, len(self.files)))


def read_text(file: Path) -> str:
    try:
        return file.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise UserError(f"{file}: cannot be read ({exc.strerror}); check the path") from None


def describe_parse_error(exc: LatexWalkerParseError) -> str:
    """``LINE: what`` for a parse error, pointing at the opening of an unclosed block."""
    message = exc.msg
    if exc.open_contexts and "end of stream" in message:
        what, _pos, line, _col = exc.open_contexts[-1]
        expected = "brace" if "brace" in what else what
        kind = "unbalanced braces" if expected == "brace" else f"unclosed {what}"
        return f"{line}: {kind}: the {what} opened here is never closed"
    if "closing brace" in message:
        return f"{exc.lineno}: unbalanced braces: {message}"
    return f"{exc.lineno}: {message}"


def is_dropped(node: LatexMacroNode) -> bool:
    """Macros with no prose: layout, index entries, pictures, declarations."""
    name = node.macroname
    return name in DROP_MACROS or "graphics" in name.lower() or name.startswith("new")


def node_args(node: LatexNode) -> list:
    """The parsed arguments of a macro or environment (``None`` for absent optional ones)."""
    return list(getattr(getattr(node, "nodeargd", None), "argnlist", None) or [])


def find_document(nodes: list[LatexNode]) -> LatexEnvironmentNode | None:
    for node in nodes:
        if isinstance(node, LatexEnvironmentNode) and node.environmentname == "document":
            return node
    return None


def walk_nodes(nodes: list[LatexNode]):
    """Every node of a tree, depth first (arguments included)."""
    for node in nodes:
        if node is None:
            continue
        yield node
        children = list(getattr(node, "nodelist", None) or [])
        children += [a for a in node_args(node) if a is not None]
        yield from walk_nodes(children)


def verbatim(nodes: list[LatexNode]) -> str:
    """The exact source of ``nodes``, comments dropped."""
    out = []
    for node in nodes:
        if isinstance(node, LatexCommentNode):
            continue
        out.append(node.latex_verbatim())
    return "".join(out)


def xparse_spec(spec: str) -> str:
    """pylatexenc argument spec for an xparse spec such as ``mO{}m`` or ``s o m``."""
    out = []
    for ch in re.sub(r"\{[^{}]*\}", "", spec):
        if ch == "m":
            out.append("{")
        elif ch in "oO":
            out.append("[")
        elif ch == "s":
            out.append("*")
    return "".join(out)


def canonical_kind(name: str) -> str | None:
    """The theorem-like kind an environment name stands for, if any."""
    base = name.rstrip("*").lower()
    if base in KINDS:
        return base
    if base in ABBREVIATIONS:
        return ABBREVIATIONS[base]
    for kind in KINDS:  # "divisionexercise", "inlineexercise", "divisionsolution", ...
        if base.endswith(kind) and base != kind:
            return kind
    return None


def item_label(env: str, depth: int, count: int) -> str:
    """What LaTeX prints before the ``count``-th item of a list at ``depth``."""
    if env in ("itemize", "compactitem", "itemize*"):
        return "•"
    if env == "tasks":
        return f"{alpha(count)})"
    styles = [lambda n: f"{n}.", lambda n: f"({alpha(n)})", lambda n: f"{roman(n).lower()}.",
              lambda n: f"{alpha(n).upper()}."]
    return styles[min(depth, 4) - 1](count)


# enumitem's counter commands in a ``label=`` key, and what each prints for item n.
ENUMITEM_COUNTERS = {
    r"\alph*": lambda n: alpha(n), r"\Alph*": lambda n: alpha(n).upper(),
    r"\arabic*": str, r"\roman*": lambda n: roman(n).lower(), r"\Roman*": roman,
}


def enumitem_label(options: str):
    """What an enumitem list prints before item n (``[label={(\\alph*)}]`` -> "(b)" for 2),
    or None when its options set no label (the list's default style applies)."""
    found = re.search(r"(?:^|,)\s*label\s*=\s*(\{(?:[^{}]|\{[^{}]*\})*\}|[^,]*)", options)
    if not found:
        return None
    template = found.group(1).strip()
    template = template[1:-1] if template.startswith("{") else template
    counter = next((c for c in ENUMITEM_COUNTERS if c in template), None)
    if counter is None:
        return None
    before, after = (re.sub(r"\\\w+\s*|[{}]", "", piece).strip()
                     for piece in template.split(counter, 1))
    return lambda n: f"{before}{ENUMITEM_COUNTERS[counter](n)}{after}"


def part_lead(n: int) -> str:
    """The n-th part of an exercise, as PreTeXt's reader leads it: "(b)"."""
    return f"({alpha(n)})"


def alpha(n: int) -> str:
    return chr(ord("a") + n - 1) if 0 < n <= 26 else str(n)


def resolve_refs(block, labels: dict[str, str]):
    """Replace \\ref placeholders by the numbers LaTeX would print (``??`` when unknown)."""
    if "\x00" in block.text:
        block.text = re.sub("\x00([^\x00]*)\x00", lambda m: labels.get(m.group(1), "??"),
                            block.text)
    if block.title and "\x00" in block.title:
        block.title = re.sub("\x00([^\x00]*)\x00", lambda m: labels.get(m.group(1), "??"),
                             block.title)
    return block
