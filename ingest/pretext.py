"""Read a PreTeXt book (XML, the format of many open textbooks) from its source.

lxml parses the main file and resolves its ``xi:include``s; the element tree is
then walked in reading order into a :class:`ingest.source.DocumentBuilder`.
PreTeXt says what everything is, so little is guessed: divisions become the
outline (numbered as PreTeXt numbers them by default: chapters 1, 2, ...,
appendices A, B, ..., sections and subsections below them), ``<m>`` becomes
``$...$``, ``<me>``/``<men>``/``<md>``/``<mdn>`` become display math, and each
block element (``theorem``, ``definition``, ``example``, ``exercise``, ``proof``,
``solution``, ...) becomes an environment whose ``xml:id`` is the label.

Block numbers follow PreTeXt's defaults: theorem-like, example-like, inline
exercises, figures and the like share one counter within each section;
exercises in an ``<exercises>`` division are numbered serially within it (the
division is numbered as a peer of the subsections of a structured division, and is
numberless in an unstructured one, its exercises then numbered in the parent); an
explicit ``@number`` (FCLA's "C10") wins.

The edition read is the print edition when the project has one (``project.ptx``'s
pdf target): its publication file gives the numbering levels and the components
(``<version include>``); elements of other components (a WeBWorK problem's
interactive twin, FCLA's online-only reading questions) are left out, as in the
PDF. Interactive exercises (``<choices>``, ``<matches>``, ``<blocks>``) are printed
as lists, and their key becomes the exercise's solution, as PreTeXt prints it.

Math reads as the rendered book shows it: the book's own macros (``<docinfo><macros>``:
Levin's ``\\inv``, ``\\N``, ``\\card``) are expanded (:mod:`ingest.texmacros`). A WeBWorK
problem's values come from its PG code where it fixes them; a value it draws at random is
marked as such (:data:`ingest.document.RANDOM_VALUE`), since the print shows the server's draw.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ingest.document import RANDOM_VALUE, Document
from ingest.source import DocumentBuilder, normalize_space, roman
from ingest.sympycheck import SYMPY_CHECKS
from ingest.texmacros import READ_AS_WRITTEN, Macro, expand_macros, read_macros
from syllabus.errors import UserError
from syllabus.progress import Advance

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
DIVISIONS = {
    "part": 0, "chapter": 1, "appendix": 1, "section": 2, "subsection": 3,
    "subsubsection": 4, "exercises": None, "reading-questions": None, "worksheet": None,
    "solutions": None, "references": None, "glossary": None, "preface": 1,
    "acknowledgement": 1, "foreword": 1, "biography": 1, "dedication": 1,
}
NUMBERED_DIVISIONS = ("part", "chapter", "appendix", "section", "subsection", "subsubsection")
# Divisions PreTeXt calls specialized: at the end of a division, numbered as a peer of its
# subdivisions when it has some (structured), numberless when it has none.
SPECIALIZED = {"exercises", "reading-questions", "worksheet", "solutions", "references",
               "glossary"}
EXERCISE_DIVISIONS = ("exercises", "reading-questions", "worksheet")
# Block elements sharing the section's block counter, mapped to the kind extract sees.
NUMBERED_BLOCKS = {
    "theorem": "theorem", "lemma": "lemma", "corollary": "corollary",
    "proposition": "proposition", "claim": "claim", "fact": "fact", "identity": "fact",
    "algorithm": "algorithm", "conjecture": "conjecture", "axiom": "axiom",
    "principle": "principle", "heuristic": "principle", "hypothesis": "conjecture",
    "assumption": "axiom", "definition": "definition", "example": "example",
    "question": "question", "problem": "problem", "remark": "remark", "note": "note",
    "observation": "observation", "warning": "remark", "insight": "remark",
    "convention": "remark", "computation": "computation", "technology": "computation",
    "data": "computation", "activity": "activity", "exploration": "activity",
    "investigation": "investigation", "project": "activity", "exercise": "exercise",
    "figure": "figure", "table": "table", "listing": "listing", "list": "list",
}
UNNUMBERED_BLOCKS = {"proof": "proof", "solution": "solution", "hint": "hint",
                     "answer": "answer", "assemblage": "remark"}
ANSWERS = {"solution", "hint", "answer"}
# Blocks whose nested <proof> is part of their own text.
HOLDS_PROOFS = ANSWERS | {"exercise", "example", "activity", "investigation", "problem",
                          "question"}
DEFAULT_TITLES = {"acknowledgement": "Acknowledgements", "biography": "About the Author",
                  "reading-questions": "Reading Questions"}
FRONT_DIVISIONS = {"preface", "acknowledgement", "foreword", "biography", "dedication"}
PROJECTS = {"activity", "exploration", "investigation", "project"}
# PreTeXt's defaults when no publication file says otherwise.
DEFAULT_NUMBERING = {"chapter-start": 1, "divisions": 4, "blocks": 2, "projects": 2}
DISPLAY_MATH = {"me", "men", "md", "mdn"}
SKIP = {"idx", "notation", "fn", "docinfo", "bookinfo", "bibinfo", "index", "sage",
        "image", "video", "interactive", "response", "latex-image", "sageplot", "program",
        "console", "pg-code", "pg-macros", "setup", "objectives", "outcomes", "colophon", "titlepage",
        "commentary", "instructor", "feedback", "areas",
        "instruction"}  # a WeBWorK blank's entry syntax ("You can enter P(n,k)"): online only
# Interactive exercises: printed as a list of their parts, their key as the solution.
INTERACTIVE = {"choices", "blocks", "matches", "cardsort"}
# Empty elements that stand for a character.
CHARACTERS = {
    "nbsp": " ", "ndash": "–", "mdash": "—", "ellipsis": "…", "lq": "“", "rq": "”",
    "lsq": "‘", "rsq": "’", "copyright": "©", "registered": "®", "trademark": "™",
    "tex": "TeX", "latex": "LaTeX", "pretext": "PreTeXt", "times": "×", "degree": "°",
    "minus": "−", "solidus": "/", "midpoint": "·", "swungdash": "~", "permille": "‰",
    "pilcrow": "¶", "section-mark": "§", "copyleft": "🄯", "phonomark": "℗", "prime": "′",
    "dblprime": "″", "ldblbracket": "⟦", "rdblbracket": "⟧", "langle": "⟨", "rangle": "⟩",
    "obelus": "÷", "plusminus": "±", "icon": "", "kbd": "", "fillin": "____", "br": " ",
}
QUOTES = {"q": ("“", "”"), "sq": ("‘", "’"), "angles": ("⟨", "⟩"), "dblbrackets": ("⟦", "⟧")}


@dataclass
class Env:
    """The block element the walker is inside."""

    kind: str
    group: int
    number: str | None
    title: str | None
    label: str | None
    blocks: list = field(default_factory=list)


def read_pretext(
    path: str | Path, progress: Advance | None = None, sympy_checks: int = SYMPY_CHECKS
) -> Document:
    """Read a PreTeXt book (main file, ``xi:include``s followed) into a :class:`Document`."""
    return PretextReader(Path(path), progress, sympy_checks).read()


XINCLUDE = "{http://www.w3.org/2001/XInclude}include"


@dataclass
class Publication:
    """What the publication file says about the edition read: numbering and versions.

    ``components`` is None when every ``@component`` is included (no ``<version>``).
    """

    numbering: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_NUMBERING))
    components: frozenset[str] | None = None

    def includes(self, el: etree._Element) -> bool:
        """Whether an element belongs to this edition (PreTeXt's ``@component``)."""
        component = el.get("component")
        return component is None or self.components is None or component in self.components


# Targets in order of preference: the printed book is the edition a source reading stands
# for (its numbers are the ones a reader of the PDF sees), then LaTeX, then any.
TARGET_FORMATS = ("pdf", "latex")


def _target(root: etree._Element, main: Path) -> etree._Element | None:
    """The project's target for ``main`` with a publication file, the print edition first."""
    targets = [t for t in root.iter("target") if t.get("publication")]
    own = [t for t in targets if Path(t.get("source", "")).name == main.name] or targets

    def rank(target: etree._Element) -> int:
        form = target.get("format")
        return TARGET_FORMATS.index(form) if form in TARGET_FORMATS else len(TARGET_FORMATS)

    return min(own, key=rank, default=None)  # the first of the best format


def read_publication(main: Path) -> Publication:
    """Numbering and versions from the publication file named by the project's ``project.ptx``.

    PreTeXt keeps them out of the book: ``<numbering><divisions chapter-start level>
    <blocks level><projects level>`` and ``<source><version include="static ...">``.
    Without a project file, PreTeXt's defaults apply.
    """
    publication = Publication()
    for folder in (main.parent, main.parent.parent):
        project = folder / "project.ptx"
        if not project.is_file():
            continue
        try:
            root = etree.parse(str(project)).getroot()
        except etree.XMLSyntaxError:
            return publication
        target = _target(root, main)
        if target is None:
            return publication
        folders = (folder / root.get("publication", "publication"), folder / "publication",
                   folder)
        name = target.get("publication", "")
        path = next((f / name for f in folders if (f / name).is_file()), None)
        if path is None:
            return publication
        try:
            settings = etree.parse(str(path)).getroot()
        except etree.XMLSyntaxError:
            return publication
        version = settings.find("source/version")
        if version is not None and version.get("include") is not None:
            publication.components = frozenset(version.get("include", "").split())
        numbering = settings.find("numbering")
        if numbering is not None:
            divisions = numbering.find("divisions")
            for key, element, attribute in (
                ("chapter-start", divisions, "chapter-start"), ("divisions", divisions, "level"),
                ("blocks", numbering.find("blocks"), "level"),
                ("projects", numbering.find("projects"), "level"),
            ):
                if element is not None and (element.get(attribute) or "").isdigit():
                    publication.numbering[key] = int(element.get(attribute))
        return publication
    return publication


def load_tree(path: Path, stats: dict[str, int], depth: int = 0) -> etree._Element:
    """Parse one XML file and, recursively, what it ``xi:include``s.

    Includes are resolved here rather than by lxml so that a missing file is named
    with the line that includes it, and so that a missing *text* include (a WeBWorK
    problem left out of a source tree) is counted in ``stats`` instead of failing.
    """
    parser = etree.XMLParser(remove_comments=True, resolve_entities=False, huge_tree=True)
    try:
        root = etree.parse(str(path), parser).getroot()
    except etree.XMLSyntaxError as exc:
        line = exc.lineno if exc.lineno else exc.position[0]
        raise UserError(f"{path.name}:{line}: malformed XML: {exc.msg}; fix the PreTeXt") from None
    except OSError as exc:
        raise UserError(f"{path}: cannot be read ({exc}); check the path") from None
    if depth > 50:
        raise UserError(f"{path.name}: xi:include nested more than 50 deep; is it including itself?")
    for include in list(root.iter(XINCLUDE)):
        target = path.parent / include.get("href", "")
        parent = include.getparent()
        if include.get("parse") == "text":
            stats["missing_text_includes"] += not target.is_file()
            replacement = etree.Element("pre")
            replacement.text = target.read_text(errors="replace") if target.is_file() else ""
        elif not target.is_file():
            raise UserError(
                f"{path.name}:{include.sourceline}: xi:include {include.get('href')!r}: "
                f"file {target} not found; put it there or fix the href"
            )
        else:
            replacement = load_tree(target, stats, depth + 1)
        replacement.tail = include.tail
        if parent is None:
            return replacement
        parent.replace(include, replacement)
    return root


def drop_other_versions(root: etree._Element, publication: Publication) -> None:
    """Remove the elements of components this edition leaves out (an interactive WeBWorK
    problem where the print edition has its static twin), keeping the text after them."""
    for el in [el for el in root.iter() if isinstance(el.tag, str) and not publication.includes(el)]:
        parent = el.getparent()
        if parent is None:
            continue
        if el.tail:
            previous = el.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + el.tail
            else:
                parent.text = (parent.text or "") + el.tail
        parent.remove(el)


# A PG assignment of a fixed whole number: ``$n = 5;``.
_PG_FIXED = re.compile(r"^\s*(\$\w+)\s*=\s*(-?\d+)\s*;", re.MULTILINE)


def fill_webwork_values(root: etree._Element) -> None:
    """Write into each value ``<var>`` of a WeBWorK problem (not an answer blank, which has a
    ``@width`` or ``@form``) the value its PG code gives it: a fixed number, or else, in a
    problem that draws at random, :data:`RANDOM_VALUE`: the book prints the value its WeBWorK
    server drew, which the source does not hold. (Other values, computed by PG code this reader
    does not run, stay empty.)"""
    for problem in root.iter("webwork"):
        pg = problem.find("pg-code")
        code = "".join(pg.itertext()) if pg is not None else ""
        assigned = re.findall(r"(\$\w+)\s*=[^=~]", code)
        fixed = {name: value for name, value in _PG_FIXED.findall(code)
                 if assigned.count(name) == 1}  # assigned once, to that number
        for var in problem.iter("var"):
            name = var.get("name") or ""
            if var.get("width") or var.get("form") or not name.startswith("$") or len(var):
                continue
            in_math = any(a.tag in ("m", "mrow", *DISPLAY_MATH) for a in var.iterancestors())
            if name in fixed:
                var.text = fixed[name]
            elif "random" in code:  # drawn at random, or computed from what was
                var.text = rf"\text{{{RANDOM_VALUE}}}" if in_math else RANDOM_VALUE


class PretextReader:
    """One walk over the resolved element tree."""

    def __init__(self, path: Path, progress: Advance | None, sympy_checks: int) -> None:
        self.path = path
        self.progress = progress
        self.builder = DocumentBuilder(path, "pretext", sympy_checks)
        self.counters: dict[tuple, int] = {}
        self.structure: list[str] = []  # structural numbers of the open divisions
        self.exercise_division: str | None = None  # number of the open exercises division
        self.publication = read_publication(path)
        self.numbering = self.publication.numbering
        self.envs: list[Env] = []
        self.buffer: list[str] = []
        self.item: tuple[str, Env | None] | None = None
        self.numbers: dict[str, str] = {}  # xml:id -> number, for <xref>
        self.in_backmatter = False
        self.stats = {"missing_text_includes": 0}
        self.macros: dict[str, Macro] = {}  # the book's own, from <docinfo><macros>

    def read(self) -> Document:
        if self.path.stat().st_size == 0:
            raise UserError(f"{self.path}: the file is empty; pass the book's main PreTeXt file")
        root = load_tree(self.path, self.stats)
        drop_other_versions(root, self.publication)
        fill_webwork_values(root)
        # a macro the readers know by name (FCLA's \colvector, \setparts, \lteval ...) is
        # left for them: they are written for it, or for the form formalize.notation gives it
        self.macros = read_macros("".join(
            "".join(el.itertext()) for el in root.iter("macros") if el.getparent().tag == "docinfo"),
            keep=READ_AS_WRITTEN)
        book = next(root.iter("book", "article"), None)
        if book is None:
            raise UserError(f"{self.path}: no <book> or <article> here; pass the main PreTeXt file")
        title_el = book.find("title")
        title = normalize_space(self.inline(title_el)) if title_el is not None else ""
        chapters = [el for el in book.iter("chapter")]
        self.total = max(1, len(chapters))
        self.done = 0
        self.children(book)
        self.flush()
        for block in self.builder.blocks:
            if "\x00" in block.text:
                block.text = re.sub("\x00([^\x00]*)\x00", self.xref_text, block.text)
        return self.builder.build(title, **self.stats)

    def xref_text(self, match: re.Match) -> str:
        return self.numbers.get(match.group(1), match.group(1))

    # -------------------------------------------------------------- structure
    def children(self, element: etree._Element) -> None:
        for child in element:
            self.element(child)

    def element(self, el: etree._Element) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or tag in SKIP or tag in ("title", "subtitle", "shorttitle", "plaintitle"):
            self.tail(el)
            return
        if tag in ("backmatter", "frontmatter"):
            self.in_backmatter = tag == "backmatter"
            self.children(el)
        elif tag in DIVISIONS:
            self.division(el, tag)
        elif tag in DISPLAY_MATH:
            self.flush()
            if self.item and self.item[0] and self.item[0] != "•":
                # a part that opens with a display ("(a) $$V = \{a, b\} ...$$"): its label
                # first, as printed, so that the part is there and is told from its setup
                self.buffer.append(self.item[0])
                self.flush()
            self.emit("display_math", self.math(display_latex(el)))
        elif tag in ("ol", "ul", "dl"):
            self.list(el)
        elif tag in NUMBERED_BLOCKS or tag in UNNUMBERED_BLOCKS:
            self.block(el, tag)
        elif tag == "task":
            self.task(el)
        elif tag in INTERACTIVE:
            self.interactive(el, tag)
        elif tag == "caption":
            self.flush()
            self.emit("caption", normalize_space(self.inline(el)))
        elif tag in ("p", "blockquote", "statement", "introduction", "conclusion", "paragraphs",
                     "sidebyside", "sbsgroup", "stack", "subexercises", "exercisegroup",
                     "prelude", "postlude", "interlude", "aside", "biographical", "historical"):
            self.flush()
            if tag == "paragraphs" and el.find("title") is not None:
                self.buffer.append(self.inline(el.find("title")) + ". ")
            self.content(el)
            self.flush()
        elif tag == "tabular":
            self.flush()
            rows = [" | ".join(normalize_space(self.inline(c)) for c in row.iter("cell"))
                    for row in el.iter("row")]
            self.emit("table", "\n".join(rows))
        elif tag in ("pre", "cd"):
            self.flush()
            self.emit("code", "".join(el.itertext()).strip("\n"))
        else:
            self.content(el)
        self.tail(el)

    def division(self, el: etree._Element, tag: str) -> None:
        self.flush()
        title_el = el.find("title")
        title = normalize_space(self.inline(title_el)) if title_el is not None else ""
        saved = (list(self.structure), self.exercise_division)
        depth = DIVISIONS[tag]
        number = None
        title = title or DEFAULT_TITLES.get(tag, tag.replace("-", " ").title())
        if depth is None:  # exercises, reading questions, ...: one level below the parent
            depth = len(self.structure) + 1
        if tag == "part":
            number = roman(self.count(("part",)))
        elif tag in FRONT_DIVISIONS:
            pass  # a preface is not numbered and does not count among the chapters
        elif tag in SPECIALIZED and not structured(el.getparent()):
            # The one exercises (or reading questions, ...) of an unstructured division is
            # numberless: its exercises are numbered within the parent ("Exercise 1.6.2").
            if tag in EXERCISE_DIVISIONS:
                self.exercise_division = ".".join(self.structure)
        elif not self.in_backmatter or tag == "appendix":
            structural = self.structural_number(tag, depth)
            if tag in EXERCISE_DIVISIONS:
                self.exercise_division = structural
            if depth <= self.numbering["divisions"] and (
                tag in NUMBERED_DIVISIONS or tag in SPECIALIZED
            ):  # "1.1.5 Practice Problems": a peer of subsections prints its number too
                number = structural
        # An explicit @number or @acro (FCLA's "SLE", "WILA") is what the book prints.
        number = el.get("number") or el.get("acro") or number
        kind = tag if tag in NUMBERED_DIVISIONS else (
            "chapter" if depth <= 1 else "section" if depth == 2 else "subsection")
        self.builder.heading(kind, depth, number, title)
        label = el.get(XML_ID) or el.get("label")
        if label and number:
            self.numbers[label] = number
        self.children(el)
        self.flush()
        self.structure, self.exercise_division = saved
        if tag == "chapter":
            self.done += 1
            if self.progress:
                self.progress(self.done, self.total)

    def count(self, key: tuple) -> int:
        self.counters[key] = self.counters.get(key, 0) + 1
        return self.counters[key]

    def structural_number(self, tag: str, depth: int) -> str:
        """The division's number in the structure, printed or not (blocks inherit it).

        Every division counts among its siblings, the specialized divisions of a structured
        division included (PreTeXt numbers "Exercise 2.3.7.14" from an unprinted number 7).
        """
        parent = tuple(self.structure[: depth - 1])
        if tag == "appendix":
            own = chr(ord("A") + self.count(("appendix",)) - 1)
        elif depth == 1:
            own = str(self.count(("chapter",)) - 1 + self.numbering["chapter-start"])
        else:
            own = str(self.count(("division", *parent)))
        self.structure = [*parent, own]
        return ".".join(self.structure)

    def number_block(self, tag: str) -> str:
        """Number as PreTeXt does: a shared counter at the blocks level, projects at theirs,
        divisional exercises serially within their division."""
        if tag == "exercise" and self.exercise_division:
            prefix, counter = self.exercise_division, "exercise"
        else:
            level = self.numbering["projects" if tag in PROJECTS else "blocks"]
            prefix = ".".join(self.structure[:level])
            counter = "project" if tag in PROJECTS else "block"
        value = self.count((counter, prefix))
        return f"{prefix}.{value}" if prefix else str(value)

    def block(self, el: etree._Element, tag: str) -> None:
        self.flush()
        kind = NUMBERED_BLOCKS.get(tag) or UNNUMBERED_BLOCKS[tag]
        # @label is the id PreTeXt writes into its output; @xml:id is what <xref> names.
        label = el.get("label") or el.get(XML_ID)
        number = el.get("number") or el.get("acro")  # FCLA names items by acronym
        parent = self.envs[-1] if self.envs else None
        if tag == "proof" and parent is not None and parent.kind in HOLDS_PROOFS:
            # a solution written as a proof, a "proof" an exercise asks to criticise: part of
            # the item's text (a proof is an item of its own after a theorem-like block only)
            self.content(el)
            self.flush()
            return
        if tag in UNNUMBERED_BLOCKS:
            # A solution, hint or answer belongs to the exercise or example around it.
            if parent is not None and kind != "proof":
                number, label = number or parent.number, label or parent.label
        elif number is None and not (parent and tag in ("figure", "table", "list")):
            number = self.number_block(tag)
        title_el = el.find("title")
        title = normalize_space(self.inline(title_el)) or None if title_el is not None else None
        env = Env(kind, self.builder.new_group(), number, title, label)
        for ident in {el.get("label"), el.get(XML_ID)} - {None}:
            if number:
                self.numbers[ident] = number
        self.envs.append(env)
        count = len(self.builder.blocks)
        self.content(el)
        self.flush()
        if len(self.builder.blocks) == count and tag in NUMBERED_BLOCKS:
            # The item exists (and is numbered) in the book, but its source holds no text.
            self.emit("paragraph", placeholder(el))
        self.envs.pop()

    def interactive(self, el: etree._Element, tag: str) -> None:
        """An interactive exercise's parts, lettered as the print edition shows them, then its
        key as a solution of the exercise: PreTeXt prints the key as the solution (which
        choices are correct, which response matches which premise, the blocks in order)."""
        self.flush()
        if tag == "choices":
            choices = el.findall("choice")
            letters = [f"{chr(65 + i)}." for i in range(len(choices))]  # printed in the text:
            shown = [(x, [c], f"{x} ") for x, c in zip(letters, choices)]  # the key names them
            key = [(x, [c.find("feedback")],
                    f"{x} Correct. " if c.get("correct") == "yes" else f"{x} Incorrect. ")
                   for x, c in zip(letters, choices)]
        elif tag == "blocks":
            blocks = el.findall("block")
            order = sorted(blocks, key=lambda b: int(b.get("order") or 1 + len(blocks)))
            shown = [("•", [b], "") for b in order]
            key = [("•", [next((c for c in b.findall("choice") if c.get("correct") == "yes"), b)],
                    "") for b in blocks if b.get("correct") != "no"]
        else:  # matches, cardsort: premises in their printed order, responses as written
            matches = el.findall("match")
            premises = sorted((m.find("premise") for m in matches),
                              key=lambda p: int(p.get("order") or 1 + len(matches)))
            shown = [("•", [], f"{self.inner(p)} | {self.inner(m.find('response'))}")
                     for p, m in zip(premises, matches)]
            key = [("•", [], f"{self.inner(m.find('premise'))}: {self.inner(m.find('response'))}")
                   for m in matches]
        self.listed(shown)
        parent = self.envs[-1] if self.envs else None
        if parent is None:
            return
        self.envs.append(Env("solution", self.builder.new_group(), parent.number, None,
                             parent.label))
        self.listed(key)
        self.envs.pop()

    def listed(self, items: list[tuple[str, list, str]]) -> None:
        """List items of the open environment: (lead, elements whose content follows, text)."""
        saved = self.item
        for lead, elements, text in items:
            self.item = (lead, self.envs[-1] if self.envs else None)
            count = len(self.builder.blocks)
            for part in elements:
                if part is not None:
                    self.content(part)
            self.flush()
            first = self.builder.blocks[count] if len(self.builder.blocks) > count else None
            if first is not None and first.kind != "display_math":
                first.text = f"{text}{first.text}"  # the text opens the item's first block
            else:
                self.buffer.append(text)
                self.flush()
                if first is not None:  # before a display: its own block, in reading order
                    self.builder.blocks.insert(count, self.builder.blocks.pop())
        self.item = saved

    def task(self, el: etree._Element) -> None:
        """A part of an exercise or example: a list item of its parent environment."""
        self.flush()
        parent = self.envs[-1] if self.envs else None
        index = sum(1 for s in el.itersiblings(preceding=True) if s.tag == "task") + 1
        saved, self.item = self.item, (_part_lead(index, _part_depth(el)), parent)
        self.content(el)
        self.flush()
        self.item = saved

    def list(self, el: etree._Element) -> None:
        self.flush()
        saved = self.item
        for index, li in enumerate(el.iter("li", "dt", "dd"), start=1):
            if li.getparent() is not el:
                continue
            lead = "•" if el.tag == "ul" else f"{index}." if el.tag == "ol" else None
            if el.tag == "ol" and _ends_exercise_statement(el):
                lead = _part_lead(index, _part_depth(el))  # the exercise's parts
            self.item = (lead or "", self.envs[-1] if self.envs else None)
            self.content(li)
            self.flush()
        self.item = saved

    # ---------------------------------------------------------------- content
    def content(self, el: etree._Element) -> None:
        """Mixed content: text and inline elements into the buffer, blocks as blocks."""
        if el.text:
            self.text(el.text)
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag in ("title", "subtitle", "shorttitle", "plaintitle"):
                self.tail(child)  # titles are the block's ``title``, not its text
            elif tag and (
                tag in DIVISIONS or tag in DISPLAY_MATH or tag in ("ol", "ul", "dl", "p", "task",
                                                                  "caption", "tabular")
                or tag in NUMBERED_BLOCKS or tag in UNNUMBERED_BLOCKS or tag in INTERACTIVE
                or tag in (
                    "statement", "blockquote", "sidebyside", "introduction", "conclusion",
                    "paragraphs", "pre", "cd", "exercisegroup", "subexercises", "sbsgroup",
                    "stack", "aside", "webwork")
            ):
                self.element(child)
            else:
                self.buffer.append(self.inline(child, with_tail=False))
                self.tail(child)

    def tail(self, el: etree._Element) -> None:
        if el.tail:
            self.text(el.tail)

    def text(self, text: str) -> None:
        self.buffer.append(prose(text))

    def inline(self, el: etree._Element | None, with_tail: bool = False) -> str:
        """Prose of an inline element, math as ``$...$``."""
        if el is None or not isinstance(el.tag, str):
            return (el.tail or "") if with_tail and el is not None else ""
        tag = el.tag
        if tag == "m":
            out = f"${self.math(math_text(el).strip())}$"
        elif tag in CHARACTERS and len(el) == 0 and not el.text:
            out = CHARACTERS[tag]
        elif tag in SKIP:
            out = ""
        elif tag == "xref":
            ref = el.get("ref") or el.get("first") or ""
            out = el.text or f"\x00{ref.split(',')[0].strip()}\x00"
        elif tag == "url":
            out = "".join(el.itertext()) or el.get("visual") or el.get("href", "")
        else:
            left, right = QUOTES.get(tag, ("", ""))
            out = left + self.inner(el) + right
        if with_tail and el.tail:
            out += prose(el.tail)
        return out

    def math(self, latex: str) -> str:
        """Math as the rendered book shows it: the book's own macros expanded."""
        return expand_macros(latex, self.macros)

    def inner(self, el: etree._Element | None) -> str:
        """Prose of an element's content, whatever the element (a match's ``<response>``)."""
        if el is None:
            return ""
        return prose(el.text or "") + "".join(
            self.inline(child, with_tail=True) for child in el)

    def flush(self) -> None:
        text = normalize_space("".join(self.buffer))
        self.buffer = []
        if text:
            block = self.emit("list_item" if self.item else "paragraph", text)
            if block is not None and self.item:
                block.lead = self.item[0] or None
                # the item's later paragraphs continue it: a part of two paragraphs ("How many
                # edges ...?" "(if there are none, enter 0)") is one part, printed once "(a)"
                self.item = ("", self.item[1])

    def emit(self, kind: str, text: str):
        env = self.envs[-1] if self.envs else (self.item[1] if self.item else None)
        fields = {}
        if env is not None:
            fields = {"env": env.kind, "label": env.label, "number": env.number,
                      "title": env.title, "group": env.group}
        return self.builder.add(kind, text, **fields)


# A whole number standing alone in the words ("10 cookies", "transport 3 disks"), not part of a
# word, a decimal, a list of numbers, a fraction or a percentage ("1st", "9-bit", "3.5", "2,3",
# "1/2", "5%").
_BARE_NUMBER = re.compile(r"(?<![\w.,/\\$-])\d+(?![\w/$%]|[.,]\d|-\w)")


def prose(text: str) -> str:
    """The source's words as a PDF's text shows them: a literal ``$`` escaped, and a number
    written without ``<m>`` ("distribute 10 cookies") as math ("$10$"), as the PDF typesets
    every number: the readers take the numbers an item gives from its formulas. Text with
    LaTeX in it (FCLA's archetypes write their matrices as text: ``\begin{bmatrix} 10 & 18``)
    is not prose: its numbers stay as they are."""
    escaped = text.replace("$", r"\$")
    return escaped if "\\" in text else _BARE_NUMBER.sub(r"$\g<0>$", escaped)


_ANSWERS = ("solution", "hint", "answer")


def _ends_exercise_statement(el: etree._Element) -> bool:
    """Does this list end what an exercise asks, nothing but its solution after it? Such a list
    is the exercise's parts, printed (a), (b), ... ("Find the remainder of $3^{456}$ when divided
    by (a) 2. (b) 5. ..."); a list with the exercise's words or a display after it is not (FCLA's
    "find the sets: 1. ... 4. ... $A = ...$" keeps its matrix for every question)."""
    node = el
    while node.tag not in ("statement", "exercise"):
        if (node.tail or "").strip() or any(
                isinstance(s.tag, str) and s.tag not in _ANSWERS for s in node.itersiblings()):
            return False
        node = node.getparent()
        if node is None or node.tag in _ANSWERS:
            return False
    parent = node.getparent()
    if parent is not None and parent.tag == "webwork":  # a WeBWorK problem's statement
        parent = parent.getparent()
    return node.tag == "exercise" or (parent is not None and parent.tag == "exercise")


def _part_depth(el: etree._Element) -> int:
    """How deep a part (a ``<task>``, an exercise's ``<ol>``) is nested in its item's parts."""
    return 1 + sum(1 for a in el.iterancestors("task", "ol"))


def _part_lead(index: int, depth: int) -> str:
    """A part's label as PreTeXt prints it: (a), then i., then 1. nested in those."""
    return [f"({chr(96 + index)})", f"{roman(index).lower()}.", f"{index}."][min(depth, 3) - 1]


def placeholder(el: etree._Element) -> str:
    """What stands for a block whose source holds no text: where its text is, or its image."""
    served = el.find(".//webwork[@source]")
    if served is not None:  # served by a WeBWorK server
        return f"[WeBWorK problem {served.get('source')}]"
    if el.find(".//webwork") is not None:  # PG code included from a file not in the tree
        return "[WeBWorK problem whose PG code is not in the source]"
    described = el.find(".//image/shortdescription")
    if described is None:
        described = el.find(".//image/description")
    if described is not None:
        return f"[Image: {normalize_space(''.join(described.itertext()))}]"
    return "[no text in the source]"


def structured(el: etree._Element | None) -> bool:
    """Whether a division is divided into subdivisions (PreTeXt's "structured")."""
    return el is not None and any(child.tag in NUMBERED_DIVISIONS for child in el)


# PreTeXt writes the alignment tab as ``\\amp`` (a bare & is not XML): LaTeX's &, as the
# LaTeX reader keeps it.
_AMP = re.compile(r"\\amp(?![A-Za-z])\s?")


def math_text(el: etree._Element) -> str:
    """The LaTeX of a math element as written (``<var>``/``<fillin>`` kept as text), with
    PreTeXt's ``\\amp`` as LaTeX's ``&``."""
    return _AMP.sub("& ", "".join(el.itertext()))


def display_latex(el: etree._Element) -> str:
    """Body of ``<me>``/``<md>``: rows of a multi-line display joined by ``\\\\``."""
    rows = [r for r in el if isinstance(r.tag, str) and r.tag == "mrow"]
    if not rows:
        return math_text(el).strip()
    return " \\\\\n".join(math_text(r).strip() for r in rows)
