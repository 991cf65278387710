"""Extract on tiny documents shaped like what the PDF reader gives for hard layouts."""

from __future__ import annotations

from extract.items import _unbold_numbers
from extract.pipeline import extract_concepts
from ingest.document import Block, Document, Heading

OUTLINE = [
    Heading("h1", "chapter", 1, "1", "Angles", 1),
    Heading("h2", "section", 2, "1.1", "Degrees", 1, parent="h1"),
    Heading("h3", "subsection", 3, None, "Exercises", 1, parent="h2"),
    Heading("h4", "appendix", 1, "A", "Answers to Selected Exercises", 2),
]


def _document(blocks: list[Block]) -> Document:
    return Document("Tiny", "tiny.pdf", "ef" * 32, "pdf", page_count=2, outline=OUTLINE, blocks=blocks)


def _exercises(blocks: list[Block]) -> dict[str, str | None]:
    concepts = extract_concepts(_document(blocks)).concepts
    return {c.number: c.answer.text if c.answer else None
            for c in concepts if c.kind == "exercise" and not c.parent}


def test_answer_number_ending_a_line_takes_the_next_block() -> None:
    """ "3. ... 5." then "$45$" on the next line (a narrow answer column): 5's answer is 45."""
    blocks = [
        Block("heading", "Exercises", page=1, section="h3"),
        *[Block("paragraph", f"{n}. Find angle {n}.", page=1, section="h3", lead=f"{n}.")
          for n in range(1, 6)],
        Block("heading", "Answers to Selected Exercises", page=2, section="h4"),
        Block("paragraph", "Section 1.1", page=2, section="h4"),
        Block("paragraph", "1. $115$ 3. $A=52$ 5.", page=2, section="h4", lead="1."),
        Block("paragraph", "$45$", page=2, section="h4"),
    ]
    answers = _exercises(blocks)
    assert answers["1"] == "$115$" and answers["3"] == "$A=52$" and answers["5"] == "$45$"
    assert answers["2"] is None and answers["4"] is None


def test_plain_proof_inside_an_exercise_keeps_its_solution() -> None:
    blocks = [
        Block("heading", "Exercises", page=1, section="h3"),
        Block("paragraph", "T05. Give a reason for each step of the proof below.", page=1,
              section="h3", lead="T05."),
        Block("paragraph", "Proof: Let $u$ be a vector; then $u + 0 = u$.", page=1, section="h3"),
        Block("paragraph", "Solution. Property ZC.", page=1, section="h3", lead="Solution"),
    ]
    concepts = extract_concepts(_document(blocks)).concepts
    assert [c.kind for c in concepts if c.kind in ("exercise", "proof", "solution")] == ["exercise"]
    exercise = concepts[0]
    assert "Proof: Let" in exercise.text and exercise.answer.text == "Property ZC."


def test_bold_number_swallowed_with_brackets_comes_out() -> None:
    """ "17. $\\tan(\\frac{5\\pi}{6}\\mathbf{1})\\mathbf{8}$." holds exercise 18 after a bracket."""
    text = _unbold_numbers(r"17. $\tan(-\frac{5\pi}{6}\mathbf{1})\mathbf{8}$. $\cot x$")
    assert text.startswith(r"17. $\tan(-\frac{5\pi}{6})$ 18. ")
    assert _unbold_numbers(r"$(x+1\mathbf{2})$. $x-1$").startswith("$(x+1)$ 2. ")
