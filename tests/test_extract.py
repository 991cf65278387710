"""Extract on tiny documents built like the ingest readers build them: items, answers, refs, ids."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from extract.concepts import SCHEMA, VERSION, load_concepts
from extract.pipeline import extract_concepts
from extract.topics import FAMILY_OF, is_computational, tag
from ingest.document import Block
from syllabus.cli import cli
from syllabus.errors import UserError
from tests.extract_docs import pdf_document, source_document

# The exercise families' topics (module names under exercises/families/): the build stage
# matches concepts to families through them.
FAMILY_TOPICS = {
    "arithmetic", "number_theory", "algebra", "functions", "sequences", "trigonometry", "calculus",
    "linear_algebra", "differential_equations", "combinatorics", "probability", "statistics", "units",
}


def by_label(concept_set):
    """Concepts by label; where two sections reuse a label, the first one."""
    found = {}
    for concept in concept_set.concepts:
        found.setdefault(concept.label, concept)
    return found


def test_pdf_items_are_delimited_by_their_leads() -> None:
    found = by_label(extract_concepts(pdf_document()))
    assert found["Definition 1.1"].title == "Limit"
    theorem = found["Theorem 1.2"]
    assert "\\lim_{x\\to a}(f+g)(x)" in theorem.text  # the display belongs to the statement
    assert "used all the time" not in theorem.text  # the prose after it does not
    assert (theorem.page_first, theorem.page_last) == (1, 2)
    assert found["Proof"].parent == theorem.id
    assert found["Example 1.3"].answer.source == "inline"
    assert "limit is $4$" in found["Example 1.3"].answer.text
    first = next(c for c in found.values() if c.number == "1" and c.section_number == "1.1")
    assert first.section_path == ["1 Limits and Derivatives", "1.1 Limits", "Exercises"]
    parts = [c for c in found.values() if c.parent == found["Exercise 3"].id]
    assert [p.label for p in parts] == ["Exercise 3(a)", "Exercise 3(b)"]
    assert not any(text.startswith("Exercise 1.") for text in (c.text for c in found.values()))


def test_a_label_printed_again_is_a_citation_not_a_second_item() -> None:
    document = pdf_document()
    at = next(k for k, b in enumerate(document.blocks) if b.text == "Derivatives")
    # A proof's reason column prints "Definition 1.1" in bold beside a display line.
    document.blocks[at + 1 : at + 1] = [
        Block("display_math", "f(x) = x^2 + 1", page=4, section="h4"),
        Block("paragraph", "Definition 1.1", page=4, section="h4", lead="Definition 1.1"),
        Block("paragraph", "Lemma 1.4. Every polynomial is continuous.", page=4, section="h4",
              lead="Lemma 1.4."),
    ]
    labels = [c.label for c in extract_concepts(document).concepts]
    assert labels.count("Definition 1.1") == 1
    assert "Lemma 1.4" in labels


def test_margin_text_before_a_label_is_not_part_of_the_item() -> None:
    document = pdf_document()
    at = next(k for k, b in enumerate(document.blocks) if b.text == "Derivatives")
    # A margin glyph read as "L" and a margin tag "Example" run into the unbolded label.
    document.blocks.insert(at + 1, Block("paragraph", "L Example Example S: A single letter. Set $x=1$.",
                                         page=4, section="h4"))
    # A fraction's numerator set above the line: short, yet no "Exercises" heading.
    document.blocks.insert(at + 2, Block("paragraph", "$dx$ Exercise 1.2.10: Solve", page=4,
                                         section="h4"))
    found = by_label(extract_concepts(document))
    assert found["Example S"].text == "A single letter. Set $x=1$."
    assert found["Exercise 1.2.10"].text == "Solve"


def test_bold_numbers_in_a_display_cut_exercises_and_answers() -> None:
    document = pdf_document()
    blocks = document.blocks
    # Side-by-side exercises and answers set in a math font reach extract as one display each.
    at = next(k for k, b in enumerate(blocks) if b.text.startswith("2. Find $\\frac"))
    blocks[at + 1 : at + 1] = [
        Block("display_math", "\\mathbf{3}.x^{2}\\mathbf{4}.x^{3}", page=5, section="h5"),
        Block("paragraph", "5. $(x+1\\mathbf{6})$. $x-1$", page=5, section="h5", lead="5."),
    ]
    at = next(k for k, b in enumerate(blocks) if b.text == "1. $\\cos x$")
    blocks.insert(at + 1, Block("display_math", "\\mathbf{3}.2x\\mathbf{4}.3x^{2}", page=6,
                                section="h6"))
    exercises = {c.number: c for c in extract_concepts(document).concepts
                 if c.kind == "exercise" and c.section_number == "1.2"}
    assert exercises["3"].text == "$x^{2}$"
    assert (exercises["5"].text, exercises["6"].text) == ("$(x+1)$", "$x-1$")
    assert exercises["3"].answer.text == "$$2x$$"
    assert exercises["4"].answer.text == "$$3x^{2}$$"


def test_answers_of_interleaved_columns_are_all_kept() -> None:
    document = pdf_document()
    at = next(k for k, b in enumerate(document.blocks) if b.text == "9. $3x^2$")
    # The reader ran the columns of the answer list together: 9, then 2 from the first column.
    document.blocks[at].text = "9. $3x^2$ 2. $e^x$"
    answers = {c.number: c.answer for c in extract_concepts(document).concepts
               if c.kind == "exercise" and c.section_number == "1.2"}
    assert answers["2"].text == "$e^x$"
    assert answers["1.2.9"].text == "$3x^2$"


def test_a_bare_label_after_a_proof_box_or_a_display_opens_its_item() -> None:
    document = pdf_document()
    at = next(k for k, b in enumerate(document.blocks) if b.text == "Derivatives")
    document.blocks[at + 1 : at + 1] = [
        Block("paragraph", "Proof. Expand the square. $\\blacksquare$", page=4, section="h4",
              lead="Proof."),
        Block("paragraph", "Example 1.5", page=4, section="h4"),
        Block("paragraph", "Find $(x+1)^2$ at $x=2$.", page=4, section="h4"),
        Block("display_math", "(x+1)^2 = 9", page=4, section="h4"),
        Block("paragraph", "Example 1.6", page=4, section="h4"),
        Block("paragraph", "Find $x^3$ at $x=2$.", page=4, section="h4"),
        Block("paragraph", "Proof. A proof whose box the reader lost.", page=4, section="h4",
              lead="Proof."),
        Block("paragraph", "Example 1.7", page=4, section="h4"),
        Block("paragraph", "Find $x^4$ at $x=1$.", page=4, section="h4"),
    ]
    found = by_label(extract_concepts(document))
    assert found["Example 1.5"].text.startswith("Find $(x+1)^2$")
    assert found["Example 1.6"].text == "Find $x^3$ at $x=2$."
    assert "Example" not in found["Proof"].text
    assert found["Example 1.7"].text == "Find $x^4$ at $x=1$."


def test_appendix_answers_are_matched_by_section_and_number() -> None:
    concept_set = extract_concepts(pdf_document())
    answers = {(c.section_number, c.number): c.answer for c in concept_set.concepts
               if c.kind == "exercise" and not c.parent}
    assert answers[("1.1", "1")].text == "2"
    assert answers[("1.1", "2")] is None
    assert answers[("1.1", "3")].text == "(a) 0 (b) 0"
    assert answers[("1.2", "1")].text == "$\\cos x$"
    assert answers[("1.2", "1.2.9")].text == "$3x^2$"
    assert answers[("1.2", "1")].source == "appendix"
    # "4." under "Section 1.1" answers nothing: reported with its page, not dropped silently.
    assert [w["page"] for w in concept_set.warnings if "1.1.4" in w["message"]] == [6]


def test_source_items_follow_environments() -> None:
    found = by_label(extract_concepts(source_document()))
    assert set(found) >= {"Definition 1.1.1", "Theorem 1.1.2", "Proof", "Example 1.1.3",
                          "Exercise 1", "Exercise 2", "Exercise 3", "Exercise 3(a)", "Exercise 3(b)"}
    assert "Prose between items" not in " ".join(c.text for c in found.values())
    assert "\\begin{bmatrix}1&2" in found["Example 1.1.3"].text
    assert found["Example 1.1.3"].answer.text == "The determinant is $-2$."
    assert found["Exercise 1"].answer.source == "inline"
    assert found["Proof"].parent == found["Theorem 1.1.2"].id
    # \ref{def-ns} through the source label, "Theorem 1.1.2" through the printed number.
    assert found["Theorem 1.1.2"].refs == [found["Definition 1.1.1"].id]
    assert found["Exercise 2"].refs == [found["Theorem 1.1.2"].id]


def test_ids_are_stable_unique_and_tied_to_the_book() -> None:
    first, again = extract_concepts(source_document()), extract_concepts(source_document())
    ids = [c.id for c in first.concepts]
    assert ids == [c.id for c in again.concepts]
    assert len(set(ids)) == len(ids)
    other = source_document()
    other.source_sha256 = "ef" * 32
    assert not set(ids) & {c.id for c in extract_concepts(other).concepts}


def test_jsonl_round_trip(tmp_path) -> None:
    concept_set = extract_concepts(pdf_document())
    path = tmp_path / "c.jsonl"
    concept_set.save(path)
    header = json.loads(path.read_text().splitlines()[0])
    assert (header["schema"], header["version"]) == (SCHEMA, VERSION)
    loaded = load_concepts(path)
    assert loaded.concepts == concept_set.concepts
    assert loaded.warnings == concept_set.warnings


def test_other_concepts_version_is_refused(tmp_path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"schema": SCHEMA, "version": VERSION + 1}) + "\n")
    with pytest.raises(UserError, match="version"):
        load_concepts(path)


@pytest.mark.parametrize(
    ("text", "formulas", "topic"),
    [
        ("Differentiate the function.", ["\\frac{d}{dx} x^{2}\\sin x"], "derivative"),
        ("Evaluate the integral.", ["\\int_0^1 x^2\\,dx"], "integral"),
        ("Find the determinant of the matrix.", ["\\det\\begin{bmatrix}1&2\\\\3&4\\end{bmatrix}"],
         "determinant"),
        ("Find the remainder when 2^100 is divided by 7.", ["2^{100} \\equiv x \\pmod 7"],
         "modular arithmetic"),
        ("How many ways can 5 people sit in a row?", [], "counting"),
        ("Solve the initial value problem.", ["y'' + y = 0"], "ODE"),
        ("Prove by induction that the sum is $n(n+1)/2$ for every $n$.", [], "proof by induction"),
    ],
)
def test_topics_from_words_and_formulas(text, formulas, topic) -> None:
    topics = tag(text, formulas)
    assert topic in [t["topic"] for t in topics[:2]], topics
    assert all(0 < t["score"] <= 1 for t in topics)


def test_every_topic_maps_to_a_family_topic_or_none() -> None:
    assert {f for f in FAMILY_OF.values() if f} <= FAMILY_TOPICS


def test_computational_versus_proof_style() -> None:
    assert is_computational("exercise", "Find the eigenvalues of $A$.")
    assert not is_computational("exercise", "Prove that every eigenvalue of $A$ is real.")
    assert not is_computational("theorem", "Find is not asked by a theorem.")
    for verb in ("Differentiate", "Integrate", "Factor", "Simplify", "Solve", "Evaluate"):
        assert is_computational("exercise", f"{verb} $x^2 - 1$."), verb
    # No words of its own: the instruction of its group or its parent decides.
    assert is_computational("exercise", "$a=5$, $b=12$, $c=13$", None)  # a bare formula asks
    assert not is_computational("exercise", "$n^2 \\ge n$ for all $n$", False)
    assert not is_computational("exercise", "Show that $A$ is invertible.", True)  # its own words win
    # "list" as a noun and a purpose clause ask nothing: Levin's Discrete 1.4.8.20 and 1.3.6.1.
    assert not is_computational("exercise", "Your friend has given you his list of $115$ best "
                                "episodes. Prove that there are at least two episodes you have "
                                "seen that are exactly four episodes apart on your friend's list.")
    assert not is_computational("exercise", "To check whether two statements are logically "
                                "equivalent, you can use a truth table. Explain what you would "
                                "look for in the truth table.")
    assert is_computational("exercise", "List the children of vertex $e$.")
    assert is_computational("exercise", "Use a truth table to check whether $P$ is valid.")


def test_group_instructions_reach_their_exercises() -> None:
    document = pdf_document()
    at = next(k for k, b in enumerate(document.blocks) if b.text == "Exercises")
    # Exercise 1 is a bare formula, which alone would ask for a computation.
    document.blocks[at + 1] = Block("paragraph", "1. $e^{x} \\ge 1 + x$", page=3, section="h3",
                                    lead="1.")
    document.blocks.insert(at + 1, Block(
        "paragraph", "Exercise Group. For Exercises 1-2, prove the inequality.", page=3,
        section="h3", lead="Exercise Group."))
    found = {c.number: c for c in extract_concepts(document).concepts
             if c.kind == "exercise" and c.section_number == "1.1" and not c.parent}
    assert None not in found  # the group's instruction is no exercise
    assert found["1"].text == "$e^{x} \\ge 1 + x$"
    assert not found["1"].computational
    assert found["3"].computational  # outside the group: its own "Compute"


def _document_file(tmp_path, document):
    path = tmp_path / "doc.json"
    document.save(path)
    return path


def test_cli_writes_concepts_graph_and_stats(tmp_path) -> None:
    doc = _document_file(tmp_path, source_document())
    out, graph = tmp_path / "c.jsonl", tmp_path / "g.graphml"
    result = CliRunner().invoke(
        cli, ["-q", "extract", str(doc), "-o", str(out), "--graph", str(graph), "--stats", "--json"]
    )
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["per_kind"]["exercise"] == 3
    assert figures["exercise_parts"] == 2
    assert figures["per_chapter"]["1 Systems"]["theorem"] == 1
    assert load_concepts(out).to_jsonl() == extract_concepts(source_document()).to_jsonl()
    edges = ET.parse(graph).getroot().findall(".//{http://graphml.graphdrawing.org/xmlns}edge")
    assert len(edges) >= 4  # two citations, a proof, two parts
    assert ET.parse(graph.with_suffix(".svg")).getroot().tag.endswith("svg")
    dot = tmp_path / "g.dot"
    result = CliRunner().invoke(cli, ["extract", str(out), "--graph", str(dot), "--stats"])
    assert result.exit_code == 0 and "kinds:" in result.output
    assert dot.read_text().startswith("digraph")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ({"schema": "syllabus.document", "version": 99}, "version"),
        ({"hello": "world"}, "not a syllabus.document"),
    ],
)
def test_cli_bad_input_is_one_line(tmp_path, content, message) -> None:
    doc = tmp_path / "doc.json"
    doc.write_text(json.dumps(content))
    out = tmp_path / "c.jsonl"
    result = CliRunner().invoke(cli, ["extract", str(doc), "-o", str(out)])
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0 and message in result.output
    assert not out.exists()
