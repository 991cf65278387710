"""Page layout in the PDF reader: columns, margin furniture, headings bookmarked pages early."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from ingest.pdf import read_pdf

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda"]


def _text(path: Path) -> str:
    return " ".join(b.text for b in read_pdf(path).blocks)


def _columns_pdf(path: Path, starts: list[float], width: float) -> Path:
    """One page of columns starting at ``starts``, each line ``width`` points wide at most."""
    doc = pymupdf.open()
    page = doc.new_page(width=620, height=800)
    for column, x in enumerate(starts):
        for k in range(14):
            text = f"c{column}r{k:02d} " + " ".join(WORDS)
            while pymupdf.get_text_length(text, fontsize=10) > width:
                text = text.rsplit(" ", 1)[0]
            page.insert_text((x, 100 + 14 * k), text, fontsize=10)
    doc.save(path)
    return path


def test_columns_with_a_narrow_gutter_read_one_after_another(tmp_path: Path) -> None:
    """A 10 pt gutter (an answer appendix's) is narrower than the gap that cuts a row in segments."""
    text = _text(_columns_pdf(tmp_path / "two.pdf", [92, 272], 170))
    assert text.index("c0r13") < text.index("c1r00") < text.index("c1r13")
    assert text.index("c0r00") < text.index("c0r01")


def test_three_columns_read_in_order(tmp_path: Path) -> None:
    text = _text(_columns_pdf(tmp_path / "three.pdf", [60, 230, 400], 160))
    positions = [text.index(f"c{c}r{r:02d}") for c in range(3) for r in (0, 13)]
    assert positions == sorted(positions)


def test_terms_beside_definitions_stay_row_by_row(tmp_path: Path) -> None:
    """A glossary (narrow terms, wide definitions) is a layout inside one column, not two columns."""
    doc = pymupdf.open()
    page = doc.new_page(width=600, height=800)
    for k in range(12):
        page.insert_text((60, 100 + 28 * k), f"Term{k:02d}", fontsize=10)
        page.insert_text((170, 100 + 28 * k), f"Meaning{k:02d} " + " ".join(WORDS[:8]), fontsize=10)
    doc.save(tmp_path / "glossary.pdf")
    text = _text(tmp_path / "glossary.pdf")
    assert text.index("Term00") < text.index("Meaning00") < text.index("Term01") < text.index("Meaning01")


def _paged_book(path: Path, pages: int, extra: dict[int, list[tuple[float, float, str, str]]],
                toc: list[list]) -> Path:
    """Pages with a running head, a page number and a body paragraph, plus ``extra`` (x, y, text,
    font) lines."""
    doc = pymupdf.open()
    for n in range(1, pages + 1):
        page = doc.new_page(width=500, height=700)
        page.insert_text((60, 40), "A BOOK OF EXERCISES", fontsize=9, fontname="helv")
        page.insert_text((245, 670), str(n), fontsize=10, fontname="helv")
        for x, y, text, font in extra.get(n, []):
            page.insert_text((x, y), text, fontsize=14 if font == "hebo" else 10, fontname=font)
        for k in range(20):
            page.insert_text((60, 250 + 13 * k), f"Body text of page {n} line {k} goes on here.",
                             fontsize=10, fontname="helv")
    doc.set_toc(toc)
    doc.save(path)
    return path


def test_labels_opening_nearby_pages_are_no_running_heads(tmp_path: Path) -> None:
    """ "C14." opening pages 2, 3 and 4 (repeated on two nearby pages) stays, as its exercise's
    text sits beside it; "C15." and "C16." alone opening pages 9 and 10 repeat once, by chance."""
    extra = {n: [(60, 62, "C14.", "hebo"), (120, 62, f"Invert matrix {WORDS[n]}.", "helv")]
             for n in (2, 3, 4)}
    extra |= {9: [(60, 62, "C15.", "hebo")], 10: [(60, 62, "C16.", "hebo")]}
    path = _paged_book(tmp_path / "labels.pdf", 10, extra, [[1, "Exercises", 1]])
    texts = [b.text for b in read_pdf(path).blocks]
    assert sum(t.startswith("C14. Invert matrix") for t in texts) == 3
    assert "C15." in texts and "C16." in texts
    assert not any("A BOOK OF EXERCISES" in t for t in texts)


def test_named_labels_opening_pages_under_the_head_are_no_running_heads(tmp_path: Path) -> None:
    """ "Exercise 4.3.4: Let" opening three pages in a row below the running head (as in Lebl's
    diffyqs, pp. 215-217) repeats with its digits masked, but an item's bold name and number
    before text in another face start an item, not a running head."""
    extra = {}
    for n in (5, 6, 7):
        label = f"Exercise 4.3.{n}:"
        width = pymupdf.get_text_length(label + " ", fontname="hebo", fontsize=14)
        extra[n] = [(60, 62, label, "hebo"), (60 + width, 62, "Let f be given.", "helv")]
    path = _paged_book(tmp_path / "named.pdf", 9, extra, [[1, "Exercises", 1]])
    texts = [b.text for b in read_pdf(path).blocks]
    assert [n for n in (5, 6, 7) if any(t.startswith(f"Exercise 4.3.{n}: Let") for t in texts)] == [5, 6, 7]
    assert not any("A BOOK OF EXERCISES" in t for t in texts)


def test_heading_bookmarked_many_pages_early_is_found_where_printed(tmp_path: Path) -> None:
    """A bookmark 13 pages before its heading (as PreTeXt books place them) still finds it."""
    extra = {1: [(60, 100, "1 Lines", "hebo")], 15: [(60, 100, "2 Circles", "hebo")]}
    path = _paged_book(tmp_path / "early.pdf", 16, extra, [[1, "1 Lines", 1], [1, "2 Circles", 2]])
    document = read_pdf(path)
    circles = next(h for h in document.outline if h.title == "Circles")
    lines = next(h for h in document.outline if h.title == "Lines")
    assert circles.page == 15
    sections = {b.page: b.section for b in document.blocks if b.kind == "paragraph"}
    assert sections[14] == lines.id and sections[15] == circles.id


def test_numbered_items_set_apart_from_their_text(tmp_path: Path) -> None:
    """ "2." in the margin, its text hanging 2 em in: one block per item, not a table."""
    doc = pymupdf.open()
    page = doc.new_page(width=500, height=700)
    y = 100
    for n in (1, 2, 3):
        page.insert_text((54, y), f"{n}.", fontsize=10, fontname="hebo")
        for k in range(2):
            page.insert_text((79, y + 13 * k), f"Item {WORDS[n]} line {WORDS[k]} tells what to "
                             "prove about the sum of two odd numbers", fontsize=10, fontname="helv")
        y += 32
    doc.save(tmp_path / "items.pdf")
    blocks = [b for b in read_pdf(tmp_path / "items.pdf").blocks if b.text]
    assert [(b.kind, b.lead) for b in blocks] == [("paragraph", f"{n}.") for n in (1, 2, 3)]
    assert blocks[1].text.startswith("2. Item gamma line alpha") and "line beta" in blocks[1].text
