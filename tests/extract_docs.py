"""Tiny documents for the extract tests, built the way the ingest readers build them."""

from __future__ import annotations

from ingest.document import Block, Document, Formula, Heading


def _para(text: str, section: str, page: int, lead: str | None = None, kind: str = "paragraph",
          formulas: list[str] | None = None) -> Block:
    return Block(kind, text, page=page, section=section, lead=lead,
                 formulas=[Formula(f, kind == "display_math") for f in formulas or []])


def pdf_document() -> Document:
    """A two-section calculus chapter as a PDF reader gives it: leads, pages, no environments."""
    outline = [
        Heading("h1", "chapter", 1, "1", "Limits and Derivatives", 1),
        Heading("h2", "section", 2, "1.1", "Limits", 1, parent="h1"),
        Heading("h3", "subsection", 3, None, "Exercises", 3, parent="h2"),
        Heading("h4", "section", 2, "1.2", "Derivatives", 4, parent="h1"),
        Heading("h5", "subsection", 3, None, "Exercises", 5, parent="h4"),
        Heading("h6", "appendix", 1, "A", "Answers to Selected Exercises", 6),
    ]
    blocks = [
        _para("Limits and Derivatives", "h1", 1, kind="heading"),
        _para("Limits", "h2", 1, kind="heading"),
        _para("We start with limits.", "h2", 1),
        _para("Definition 1.1 (Limit). We write $\\lim_{x\\to a} f(x) = L$ when f(x) approaches L.",
              "h2", 1, lead="Definition 1.1 (Limit).", formulas=["\\lim_{x\\to a} f(x) = L"]),
        _para("Theorem 1.2. If $f$ and $g$ have limits at $a$ then", "h2", 1, lead="Theorem 1.2."),
        _para("\\lim_{x\\to a}(f+g)(x) = \\lim_{x\\to a} f(x) + \\lim_{x\\to a} g(x)", "h2", 2,
              kind="display_math", formulas=["\\lim_{x\\to a}(f+g)(x)"]),
        _para("This theorem is used all the time.", "h2", 2),
        _para("Proof. Use Definition 1.1 twice. ∎", "h2", 2, lead="Proof."),
        _para("Example 1.3. Find $\\lim_{x\\to 2} x^2$.", "h2", 2, lead="Example 1.3."),
        _para("Solution. By Theorem 1.2 the limit is $4$.", "h2", 2, lead="Solution."),
        _para("Exercises", "h3", 3, kind="heading"),
        _para("1. Find $\\lim_{x\\to 1} (x+1)$.", "h3", 3, lead="1."),
        _para("2. Prove that the limit of a sum is the sum of the limits (Theorem 1.2).", "h3", 3, lead="2."),
        _para("3. Compute each limit.", "h3", 3, lead="3."),
        _para("(a) $\\lim_{x\\to 0} x$", "h3", 3, kind="list_item"),
        _para("(b) $\\lim_{x\\to 0} 2x$", "h3", 3, kind="list_item"),
        _para("Derivatives", "h4", 4, kind="heading"),
        _para("Exercise 1.2.9: Differentiate $x^3$ with respect to $x$.", "h4", 4, lead="Exercise 1.2.9:"),
        _para("Exercises", "h5", 5, kind="heading"),
        _para("1. Find the derivative of $\\sin x$.", "h5", 5, lead="1."),
        _para("2. Find $\\frac{d}{dx} e^x$.", "h5", 5, lead="2."),
        _para("Answers to Selected Exercises", "h6", 6, kind="heading"),
        _para("Section 1.1", "h6", 6),
        _para("1. 2 3. (a) 0 (b) 0 4. no such exercise", "h6", 6),
        _para("Section 1.2", "h6", 6),
        _para("1. $\\cos x$", "h6", 6),
        _para("9. $3x^2$", "h6", 6),
    ]
    return Document("Tiny Calculus", "tiny.pdf", "ab" * 32, "pdf", page_count=6, outline=outline,
                    blocks=blocks)


def _env(text: str, env: str | None, group: int | None, section: str, *, number: str | None = None,
         label: str | None = None, title: str | None = None, kind: str = "paragraph") -> Block:
    return Block(kind, text, section=section, env=env, group=group, number=number, label=label,
                 title=title)


def source_document() -> Document:
    """A small linear-algebra section as a source reader gives it: environments and groups."""
    outline = [
        Heading("s1", "chapter", 1, "1", "Systems", None),
        Heading("s2", "section", 2, "1.1", "Matrices", None, parent="s1"),
        Heading("s3", "subsection", 3, "1.1.4", "Exercises", None, parent="s2"),
    ]
    blocks = [
        _env("Systems", None, None, "s1", kind="heading"),
        _env("Matrices", None, None, "s2", kind="heading"),
        _env("A matrix is nonsingular when its only null space vector is zero.", "definition", 1, "s2",
             number="1.1.1", label="def-ns", title="Nonsingular"),
        _env("A square matrix $A$ is nonsingular iff $\\det A \\neq 0$, see \\ref{def-ns}.", "theorem",
             2, "s2", number="1.1.2", label="thm-det"),
        _env("Expand the determinant along a row.", "proof", 3, "s2"),
        _env("Prose between items.", None, None, "s2"),
        _env("Compute the determinant of the matrix", "example", 4, "s2", number="1.1.3"),
        _env("\\begin{bmatrix}1&2\\\\3&4\\end{bmatrix}", "example", 4, "s2", number="1.1.3",
             kind="display_math"),
        _env("The determinant is $-2$.", "solution", 5, "s2"),
        _env("Exercises", None, None, "s3", kind="heading"),
        _env("Find the eigenvalues of $\\begin{bmatrix}2&0\\\\0&3\\end{bmatrix}$.", "exercise", 6, "s3",
             number="1", label="ex-eig"),
        _env("The eigenvalues are $2$ and $3$.", "solution", 7, "s3"),
        _env("Prove that a matrix with a zero row is singular, using Theorem 1.1.2.", "exercise", 8,
             "s3", number="2"),
        _env("Solve each linear system.", "exercise", 9, "s3", number="3"),
        _env("$x + y = 1$, $x - y = 0$", "task", 10, "s3", number="a"),
        _env("$2x = 4$", "task", 11, "s3", number="b"),
    ]
    return Document("Tiny Linear Algebra", "tiny.ptx", "cd" * 32, "pretext", outline=outline,
                    blocks=blocks)
