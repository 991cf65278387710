"""Book to pack: the whole pipeline on the shipped sample and on tiny books the tests write."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SAMPLES

from exercises.pack import load_pack
from exercises.verify import verify_pack
from formalize.tasks import load_tasks
from syllabus.build import build
from syllabus.cli import cli

WRONG_BOOK = r"""\documentclass{book}
\newtheorem{exercise}{Exercise}[section]
\begin{document}
\chapter{Algebra}
\section{Polynomials}
\begin{exercise}
Expand $(x + 1)(x + 2)$.
\end{exercise}
\begin{exercise}
Factor $x^2 - 4$.
\end{exercise}
\chapter*{Answers}
\textbf{1.1.1.} $x^2 + 3x + 3$.

\textbf{1.1.2.} $(x - 2)(x + 2)$.
\end{document}
"""

# Exercise 1.1.1's whole is read by no reader, its two computational parts are; 1.1.2's whole
# is read from its first part's formula only, and its part (b) asks what no reader takes.
PARTS_BOOK = r"""\documentclass{book}
\newtheorem{exercise}{Exercise}[section]
\begin{document}
\chapter{Vectors}
\section{Inner products}
\begin{exercise}
Given that $\langle \vec{v}, \vec{w} \rangle = 3$ and $\langle \vec{v}, \vec{u} \rangle = -1$,
compute
\begin{enumerate}
\item[(a)] $\langle \vec{u}, 2\vec{v} \rangle$
\item[(b)] $\langle \vec{v}, 2\vec{w} + 3\vec{u} \rangle$
\item[(c)] Draw the vectors $\vec{v}$ and $\vec{w}$.
\end{enumerate}
\end{exercise}
\begin{exercise}
Given that $\langle \vec{v}, \vec{w} \rangle = 2$ and $\|\vec{v}\| = 3$, compute
\begin{enumerate}
\item[(a)] $\langle 2\vec{v}, \vec{w} \rangle$
\item[(b)] the angle between $\vec{v}$ and $\vec{w}$ if $\|\vec{w}\|$ is the largest prime
below $e^{\pi}$.
\end{enumerate}
\end{exercise}
\end{document}
"""


# Discrete Exercise 3.7.6.2: parts (b) and (c) lean on the parts before them ("Of those
# outcomes, ...") and read nothing alone; the whole is read as one question per part.
WHOLE_BOOK = r"""\documentclass{book}
\newtheorem{exercise}{Exercise}[section]
\begin{document}
\chapter{Counting}
\section{Applications to probability}
\begin{exercise}
Multiple dice. We will define the probability of an event as the number of ways the event can
happen divided by the total number of things that can happen.
\begin{enumerate}
\item[(a)] Suppose you roll two dice (one red and one green). How many total outcomes are there?
\item[(b)] Of those outcomes, how many have different numbers on the two dice?
\item[(c)] Combining the two numbers your found above, what is the probability that two dice
will show different numbers?
\item[(d)] What is the probability that you will get three different numbers when rolling three
dice? (Assume the dice are different colors).
\end{enumerate}
\end{exercise}
\end{document}
"""


@pytest.fixture(scope="module")
def sample_pack(tmp_path_factory) -> Path:
    """The sample primer's LaTeX source built with two variants per item."""
    out = tmp_path_factory.mktemp("build") / "pack"
    build(SAMPLES / "primer.tex", out, variants=2, workers=2)
    return out


def test_sample_items_are_solved_and_agree_with_the_book(sample_pack) -> None:
    coverage = json.loads((sample_pack / "manifest.json").read_text())["coverage"]
    assert coverage["computational"] >= 20
    assert coverage["solved"] / coverage["computational"] >= 0.9
    # Every answer the primer prints for an item we solve must agree with ours.
    assert coverage["book_answers_compared"] >= 15
    assert coverage["book_answers_matching"] == coverage["book_answers_compared"]


def test_sample_pack_carries_provenance_and_passages(sample_pack) -> None:
    pack = load_pack(sample_pack)
    records = pack.records()
    assert all(r["posed"] and r["provenance"]["item_id"] for r in records)
    labels = {r["provenance"]["label"] for r in records}
    assert "Exercise 2.2.2" in labels and "Example 1.1.3" in labels
    variants = [r for r in records if r["provenance"]["variant"]]
    assert len(variants) >= 2 * 20
    # Variants of one item stay in one split.
    splits: dict[str, set[str]] = {}
    for r in records:
        splits.setdefault(r["provenance"]["item_id"], set()).add(r["split"])
    assert all(len(s) == 1 for s in splits.values())
    passages = pack.passages()
    assert any("Fundamental theorem" in p["source"] or "antiderivative" in p["text"] for p in passages)


def test_sample_pack_passes_verify(sample_pack) -> None:
    report = verify_pack(sample_pack, workers=2, property_examples=3)
    assert report["ok"], report


def test_rerun_with_more_variants_only_makes_the_new_ones(sample_pack) -> None:
    stages = next((sample_pack.parent / "pack.cache").iterdir())
    cache = stages / "outcomes.jsonl"
    before = cache.read_text().count("\n")
    items = sum(1 for t in load_tasks(next(stages.glob("tasks-*.jsonl"))) if t.family)
    assert before == items * 3
    build(SAMPLES / "primer.tex", sample_pack, variants=3, workers=2)
    assert cache.read_text().count("\n") == before + items
    coverage = json.loads((sample_pack / "manifest.json").read_text())["coverage"]
    assert coverage["variants_per_item"] == 3


def test_a_wrong_printed_answer_is_reported_not_shipped(tmp_path) -> None:
    book = tmp_path / "wrong.tex"
    book.write_text(WRONG_BOOK)
    manifest = build(book, tmp_path / "pack", variants=1)
    assert [d["label"] for d in manifest["disagreements"]] == ["Exercise 1.1.1"]
    shipped = {r["provenance"]["label"] for r in load_pack(tmp_path / "pack").records()}
    assert shipped == {"Exercise 1.1.2"}


def test_an_exercise_in_parts_is_solved_when_each_computational_part_is(tmp_path) -> None:
    book = tmp_path / "parts.tex"
    book.write_text(PARTS_BOOK)
    coverage = build(book, tmp_path / "pack", variants=0)["coverage"]
    # 1.1.1 and its parts (a), (b); 1.1.2 and its parts (a), (b): the drawing asks no computation
    assert coverage["computational"] == 6 and coverage["counted_through_parts"] == 2
    # 1.1.1 through its parts; 1.1.2 not, although its whole was read and solved on (a) alone
    assert coverage["solved"] == 4
    assert coverage["read_into_tasks"] == 4
    assert coverage["not_read"] == {"several variables": 1, "a part is not read": 1}


def test_parts_asked_by_their_exercise_read_whole_are_solved_with_it(tmp_path) -> None:
    book = tmp_path / "whole.tex"
    book.write_text(WHOLE_BOOK)
    manifest = build(book, tmp_path / "pack", variants=0)
    tasks = load_tasks(next((tmp_path / "pack.cache").glob("*/tasks-*.jsonl")))
    assert [t.family is not None for t in tasks] == [True, True, False, False, True]
    # 6 * 6 outcomes; 6 * 5 with different numbers; 30/36; three dice: 6 * 5 * 4 / 6^3
    whole = next(r for r in load_pack(tmp_path / "pack").records()
                 if r["provenance"]["label"] == "Exercise 1.1.1")
    assert whole["answer_text"] == "(36, 30, 5/6, 5/9)"
    # the whole and its four parts: (b) and (c) are solved with the whole that asks them
    coverage = manifest["coverage"]
    assert coverage["computational"] == 5 and coverage["solved"] == 5


def test_cli_builds_the_sample_pdf(tmp_path) -> None:
    out = tmp_path / "pack"
    result = CliRunner().invoke(cli, ["-q", "build", str(SAMPLES / "primer.pdf"), "-o", str(out),
                                      "--variants", "0", "--json"])
    assert result.exit_code == 0, result.output
    coverage = json.loads(result.output)["coverage"]
    assert coverage["solved"] >= 15
    assert load_pack(out).manifest["book"]["format"] == "pdf"


def test_cli_refuses_an_output_that_is_not_a_pack(tmp_path) -> None:
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "mine.txt").write_text("keep me")
    result = CliRunner().invoke(cli, ["build", str(SAMPLES / "primer.tex"), "-o", str(tmp_path / "notes")])
    assert result.exit_code == 1
    assert "is not a pack" in result.output and result.output.count("\n") == 1
    assert (tmp_path / "notes" / "mine.txt").read_text() == "keep me"
