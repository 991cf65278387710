"""The born-digital PDF reader on tiny PDFs made here and on a few pages of the shared books."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest
from click.testing import CliRunner

from ingest.document import load_document
from ingest.pdf import page_ranges, read_outline, read_pdf
from syllabus.cli import cli
from syllabus.errors import UserError
from tests.conftest import BOOK_PDFS

BODY = (
    "The quick brown fox jumps over the lazy dog while the grey cat watches it from",
    "the garden wall, and the sun goes down slowly behind the tall old trees there.",
)


def make_book(path: Path, pages: int = 4) -> Path:
    """A small book: running head and page number on every page, headings, bookmarks, a theorem."""
    doc = pymupdf.open()
    toc = []
    for n in range(1, pages + 1):
        page = doc.new_page(width=500, height=700)
        page.insert_text((60, 40), "A SMALL BOOK ON NUMBERS", fontsize=9, fontname="helv")
        page.insert_text((245, 670), str(n), fontsize=10, fontname="helv")
        y = 100
        if n % 2 == 1:
            chapter = (n + 1) // 2
            page.insert_text((60, y), f"{chapter} Counting Things {chapter}", fontsize=18, fontname="hebo")
            toc.append([1, f"{chapter} Counting Things {chapter}", n])
            y += 40
        page.insert_text((60, y), f"{(n + 1) // 2}.{n} Pairs and Triples", fontsize=14, fontname="hebo")
        toc.append([2, f"{(n + 1) // 2}.{n} Pairs and Triples", n])
        y += 30
        for line in BODY:
            page.insert_text((60, y), line, fontsize=10, fontname="helv")
            y += 13
        y += 12
        page.insert_text((60, y), f"Theorem {n}.1.", fontsize=10, fontname="hebo")
        page.insert_text((130, y), "Every even number is the sum of two odd numbers.", fontsize=10,
                         fontname="helv")
    doc.set_toc(toc)
    doc.save(path)
    return path


def test_small_book_structure(tmp_path: Path) -> None:
    document = read_pdf(make_book(tmp_path / "book.pdf"))
    assert document.page_count == 4 and document.source_format == "pdf"
    texts = [b.text for b in document.blocks]
    assert not any("SMALL BOOK" in t for t in texts), "running head kept"
    assert not any(t.strip() in {"1", "2", "3", "4"} for t in texts), "page number kept"
    chapters = [h for h in document.outline if h.kind == "chapter"]
    sections = [h for h in document.outline if h.kind == "section"]
    assert [(h.number, h.title, h.page) for h in chapters] == [
        ("1", "Counting Things 1", 1), ("2", "Counting Things 2", 3)]
    assert [h.number for h in sections] == ["1.1", "1.2", "2.3", "2.4"]
    assert all(s.parent in {c.id for c in chapters} for s in sections)
    headings = [b for b in document.blocks if b.kind == "heading"]
    assert len(headings) == 6 and all(b.section for b in headings)
    theorems = [b for b in document.blocks if b.lead]
    assert [b.lead for b in theorems] == [f"Theorem {n}.1." for n in range(1, 5)]
    assert all(b.text.startswith(b.lead) for b in theorems)
    paragraph = next(b for b in document.blocks if b.kind == "paragraph" and "fox" in b.text)
    assert "lazy dog" in paragraph.text and "tall old trees" in paragraph.text  # two lines, one block
    assert paragraph.section == sections[0].id and paragraph.page == 1
    x0, y0, x1, y1 = paragraph.bbox
    assert 55 < x0 < x1 < 500 and 100 < y0 < y1 < 700


def test_progress_is_reported(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    read_pdf(make_book(tmp_path / "book.pdf", pages=3), progress=lambda d, t: calls.append((d, t)))
    assert calls == [(1, 3), (2, 3), (3, 3)]


def test_outline_without_bookmarks_comes_from_headings(tmp_path: Path) -> None:
    path = make_book(tmp_path / "book.pdf")
    doc = pymupdf.open(path)
    doc.set_toc([])
    doc.save(tmp_path / "plain.pdf")
    outline = read_pdf(tmp_path / "plain.pdf").outline
    assert [(h.number, h.level) for h in outline if h.level == 1] == [("1", 1), ("2", 1)]
    assert [h.number for h in outline if h.level == 2] == ["1.1", "1.2", "2.3", "2.4"]


def test_encrypted_pdf_is_refused(tmp_path: Path) -> None:
    path = make_book(tmp_path / "plain.pdf", pages=1)
    doc = pymupdf.open(path)
    doc.save(tmp_path / "locked.pdf", encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="u", owner_pw="o")
    with pytest.raises(UserError, match="encrypted"):
        read_pdf(tmp_path / "locked.pdf")


def test_scanned_pages_are_named(tmp_path: Path) -> None:
    pixmap = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 40, 40), False)
    pixmap.clear_with(200)
    doc = pymupdf.open()
    for _ in range(3):
        doc.new_page().insert_image(pymupdf.Rect(50, 50, 400, 400), pixmap=pixmap)
    doc.save(tmp_path / "scan.pdf")
    with pytest.raises(UserError, match=r"pages 1-3 have no text layer \(scanned\?\); run OCR"):
        read_pdf(tmp_path / "scan.pdf")


@pytest.mark.parametrize(
    "content, message",
    [(b"", "empty"), (b"%PDF-1.7\n garbage that is no PDF at all", "not a readable PDF"),
     (b"hello", "not a readable PDF")],
)
def test_bad_files_are_refused(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.pdf"
    path.write_bytes(content)
    with pytest.raises(UserError, match=message):
        read_pdf(path)
    with pytest.raises(UserError, match="no such file"):
        read_pdf(tmp_path / "missing.pdf")


def test_blank_pdf_is_refused(tmp_path: Path) -> None:
    doc = pymupdf.open()
    doc.new_page()
    doc.save(tmp_path / "blank.pdf")
    with pytest.raises(UserError, match="no text"):
        read_pdf(tmp_path / "blank.pdf")


def test_page_ranges() -> None:
    assert page_ranges([1, 2, 3, 7, 9, 10]) == "pages 1-3, 7, 9-10"
    assert page_ranges([4]) == "page 4"


def test_cli_ingest_small_pdf(tmp_path: Path) -> None:
    book = make_book(tmp_path / "book.pdf", pages=2)
    out, md = tmp_path / "doc.json", tmp_path / "doc.md"
    result = CliRunner().invoke(cli, ["ingest", str(book), "-o", str(out), "--markdown", str(md), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output.strip().splitlines()[-1])
    assert figures["pages"] == 2 and figures["headings"] == 3
    document = load_document(out)
    assert document.source_sha256 and len(document.blocks) == figures["blocks"]
    assert "Counting Things 1" in md.read_text()


def test_cli_refuses_encrypted_pdf_without_output(tmp_path: Path) -> None:
    doc = pymupdf.open(make_book(tmp_path / "plain.pdf", pages=1))
    doc.save(tmp_path / "locked.pdf", encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="u", owner_pw="o")
    out = tmp_path / "doc.json"
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "locked.pdf"), "-o", str(out)])
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0 and "encrypted" in result.output
    assert not out.exists()


# --- the shared books, a few pages each -------------------------------------------------------


def test_fcla_chapter_opening(textbooks: Path) -> None:
    document = read_pdf(BOOK_PDFS["fcla"], pages=range(16, 20))
    chapter = next(h for h in document.outline if h.title == "Systems of Linear Equations")
    assert (chapter.kind, chapter.number, chapter.page) == ("chapter", "SLE", 17)
    assert document.page_labels[16] == "1"
    headings = [b for b in document.blocks if b.kind == "heading"]
    assert headings[0].section == chapter.id and headings[0].page == 17
    assert not any("SYSTEMS OF LINEAR EQUATIONS" in b.text for b in document.blocks), "running head kept"
    assert any(b.kind == "display_math" for b in document.blocks)
    assert all(1 <= b.page <= 1026 for b in document.blocks)


def test_discrete_sections_and_numbers(textbooks: Path) -> None:
    document = read_pdf(BOOK_PDFS["discrete"], pages=range(20, 26))
    by_title = {h.title: h for h in document.outline}
    assert by_title["Introduction and Preliminaries"].number == "0"
    assert (by_title["What is Discrete Mathematics?"].number, by_title["Discrete Structures"].number) == (
        "0.1", "0.2")
    sections = {b.section for b in document.blocks if b.page == 25}
    assert by_title["Discrete Structures"].id in sections or any(
        h.parent == by_title["Discrete Structures"].id and h.id in sections for h in document.outline)


def test_diffyqs_example_lead(textbooks: Path) -> None:
    document = read_pdf(BOOK_PDFS["diffyqs"], pages=range(20, 24))
    leads = [b.lead for b in document.blocks if b.lead]
    assert "Example 1.1.1:" in leads
    example = next(b for b in document.blocks if b.lead == "Example 1.1.1:")
    assert example.text.startswith("Example 1.1.1:") and "general solution" in example.text
    assert not any(b.text.startswith("CHAPTER 1.") for b in document.blocks), "running head kept"


def test_trig_whole_outline(textbooks: Path) -> None:
    outline = read_outline(BOOK_PDFS["trig"])
    sections = [h for h in outline if h.kind == "section"]
    assert len(sections) == 25
    assert [h.number for h in sections[:3]] == ["1.1", "1.2", "1.3"]
    assert sections[0].title == "Angles" and sections[0].page == 9


def test_markdown_renders_tables_and_displays(tmp_path: Path) -> None:
    from ingest.document import Block, Document
    from ingest.render import to_markdown

    document = Document("T", "t.pdf", "0", "pdf", page_count=1, page_labels=["1"], blocks=[
        Block("table", "x | y\n1 | 2", page=1), Block("display_math", "a^{2}", page=1)])
    text = to_markdown(document)
    assert "| x | y |\n| --- | --- |\n| 1 | 2 |" in text
    assert "$$\na^{2}\n$$" in text


def test_two_columns_read_column_by_column(tmp_path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=600, height=800)
    page.insert_text((60, 60), "A Title Across Both Columns Of The Page For Testing", fontsize=16)
    for column, x in (("left", 60), ("right", 320)):
        for k in range(12):
            page.insert_text((x, 120 + 14 * k), f"{column} column line {'abcdefghijkl'[k]} of the text",
                             fontsize=10)
    doc.save(tmp_path / "columns.pdf")
    text = " ".join(b.text for b in read_pdf(tmp_path / "columns.pdf").blocks)
    assert text.index("left column line l") < text.index("right column line a")
    assert text.index("right column line a") < text.index("right column line l")


def test_answers_opening_with_bold_numbers_are_paragraphs() -> None:
    """The sample primer's answers ("1.1.2. x = 4.") are prose led by their number, not displays."""
    doc = read_pdf(Path(__file__).resolve().parents[1] / "samples" / "primer.pdf")
    answers = {b.lead: b for b in doc.blocks if b.lead and b.lead[0].isdigit() and b.lead.endswith(".")}
    assert answers["1.1.2."].kind == "paragraph"
    assert answers["1.1.2."].text == "1.1.2. $x=4$."
    assert all(b.kind == "paragraph" for b in answers.values())


def test_display_with_function_names_takes_its_fraction(textbooks: Path) -> None:
    """diffyqs (printed page 81): y(x) = b_0 cos(kx) + b_1/k sin(kx) is one display, fraction whole;
    on printed page 265 the denominator 2 low on the page is no page number."""
    doc = read_pdf(BOOK_PDFS["diffyqs"], pages=range(80, 81))
    assert "y(x)=b_{0}\\cos(kx)+\\frac{b_{1}}{k}\\sin(kx)." in [b.text for b in doc.blocks]
    doc = read_pdf(BOOK_PDFS["diffyqs"], pages=range(264, 265))
    assert "\\Theta_{0}=\\frac{a_{0}}{2}" in [b.text for b in doc.blocks]
