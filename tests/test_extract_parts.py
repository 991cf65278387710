"""Exercise parts that a PDF prints on one line, cut into one item each as the source's parts are:
"a) $..$ | b) $..$" in two columns (Diffy Qs), one display "a)\\begin{bmatrix}..b).." (its
appendix A), "a. ... b. ..." inline (Discrete). Pages cut from the real PDFs; the parts are
compared with the books' LaTeX source."""

from __future__ import annotations

import re
from pathlib import Path

import pymupdf
import pytest
import sympy as sp

import exercises.families  # noqa: F401  (registers the families)
from exercises.family import FAMILIES
from extract.concepts import Concept
from extract.items import delimit
from extract.pipeline import extract_concepts
from formalize.agreement import compare_with_book
from formalize.parts import context_of
from formalize.tasks import read_task
from ingest.book import ingest_book
from ingest.document import Block, Document, formulas_in

# 0-based pages of lebl-diffyqs.pdf: 0.2.14 (parts in two interleaved columns), 1.8.101-102,
# A.3.103-105, and the solutions (their title, those of 1.8 and A.3).
DIFFYQS_PAGES = [14, 70, 419, 446, 448, 457]
DIFFYQS_TOC = [[1, "Introduction", 1], [2, "Introduction to differential equations", 1],
               [1, "First-order equations", 2], [2, "Exact equations", 2],
               [1, "Linear algebra", 3], [2, "Elimination", 3],
               [1, "Solutions to Selected Exercises", 4]]
# 0-based pages of levin-discrete-math.pdf: 1.5's preview (a list of definitions, then the
# exercise's parts) and 5.1's exercises ("a. $A\cup B$. b. ...").
DISCRETE_PAGES = [103, 416]
DISCRETE_TOC = [[1, "Logic and Proofs", 1], [2, "Proofs about Discrete Structures", 1],
                [1, "Discrete Structures Revisited", 2], [2, "Sets", 2]]


def _cut(book: Path, pages: list[int], toc: list[list], scratch: Path) -> list[Concept]:
    source, out = pymupdf.open(book), pymupdf.open()
    for page in pages:
        out.insert_pdf(source, from_page=page, to_page=page)
    out.set_toc(toc)
    path = scratch / book.name
    out.save(path)
    return extract_concepts(ingest_book(path)).concepts


@pytest.fixture(scope="module")
def diffyqs(textbooks: Path, tmp_path_factory: pytest.TempPathFactory) -> list[Concept]:
    return _cut(textbooks / "diffyqs" / "lebl-diffyqs.pdf", DIFFYQS_PAGES, DIFFYQS_TOC,
                tmp_path_factory.mktemp("diffyqs"))


@pytest.fixture(scope="module")
def discrete(textbooks: Path, tmp_path_factory: pytest.TempPathFactory) -> list[Concept]:
    return _cut(textbooks / "discrete" / "levin-discrete-math.pdf", DISCRETE_PAGES, DISCRETE_TOC,
                tmp_path_factory.mktemp("discrete"))


def _parts(concepts: list[Concept], label: str) -> dict[str, Concept]:
    exercise = next(c for c in concepts if c.label == label)
    return {c.number or "": c for c in concepts if c.parent == exercise.id}


def _source_tasks(textbooks: Path, file: str, opening: str) -> list[str]:
    """The \\task items of the source exercise whose text holds ``opening``."""
    text = (textbooks / "diffyqs" / "source" / file).read_text(encoding="utf-8")
    at = text.index(opening)
    body = text[text.rindex("\\begin{exercise}", 0, at):text.index("\\end{exercise}", at)]
    return [task.strip() for task in body.split("\\end{tasks}")[0].split("\\task")[1:]]


def _same_math(pdf: str, source: str) -> bool:
    """One formula up to spacing and the braces of a one-letter exponent ("e^{x}", "e^x")."""
    def plain(latex: str) -> str:
        latex = re.sub(r"\\[,;!]|\\left|\\right|\s+", "", latex)
        return re.sub(r"([\^_])\{(\w)\}", r"\1\2", latex)
    return plain(pdf) == plain(source)


@pytest.mark.parametrize("label, file, opening", [
    ("Exercise 1.8.101", "ch-first-order-ode.tex", "$\\cos(x)+ye^{xy} + xe^{xy} y' = 0$"),
    ("Exercise 1.8.102", "ch-first-order-ode.tex", "Find the integrating factor for the following"),
    ("Exercise A.3.105", "ap-linear-algebra.tex", "7 & -1 & 6"),
])
def test_pdf_parts_are_the_sources(diffyqs: list[Concept], textbooks: Path, label: str,
                                   file: str, opening: str) -> None:
    tasks = _source_tasks(textbooks, file, opening)
    parts = _parts(diffyqs, label)
    assert list(parts) == [chr(ord("a") + k) for k in range(len(tasks))]
    for part, task in zip(parts.values(), tasks):
        assert len(part.formulas) == 1 and _same_math(part.formulas[0], formulas_in(task)[0])
        assert part.text == f"${part.formulas[0]}$"  # its own formula only, no sibling's label
        assert part.computational


def test_split_parts_get_their_piece_of_the_answer(diffyqs: list[Concept]) -> None:
    parts = _parts(diffyqs, "Exercise A.3.105")  # "a) 3 b) 1 c) 2" in the solutions
    assert [p.answer.text if p.answer else None for p in parts.values()] == ["$3$", "$1$", "$2$"]
    parent = next(c for c in diffyqs if c.label == "Exercise A.3.105")
    assert all(p.text in parent.text for p in parts.values())  # the exercise keeps them all


def test_columns_run_together_stay_whole(diffyqs: list[Concept], textbooks: Path) -> None:
    # 0.2.14: "c) ... will it take d) ... will it take for the salary to be 20 million?" and
    # "for the salary to be 30 million?" after: whose words are whose cannot be told.
    assert len(_source_tasks(textbooks, "ch-intro.tex", "football coach")) == 4
    parts = _parts(diffyqs, "Exercise 0.2.14")
    assert list(parts) == ["a", "b", "c"] and "d)" in parts["c"].text
    # A.3.103: the parts' systems run into each other inside a display: not cut.
    assert "b" not in _parts(diffyqs, "Exercise A.3.103")


def test_inline_parts_of_discrete(discrete: list[Concept]) -> None:
    sets = next(c for c in discrete if c.kind == "exercise" and "Find each of the following sets"
                in c.text and not c.parent)
    parts = {c.number: c.text for c in discrete if c.parent == sets.id}
    assert parts == {"a": "$A\\cup B$.", "b": "$A\\cap B$.", "c": "$A\\setminus B$.",
                     "d": "$B\\setminus A$."}
    # "Here are two definitions about sets: a. ... b. ..." then the parts "(a) ... (c)": the
    # definitions are the exercise's text, not parts.
    defined = next(c for c in discrete if c.kind == "exercise" and not c.parent
                   and "Here are two definitions" in c.text)
    parts = [c for c in discrete if c.parent == defined.id]
    assert [c.number for c in parts] == ["a", "b", "c"]
    assert parts[0].text.startswith("Let $B=")


def _delimit(*texts: str) -> list[tuple[str | None, str]]:
    """(number, text) of each exercise and part a PDF's blocks under "Exercises" give; a text
    in $$...$$ is a display."""
    blocks = [Block("heading", "1.1 Exercises", section="h1")] + [
        Block("display_math", text.strip("$"), section="h1") if text.startswith("$$") else
        Block("paragraph", text, section="h1") for text in texts]
    document = Document("t", "t.pdf", "0", "pdf", outline=[], blocks=blocks)
    return [(item.number, " ".join(b.text for b in item.blocks)) for item in delimit(document).items]


def test_labels_must_run_on_and_close_their_clause() -> None:
    # A list in one sentence ("is (a) injective, (b) surjective") is not cut into parts.
    assert len(_delimit("1. Decide whether $T$ is (a) injective, (b) surjective, (c) onto.")) == 1
    # Labels out of order, or inside math, are not parts.
    assert len(_delimit("1. Compute a. $x+1$ c. $x+2$")) == 1
    assert len(_delimit("1. Evaluate $f(a) = 1$ and $g(b) = 2$.")) == 1
    # A run that continues the open part: b) after a).
    items = _delimit("1. Solve:", "a) $x+1=0$ | b) $x+2=0$")
    assert [number for number, _ in items] == ["1", "a", "b"]


def test_split_parts_are_read_and_the_exercise_is_read_whole(diffyqs: list[Concept]) -> None:
    parent = next(c for c in diffyqs if c.label == "Exercise A.3.105")
    parts = list(_parts(diffyqs, "Exercise A.3.105").values())
    whole = read_task(parent.id, parent.text)
    # The exercise asks the rank of every matrix: one task over the three, not the first alone.
    assert whole.family == "linear_algebra.each" and len(whole.params["items"]) == len(parts)
    for k, part in enumerate(parts):
        task = read_task(part.id, part.text, book_answer=part.answer.text,
                         context=context_of(parent.text, [p.text for p in parts], k))
        assert (task.family, task.params) == ("linear_algebra.matrix_operation",
                                              whole.params["items"][k])
        problem = FAMILIES[task.family].pose(task.params)
        assert compare_with_book(problem.answer, task.book_answer).status == "match"


def test_a_function_given_is_no_trig_equation() -> None:
    # Diffy Qs 4.10.3(b): data g(theta) for a Laplace problem; 8.2.2(b): a pendulum's ODE.
    context = "Using series solve $\\Delta u=0$, $u(1,\\theta)=g(\\theta)$ for the following data."
    task = read_task("b", "$g(\\theta)=3\\cos(3\\theta)+3\\sin(3\\theta)+\\sin(9\\theta)$",
                     context=context)
    assert task.family == "differential_equations.laplace_dirichlet"  # the disk's data
    assert read_task("b", "$\\theta''+\\sin\\theta=0$").family is None


def test_a_display_of_parts_in_rows() -> None:
    # Diffy Qs A.6.1: "a)[3]b)[..]c)[..]d)[..] \\ e)[..]...": each row opens with a part.
    rows = "$$a)[3]b)\\begin{bmatrix}1 & 3 \\\\ 2 & 1\\end{bmatrix} \\\\ c)[5]$$"
    items = _delimit("1. Compute the determinant of the following matrices:", rows)
    assert [(number, text) for number, text in items[1:]] == [
        ("a", "a) $[3]$"), ("b", "b) $\\begin{bmatrix}1 & 3 \\\\ 2 & 1\\end{bmatrix}$"),
        ("c", "c) $[5]$")]
    # Diffy Qs A.2.3: a row of lost entries between the parts: columns run together, not cut.
    broken = "$$a)[3]b)[4] \\\\ [4163][22] \\\\ c)[5]$$"
    assert len(_delimit("1. Multiply the following matrices", broken)) == 1


def test_a_bracketed_number_part_is_a_one_by_one_matrix() -> None:
    # Diffy Qs A.2.4(a), A.6.1(a): the PDF sets a 1x1 matrix as plain "[-3]", no bmatrix.
    inverse = read_task("a", "$[-3]$", context="Compute the inverse of the given matrices")
    assert FAMILIES[inverse.family].pose(inverse.params).answer == sp.Matrix([[sp.Rational(-1, 3)]])
    determinant = read_task("a", "$[3]$", context="Compute the determinant of the following matrices:")
    assert FAMILIES[determinant.family].pose(determinant.params).answer == 3
    # a bracket with no operation asked, or no number in it, is no matrix to work on
    assert read_task("a", "$[2]$").family is None
    assert read_task("a", "$[x]$", context="Compute the inverse of the given matrices").family is None
