"""Extract through the real source readers: a LaTeX book and a Markdown book the tests write."""

from __future__ import annotations

import json

from click.testing import CliRunner

import exercises.families  # noqa: F401  (registers the families)
from exercises.family import FAMILIES
from extract.pipeline import extract_concepts
from formalize.tasks import read_task
from ingest.book import ingest_book
from syllabus.build import _context, _printed
from syllabus.cli import cli

LATEX = r"""\documentclass{book}
\newtheorem{theorem}{Theorem}[section]
\newtheorem{definition}[theorem]{Definition}
\newtheorem{example}[theorem]{Example}
\newtheorem{exercise}{Exercise}[section]
\begin{document}
\chapter{Calculus}
\section{Derivatives}
\begin{definition}[Derivative]\label{def:d}
The derivative of $f$ at $a$ is $\lim_{h\to 0}\frac{f(a+h)-f(a)}{h}$.
\end{definition}
\begin{theorem}\label{thm:power}
By Definition~\ref{def:d}, $\frac{d}{dx}x^n = nx^{n-1}$.
\end{theorem}
\begin{proof}
Expand $(x+h)^n$ with the binomial theorem.
\end{proof}
\begin{example}
Find $\frac{d}{dx} x^3$. By Theorem~\ref{thm:power} it is $3x^2$.
\end{example}
\begin{exercise}
Differentiate $x^5$.
\end{exercise}
\begin{exercise}
Prove that the derivative of a constant is zero.
\end{exercise}
\end{document}
"""


def test_latex_book_through_the_reader(tmp_path) -> None:
    book = tmp_path / "calc.tex"
    book.write_text(LATEX)
    concepts = extract_concepts(ingest_book(book)).concepts
    kinds = [c.kind for c in concepts if c.kind != "formula"]
    assert kinds == ["definition", "theorem", "proof", "example", "exercise", "exercise"]
    by_kind = {c.kind: c for c in concepts}
    theorem, definition = by_kind["theorem"], by_kind["definition"]
    assert definition.title == "Derivative"
    assert theorem.number == "1.1.2" and theorem.label == "Theorem 1.1.2"
    assert definition.id in theorem.refs  # \ref{def:d}
    assert theorem.id in by_kind["example"].refs
    assert by_kind["proof"].parent == theorem.id
    exercises = [c for c in concepts if c.kind == "exercise"]
    assert [c.number for c in exercises] == ["1.1.1", "1.1.2"]
    assert [c.computational for c in exercises] == [True, False]
    assert "derivative" in [t["topic"] for t in theorem.topics]


def test_cli_takes_a_book_directly(tmp_path) -> None:
    book = tmp_path / "notes.md"
    book.write_text(
        "# Algebra\n\n## Quadratics\n\n**Theorem 1.** The roots of $ax^2+bx+c$ are "
        "$\\frac{-b\\pm\\sqrt{b^2-4ac}}{2a}$.\n\n**Exercise 1.** Solve $x^2-5x+6=0$.\n"
    )
    out = tmp_path / "c.jsonl"
    result = CliRunner().invoke(cli, ["-q", "extract", str(book), "-o", str(out), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["per_kind"] == {"theorem": 1, "exercise": 1}
    header = json.loads(out.read_text().splitlines()[0])
    assert header["book"]["source_format"] == "markdown"


NESTED = r"""\documentclass{book}
\newtheorem{example}{Example}[section]
\newtheorem{exercise}{Exercise}[section]
\begin{document}
\chapter{Equations}
\section{Second order}
\begin{example}
Solve $y'' - 8y' + 16y = 0$: the general solution is $(C_1 + C_2 x) e^{4x}$.
\begin{exercise}
Check that $e^{4x}$ and $x e^{4x}$ are linearly independent.
\end{exercise}
It is good to check your work: $x e^{4x}$ solves the equation too.
\end{example}
\end{document}
"""


def test_example_goes_on_after_the_exercise_inside_it(tmp_path) -> None:
    """Lebl's examples hold exercises: the text after one still belongs to the example."""
    book = tmp_path / "nested.tex"
    book.write_text(NESTED)
    concepts = [c for c in extract_concepts(ingest_book(book)).concepts if c.kind != "formula"]
    assert [(c.kind, c.number) for c in concepts] == [("example", "1.1.1"), ("exercise", "1.1.1")]
    example, exercise = concepts
    assert example.text.startswith("Solve") and example.text.endswith("solves the equation too.")
    assert "linearly independent" in exercise.text and "check your work" not in exercise.text


# Levin's "Towers of Hanoi data" (Discrete 4.1.1.1), cut short: an exercise whose statement
# opens with its tasks, one of two paragraphs, one with a WeBWorK <instruction>.
PRETEXT = """<pretext><book><title>Discrete</title><chapter><title>Sequences</title>
<section><title>Definitions</title><exercises><exercise><title>Towers of Hanoi data</title>
<task><statement><p>What is the smallest number of moves required to transport 2 disks to
another pillar?</p></statement></task>
<task><statement><p>Draw the moves.</p><p>How many moves did you draw?</p>
<instruction>Enter a number.</instruction></statement></task>
</exercise></exercises></section></chapter></book></pretext>
"""


def test_pretext_tasks_are_parts_labelled_as_printed(tmp_path) -> None:
    """Each <task> is one part, (a) too when no setup comes before it; its paragraphs are one
    part; the exercise's text labels its parts as the PDF prints them; the online-only
    <instruction> is left out; "2 disks" is the math "$2$" the PDF prints."""
    book = tmp_path / "main.ptx"
    book.write_text(PRETEXT)
    concepts = [c for c in extract_concepts(ingest_book(book)).concepts if c.kind == "exercise"]
    assert [c.label for c in concepts] == ["Exercise 1.1.1", "Exercise 1.1.1(a)",
                                           "Exercise 1.1.1(b)"]
    exercise, first, second = concepts
    assert exercise.title == "Towers of Hanoi data"
    assert exercise.text == ("(a) What is the smallest number of moves required to transport $2$ "
                             "disks to another pillar?\n\n(b) Draw the moves.\n\n"
                             "How many moves did you draw?")
    assert first.text.startswith("What is the smallest") and first.parent == exercise.id
    assert second.text == "Draw the moves.\n\nHow many moves did you draw?"


def test_a_part_is_read_with_its_exercises_title(tmp_path) -> None:
    """The source keeps the title "Towers of Hanoi data" apart from the text, where the PDF
    prints it first; it is what says the part's moves are the puzzle's: (a) 2 disks take
    2^2 - 1 = 3 moves (move the small disk aside, the large one over, the small one on it)."""
    book = tmp_path / "main.ptx"
    book.write_text(PRETEXT)
    concepts = extract_concepts(ingest_book(book)).concepts
    texts = {c.id: _printed(c) for c in concepts}
    exercise = next(c for c in concepts if c.label == "Exercise 1.1.1")
    assert texts[exercise.id].startswith("Towers of Hanoi data.\n\n(a) What is")
    parts = [c for c in concepts if c.parent == exercise.id]
    task = read_task(parts[0].id, parts[0].text, label=parts[0].label,
                     context=_context(parts[0], texts, {exercise.id: parts}))
    assert (task.family, task.params) == ("sequences.hanoi_moves", {"disks": 2})
    assert FAMILIES[task.family].pose(task.params).answer == 3
