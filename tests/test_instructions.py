"""Group instructions, the computational rule and answers printed in parts: what lets a book's
bare exercises be read into tasks, and their answers be compared part by part.

The sentences are the books' own (trig, FCLA, Discrete, Diffy Qs), as their readers give them.
"""

from __future__ import annotations

import sympy as sp

from extract.answers import answer_parts
from extract.pipeline import extract_concepts
from extract.topics import group_instructions, is_computational, theoretical_prefixes
from formalize.agreement import compare_with_book
from ingest.document import Block, Formula
from ingest.glyphs import Glyph
from ingest.latex import read_latex
from ingest.pdfmath import render_line
from tests.extract_docs import pdf_document


def _numbers(text: str) -> list[tuple[str, list[int], str]]:
    return [(i.prefix, sorted(i.numbers), i.text) for i in group_instructions(text)]


def test_group_instruction_phrasings() -> None:
    assert _numbers("For Exercises 1-9, solve the triangle $\\triangle ABC$.") == [
        ("", list(range(1, 10)), "solve the triangle $\\triangle ABC$")]
    # A PDF sets the numbers as math; "7 and 8" names two exercises, not a range.
    assert _numbers("For Exercises $7-14$, find all angles $0^{\\circ}\\leq\\theta<360^{\\circ}$"
                    " which satisfy the given equation:")[0][:2] == ("", list(range(7, 15)))
    assert _numbers("For Exercises $7$ and $8$, draw the triangle.")[0][:2] == ("", [7, 8])
    assert _numbers("Exercises 11-14: compute the determinant.") == [
        ("", [11, 12, 13, 14], "compute the determinant")]
    # The range inside the sentence: the whole sentence, without the numbers, is what it asks.
    assert _numbers("Determine if the sets of vectors in Exercises C20–C25 are linearly "
                    "independent or linearly dependent. When the set is ...") == [
        ("C", list(range(20, 26)),
         "Determine if the sets of vectors are linearly independent or linearly dependent")]
    # Decimal points inside math do not end the sentence.
    assert _numbers("In Problems 3 to 4, evaluate $0.5 x$ at $x = 2.5$.")[0][2] == (
        "evaluate $0.5 x$ at $x = 2.5$")
    # Remarks about exercises, and references to other sections' exercises, instruct nothing.
    for remark in (("Exercises T30, T31 and T32 are about making a careful definition of vector "
                   "subtraction."), "the proofs of the others are similar (see Exercises 3.4-3.5).",
                   "In Exercises 2.3.8 we proved that the function is injective."):
        assert _numbers(remark) == [], remark


def test_an_instruction_run_into_the_exercise_before_is_cut_off() -> None:
    document = pdf_document()
    at = next(k for k, b in enumerate(document.blocks) if b.text == "Exercises")
    document.blocks[at + 1:at + 6] = [
        Block("paragraph", "1. $317^{\\circ}$", page=3, section="h3", lead="1."),
        Block("paragraph", "2. $275^{\\circ}$ For Exercises 3-4, find the exact values of "
              "$\\sin\\theta$ when $\\cos\\theta$ has the indicated value.", page=3,
              section="h3", lead="2.", formulas=[Formula(f, False) for f in (
                  "275^{\\circ}", "\\sin\\theta", "\\cos\\theta")]),
        Block("paragraph", "3. $\\cos\\theta=\\frac{1}{2}$", page=3, section="h3", lead="3."),
    ]
    found = {c.number: c for c in extract_concepts(document).concepts
             if c.kind == "exercise" and c.section_number == "1.1"}
    assert found["2"].text == "$275^{\\circ}$"
    # The PDF's "Exercise Group." heading of the instruction goes with it.
    text = ("describe the solution set for Archetype J. Exercise Group. For Exercises C21–C28, "
            "find the solution set of the system of linear equations.")
    [group] = group_instructions(text)
    assert text[:group.at] == "describe the solution set for Archetype J. "
    assert group.text == "find the solution set of the system of linear equations"
    assert found["2"].formulas == ["275^{\\circ}"]
    assert found["2"].instruction is None
    assert found["3"].instruction == (
        "find the exact values of $\\sin\\theta$ when $\\cos\\theta$ has the indicated value")
    assert found["3"].computational


def test_pdf_ligatures_are_written_out() -> None:
    glyphs, x = [], 60.0
    for c in "For Exercises 1-4, \ufb01nd the \ufb02ow.":
        if c != " ":
            glyphs.append(Glyph(c, "CMR10", 10.0, x, 92.0, x + 5, 102.0, x, 100.0, 0))
        x += 3.0 if c == " " else 5.0
    assert render_line(glyphs, [])[0] == "For Exercises 1-4, find the flow."


def test_items_that_ask_for_no_value_are_not_computational() -> None:
    asks_no_value = [
        ("Give an example of a true implication (written out in words) that has a false "
        "converse. Explain why your implication is true and why the converse is false."),
        "Translate Geoff’s order into logical symbols.",
        "Give a combinatorial proof of the identity $2+2+2 = 3\\cdot 2$.",
        ("Find an example of sets $A$ and $B$ such that $|A| = 4$, $|B| = 5$, and "
        "$|A \\cup B| = 9$."),
        "In your own words state the definition of a nonsingular matrix.",
        "Construct an example of a $4\\times 4$ unitary matrix.",
        "What is the converse of the statement?",
        # sentences in words judged by their logical form (Discrete 1.1.5.2, 1.2.5.3, 1.4.6.1)
        ("Classify each of the sentences below as an atomic statement, a molecular statement, "
         "or not a statement at all. (a) Go to your room!"),
        ("Consider the statement, \"If you will give me magic beans, then I will give you a "
         "cow.\" Decide whether each statement below is the converse, the contrapositive, or "
         "neither. (a) If I will give you a cow, then you will not give me magic beans."),
        ("Which of the following would be the best first line of a direct proof if you wanted "
         "to prove the statement, “For all sets $A$, if $|A|=6$, then $A$ contains an even "
         "number.” A. Suppose $A$ is a set. B. What is $|A|$?"),
        ("Give an example of a question for which the answer is $16$."),  # "for which": no ask
    ]
    for text in asks_no_value:
        assert not is_computational("exercise", text, True), text
    asks_a_value = [  # a count, a truth table, a yes/no about a concrete object, a formula
        ("How many dice would you have to roll before you were guaranteed that some four of "
        "them would all match? Prove your answer."),
        "State the contrapositive of the statement. Is it true? Explain.",
        "Find a recursive definition for the sequence.",
        "Find the number of counterexamples to the claim among the integers $1$ to $100$.",
        "Give an example of a set $A$ with $3$ elements and find $|A \\cup B|$.",
        ("Set up the form of the particular solution but do not solve for the coefficients "
        "for $y^{(4)}-2y'''+y''=e^{x}$."),
        "Make a truth table for the statement $\\neg P\\vee Q$.",
        "Is the statement, “If $1=1$, then most horses have $4$ legs,” true or false?",
        "Which of the following statements are true? A. $2+2=4$. B. $3>5$.",
        "Find all $x$ for which $x^2=4$.",
    ]
    for text in asks_a_value:
        assert is_computational("exercise", text, True), text


def test_a_book_declares_its_theoretical_exercises() -> None:
    preface = ("Exercises come in three flavors, indicated by the first letter of their label. "
               "“C” indicates a problem that is essentially computational. “T” represents a "
               "problem that is more theoretical, usually requiring a solution that is as "
               "rigorous as a proof.")
    assert theoretical_prefixes([preface]) == {"T"}
    assert theoretical_prefixes(["Exercises marked “T” are due on Tuesday."]) == set()
    document = pdf_document()
    document.blocks.insert(2, Block("paragraph", preface, page=1, section="h2"))
    at = next(k for k, b in enumerate(document.blocks) if b.text.startswith("1. Find the deriv"))
    document.blocks[at:at + 2] = [
        Block("paragraph", "C1. Find the derivative of $\\sin x$.", page=5, section="h5",
              lead="C1."),
        Block("paragraph", "T2. How many free variables would we discover?", page=5,
              section="h5", lead="T2."),
    ]
    found = {c.number: c.computational for c in extract_concepts(document).concepts
             if c.section_number == "1.2" and c.kind == "exercise"}
    assert found["C1"] and found["T2"] is False


def test_answers_printed_in_parts() -> None:
    answer = ("a) $0$, $8$, $12$ b) $x(4)=16$, so errors are: $16$, $8$, $4$. "
              "c) Factors are $0.5$ and $0.5$.")
    assert answer_parts(answer) == {
        "a": "$0$, $8$, $12$", "b": "$x(4)=16$, so errors are: $16$, $8$, $4$.",
        "c": "Factors are $0.5$ and $0.5$."}
    assert answer_parts("(a) $3$ (b) $-1$") == {"a": "$3$", "b": "$-1$"}
    assert answer_parts("The value of a. Then b. follows.") == {}  # must open the answer
    assert answer_parts("a) $1$ c) $2$") == {}  # labels run a, b, c, ...
    assert answer_parts("$f(a) = 1$ and $b) 2$") == {}  # not inside math


def test_a_part_gets_its_own_piece_of_the_answer() -> None:
    document = pdf_document()  # exercise 3 of 1.1 has parts (a) and (b), answered "(a) 0 (b) 0"
    at = next(k for k, b in enumerate(document.blocks) if b.text.startswith("1. 2 3."))
    document.blocks[at] = Block("paragraph", "1. 2 3. (a) $0$ (b) $5$", page=6, section="h6")
    concepts = extract_concepts(document).concepts
    parts = {c.number: c for c in concepts if c.parent and c.kind == "exercise"}
    assert parts["a"].answer.text == "$0$" and parts["b"].answer.text == "$5$"
    whole = next(c for c in concepts if c.id == parts["a"].parent)
    assert answer_parts(whole.answer.text) == {"a": "$0$", "b": "$5$"}


def test_agreement_compares_a_whole_exercise_with_every_part() -> None:
    book = "a) $-2$ b) $8$ c) $0$"
    assert compare_with_book(sp.Integer(8), "$8$").status == "match"  # a part: its own piece
    # A whole exercise never agrees because one part happens to match: it was read as one of its
    # questions, so the book's answer cannot confirm it (unreadable); matching none differs ...
    assert compare_with_book(sp.Integer(8), book).status == "unreadable"
    assert compare_with_book(sp.Integer(7), book).status == "differs"
    # ... only when every part does.
    assert compare_with_book(sp.Integer(8), "a) $8$ b) $2^3$").status == "match"
    assert compare_with_book(sp.Tuple(-2, 8, 0), book).status == "match"
    assert compare_with_book(sp.Tuple(-2, 8, 1), book).status == "differs"


def test_a_latex_exercise_with_task_items_has_parts(tmp_path) -> None:
    """Diffy Qs' source writes parts as \\task items and answers them after the exercise."""
    source = tmp_path / "book.tex"
    source.write_text(r"""\documentclass{book}
\usepackage{tasks}
\begin{document}
\chapter{Vectors}
\section{Exercises}
\begin{exercise}
Compute the magnitude of
\begin{tasks}(2)
\task $(3,4)$
\task $(-2,1,-2)$
\end{tasks}
\end{exercise}
\exsol{a)~$5$ \quad b)~$3$}
\end{document}
""", encoding="utf-8")
    concepts = extract_concepts(read_latex(source)).concepts
    parts = {c.number: c for c in concepts if c.parent and c.kind == "exercise"}
    assert sorted(parts) == ["a", "b"]
    assert "(3,4)" in parts["a"].text and "(-2,1,-2)" in parts["b"].text
    assert parts["a"].answer.text.strip() == "$5$" and parts["b"].answer.text.strip() == "$3$"
    whole = next(c for c in concepts if c.id == parts["a"].parent)
    assert answer_parts(whole.answer.text) == {"a": "$5$", "b": "$3$"}
