"""Source readers (LaTeX, PreTeXt, Markdown) on the shared books' sources and on tiny inputs.

Expected figures are counted here straight from the source text (regular
expressions over the files), or read from the book's PDF, never from the reader.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pymupdf
import pytest
from click.testing import CliRunner

from ingest.book import ingest_book
from ingest.document import Document, formulas_in, load_document, prose_of
from ingest.latex import read_latex
from ingest.markdown import read_markdown
from ingest.pretext import prose, read_pretext
from ingest.texmacros import expand_macros, read_macros
from syllabus.cli import cli
from syllabus.errors import UserError
from tests.conftest import BOOK_PDFS, TEXTBOOKS

DIFFYQS = TEXTBOOKS / "diffyqs" / "source"
TRIG = TEXTBOOKS / "trig" / "source"
FCLA_PTX = TEXTBOOKS / "fcla" / "source" / "src2" / "fcla.xml"
DMOI_PTX = TEXTBOOKS / "discrete" / "source" / "source" / "dmoi.ptx"


def groups(document: Document, env: str) -> list:
    """The first block of each environment group of kind ``env``."""
    firsts: dict[int, object] = {}
    for block in document.blocks:
        if block.env == env and block.group is not None:
            firsts.setdefault(block.group, block)
    return list(firsts.values())


def uncommented(path: Path) -> str:
    """A LaTeX file without its comments (what TeX reads)."""
    text = path.read_text(encoding="utf-8", errors="replace")
    return re.sub(r"(?<!\\)%.*", "", text)


def included_tex(main: Path) -> list[Path]:
    """The files a main .tex file inputs, in order (counted independently of the reader)."""
    names = re.findall(r"\\(?:input|include)\{([^}]+)\}", uncommented(main))
    files = [main.parent / (n if n.endswith(".tex") else n + ".tex") for n in names]
    return [f for f in files if f.exists()]


def pretext_files(main: Path) -> list[Path]:
    """The XML files reachable from a PreTeXt main file through xi:include (by regex)."""
    out, todo = [], [main]
    while todo:
        path = todo.pop()
        out.append(path)
        text = re.sub(r"<!--.*?-->", "", path.read_text(encoding="utf-8"), flags=re.DOTALL)
        for tag in re.findall(r"<xi:include[^>]*>", text):
            if 'parse="text"' not in tag:
                todo.append(path.parent / re.search(r'href="([^"]+)"', tag).group(1))
    return out


@pytest.fixture(scope="session")
def diffyqs(textbooks) -> Document:
    return read_latex(DIFFYQS / "diffyqs.tex", sympy_checks=0)


@pytest.fixture(scope="session")
def trig(textbooks) -> Document:
    return read_latex(TRIG / "trigbook.tex", sympy_checks=0)


@pytest.fixture(scope="session")
def fcla(textbooks) -> Document:
    return read_pretext(FCLA_PTX, sympy_checks=0)


@pytest.fixture(scope="session")
def dmoi(textbooks) -> Document:
    return read_pretext(DMOI_PTX, sympy_checks=0)


# ------------------------------------------------------------------ diffyqs (LaTeX)
def test_diffyqs_environments_match_source(diffyqs) -> None:
    sources = [uncommented(f) for f in included_tex(DIFFYQS / "diffyqs.tex")]
    for env in ("exercise", "example", "theorem"):
        expected = sum(len(re.findall(rf"\\begin\{{{env}\}}", s)) for s in sources)
        assert len(groups(diffyqs, env)) == expected, env
    solutions = sum(len(re.findall(r"\\exsol\{", s)) for s in sources)
    assert len(groups(diffyqs, "solution")) == solutions == 251


def test_diffyqs_outline_matches_source_and_pdf(diffyqs) -> None:
    chapters = []
    for f in included_tex(DIFFYQS / "diffyqs.tex"):
        chapters += re.findall(r"\\chapter\*?\{([^}]*)\}", uncommented(f))
    found = [h.title for h in diffyqs.outline if h.level == 1]
    assert found == chapters
    # Numbers as LaTeX prints them: the starred introduction leaves chapter 0,
    # the appendix is lettered. The PDF's bookmarks say so too.
    numbered = {h.title: h.number for h in diffyqs.outline if h.level == 1}
    assert numbered["First-order equations"] == "1"
    assert numbered["Linear algebra"] == "A"
    pdf = pymupdf.open(BOOK_PDFS["diffyqs"])
    sections = [h for h in diffyqs.outline if h.level == 2]
    assert [h.title for h in sections] == [t for level, t, _ in pdf.get_toc() if level == 2]
    contents = "".join(pdf[i].get_text() for i in range(1, 8))  # the printed table of contents
    printed = re.findall(r"^\s*(\d+\.\d+|[A-Z]\.\d+)(?![.\d])", contents, re.MULTILINE)
    assert set(printed) == {h.number for h in sections}


def test_diffyqs_theorem_label_title_number(diffyqs) -> None:
    picard = [b for b in groups(diffyqs, "theorem") if b.label == "slope:picardthm"]
    assert len(picard) == 1
    assert picard[0].title == "Picard's theorem on existence and uniqueness"
    # The PDF prints "Theorem 1.2.1" before Picard's theorem.
    pages = [page.get_text() for page in pymupdf.open(BOOK_PDFS["diffyqs"])]
    assert any("Picard" in t and f"Theorem {picard[0].number}" in t for t in pages)


def test_diffyqs_references_resolve(diffyqs) -> None:
    # \ref, \eqref and the book's own \figurevref all find a number LaTeX would print.
    assert not [b.text for b in diffyqs.blocks if "??" in b.text]
    pdf = " ".join(" ".join(p.get_text().split()) for p in pymupdf.open(BOOK_PDFS["diffyqs"]))
    figure = re.search(r"sample solutions, see Figure (\d+\.\d+)", pdf).group(1)
    assert any(f"sample solutions, see {figure}" in b.text for b in diffyqs.blocks)


def test_diffyqs_exercise_numbers_follow_setcounter(diffyqs) -> None:
    numbers = [b.number for b in groups(diffyqs, "exercise")]
    assert numbers[:2] == ["0.2.1", "0.2.2"]  # the starred introduction is chapter 0
    assert "1.1.1" in numbers
    assert "1.1.101" in numbers  # \setcounter{exercise}{100} before the answered ones
    solved = {b.number for b in groups(diffyqs, "solution")}
    assert solved <= set(numbers)


def test_diffyqs_formulas_exact(diffyqs) -> None:
    source = uncommented(DIFFYQS / "ch-first-order-ode.tex")
    inline = {f.latex for b in diffyqs.blocks for f in b.formulas if not f.display}
    sample = re.findall(r"(?<![\\$])\$([^$\n]+)\$(?!\$)", source)[:200]
    assert len(sample) == 200
    assert all(s.strip() in inline for s in sample)
    displays = {f.latex for b in diffyqs.blocks for f in b.formulas if f.display}
    equations = re.findall(r"\\begin\{equation\*\}(.*?)\\end\{equation\*\}", source, re.DOTALL)
    assert equations and all(e.strip() in displays for e in equations[:100])


# ----------------------------------------------------------------- trig (LaTeX)
def test_trig_examples_and_exercise_lists(trig) -> None:
    sources = [uncommented(f) for f in included_tex(TRIG / "trigbook.tex")]
    assert len(groups(trig, "example")) == sum(s.count(r"\begin{exmp}") for s in sources) == 127
    exercises = groups(trig, "exercise")
    assert 480 <= len(exercises) <= 535
    by_section = Counter(b.section for b in exercises)
    assert len(by_section) == sum(s.count(r"\startexercises") for s in sources)
    for section in by_section:  # numbered 1, 2, ... within each section's list
        numbers = [int(b.number) for b in exercises if b.section == section]
        assert numbers == list(range(1, len(numbers) + 1))
    chapters = [h for h in trig.outline if h.kind == "chapter" and h.number]
    assert [h.number for h in chapters] == ["1", "2", "3", "4", "5", "6"]
    assert trig.title == "Trigonometry"


def test_trig_numbers_as_printed(trig) -> None:
    # \newtheorem{exmp}{Example}[chapter]: the PDF prints "Example 1.1", "Example 1.2"...
    numbers = [b.number for b in groups(trig, "example")]
    assert numbers[:3] == ["1.1", "1.2", "1.3"]
    pdf = pymupdf.open(BOOK_PDFS["trig"])
    text = "".join(page.get_text() for page in pdf)
    assert all(f"Example {n}" in text for n in numbers)
    # \statethm{label}{text} wraps the thm environment; cor shares thm's counter.
    sources = "".join(uncommented(f) for f in included_tex(TRIG / "trigbook.tex"))
    stated = groups(trig, "theorem") + groups(trig, "corollary")
    assert len(stated) == sources.count("\\statethm{") + sources.count("\\statecor{")
    assert all(b.label and f"{b.env.capitalize()} {b.number}" in text for b in stated)


def test_trig_refs_to_item_labels_print_the_exercise_numbers(trig) -> None:
    # "For Exercises \ref{exer:solvrtfirst}-\ref{exer:solvrtlast}", labels set in \item: the
    # exercises' numbers, as the PDF prints them, not the section's number.
    pdf = "".join(page.get_text() for page in pymupdf.open(BOOK_PDFS["trig"]))
    text = " ".join(b.text for b in trig.blocks)
    ranges = re.findall(r"For Exercises (\d+\s*-\s*\d+)", text)
    assert len(ranges) >= 40 and not re.search(r"Exercises \d+\.\d", text)
    assert "15-23" in ranges and "7 - 14" in ranges
    assert all(r.replace(" ", "") in pdf.replace(" ", "") for r in ranges)


# -------------------------------------------------------------------- PreTeXt
# The publication file of each book's print edition (the PDF): its <version include>
# names the components printed; an element of another component is left out.
PRINT_EDITION = {"fcla": FCLA_PTX.parents[1] / "publisher" / "pdf-solutions.xml",
                 "dmoi": DMOI_PTX.parents[1] / "publication" / "print.ptx"}


@pytest.mark.parametrize("book", ["fcla", "dmoi"])
def test_pretext_environments_match_source(book, request) -> None:
    document = request.getfixturevalue(book)
    main = FCLA_PTX if book == "fcla" else DMOI_PTX
    texts = [re.sub(r"<!--.*?-->", "", f.read_text(encoding="utf-8"), flags=re.DOTALL)
             for f in pretext_files(main)]
    printed = re.search(r'<version include="([^"]*)"', PRINT_EDITION[book].read_text()).group(1)

    def count(element: str) -> int:
        tags = [t for text in texts for t in re.findall(rf"<{element}[\s>][^>]*", text)]
        components = [re.search(r'component="([^"]*)"', t) for t in tags]
        return sum(c is None or c.group(1) in printed.split() for c in components)

    for element in ("example", "theorem", "definition", "exercise"):
        assert len(groups(document, element)) == count(element), element


def test_fcla_theorem_title_with_math(fcla) -> None:
    csrn = [b for b in groups(fcla, "theorem") if b.label == "theorem-CSRN"]
    assert len(csrn) == 1
    assert csrn[0].title == "Consistent Systems, $r$ and $n$"
    exercise = [b for b in groups(fcla, "exercise") if b.label == "exercise-SSLE-C10"]
    assert exercise[0].number == "C10"  # an explicit @number wins
    assert "$x_3=6$" in exercise[0].text


def test_pretext_chapters_match_source(dmoi) -> None:
    expected = []
    for name in re.findall(r'href="\./(ch_[^"]+)"', DMOI_PTX.read_text()):
        text = (DMOI_PTX.parent / name).read_text(encoding="utf-8")
        expected.append(re.search(r"<chapter[^>]*>\s*<title>(.*?)</title>", text, re.DOTALL).group(1))
    chapters = [h for h in dmoi.outline if h.kind == "chapter" and h.number]
    assert [h.title for h in chapters] == [re.sub(r"\s+", " ", t) for t in expected]
    # The publication file says chapter-start="0".
    assert [h.number for h in chapters] == [str(i) for i in range(len(chapters))]


@pytest.mark.parametrize("book", ["fcla", "dmoi"])
def test_pretext_numbers_as_printed(book, request) -> None:
    """Every example, theorem and definition number is the one the book's PDF prints
    (FCLA's acronyms, Discrete's chapter.section.n from its publication file)."""
    document = request.getfixturevalue(book)
    pdf = pymupdf.open(BOOK_PDFS["fcla" if book == "fcla" else "discrete"])
    text = " ".join(" ".join(page.get_text().split()) for page in pdf)
    for env in ("example", "theorem", "definition"):
        items = groups(document, env)
        assert items and all(f"{env.capitalize()} {b.number}" in text for b in items), env


def _list_after(document: Document, words: str) -> list[str | None]:
    """The leads of the list items right after the block that holds ``words``, in its group."""
    at = next(i for i, b in enumerate(document.blocks) if words in b.text)
    items = []
    for block in document.blocks[at + 1:]:
        if block.kind != "list_item" or block.group != document.blocks[at].group:
            break
        items.append(block.lead)
    return items


def test_pretext_list_ending_an_exercise_is_its_parts(dmoi, fcla) -> None:
    """A list that ends what an exercise asks is its parts, lettered as the Discrete PDF prints
    them ("Find the remainder of 3^456 when divided by (a) 2. (b) 5. ..."); its solution's list
    stays a list; a list with the exercise's matrix after it (FCLA C61: "find the sets 1. ... 4.
    ..." then $A = ...$) is not parts, as the FCLA PDF prints it."""
    assert _list_after(dmoi, "Find the remainder of $3^{456}$ when divided by") == \
        ["(a)", "(b)", "(c)", "(d)"]
    assert _list_after(dmoi, "just plug in all integers between $0$ and the modulus") == \
        ["1.", "2.", "3."]
    assert _list_after(fcla, "find the indicated sets with the requested properties") == \
        ["1.", "2.", "3.", "4."]


def test_pretext_part_of_two_paragraphs_is_one_part(dmoi) -> None:
    """A ``<task>`` whose statement has two paragraphs ("First, add the fewest number of edges
    ... How many edges are in the graph you drew?") is one part, labelled once as the PDF
    prints it: its second paragraph continues the part, it does not open a second "(a)"."""
    at = next(i for i, b in enumerate(dmoi.blocks) if b.text.startswith("First, add the fewest"))
    assert dmoi.blocks[at].lead == "(a)"
    assert dmoi.blocks[at + 1].text.startswith("How many edges are in the graph you drew?")
    assert dmoi.blocks[at + 1].lead is None


def test_pretext_webwork_instruction_is_not_printed(dmoi) -> None:
    """A WeBWorK ``<instruction>`` says how to type an answer online ("You can enter P(n,k) for a
    permutation on this problem."); the print edition leaves it out, and so does the reader."""
    assert not any("You can enter P(n,k)" in b.text for b in dmoi.blocks)
    assert any("How many possible sequences of $30$ birthdays contain no repeats?" in b.text
               for b in dmoi.blocks)


def test_pretext_plain_numbers_are_math() -> None:
    """Numbers the source writes as words' digits ("10 cookies") are math, as the PDF prints
    them; digits inside a word, a decimal, a list, a fraction or a percentage stay as written."""
    assert prose("Suppose we have 10 cookies to give away to three children") == \
        "Suppose we have $10$ cookies to give away to three children"
    assert prose("The graph must have 29 edges.") == "The graph must have $29$ edges."
    assert prose("How many 9-bit strings, with a raise of 5% in the 10th week, 3.5, 2,3 or 1/2") \
        == "How many 9-bit strings, with a raise of 5% in the 10th week, 3.5, 2,3 or 1/2"
    assert prose("costs $5") == r"costs \$5"
    # FCLA's archetypes write a matrix as text: LaTeX, not prose
    assert prose(r"\begin{bmatrix} 10 & 18 \end{bmatrix}") == r"\begin{bmatrix} 10 & 18 \end{bmatrix}"


def _dmoi_macros():
    """Levin's macros, read from the ``<macros>`` of the book's docinfo (bookinfo.ptx)."""
    text = (DMOI_PTX.parent / "bookinfo.ptx").read_text(encoding="utf-8")
    return read_macros(text.split("<macros>")[1].split("</macros>")[0])


def test_pretext_math_exact(dmoi) -> None:
    """Inline math is the source's, with only the book's own macros expanded."""
    text = (DMOI_PTX.parent / "sec_logic-statements.ptx").read_text(encoding="utf-8")
    inline = {f.latex for b in dmoi.blocks for f in b.formulas if not f.display}
    sample = [m.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip()
              for m in re.findall(r"<m>([^<]*)</m>", text)][:100]
    macros = _dmoi_macros()
    assert sample and all(expand_macros(m, macros) in inline for m in sample)
    assert "P \\rightarrow Q" in inline  # written <m>P \imp Q</m>


def test_book_macros_read_from_their_definitions() -> None:
    """Levin's ``\\def``s become plain macros, written as his PDF prints them (``\\N`` is
    ``\\mathbb{N}``, ``\\card{A}`` is ``|A|``); his ``\\mchoose`` typesets with
    ``\\mathchoice`` and kerns, which no reader can use, and stays as written."""
    macros = _dmoi_macros()
    assert macros["N"].body == r"\mathbb{N}" and macros["inv"].body == "^{-1}"
    assert (macros["card"].arguments, macros["card"].body) == (1, "|#1|")
    assert "mchoose" not in macros
    # Exercise 5.2.4.15(d), 5.2.4.13's f, 1.1's quantifiers, as the source writes them:
    assert expand_macros(r"\card{f\inv(\{0,1, \ldots, 8\})}", macros) == \
        r"|f^{-1}(\{0,1, \ldots, 8\})|"
    assert expand_macros(r"f:\pow(A) \to \N", macros) == r"f:\mathcal{P}(A) \to \mathbb{N}"
    assert expand_macros(r"\exists x \st P(x) \imp \delta \\N", macros) == \
        r"\exists x : P(x) \rightarrow \delta \\N"  # \\ is a row break, \delta no \d
    assert expand_macros(r"\bar A\cup\bar{B}", macros) == r"\overline A\cup\overline{B}"
    # \newcommand with arguments, and a macro expanding to another (FCLA's)
    fcla = read_macros(r"""\newcommand{\vect}[1]{\mathbf{#1}}
        \newcommand{\zerovector}{\vect{0}}  % a comment
        \newcommand{\linearsystem}[2]{\mathcal{LS}\!\left(#1,\,#2\right)}
        \newcommand{\homosystem}[1]{\linearsystem{#1}{\zerovector}}
        \newcommand{\opt}[1][x]{#1}
        \newcommand*{\Z}{\ensuremath{{\mathbb Z}}}""")
    assert set(fcla) == {"vect", "zerovector", "linearsystem", "homosystem"}
    assert expand_macros(r"\homosystem{A}", fcla) == r"\mathcal{LS}\!(A,\,\mathbf{0})"
    # a macro kept as written (a reader knows \inverse by name) is still expanded inside
    # another's body, as the PDF prints it: FCLA's \similar{A}{S} is S^{-1}AS
    kept = read_macros(r"""\newcommand{\inverse}[1]{#1^{-1}}
        \newcommand{\similar}[2]{\inverse{#2}#1#2}""", keep=frozenset({"inverse"}))
    assert set(kept) == {"similar"}
    assert expand_macros(r"B=\similar{A}{S}, \inverse{A}", kept) == r"B=S^{-1}AS, \inverse{A}"


def test_pretext_book_macros_expanded(dmoi) -> None:
    """No formula keeps one of Levin's plain macros: "Find $f\\inv(\\{1,3\\})$" (Exercise
    5.2.4.14(b)) reads as his PDF prints it."""
    formulas = [f.latex for b in dmoi.blocks for f in b.formulas]
    names = "|".join(_dmoi_macros())
    # (not "\\\\d & c": a row break, then d)
    assert not [f for f in formulas if re.search(rf"(?<!\\)\\(?:{names})(?![A-Za-z])", f)]
    assert r"f^{-1}(\{1,3\})" in formulas


def test_pretext_webwork_random_values_say_so(dmoi) -> None:
    """A WeBWorK value its PG code draws at random (``$d = random(2,10)``) is printed as the
    server drew it; the source does not hold it, and its text says so rather than leaving a
    blank ("$a_n = a_{n-1} +$"). A list in a WeBWorK statement is the exercise's parts."""
    text = [b.text for b in dmoi.blocks]
    assert r"Consider the recurrence relation $a_n = a_{n-1} + \text{[WeBWorK random value]}$." \
        in text
    assert _list_after(dmoi, "A restaurant offers $8$ appetizers and $14$ entrées.") == \
        ["(a)", "(b)"]


def test_pretext_part_opening_with_a_display_keeps_its_label(dmoi) -> None:
    """Exercise 2.4.5.3(a) is a display alone ("$$V = \\{a,b,c,d,e,f\\} ...$$"): its label is
    printed before it, as in the PDF, so that the part exists and (b) follows it."""
    at = next(i for i, b in enumerate(dmoi.blocks)
              if b.text.startswith("Determine which of the following graphs have an Euler"))
    label, display = dmoi.blocks[at + 1], dmoi.blocks[at + 2]
    assert (label.kind, label.text, label.lead) == ("list_item", "(a)", "(a)")
    assert display.kind == "display_math" and display.text.startswith("V = & \\{a,b,c,d,e,f\\}")


def test_pretext_alignment_tabs_are_latex_ampersands(dmoi) -> None:
    """PreTeXt writes & as \\amp; the formulas carry LaTeX's & (a matrix's columns)."""
    formulas = [f.latex for b in dmoi.blocks for f in b.formulas]
    assert not [f for f in formulas if re.search(r"\\amp(?![a-z])", f)]
    matrix = next(f for f in formulas if "\\begin{pmatrix}" in f and "0 & 1 & 1 & 0 & 0 & 1" in f)
    assert matrix.count("&") == 30  # the 6 x 6 adjacency matrix of Exercise 2.4.5.3


# ------------------------------------------------------------ tiny LaTeX inputs
def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


BOOK = r"""\documentclass{book}
\newtheorem{thm}{Theorem}[chapter]
\newtheorem{lem}[thm]{Lemma}
\newtheorem*{note}{Note}
\title{Tiny Book}
\begin{document}
\chapter*{Preface}
Hello.
\chapter{Limits}\label{ch:lim}
\input{parts/one}
\appendix
\chapter{Answers}
\section{More}
\end{document}
"""


def test_latex_nested_inputs_numbering_and_math(tmp_path) -> None:
    main = write(tmp_path / "book.tex", BOOK)
    write(tmp_path / "parts" / "one.tex", "\\section{First}\n\\input{parts/two.tex}\n")
    write(tmp_path / "parts" / "two.tex", r"""
\begin{thm}[Squeeze]\label{t:sq} If $a \le b$ and \(b\le c\) then % a comment
\[ a \le c. \]
\end{thm}
\begin{lem}Shared counter.\end{lem}
\section*{Unnumbered}
\subsection{Sub}
See Theorem~\ref{t:sq} in Chapter~\ref{ch:lim}.
\begin{align*}
x &= 1 \\ % keep
y &= 2
\end{align*}
\begin{enumerate}\item One $x$ \item Two\end{enumerate}
\begin{note}Unnumbered note.\end{note}
""")
    doc = read_latex(main, sympy_checks=0)
    assert doc.title == "Tiny Book"
    outline = [(h.kind, h.number, h.title) for h in doc.outline]
    assert outline == [
        ("chapter", None, "Preface"), ("chapter", "1", "Limits"), ("section", "1.1", "First"),
        ("section", None, "Unnumbered"), ("subsection", "1.1.1", "Sub"),
        ("appendix", "A", "Answers"), ("section", "A.1", "More"),
    ]
    theorem = groups(doc, "theorem")[0]
    assert (theorem.number, theorem.title, theorem.label) == ("1.1", "Squeeze", "t:sq")
    assert theorem.text == "If $a \\le b$ and $b\\le c$ then"
    assert [f.latex for f in theorem.formulas] == ["a \\le b", "b\\le c"]
    assert groups(doc, "lemma")[0].number == "1.2"
    assert groups(doc, "note")[0].number is None
    displays = [b.text for b in doc.blocks if b.kind == "display_math"]
    # TeX's comment swallows the line end, and so does the reader.
    assert displays == ["a \\le c.", "x &= 1 \\\\ y &= 2"]
    assert "See Theorem 1.1 in Chapter 1." in [b.text for b in doc.blocks]
    assert [(b.lead, b.text) for b in doc.blocks if b.kind == "list_item"] == [
        ("1.", "One $x$"), ("2.", "Two")
    ]


def test_latex_parse_error_names_file_and_line(tmp_path) -> None:
    main = write(tmp_path / "main.tex", "\\begin{document}\n\\input{chapter2}\n\\end{document}\n")
    write(tmp_path / "chapter2.tex", "Fine.\n\nStill fine.\nBroken {here\n\nmore text.\n")
    with pytest.raises(UserError, match=r"chapter2\.tex:4: unbalanced braces"):
        read_latex(main)


def test_latex_missing_input_warns_and_empty_file_fails(tmp_path) -> None:
    """A missing \\input is read on without (PreTeXt's LaTeX inputs pages it does not ship),
    named once in the document's warnings and on stderr; an empty file is still an error."""
    main = write(tmp_path / "main.tex", "Intro.\n\n\\input{nowhere}\n\\input{nowhere}\nEnd.\n")
    document = read_latex(main, sympy_checks=0)
    assert [b.text for b in document.blocks] == ["Intro.", "End."]
    assert len(document.warnings) == 1
    assert re.match(r"main\.tex:3: \\input\{nowhere\}: file .*nowhere\.tex not found; its "
                    r"content is not in the pack$", document.warnings[0])
    result = CliRunner().invoke(cli, ["-q", "ingest", str(main), "-o", str(tmp_path / "d.json")])
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [f"warning: {document.warnings[0]}"]
    assert load_document(tmp_path / "d.json").warnings == document.warnings
    empty = write(tmp_path / "empty.tex", "  \n")
    with pytest.raises(UserError, match="empty"):
        read_latex(empty)


def test_latex_prose(tmp_path) -> None:
    main = write(tmp_path / "p.tex", "It costs \\$5, ``so'' --- \\emph{yes} \\textbf{b $y$}.\n")
    block = read_latex(main, sympy_checks=0).blocks[0]
    assert block.text == "It costs \\$5, “so” — yes b $y$."
    assert [f.latex for f in block.formulas] == ["y"]  # an escaped dollar opens no math


def test_latex_sympy_flags(tmp_path) -> None:
    main = write(tmp_path / "m.tex", r"Take $\frac{1}{2} + x^2$ and $\begin{matrix}1\end{matrix}$.")
    formulas = read_latex(main, sympy_checks=10).blocks[0].formulas
    assert [f.sympy_parses for f in formulas] == [True, False]
    assert all(f.confidence == 1.0 for f in formulas)


# ---------------------------------------------------------- tiny PreTeXt inputs
PTX = """<?xml version="1.0"?>
<pretext xmlns:xi="http://www.w3.org/2001/XInclude">
<book><title>Small</title>
<chapter xml:id="ch"><title>Counting</title>
<section><title>Sums</title>
<definition xml:id="def-sum"><title>Sum</title><statement><p>A <term>sum</term> is <m>a+b</m>.</p></statement></definition>
<theorem xml:id="thm-a"><statement><p>By <xref ref="def-sum"/>:<me>a+b=b+a</me></p></statement>
<proof><p>Clear.</p></proof></theorem>
<xi:include href="ex.ptx"/>
</section></chapter>
<appendix><title>Extra</title><p>More <m>x &lt; y</m>.</p></appendix>
</book></pretext>
"""
EXERCISES = """<exercises xmlns:xi="http://www.w3.org/2001/XInclude"><title>Exercises</title>
<exercise xml:id="ex-1"><statement><p>Compute:</p><md><mrow>x &amp;= 1</mrow><mrow>y &amp;= 2</mrow></md></statement>
<task><statement><p>first <m>t</m></p></statement></task><task><p>second</p></task>
<solution><p>Done.</p></solution></exercise>
<exercise><p>Again.</p></exercise>
</exercises>
"""


def test_pretext_tiny_book(tmp_path) -> None:
    main = write(tmp_path / "main.ptx", PTX)
    write(tmp_path / "ex.ptx", EXERCISES)
    doc = read_pretext(main, sympy_checks=0)
    assert doc.title == "Small"
    assert [(h.kind, h.number, h.title) for h in doc.outline] == [
        ("chapter", "1", "Counting"), ("section", "1.1", "Sums"),
        ("subsection", None, "Exercises"), ("appendix", "A", "Extra"),
    ]
    definition = groups(doc, "definition")[0]
    assert (definition.number, definition.title, definition.label) == ("1.1.1", "Sum", "def-sum")
    assert definition.text == "A sum is $a+b$."
    assert groups(doc, "theorem")[0].text == "By 1.1.1:"
    assert groups(doc, "proof")[0].number is None
    exercises = groups(doc, "exercise")
    # The one exercises division of an unstructured section is numberless: its exercises
    # are numbered within the section (PreTeXt's own counter, apart from the blocks').
    assert [e.number for e in exercises] == ["1.1.1", "1.1.2"]
    first = [b for b in doc.blocks if b.group == exercises[0].group]
    assert [b.kind for b in first] == ["paragraph", "display_math", "list_item", "list_item"]
    assert first[1].text == "x &= 1 \\\\\ny &= 2"
    assert [b.lead for b in first[2:]] == ["(a)", "(b)"]
    solution = groups(doc, "solution")[0]
    assert (solution.number, solution.label) == ("1.1.1", "ex-1")
    assert "$x < y$" in [b.text for b in doc.blocks][-1]


WEBWORK = """<?xml version="1.0"?>
<pretext><book><title>W</title><chapter><title>C</title><section><title>S</title>
<exercises><exercise><webwork><pg-code>
$n = 5;
$d = random(2,10);
$s = $n + 1;
</pg-code><statement><p>Flip a coin <var name="$n"/> times, then <m><var name="$d"/></m> more.</p>
<p><var name="$ans" width="5"/></p></statement></webwork></exercise></exercises>
</section></chapter></book></pretext>
"""


def test_pretext_webwork_values_from_pg_code(tmp_path) -> None:
    """A value the PG code fixes ("$n = 5;") is written in; one drawn at random is marked; an
    answer blank (``@width``) stays blank."""
    doc = read_pretext(write(tmp_path / "w.ptx", WEBWORK), sympy_checks=0)
    assert [b.text for b in doc.blocks if b.env == "exercise"] == [
        r"Flip a coin $5$ times, then $\text{[WeBWorK random value]}$ more."]


EDITIONS = """<project><targets>
<target name="web" format="html" source="main.ptx" publication="web.ptx"/>
<target name="print" format="pdf" source="main.ptx" publication="print.ptx"/>
</targets></project>
"""
STRUCTURED = """<?xml version="1.0"?>
<pretext><book><title>Editions</title><chapter><title>Logic</title>
<section><title>Proofs</title>
<subsection><title>Direct</title><p>Text.</p></subsection>
<exercises><title>Practice</title>
<exercise component="online"><p>Only on the web.</p></exercise>
<exercise label="mc"><statement><p>Which is prime?</p></statement>
<choices><choice><p>4</p></choice><choice correct="yes"><p>5</p><feedback><p>Yes.</p></feedback></choice></choices>
</exercise>
<exercise><statement><p>Prove it.</p></statement><solution><proof><p>Since <m>5</m> is odd.</p></proof></solution></exercise>
<exercise><webwork source="Library/x.pg"/></exercise>
<exercise><statement><p>Match.</p></statement><matches>
<match><premise><m>pq</m></premise><response>product</response></match>
<match><premise order="1"><m>p+q</m></premise><response>sum</response></match>
</matches></exercise>
</exercises></section></chapter></book></pretext>
"""


def test_pretext_print_edition_structured_numbers_and_interactive_keys(tmp_path) -> None:
    """The print target's publication picks the components; a structured section numbers its
    exercises division as a peer (1.1.2); a choice's key becomes the exercise's solution."""
    main = write(tmp_path / "main.ptx", STRUCTURED)
    write(tmp_path / "project.ptx", EDITIONS)
    write(tmp_path / "publication" / "print.ptx",
          '<publication><source><version include="static"/></source></publication>')
    write(tmp_path / "publication" / "web.ptx",
          '<publication><source><version include="online"/></source></publication>')
    doc = read_pretext(main, sympy_checks=0)
    assert [(h.number, h.title) for h in doc.outline][-2:] == [("1.1.1", "Direct"),
                                                              ("1.1.2", "Practice")]
    exercises = groups(doc, "exercise")
    assert [e.number for e in exercises] == ["1.1.2.1", "1.1.2.2", "1.1.2.3", "1.1.2.4"]
    choices = [b.text for b in doc.blocks if b.group == exercises[0].group]
    assert choices == ["Which is prime?", "A. $4$", "B. $5$"]
    key, proof = (
        [b.text for b in doc.blocks if b.env == "solution" and b.number == n]
        for n in ("1.1.2.1", "1.1.2.2")
    )
    assert key == ["A. Incorrect.", "B. Correct. Yes."]
    assert proof == ["Since $5$ is odd."] and not groups(doc, "proof")
    assert "Library/x.pg" in next(b.text for b in doc.blocks if b.group == exercises[2].group)
    shown = [b.text for b in doc.blocks if b.group == exercises[3].group]
    assert shown == ["Match.", "$p+q$ | product", "$pq$ | sum"]  # premises by @order
    pairs = [b.text for b in doc.blocks if b.env == "solution" and b.number == "1.1.2.4"]
    assert pairs == ["$pq$: product", "$p+q$: sum"]


def test_pretext_errors_name_file_and_line(tmp_path) -> None:
    main = write(tmp_path / "bad.ptx", "<pretext>\n<book>\n<p>unclosed\n</book></pretext>\n")
    with pytest.raises(UserError, match=r"bad\.ptx:4: malformed XML"):
        read_pretext(main)
    main = write(tmp_path / "main.ptx", PTX)
    line = next(i for i, text in enumerate(PTX.splitlines(), 1) if "xi:include" in text)
    with pytest.raises(UserError, match=rf"main\.ptx:{line}: xi:include 'ex\.ptx'.*not found"):
        read_pretext(main)


# --------------------------------------------------------- tiny Markdown inputs
def test_markdown_headings_math_and_lists(tmp_path) -> None:
    path = write(tmp_path / "b.md", """# Notes

## 2 Derivatives

**Rule 2.1.** For $f(x) = x^n$, a price of \\$5 and `$x$` code:

$$
f'(x) = n x^{n-1}
$$

### 2.1 Practice

1. Differentiate $x^3$.
2. Differentiate $\\sin x$.

## Appendix B Answers
""")
    doc = read_markdown(path, sympy_checks=0)
    assert doc.title == "Notes"
    assert [(h.kind, h.number, h.title, h.level) for h in doc.outline] == [
        ("chapter", "2", "Derivatives", 1), ("section", "2.1", "Practice", 2),
        ("appendix", "B", "Answers", 1),
    ]
    rule = next(b for b in doc.blocks if b.lead == "Rule 2.1.")
    assert [f.latex for f in rule.formulas] == ["f(x) = x^n"]
    assert "\\$5" in rule.text and "\\$x\\$" in rule.text
    assert [b.text for b in doc.blocks if b.kind == "display_math"] == ["f'(x) = n x^{n-1}"]
    items = [(b.lead, b.text) for b in doc.blocks if b.kind == "list_item"]
    assert items == [("1.", "Differentiate $x^3$."), ("2.", "Differentiate $\\sin x$.")]


# ------------------------------------------------------------- dispatch and CLI
def test_cli_ingests_latex_source(tmp_path) -> None:
    main = write(tmp_path / "book.tex", BOOK)
    write(tmp_path / "parts" / "one.tex", "\\section{First}\nText $y=2x$.\n")
    out = tmp_path / "doc.json"
    result = CliRunner().invoke(cli, ["--quiet", "ingest", str(main), "-o", str(out), "--json"])
    assert result.exit_code == 0, result.output
    doc = load_document(out)
    assert doc.source_format == "latex" and doc.page_count is None
    assert doc.blocks == ingest_book(main).blocks
    broken = write(tmp_path / "broken.tex", "\\begin{document}\n\\begin{itemize}\n\\end{document}\n")
    result = CliRunner().invoke(cli, ["ingest", str(broken), "-o", str(tmp_path / "b.json")])
    assert result.exit_code == 1 and "broken.tex:" in result.output
    assert result.output.strip().count("\n") == 0
    assert not (tmp_path / "b.json").exists()


def test_math_spans_in_text_keep_literal_dollars_and_row_breaks() -> None:
    """``\\$`` is a dollar sign, not math; ``\\\\$$`` ends a display whose last row broke."""
    text = r"It costs \$5: $x^2$ and $$25^{\circ},155^{\circ} \\$$ then $$a$$."
    assert formulas_in(text) == ["x^2", r"25^{\circ},155^{\circ} \\", "a"]
    assert "costs \\$5" in prose_of(text) and "x^2" not in prose_of(text)


def test_pretext_parts_now_apart_are_read_and_solved() -> None:
    """Parts the source now prints as the PDF does read and solve (text as the ingest writes it).
    By hand: Exercise 3.2.1.1, 8 appetizers or 14 entrées is 8 + 14 = 22 choices, one of each
    8 * 14 = 112; Exercise 2.4.5.3(b), every vertex of the adjacency list has degree 4 and the
    graph is connected, so it has an Euler circuit, which is also an Euler trail."""
    from formalize.parts import context_of
    from tests.book_items import solved

    def part(exercise: str, parts: list[str], own: int):
        return solved(parts[own], context=context_of(exercise, parts, own))[1]

    restaurant = ("A restaurant offers $8$ appetizers and $14$ entrées. How many choices do you "
                  "have if:\n\n(a) you will eat one dish, either an appetizer or an entrée?\n\n"
                  "(b) you are extra hungry and want to eat both an appetizer and an entrée?")
    dishes = ["you will eat one dish, either an appetizer or an entrée?",
              "you are extra hungry and want to eat both an appetizer and an entrée?"]
    assert (part(restaurant, dishes, 0).answer, part(restaurant, dishes, 1).answer) == (22, 112)
    adjacency = ("The graph given by the adjacency list:\n\nu | v,w,y,z\nv | u,w,x,y\nw | u,v,x,z\n"
                 "x | v,w,y,z\ny | u,v,x,z\nz | u,w,x,y")
    euler = ("Determine which of the following graphs have an Euler circuit or an Euler trail.\n\n"
             "(a)\n\n$$V = & \\{a,b,c,d,e,f\\} \\\\\nE = & \\{ab, af, bc, cd, ce, cf, de, ef\\}$$"
             f"\n\n(b) {adjacency}")
    graphs = ["$$V = & \\{a,b,c,d,e,f\\} \\\\\nE = & \\{ab, af, bc, cd, ce, cf, de, ef\\}$$", adjacency]
    assert tuple(part(euler, graphs, 1).answer) == (True, True)
