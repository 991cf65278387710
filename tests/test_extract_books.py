"""Extract on real books: a few pages of Lebl's Diffy Qs PDF, with its answer appendix."""

from __future__ import annotations

import re

import pymupdf
import pytest

from extract.pipeline import extract_concepts
from ingest.book import ingest_book

SLOPE_FIELD_PAGES = (30, 31)  # 0-based: the exercises of section 1.2 "Slope fields"
SOLUTION_PAGES = (446, 447)  # "Solutions to Selected Exercises" with 1.2.101 ...


def _section_exercises(textbooks) -> tuple[int, int]:
    """How many exercises section 1.2 has in the source, and from which number they are answered."""
    text = (textbooks / "diffyqs" / "source" / "ch-first-order-ode.tex").read_text()
    sections = re.split(r"\\section\{", text)
    slope = next(s for s in sections if s.startswith("Slope fields"))
    return slope.count("\\begin{exercise}"), slope.count("\\exsol")


@pytest.fixture(scope="module")
def slope_fields(textbooks, tmp_path_factory):
    """A four-page PDF cut from the book (bookmarks kept), ingested once for the module."""
    source = pymupdf.open(textbooks / "diffyqs" / "lebl-diffyqs.pdf")
    book = pymupdf.open()
    for first, last in (SLOPE_FIELD_PAGES, SOLUTION_PAGES):
        book.insert_pdf(source, from_page=first, to_page=last)
    book.set_toc([[1, "First-order equations", 1], [2, "Slope fields", 1],
                  [1, "Solutions to Selected Exercises", 3]])
    path = tmp_path_factory.mktemp("diffyqs") / "slope-fields.pdf"
    book.save(path)
    return extract_concepts(ingest_book(path))


def test_pdf_exercises_match_the_source(slope_fields, textbooks) -> None:
    total, answered = _section_exercises(textbooks)
    exercises = [c for c in slope_fields.concepts if c.kind == "exercise" and not c.parent]
    numbers = {c.number for c in exercises}
    expected = {f"1.2.{n}" for n in range(1, total - answered + 1)}
    expected |= {f"1.2.{n}" for n in range(101, 101 + answered)}
    assert numbers == expected
    assert all(c.page_first in (1, 2) for c in exercises)
    parts = [c for c in slope_fields.concepts if c.parent]
    assert parts and all(c.label.startswith("Exercise 1.2.") for c in parts)


def test_pdf_appendix_answers_are_linked(slope_fields) -> None:
    exercises = {c.number: c for c in slope_fields.concepts if c.kind == "exercise" and not c.parent}
    answered = {n for n, c in exercises.items() if c.answer}
    assert answered == {n for n in exercises if int(n.rsplit(".", 1)[1]) > 100}
    assert exercises["1.2.101"].answer.source == "appendix"
    assert "y(0)=0" in re.sub(r"[\s$]", "", exercises["1.2.101"].answer.text)
    assert exercises["1.2.101"].answer.page == 3
