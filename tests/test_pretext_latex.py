"""The LaTeX PreTeXt generates, read as a book: Levin's Discrete Mathematics (``dmoi.tex``) and
Beezer's FCLA (``fcla.tex``) as shipped, the files each PDF was typeset from.

They hold what the PreTeXt source does not (the static text of WeBWorK library problems, the
solutions at the back of the book), and should read as the PDF does: items numbered as
printed, parts, solutions attached to their exercises. Expected figures are counted from the
files with regular expressions or worked by hand, never taken from the reader.
"""

from __future__ import annotations

import re
from math import comb

import pytest

from extract.pipeline import extract_concepts
from ingest.latex import read_latex
from tests.conftest import TEXTBOOKS

DMOI = TEXTBOOKS / "discrete" / "latex-generated" / "dmoi.tex"
FCLA = TEXTBOOKS / "fcla" / "latex-generated" / "fcla.tex"


@pytest.fixture(scope="module")
def dmoi():
    return read_latex(DMOI, sympy_checks=0)


@pytest.fixture(scope="module")
def dmoi_items(dmoi):
    """The concepts by id, the book's hash left off: "exercise:3.2.6.10"."""
    return {c.id.split(":", 1)[1]: c for c in extract_concepts(dmoi).concepts}


def test_missing_inputs_are_warnings(dmoi) -> None:
    """The title and copyright pages PreTeXt inputs from its "external" folder are not shipped:
    the book is read without them, each named once with the line that inputs it."""
    text = DMOI.read_text()
    missing = [(text[:m.start()].count("\n") + 1, m.group(1))
               for m in re.finditer(r"^\\input\{(external/frontmatter/[^}]+)\}", text, re.MULTILINE)]
    assert [name for _, name in missing] == ["external/frontmatter/title-page",
                                             "external/frontmatter/copyright-page"]
    assert len(dmoi.warnings) == len(missing)
    for warning, (line, name) in zip(dmoi.warnings, missing):
        assert warning.startswith(f"dmoi.tex:{line}: \\input{{{name}}}: file ")
        assert warning.endswith("not found; its content is not in the pack")


def test_outline_is_numbered_as_printed(dmoi) -> None:
    """Chapters from 0 (the publisher's ``\\setcounter{chapter}{-1}``), sections and their
    exercise divisions numbered as the PDF prints them, "numberless" divisions unnumbered."""
    chapters = re.findall(r"^\\begin\{chapterptx\}\{Chapter\}\{([^}]*)\}", DMOI.read_text(), re.MULTILINE)
    numbered = [(h.number, h.title) for h in dmoi.outline if h.kind == "chapter" and h.number]
    assert numbered == [(str(n), title) for n, title in enumerate(chapters)]
    assert len(numbered) == 7
    headings = {(h.number, h.title) for h in dmoi.outline}
    assert {("1.3", "Rules of Logic"), ("1.3.8", "Additional Exercises"),
            ("3.2.6", "Practice Problems"), ("A", "Selected Hints"),
            ("B", "Selected Solutions")} <= headings
    # "0.1 What is Discrete Mathematics?" has reading questions without a number
    assert (None, "Reading Questions") in headings


def test_webwork_exercise_with_parts_and_its_solution(dmoi_items) -> None:
    """Practice Problem 3.2.6.10, a WeBWorK library problem (its PreTeXt source holds only the
    problem's file name): its static text, its parts, and the solution printed at the back of
    the book attached to it, each part its own piece. By hand: from (5,5) to (12,12) is 7 steps
    right and 7 up, C(14,7) = 3432; through (8,9) it is C(7,3) paths there (3 right, 4 up) times
    C(7,4) from there (4 right, 3 up), 35 * 35 = 1225; avoiding (8,9), 3432 - 1225 = 2207."""
    exercise = dmoi_items["exercise:3.2.6.10"]
    assert exercise.label == "Exercise 10"
    assert exercise.section_path == ["3 Counting", "3.2 Combining Outcomes",
                                     "3.2.6 Practice Problems"]
    assert exercise.text.startswith("How many shortest lattice paths start at $(5,5)$ and")
    parts = {c.number: c for c in dmoi_items.values() if c.parent == exercise.id}
    assert sorted(parts) == ["a", "b", "c"]
    assert parts["b"].label == "Exercise 10(b)"
    assert parts["b"].text == "end at $(12,12)$ and pass through $(8,9)$?"
    by_hand = {"a": comb(14, 7), "b": comb(7, 3) * comb(7, 4),
               "c": comb(14, 7) - comb(7, 3) * comb(7, 4)}
    assert by_hand == {"a": 3432, "b": 1225, "c": 2207}
    for letter, value in by_hand.items():
        printed = re.findall(r"= \{(\d+)\}", parts[letter].answer.text)
        assert printed == [str(value)], parts[letter].answer.text


def test_a_solution_replaces_the_hint(dmoi_items) -> None:
    """Exercise 3.2.6.9 has a hint in "Selected Hints" ("Break the question into 4 cases.") and
    a solution in "Selected Solutions": the solution is the book's answer. By hand: subsets of
    {0,...,9} of 7 or more elements, C(10,7) + C(10,8) + C(10,9) + C(10,10) = 120+45+10+1."""
    answer = dmoi_items["exercise:3.2.6.9"].answer
    assert "4 cases" not in answer.text
    assert answer.text.endswith(f"= {{{sum(comb(10, k) for k in range(7, 11))}}}$ subsets.")
    assert sum(comb(10, k) for k in range(7, 11)) == 176


def test_examples_number_with_the_blocks_and_keep_their_solutions(dmoi_items) -> None:
    """Examples share PreTeXt's block counter with definitions, theorems and figures, within
    sections: Figure 3.1.1 (Pascal's triangle) comes first, so the printed Example 3.1.4 is the
    11-bit strings; an example's "Solution." (its proof inside) is its answer."""
    example = dmoi_items["example:3.1.4"]
    assert example.text.startswith("How many 11-bit strings have weight $5$?")
    assert example.answer.text.startswith("There will be $\\binom{11}{5}$ such strings.")
    contrapositive = dmoi_items["example:1.4.11"]
    assert contrapositive.text.startswith("Prove that for all integers $a$ and $b$, if $a + b$")
    assert "Now $a + b = 2k + 2l = 2(k+l)$" in contrapositive.answer.text  # the proof


def test_math_reads_as_the_source_writes_it(dmoi_items) -> None:
    """What PreTeXt adds to the math is undone: the set a WeBWorK problem wraps in a group
    (``{\\left\\{1,...\\right\\}}``), the period it moves into the math (``\\text{.}``); the
    book's own macros (``\\imp``) are expanded as in the PreTeXt source reader."""
    assert dmoi_items["exercise:3.2.6.4"].formulas[0] == "S = \\{1,2,3,4,5,6,7,8\\}"
    assert dmoi_items["exercise:3.2.6.5"].text.startswith("Let $S = \\{1,2,3,4,5,6\\}$.")
    # written "(\neg P \vee \neg Q) \imp \neg (\neg Q \wedge R)" (Levin's \def\imp{\rightarrow})
    assert dmoi_items["exercise:1.3.8.6.b"].text == (
        "$(\\neg P \\vee \\neg Q) \\rightarrow \\neg (\\neg Q \\wedge R)$.")


def test_an_inline_hint_ends_with_its_part(dmoi_items) -> None:
    """Preview activity 3.8.1.1 sets a hint inside part (b) ("Give each kid the minimum number of
    cookies first."): the hint is (b)'s, and part (c) after it is a part of the exercise."""
    parts = {c.number: c for c in dmoi_items.values()
             if c.parent and c.parent.endswith(":exercise:3.8.1.1")}
    assert sorted(parts) == ["a", "b", "c"]
    assert parts["c"].text.startswith("How many ways can you distribute the cookies if Albie")
    assert dmoi_items["exercise:3.8.1.1"].answer is None or \
        "Albie gets at least" not in dmoi_items["exercise:3.8.1.1"].answer.text


def test_a_part_opening_with_a_display(dmoi_items) -> None:
    """Exercise 2.4.5.3(a) is only an align* (the graph's vertices and edges): it is part (a)."""
    part = dmoi_items["exercise:2.4.5.3.a"]
    assert part.formulas[0].startswith("V = & \\{a,b,c,d,e,f\\}")


def test_text_mode_braces(dmoi_items) -> None:
    """"the set \\textbraceleft{}1,...,10\\textbraceright{}" (3.9.7(c)) prints its braces."""
    assert "the set {1,2,3,4,5,6,7,8,9,10} contain" in dmoi_items["exercise:3.9.7.c"].text


def test_environments_whose_code_opens_a_box(dmoi_items) -> None:
    """PreTeXt declares ``image`` (and ``sidebyside``) with code that opens a tcolorbox it closes
    only at the environment's end: their widths ("{0.4}{0.2}{0.4}{}") are arguments, not words
    (Exercise 2.2.1.1 draws 8 vertices in a circle, then goes on); so are a table cell's span
    and a box's size."""
    assert dmoi_items["exercise:2.2.1.1"].text.startswith(
        "Take out a piece of paper and draw $8$ vertices in a circle. We are going to add edges")
    # a table in a sidebyside panel, in a \resizebox, its first column a \multicolumn
    car = dmoi_items["exercise:2.5.6.7.b"].text
    assert "just avoid the conflicts.\n\nStudent: A B C D E F G H I J Conflicts: BEJ ADG" in car


def test_a_part_saying_what_is_allowed_is_computational(dmoi_items) -> None:
    """3.5.5.2(b) "(Now the digits don't need to be strictly increasing ...)" asks, with its
    exercise, for a number: "need to be" allows, it requests nothing."""
    assert dmoi_items["exercise:3.5.5.2.b"].computational


@pytest.fixture(scope="module")
def fcla():
    return read_latex(FCLA, sympy_checks=0)


def test_fcla_acronyms_and_inline_solutions(fcla) -> None:
    """FCLA names its sections and items by acronym: a section's is the one its contents entry
    sets in the number's box, an item's is in its title ("Example TMP: Trail Mix Packaging.").
    Its exercises carry their solutions inside them."""
    text = FCLA.read_text()
    boxed = re.findall(r"^\\begin\{sectionptx\}\{[^}]*\}\{\}\{\\makebox\[[^\]]*\]\[l\]\{(\w+)\}",
                       text, re.MULTILINE)
    sections = [h.number for h in fcla.outline if h.kind == "section" and h.number]
    assert sections == boxed and sections[:2] == ["WILA", "SSLE"]
    items = {c.id.split(":", 1)[1]: c for c in extract_concepts(fcla).concepts}
    example = items["example:WILA.TMP"]
    assert (example.label, example.title) == ("Example TMP", "Trail Mix Packaging")
    exercise = items["exercise:WILA.M70"]
    assert exercise.text.startswith("In Example TMP two different prices")
    assert exercise.answer.text.startswith("If the price of standard mix is set at \\$5.292,")
    assert "$" not in exercise.answer.text.replace("\\$", "").split("$f$")[0]  # no math opened


def test_fcla_intertext_is_read_between_displays(fcla) -> None:
    """Example US sets its equation operations between an align's rows (``\\intertext``): the
    words read between the displays, as printed."""
    blocks = [b for b in fcla.blocks if b.label == "example-US"]
    kinds = [b.kind for b in blocks[:5]]
    assert kinds == ["paragraph", "display_math", "paragraph", "display_math", "paragraph"]
    assert blocks[2].text == "$\\alpha=-1$ times equation $1$, add to equation $2$."
    assert "\\intertext" not in blocks[3].text
